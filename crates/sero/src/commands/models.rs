//! `sero models [NAME]`: every model with its inputs, defaults and sources.

use std::fmt::Write;

use sero_core::model::{DefaultValue, InputKind};
use sero_core::models::Registry;

use super::print;
use crate::Failure;
use crate::output::Grid;
use crate::tr;

pub fn run(args: crate::cli::ModelsArgs) -> Result<(), Failure> {
    let registry = Registry::bundled();
    let mut out = String::new();
    let models: Vec<_> = match &args.name {
        Some(name) => vec![
            registry
                .find(name)
                .map_err(|e| Failure::input(tr!("models-unknown", error = e.message())))?,
        ],
        None => registry.iter().collect(),
    };
    for (index, model) in models.iter().enumerate() {
        let spec = model.spec();
        if index > 0 {
            out.push('\n');
        }
        let _ = writeln!(out, "{}", spec.name);
        let _ = writeln!(out, "  {}", spec.summary);
        let _ = writeln!(out, "  {}", tr!("models-formula", formula = spec.formula));
        let _ = writeln!(out, "  {}", tr!("models-scopes", scopes = spec.scopes));
        if !spec.factors.is_empty() {
            let _ = writeln!(
                out,
                "  {}",
                tr!("models-factors", factors = spec.factors.join(", "))
            );
        }
        let head = [
            tr!("models-column-input"),
            tr!("models-column-unit"),
            tr!("models-column-default"),
            tr!("models-column-description"),
        ];
        let head: Vec<&str> = head.iter().map(String::as_str).collect();
        let mut grid = Grid::new(&head, &[false; 4]);
        for input in spec.inputs {
            let default = match (input.required, input.default) {
                (true, _) => tr!("models-required"),
                (false, Some(DefaultValue::Number(n))) => sero_core::model::format_number(n),
                (false, Some(DefaultValue::Text(t))) => t.to_owned(),
                (false, Some(DefaultValue::Bool(b))) => b.to_string(),
                (false, Some(DefaultValue::Described(d))) => d.to_owned(),
                (false, None) => tr!("models-optional"),
            };
            let unit = match input.kind {
                InputKind::Text { choices } if !choices.is_empty() => choices.join(" | "),
                InputKind::Text { .. } => tr!("models-kind-text"),
                InputKind::Bool => "true | false".to_owned(),
                InputKind::Points => "[[u, W], …]".to_owned(),
                InputKind::Shares { choices } => format!("{{{}: %, …}}", choices.join(" | ")),
                InputKind::IntensityOrCountry => "gCO2e/kWh | ISO3".to_owned(),
                InputKind::Quantity(u) if u.symbol == "1" => tr!("models-kind-number"),
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
