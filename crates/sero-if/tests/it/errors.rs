//! Failed runs: IF's error, and where in the manifest it is.

use sero_message::Arg;

use crate::{one_plugin, run};

/// 1-based line of a character index in `text`.
fn line_of(text: &str, at: u32) -> usize {
    sero_if::yaml::line_col(text, at as usize).0
}

#[test]
fn a_pipeline_naming_an_undefined_plugin() {
    let text = one_plugin(
        "Sum",
        "{input-parameters: [a], output-parameter: s}",
        "        - {timestamp: x, duration: 1, a: 1}\n",
    )
    .replace("compute: [p]", "compute: [p, missing]");
    let out = run(&text);
    let e = out.failed();
    assert_eq!(
        e.js_string(),
        "PluginInitializationError: Not initalized plugin: missing. Check if missing is in 'manifest.initalize.plugins'."
    );
    assert_eq!(
        line_of(&text, e.at.expect("located")),
        11,
        "the node that names it"
    );
    // The output keeps the manifest as read, with the failure recorded.
    assert_eq!(out.text("execution.status"), "fail");
    assert!(out.get("tree.children.a.outputs").is_none());
}

#[test]
fn a_missing_timestamp_at_its_input() {
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, u: 5}\n        - {duration: 60, u: 5}\n";
    let text = one_plugin(
        "Interpolation",
        "{x: [0, 10], y: [0, 1], input-parameter: u, output-parameter: f}",
        inputs,
    );
    let out = run(&text);
    let e = out.failed();
    assert_eq!(
        e.js_string(),
        "InputValidationError: \"timestamp\" parameter is required at index 1. Error code: invalid_union."
    );
    assert_eq!(
        line_of(&text, e.at.expect("located")),
        15,
        "the second input"
    );
}

#[test]
fn a_non_numeric_parameter() {
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, a: lots}\n";
    let out = run(&one_plugin(
        "Multiply",
        "{input-parameters: [a], output-parameter: s}",
        inputs,
    ));
    assert_eq!(
        out.failed().js_string(),
        "InputValidationError: \"a\" parameter is expected number, received string. Error code: invalid_type."
    );
}

#[test]
fn an_unknown_builtin_and_a_plugin_from_elsewhere() {
    let text = one_plugin("Teleport", "{}", "        - {timestamp: x, duration: 1}\n");
    let out = run(&text);
    let e = out.failed();
    assert_eq!(e.js_string(), "TypeError: plugin is not a function");
    let hint = e.hint.as_ref().expect("a hint");
    assert_eq!(hint.id(), "if-hint-unknown-builtin");
    assert_eq!(hint.get("method"), Some(&Arg::Text("Teleport".to_owned())));
    assert_eq!(
        line_of(&text, e.at.expect("located")),
        4,
        "the plugin's entry"
    );
    let text = one_plugin(
        "TeadsCurve",
        "{}",
        "        - {timestamp: x, duration: 1}\n",
    )
    .replace("path: builtin", "path: '@grnsft/if-unofficial-plugins'");
    let e = run(&text).failed().clone();
    assert_eq!(e.class, "PluginInitializationError");
    assert!(
        e.message
            .contains("@grnsft/if-unofficial-plugins:TeadsCurve"),
        "{}",
        e.message
    );
}

#[test]
fn shell_and_urls_are_refused_clearly() {
    let out = run(&one_plugin(
        "Shell",
        "{command: 'python3 x.py'}",
        "        - {timestamp: x, duration: 1}\n",
    ));
    assert!(
        out.failed()
            .message
            .contains("does not run the Shell builtin")
    );
    let config = "{filepath: 'https://example.org/data.csv', query: {a: a}, output: '*'}";
    let out = run(&one_plugin(
        "CSVLookup",
        config,
        "        - {timestamp: x, duration: 1, a: 1}\n",
    ));
    let e = out.failed();
    assert_eq!(e.class, "FetchingFileError");
    let hint = e.hint.as_ref().expect("a hint");
    assert_eq!(hint.id(), "if-hint-fetch");
    assert_eq!(
        hint.get("url"),
        Some(&Arg::Text("https://example.org/data.csv".to_owned()))
    );
}

#[test]
fn a_manifest_without_a_name_fails_validation() {
    let text = one_plugin(
        "Sum",
        "{input-parameters: [a], output-parameter: s}",
        "        - {a: 1}\n",
    )
    .replace("name: t\n", "");
    assert_eq!(
        run(&text).failed().js_string(),
        "ManifestValidationError: \"name\" parameter is required. Error code: invalid_type."
    );
}

#[test]
fn syntax_errors_do_not_run() {
    let e = sero_if::run("name: x\ntree: {a: [1, 2}\n", &sero_if::Options::default())
        .err()
        .expect("refused");
    assert!(e.at > 0);
}
