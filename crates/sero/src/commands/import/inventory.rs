//! `sero import inventory`: an IT estate to annual emissions.
//!
//! Reads the CSV, hands it to `sero-inventory`, prints the report (table or JSON) and writes
//! the Tech Carbon Standard export and the activity file when asked. A bad row is refused with
//! its file, line and column; every bad row is listed, and nothing is written.

use std::path::Path;

use sero_inventory::RowError;

use crate::Failure;
use crate::cli::{InventoryArgs, InventoryFormat};
use crate::commands::emit;
use crate::library;
use crate::output::document::{self, Kind};
use crate::output::inventory as report;
use crate::output::layout::{self, wrap};
use crate::tr;

pub fn run(args: InventoryArgs) -> Result<(), Failure> {
    let (factors, notes) = library::load(&args.factors)?;
    let name = args.file.display().to_string();
    // Read whole only within sero's limit on a file's size, as UTF-8 (else placed).
    let csv = sero_limits::read_text(&args.file).map_err(|e| match e {
        sero_limits::ReadError::Io(e) => Failure::input(tr!(
            "inventory-error-cannot-read",
            file = &name,
            error = e.to_string()
        )),
        other => crate::output::refuse(
            other.message(&name),
            other
                .hint()
                .unwrap_or(sero_core::msg!("limit-not-utf8-hint")),
        ),
    })?;
    let rows = sero_inventory::parse(&csv).map_err(|errors| refused(&name, &errors))?;
    let inventory =
        sero_inventory::estimate(&rows, &factors).map_err(|errors| refused(&name, &errors))?;
    let report = match args.report.format {
        InventoryFormat::Table => report::render(&inventory, &name, &notes),
        InventoryFormat::Json => {
            let mut body = report::json(&inventory, &name, &notes);
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
                .map_err(|e| Failure::input(crate::tr!("error-line", message = e.to_string())))?;
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
    emit(args.report.output.as_deref(), &report)
}

fn write(path: &Path, contents: &str) -> Result<(), Failure> {
    std::fs::write(path, contents).map_err(|e| {
        Failure::input(tr!(
            "inventory-error-cannot-write",
            file = path.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// Every problem, each with file, line, column and hint.
fn refused(file: &str, errors: &[RowError]) -> Failure {
    let width = layout::width();
    let mut message = String::new();
    // The first few, then a count: a header of a million duplicate columns is a million
    // errors, and a hundred megabytes of them would help nobody.
    let shown = sero_limits::ERRORS_SHOWN;
    for error in errors.iter().take(shown) {
        let said = crate::i18n::tr(&error.message);
        let located = match error.column {
            Some(column) => tr!(
                "inventory-error-at-cell",
                file = file,
                line = error.line,
                column = column,
                message = said
            ),
            None => tr!(
                "inventory-error-at-line",
                file = file,
                line = error.line,
                message = said
            ),
        };
        let hint = tr!("inventory-hint-line", hint = error.hint.clone());
        message.push_str(&wrap(&located, width, "", "    "));
        message.push_str(&wrap(&hint, width, "  ", "    "));
    }
    if errors.len() > shown {
        message.push_str(&tr!(
            "inventory-more-errors",
            count = errors.len() - shown,
            shown = shown
        ));
        message.push('\n');
    }
    message.push_str(&tr!("inventory-refused", problems = errors.len()));
    message.push('\n');
    Failure::input(message)
}
