//! `sero import cloud`: cloud bills to energy and emissions.

use clap::Args;

use crate::Failure;

#[derive(Debug, Args)]
pub struct CloudArgs {}

pub fn run(_args: CloudArgs) -> Result<(), Failure> {
    Err(Failure::input("error: this command is not built yet"))
}
