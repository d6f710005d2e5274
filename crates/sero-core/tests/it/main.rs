//! Integration tests of sero-core, driven through its public API with the bundled factor
//! library.

mod compare;
mod ecoindex;
mod evaluate;
mod grid;
mod laws;
mod page;
mod parity;
mod units;

use sero_core::factor::FactorSet;

/// The bundled library, as the CLI uses it (parsed once per test binary).
pub fn library() -> &'static FactorSet {
    static LIBRARY: std::sync::OnceLock<FactorSet> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| sero_factors::bundled().expect("the bundled factor library parses"))
}
