//! Integration tests of `sero-inventory`: CSV text in, figures and documents out, with the
//! bundled factor library.
//!
//! - [`hand`]: single rows computed by hand from the published figures.
//! - [`errors`]: malformed inventories, every bad cell reported with its line and column.
//! - [`tcs`]: the Tech Carbon Standard export against a JSON Schema of v0.1.0.
//! - [`example`]: the Welsh council example: totals equal the sum of rows and of categories.
//! - [`activity`]: the activity file gives the same figures when its rows are evaluated again.

mod activity;
mod errors;
mod example;
mod hand;
mod tcs;

use sero_core::factor::FactorSet;
use sero_inventory::{Inventory, RowError};

fn library() -> FactorSet {
    sero_factors::bundled().expect("the bundled factor library loads")
}

/// Parses and estimates `csv`, which must be accepted.
#[track_caller]
fn inventory(csv: &str) -> Inventory {
    let rows = sero_inventory::parse(csv).unwrap_or_else(|e| panic!("refused: {e:#?}"));
    sero_inventory::estimate(&rows, &library()).unwrap_or_else(|e| panic!("refused: {e:#?}"))
}

/// The errors of a refused `csv`, whether found while reading or while estimating.
#[track_caller]
fn refused(csv: &str) -> Vec<RowError> {
    match sero_inventory::parse(csv) {
        Err(errors) => errors,
        Ok(rows) => match sero_inventory::estimate(&rows, &library()) {
            Err(errors) => errors,
            Ok(_) => panic!("accepted:\n{csv}"),
        },
    }
}

#[track_caller]
fn assert_close(a: f64, b: f64, what: &str) {
    let scale = a.abs().max(b.abs()).max(1e-12);
    assert!((a - b).abs() <= 1e-9 * scale, "{what}: {a} != {b}");
}

/// The UK electricity factor of the DESNZ 2025 set, generation plus T&D losses (kgCO2e/kWh),
/// as published: 0.17700 + 0.01853.
const DESNZ_2025_WITH_LOSSES: f64 = 0.177 + 0.01853;
