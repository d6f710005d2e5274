//! `sero if`: run and compare Impact Framework manifests.

use clap::Args;

use crate::Failure;

#[derive(Debug, Args)]
pub struct IfArgs {}

pub fn run(_args: IfArgs) -> Result<(), Failure> {
    Err(Failure::input("error: this command is not built yet"))
}
