//! The JSON Schema of manifests (draft 2020-12), generated from the same lists of keys the
//! reader accepts and from each model's inputs, so it cannot drift from what sero reads.

use serde_json::{Value, json};

use sero_core::impact::Element;
use sero_core::model::{DefaultValue, InputKind, InputSpec};
use sero_core::models::Registry;

use crate::manifest::{CHANNEL_KEYS, COMPONENT_KEYS, PERIOD_KEYS, SERVICE_KEYS, TOP_KEYS};

const QUANTITY_PATTERN: &str = r"^\s*[-+]?[0-9][0-9,_]*(\.[0-9]+)?([eE][-+]?[0-9]+)?\s*[^\s0-9].*$";

fn quantity(description: &str) -> Value {
    json!({
        "description": description,
        "anyOf": [
            {"type": "number"},
            {"type": "string", "pattern": QUANTITY_PATTERN}
        ]
    })
}

fn input_schema(input: &InputSpec) -> Value {
    let unit = input.unit_symbol();
    let doc = if unit.is_empty() || unit == "1" {
        input.doc.to_owned()
    } else {
        format!("{} ({unit})", input.doc)
    };
    let mut schema = match input.kind {
        InputKind::Quantity(_) => quantity(&doc),
        InputKind::Bool => json!({"description": doc, "type": "boolean"}),
        InputKind::Text { choices } if !choices.is_empty() => {
            json!({"description": doc, "type": "string", "enum": choices})
        }
        InputKind::Text { .. } => json!({"description": doc, "type": "string"}),
        InputKind::IntensityOrCountry => json!({
            "description": doc,
            "anyOf": [{"type": "number", "minimum": 0}, {"type": "string"}]
        }),
        InputKind::Shares { choices } => json!({
            "description": format!("{doc}; shares that add up to 100%"),
            "type": "object",
            "propertyNames": {"enum": choices},
            "additionalProperties": quantity("A fraction (0.4) or a percentage (\"40%\")")
        }),
        InputKind::Points => json!({
            "description": doc,
            "type": "array",
            "items": {"type": "array", "prefixItems": [{"type": "number"}, {"type": "number"}], "minItems": 2, "maxItems": 2}
        }),
    };
    match input.default {
        Some(DefaultValue::Number(n)) => schema["default"] = json!(n),
        Some(DefaultValue::Text(t)) => schema["default"] = json!(t),
        Some(DefaultValue::Bool(b)) => schema["default"] = json!(b),
        _ => {}
    }
    schema
}

fn closed(properties: Value, required: &[&str], keys: &[&str]) -> Value {
    debug_assert!(
        properties
            .as_object()
            .is_some_and(|p| p.len() == keys.len())
    );
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false
    })
}

/// The schema, as a JSON value.
pub fn json_schema(registry: &Registry) -> Value {
    let mut leaves = Vec::new();
    for model in registry.iter() {
        let spec = model.spec();
        let mut properties = serde_json::Map::new();
        for input in spec.inputs {
            properties.insert(input.name.to_owned(), input_schema(input));
        }
        let required: Vec<&str> = spec
            .inputs
            .iter()
            .filter(|i| i.required)
            .map(|i| i.name)
            .collect();
        leaves.push(json!({
            "if": {"properties": {"model": {"const": spec.name}}, "required": ["model"]},
            "then": {"properties": {"inputs": {
                "description": spec.summary,
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": false
            }}}
        }));
    }
    let share = quantity("A fraction (0.4) or a percentage (\"40%\"), at most 100%");
    let component = json!({
        "type": "object",
        "properties": {
            "id": {"type": "string", "description": "Unique id (no `/`)"},
            "name": {"type": "string"},
            "description": {"type": "string"},
            "model": {"type": "string", "enum": registry.names(), "description": "How to compute this component (`sero models`)"},
            "inputs": {"type": "object"},
            "components": {"type": "array", "items": {"$ref": "#/$defs/component"}, "minItems": 1},
            "channel": {"type": "string", "description": "The channel this component belongs to; none = shared by all"},
            "basis": {"enum": ["period", "transaction"], "default": "period", "description": "Whether the inputs describe the whole period or one transaction"},
            "share": share,
            "allocation": {"type": "object", "additionalProperties": share, "description": "Split between channels (must add up to 100%)"},
            "scope": {"type": ["string", "number"], "description": "GHG Protocol scope: 1, 2 or 3.N"},
            "covers": {"enum": Element::keys(), "description": "The element of the service's delivery this component is (hosting, staff-time, post…)"},
            "notes": {"type": "string"},
            "from": {"type": "string", "description": "An activity file (`sero import cloud|inventory|prometheus`, `sero energy`) whose rows make this component"},
            "where": {"type": "object", "additionalProperties": {"type": ["string", "number"]}, "description": "Keep the activity rows whose labels have these values"}
        },
        "required": ["id"],
        "additionalProperties": false,
        "allOf": leaves
    });
    debug_assert_eq!(
        component["properties"].as_object().map(|p| p.len()),
        Some(COMPONENT_KEYS.len())
    );
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:sero:schema:manifest:1",
        "title": "sero service manifest",
        "description": "A digital public service: its functional unit, reporting period, channels and components",
        "type": "object",
        "properties": {
            "sero": {"const": 1, "description": "Manifest format version"},
            "service": closed(json!({
                "name": {"type": "string"},
                "organisation": {"type": "string"},
                "functional_unit": {"type": "string", "description": "What one transaction is: an application, a visit…"},
                "description": {"type": "string"}
            }), &["name", "functional_unit"], SERVICE_KEYS),
            "period": closed(json!({
                "start": {"type": "string", "format": "date"},
                "end": {"type": "string", "format": "date"}
            }), &["start", "end"], PERIOD_KEYS),
            "channels": {"type": "array", "minItems": 1, "items": closed(json!({
                "id": {"type": "string"},
                "name": {"type": "string"},
                "transactions": quantity("Transactions in the period (at least 0)"),
                "description": {"type": "string"},
                "not_applicable": {"type": "array", "items": {"enum": Element::keys()}, "description": "Elements that do not apply to this channel, so their absence is no gap"}
            }), &["id", "transactions"], CHANNEL_KEYS)},
            "components": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/component"}}
        },
        "required": ["service", "period", "channels", "components"],
        "additionalProperties": false,
        "$defs": {"component": component}
    })
}

/// The schema's top-level keys, for tests that hold it to the reader.
pub fn top_keys() -> &'static [&'static str] {
    TOP_KEYS
}
