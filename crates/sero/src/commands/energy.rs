//! `sero energy -- COMMAND`: the energy a command used, from RAPL or a stated TDP model.

use clap::Args;

use crate::Failure;

#[derive(Debug, Args)]
pub struct EnergyArgs {}

pub fn run(_args: EnergyArgs) -> Result<(), Failure> {
    Err(Failure::input("error: this command is not built yet"))
}
