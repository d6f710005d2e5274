//! The report of `sero import inventory`: the table for the terminal and sero's JSON report,
//! both built here from `sero-inventory`'s values (rows, classes, disposals, assumptions and
//! warnings as messages). Figures to three significant figures, masses in the unit their size
//! reads best in (an estate's annual total is usually in tonnes), lines no wider than the
//! terminal.

use std::fmt::Write;

use serde_json::{Map, Value, json};
use sero_core::factor::Citation;
use sero_inventory::Inventory;
use sero_inventory::assets::{GgcClass, Route};
use sero_inventory::export::{class_totals, disposals, tcs_document};

use super::Grid;
use super::layout::{column_unit, mass, mass_unit, mass_with_unit, symbol, width, wrap};
use crate::i18n::{localizer, tr};
use crate::tr;

/// A figure to three significant figures, digits grouped in the reader's language.
fn figure(value: f64) -> String {
    localizer().number(value)
}

/// A count of units (whole in an inventory; a fraction would still show).
fn units(value: f64) -> String {
    localizer().number_or_count(value)
}

/// The table report; `notes` are said first (factors overridden by the user's files).
pub fn render(inventory: &Inventory, file: &str, notes: &[String]) -> String {
    let width = width();
    let text_width = width.min(100);
    let mut out = String::new();
    let total = inventory.co2e_kg();
    let total_unit = mass_unit(total, None);
    out.push_str(&wrap(
        &tr!("inventory-title", file = file),
        text_width,
        "",
        "  ",
    ));
    out.push('\n');
    for note in notes {
        out.push_str(&wrap(
            &tr!("inventory-note", note = note),
            text_width,
            "",
            "  ",
        ));
    }
    if !notes.is_empty() {
        out.push('\n');
    }
    out.push_str(&wrap(
        &tr!(
            "inventory-summary",
            total = mass_with_unit(total, total_unit),
            kwh = inventory.energy_kwh(),
            lines = inventory.rows.len()
        ),
        text_width,
        "",
        "",
    ));
    out.push('\n');

    // One row per line of the inventory, every mass in one unit chosen for the column.
    let rows = &inventory.rows;
    let unit = column_unit(
        rows.iter()
            .flat_map(|r| [r.embodied_kg, r.operational_kg, r.waste_kg, r.co2e_kg()]),
        None,
    );
    let _ = writeln!(out, "{}", tr!("inventory-rows-in", unit = symbol(unit)));
    let mut grid = Grid::new(
        &[
            &tr!("inventory-column-line"),
            &tr!("inventory-column-asset"),
            &tr!("inventory-column-count"),
            &tr!("inventory-column-model"),
            "kWh",
            &tr!("inventory-column-embodied"),
            &tr!("inventory-column-operational"),
            &tr!("inventory-column-end-of-life"),
            &tr!("inventory-column-total"),
        ],
        &[true, false, true, false, true, true, true, true, true],
    );
    for r in rows {
        grid.row(vec![
            r.line.to_string(),
            r.asset.to_owned(),
            units(r.count),
            r.model.to_owned(),
            figure(r.energy_kwh),
            mass(r.embodied_kg, unit),
            mass(r.operational_kg, unit),
            mass(r.waste_kg, unit),
            mass(r.co2e_kg(), unit),
        ]);
    }
    grid.row(vec![
        String::new(),
        tr!("inventory-total"),
        String::new(),
        String::new(),
        figure(inventory.energy_kwh()),
        mass(rows.iter().map(|r| r.embodied_kg).sum(), unit),
        mass(rows.iter().map(|r| r.operational_kg).sum(), unit),
        mass(rows.iter().map(|r| r.waste_kg).sum(), unit),
        mass(total, unit),
    ]);
    out.push_str(&grid.render_within("", width, &[1, 3]));

    // Tech Carbon Standard categories.
    let _ = writeln!(out, "\n{}", tr!("inventory-by-tcs"));
    let categories = inventory.by_category();
    let unit = column_unit(categories.iter().map(|(_, kg)| *kg), None);
    let mut grid = Grid::new(
        &["", &tr!("inventory-column-category"), symbol(unit)],
        &[false, false, true],
    );
    for (category, kg) in &categories {
        let (group, key) = category.keys();
        grid.row(vec![
            category.letter().to_string(),
            format!("{group}.{key}"),
            mass(*kg, unit),
        ]);
    }
    grid.row(vec![
        String::new(),
        tr!("inventory-total"),
        mass(categories.iter().map(|(_, kg)| kg).sum(), unit),
    ]);
    out.push_str(&grid.render_within("  ", width, &[1]));
    out.push_str(&wrap(&tr!("inventory-uncovered"), text_width, "  ", "  "));

    // Greening Government ICT classes.
    let _ = writeln!(out, "\n{}", tr!("inventory-by-ggc"));
    let classes: Vec<_> = GgcClass::ALL
        .into_iter()
        .map(|class| (class, class_totals(inventory, class)))
        .collect();
    let unit = column_unit(classes.iter().map(|(_, t)| t.co2e_kg()), None);
    let mut grid = Grid::new(
        &[
            &tr!("inventory-column-class"),
            &tr!("inventory-column-units"),
            "kWh",
            symbol(unit),
        ],
        &[false, true, true, true],
    );
    for (class, t) in &classes {
        grid.row(vec![
            class.key().to_owned(),
            units(t.units),
            figure(t.energy_kwh),
            mass(t.co2e_kg(), unit),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[0]));

    // Disposals.
    let _ = writeln!(out, "\n{}", tr!("inventory-e-waste"));
    let routes: Vec<_> = Route::ALL
        .into_iter()
        .map(|route| (route, disposals(inventory, route)))
        .collect();
    let unit = column_unit(routes.iter().map(|(_, d)| d.co2e_kg), None);
    let mut grid = Grid::new(
        &[
            &tr!("inventory-column-route"),
            &tr!("inventory-column-units"),
            &tr!("inventory-column-mass"),
            &tr!("inventory-column-without-mass"),
            symbol(unit),
        ],
        &[false, true, true, true, true],
    );
    for (route, d) in &routes {
        grid.row(vec![
            route.key().to_owned(),
            units(d.units),
            figure(d.mass_kg),
            units(d.units_without_mass),
            mass(d.co2e_kg, unit),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[0, 3]));

    let assumptions = inventory.assumptions();
    if !assumptions.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("inventory-assumptions"));
        for a in &assumptions {
            out.push_str(&wrap(&tr(a), text_width, "  - ", "    "));
        }
    }
    let warnings: Vec<String> = rows.iter().flat_map(|r| &r.warnings).map(tr).collect();
    if !warnings.is_empty() {
        let _ = writeln!(out, "\n{}", tr!("inventory-warnings"));
        for w in warnings {
            out.push_str(&wrap(&w, text_width, "  - ", "    "));
        }
    }

    // Sources: each publication once, then the factors taken from it.
    let _ = writeln!(out, "\n{}", tr!("inventory-sources"));
    let factors = inventory.factors();
    let mut citations: Vec<&Citation> = Vec::new();
    for f in &factors {
        if !citations.contains(&&f.citation) {
            citations.push(&f.citation);
        }
    }
    for citation in citations {
        let cited = format!(
            "{}, {}, {}, {}",
            citation.publisher, citation.title, citation.edition, citation.url
        );
        out.push_str(&wrap(&cited, text_width, "  ", "    "));
        for f in factors.iter().filter(|f| &f.citation == citation) {
            let unit = if f.unit == "1" { "" } else { f.unit.as_str() };
            let line = tr!(
                "inventory-source-factor",
                factor = &f.id,
                value = sero_core::Arg::Exact(f.value),
                unit = unit,
                description = &f.description
            );
            out.push_str(&wrap(&line, text_width, "    ", "      "));
        }
    }
    out
}

/// sero's JSON report: rows, both classifications, disposals and assumptions, with the
/// messages in the reader's language. `notes` are the factors overridden by the user's files;
/// the caller adds the factors used (`sources`) in the one factor shape of all documents.
pub fn json(inventory: &Inventory, file: &str, notes: &[String]) -> Value {
    let said = |messages: &[sero_core::Message]| -> Vec<String> { super::said(messages) };
    let rows: Vec<Value> = inventory
        .rows
        .iter()
        .map(|r| {
            json!({
                "line": r.line,
                "asset": r.asset,
                "model": r.description,
                "count": r.count,
                "hosting": r.hosting.map(|h| h.key()),
                "sero_model": r.model,
                "ggc_class": r.ggc.key(),
                "tcs_upstream": r.upstream.map(|c| c.keys().1),
                "tcs_operational": r.operational.keys().1,
                "energy_kwh": r.energy_kwh,
                "embodied_kg": r.embodied_kg,
                "operational_kg": r.operational_kg,
                "end_of_life_kg": r.waste_kg,
                "co2e_kg": r.co2e_kg(),
                "disposed": r.disposed,
                "disposed_kg": r.disposed_kg,
                "disposal_route": r.route.map(Route::key),
                "assumptions": said(&r.assumptions),
                "warnings": said(&r.warnings),
                "factors": r.factors.iter().map(|f| f.id.clone()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let ggc: Map<String, Value> = GgcClass::ALL
        .into_iter()
        .map(|class| {
            let t = class_totals(inventory, class);
            (
                class.key().to_owned(),
                json!({
                    "units": t.units,
                    "energy_kwh": t.energy_kwh,
                    "embodied_kg": t.embodied_kg,
                    "operational_kg": t.operational_kg,
                    "end_of_life_kg": t.waste_kg,
                    "co2e_kg": t.co2e_kg(),
                }),
            )
        })
        .collect();
    let e_waste: Map<String, Value> = Route::ALL
        .into_iter()
        .map(|route| {
            let d = disposals(inventory, route);
            (
                route.key().to_owned(),
                json!({
                    "units": d.units,
                    "mass_kg": d.mass_kg,
                    "units_without_mass": d.units_without_mass,
                    "co2e_kg": d.co2e_kg,
                }),
            )
        })
        .collect();
    let warnings: Vec<String> = inventory
        .rows
        .iter()
        .flat_map(|r| &r.warnings)
        .map(tr)
        .collect();
    json!({
        "sero_inventory": 1,
        "file": file,
        "notes": notes,
        "period": "one year (365 days)",
        "co2e_kg": inventory.co2e_kg(),
        "energy_kwh": inventory.energy_kwh(),
        "tech_carbon_standard": tcs_document(inventory),
        "greening_government_ict": ggc,
        "e_waste": e_waste,
        "rows": rows,
        "assumptions": said(&inventory.assumptions()),
        "warnings": warnings,
    })
}
