//! `sero import prometheus`: Scaphandre's or Kepler's metrics as energy time series.

use clap::Args;

use crate::Failure;

#[derive(Debug, Args)]
pub struct PrometheusArgs {}

pub fn run(_args: PrometheusArgs) -> Result<(), Failure> {
    Err(Failure::input("error: this command is not built yet"))
}
