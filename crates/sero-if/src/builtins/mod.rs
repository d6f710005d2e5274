//! The builtins of IF 1.1.0 that sero runs, one [`Builtin`] per file, each
//! as IF computes it (`build/if-run/builtins/<name>/index.js` in
//! `@grnsft/if` 1.1.0), and the registry that finds them by the `method` a
//! manifest names. Adding a builtin is its file and one line of [`ALL`].

mod coefficient;
mod copy;
mod csv_import;
mod csv_lookup;
mod divide;
mod exponent;
mod interpolation;
mod mock_observations;
mod multiply;
mod regex;
mod sci;
mod sci_embodied;
mod shell;
mod subtract;
mod sum;
mod time_converter;
mod time_sync;

use crate::builtin::Builtin;

pub use interpolation::Spline;
pub use sci_embodied::SCI_EMBODIED_DEFAULTS;
pub use time_converter::{TIME_UNITS, to_fixed_6};

/// Every builtin, in the order IF's documentation lists them (the order of
/// the names in sero's hint for an unknown `method`).
pub static ALL: [&dyn Builtin; 17] = [
    &sum::Sum,
    &subtract::Subtract,
    &multiply::Multiply,
    &divide::Divide,
    &coefficient::Coefficient,
    &exponent::Exponent,
    &copy::Copy,
    &interpolation::Interpolation,
    &sci_embodied::SciEmbodied,
    &sci::Sci,
    &time_sync::TimeSync,
    &csv_lookup::CsvLookup,
    &csv_import::CsvImport,
    &regex::Regex,
    &mock_observations::MockObservations,
    &time_converter::TimeConverter,
    &shell::Shell,
];

/// The builtin a plugin's `method` names.
pub fn find(method: &str) -> Option<&'static dyn Builtin> {
    ALL.iter().copied().find(|b| b.name() == method)
}

/// The names of every builtin, as a manifest spells them.
pub fn names() -> impl Iterator<Item = &'static str> {
    ALL.iter().map(|b| b.name())
}
