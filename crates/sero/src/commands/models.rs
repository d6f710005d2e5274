//! `sero models [NAME]`: every model with its inputs, defaults and sources.

use std::fmt::Write;

use sero_core::model::{DefaultValue, InputKind};
use sero_core::models::Registry;

use super::print;
use crate::Failure;
use crate::output::Grid;
use crate::output::layout::{width, wrap};
use crate::tr;

/// The widest list of choices or default shown in its own column.
const LONGEST_UNIT: usize = 20;

pub fn run(args: crate::cli::ModelsArgs) -> Result<(), Failure> {
    let registry = Registry::bundled();
    let mut out = String::new();
    let width = width();
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
        let mut lines = vec![
            spec.summary.to_owned(),
            tr!("models-formula", formula = spec.formula),
            tr!("models-scopes", scopes = spec.scopes),
        ];
        if !spec.factors.is_empty() {
            lines.push(tr!("models-factors", factors = spec.factors.join(", ")));
        }
        for line in lines {
            out.push_str(&wrap(&line, width, "  ", "    "));
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
            // A long list of choices goes with the description, where it wraps.
            let (unit, description) = if unit.chars().count() > LONGEST_UNIT {
                (
                    tr!("models-kind-choice"),
                    tr!("models-choices", choices = unit, description = input.doc),
                )
            } else {
                (unit, input.doc.to_owned())
            };
            let (default, description) = if default.chars().count() > LONGEST_UNIT {
                (
                    tr!("models-default-below"),
                    tr!(
                        "models-default",
                        default = default,
                        description = description
                    ),
                )
            } else {
                (default, description)
            };
            grid.row(vec![input.name.to_owned(), unit, default, description]);
        }
        out.push_str(&grid.render_wrapping_last("  ", width));
    }
    print(&out)
}
