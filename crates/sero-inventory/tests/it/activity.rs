//! The activity file, read back the way a manifest reader does: rows grouped by model and by
//! their inputs that are not quantities, quantities added up, each group evaluated as a
//! manifest component. The groups must give the inventory's own figures, whatever rows a
//! `where:` selects, so no per-unit figure may be in the file.

use serde_json::Value;
use sero_core::evaluate::{Options, assess};
use sero_core::impact::Scope;
use sero_core::model::{InputKind, InputValue, Inputs};
use sero_core::models::Registry;
use sero_core::service::{Basis, Component, Date, Period, Service};
use sero_core::units::parse_quantity;

use super::{assert_close, inventory, library};

/// The activity file as its one writer writes it.
fn written(inv: &sero_inventory::estimate::Inventory, produced_by: &str) -> Value {
    Value::Object(sero_manifest::activity::to_json(
        &sero_inventory::export::activity_file(inv, produced_by),
    ))
}

/// Groups `rows` as a manifest reader does and returns one component per group.
fn grouped(registry: &Registry, rows: &[&Value]) -> Vec<Component> {
    let mut groups: Vec<(String, String, Inputs, Option<Scope>)> = Vec::new();
    for row in rows {
        let model = row["model"].as_str().expect("a model on every row");
        let spec = registry.get(model).expect("a bundled model").spec();
        let mut key = model.to_owned();
        let mut fixed = Inputs::new();
        let mut sums = Vec::new();
        for (name, value) in row["inputs"].as_object().expect("inputs") {
            let input = spec
                .input(name)
                .unwrap_or_else(|| panic!("`{name}` is an input of `{model}`"));
            match (&input.kind, value) {
                (InputKind::Quantity(unit), Value::String(text)) => {
                    sums.push((input.name, parse_quantity(text, unit).expect("a quantity")))
                }
                (InputKind::Quantity(_), other) => panic!("quantity written as {other}"),
                (_, Value::String(text)) => {
                    key.push_str(&format!("|{name}={text}"));
                    fixed.set(input.name, InputValue::Text(text.clone()));
                }
                (_, other) => panic!("unexpected input {other}"),
            }
        }
        let index = match groups.iter().position(|g| g.0 == key) {
            Some(i) => i,
            None => {
                let scope = row["scope"].as_str().and_then(Scope::parse);
                groups.push((key, model.to_owned(), fixed, scope));
                groups.len() - 1
            }
        };
        for (name, v) in sums {
            let total = groups[index].2.number(name).unwrap_or(0.0) + v;
            groups[index].2.set(name, InputValue::Number(total));
        }
    }
    groups
        .into_iter()
        .enumerate()
        .map(|(i, (_, model, inputs, scope))| {
            let mut component = Component::leaf(&format!("g{i}"), &model, inputs);
            component.basis = Some(Basis::Period);
            component.scope = scope;
            component
        })
        .collect()
}

fn evaluate(components: Vec<Component>) -> f64 {
    let service = Service {
        name: "from activity".to_owned(),
        organisation: None,
        functional_unit: "year".to_owned(),
        period: Period {
            start: Date::parse("2026-01-01").unwrap(),
            end: Date::parse("2026-12-31").unwrap(),
        },
        channels: Vec::new(),
        components,
    };
    let assessment = assess(
        &service,
        &Registry::bundled(),
        &library(),
        Options::default(),
    );
    for c in &assessment.components {
        assert_eq!(c.error, None, "{}", c.id);
    }
    assessment.co2e_kg()
}

const ESTATE: &str = "asset,count,age_years,hours_per_year,power_w,location,hosting,embodied_kg,disposed,disposal_route,disposed_kg,annual_kwh\n\
    laptop,12,1,,,GBR,,,,,,\n\
    laptop,3,9,,,GBR,,,2,recycle,4,\n\
    laptop,5,,2000,25,GBR,,,,,,\n\
    monitor,4,,,,IRL,,,,,,\n\
    wifi-ap,2,,,,,,,,,,\n\
    server,3,,,,,colocation,2000,,,,\n\
    server,2,,,300,,on-premise,,,,,\n\
    cloud,,,,,FRA,,,,,,900\n";

#[test]
fn each_line_of_the_activity_file_gives_the_lines_figures() {
    let inv = inventory(ESTATE);
    let document = written(&inv, "sero import inventory t.csv");
    assert_eq!(document["sero_activity"], 1);
    assert_eq!(document["produced_by"], "sero import inventory t.csv");
    let registry = Registry::bundled();
    let rows: Vec<&Value> = document["rows"].as_array().unwrap().iter().collect();
    for line in &inv.rows {
        let of_line: Vec<&Value> = rows
            .iter()
            .copied()
            .filter(|r| r["labels"]["line"].as_str() == Some(line.line.to_string().as_str()))
            .collect();
        assert!(!of_line.is_empty(), "line {}", line.line);
        let kg = evaluate(grouped(&registry, &of_line));
        assert_close(kg, line.co2e_kg(), &format!("line {}", line.line));
    }
    // A laptop line on the archetype's defaults stays an `end-user-device` row.
    assert_eq!(rows[0]["model"], "end-user-device");
    assert_eq!(rows[0]["labels"]["part"], "device");
}

#[test]
fn any_selection_adds_up_however_the_rows_are_grouped() {
    let inv = inventory(ESTATE);
    let document = written(&inv, "t");
    let registry = Registry::bundled();
    let rows: Vec<&Value> = document["rows"].as_array().unwrap().iter().collect();
    assert_close(
        evaluate(grouped(&registry, &rows)),
        inv.co2e_kg(),
        "the whole estate",
    );
    let laptops: Vec<&Value> = rows
        .iter()
        .copied()
        .filter(|r| r["labels"]["asset"] == "laptop")
        .collect();
    let laptop_kg: f64 = inv
        .rows
        .iter()
        .filter(|r| r.asset == "laptop")
        .map(|r| r.co2e_kg())
        .sum();
    assert_close(evaluate(grouped(&registry, &laptops)), laptop_kg, "laptops");
    let servers: Vec<&Value> = rows
        .iter()
        .copied()
        .filter(|r| r["labels"]["asset"] == "server")
        .collect();
    let server_kg: f64 = inv
        .rows
        .iter()
        .filter(|r| r.asset == "server")
        .map(|r| r.co2e_kg())
        .sum();
    assert_close(evaluate(grouped(&registry, &servers)), server_kg, "servers");
}
