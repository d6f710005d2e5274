//! What the manifest and activity-file readers share: what they know beyond the file
//! ([`Schema`]), and the checks and words about a model's inputs that both use.

use sero_core::model::{InputSpec, ModelSpec};
use sero_core::models::Registry;

/// What the reader needs to know beyond the file: the models, and which factor ids exist
/// (for inputs naming a country or a factor).
pub struct Schema<'a> {
    pub registry: &'a Registry,
    pub factor_exists: &'a dyn Fn(&str) -> bool,
}

/// One line describing an input, for hints and `sero models`.
pub fn describe_input(spec: &ModelSpec, input: &InputSpec) -> String {
    let unit = input.unit_symbol();
    let unit = if unit.is_empty() || unit == "1" {
        String::new()
    } else {
        format!(" ({unit})")
    };
    format!(
        "`{}`{unit} of model `{}`: {}",
        input.name, spec.name, input.doc
    )
}

/// A grid named in words — a country code, or for `grid` also a part of Great Britain or a cloud
/// region — as its canonical code; else the reason and a hint. Shared by manifests and activity
/// files.
pub fn named_grid(
    schema: &Schema<'_>,
    input: &str,
    text: &str,
) -> Result<String, (String, &'static str)> {
    use sero_core::models::grid::Location;
    if input == "grid" {
        match Location::parse(text) {
            Err(reason) => {
                return Err((
                    reason,
                    "`grid` takes `GBR`, `GB-WALES`, `GB-REGION-7`, a cloud region such as `cloud:aws:eu-west-2`, an ISO 3166-1 alpha-3 code, or gCO2e/kWh",
                ));
            }
            Ok(Location::Country(_)) => {}
            Ok(location) => return Ok(location.code()),
        }
    }
    let code = text.trim().to_ascii_uppercase();
    let uk = matches!(code.as_str(), "GBR" | "UK" | "GB");
    if !uk && !(schema.factor_exists)(&format!("grid/ember/{code}")) {
        return Err((
            format!("`{text}` is neither a grid intensity nor a known country code"),
            "give gCO2e/kWh (`212 gCO2e/kWh`) or an ISO 3166-1 alpha-3 code such as `GBR`, `IRL`, `FRA` (`sero factors grid/ember` lists them)",
        ));
    }
    Ok(code)
}
