//! `sero import inventory`: an IT estate to annual emissions.
//!
//! Reads the CSV, hands it to `sero-inventory`, prints the report (table or JSON) and writes
//! the Tech Carbon Standard export and the activity file when asked. A bad row is refused with
//! its file, line and column; every bad row is listed, and nothing is written.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use sero_inventory::RowError;

use crate::Failure;
use crate::cli::FactorFiles;
use crate::commands::print;
use crate::library;

#[derive(Debug, Args)]
pub struct InventoryArgs {
    /// The inventory: a CSV with one line per asset type (columns in docs/inventory.md)
    pub file: PathBuf,
    /// Report format
    #[arg(long, value_enum, default_value_t = InventoryFormat::Table)]
    pub format: InventoryFormat,
    /// Also write the Tech Carbon Standard JSON (schema v0.1.0) to FILE
    #[arg(long, value_name = "FILE")]
    pub tcs: Option<PathBuf>,
    /// Also write an activity file (`sero_activity: 1`) that a manifest component reads with `from:`
    #[arg(long, value_name = "FILE")]
    pub activity: Option<PathBuf>,
    #[command(flatten)]
    pub factors: FactorFiles,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InventoryFormat {
    Table,
    Json,
}

pub fn run(args: InventoryArgs) -> Result<(), Failure> {
    let (factors, _notes) = library::load(&args.factors)?;
    let name = args.file.display().to_string();
    let text = std::fs::read_to_string(&args.file).map_err(|e| {
        Failure::input(format!(
            "error: cannot read `{name}`: {e}\n  = hint: check the path of the inventory CSV"
        ))
    })?;
    let rows = sero_inventory::parse(&text).map_err(|errors| refused(&name, &errors))?;
    let inventory =
        sero_inventory::estimate(&rows, &factors).map_err(|errors| refused(&name, &errors))?;
    let report = match args.format {
        InventoryFormat::Table => sero_inventory::report::render(&inventory, &name),
        InventoryFormat::Json => {
            pretty(&sero_inventory::export::report_document(&inventory, &name))?
        }
    };
    if let Some(path) = &args.tcs {
        write(
            path,
            &pretty(&sero_inventory::export::tcs_document(&inventory))?,
        )?;
    }
    if let Some(path) = &args.activity {
        let produced_by = format!("sero import inventory {name}");
        write(
            path,
            &pretty(&sero_inventory::export::activity_document(
                &inventory,
                &produced_by,
            ))?,
        )?;
    }
    print(&report)
}

fn pretty(value: &serde_json::Value) -> Result<String, Failure> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| Failure::input(format!("error: {e}")))?;
    text.push('\n');
    Ok(text)
}

fn write(path: &Path, text: &str) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| {
        Failure::input(format!(
            "error: cannot write `{}`: {e}\n  = hint: check that the directory exists and is writable",
            path.display()
        ))
    })
}

/// Every bad row, each with file, line, column and hint.
fn refused(file: &str, errors: &[RowError]) -> Failure {
    let mut message = String::new();
    for error in errors {
        let column = error
            .column
            .map(|c| format!(", column `{c}`"))
            .unwrap_or_default();
        message.push_str(&format!(
            "error: {file}, line {}{column}: {}\n  = hint: {}\n",
            error.line, error.message, error.hint
        ));
    }
    message.push_str(&format!(
        "{} rows refused; nothing was estimated or written\n",
        errors.len()
    ));
    Failure::input(message)
}
