//! Units of measure for model inputs and factors.
//!
//! sero keeps quantities as `f64` in a known unit, and puts the unit in the name of every field
//! (`energy_kwh`, `co2e_kg`). Inputs written by people arrive as text such as `45 W` or `2.3 MB`;
//! this module turns them into a number in the unit an input expects, or says which units were
//! possible. It never guesses a unit it does not know.

use std::fmt;

/// What a quantity measures. Two units convert only within one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    Energy,
    Power,
    Data,
    Duration,
    /// Mass of greenhouse gas, as carbon dioxide equivalent.
    Emissions,
    /// Emissions per unit of energy (grid carbon intensity).
    Intensity,
    /// A fraction: `0.25` or `25%`.
    Ratio,
    /// A plain count (transactions, servers, pages).
    Count,
    /// Money, in pounds sterling.
    Money,
    Length,
    Mass,
    /// Energy per amount of data (the SWD and OneByte constants).
    EnergyPerData,
    /// Emissions per pound spent (spend-based factors).
    EmissionsPerMoney,
    /// Hours of use in a year.
    UsagePerYear,
    /// Emissions per hour (per FTE working hour).
    EmissionsPerHour,
    /// Emissions per mass of material (per tonne of paper).
    EmissionsPerMass,
    /// Emissions per distance travelled (per km, or per passenger-km).
    EmissionsPerDistance,
}

impl Dimension {
    /// What the dimension measures, for messages ("a unit of energy").
    pub fn describe(self) -> &'static str {
        match self {
            Dimension::Energy => "energy",
            Dimension::Power => "power",
            Dimension::Data => "data size",
            Dimension::Duration => "time",
            Dimension::Emissions => "emissions",
            Dimension::Intensity => "carbon intensity",
            Dimension::Ratio => "a fraction",
            Dimension::Count => "a plain number",
            Dimension::Money => "money",
            Dimension::Length => "distance",
            Dimension::Mass => "mass",
            Dimension::EnergyPerData => "energy per data",
            Dimension::EmissionsPerMoney => "emissions per pound",
            Dimension::UsagePerYear => "hours of use a year",
            Dimension::EmissionsPerHour => "emissions per hour",
            Dimension::EmissionsPerMass => "emissions per mass",
            Dimension::EmissionsPerDistance => "emissions per distance",
        }
    }
}

/// A unit: its symbol, its dimension and its size in the dimension's base unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unit {
    pub symbol: &'static str,
    pub dimension: Dimension,
    /// Size of one of this unit in the base unit of the dimension
    /// (Wh, W, byte, second, gCO2e, gCO2e/kWh, fraction, 1, GBP, metre, gram).
    pub in_base: f64,
}

const fn unit(symbol: &'static str, dimension: Dimension, in_base: f64) -> Unit {
    Unit {
        symbol,
        dimension,
        in_base,
    }
}

/// Every unit sero understands. Decimal prefixes are SI (1 kB = 1000 B); binary ones are IEC
/// (1 KiB = 1024 B). A year is 365 days (8,760 hours), the convention of annual reporting.
pub const UNITS: &[Unit] = &[
    unit("Wh", Dimension::Energy, 1.0),
    unit("kWh", Dimension::Energy, 1e3),
    unit("MWh", Dimension::Energy, 1e6),
    unit("GWh", Dimension::Energy, 1e9),
    unit("J", Dimension::Energy, 1.0 / 3600.0),
    unit("kJ", Dimension::Energy, 1e3 / 3600.0),
    unit("MJ", Dimension::Energy, 1e6 / 3600.0),
    unit("W", Dimension::Power, 1.0),
    unit("kW", Dimension::Power, 1e3),
    unit("MW", Dimension::Power, 1e6),
    unit("B", Dimension::Data, 1.0),
    unit("kB", Dimension::Data, 1e3),
    unit("KB", Dimension::Data, 1e3),
    unit("MB", Dimension::Data, 1e6),
    unit("GB", Dimension::Data, 1e9),
    unit("TB", Dimension::Data, 1e12),
    unit("KiB", Dimension::Data, 1024.0),
    unit("MiB", Dimension::Data, 1_048_576.0),
    unit("GiB", Dimension::Data, 1_073_741_824.0),
    unit("TiB", Dimension::Data, 1_099_511_627_776.0),
    unit("s", Dimension::Duration, 1.0),
    unit("min", Dimension::Duration, 60.0),
    unit("h", Dimension::Duration, 3600.0),
    unit("day", Dimension::Duration, 86_400.0),
    unit("days", Dimension::Duration, 86_400.0),
    unit("week", Dimension::Duration, 604_800.0),
    unit("weeks", Dimension::Duration, 604_800.0),
    unit("year", Dimension::Duration, 31_536_000.0),
    unit("years", Dimension::Duration, 31_536_000.0),
    unit("gCO2e", Dimension::Emissions, 1.0),
    unit("kgCO2e", Dimension::Emissions, 1e3),
    unit("tCO2e", Dimension::Emissions, 1e6),
    unit("gCO2e/kWh", Dimension::Intensity, 1.0),
    unit("kgCO2e/kWh", Dimension::Intensity, 1e3),
    unit("%", Dimension::Ratio, 0.01),
    unit("GBP", Dimension::Money, 1.0),
    unit("£", Dimension::Money, 1.0),
    unit("m", Dimension::Length, 1.0),
    unit("km", Dimension::Length, 1e3),
    unit("mile", Dimension::Length, 1609.344),
    unit("miles", Dimension::Length, 1609.344),
    unit("kWh/GB", Dimension::EnergyPerData, 1.0),
    unit("kWh/B", Dimension::EnergyPerData, 1e9),
    unit("kgCO2e/GBP", Dimension::EmissionsPerMoney, 1.0),
    unit("h/year", Dimension::UsagePerYear, 1.0),
    unit("fraction", Dimension::Ratio, 1.0),
    unit("1", Dimension::Count, 1.0),
    unit("kgCO2e/h", Dimension::EmissionsPerHour, 1.0),
    unit("kgCO2e/t", Dimension::EmissionsPerMass, 1.0),
    unit("kgCO2e/km", Dimension::EmissionsPerDistance, 1.0),
    unit("kgCO2e/pkm", Dimension::EmissionsPerDistance, 1.0),
    unit("g", Dimension::Mass, 1.0),
    unit("kg", Dimension::Mass, 1e3),
    unit("t", Dimension::Mass, 1e6),
];

/// Looks a unit up by its symbol (exact, case-sensitive: `MB` is not `mb`).
pub fn find_unit(symbol: &str) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.symbol == symbol)
}

/// The symbols of the units of one dimension, for messages.
pub fn symbols_of(dimension: Dimension) -> Vec<&'static str> {
    UNITS
        .iter()
        .filter(|u| u.dimension == dimension)
        .map(|u| u.symbol)
        .collect()
}

/// Why a quantity could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum QuantityError {
    /// The text holds no number.
    NotANumber(String),
    /// The number is NaN or infinite.
    NotFinite,
    /// The unit is not one sero knows.
    UnknownUnit {
        unit: String,
        expected: Dimension,
        suggestion: Option<&'static str>,
    },
    /// The unit is known but measures something else.
    WrongDimension {
        unit: &'static str,
        found: Dimension,
        expected: Dimension,
    },
}

impl fmt::Display for QuantityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuantityError::NotANumber(text) => write!(f, "`{text}` is not a number"),
            QuantityError::NotFinite => write!(f, "the value is not a finite number"),
            QuantityError::UnknownUnit { unit, expected, .. } => write!(
                f,
                "unknown unit `{unit}` (expected a unit of {}: {})",
                expected.describe(),
                symbols_of(*expected).join(", ")
            ),
            QuantityError::WrongDimension {
                unit,
                found,
                expected,
            } => write!(
                f,
                "`{unit}` is a unit of {}, but this takes {} ({})",
                found.describe(),
                expected.describe(),
                symbols_of(*expected).join(", ")
            ),
        }
    }
}

/// Reads `text` as a quantity of `dimension` and returns it in `target` units.
///
/// Accepts `12`, `12.5 kWh`, `12.5kWh`, `2,400 kWh`, `25%`. A bare number is taken to be in the
/// target unit already.
pub fn parse_quantity(text: &str, target: &Unit) -> Result<f64, QuantityError> {
    let trimmed = text.trim();
    // `£1,450` is money written the British way round.
    if let Some(amount) = trimmed.strip_prefix('£') {
        return parse_quantity(&format!("{} GBP", amount.trim()), target);
    }
    let split = trimmed
        .char_indices()
        .find(|&(i, c)| {
            !(c.is_ascii_digit()
                || c == '.'
                || c == ','
                || c == '_'
                || ((c == '-' || c == '+') && i == 0)
                || ((c == 'e' || c == 'E') && i > 0 && next_is_digit_or_sign(trimmed, i)))
        })
        .map_or(trimmed.len(), |(i, _)| i);
    let (number_text, unit_text) = trimmed.split_at(split);
    let cleaned: String = number_text
        .chars()
        .filter(|&c| c != ',' && c != '_')
        .collect();
    let number: f64 = cleaned
        .parse()
        .map_err(|_| QuantityError::NotANumber(trimmed.to_owned()))?;
    if !number.is_finite() {
        return Err(QuantityError::NotFinite);
    }
    let unit_text = unit_text.trim();
    if unit_text.is_empty() {
        return Ok(number);
    }
    convert(number, unit_text, target)
}

fn next_is_digit_or_sign(text: &str, index: usize) -> bool {
    text[index + 1..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '+')
}

/// Converts `value` in the unit called `from` into `target` units.
pub fn convert(value: f64, from: &str, target: &Unit) -> Result<f64, QuantityError> {
    let Some(from) = find_unit(from) else {
        let candidates = symbols_of(target.dimension);
        let lower = from.to_ascii_lowercase();
        let suggestion = candidates
            .iter()
            .copied()
            .find(|c| c.to_ascii_lowercase() == lower);
        return Err(QuantityError::UnknownUnit {
            unit: from.to_owned(),
            expected: target.dimension,
            suggestion,
        });
    };
    if from.dimension != target.dimension {
        return Err(QuantityError::WrongDimension {
            unit: from.symbol,
            found: from.dimension,
            expected: target.dimension,
        });
    }
    Ok(value * from.in_base / target.in_base)
}

/// Hours in a non-leap year, the basis of "per year" figures.
pub const HOURS_PER_YEAR: f64 = 8760.0;

// Named units, for code that needs one by name.
pub const KWH: Unit = unit("kWh", Dimension::Energy, 1e3);
pub const WATT: Unit = unit("W", Dimension::Power, 1.0);
pub const BYTE: Unit = unit("B", Dimension::Data, 1.0);
pub const MINUTE: Unit = unit("min", Dimension::Duration, 60.0);
pub const HOUR: Unit = unit("h", Dimension::Duration, 3600.0);
pub const YEAR: Unit = unit("years", Dimension::Duration, 31_536_000.0);
pub const G_CO2E: Unit = unit("gCO2e", Dimension::Emissions, 1.0);
pub const KG_CO2E: Unit = unit("kgCO2e", Dimension::Emissions, 1e3);
pub const G_PER_KWH: Unit = unit("gCO2e/kWh", Dimension::Intensity, 1.0);
pub const KG_PER_KWH: Unit = unit("kgCO2e/kWh", Dimension::Intensity, 1e3);
pub const GBP: Unit = unit("GBP", Dimension::Money, 1.0);
pub const KWH_PER_GB: Unit = unit("kWh/GB", Dimension::EnergyPerData, 1.0);
pub const KWH_PER_BYTE: Unit = unit("kWh/B", Dimension::EnergyPerData, 1e9);
pub const KG_PER_GBP: Unit = unit("kgCO2e/GBP", Dimension::EmissionsPerMoney, 1.0);
pub const KG_PER_HOUR: Unit = unit("kgCO2e/h", Dimension::EmissionsPerHour, 1.0);
pub const KG_PER_TONNE: Unit = unit("kgCO2e/t", Dimension::EmissionsPerMass, 1.0);
pub const KG_PER_KM: Unit = unit("kgCO2e/km", Dimension::EmissionsPerDistance, 1.0);
pub const KM: Unit = unit("km", Dimension::Length, 1e3);
pub const GRAM: Unit = unit("g", Dimension::Mass, 1.0);
pub const HOURS_A_YEAR: Unit = unit("h/year", Dimension::UsagePerYear, 1.0);
/// The unit of a plain fraction (`0.25`); `25%` converts to it.
pub const FRACTION: Unit = unit("fraction", Dimension::Ratio, 1.0);
/// The unit of a plain number (a count, a PUE).
pub const ONE: Unit = unit("1", Dimension::Count, 1.0);
