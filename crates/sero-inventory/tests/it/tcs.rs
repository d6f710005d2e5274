//! The Tech Carbon Standard export validated against a JSON Schema of v0.1.0 written from the
//! standard's documentation (`tests/data/tech-carbon-standard-v0.1.0.schema.json`).
//!
//! The validator below covers the keywords that schema uses (`type`, `properties`,
//! `required`, `additionalProperties: false`, `enum`, `minimum`, local `$ref`); the tests
//! show it rejects each kind of violation before trusting it to accept the export.

use serde_json::{Value, json};

use super::inventory;

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/tech-carbon-standard-v0.1.0.schema.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("schema file")).expect("schema JSON")
}

/// Every violation of `schema` by `value`, as `pointer: problem`.
fn violations(root: &Value, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let pointer = reference.trim_start_matches('#');
        let target = root.pointer(pointer).expect("a resolvable $ref");
        violations(root, target, value, at, out);
    }
    if let Some(kind) = schema.get("type").and_then(Value::as_str) {
        let ok = match kind {
            "object" => value.is_object(),
            "string" => value.is_string(),
            "number" => value.is_number(),
            other => panic!("type `{other}` is not used by the schema"),
        };
        if !ok {
            out.push(format!("{at}: not a {kind}"));
            return;
        }
    }
    if let Some(choices) = schema.get("enum").and_then(Value::as_array)
        && !choices.contains(value)
    {
        out.push(format!("{at}: {value} not in enum"));
    }
    if let Some(minimum) = schema.get("minimum").and_then(Value::as_f64)
        && value.as_f64().is_some_and(|v| v < minimum)
    {
        out.push(format!("{at}: below {minimum}"));
    }
    let Some(object) = value.as_object() else {
        return;
    };
    let properties = schema.get("properties").and_then(Value::as_object);
    for required in schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = required.as_str().expect("required names");
        if !object.contains_key(name) {
            out.push(format!("{at}: missing `{name}`"));
        }
    }
    for (name, child) in object {
        match properties.and_then(|p| p.get(name)) {
            Some(child_schema) => {
                violations(root, child_schema, child, &format!("{at}/{name}"), out)
            }
            None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                out.push(format!("{at}: `{name}` is not allowed"))
            }
            None => {}
        }
    }
}

fn validate(value: &Value) -> Vec<String> {
    let schema = schema();
    let mut out = Vec::new();
    violations(&schema, &schema, value, "", &mut out);
    out
}

#[test]
fn the_validator_rejects_each_kind_of_violation() {
    assert_eq!(
        validate(&json!({"schema_version": "0.1.0"})),
        Vec::<String>::new()
    );
    let cases = [
        (json!({}), "missing `schema_version`"),
        (json!({"schema_version": "0.0.2"}), "not in enum"),
        (
            json!({"schema_version": "0.1.0", "total": 1}),
            "`total` is not allowed",
        ),
        (
            json!({"schema_version": "0.1.0", "upstream_emissions": {"employee_hardware": {"emissions": -1}}}),
            "below 0",
        ),
        (
            json!({"schema_version": "0.1.0", "upstream_emissions": {"employee_hardware": {"notes": "x"}}}),
            "missing `emissions`",
        ),
        (
            json!({"schema_version": "0.1.0", "upstream_emissions": {"employee_hardware": {"emissions": 1, "method": "location-based"}}}),
            "`method` is not allowed",
        ),
        (
            json!({"schema_version": "0.1.0", "direct_emissions": {"servers": {"emissions": 1, "method": "guess"}}}),
            "not in enum",
        ),
        (
            json!({"schema_version": "0.1.0", "direct_emissions": {"servers": {"emissions": 1, "notes": ["a"]}}}),
            "not a string",
        ),
        (
            json!({"schema_version": "0.1.0", "downstream_emissions": {"end_user_devices": {"emissions": 1}}}),
            "`end_user_devices` is not allowed",
        ),
    ];
    for (document, expected) in cases {
        let found = validate(&document);
        assert!(
            found.iter().any(|v| v.contains(expected)),
            "{document}: expected `{expected}`, got {found:?}"
        );
    }
}

#[test]
fn the_export_of_a_mixed_estate_validates() {
    let inv = inventory(
        "asset,count,annual_kwh,disposed,disposal_route,disposed_kg\n\
         laptop,10,,2,recycle,4\nmonitor,5,,,,\nwifi-ap,2,,,,\nserver,1,,,,\ncloud,,100,,,\nsaas,,50,,,\n",
    );
    let document = sero_inventory::export::tcs_document(&inv);
    assert_eq!(validate(&document), Vec::<String>::new(), "{document:#}");
    assert_eq!(document["schema_version"], "0.1.0");
    assert_eq!(
        document["direct_emissions"]["servers"]["method"],
        "location-based"
    );
    // Only categories the inventory covers are written: nothing claims a zero it never measured.
    assert!(document.get("downstream_emissions").is_none());
    assert!(document["upstream_emissions"].get("software").is_none());
    let sum: f64 = [
        "upstream_emissions",
        "direct_emissions",
        "indirect_emissions",
    ]
    .iter()
    .flat_map(|g| document[g].as_object().unwrap().values())
    .map(|e| e["emissions"].as_f64().unwrap())
    .sum();
    super::assert_close(sum, inv.co2e_kg(), "TCS sum");
}
