use sero_energy::prometheus::{MetricType, parse, parse_value};

use crate::fixture;

#[test]
fn scaphandre_exposition() {
    let e = parse(&fixture("scaphandre-1.prom")).unwrap();
    assert_eq!(e.samples.len(), 8);
    let family = e.family("scaph_host_energy_microjoules").unwrap();
    assert_eq!(family.kind, Some(MetricType::Counter));
    assert_eq!(
        family.help.as_deref(),
        Some("Raw extracted energy value (in microjoules) for the host.")
    );
    let host = &e.samples[2];
    assert_eq!(host.name, "scaph_host_energy_microjoules");
    assert_eq!(host.value, 114_591_476_044.0);
    assert_eq!(host.line, 9);
    assert_eq!(host.timestamp_ms, None);
    // An escaped quote inside a label value.
    let node = &e.samples[6];
    assert_eq!(node.label("exe"), Some("node"));
    assert_eq!(
        node.label("cmdline"),
        Some("node server.js --title \"Blue Badge\"")
    );
}

#[test]
fn labels_escapes_timestamps_and_special_values() {
    let text = "# A free comment\n\
        # HELP m A help with a \\\\ backslash\\nand a new line\n\
        # TYPE m gauge\n\
        m{a=\"x\\\\y\",b=\"line\\nbreak\",c=\"q\\\"\",} NaN 1700000000000\n\
        m{a=\"2\"} +Inf\n\
        m{a=\"3\"}\t-Inf  -5\n\
        m 1.5e3\n\
        \n\
        other_total{ a = \"1\" } 2\r\n";
    let e = parse(text).unwrap();
    assert_eq!(
        e.family("m").unwrap().help.as_deref(),
        Some("A help with a \\ backslash\nand a new line")
    );
    let s = &e.samples;
    assert_eq!(s.len(), 5);
    assert_eq!(
        s[0].labels,
        [
            ("a".to_owned(), "x\\y".to_owned()),
            ("b".to_owned(), "line\nbreak".to_owned()),
            ("c".to_owned(), "q\"".to_owned()),
        ]
    );
    assert!(s[0].value.is_nan());
    assert_eq!(s[0].timestamp_ms, Some(1_700_000_000_000));
    assert_eq!(s[1].value, f64::INFINITY);
    assert_eq!(s[2].value, f64::NEG_INFINITY);
    assert_eq!(s[2].timestamp_ms, Some(-5));
    assert_eq!(s[3].value, 1500.0);
    assert_eq!(s[4].labels, [("a".to_owned(), "1".to_owned())]);
    assert_eq!(s[4].line, 9);
}

#[test]
fn errors_give_line_and_column() {
    let cases: [(&str, usize, usize, &str); 9] = [
        ("m{a=\"1} 2\n", 1, 10, "prometheus-error-unterminated-label"),
        ("ok 1\nm{a=1} 2\n", 2, 5, "prometheus-error-unquoted-value"),
        ("m{a=\"\\t\"} 2\n", 1, 6, "prometheus-error-invalid-escape"),
        (
            "m{a=\"1\" b=\"2\"} 2\n",
            1,
            9,
            "prometheus-error-expected-comma",
        ),
        (
            "m{a=\"1\",a=\"2\"} 2\n",
            1,
            9,
            "prometheus-error-label-twice",
        ),
        ("m twelve\n", 1, 3, "prometheus-error-not-a-number"),
        ("m 1 soon\n", 1, 5, "prometheus-error-not-a-timestamp"),
        ("m\n", 1, 2, "prometheus-error-no-value"),
        (
            "# TYPE m speedometer\n",
            1,
            10,
            "prometheus-error-unknown-type",
        ),
    ];
    for (text, line, column, message) in cases {
        let error = parse(text).unwrap_err();
        assert_eq!(
            (error.line, error.column),
            (line, column),
            "{text:?}: {error}"
        );
        assert_eq!(error.message.id(), message, "{text:?}: {error}");
    }
}

#[test]
fn type_rules() {
    // After its samples.
    let error = parse("m 1\n# TYPE m gauge\n").unwrap_err();
    assert_eq!(error.line, 2);
    // Repeated the same (several scrapes one after the other): fine; conflicting: refused.
    parse("# TYPE m gauge\nm 1 1\n# TYPE m gauge\nm 2 2\n").unwrap();
    let error = parse("# TYPE m gauge\nm 1\n# TYPE m counter\n").unwrap_err();
    assert_eq!(error.line, 3);
    assert_eq!(
        error.message.id(),
        "prometheus-error-second-type",
        "{error}"
    );
}

#[test]
fn values_as_go_parses_them() {
    assert_eq!(parse_value("12"), Some(12.0));
    assert_eq!(parse_value("-0.5e-3"), Some(-0.0005));
    assert_eq!(parse_value("+Inf"), Some(f64::INFINITY));
    assert!(parse_value("NaN").unwrap().is_nan());
    assert_eq!(parse_value("0x10"), None);
    assert_eq!(parse_value(""), None);
    assert_eq!(parse_value("1,5"), None);
}
