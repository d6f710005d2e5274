//! `sero grid`: the GB grid's carbon intensity now, its forecast, and the best window to run a job.

use clap::Args;

use crate::Failure;

#[derive(Debug, Args)]
pub struct GridArgs {}

pub fn run(_args: GridArgs) -> Result<(), Failure> {
    Err(Failure::input("error: this command is not built yet"))
}
