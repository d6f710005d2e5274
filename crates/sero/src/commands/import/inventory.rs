//! `sero import inventory`: an IT estate to annual emissions.
//!
//! Reads the CSV, hands it to `sero-inventory`, prints the report (table or JSON) and writes
//! the Tech Carbon Standard export and the activity file when asked. A bad row is refused with
//! its file, line and column; every bad row is listed, and nothing is written.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use sero_inventory::RowError;
use sero_inventory::text;

use crate::Failure;
use crate::cli::FactorFiles;
use crate::commands::print;
use crate::library;
use crate::output::document::{self, Kind};

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
    let (factors, notes) = library::load(&args.factors)?;
    let name = args.file.display().to_string();
    let csv = std::fs::read_to_string(&args.file)
        .map_err(|e| Failure::input(text::cannot_read(&name, &e.to_string())))?;
    let rows = sero_inventory::parse(&csv).map_err(|errors| refused(&name, &errors))?;
    let inventory =
        sero_inventory::estimate(&rows, &factors).map_err(|errors| refused(&name, &errors))?;
    let report = match args.format {
        InventoryFormat::Table => {
            sero_inventory::report::render(&inventory, &name, &notes, &crate::i18n::tr)
        }
        InventoryFormat::Json => {
            let mut body = sero_inventory::export::report_document(
                &inventory,
                &name,
                &notes,
                &crate::i18n::tr,
            );
            if let Some(map) = body.as_object_mut() {
                let sources = inventory
                    .factors()
                    .iter()
                    .map(|f| document::factor(f))
                    .collect();
                map.insert("sources".to_owned(), serde_json::Value::Array(sources));
            }
            document::write(Kind::ImportInventory, None, body)?
        }
    };
    if let Some(path) = &args.tcs {
        // The Tech Carbon Standard's own schema (v0.1.0): it allows no key of sero's, so this
        // file has no envelope and no factors.
        let mut text =
            serde_json::to_string_pretty(&sero_inventory::export::tcs_document(&inventory))
                .map_err(|e| Failure::input(format!("error: {e}")))?;
        text.push('\n');
        write(path, &text)?;
    }
    if let Some(path) = &args.activity {
        let produced_by = format!("sero import inventory {name}");
        let file = sero_inventory::export::activity_file(&inventory, &produced_by);
        write(
            path,
            &document::activity(Kind::Activity, &file, serde_json::Map::new())?,
        )?;
    }
    print(&report)
}

fn write(path: &Path, contents: &str) -> Result<(), Failure> {
    std::fs::write(path, contents).map_err(|e| {
        Failure::input(text::cannot_write(
            &path.display().to_string(),
            &e.to_string(),
        ))
    })
}

/// Every problem, each with file, line, column and hint.
fn refused(file: &str, errors: &[RowError]) -> Failure {
    let mut message = String::new();
    for error in errors {
        message.push_str(&text::located(
            file,
            error.line,
            error.column,
            &error.message,
            &error.hint,
        ));
    }
    message.push_str(&text::refused_summary(errors.len()));
    Failure::input(message)
}
