//! The activity file's one writer and one reader: what is written reads back as the same value,
//! and a broken file is refused with its file, line and column.

use proptest::prelude::*;
use sero_core::impact::Scope;
use sero_manifest::activity::{self, ActivityFile, ActivityRow, ActivityValue, ROW_KEYS};

fn written(file: &ActivityFile) -> String {
    let mut text =
        serde_json::to_string_pretty(&serde_json::Value::Object(activity::to_json(file)))
            .expect("JSON");
    text.push('\n');
    text
}

fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 éü£€:/._\\-\"\\\\]{0,16}"
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |n| n.is_finite()),
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64),
        (0.0f64..1e4),
    ]
}

fn value() -> impl Strategy<Value = ActivityValue> {
    prop_oneof![
        number().prop_map(ActivityValue::Number),
        text().prop_map(ActivityValue::Text),
        any::<bool>().prop_map(ActivityValue::Bool),
        (0.0f64..1e6).prop_map(|n| ActivityValue::quantity(n, "kWh")),
    ]
}

/// Pairs with distinct names (a JSON object's keys are unique), none of them in `reserved`.
fn named<T: std::fmt::Debug + Clone>(
    item: impl Strategy<Value = T>,
    reserved: &'static [&'static str],
) -> impl Strategy<Value = Vec<(String, T)>> {
    prop::collection::vec(("[a-z_:]{1,10}", item), 0..5).prop_map(move |pairs| {
        let mut seen = std::collections::HashSet::new();
        pairs
            .into_iter()
            .filter(|(k, _)| !reserved.contains(&k.as_str()) && seen.insert(k.clone()))
            .collect()
    })
}

fn scope() -> impl Strategy<Value = Option<Scope>> {
    prop_oneof![
        Just(None),
        Just(Some(Scope::Scope1)),
        Just(Some(Scope::Scope2)),
        (1u8..=15).prop_map(|c| Some(Scope::Scope3(c))),
    ]
}

fn row() -> impl Strategy<Value = ActivityRow> {
    (
        named(text(), &[]),
        prop::option::of("[a-z-]{1,12}"),
        scope(),
        named(value(), &[]),
        named(number(), ROW_KEYS),
    )
        .prop_map(|(labels, model, scope, inputs, figures)| ActivityRow {
            labels,
            model,
            scope,
            inputs,
            figures,
        })
}

fn file() -> impl Strategy<Value = ActivityFile> {
    (
        text(),
        prop::option::of("[a-z-]{1,12}"),
        prop::collection::vec(row(), 0..6),
    )
        .prop_map(|(produced_by, model, rows)| ActivityFile {
            produced_by,
            model,
            rows,
        })
}

proptest! {
    #[test]
    fn what_is_written_reads_back_the_same(file in file()) {
        let text = written(&file);
        let read = activity::parse(&text, "usage.json")
            .unwrap_or_else(|e| panic!("{e}\n{text}"));
        prop_assert_eq!(read, file);
    }
}

#[test]
fn a_file_of_each_producer_reads_back_the_same() {
    let file = ActivityFile {
        produced_by: "sero import inventory estate.csv".to_owned(),
        model: None,
        rows: vec![
            ActivityRow {
                labels: vec![
                    ("asset".to_owned(), "laptop".to_owned()),
                    ("line".to_owned(), "2".to_owned()),
                ],
                model: Some("electricity".to_owned()),
                scope: Some(Scope::Scope3(1)),
                inputs: vec![
                    ("energy".to_owned(), ActivityValue::quantity(12.5, "kWh")),
                    ("grid".to_owned(), ActivityValue::Text("GBR".to_owned())),
                ],
                figures: vec![("co2e_kg".to_owned(), 2.6), ("lines".to_owned(), 3.0)],
            },
            ActivityRow {
                model: Some("reported".to_owned()),
                inputs: vec![("co2e".to_owned(), ActivityValue::Number(0.5))],
                ..ActivityRow::default()
            },
        ],
    };
    let text = written(&file);
    assert!(
        text.contains("\"lines\": 3\n"),
        "a count is written whole:\n{text}"
    );
    assert_eq!(activity::parse(&text, "usage.json").unwrap(), file);
}

/// A row's `inputs` given as text: refused at the value, line 7, column 17.
#[test]
fn an_input_of_the_wrong_type_is_located() {
    let text = r#"{
  "sero_activity": 1,
  "produced_by": "by hand",
  "rows": [
    {
      "model": "electricity",
      "inputs": "12 kWh"
    }
  ]
}
"#;
    let error = activity::parse(text, "usage.json").unwrap_err();
    assert_eq!(error.location, "usage.json:7:17");
    assert_eq!(
        error.diagnostic.message,
        sero_core::msg!(
            "manifest-must-be-mapping",
            what = sero_core::msg!("manifest-what-key", key = "inputs")
        )
    );
    let rendered = error.render(&crate::support::english);
    assert!(
        rendered.contains("error: `inputs` must be a mapping of keys to values"),
        "{rendered}"
    );
}

/// A row without `inputs`: refused at the row's opening brace.
#[test]
fn a_missing_key_is_located() {
    let text = r#"{
  "sero_activity": 1,
  "rows": [
    {"labels": {"service": "blue-badge"}, "model": "cloud"},
    {"labels": {"service": "parking"}, "model": "cloud", "inputs": {"energy": "1 kWh"}}
  ]
}
"#;
    let error = activity::parse(text, "usage.json").unwrap_err();
    assert_eq!(error.location, "usage.json:4:5");
    assert_eq!(
        error.diagnostic.message,
        sero_core::msg!(
            "manifest-missing-key",
            what = sero_core::msg!("manifest-what-row"),
            key = "inputs"
        )
    );
}

/// A figure beside the inputs that is not a number, and a file without `sero_activity`.
#[test]
fn a_figure_that_is_not_a_number_and_a_file_that_is_not_an_activity_file_are_located() {
    let text = "{\"sero_activity\": 1, \"rows\": [{\"inputs\": {}, \"cost\": \"£3\"}]}";
    let error = activity::parse(text, "usage.json").unwrap_err();
    assert_eq!(error.location, "usage.json:1:54");
    let error = activity::parse("{\"rows\": []}", "usage.json").unwrap_err();
    assert_eq!(error.location, "usage.json:1:1");
    assert_eq!(
        error.diagnostic.message,
        sero_core::msg!("manifest-not-activity-file")
    );
}
