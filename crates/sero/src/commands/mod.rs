//! One module per subcommand.

mod check;
mod compare;
pub mod energy;
mod estimate;
mod factors;
pub mod grid;
pub mod impact_framework;
pub mod import;
mod init;
mod journey;
mod models;
pub mod page;
pub mod schema;
pub mod sci;
mod transfer;

use std::path::Path;

use sero_core::factor::{FactorLibrary, FactorSet};
use sero_core::models::Registry;
use sero_core::service::Service;
use sero_manifest::manifest::{self, LoadError, Schema};

use crate::Failure;
use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Estimate(args) => estimate::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Page(args) => page::run(args),
        Command::Journey(args) => journey::run(args),
        Command::Check(args) => check::run(args),
        Command::Init(args) => init::run(args),
        Command::Models(args) => models::run(args),
        Command::Factors(args) => factors::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Transfer(args) => transfer::run(args),
        Command::Grid(args) => grid::run(args),
        Command::If(args) => impact_framework::run(args),
        Command::Sci(args) => sci::run(args),
        Command::Import(args) => import::run(args),
        Command::Energy(args) => energy::run(args),
    }
}

/// Reads a manifest, turning its errors into exit code 2 with the located message.
pub fn load_manifest(
    path: &Path,
    registry: &Registry,
    library: &FactorSet,
) -> Result<Service, Failure> {
    let exists = |id: &str| library.get(id).is_some();
    let schema = Schema {
        registry,
        factor_exists: &exists,
    };
    manifest::load(path, &schema).map_err(|error| match error {
        LoadError::Io { .. } => Failure::input(format!(
            "error: {error}\n  = hint: check the path; `sero init > service.yaml` writes a starter manifest"
        )),
        LoadError::Manifest(error) => Failure::input(error.rendered),
    })
}

/// Exit 2 naming every component that could not be estimated (after the report is printed).
pub fn left_out(assessment: &sero_core::Assessment, manifest: &Path) -> Result<(), Failure> {
    let failed: Vec<String> = assessment
        .components
        .iter()
        .filter_map(|c| {
            c.error.as_ref().map(|e| {
                format!(
                    "error: component `{}` ({}): {e}",
                    c.path,
                    manifest.display()
                )
            })
        })
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Failure::input(format!(
            "{}\n  = hint: these components are left out of the totals above; fix their inputs",
            failed.join("\n")
        )))
    }
}

/// Writes a command's report to `-o/--output FILE`, else to standard output.
pub fn deliver(text: &str, output: Option<&Path>) -> Result<(), Failure> {
    match output {
        Some(path) => write_report(text, path),
        None => print(text),
    }
}

/// Writes a report to `path`; a failure is an input error naming the file.
pub fn write_report(text: &str, path: &Path) -> Result<(), Failure> {
    std::fs::write(path, text).map_err(|e| {
        Failure::input(crate::tr!(
            "cli-error-write-report",
            file = path.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// Writes to stdout, treating a closed pipe (`sero … | head`) as success.
pub fn print(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}
