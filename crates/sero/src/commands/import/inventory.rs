//! `sero import inventory`: an IT estate to annual emissions.

use clap::Args;

use crate::Failure;

#[derive(Debug, Args)]
pub struct InventoryArgs {}

pub fn run(_args: InventoryArgs) -> Result<(), Failure> {
    Err(Failure::input("error: this command is not built yet"))
}
