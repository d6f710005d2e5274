//! `sero import`: activity data from cloud bills, IT inventories and power meters. Each writes
//! an activity file that a manifest component reads with `from:`.

pub mod cloud;
pub mod inventory;
pub mod prometheus;

use clap::{Args, Subcommand};

use crate::Failure;

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub source: Source,
}

#[derive(Debug, Subcommand)]
pub enum Source {
    /// Cloud bills (AWS CUR, Azure cost export, Google billing export) to energy and emissions
    Cloud(cloud::CloudArgs),
    /// An IT estate (devices, servers, network) to annual emissions by category
    Inventory(inventory::InventoryArgs),
    /// Scaphandre's or Kepler's Prometheus metrics to energy time series
    Prometheus(prometheus::PrometheusArgs),
}

pub fn run(args: ImportArgs) -> Result<(), Failure> {
    match args.source {
        Source::Cloud(args) => cloud::run(args),
        Source::Inventory(args) => inventory::run(args),
        Source::Prometheus(args) => prometheus::run(args),
    }
}
