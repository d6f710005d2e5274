//! Checks that YAML, JSON and TOML manifests become the same span-annotated
//! tree, that spans land on the right line and column (also after
//! multi-byte text), and that malformed or hostile input (duplicate keys,
//! several documents, alias bombs, deep nesting, syntax errors) is rejected
//! with a diagnostic pointing at the culprit.

use sero_core::msg;
use sero_manifest::diagnostic::{Diagnostic, SourceFile};

use crate::support::{render, verbatim};
use sero_limits::{ALIAS_EXPANSION, DEPTH, FILE_SIZE};
use sero_manifest::tree::{Format, Node, NodeKind, Scalar, Span, parse};

/// A compact, span-free rendering of a tree, for comparing shapes.
fn shape(node: &Node) -> String {
    match &node.kind {
        NodeKind::Map(entries) => {
            let inner: Vec<String> = entries
                .iter()
                .map(|e| format!("{}: {}", e.key, shape(&e.value)))
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
        NodeKind::Seq(items) => {
            let inner: Vec<String> = items.iter().map(shape).collect();
            format!("[{}]", inner.join(", "))
        }
        NodeKind::Scalar(Scalar::Null) => "null".to_owned(),
        NodeKind::Scalar(Scalar::Bool(b)) => b.to_string(),
        NodeKind::Scalar(Scalar::Number(n)) => format!("{n:?}"),
        NodeKind::Scalar(Scalar::Str(s)) => format!("{s:?}"),
    }
}

fn ok(text: &str, format: Format) -> Node {
    parse(text, format).unwrap_or_else(|d| panic!("{}", render(&d, &SourceFile::new("t", text))))
}

fn err(text: &str, format: Format) -> Diagnostic {
    match parse(text, format) {
        Ok(node) => panic!("expected an error, got {}", shape(&node)),
        Err(diag) => diag,
    }
}

/// 1-based line and column of a span's start.
fn pos(text: &str, span: Span) -> (usize, usize) {
    SourceFile::new("t", text).line_col(span.start)
}

fn slice(text: &str, span: Span) -> &str {
    &text[span.start..span.end]
}

const YAML: &str = "\
name: checkout
replicas: 3
ratio: 0.25
enabled: true
owner: null
regions:
  - eu-west
  - us-east
limits:
  cpu: 2
  memory: 4.5
";

const JSON: &str = r#"{
  "name": "checkout",
  "replicas": 3,
  "ratio": 0.25,
  "enabled": true,
  "owner": null,
  "regions": ["eu-west", "us-east"],
  "limits": {"cpu": 2, "memory": 4.5}
}
"#;

// TOML has no null, so `owner` is left out of the comparison below.
const TOML: &str = r#"
name = "checkout"
replicas = 3
ratio = 0.25
enabled = true
regions = ["eu-west", "us-east"]

[limits]
cpu = 2
memory = 4.5
"#;

#[test]
fn yaml_json_and_toml_give_the_same_tree() {
    let expected = r#"{name: "checkout", replicas: 3.0, ratio: 0.25, enabled: true, owner: null, regions: ["eu-west", "us-east"], limits: {cpu: 2.0, memory: 4.5}}"#;
    assert_eq!(shape(&ok(YAML, Format::Yaml)), expected);
    assert_eq!(shape(&ok(JSON, Format::Json)), expected);
    // Same document minus `owner`; TOML keys also come back in document
    // order, not sorted.
    let without_owner = expected.replace("owner: null, ", "");
    assert_eq!(shape(&ok(TOML, Format::Toml)), without_owner);
}

#[test]
fn accessors_and_kind_names() {
    let tree = ok(YAML, Format::Yaml);
    assert_eq!(tree.kind().id(), "manifest-kind-mapping");
    assert_eq!(tree.get("name").and_then(Node::as_str), Some("checkout"));
    assert_eq!(tree.get("replicas").and_then(Node::as_f64), Some(3.0));
    assert_eq!(tree.get("enabled").and_then(Node::as_bool), Some(true));
    assert!(tree.get("owner").unwrap().is_null());
    assert_eq!(
        tree.get("regions")
            .and_then(Node::as_seq)
            .map(<[Node]>::len),
        Some(2)
    );
    assert_eq!(
        tree.get("limits").and_then(Node::as_map).map(<[_]>::len),
        Some(2)
    );
    assert!(tree.get("missing").is_none());
    let kinds: Vec<&str> = tree
        .as_map()
        .unwrap()
        .iter()
        .map(|e| e.value.kind().id())
        .collect();
    assert_eq!(
        kinds,
        [
            "manifest-kind-text",
            "manifest-kind-number",
            "manifest-kind-number",
            "manifest-kind-bool",
            "manifest-kind-null",
            "manifest-kind-list",
            "manifest-kind-mapping"
        ]
    );
}

#[test]
fn spans_point_at_line_and_column_in_every_format() {
    let cases = [
        (Format::Yaml, "service:\n  limits:\n    cpu: 2\n"),
        (
            Format::Json,
            "{\n  \"service\": {\"limits\": {\n    \"cpu\": 2}}}\n",
        ),
        (Format::Toml, "[service.limits]\n# comment\n    cpu = 2\n"),
    ];
    for (format, text) in cases {
        let tree = ok(text, format);
        let limits = tree.get("service").unwrap().get("limits").unwrap();
        let entry = limits.entry("cpu").unwrap();
        assert_eq!(pos(text, entry.key_span), (3, 5), "{format:?} key");
        assert!(slice(text, entry.key_span).contains("cpu"), "{format:?}");
        assert_eq!(slice(text, entry.value.span), "2", "{format:?} value");
    }
}

#[test]
fn yaml_collection_spans_cover_their_contents() {
    let text = "a:\n  b: 1\n  c: [1, 2]\n# trailing comment\nd: {x: 1}\n";
    let tree = ok(text, Format::Yaml);
    assert_eq!(
        slice(text, tree.get("a").unwrap().span),
        "b: 1\n  c: [1, 2]"
    );
    assert_eq!(
        slice(text, tree.get("a").unwrap().get("c").unwrap().span),
        "[1, 2]"
    );
    assert_eq!(slice(text, tree.get("d").unwrap().span), "{x: 1}");
}

#[test]
fn columns_after_welsh_text_count_characters() {
    let text = "teitl: \"Gwasanaeth â chymraeg\"\ndisgrifiad: ŵyn ŷd\nrhif: 7\n";
    let tree = ok(text, Format::Yaml);
    let rhif = tree.entry("rhif").unwrap();
    assert_eq!(slice(text, rhif.key_span), "rhif");
    assert_eq!(slice(text, rhif.value.span), "7");
    let disgrifiad = tree.get("disgrifiad").unwrap();
    assert_eq!(slice(text, disgrifiad.span), "ŵyn ŷd");
    assert_eq!(disgrifiad.as_str(), Some("ŵyn ŷd"));
}

#[test]
fn crlf_line_endings_and_byte_order_mark() {
    let text = "\u{feff}a: 1\r\nb: dau\r\n";
    let tree = ok(text, Format::Yaml);
    let a = tree.as_map().unwrap()[0].key_span;
    assert_eq!(slice(text, a), "a");
    // The invisible byte order mark takes no column.
    assert_eq!(pos(text, a), (1, 1));
    let b = tree.entry("b").unwrap();
    assert_eq!(slice(text, b.value.span), "dau");
    assert_eq!(pos(text, b.value.span), (2, 4));
    let rendered = render(
        &Diagnostic::at(b.value.span, verbatim("bad")),
        &SourceFile::new("t.yaml", text),
    );
    assert!(
        rendered.contains(" 2 | b: dau\n   |    ^^^\n"),
        "{rendered:?}"
    );
}

#[test]
fn duplicate_yaml_key_points_at_second_with_note_at_first() {
    let text = "name: a\nlimits:\n  cpu: 1\n  cpu: 2\n";
    let diag = err(text, Format::Yaml);
    assert_eq!(diag.message, msg!("manifest-duplicate-key", key = "cpu"));
    assert_eq!(pos(text, diag.span.unwrap()), (4, 3));
    let (first, note) = &diag.notes[0];
    assert_eq!(pos(text, first.unwrap()), (3, 3));
    assert_eq!(*note, msg!("manifest-first-defined", key = "cpu"));
    insta::assert_snapshot!(render(&diag, &SourceFile::new("service.yaml", text)), @r"
    error: duplicate key `cpu`
      --> service.yaml:4:3
       |
     4 |   cpu: 2
       |   ^^^ this key was already used in this mapping
    note: `cpu` was first defined here
      --> service.yaml:3:3
       |
     3 |   cpu: 1
       |   ^^^
    ");
}

#[test]
fn same_key_in_different_mappings_is_fine() {
    let text = "a:\n  cpu: 1\nb:\n  cpu: 2\n";
    assert_eq!(
        shape(&ok(text, Format::Yaml)),
        "{a: {cpu: 1.0}, b: {cpu: 2.0}}"
    );
}

#[test]
fn duplicate_json_and_toml_keys() {
    let json = "{\"a\": 1,\n \"a\": 2}";
    let diag = err(json, Format::Json);
    assert_eq!(diag.message, msg!("manifest-duplicate-key", key = "a"));
    assert_eq!(pos(json, diag.span.unwrap()), (2, 2));

    let toml = "a = 1\n[b]\nc = 2\nc = 3\n";
    let diag = err(toml, Format::Toml);
    assert_eq!(diag.message, msg!("manifest-duplicate-key", key = "c"));
    assert_eq!(pos(toml, diag.span.unwrap()), (4, 1));
}

#[test]
fn core_schema_scalars() {
    let text = "\
nulls: [null, Null, NULL, ~]
bools: [true, True, TRUE, false, FALSE]
ints: [0, -12, +7, 0o17, 0x1F, 007]
floats: [1.5, -.5, 1e3, 2.5E-1, .inf, -.Inf, +.INF, 1.]
strings: [yes, no, on, nan, 0b101, 1_000, '1', \"true\", 0x, 1e, .]
tagged: [!!str 12, !!int \"12\", !!float 3, !!bool \"false\", !!null '', ! 12]
empty:
block: |
  42
";
    let tree = ok(text, Format::Yaml);
    let get = |key: &str| shape(tree.get(key).unwrap());
    assert_eq!(get("nulls"), "[null, null, null, null]");
    assert_eq!(get("bools"), "[true, true, true, false, false]");
    assert_eq!(get("ints"), "[0.0, -12.0, 7.0, 15.0, 31.0, 7.0]");
    assert_eq!(
        get("floats"),
        "[1.5, -0.5, 1000.0, 0.25, inf, -inf, inf, 1.0]"
    );
    assert_eq!(
        get("strings"),
        r#"["yes", "no", "on", "nan", "0b101", "1_000", "1", "true", "0x", "1e", "."]"#
    );
    assert_eq!(get("tagged"), r#"["12", 12.0, 3.0, false, null, "12"]"#);
    assert_eq!(get("empty"), "null");
    assert_eq!(get("block"), r#""42\n""#);
}

#[test]
fn nan_is_a_number() {
    for (format, text) in [
        (Format::Yaml, "x: .nan\ny: .NaN\n"),
        (Format::Toml, "x = nan\ny = -nan\n"),
    ] {
        let tree = ok(text, format);
        for key in ["x", "y"] {
            let n = tree.get(key).unwrap().as_f64();
            assert!(n.is_some_and(f64::is_nan), "{format:?} {key}: {n:?}");
        }
    }
}

#[test]
fn bad_tags_are_rejected_with_location() {
    let diag = err("a: 1\nb: !!int twelve\n", Format::Yaml);
    assert_eq!(
        diag.message,
        msg!(
            "manifest-tagged-not",
            value = "twelve",
            kind = msg!("manifest-kind-integer")
        )
    );
    assert_eq!(pos("a: 1\nb: !!int twelve\n", diag.span.unwrap()), (2, 10));

    let diag = err("a: !custom x\n", Format::Yaml);
    assert_eq!(
        diag.message,
        msg!("manifest-unsupported-tag", tag = "!custom")
    );

    let diag = err("a: !!map x\n", Format::Yaml);
    assert_eq!(
        diag.message,
        msg!("manifest-tag-not-on-scalar", tag = "!!map")
    );
}

#[test]
fn aliases_are_expanded() {
    let text = "defaults: &d\n  cpu: 2\n  tags: [a, b]\nweb: *d\n";
    let tree = ok(text, Format::Yaml);
    assert_eq!(
        shape(tree.get("web").unwrap()),
        r#"{cpu: 2.0, tags: ["a", "b"]}"#
    );
    let web = tree.get("web").unwrap();
    // The copy itself points at the alias; its contents at the definition.
    assert_eq!(slice(text, web.span), "*d");
    assert_eq!(pos(text, web.entry("cpu").unwrap().key_span), (2, 3));
    // The anchor does not leak into the anchored node's span.
    assert!(slice(text, tree.get("defaults").unwrap().span).starts_with("cpu"));

    let scalar = ok("a: &x 5\nb: *x\n", Format::Yaml);
    assert_eq!(shape(&scalar), "{a: 5.0, b: 5.0}");
}

/// `levels` anchors, each a list of ten aliases of the previous one, so
/// the last expands to 10^levels scalars.
fn laughs(levels: usize) -> String {
    let mut text = String::from("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..levels {
        let prev = format!("*l{}", i - 1);
        let items = [prev.as_str(); 10].join(", ");
        text.push_str(&format!("l{i}: &l{i} [{items}]\n"));
    }
    text
}

#[test]
fn alias_bomb_hits_the_budget() {
    // Four levels (about 12,000 nodes after expansion) are fine...
    let tree = ok(&laughs(4), Format::Yaml);
    let l3 = tree.get("l3").unwrap();
    assert_eq!(l3.node_count(), 1 + 10 + 100 + 1000 + 10_000);

    // ...nine levels (a billion laughs) are not.
    let text = laughs(9);
    let diag = err(&text, Format::Yaml);
    assert_eq!(diag.message, ALIAS_EXPANSION.exceeded(None));
    assert_eq!(diag.hints, vec![ALIAS_EXPANSION.hint()]);
    let line = pos(&text, diag.span.unwrap()).0;
    assert!((5..=9).contains(&line), "line {line}");
    assert_eq!(slice(&text, diag.span.unwrap()), format!("*l{}", line - 2));
}

#[test]
fn recursive_alias_is_an_error() {
    let diag = err("a: &x [1, *x]\n", Format::Yaml);
    assert_eq!(diag.message, msg!("manifest-recursive-alias"));
    assert_eq!(pos("a: &x [1, *x]\n", diag.span.unwrap()), (1, 11));
}

#[test]
fn yaml_syntax_error_location() {
    let text = "name: x\nports: [1, 2\nnext: 3\n";
    let diag = err(text, Format::Yaml);
    assert_eq!(diag.message.id(), "manifest-invalid-syntax");
    assert_eq!(
        diag.message.get("format"),
        Some(&sero_core::Arg::Text("YAML".into()))
    );
    assert_eq!(pos(text, diag.span.unwrap()), (3, 5));
}

#[test]
fn welsh_text_before_a_syntax_error_keeps_columns_right() {
    // The bad `:` is the 29th character of the line but its 30th byte.
    let text = "a: 1\nteitl: Gwasanaeth â chymraeg: oes\n";
    let diag = err(text, Format::Yaml);
    let span = diag.span.unwrap();
    assert_eq!(pos(text, span), (2, 29));
    assert_eq!(slice(text, span), ":");
    insta::assert_snapshot!(render(&diag, &SourceFile::new("gwasanaeth.yaml", text)), @"
    error: invalid YAML: mapping values are not allowed in this context
      --> gwasanaeth.yaml:2:29
       |
     2 | teitl: Gwasanaeth â chymraeg: oes
       |                             ^
       |
       = hint: check the indentation above this point (spaces, not tabs), and that every quote, `[` and `{` is closed
    ");
}

#[test]
fn second_document_is_rejected() {
    let text = "a: 1\n---\nb: 2\n";
    let diag = err(text, Format::Yaml);
    assert_eq!(diag.message, msg!("manifest-second-document"));
    assert_eq!(pos(text, diag.span.unwrap()), (2, 1));
    assert_eq!(slice(text, diag.span.unwrap()), "---");
}

#[test]
fn empty_documents_are_null() {
    for (format, text) in [
        (Format::Yaml, ""),
        (Format::Yaml, "# just a comment\n"),
        (Format::Json, ""),
        (Format::Toml, ""),
        (Format::Toml, "# nothing here\n"),
    ] {
        let node = ok(text, format);
        assert_eq!(
            node,
            Node::scalar(Span::new(0, 0), Scalar::Null),
            "{format:?}"
        );
    }
    // An explicit but empty document is null too.
    assert!(ok("---\n", Format::Yaml).is_null());
}

#[test]
fn complex_keys_are_rejected() {
    let text = "ok: 1\n? [a, b]\n: c\n";
    let diag = err(text, Format::Yaml);
    assert_eq!(diag.message, msg!("manifest-complex-key"));
    assert_eq!(pos(text, diag.span.unwrap()), (2, 3));
}

#[test]
fn json_rejects_yaml_only_syntax() {
    let cases = [
        ("{\"a\": hello}", (1, 7)),
        ("{a: 1}", (1, 2)),
        ("{\"a\": 'x'}", (1, 7)),
        ("{\"a\": .nan}", (1, 7)),
        ("\"a\": 1\n", (1, 1)),
        ("{\"a\": &x 1}", (1, 7)),
    ];
    for (text, at) in cases {
        let diag = err(text, Format::Json);
        assert_eq!(
            pos(text, diag.span.unwrap()),
            at,
            "{text}: {:?}",
            diag.message
        );
    }
    // The same texts that are fine as YAML.
    assert_eq!(shape(&ok("{a: hello}", Format::Yaml)), r#"{a: "hello"}"#);
    // Tabs, nesting, escapes and exponents are all fine JSON.
    let text = "{\n\t\"a\": [1.5e3, -0, {\"b\": \"\\u00e2\\n\"}]\n}";
    assert_eq!(
        shape(&ok(text, Format::Json)),
        r#"{a: [1500.0, -0.0, {b: "â\n"}]}"#
    );
    assert_eq!(
        shape(&ok(r#"{"a":1,"b":["x"]}"#, Format::Json)),
        r#"{a: 1.0, b: ["x"]}"#
    );
}

#[test]
fn toml_values_and_tables() {
    let text = "\
when = 1979-05-27T07:32:00Z
hex = 0xff
big = 1_000_000
neg = -inf

[[items]]
k = 1

[[items]]
k = 2
inline = { x = [1, 2] }

[server]
sub.deep = true
";
    let tree = ok(text, Format::Toml);
    assert_eq!(
        shape(&tree),
        r#"{when: "1979-05-27T07:32:00Z", hex: 255.0, big: 1000000.0, neg: -inf, items: [{k: 1.0}, {k: 2.0, inline: {x: [1.0, 2.0]}}], server: {sub: {deep: true}}}"#
    );
    let items = tree.get("items").unwrap().as_seq().unwrap();
    assert_eq!(pos(text, items[1].span), (9, 1));
    assert_eq!(slice(text, tree.get("server").unwrap().span), "[server]");
    let inline = items[1].get("inline").unwrap();
    assert_eq!(slice(text, inline.span), "{ x = [1, 2] }");
    assert_eq!(slice(text, inline.get("x").unwrap().span), "[1, 2]");
}

#[test]
fn toml_integers_must_fit_in_64_bits() {
    let text = "ok = 9_223_372_036_854_775_807\nbig = 9223372036854775808\n";
    let diag = err(text, Format::Toml);
    assert_eq!(diag.message, msg!("manifest-integer-out-of-range"));
    assert_eq!(pos(text, diag.span.unwrap()), (2, 7));
}

#[test]
fn toml_syntax_error_location() {
    let text = "name = \"x\"\ncpu = \n";
    let diag = err(text, Format::Toml);
    assert_eq!(diag.message.id(), "manifest-invalid-syntax");
    assert_eq!(
        diag.message.get("format"),
        Some(&sero_core::Arg::Text("TOML".into()))
    );
    assert_eq!(pos(text, diag.span.unwrap()), (2, 7));
}

#[test]
fn deep_nesting_is_rejected() {
    let max = DEPTH.get_usize();
    let depth = max + 10;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let diag = err(&text, Format::Yaml);
    assert_eq!(diag.message, DEPTH.exceeded(None));
    assert_eq!(diag.span.unwrap().start, max);

    let fine = format!("{}{}", "[".repeat(max), "]".repeat(max));
    assert!(parse(&fine, Format::Yaml).is_ok());
}

#[test]
fn oversized_input_is_rejected() {
    let max = FILE_SIZE.get();
    let text = " ".repeat(max as usize + 1);
    let diag = err(&text, Format::Yaml);
    assert_eq!(diag.message, FILE_SIZE.exceeded(Some(max + 1)));
    assert_eq!(diag.hints, vec![FILE_SIZE.hint()]);
    assert_eq!(diag.span, None);
}

#[test]
fn format_from_path() {
    assert_eq!(Format::from_path("svc.toml"), Format::Toml);
    assert_eq!(Format::from_path("dir.d/SVC.JSON"), Format::Json);
    assert_eq!(Format::from_path("svc.yaml"), Format::Yaml);
    assert_eq!(Format::from_path("svc.yml"), Format::Yaml);
    assert_eq!(Format::from_path("toml"), Format::Yaml);
    assert_eq!(Format::from_path("conf.toml/manifest"), Format::Yaml);
}
