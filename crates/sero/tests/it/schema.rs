//! Every JSON document sero writes, checked against the JSON Schema that `sero schema
//! --document NAME` prints, with `boon` (draft 2020-12).
//!
//! The commands that need no server run here, on the repository's examples and the fixtures the
//! other modules use: estimate, compare, sci, factors, transfer, the three imports (with their
//! activity files), energy (its report and activity file) and the grid's offline answer. The
//! documents that need a loopback server (`page`, `journey`, `grid now|forecast|window`) are
//! checked where their modules run them: [`crate::Run::json`] validates every document a test
//! reads. A broken document shows that the check can fail.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use serde_json::{Value, json};

use crate::energy::{energy_fixture, no_rapl, run_env};
use crate::{Sandbox, example, fixture};

/// The schemas printed by `sero schema --document NAME`, by name.
static SCHEMAS: Mutex<Option<HashMap<String, Value>>> = Mutex::new(None);

fn schema_of(name: &str) -> Value {
    let mut cache = SCHEMAS.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(schema) = cache.get(name) {
        return schema.clone();
    }
    let text = Sandbox::new()
        .run(&["schema", "--document", name])
        .success();
    let schema: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("the schema of `{name}` is not JSON ({e})"));
    cache.insert(name.to_owned(), schema.clone());
    schema
}

/// Checks `document` against `schema`; the validator's whole report when it does not match.
fn check(schema: &Value, document: &Value) -> Result<(), String> {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.set_default_draft(boon::Draft::V2020_12);
    let url = "https://sero.invalid/schema.json";
    compiler
        .add_resource(url, schema.clone())
        .map_err(|e| format!("the schema does not load: {e:#}"))?;
    let index = compiler
        .compile(url, &mut schemas)
        .map_err(|e| format!("the schema does not compile: {e:#}"))?;
    schemas
        .validate(document, index)
        .map_err(|e| format!("{e:#}"))
}

/// Checks a document against the schema of the document it names (`"document": NAME`).
pub(crate) fn validate(document: &Value) -> Result<(), String> {
    let name = document["document"]
        .as_str()
        .ok_or_else(|| "the document does not say which it is (`document`)".to_owned())?;
    check(&schema_of(name), document)
}

#[track_caller]
pub(crate) fn assert_valid(document: &Value) {
    if let Err(report) = validate(document) {
        panic!(
            "the `{}` document does not match its schema:\n{report}",
            document["document"]
        );
    }
}

#[track_caller]
fn assert_file_valid(sandbox: &Sandbox, name: &str, document: &str) {
    let value: Value = serde_json::from_str(&sandbox.read(name))
        .unwrap_or_else(|e| panic!("`{name}` is not JSON ({e})"));
    assert_eq!(value["document"], document, "`{name}`");
    assert_valid(&value);
}

fn names() -> Vec<String> {
    Sandbox::new()
        .run(&["schema", "--list"])
        .success()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_document_has_a_2020_12_schema_and_the_manifest_s_is_the_default() {
    let names = names();
    for expected in [
        "manifest",
        "estimate",
        "compare",
        "sci",
        "page",
        "journey",
        "energy",
        "import-cloud",
        "import-inventory",
        "import-prometheus",
        "activity",
        "grid-now",
        "grid-forecast",
        "grid-window",
        "grid-offline",
        "factors",
        "transfer",
    ] {
        assert!(names.iter().any(|n| n == expected), "no `{expected}`");
    }
    for name in names.iter().filter(|n| *n != "manifest") {
        let schema = schema_of(name);
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}"
        );
        // It compiles, and it refuses what is not an object.
        assert!(check(&schema, &json!([])).is_err(), "{name}");
    }
    let sandbox = Sandbox::new();
    assert_eq!(
        sandbox.run(&["schema"]).success(),
        sandbox.run(&["schema", "--document", "manifest"]).success()
    );
    let message = sandbox
        .run(&["schema", "--document", "estimates"])
        .refused();
    assert!(message.contains("`estimates`"), "{message}");
    assert!(message.contains("--list"), "{message}");
}

#[test]
fn the_estimate_compare_and_sci_documents_match_their_schemas() {
    let sandbox = Sandbox::new();
    for manifest in ["blue-badge-wales.yaml", "report-a-pothole.toml"] {
        let path = example(manifest);
        let path = path.to_str().unwrap();
        for args in [
            vec!["estimate", path, "--format", "json"],
            vec!["compare", path, "--format", "json"],
            vec!["sci", path, "--format", "json"],
            vec!["sci", path, "--per", "period", "--format", "json"],
        ] {
            let doc = sandbox.run(&args).json();
            // The period's dates, as the manifest gives them.
            assert!(
                doc["period"]["start"].as_str().unwrap().len() == 10,
                "{args:?}"
            );
        }
    }
    let wales = example("blue-badge-wales.yaml");
    sandbox
        .run(&[
            "compare",
            wales.to_str().unwrap(),
            "--shift",
            "paper:online=25%",
            "--format",
            "json",
        ])
        .json();
}

#[test]
fn the_factors_transfer_and_offline_grid_documents_match_their_schemas() {
    let sandbox = Sandbox::new();
    let factors = sandbox.run(&["factors", "--format", "json"]).json();
    assert!(factors["factors"].as_array().unwrap().len() > 200);
    for args in [
        vec!["transfer", "--bytes", "2345678", "--format", "json"],
        vec!["transfer", "--bytes", "1000", "--green", "--format", "json"],
        vec!["grid", "now", "--offline", "--format", "json"],
        vec![
            "grid",
            "window",
            "--duration",
            "1h",
            "--offline",
            "--format",
            "json",
        ],
    ] {
        sandbox.run(&args).json();
    }
}

#[test]
fn the_import_documents_and_their_activity_files_match_their_schemas() {
    let sandbox = Sandbox::new();
    let estate = example("welsh-council-estate.csv");
    sandbox
        .run(&[
            "import",
            "inventory",
            estate.to_str().unwrap(),
            "--format",
            "json",
            "--activity",
            "estate.json",
        ])
        .json();
    assert_file_valid(&sandbox, "estate.json", "activity");
    for bill in ["aws-cur", "aws-cur-athena", "azure-export", "gcp-billing"] {
        let path = fixture(&format!("cloud/{bill}.csv"));
        let activity = format!("{bill}.json");
        sandbox
            .run(&[
                "import",
                "cloud",
                path.to_str().unwrap(),
                "--keep-going",
                "--format",
                "json",
                "--activity",
                &activity,
            ])
            .json();
        assert_file_valid(&sandbox, &activity, "import-cloud");
    }
    sandbox.write(
        "kepler-federate.prom",
        &energy_fixture("kepler-federate.prom"),
    );
    sandbox
        .run(&[
            "import",
            "prometheus",
            "kepler-federate.prom",
            "--metric",
            "kepler_process_cpu_joules_total",
            "--activity",
            "kepler.json",
            "--country",
            "GBR",
            "--format",
            "json",
        ])
        .json();
    assert_file_valid(&sandbox, "kepler.json", "activity");
}

#[test]
fn the_energy_report_and_its_activity_file_match_their_schemas() {
    let sandbox = Sandbox::new();
    let root = no_rapl(&sandbox);
    let run = run_env(
        &sandbox,
        &[
            "energy",
            "--format",
            "json",
            "--output",
            "run.json",
            "--activity",
            "activity.json",
            "--",
            "true",
        ],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_file_valid(&sandbox, "run.json", "energy");
    assert_file_valid(&sandbox, "activity.json", "activity");
}

#[test]
fn produced_at_is_source_date_epoch_or_now() {
    let sandbox = Sandbox::new();
    let args = ["transfer", "--bytes", "1000", "--format", "json"];
    // `Sandbox::run` pins it.
    let pinned = sandbox.run(&args).json();
    assert_eq!(pinned["produced_at"], "2026-01-01T00:00:00Z");
    let other = run_env(
        &sandbox,
        &args,
        &[("SOURCE_DATE_EPOCH", Path::new("1767229199"))],
    );
    let doc: Value = serde_json::from_str(&other.stdout).unwrap();
    assert_eq!(doc["produced_at"], "2026-01-01T00:59:59Z");
    let refused = run_env(
        &sandbox,
        &args,
        &[("SOURCE_DATE_EPOCH", Path::new("yesterday"))],
    );
    assert_eq!(refused.code, 2);
    assert!(
        refused.stderr.contains("SOURCE_DATE_EPOCH"),
        "{}",
        refused.stderr
    );
}

/// The check can fail: a real document, broken three ways, is refused each time with the place
/// of the fault.
#[test]
fn a_broken_document_is_refused_where_it_is_broken() {
    let wales = example("blue-badge-wales.yaml");
    let good = Sandbox::new()
        .run(&["estimate", wales.to_str().unwrap(), "--format", "json"])
        .json();
    assert_eq!(validate(&good), Ok(()));

    let mut missing = good.clone();
    missing["total"].as_object_mut().unwrap().remove("co2e_kg");
    let report = validate(&missing).unwrap_err();
    assert!(
        report.contains("/total") && report.contains("co2e_kg"),
        "{report}"
    );

    let mut wrong_type = good.clone();
    wrong_type["components"][0]["explain"]["factors"][0]["range"]["low"] = json!("0.1");
    let report = validate(&wrong_type).unwrap_err();
    assert!(
        report.contains("/components/0/explain/factors/0/range/low"),
        "{report}"
    );

    let mut unknown = good;
    unknown["total"]["co2e_tonnes"] = json!(1.0);
    let report = validate(&unknown).unwrap_err();
    assert!(report.contains("co2e_tonnes"), "{report}");
}

/// The activity file's schema refuses a row whose inputs are not an object.
#[test]
fn a_broken_activity_file_is_refused() {
    let sandbox = Sandbox::new();
    let root = no_rapl(&sandbox);
    let run = run_env(
        &sandbox,
        &["energy", "--activity", "activity.json", "--", "true"],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut activity: Value = serde_json::from_str(&sandbox.read("activity.json")).unwrap();
    assert_eq!(validate(&activity), Ok(()));
    activity["rows"][0]["inputs"] = json!("1 kWh");
    let report = validate(&activity).unwrap_err();
    assert!(report.contains("/rows/0/inputs"), "{report}");
}
