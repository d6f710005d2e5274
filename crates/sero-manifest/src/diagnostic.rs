//! Error reports that point at the exact place in a manifest.
//!
//! Someone editing a manifest by hand needs more than "invalid value": they
//! need the file, the line, the column and the offending text underlined.
//! This module holds the [`Diagnostic`] type shared by the parser
//! ([`crate::tree`]) and the validator, and [`render`], which turns one into
//! plain text in the style of `rustc`. Its headline, label, notes and hints
//! are [`Message`]s (ids with typed arguments); [`render`] takes the function
//! that turns a message into words in the reader's language, so this crate
//! writes none (in English):
//!
//! ```text
//! error: unknown key `chanels` in the service manifest
//!   --> service.yaml:3:1
//!    |
//!  3 | chanels:
//!    | ^^^^^^^ not a manifest key
//!    |
//!    = hint: did you mean `channels`?
//! ```
//!
//! Rendering is a pure function of the diagnostic, the source text and the
//! renderer of messages (no colours, no terminal detection, no hashing), so the same input always
//! gives byte-for-byte the same output, which keeps snapshot tests and CI
//! logs stable.

use sero_core::{Message, msg};

use crate::span::Span;

/// Renders a message in the reader's language.
pub type Renderer<'r> = &'r dyn Fn(&Message) -> String;

/// Display width of a tab in rendered source lines.
const TAB_WIDTH: usize = 4;

const BYTE_ORDER_MARK: char = '\u{feff}';

/// One error report, optionally anchored to a byte range of the source.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", message.neutral())]
pub struct Diagnostic {
    /// The headline, shown after `error: `.
    pub message: Message,
    /// Where the problem is; `None` when it concerns the file as a whole.
    pub span: Option<Span>,
    /// Short text shown next to the underline (boxed, so that a `Result` carrying a
    /// diagnostic stays small).
    pub label: Option<Box<Message>>,
    /// Extra context, optionally pointing at another place in the same file
    /// (for example the first definition of a duplicate key).
    pub notes: Vec<(Option<Span>, Message)>,
    /// Suggestions on how to fix the problem, shown as `= hint: …`.
    pub hints: Vec<Message>,
}

impl Diagnostic {
    /// A diagnostic with a message and no location.
    pub fn new(message: Message) -> Self {
        Diagnostic {
            message,
            span: None,
            label: None,
            notes: Vec::new(),
            hints: Vec::new(),
        }
    }

    /// A diagnostic with a message, pointing at `span`.
    pub fn at(span: Span, message: Message) -> Self {
        Diagnostic::new(message).with_span(span)
    }

    /// Sets (or replaces) the primary location.
    #[must_use]
    pub fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Sets the text shown next to the underline.
    #[must_use]
    pub fn with_label(mut self, label: Message) -> Self {
        self.label = Some(Box::new(label));
        self
    }

    /// Adds a note without a location (`= note: …`).
    #[must_use]
    pub fn with_note(mut self, note: Message) -> Self {
        self.notes.push((None, note));
        self
    }

    /// Adds a note pointing at another place in the file.
    #[must_use]
    pub fn with_note_at(mut self, span: Span, note: Message) -> Self {
        self.notes.push((Some(span), note));
        self
    }

    /// Adds a hint (`= hint: …`).
    #[must_use]
    pub fn with_hint(mut self, hint: Message) -> Self {
        self.hints.push(hint);
        self
    }

    /// `file:line:column` of the primary span, or just the file name when
    /// the diagnostic has no span.
    pub fn location(&self, file: &SourceFile<'_>) -> String {
        match self.span {
            Some(span) => file.location(span.start),
            None => file.name.to_owned(),
        }
    }

    /// Renders the diagnostic against `file`, its messages through `words`; see [`render`].
    pub fn render(&self, file: &SourceFile<'_>, words: Renderer<'_>) -> String {
        render(self, file, words)
    }

    /// A hint, or the ids of the hints: `did you mean` hints name their suggestion.
    pub fn hint_ids(&self) -> Vec<&'static str> {
        self.hints.iter().map(Message::id).collect()
    }
}

/// A named source text that spans index into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceFile<'a> {
    /// Name shown in `-->` lines, usually the path as the user gave it.
    pub name: &'a str,
    /// The full text of the file.
    pub text: &'a str,
}

impl<'a> SourceFile<'a> {
    /// Pairs a name with its text.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        SourceFile { name, text }
    }

    /// 1-based line and 1-based column (counted in characters) of a byte
    /// offset. Offsets past the end, or inside a multi-byte character, are
    /// clamped rather than panicking.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let byte = floor_char_boundary(self.text, byte);
        let before = &self.text[..byte];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        // A byte order mark is invisible in editors, so it takes no column.
        let column = before[line_start..]
            .chars()
            .filter(|&c| c != BYTE_ORDER_MARK)
            .count()
            + 1;
        (line, column)
    }

    /// `name:line:column` for a byte offset.
    pub fn location(&self, byte: usize) -> String {
        let (line, column) = self.line_col(byte);
        format!("{}:{line}:{column}", self.name)
    }

    /// The 1-based line number, the text of that line (without its line
    /// terminator) and the byte offset where the line starts.
    fn line_at(&self, byte: usize) -> (usize, &'a str, usize) {
        let byte = floor_char_boundary(self.text, byte);
        let text = self.text;
        let start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
        let end = text[byte..].find('\n').map_or(text.len(), |i| byte + i);
        let line = text[..start].bytes().filter(|&b| b == b'\n').count() + 1;
        let content = &text[start..end];
        let content = content.strip_suffix('\r').unwrap_or(content);
        (line, content, start)
    }
}

/// Renders `diag` as plain text against `file` (see the module docs for the
/// layout), every message through `words`. Every line ends with `\n`.
pub fn render(diag: &Diagnostic, file: &SourceFile<'_>, words: Renderer<'_>) -> String {
    // The gutter is as wide as the largest line number shown.
    let width = diag
        .span
        .iter()
        .chain(diag.notes.iter().filter_map(|(span, _)| span.as_ref()))
        .map(|span| digits(file.line_col(span.start).0))
        .max()
        .unwrap_or(1);
    let pad = " ".repeat(width + 1);
    let mut out = String::new();

    out.push_str(&words(&msg!(
        "manifest-error",
        message = diag.message.clone()
    )));
    out.push('\n');
    match diag.span {
        Some(span) => {
            out.push_str(&format!("{pad}--> {}\n", file.location(span.start)));
            let label = diag.label.as_deref().map(words);
            snippet(&mut out, file, span, label.as_deref(), width);
        }
        None => out.push_str(&format!("{pad}--> {}\n", file.name)),
    }

    for (span, note) in &diag.notes {
        if let Some(span) = span {
            out.push_str(&words(&msg!("manifest-note", note = note.clone())));
            out.push('\n');
            out.push_str(&format!("{pad}--> {}\n", file.location(span.start)));
            snippet(&mut out, file, *span, None, width);
        }
    }

    let footer: Vec<String> = diag
        .notes
        .iter()
        .filter(|(span, _)| span.is_none())
        .map(|(_, note)| words(&msg!("manifest-note", note = note.clone())))
        .chain(
            diag.hints
                .iter()
                .map(|hint| words(&msg!("manifest-hint", hint = hint.clone()))),
        )
        .collect();
    if !footer.is_empty() {
        out.push_str(&format!("{pad} |\n"));
        for line in footer {
            out.push_str(&format!("{pad} = {line}\n"));
        }
    }
    out
}

/// Writes the source line containing `span.start` with the span underlined.
/// Spans running past the end of the line are underlined to the line's end.
fn snippet(out: &mut String, file: &SourceFile<'_>, span: Span, label: Option<&str>, width: usize) {
    let pad = " ".repeat(width + 1);
    let start = floor_char_boundary(file.text, span.start);
    let end = floor_char_boundary(file.text, span.end.max(start));
    let (line, content, line_start) = file.line_at(start);

    // Both ends are char boundaries of `content` (or its length): `start`
    // and `end` are boundaries of the text, and `content` is a slice of it.
    let col_start = (start - line_start).min(content.len());
    let col_end = (end - line_start).clamp(col_start, content.len());
    // A long line (a minified file, a line of a million keys) is shown as a window around
    // the span, its cut ends marked `…`, so an error never echoes a megabyte of input.
    let (from, to) = window(content, col_start);
    let cut_before = usize::from(from > 0);
    let lead = cut_before + display_width(&content[from..col_start]);
    let marked = display_width(&content[col_start..col_end.min(to).max(col_start)]).max(1);

    out.push_str(&format!("{pad} |\n"));
    let mut shown = String::new();
    if from > 0 {
        shown.push(ELLIPSIS);
    }
    shown.push_str(&expand_tabs(&content[from..to]));
    if to < content.len() {
        shown.push(ELLIPSIS);
    }
    if shown.is_empty() {
        out.push_str(&format!(" {line:>width$} |\n"));
    } else {
        out.push_str(&format!(" {line:>width$} | {shown}\n"));
    }
    let mut underline = format!("{pad} | {}{}", " ".repeat(lead), "^".repeat(marked));
    if let Some(label) = label.filter(|l| !l.is_empty()) {
        underline.push(' ');
        underline.push_str(label);
    }
    out.push_str(&underline);
    out.push('\n');
}

/// The most characters of a source line a snippet shows, and how many of them come before the
/// start of the span when the line is cut.
const SHOWN_CHARS: usize = 120;
const SHOWN_BEFORE: usize = 40;
const ELLIPSIS: char = '…';

/// The byte range of `content` a snippet shows: all of it when it is short, else
/// [`SHOWN_CHARS`] characters from [`SHOWN_BEFORE`] before `col_start` (a char boundary).
fn window(content: &str, col_start: usize) -> (usize, usize) {
    if content.chars().nth(SHOWN_CHARS).is_none() {
        return (0, content.len());
    }
    let from = content[..col_start]
        .char_indices()
        .rev()
        .nth(SHOWN_BEFORE - 1)
        .map_or(0, |(i, _)| i);
    let to = content[from..]
        .char_indices()
        .nth(SHOWN_CHARS)
        .map_or(content.len(), |(i, _)| from + i);
    (from, to)
}

/// Columns a piece of a source line occupies once tabs are expanded and
/// byte order marks dropped. Every other character counts as one column
/// (there is no East Asian width table, so wide characters may shift the
/// underline, but never cause a panic).
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c {
            '\t' => TAB_WIDTH,
            BYTE_ORDER_MARK => 0,
            _ => 1,
        })
        .sum()
}

fn expand_tabs(s: &str) -> String {
    s.replace(BYTE_ORDER_MARK, "")
        .replace('\t', &" ".repeat(TAB_WIDTH))
}

fn digits(mut n: usize) -> usize {
    let mut count = 1;
    while n >= 10 {
        n /= 10;
        count += 1;
    }
    count
}

/// The largest char boundary `<= byte` (clamped to the text's length).
fn floor_char_boundary(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// The "did you mean" helper every sero crate shares (defined in `sero-support`).
pub use sero_support::did_you_mean;

/// The hint for a name that is not one of `known`: `did you mean `x`?` when one is close,
/// else the list of them (each in backticks).
pub fn suggestion<'a>(name: &str, known: impl IntoIterator<Item = &'a str> + Clone) -> Message {
    match did_you_mean(name, known.clone()) {
        Some(suggestion) => msg!("manifest-did-you-mean", suggestion = suggestion),
        None => msg!("manifest-one-of", names = quoted(known)),
    }
}

/// Names in backticks, separated by commas: a list of keys, ids or values the user may write.
pub fn quoted<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names
        .into_iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
