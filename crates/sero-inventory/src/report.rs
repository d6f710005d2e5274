//! The inventory as a plain-text report for the terminal.

use std::fmt::Write;

use sero_core::Message;

use crate::assets::{GgcClass, Route};
use crate::estimate::Inventory;
use crate::export::{class_totals, disposals};
use crate::text;

/// A number with thousands separators and `decimals` places.
pub fn grouped(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w.to_owned(), Some(f.to_owned())),
        None => (text.clone(), None),
    };
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push('.');
        out.push_str(&f);
    }
    if value < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

/// The report; `notes` are said first (factors overridden by the user's files); `say` renders
/// a message in the reader's language.
pub fn render(
    inventory: &Inventory,
    file: &str,
    notes: &[String],
    say: &dyn Fn(&Message) -> String,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} ({file}, {})\n", text::TITLE, text::ONE_YEAR);
    for note in notes {
        let _ = writeln!(out, "{} {note}", text::NOTE);
    }
    if !notes.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{:>5}  {:<15} {:>7}  {:<15} {:>12} {:>13} {:>14} {:>11} {:>13}",
        text::ROW_HEADERS[0],
        text::ROW_HEADERS[1],
        text::ROW_HEADERS[2],
        text::ROW_HEADERS[3],
        text::ROW_HEADERS[4],
        text::ROW_HEADERS[5],
        text::ROW_HEADERS[6],
        text::ROW_HEADERS[7],
        text::ROW_HEADERS[8]
    );
    for r in &inventory.rows {
        let _ = writeln!(
            out,
            "{:>5}  {:<15} {:>7}  {:<15} {:>12} {:>13} {:>14} {:>11} {:>13}",
            r.line,
            r.asset,
            grouped(r.count, 0),
            r.model,
            grouped(r.energy_kwh, 0),
            grouped(r.embodied_kg, 1),
            grouped(r.operational_kg, 1),
            grouped(r.waste_kg, 1),
            grouped(r.co2e_kg(), 1)
        );
    }
    let _ = writeln!(
        out,
        "{:>5}  {:<15} {:>7}  {:<15} {:>12} {:>13} {:>14} {:>11} {:>13}",
        "",
        text::TOTAL,
        "",
        "",
        grouped(inventory.energy_kwh(), 0),
        grouped(inventory.rows.iter().map(|r| r.embodied_kg).sum(), 1),
        grouped(inventory.rows.iter().map(|r| r.operational_kg).sum(), 1),
        grouped(inventory.rows.iter().map(|r| r.waste_kg).sum(), 1),
        grouped(inventory.co2e_kg(), 1)
    );

    let _ = writeln!(out, "\n{}", text::BY_TCS);
    for (category, kg) in inventory.by_category() {
        let (group, key) = category.keys();
        let _ = writeln!(
            out,
            "  {}  {:<45} {:>13} kgCO2e",
            category.letter(),
            format!("{group}.{key}"),
            grouped(kg, 1)
        );
    }
    let _ = writeln!(
        out,
        "     {:<45} {:>13} kgCO2e",
        text::TOTAL,
        grouped(inventory.by_category().iter().map(|(_, kg)| kg).sum(), 1)
    );
    let _ = writeln!(out, "  {}", text::UNCOVERED);

    let _ = writeln!(out, "\n{}", text::BY_GGC);
    let _ = writeln!(
        out,
        "  {:<26} {:>8} {:>12} {:>13}",
        text::GGC_HEADERS[0],
        text::GGC_HEADERS[1],
        text::GGC_HEADERS[2],
        text::GGC_HEADERS[3]
    );
    for class in GgcClass::ALL {
        let t = class_totals(inventory, class);
        let _ = writeln!(
            out,
            "  {:<26} {:>8} {:>12} {:>13}",
            class.key(),
            grouped(t.units, 0),
            grouped(t.energy_kwh, 0),
            grouped(t.co2e_kg(), 1)
        );
    }

    let _ = writeln!(out, "\n{}", text::E_WASTE);
    let _ = writeln!(
        out,
        "  {:<10} {:>8} {:>10} {:>20} {:>10}",
        text::E_WASTE_HEADERS[0],
        text::E_WASTE_HEADERS[1],
        text::E_WASTE_HEADERS[2],
        text::E_WASTE_HEADERS[3],
        text::E_WASTE_HEADERS[4]
    );
    for route in Route::ALL {
        let d = disposals(inventory, route);
        let _ = writeln!(
            out,
            "  {:<10} {:>8} {:>10} {:>20} {:>10}",
            route.key(),
            grouped(d.units, 0),
            grouped(d.mass_kg, 0),
            grouped(d.units_without_mass, 0),
            grouped(d.co2e_kg, 2)
        );
    }

    let assumptions = inventory.assumptions();
    if !assumptions.is_empty() {
        let _ = writeln!(out, "\n{}", text::ASSUMPTIONS);
        for a in assumptions {
            let _ = writeln!(out, "  - {}", say(&a));
        }
    }
    let warnings: Vec<String> = inventory
        .rows
        .iter()
        .flat_map(|r| &r.warnings)
        .map(say)
        .collect();
    if !warnings.is_empty() {
        let _ = writeln!(out, "\n{}", text::WARNINGS);
        for w in warnings {
            let _ = writeln!(out, "  - {w}");
        }
    }
    let _ = writeln!(out, "\n{}", text::SOURCES);
    let factors = inventory.factors();
    let mut citations: Vec<&sero_core::factor::Citation> = Vec::new();
    for f in &factors {
        if !citations.contains(&&f.citation) {
            citations.push(&f.citation);
        }
    }
    for citation in citations {
        let _ = writeln!(
            out,
            "  {}, {}, {}, {}",
            citation.publisher, citation.title, citation.edition, citation.url
        );
        for f in factors.iter().filter(|f| &f.citation == citation) {
            let unit = if f.unit == "1" { "" } else { f.unit.as_str() };
            let _ = writeln!(
                out,
                "    {:<45} {:>10} {:<10} {}",
                f.id,
                sero_core::model::format_number(f.value),
                unit,
                f.description
            );
        }
    }
    out
}
