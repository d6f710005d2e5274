//! The activity file: each row, read back the way a manifest reader would (quantities parsed
//! with `sero_core::units::parse_quantity`) and evaluated as a manifest component, gives the
//! row's own figures.

use serde_json::Value;
use sero_core::evaluate::{Options, assess};
use sero_core::impact::{Kind, Scope};
use sero_core::model::{InputKind, InputValue, Inputs};
use sero_core::models::Registry;
use sero_core::service::{Basis, Component, Date, Period, Service};
use sero_core::units::parse_quantity;

use super::{assert_close, inventory, library};

fn inputs_of(registry: &Registry, model: &str, json: &Value) -> Inputs {
    let spec = registry.get(model).expect("a bundled model").spec();
    let mut inputs = Inputs::new();
    for (name, value) in json.as_object().expect("inputs object") {
        let input = spec
            .input(name)
            .unwrap_or_else(|| panic!("`{name}` is an input of `{model}`"));
        let parsed = match (&input.kind, value) {
            (InputKind::Quantity(unit), Value::String(text)) => {
                InputValue::Number(parse_quantity(text, unit).expect("a quantity"))
            }
            (InputKind::IntensityOrCountry, Value::String(text)) => InputValue::Text(text.clone()),
            (_, Value::Number(n)) => InputValue::Number(n.as_f64().unwrap()),
            (_, Value::String(text)) => InputValue::Text(text.clone()),
            (_, Value::Bool(b)) => InputValue::Bool(*b),
            (_, other) => panic!("unexpected input {other}"),
        };
        inputs.set(input.name, parsed);
    }
    inputs
}

#[test]
fn activity_rows_evaluate_to_the_rows_figures() {
    let inv = inventory(
        "asset,count,age_years,power_w,location,hosting,embodied_kg,annual_kwh\n\
         laptop,12,1,,GBR,,,\nlaptop,3,9,,GBR,,,\nmonitor,4,,,IRL,,,\n\
         switch,2,,,,,,\nserver,3,,,,colocation,2000,\ncloud,,,,FRA,,,900\n",
    );
    let document = sero_inventory::export::activity_document(&inv, "sero import inventory t.csv");
    assert_eq!(document["sero_activity"], 1);
    assert_eq!(document["produced_by"], "sero import inventory t.csv");
    let rows = document["rows"].as_array().unwrap();
    assert_eq!(rows.len(), inv.rows.len());
    let registry = Registry::bundled();
    let components: Vec<Component> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let model = row["model"].as_str().unwrap();
            let mut component = Component::leaf(
                &format!("c{i}"),
                model,
                inputs_of(&registry, model, &row["inputs"]),
            );
            component.basis = Some(Basis::Period);
            component.scope = row["scope"].as_str().and_then(Scope::parse);
            component
        })
        .collect();
    let year = Period {
        start: Date::parse("2026-01-01").unwrap(),
        end: Date::parse("2026-12-31").unwrap(),
    };
    let service = Service {
        name: "from activity".to_owned(),
        organisation: None,
        functional_unit: "year".to_owned(),
        period: year,
        channels: Vec::new(),
        components,
    };
    let assessment = assess(&service, &registry, &library(), Options::default());
    for (row, component) in inv.rows.iter().zip(&assessment.components) {
        assert_eq!(component.error, None, "line {}", row.line);
        assert_close(
            component.impact.kind_co2e_kg(Kind::Embodied),
            row.embodied_kg,
            &format!("embodied, line {}", row.line),
        );
        assert_close(
            component.impact.kind_co2e_kg(Kind::Operational),
            row.operational_kg,
            &format!("operational, line {}", row.line),
        );
    }
    assert_eq!(rows[0]["labels"]["asset"], "laptop");
    assert_eq!(rows[0]["labels"]["line"], "2");
    assert_eq!(rows[5]["scope"], "scope-3-cat-1");
    assert!(
        rows[1]["inputs"]["embodied"]
            .as_str()
            .unwrap()
            .starts_with("0 ")
    );
}
