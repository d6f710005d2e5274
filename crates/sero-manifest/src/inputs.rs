//! What the manifest and activity-file readers share: what they know beyond the file
//! ([`Schema`]), and the checks and words about a model's inputs that both use.

use sero_core::model::{InputSpec, ModelSpec};
use sero_core::models::Registry;
use sero_core::units::{Dimension, QuantityError, symbols_of};
use sero_core::{Message, msg};

/// What the reader needs to know beyond the file: the models, and which factor ids exist
/// (for inputs naming a country or a factor).
pub struct Schema<'a> {
    pub registry: &'a Registry,
    pub factor_exists: &'a dyn Fn(&str) -> bool,
}

/// One line describing an input, for hints. The input's own description (`doc`) is the
/// model's, as `sero models` shows it.
pub fn describe_input(spec: &ModelSpec, input: &InputSpec) -> Message {
    let unit = input.unit_symbol();
    if unit.is_empty() || unit == "1" {
        msg!(
            "manifest-input-described",
            input = input.name,
            model = spec.name,
            doc = input.doc
        )
    } else {
        msg!(
            "manifest-input-described-with-unit",
            input = input.name,
            unit = unit,
            model = spec.name,
            doc = input.doc
        )
    }
}

/// Why a quantity could not be read, as a message.
pub fn quantity_error(error: &QuantityError) -> Message {
    match error {
        QuantityError::NotANumber(text) => msg!("manifest-quantity-not-a-number", value = text),
        QuantityError::NotFinite => msg!("manifest-quantity-not-finite"),
        QuantityError::UnknownUnit { unit, expected, .. } => msg!(
            "manifest-quantity-unknown-unit",
            unit = unit,
            dimension = dimension(*expected),
            units = symbols_of(*expected).join(", ")
        ),
        QuantityError::WrongDimension {
            unit,
            found,
            expected,
        } => msg!(
            "manifest-quantity-wrong-dimension",
            unit = *unit,
            found = dimension(*found),
            dimension = dimension(*expected),
            units = symbols_of(*expected).join(", ")
        ),
    }
}

/// What a unit measures, as a message.
fn dimension(dimension: Dimension) -> Message {
    let key = match dimension {
        Dimension::Energy => "energy",
        Dimension::Power => "power",
        Dimension::Data => "data",
        Dimension::Duration => "duration",
        Dimension::Emissions => "emissions",
        Dimension::Intensity => "intensity",
        Dimension::Ratio => "ratio",
        Dimension::Count => "count",
        Dimension::Money => "money",
        Dimension::Length => "length",
        Dimension::Mass => "mass",
        Dimension::EnergyPerData => "energy-per-data",
        Dimension::EmissionsPerMoney => "emissions-per-money",
        Dimension::UsagePerYear => "usage-per-year",
        Dimension::EmissionsPerHour => "emissions-per-hour",
        Dimension::EmissionsPerMass => "emissions-per-mass",
        Dimension::EmissionsPerDistance => "emissions-per-distance",
    };
    msg!("manifest-dimension", dimension = key)
}

/// A grid named in words — a country code, or for `grid` also a part of Great Britain or a cloud
/// region — as its canonical code; else the reason and a hint. Shared by manifests and activity
/// files.
pub fn named_grid(
    schema: &Schema<'_>,
    input: &str,
    text: &str,
) -> Result<String, (Message, Message)> {
    use sero_core::models::grid::Location;
    if input == "grid" {
        match Location::parse(text) {
            Err(reason) => {
                return Err((reason, msg!("manifest-grid-hint")));
            }
            Ok(Location::Country(_)) => {}
            Ok(location) => return Ok(location.code()),
        }
    }
    let code = text.trim().to_ascii_uppercase();
    let uk = matches!(code.as_str(), "GBR" | "UK" | "GB");
    if !uk && !(schema.factor_exists)(&format!("grid/ember/{code}")) {
        return Err((
            msg!("manifest-not-grid-or-country", value = text),
            msg!("manifest-not-grid-or-country-hint"),
        ));
    }
    Ok(code)
}
