//! The YAML reader (fast path and full) and the js-yaml style writer.

use sero_if::pool::Pool;
use sero_if::value::Value;

const SAMPLES: [&str; 6] = [
    "name: a\nlist:\n  - 1\n  - two\n  - {x: 1, 'y': \"q\\\"\"}\nnested:\n  deep:\n    deeper: [1, 2.5, -3e-7, .inf, ~, true]\n",
    "# comment\n---\nkey: value # trailing\nempty:\nseq:\n- a\n- b: 1\n  c: 2\n-  - x\n   - y\n",
    "when: 2024-01-01T00:00:00Z\nnot-a-date: 2023-08-06T00:00\nquoted: '2024-01-01'\nhex: 0x1F\noct: 0o17\n",
    "a: |\n  block\n  text\nb: &anchor {x: 1}\nc: *anchor\n",
    "multi: this is\n  continued\nk: v\n",
    "flow: {a: [1, {b: c}], 'd e': f}\n\n\nlast: 1\n",
];

fn emitted(text: &str, full: bool) -> String {
    let mut pool = Pool::new();
    let v = if full {
        sero_if::yaml::parse_full(text, &mut pool)
    } else {
        sero_if::yaml::parse(text, &mut pool)
    }
    .expect("valid YAML");
    match v {
        Value::Map(m) => sero_if::emit::to_string(&pool, &m),
        other => panic!("not a mapping: {other:?}"),
    }
}

#[test]
fn the_fast_reader_agrees_with_the_full_one() {
    for s in SAMPLES {
        assert_eq!(emitted(s, false), emitted(s, true), "{s}");
    }
    // The plain subset is read by the fast path; the rest falls back.
    assert!(sero_if::yaml::fast_accepts(SAMPLES[0]));
    assert!(!sero_if::yaml::fast_accepts(SAMPLES[3]));
    assert!(!sero_if::yaml::fast_accepts(SAMPLES[4]));
}

#[test]
fn scalars_resolve_as_js_yaml_does() {
    let out = emitted(SAMPLES[2], true);
    assert!(out.contains("when: 2024-01-01T00:00:00.000Z\n"), "{out}");
    assert!(out.contains("not-a-date: 2023-08-06T00:00\n"), "{out}");
    assert!(out.contains("quoted: '2024-01-01'\n"), "{out}");
    assert!(out.contains("hex: 31\n"), "{out}");
}

#[test]
fn writing_then_reading_gives_the_same_document() {
    for s in SAMPLES {
        let once = emitted(s, true);
        assert_eq!(emitted(&once, true), once);
        assert_eq!(emitted(&once, false), once);
    }
}

#[test]
fn numbers_are_written_as_javascript_prints_them() {
    let out = emitted(
        "a: 0.040991260400811774\nb: 0.0000001\nc: 1e21\nd: -0.0\ne: 100\n",
        false,
    );
    assert_eq!(
        out,
        "a: 0.040991260400811774\nb: 1.e-7\nc: 1e+21\nd: -0.0\ne: 100\n"
    );
}
