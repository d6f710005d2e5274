//! A format-independent document tree that remembers where every value came
//! from.
//!
//! Manifests may be written in YAML, JSON or TOML. Deserialising straight
//! into typed structs would lose positions, so a validation error could only
//! say *what* is wrong, not *where*. Instead each format is parsed into the
//! same small tree of [`Node`]s (mappings, lists and scalars), every node and
//! every mapping key carrying the byte [`Span`] it was read from. The
//! validator walks this tree and can point every [`Diagnostic`] at
//! `file:line:column`.
//!
//! The parsers are also where hostile or sloppy input is stopped: duplicate
//! keys, several YAML documents in one file, alias bombs, absurd nesting and
//! oversized files are all rejected here with a located diagnostic.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use toml::de::{DeTable, DeValue};

use sero_core::{Message, msg};

use crate::diagnostic::Diagnostic;
pub use crate::span::Span;

// The limits (file size, nesting depth, alias expansion) are sero's one limits policy, in
// `sero-limits`: `FILE_SIZE`, `DEPTH`, `ALIAS_EXPANSION`.
use sero_limits::{ALIAS_EXPANSION, DEPTH, FILE_SIZE};

/// The syntax a manifest is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Yaml,
    Json,
    Toml,
}

impl Format {
    /// Guesses the format from a file name: `.toml` is TOML, `.json` is
    /// JSON (both case-insensitive), anything else is YAML.
    pub fn from_path(path: &str) -> Format {
        let extension = path
            .rsplit(['/', '\\'])
            .next()
            .and_then(|name| name.rsplit_once('.'))
            .map(|(_, ext)| ext.to_ascii_lowercase());
        match extension.as_deref() {
            Some("toml") => Format::Toml,
            Some("json") => Format::Json,
            _ => Format::Yaml,
        }
    }

    /// The format's name as written in messages: `YAML`, `JSON` or `TOML`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Yaml => "YAML",
            Format::Json => "JSON",
            Format::Toml => "TOML",
        }
    }
}

/// A value in the document together with where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub kind: NodeKind,
}

/// The shape of a [`Node`].
#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    /// Key/value pairs in document order; keys are unique.
    Map(Vec<Entry>),
    Seq(Vec<Node>),
    Scalar(Scalar),
}

/// One key/value pair of a mapping.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

/// A leaf value. All numbers are `f64`; NaN and infinities are kept so the
/// validator can reject them with a located message.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
}

impl Scalar {
    /// What kind of value this is, phrased for error messages.
    /// What kind of value this is, for "found …" labels.
    pub fn kind(&self) -> Message {
        match self {
            Scalar::Null => msg!("manifest-kind-null"),
            Scalar::Bool(_) => msg!("manifest-kind-bool"),
            Scalar::Number(_) => msg!("manifest-kind-number"),
            Scalar::Str(_) => msg!("manifest-kind-text"),
        }
    }
}

impl Node {
    pub fn new(span: Span, kind: NodeKind) -> Node {
        Node { span, kind }
    }

    pub fn scalar(span: Span, scalar: Scalar) -> Node {
        Node::new(span, NodeKind::Scalar(scalar))
    }

    /// The entries, if this is a mapping.
    pub fn as_map(&self) -> Option<&[Entry]> {
        match &self.kind {
            NodeKind::Map(entries) => Some(entries),
            _ => None,
        }
    }

    /// The items, if this is a list.
    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.kind {
            NodeKind::Seq(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_scalar(&self) -> Option<&Scalar> {
        match &self.kind {
            NodeKind::Scalar(scalar) => Some(scalar),
            _ => None,
        }
    }

    /// The text, if this is a string scalar.
    pub fn as_str(&self) -> Option<&str> {
        match self.as_scalar() {
            Some(Scalar::Str(text)) => Some(text),
            _ => None,
        }
    }

    /// The number, if this is a numeric scalar (possibly NaN or infinite).
    pub fn as_f64(&self) -> Option<f64> {
        match self.as_scalar() {
            Some(Scalar::Number(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.as_scalar() {
            Some(Scalar::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.as_scalar(), Some(Scalar::Null))
    }

    /// The entry for `key`, if this is a mapping containing it.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        self.as_map()?.iter().find(|entry| entry.key == key)
    }

    /// The value for `key`, if this is a mapping containing it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|entry| &entry.value)
    }

    /// What kind of value this is, phrased for error messages: "a mapping",
    /// "a list", "a number", "text", "true or false" or "nothing (null)".
    /// What kind of value this is, for "found …" labels.
    pub fn kind(&self) -> Message {
        match &self.kind {
            NodeKind::Map(_) => msg!("manifest-kind-mapping"),
            NodeKind::Seq(_) => msg!("manifest-kind-list"),
            NodeKind::Scalar(scalar) => scalar.kind(),
        }
    }

    /// Number of nodes in this subtree, itself included.
    pub fn node_count(&self) -> usize {
        1 + match &self.kind {
            NodeKind::Map(entries) => entries.iter().map(|e| e.value.node_count()).sum(),
            NodeKind::Seq(items) => items.iter().map(Node::node_count).sum(),
            NodeKind::Scalar(_) => 0,
        }
    }
}

/// Why a file sero reads beside a manifest (the manifest itself, a journey, an activity or
/// series file, a measured result) could not be read: an I/O error, over
/// [`sero_limits::FILE_SIZE`], or not UTF-8 (with the line and column).
pub use sero_limits::ReadError as SourceError;

/// The refusal of a file that is too large or not UTF-8 (the limit or the position, with its
/// hint), or cannot be read; `span` is where the file is named (`None` for the file itself).
pub fn refusal(error: &SourceError, file: &str, span: Option<Span>) -> Diagnostic {
    let message = error.what(file);
    let diagnostic = match span {
        Some(span) => Diagnostic::at(span, message),
        None => Diagnostic::new(message),
    };
    match error.hint() {
        Some(hint) => diagnostic.with_hint(hint),
        None => diagnostic,
    }
}

/// The text of a file, read only when it holds at most [`sero_limits::FILE_SIZE`] bytes: a
/// larger one is refused by its size, so a wrong path to a huge file cannot exhaust memory.
pub fn read_source(path: &std::path::Path) -> Result<String, SourceError> {
    sero_limits::read_text(path)
}

/// Parses a whole manifest into a tree. An empty document (or one holding
/// only comments) gives a null scalar spanning `0..0`.
pub fn parse(text: &str, format: Format) -> Result<Node, Diagnostic> {
    if FILE_SIZE.over(text.len() as u64) {
        return Err(Diagnostic::new(FILE_SIZE.exceeded(Some(text.len() as u64)))
            .with_hint(FILE_SIZE.hint()));
    }
    parse_bundled(text, format)
}

/// Parses data bundled with sero (its factors): as [`parse`], without the limit on a file's
/// size, which is there for what people give sero and may be lowered for them.
pub fn parse_bundled(text: &str, format: Format) -> Result<Node, Diagnostic> {
    match format {
        Format::Yaml | Format::Json => yaml::parse(text, format),
        Format::Toml => toml_tree::parse(text),
    }
}

/// "duplicate key" error shared by all formats.
fn duplicate_key(key: &str, span: Span, first: Option<Span>) -> Diagnostic {
    let diag = Diagnostic::at(span, msg!("manifest-duplicate-key", key = key))
        .with_label(msg!("manifest-duplicate-key-label"));
    match first {
        Some(first) => diag.with_note_at(first, msg!("manifest-first-defined", key = key)),
        None => diag,
    }
}

fn too_deep(span: Span) -> Diagnostic {
    Diagnostic::at(span, DEPTH.exceeded(None)).with_hint(DEPTH.hint())
}

/// YAML (and JSON, which is YAML 1.2 flow syntax) via `saphyr-parser`'s
/// event stream.
mod yaml {
    use super::*;

    /// Converts the parser's character indices into byte offsets.
    struct Offsets<'a> {
        text: &'a str,
        ascii: bool,
        /// Byte offset of every `STRIDE`-th character.
        checkpoints: Vec<usize>,
    }

    const STRIDE: usize = 64;

    impl<'a> Offsets<'a> {
        fn new(text: &'a str) -> Self {
            let ascii = text.is_ascii();
            let checkpoints = if ascii {
                Vec::new()
            } else {
                text.char_indices()
                    .step_by(STRIDE)
                    .map(|(byte, _)| byte)
                    .collect()
            };
            Offsets {
                text,
                ascii,
                checkpoints,
            }
        }

        fn byte(&self, char_index: usize) -> usize {
            if self.ascii {
                return char_index.min(self.text.len());
            }
            let block = char_index / STRIDE;
            let Some(&base) = self.checkpoints.get(block) else {
                return self.text.len();
            };
            let rest = char_index % STRIDE;
            self.text[base..]
                .char_indices()
                .nth(rest)
                .map_or(self.text.len(), |(offset, _)| base + offset)
        }

        fn span(&self, span: &saphyr_parser::Span) -> Span {
            Span::new(self.byte(span.start.index()), self.byte(span.end.index()))
        }

        /// One character at the given character index (or an empty span at
        /// the end of the text), for errors that only have a position.
        fn point(&self, char_index: usize) -> Span {
            let start = self.byte(char_index);
            let end = self.text[start..]
                .chars()
                .next()
                .filter(|c| *c != '\n' && *c != '\r')
                .map_or(start, |c| start + c.len_utf8());
            Span::new(start, end)
        }

        /// Drops a leading `&anchor` and/or `!tag` from a node's span so the
        /// span starts at the value itself.
        fn skip_properties(&self, span: Span) -> Span {
            let text = self.text;
            let mut start = span.start;
            while start < span.end && matches!(text.as_bytes()[start], b'&' | b'!') {
                let rest = &text[start..span.end];
                let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let after = &rest[word..];
                let blank = after.len() - after.trim_start().len();
                start += word + blank;
            }
            Span::new(start.min(span.end), span.end)
        }
    }

    enum Frame {
        Map {
            span: Span,
            anchor: usize,
            entries: Vec<Entry>,
            seen: HashMap<String, Span>,
            pending_key: Option<(String, Span)>,
        },
        Seq {
            span: Span,
            anchor: usize,
            items: Vec<Node>,
        },
    }

    struct Builder<'a> {
        offsets: Offsets<'a>,
        format: Format,
        stack: Vec<Frame>,
        root: Option<Node>,
        /// Finished anchored nodes by anchor id, with their node counts.
        anchors: HashMap<usize, (Node, usize)>,
        /// Nodes added so far by alias expansion.
        expanded: usize,
    }

    pub(super) fn parse(text: &str, format: Format) -> Result<Node, Diagnostic> {
        let mut builder = Builder {
            offsets: Offsets::new(text),
            format,
            stack: Vec::new(),
            root: None,
            anchors: HashMap::new(),
            expanded: 0,
        };
        let mut document_seen = false;
        for event in Parser::new_from_str(text) {
            let (event, raw_span) = event.map_err(|error| {
                let span = builder.offsets.point(error.marker().index());
                Diagnostic::at(
                    span,
                    msg!(
                        "manifest-invalid-syntax",
                        format = format.name(),
                        detail = error.info()
                    ),
                )
                .with_hint(msg!("manifest-invalid-syntax-hint"))
            })?;
            let span = builder.offsets.span(&raw_span);
            match event {
                Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
                Event::StreamEnd => break,
                Event::DocumentStart(_) => {
                    if document_seen {
                        return Err(builder.second_document(span));
                    }
                    document_seen = true;
                }
                Event::Scalar(value, style, anchor, tag) => {
                    builder.scalar(&value, style, anchor, tag.as_deref(), span)?;
                }
                Event::SequenceStart(anchor, tag) => {
                    builder.start(false, anchor, tag.as_deref(), span)?;
                }
                Event::MappingStart(anchor, tag) => {
                    builder.start(true, anchor, tag.as_deref(), span)?;
                }
                Event::SequenceEnd | Event::MappingEnd => builder.end(span)?,
                Event::Alias(id) => builder.alias(id, span)?,
            }
        }
        Ok(builder
            .root
            .unwrap_or_else(|| Node::scalar(Span::default(), Scalar::Null)))
    }

    impl Builder<'_> {
        fn is_json(&self) -> bool {
            self.format == Format::Json
        }

        fn expecting_key(&self) -> bool {
            matches!(
                self.stack.last(),
                Some(Frame::Map {
                    pending_key: None,
                    ..
                })
            )
        }

        fn second_document(&self, span: Span) -> Diagnostic {
            let span = if span.is_empty() {
                self.offsets.point(self.char_index_of(span.start))
            } else {
                span
            };
            Diagnostic::at(span, msg!("manifest-second-document"))
                .with_label(msg!("manifest-second-document-label"))
                .with_hint(msg!("manifest-second-document-hint"))
        }

        /// Inverse of `Offsets::byte`, only needed on error paths.
        fn char_index_of(&self, byte: usize) -> usize {
            let text = self.offsets.text;
            text[..byte.min(text.len())].chars().count()
        }

        /// `what` is `anchors` (anchors and tags) or `aliases`.
        fn yaml_only(&self, span: Span, what: &str) -> Diagnostic {
            Diagnostic::at(span, msg!("manifest-yaml-only", what = what))
                .with_hint(msg!("manifest-yaml-only-hint"))
        }

        fn scalar(
            &mut self,
            value: &str,
            style: ScalarStyle,
            anchor: usize,
            tag: Option<&Tag>,
            full_span: Span,
        ) -> Result<(), Diagnostic> {
            if self.is_json() && (anchor != 0 || tag.is_some()) {
                return Err(self.yaml_only(full_span, "anchors"));
            }
            let span = if anchor != 0 || tag.is_some() {
                self.offsets.skip_properties(full_span)
            } else {
                full_span
            };
            if self.expecting_key() {
                if self.is_json() && style != ScalarStyle::DoubleQuoted {
                    return Err(Diagnostic::at(span, msg!("manifest-json-key-quotes"))
                        .with_label(msg!("manifest-json-key-quotes-label")));
                }
                if anchor != 0 {
                    let node = Node::scalar(span, Scalar::Str(value.to_owned()));
                    self.anchors.insert(anchor, (node, 1));
                }
                return self.key(value.to_owned(), span);
            }
            if self.is_json() {
                check_json_scalar(value, style, span)?;
            }
            let scalar = resolve(value, style, tag, span, full_span)?;
            let node = Node::scalar(span, scalar);
            if anchor != 0 {
                self.anchors.insert(anchor, (node.clone(), 1));
            }
            self.push(node);
            Ok(())
        }

        fn key(&mut self, key: String, span: Span) -> Result<(), Diagnostic> {
            let Some(Frame::Map {
                seen, pending_key, ..
            }) = self.stack.last_mut()
            else {
                unreachable!("keys are only read inside mappings");
            };
            if let Some(first) = seen.get(&key) {
                return Err(duplicate_key(&key, span, Some(*first)));
            }
            seen.insert(key.clone(), span);
            *pending_key = Some((key, span));
            Ok(())
        }

        fn start(
            &mut self,
            is_map: bool,
            anchor: usize,
            tag: Option<&Tag>,
            full_span: Span,
        ) -> Result<(), Diagnostic> {
            if self.expecting_key() {
                return Err(Diagnostic::at(full_span, msg!("manifest-complex-key")));
            }
            if self.is_json() && (anchor != 0 || tag.is_some()) {
                return Err(self.yaml_only(full_span, "anchors"));
            }
            let span = if anchor != 0 || tag.is_some() {
                self.offsets.skip_properties(full_span)
            } else {
                full_span
            };
            if self.is_json() {
                let opener = self.offsets.text.as_bytes().get(span.start).copied();
                let expected = if is_map { b'{' } else { b'[' };
                if opener != Some(expected) {
                    return Err(Diagnostic::at(
                        self.offsets.point(self.char_index_of(span.start)),
                        msg!("manifest-json-block"),
                    )
                    .with_hint(if is_map {
                        msg!("manifest-json-object-hint")
                    } else {
                        msg!("manifest-json-array-hint")
                    }));
                }
            }
            if let Some(tag) = tag {
                let wanted = if is_map { "map" } else { "seq" };
                let allowed = is_non_specific(tag) || (is_core(tag) && tag.suffix == wanted);
                if !allowed {
                    let kind = if is_map {
                        msg!("manifest-kind-mapping")
                    } else {
                        msg!("manifest-kind-list")
                    };
                    return Err(Diagnostic::at(
                        full_span,
                        msg!("manifest-tag-not-on", tag = tag_name(tag), kind = kind),
                    )
                    .with_hint(msg!("manifest-remove-tag")));
                }
            }
            if self.stack.len() >= DEPTH.get_usize() {
                return Err(too_deep(span));
            }
            self.stack.push(if is_map {
                Frame::Map {
                    span,
                    anchor,
                    entries: Vec::new(),
                    seen: HashMap::new(),
                    pending_key: None,
                }
            } else {
                Frame::Seq {
                    span,
                    anchor,
                    items: Vec::new(),
                }
            });
            Ok(())
        }

        fn end(&mut self, end_span: Span) -> Result<(), Diagnostic> {
            let frame = self
                .stack
                .pop()
                .expect("the parser balances collection start and end events");
            let (node, anchor) = match frame {
                Frame::Map {
                    span,
                    anchor,
                    entries,
                    ..
                } => {
                    let last = entries.last().map(|e| e.value.span);
                    let span = close_span(span, last, end_span);
                    (Node::new(span, NodeKind::Map(entries)), anchor)
                }
                Frame::Seq {
                    span,
                    anchor,
                    items,
                } => {
                    let last = items.last().map(|n| n.span);
                    let span = close_span(span, last, end_span);
                    (Node::new(span, NodeKind::Seq(items)), anchor)
                }
            };
            if anchor != 0 {
                let count = node.node_count();
                self.anchors.insert(anchor, (node.clone(), count));
            }
            self.push(node);
            Ok(())
        }

        fn alias(&mut self, id: usize, span: Span) -> Result<(), Diagnostic> {
            if self.is_json() {
                return Err(self.yaml_only(span, "aliases"));
            }
            if self.expecting_key() {
                return Err(Diagnostic::at(span, msg!("manifest-alias-key")));
            }
            let Some((node, count)) = self.anchors.get(&id) else {
                return Err(Diagnostic::at(span, msg!("manifest-recursive-alias"))
                    .with_label(msg!("manifest-recursive-alias-label")));
            };
            if ALIAS_EXPANSION.over((self.expanded + count) as u64) {
                return Err(Diagnostic::at(span, ALIAS_EXPANSION.exceeded(None))
                    .with_label(msg!("manifest-alias-expansion-label"))
                    .with_hint(ALIAS_EXPANSION.hint()));
            }
            if self.stack.len() + depth(node) > DEPTH.get_usize() {
                return Err(too_deep(span));
            }
            self.expanded += count;
            let mut copy = node.clone();
            // The copy's own span is the alias, so "expected a number, found
            // a list" points at the use; its contents keep pointing at the
            // anchored definition, where they are written.
            copy.span = span;
            self.push(copy);
            Ok(())
        }

        fn push(&mut self, node: Node) {
            match self.stack.last_mut() {
                None => self.root = Some(node),
                Some(Frame::Seq { items, .. }) => items.push(node),
                Some(Frame::Map {
                    entries,
                    pending_key,
                    ..
                }) => {
                    let (key, key_span) = pending_key
                        .take()
                        .expect("a value always follows a key in the event stream");
                    entries.push(Entry {
                        key,
                        key_span,
                        value: node,
                    });
                }
            }
        }
    }

    /// Span of a finished collection: flow collections end at their closing
    /// bracket; block ones (whose end event is empty and may sit after
    /// trailing comments) end with their last value.
    fn close_span(start: Span, last_child: Option<Span>, end: Span) -> Span {
        let end = if !end.is_empty() {
            end.end
        } else {
            last_child.map_or(start.end, |child| child.end)
        };
        Span::new(start.start, end.max(start.start))
    }

    fn depth(node: &Node) -> usize {
        match &node.kind {
            NodeKind::Map(entries) => {
                1 + entries.iter().map(|e| depth(&e.value)).max().unwrap_or(0)
            }
            NodeKind::Seq(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            NodeKind::Scalar(_) => 0,
        }
    }

    fn is_core(tag: &Tag) -> bool {
        tag.is_yaml_core_schema()
    }

    /// The `!` tag, which forces a plain scalar to be a string.
    fn is_non_specific(tag: &Tag) -> bool {
        tag.handle.is_empty() && tag.suffix == "!"
    }

    fn tag_name(tag: &Tag) -> String {
        if is_core(tag) {
            format!("!!{}", tag.suffix)
        } else if is_non_specific(tag) {
            "!".to_owned()
        } else {
            tag.to_string()
        }
    }

    /// JSON allows only double-quoted strings, numbers, `true`, `false`
    /// and `null` as values.
    fn check_json_scalar(value: &str, style: ScalarStyle, span: Span) -> Result<(), Diagnostic> {
        let ok = match style {
            ScalarStyle::DoubleQuoted => true,
            ScalarStyle::Plain => {
                matches!(value, "null" | "true" | "false") || is_json_number(value)
            }
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(Diagnostic::at(span, msg!("manifest-json-value"))
                .with_label(msg!("manifest-json-value-label"))
                .with_hint(msg!("manifest-json-value-hint")))
        }
    }

    fn is_json_number(s: &str) -> bool {
        let b = s.as_bytes();
        let mut i = 0;
        if b.first() == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i += digit_run(&b[i..]),
            _ => return false,
        }
        if b.get(i) == Some(&b'.') {
            let n = digit_run(&b[i + 1..]);
            if n == 0 {
                return false;
            }
            i += 1 + n;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let n = digit_run(&b[i..]);
            if n == 0 {
                return false;
            }
            i += n;
        }
        i == b.len()
    }

    fn digit_run(b: &[u8]) -> usize {
        b.iter().take_while(|c| c.is_ascii_digit()).count()
    }

    /// Applies the YAML 1.2 core schema (or an explicit core tag) to a
    /// scalar.
    fn resolve(
        value: &str,
        style: ScalarStyle,
        tag: Option<&Tag>,
        span: Span,
        full_span: Span,
    ) -> Result<Scalar, Diagnostic> {
        let Some(tag) = tag else {
            return Ok(if style == ScalarStyle::Plain {
                core_schema(value)
            } else {
                Scalar::Str(value.to_owned())
            });
        };
        if is_non_specific(tag) {
            return Ok(Scalar::Str(value.to_owned()));
        }
        let invalid = |kind: Message| {
            Diagnostic::at(
                span,
                msg!("manifest-tagged-not", value = value, kind = kind),
            )
            .with_label(msg!("manifest-tagged-label", tag = tag_name(tag)))
        };
        if !is_core(tag) {
            return Err(Diagnostic::at(
                full_span,
                msg!("manifest-unsupported-tag", tag = tag_name(tag)),
            )
            .with_hint(msg!("manifest-unsupported-tag-remove-hint")));
        }
        match tag.suffix.as_str() {
            "str" | "timestamp" => Ok(Scalar::Str(value.to_owned())),
            "null" if core_null(value) => Ok(Scalar::Null),
            "null" => Err(invalid(msg!("manifest-kind-null"))),
            "bool" => core_bool(value)
                .map(Scalar::Bool)
                .ok_or_else(|| invalid(msg!("manifest-kind-bool"))),
            "int" => core_int(value)
                .map(Scalar::Number)
                .ok_or_else(|| invalid(msg!("manifest-kind-integer"))),
            "float" => core_float(value)
                .or_else(|| core_int(value))
                .map(Scalar::Number)
                .ok_or_else(|| invalid(msg!("manifest-kind-number"))),
            "map" | "seq" => Err(Diagnostic::at(
                full_span,
                msg!("manifest-tag-not-on-scalar", tag = tag_name(tag)),
            )),
            _ => Err(Diagnostic::at(
                full_span,
                msg!("manifest-unsupported-tag", tag = tag_name(tag)),
            )
            .with_hint(msg!("manifest-unsupported-tag-hint"))),
        }
    }

    fn core_schema(value: &str) -> Scalar {
        if core_null(value) {
            Scalar::Null
        } else if let Some(b) = core_bool(value) {
            Scalar::Bool(b)
        } else if let Some(n) = core_int(value).or_else(|| core_float(value)) {
            Scalar::Number(n)
        } else {
            Scalar::Str(value.to_owned())
        }
    }

    fn core_null(value: &str) -> bool {
        matches!(value, "" | "~" | "null" | "Null" | "NULL")
    }

    fn core_bool(value: &str) -> Option<bool> {
        match value {
            "true" | "True" | "TRUE" => Some(true),
            "false" | "False" | "FALSE" => Some(false),
            _ => None,
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    fn core_int(value: &str) -> Option<f64> {
        let radix_digits = |digits: &str, radix: u32| -> Option<f64> {
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            Some(digits.chars().fold(0.0, |acc, c| {
                acc * f64::from(radix) + f64::from(c.to_digit(radix).unwrap_or(0))
            }))
        };
        if let Some(digits) = value.strip_prefix("0o") {
            return radix_digits(digits, 8);
        }
        if let Some(digits) = value.strip_prefix("0x") {
            return radix_digits(digits, 16);
        }
        let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        value.parse::<f64>().ok()
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`
    /// and `.nan` in their three spellings.
    fn core_float(value: &str) -> Option<f64> {
        let (negative, unsigned) = match value.as_bytes().first() {
            Some(b'-') => (true, &value[1..]),
            Some(b'+') => (false, &value[1..]),
            _ => (false, value),
        };
        if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
            return Some(if negative {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        if matches!(value, ".nan" | ".NaN" | ".NAN") {
            return Some(f64::NAN);
        }
        let b = unsigned.as_bytes();
        let int = digit_run(b);
        let mut i = int;
        let mut frac = 0;
        if b.get(i) == Some(&b'.') {
            frac = digit_run(&b[i + 1..]);
            i += 1 + frac;
        }
        if int == 0 && frac == 0 {
            return None;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let exp = digit_run(&b[i..]);
            if exp == 0 {
                return None;
            }
            i += exp;
        }
        if i != b.len() {
            return None;
        }
        value.parse::<f64>().ok()
    }
}

/// TOML via the span-preserving `toml::de::DeTable` parser.
mod toml_tree {
    use super::*;

    pub(super) fn parse(text: &str) -> Result<Node, Diagnostic> {
        let table = DeTable::parse(text).map_err(|error| diagnostic(text, &error))?;
        if table.get_ref().is_empty() {
            return Ok(Node::scalar(Span::default(), Scalar::Null));
        }
        // The parser gives the root table an empty span; the root is the
        // whole file.
        let whole = Span::new(0, text.len());
        table_node(table.get_ref(), whole, 1)
    }

    fn diagnostic(text: &str, error: &toml::de::Error) -> Diagnostic {
        let message = error.message();
        let Some(range) = error.span() else {
            return Diagnostic::new(msg!(
                "manifest-invalid-syntax",
                format = "TOML",
                detail = message
            ));
        };
        let span = Span::from(range);
        if message == "duplicate key" {
            let key = text.get(span.start..span.end).unwrap_or("").trim();
            let key = key.trim_matches(|c| c == '"' || c == '\'');
            // toml does not say where the first definition was.
            return duplicate_key(key, span, None);
        }
        Diagnostic::at(
            span,
            msg!("manifest-invalid-syntax", format = "TOML", detail = message),
        )
    }

    fn table_node(table: &DeTable<'_>, span: Span, depth: usize) -> Result<Node, Diagnostic> {
        if depth > DEPTH.get_usize() {
            return Err(too_deep(span));
        }
        let mut entries = table
            .iter()
            .map(|(key, value)| {
                Ok(Entry {
                    key: key.get_ref().to_string(),
                    key_span: Span::from(key.span()),
                    value: value_node(value.get_ref(), Span::from(value.span()), depth)?,
                })
            })
            .collect::<Result<Vec<_>, Diagnostic>>()?;
        // Tables are sorted by key unless toml's `preserve_order` feature is
        // on; the key spans give back the order the keys were written in.
        entries.sort_by_key(|entry| entry.key_span.start);
        Ok(Node::new(span, NodeKind::Map(entries)))
    }

    fn value_node(value: &DeValue<'_>, span: Span, depth: usize) -> Result<Node, Diagnostic> {
        let scalar = match value {
            DeValue::String(text) => Scalar::Str(text.to_string()),
            DeValue::Boolean(b) => Scalar::Bool(*b),
            DeValue::Datetime(datetime) => Scalar::Str(datetime.to_string()),
            DeValue::Integer(integer) => {
                let digits = integer.as_str();
                // TOML integers are 64-bit signed; the spec requires an
                // error for anything larger.
                let n = i64::from_str_radix(digits, integer.radix()).map_err(|_| {
                    Diagnostic::at(span, msg!("manifest-integer-out-of-range"))
                        .with_note(msg!("manifest-integer-out-of-range-note"))
                })?;
                // All numbers are f64; beyond 2^53 this rounds, as in JSON.
                let n = n as f64;
                Scalar::Number(n)
            }
            DeValue::Float(float) => {
                let n = float
                    .as_str()
                    .parse::<f64>()
                    .map_err(|_| Diagnostic::at(span, msg!("manifest-invalid-number")))?;
                Scalar::Number(n)
            }
            DeValue::Array(items) => {
                if depth >= DEPTH.get_usize() {
                    return Err(too_deep(span));
                }
                let items = items
                    .iter()
                    .map(|item| value_node(item.get_ref(), Span::from(item.span()), depth + 1))
                    .collect::<Result<Vec<_>, _>>()?;
                return Ok(Node::new(span, NodeKind::Seq(items)));
            }
            DeValue::Table(table) => return table_node(table, span, depth + 1),
        };
        Ok(Node::scalar(span, scalar))
    }
}
