//! `sero sci`: a service's Software Carbon Intensity score per functional unit.

use clap::Args;

use crate::Failure;

#[derive(Debug, Args)]
pub struct SciArgs {}

pub fn run(_args: SciArgs) -> Result<(), Failure> {
    Err(Failure::input("error: this command is not built yet"))
}
