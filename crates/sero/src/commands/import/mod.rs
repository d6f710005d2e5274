//! `sero import`: activity data from cloud bills, IT inventories and power meters. Each writes
//! an activity file that a manifest component reads with `from:`.

pub mod cloud;
pub mod inventory;
pub mod prometheus;

use crate::Failure;
use crate::cli::{ImportArgs, ImportSource};

pub fn run(args: ImportArgs) -> Result<(), Failure> {
    match args.source {
        ImportSource::Cloud(args) => cloud::run(args),
        ImportSource::Inventory(args) => inventory::run(args),
        ImportSource::Prometheus(args) => prometheus::run(args),
    }
}
