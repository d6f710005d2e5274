//! Masses as people read them: a unit chosen for the size of a figure (or forced), three
//! significant figures, digits grouped as the reader's language groups them.

use sero_core::Arg;
use sero_core::evaluate::Interval;
use sero_core::msg;

use crate::{Localizer, tr};

/// The unit of masses in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MassUnit {
    T,
    Kg,
    G,
}

impl MassUnit {
    /// Every unit, largest first.
    pub const ALL: [MassUnit; 3] = [MassUnit::T, MassUnit::Kg, MassUnit::G];

    /// The name people type for it (`--unit t|kg|g`).
    pub fn key(self) -> &'static str {
        match self {
            MassUnit::T => "t",
            MassUnit::Kg => "kg",
            MassUnit::G => "g",
        }
    }
}

/// The unit a mass of `kg` reads best in, unless one is forced: tonnes from a tonne, grams
/// under a kilogram, else kilograms.
pub fn mass_unit(kg: f64, forced: Option<MassUnit>) -> MassUnit {
    if let Some(unit) = forced {
        return unit;
    }
    let abs = kg.abs();
    if abs >= 1000.0 {
        MassUnit::T
    } else if abs < 1.0 && abs > 0.0 {
        MassUnit::G
    } else {
        MassUnit::Kg
    }
}

/// The unit a column of masses reads best in: the unit of its median, so most rows have few
/// digits and the largest still reads (a column of 2,600 kg and 1.2 kg is in kilograms).
pub fn column_unit(values: impl Iterator<Item = f64>, forced: Option<MassUnit>) -> MassUnit {
    let mut values: Vec<f64> = values
        .filter(|v| v.is_finite() && *v != 0.0)
        .map(f64::abs)
        .collect();
    if values.is_empty() {
        return mass_unit(0.0, forced);
    }
    values.sort_by(f64::total_cmp);
    mass_unit(values[values.len() / 2], forced)
}

/// The unit symbol, which is the same in every language.
pub fn symbol(unit: MassUnit) -> &'static str {
    match unit {
        MassUnit::T => "tCO2e",
        MassUnit::Kg => "kgCO2e",
        MassUnit::G => "gCO2e",
    }
}

/// `kg` expressed in `unit`, to three significant figures, digits grouped.
pub fn mass(l: &Localizer, kg: f64, unit: MassUnit) -> String {
    if !kg.is_finite() {
        return "–".to_owned();
    }
    let value = match unit {
        MassUnit::T => kg / 1000.0,
        MassUnit::Kg => kg,
        MassUnit::G => kg * 1000.0,
    };
    l.number(value)
}

/// `kg` in `unit` with its symbol: `8.54 tCO2e`.
pub fn mass_with_unit(l: &Localizer, kg: f64, unit: MassUnit) -> String {
    format!("{} {}", mass(l, kg, unit), symbol(unit))
}

/// A share as a percentage with one decimal, in the language's words.
pub fn percent(l: &Localizer, fraction: f64) -> String {
    if fraction.is_finite() {
        tr(
            l,
            msg!(
                "percent",
                value = Arg::Text(format!("{:.1}", fraction * 100.0))
            ),
        )
    } else {
        "–".to_owned()
    }
}

/// An interval in `unit`: `1.2–3.4`, or `–` without one.
pub fn range(l: &Localizer, i: Option<Interval>, unit: MassUnit) -> String {
    match i {
        Some(i) => tr(
            l,
            msg!(
                "range",
                low = mass(l, i.low, unit),
                high = mass(l, i.high, unit)
            ),
        ),
        None => "–".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sero_i18n::Lang;

    #[test]
    fn units_follow_the_size() {
        let l = Localizer::new(Lang::En);
        assert_eq!(mass_unit(8544.0, None), MassUnit::T);
        assert_eq!(mass_unit(0.712, None), MassUnit::G);
        assert_eq!(mass_unit(12.0, None), MassUnit::Kg);
        assert_eq!(mass_unit(0.0, None), MassUnit::Kg);
        assert_eq!(mass_unit(8544.0, Some(MassUnit::Kg)), MassUnit::Kg);
        assert_eq!(mass(&l, 8544.0, MassUnit::T), "8.54");
        assert_eq!(mass(&l, 0.712, MassUnit::G), "712");
    }
}
