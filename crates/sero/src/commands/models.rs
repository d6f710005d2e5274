//! `sero models [NAME]`: every model with its inputs, defaults and sources.

use std::fmt::Write;

use sero_core::model::{DefaultValue, InputKind};
use sero_core::models::Registry;

use super::print;
use crate::Failure;
use crate::output::Grid;

pub fn run(args: crate::cli::ModelsArgs) -> Result<(), Failure> {
    let registry = Registry::bundled();
    let mut out = String::new();
    let models: Vec<_> = match &args.name {
        Some(name) => vec![registry.find(name).map_err(|e| {
            Failure::input(format!(
                "error: {}\n  = hint: `sero models` lists them all",
                crate::i18n::tr(&e.message())
            ))
        })?],
        None => registry.iter().collect(),
    };
    for (index, model) in models.iter().enumerate() {
        let spec = model.spec();
        if index > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", spec.name);
        let _ = writeln!(out, "  {}", spec.summary);
        let _ = writeln!(out, "  formula: {}", spec.formula);
        let _ = writeln!(out, "  scopes: {}", spec.scopes);
        if !spec.factors.is_empty() {
            let _ = writeln!(
                out,
                "  factors: {} (`sero factors <prefix>` shows them with sources)",
                spec.factors.join(", ")
            );
        }
        let mut grid = Grid::new(
            &["input", "unit", "required / default", "description"],
            &[false; 4],
        );
        for input in spec.inputs {
            let default = match (input.required, input.default) {
                (true, _) => "required".to_owned(),
                (false, Some(DefaultValue::Number(n))) => sero_core::model::format_number(n),
                (false, Some(DefaultValue::Text(t))) => t.to_owned(),
                (false, Some(DefaultValue::Bool(b))) => b.to_string(),
                (false, Some(DefaultValue::Described(d))) => d.to_owned(),
                (false, None) => "optional".to_owned(),
            };
            let unit = match input.kind {
                InputKind::Text { choices } if !choices.is_empty() => choices.join(" | "),
                InputKind::Text { .. } => "text".to_owned(),
                InputKind::Bool => "true | false".to_owned(),
                InputKind::Points => "[[u, W], …]".to_owned(),
                InputKind::Shares { choices } => format!("{{{}: %, …}}", choices.join(" | ")),
                InputKind::IntensityOrCountry => "gCO2e/kWh | ISO3".to_owned(),
                InputKind::Quantity(u) if u.symbol == "1" => "number".to_owned(),
                InputKind::Quantity(u) => u.symbol.to_owned(),
            };
            grid.row(vec![
                input.name.to_owned(),
                unit,
                default,
                input.doc.to_owned(),
            ]);
        }
        out.push_str(&grid.render("  "));
    }
    print(&out)
}
