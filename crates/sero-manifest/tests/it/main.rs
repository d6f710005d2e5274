//! Integration tests for `sero-manifest`, compiled as a single test binary
//! (`it`) so the crate and its dependencies are linked only once.
//!
//! - [`tree`]: parsing YAML, JSON and TOML into the span-annotated tree,
//!   and the diagnostics the parsers produce.
//! - [`diagnostic`] (below): rendering diagnostics and spelling
//!   suggestions, independent of any parser.

mod activity;
mod tree;

mod support {
    //! Diagnostics rendered in English, as the command line renders them for an English reader.

    use sero_core::{Message, msg};
    use sero_i18n::{Lang, Localizer};
    use sero_manifest::diagnostic::{Diagnostic, SourceFile};

    thread_local! {
        static ENGLISH: Localizer = Localizer::new(Lang::En);
    }

    /// The English words of a message.
    pub fn english(message: &Message) -> String {
        ENGLISH.with(|l| l.render(message))
    }

    /// `diag` against `file`, in English.
    pub fn render(diag: &Diagnostic, file: &SourceFile<'_>) -> String {
        sero_manifest::diagnostic::render(diag, file, &english)
    }

    /// A message whose words are `text` as given (for tests of the layout alone).
    pub fn verbatim(text: &str) -> Message {
        msg!("manifest-verbatim", text = text)
    }
}

mod diagnostic {
    //! Checks the rustc-style renderer: layout, line/column arithmetic with
    //! tabs and multi-byte text, robustness against odd spans, and
    //! `did_you_mean`.

    use sero_core::msg;
    use sero_manifest::diagnostic::{Diagnostic, SourceFile, did_you_mean};

    use crate::support::{render, verbatim};
    use sero_manifest::tree::Span;

    /// Span of the first occurrence of `needle` in `text`.
    fn find(text: &str, needle: &str) -> Span {
        let start = text.find(needle).expect("needle is in the text");
        Span::new(start, start + needle.len())
    }

    #[test]
    fn renders_unknown_key_with_hint() {
        let text = "name: checkout\nregion: eu-west\nchanels:\n  - web\n";
        let file = SourceFile::new("service.yaml", text);
        let suggestion = did_you_mean("chanels", ["name", "region", "channels"]).unwrap();
        let diag = Diagnostic::at(
            find(text, "chanels"),
            verbatim("unknown key `chanels` in the service manifest"),
        )
        .with_label(verbatim("not a manifest key"))
        .with_hint(msg!("manifest-did-you-mean", suggestion = suggestion));
        insta::assert_snapshot!(render(&diag, &file), @r"
        error: unknown key `chanels` in the service manifest
          --> service.yaml:3:1
           |
         3 | chanels:
           | ^^^^^^^ not a manifest key
           |
           = hint: did you mean `channels`?
        ");
    }

    #[test]
    fn renders_tabs_and_welsh_text_aligned() {
        // A tab and a two-byte `â` precede the value, which sits on line 10
        // so the gutter grows to two digits.
        let text = format!(
            "{}title:\t\"Gwasanaeth â chymraeg\" # sylw\n",
            "#\n".repeat(9)
        );
        let file = SourceFile::new("gwasanaeth.yaml", &text);
        let diag = Diagnostic::at(find(&text, "chymraeg"), verbatim("unexpected word"))
            .with_label(verbatim("here"))
            .with_note(verbatim("notes without a span go in the footer"));
        insta::assert_snapshot!(render(&diag, &file), @r#"
        error: unexpected word
           --> gwasanaeth.yaml:10:22
            |
         10 | title:    "Gwasanaeth â chymraeg" # sylw
            |                         ^^^^^^^^ here
            |
            = note: notes without a span go in the footer
        "#);
    }

    /// A 200,000-character line is shown as a window around the span, cut at both ends, with
    /// the caret still under the span.
    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_span() {
        let line = format!(
            "{}bad: 1{}",
            "a: 1, ".repeat(20_000),
            ", b: 2".repeat(20_000)
        );
        let text = format!("first: 1\n{line}\n");
        let diag = Diagnostic::at(find(&text, "bad"), verbatim("unknown key"));
        let out = render(&diag, &SourceFile::new("wide.yaml", &text));
        assert!(out.len() < 1_000, "{} bytes: {out}", out.len());
        let lines: Vec<&str> = out.lines().collect();
        let shown = lines
            .iter()
            .find(|l| l.starts_with(" 2 |"))
            .expect("the line");
        let caret = lines.iter().find(|l| l.contains('^')).expect("the caret");
        assert!(
            shown.starts_with(" 2 | …") && shown.ends_with('…'),
            "{shown}"
        );
        let at = caret.find('^').expect("caret");
        assert_eq!(
            shown.chars().skip(at).take(3).collect::<String>(),
            "bad",
            "{out}"
        );
    }

    #[test]
    fn renders_without_span() {
        let file = SourceFile::new("big.toml", "a = 1\n");
        let diag =
            Diagnostic::new(verbatim("the file is too large")).with_hint(verbatim("split it"));
        insta::assert_snapshot!(render(&diag, &file), @r"
        error: the file is too large
          --> big.toml
           |
           = hint: split it
        ");
        assert_eq!(diag.location(&file), "big.toml");
    }

    #[test]
    fn multi_line_span_underlines_first_line_to_its_end() {
        let text = "a:\n  bb: 1\n  cc: 2\n";
        let file = SourceFile::new("f.yaml", text);
        let start = text.find("bb").unwrap();
        let diag = Diagnostic::at(Span::new(start, text.len()), verbatim("whole mapping"));
        let rendered = render(&diag, &file);
        let lines: Vec<&str> = rendered.lines().collect();
        assert_eq!(lines[3], " 2 |   bb: 1");
        assert_eq!(lines[4], "   |   ^^^^^");
        assert!(!rendered.contains("cc"), "{rendered}");
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a: â\nb: ŵŷ x\n";
        let file = SourceFile::new("f.yaml", text);
        assert_eq!(file.line_col(0), (1, 1));
        assert_eq!(file.line_col(text.find('x').unwrap()), (2, 7));
        assert_eq!(file.line_col(text.len()), (3, 1));
        assert_eq!(file.location(text.find('b').unwrap()), "f.yaml:2:1");
    }

    #[test]
    fn odd_spans_do_not_panic() {
        let text = "â\r\nb";
        let file = SourceFile::new("f.yaml", text);
        // Inside the two-byte `â`, on the `\r`, on the `\n`, reversed and
        // past the end.
        for span in [
            Span::new(1, 2),
            Span::new(2, 3),
            Span::new(3, 3),
            Span::new(4, 1),
            Span::new(40, 50),
        ] {
            let rendered = render(&Diagnostic::at(span, verbatim("x")), &file);
            assert!(rendered.contains('^'), "{span:?}: {rendered}");
        }
        // Mid-character offsets snap back to the character's start.
        assert_eq!(file.line_col(1), (1, 1));
        assert_eq!(file.line_col(40), (2, 2));
    }

    #[test]
    fn spanned_notes_get_their_own_location() {
        let text = "a: 1\nb: 2\n";
        let file = SourceFile::new("f.yaml", text);
        let diag = Diagnostic::at(find(text, "b"), verbatim("second"))
            .with_note_at(find(text, "a"), verbatim("first"));
        let rendered = render(&diag, &file);
        assert!(
            rendered.contains("note: first\n  --> f.yaml:1:1\n   |\n 1 | a: 1\n   | ^\n"),
            "{rendered}"
        );
    }

    #[test]
    fn did_you_mean_picks_the_closest_sensible_candidate() {
        let keys = ["name", "region", "regions", "channels", "replicas"];
        assert_eq!(did_you_mean("chanels", keys), Some("channels"));
        assert_eq!(did_you_mean("regoin", keys), Some("region"));
        assert_eq!(did_you_mean("Regions", keys), Some("regions"));
        assert_eq!(did_you_mean("replica", keys), Some("replicas"));
        assert_eq!(did_you_mean("zzz", keys), None);
        assert_eq!(did_you_mean("region", keys), Some("regions"));
        // Two-letter words are not "close" to every other two-letter word.
        assert_eq!(did_you_mean("ab", ["xy"]), None);
        assert_eq!(did_you_mean("x", std::iter::empty()), None);
    }
}
