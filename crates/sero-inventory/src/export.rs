//! The documents an inventory produces: the Tech Carbon Standard JSON (schema v0.1.0), the
//! activity file that a manifest component reads with `from:`; the command line writes its own report.

use serde_json::{Map, Value, json};
use sero_core::activity::{ActivityFile, ActivityRow, ActivityValue};
use sero_core::impact::Scope;
use sero_core::model::InputValue;
use sero_core::models::Registry;

use crate::assets::{GgcClass, Route, TcsCategory};
use crate::estimate::{Inventory, RowResult};

/// The schema version the export follows.
pub const TCS_SCHEMA_VERSION: &str = "0.1.0";

/// The inventory in the Tech Carbon Standard's JSON schema v0.1.0
/// (`https://techcarbonstandard.org/schemas/tech_carbon_standard/v0.1.0.json`): only the
/// categories an inventory covers, each `{emissions, notes}` in kgCO2e, with `method` on the
/// direct (Scope 2) ones. No other field is written: the schema allows none.
pub fn tcs_document(inventory: &Inventory) -> Value {
    let mut root = Map::new();
    root.insert("schema_version".to_owned(), json!(TCS_SCHEMA_VERSION));
    for (category, kg) in inventory.by_category() {
        let (group, key) = category.keys();
        let lines: Vec<usize> = inventory
            .rows
            .iter()
            .filter(|r| touches(r, category))
            .map(|r| r.line)
            .collect();
        let mut entry = Map::new();
        entry.insert("emissions".to_owned(), json!(kg));
        entry.insert("notes".to_owned(), json!(tcs_notes(category, &lines)));
        if category.is_scope_2() {
            entry.insert("method".to_owned(), json!("location-based"));
        }
        root.entry(group.to_owned())
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .map(|g| g.insert(key.to_owned(), Value::Object(entry)));
    }
    Value::Object(root)
}

fn touches(row: &RowResult, category: TcsCategory) -> bool {
    row.upstream == Some(category) || row.operational == category
}

/// An input as the activity file writes it: a quantity as text with its unit, so the reader
/// parses it with `sero_core::units::parse_quantity`.
fn input_value(registry: &Registry, model: &str, name: &str, value: &InputValue) -> ActivityValue {
    let unit = registry
        .get(model)
        .and_then(|m| m.spec().input(name))
        .map(|spec| spec.unit_symbol())
        .unwrap_or("");
    match value {
        InputValue::Number(n) if unit.is_empty() || unit == "1" || unit == "fraction" => {
            ActivityValue::Number(*n)
        }
        InputValue::Number(n) => ActivityValue::quantity(*n, unit),
        InputValue::Text(t) => ActivityValue::Text(t.clone()),
        InputValue::Bool(b) => ActivityValue::Bool(*b),
        // Not among the additive inputs written as they are; kept readable all the same.
        other @ (InputValue::Points(_) | InputValue::Shares(_)) => {
            ActivityValue::Text(other.display(unit))
        }
    }
}

/// Inputs of `end-user-device` that are totals (or group keys), never per-unit figures.
const ADDITIVE_DEVICE_INPUTS: [&str; 4] = ["device", "owner", "minutes", "grid"];

/// The activity file (`sero_activity: 1`) that a manifest component reads with `from:`.
///
/// A reader adds up the quantities of rows that share their other inputs, so every quantity
/// written here is a total, never a per-unit figure (power, lifetime, PUE) that adding would
/// corrupt. A staff-device line on its archetype's defaults is written as the
/// `end-user-device` inputs it was evaluated with (its `minutes` are a total). Every other
/// line is written as its parts: `electricity` (the line's kWh, PUE included, on its grid: the
/// same grid calculation) and `reported` figures for its amortised embodied emissions and for
/// the end of life of units disposed. Labels (`asset`, `line`, `part`, `ggc_class`,
/// `tcs_category`, `hosting`, `model`) select rows with `where:`.
pub fn activity_file(inventory: &Inventory, produced_by: &str) -> ActivityFile {
    let registry = Registry::bundled();
    let mut rows: Vec<ActivityRow> = Vec::new();
    for row in &inventory.rows {
        let labels = |part: &str, category: Option<TcsCategory>| {
            let mut labels = vec![
                ("asset".to_owned(), row.asset.to_string()),
                ("line".to_owned(), row.line.to_string()),
                ("part".to_owned(), part.to_owned()),
                ("ggc_class".to_owned(), row.ggc.key().to_owned()),
            ];
            if let Some(category) = category {
                labels.push(("tcs_category".to_owned(), category.keys().1.to_owned()));
            }
            if let Some(hosting) = row.hosting {
                labels.push(("hosting".to_owned(), hosting.key().to_owned()));
            }
            if let Some(description) = &row.description {
                labels.push(("model".to_owned(), description.clone()));
            }
            labels
        };
        let simple_device = row.model == "end-user-device"
            && row
                .inputs
                .iter()
                .all(|(name, _)| ADDITIVE_DEVICE_INPUTS.contains(&name));
        if simple_device {
            let inputs = row
                .inputs
                .iter()
                .map(|(name, value)| {
                    (
                        name.to_owned(),
                        input_value(&registry, row.model, name, value),
                    )
                })
                .collect();
            rows.push(ActivityRow {
                labels: labels("device", None),
                model: Some(row.model.to_owned()),
                inputs,
                ..ActivityRow::default()
            });
        } else {
            let mut inputs = vec![(
                "energy".to_owned(),
                ActivityValue::quantity(row.energy_kwh, "kWh"),
            )];
            if let Some(grid) = row.inputs.get("grid") {
                inputs.push((
                    "grid".to_owned(),
                    input_value(&registry, row.model, "grid", grid),
                ));
            }
            rows.push(ActivityRow {
                labels: labels("operational", Some(row.operational)),
                model: Some("electricity".to_owned()),
                scope: row.scope,
                inputs,
                figures: Vec::new(),
            });
            if let Some(upstream) = row.upstream {
                rows.push(reported_row(
                    labels("embodied", Some(upstream)),
                    row.embodied_kg,
                    ACTIVITY_EMBODIED_SOURCE,
                    Scope::Scope3(2),
                ));
            }
        }
        if row.waste_kg > 0.0 {
            rows.push(reported_row(
                labels("end-of-life", row.upstream),
                row.waste_kg,
                ACTIVITY_END_OF_LIFE_SOURCE,
                Scope::Scope3(5),
            ));
        }
    }
    ActivityFile {
        produced_by: produced_by.to_owned(),
        model: None,
        rows,
    }
}

/// A figure the inventory computed, as a `reported` row: manufacture is Scope 3 category 2
/// (capital goods), disposal category 5 (waste generated in operations).
fn reported_row(
    labels: Vec<(String, String)>,
    co2e_kg: f64,
    source: &str,
    scope: Scope,
) -> ActivityRow {
    let text = |t: &str| ActivityValue::Text(t.to_owned());
    ActivityRow {
        labels,
        model: Some("reported".to_owned()),
        scope: Some(scope),
        inputs: vec![
            (
                "co2e".to_owned(),
                ActivityValue::quantity(co2e_kg, "kgCO2e"),
            ),
            ("kind".to_owned(), text("embodied")),
            ("quality".to_owned(), text("modelled")),
            ("source".to_owned(), text(source)),
        ],
        figures: Vec::new(),
    }
}

/// Totals of one Greening Government ICT asset class.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassTotals {
    pub units: f64,
    pub energy_kwh: f64,
    pub embodied_kg: f64,
    pub operational_kg: f64,
    pub waste_kg: f64,
}

impl ClassTotals {
    pub fn co2e_kg(&self) -> f64 {
        self.embodied_kg + self.operational_kg + self.waste_kg
    }
}

pub fn class_totals(inventory: &Inventory, class: GgcClass) -> ClassTotals {
    let mut totals = ClassTotals::default();
    for row in inventory.of_class(class) {
        totals.units += row.count;
        totals.energy_kwh += row.energy_kwh;
        totals.embodied_kg += row.embodied_kg;
        totals.operational_kg += row.operational_kg;
        totals.waste_kg += row.waste_kg;
    }
    totals
}

/// Units and known mass disposed by route.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Disposals {
    pub units: f64,
    pub mass_kg: f64,
    /// Units disposed whose mass is not given.
    pub units_without_mass: f64,
    pub co2e_kg: f64,
}

pub fn disposals(inventory: &Inventory, route: Route) -> Disposals {
    let mut d = Disposals::default();
    for row in inventory.rows.iter().filter(|r| r.route == Some(route)) {
        d.units += row.disposed;
        match row.disposed_kg {
            Some(kg) => d.mass_kg += kg,
            None => d.units_without_mass += row.disposed,
        }
        d.co2e_kg += row.waste_kg;
    }
    d
}

/// The source of the embodied rows of the activity file (data, as the TCS notes are).
const ACTIVITY_EMBODIED_SOURCE: &str = "sero import inventory: embodied emissions amortised over the life (archetypes from manufacturers' carbon footprint sheets, Boavizta's data, unless the inventory gives its own)";
/// The source of the end-of-life rows of the activity file.
const ACTIVITY_END_OF_LIFE_SOURCE: &str = "sero import inventory: end of life of units disposed (DESNZ 2025 waste factors, electrical items (IT))";

/// Lines of the inventory, the first dozen by number and the rest counted.
fn line_list(lines: &[usize]) -> String {
    const SHOWN: usize = 12;
    let shown: Vec<String> = lines.iter().take(SHOWN).map(usize::to_string).collect();
    if lines.len() > SHOWN {
        format!(
            "lines {} and {} more",
            shown.join(", "),
            lines.len() - SHOWN
        )
    } else if lines.len() == 1 {
        format!("line {}", shown[0])
    } else {
        format!("lines {}", shown.join(", "))
    }
}

/// The `notes` of a category in the Tech Carbon Standard export: data in the export's own
/// language (English), not words of sero's reports, so they are not translated.
fn tcs_notes(category: TcsCategory, lines: &[usize]) -> String {
    use TcsCategory as C;
    let what = match category {
        C::EmployeeHardware => {
            "Embodied emissions of staff devices and printers, amortised over their lives (archetypes from manufacturers' carbon footprint sheets, Boavizta's data, unless the row gives its own), plus end of life of units disposed this year (DESNZ 2025 waste factors for IT electrical items)"
        }
        C::NetworkHardware => {
            "Embodied emissions of network devices, amortised over their lives (the Wi-Fi access point archetype from manufacturers' sheets, Boavizta's data; switches, routers and firewalls the row's own figures), plus end of life of units disposed this year"
        }
        C::ServerHardware => {
            "Embodied emissions of servers and storage on premises and in colocation, amortised over their lives, plus end of life of units disposed this year"
        }
        C::OnsiteEmployeeHardware => {
            "Electricity of staff devices and printers: average power x hours of use x grid factor (DESNZ location-based for the UK, with transmission and distribution losses)"
        }
        C::Networking => "Electricity of network devices, all hours of the year, x grid factor",
        C::Servers => {
            "Electricity of servers and storage x PUE (Uptime Institute's 2023 average, 1.58, unless the row gives its own) x grid factor"
        }
        C::CloudServices => "Suppliers' annual electricity for cloud services x grid factor",
        C::Saas => "Suppliers' annual electricity for SaaS x grid factor",
    };
    format!("{what}. sero import inventory, {}.", line_list(lines))
}
