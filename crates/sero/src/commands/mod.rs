//! One module per subcommand.

mod check;
mod compare;
mod completions;
pub mod energy;
mod estimate;
mod factors;
pub mod grid;
pub mod impact_framework;
pub mod import;
mod init;
mod journey;
mod man;
mod models;
pub mod page;
mod push;
pub mod schema;
pub mod sci;
mod serve;
mod transfer;

use std::path::Path;

use sero_core::factor::{FactorLibrary, FactorSet};
use sero_core::models::Registry;
use sero_core::service::Service;
use sero_manifest::manifest::{self, LoadError, Schema};
use sero_manifest::tree::Format;

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
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Admin(command) => serve::admin(command),
        Command::Backup(args) => serve::backup(args),
        Command::Push(args) => push::push(args),
        Command::Pull(args) => push::pull(args),
    }
}

/// Reads a manifest, turning its errors into exit code 2 with the located message.
pub fn load_manifest(
    path: &Path,
    registry: &Registry,
    library: &FactorSet,
) -> Result<Service, Failure> {
    // A starter's placeholder is refused first, by name, rather than as a wrong type.
    // (A file that cannot be read, or is too large, is refused by `manifest::load` below.)
    if let Ok(text) = sero_manifest::tree::read_source(path) {
        let name = path.display().to_string();
        if let Some(found) = sero_manifest::placeholder::first(&text, Format::from_path(&name)) {
            return Err(Failure::input(init::placeholder_refused(
                &found, &name, &text,
            )));
        }
    }
    let exists = |id: &str| library.get(id).is_some();
    let schema = Schema {
        registry,
        factor_exists: &exists,
    };
    manifest::load(path, &schema)
        .map_err(|error| load_failure(error, &crate::tr!("hint-manifest-path")))
}

/// A manifest or journey file that could not be read, in the reader's language: the located
/// error, or for a file that could not be opened the I/O error and the hint `hint`.
pub fn load_failure(error: LoadError, hint: &str) -> Failure {
    match error {
        LoadError::Io { path, source } => {
            let message = crate::tr!("error-cannot-read", path = path, error = source.to_string());
            refuse(message, hint)
        }
        LoadError::Manifest(error) => Failure::input(error.render(&crate::i18n::tr)),
    }
}

pub use crate::output::refuse;

/// Exit 2 naming every component that could not be estimated (after the report is printed).
/// Why each was left out is in the report's warnings, so it is not repeated here.
pub fn left_out(assessment: &sero_core::Assessment, manifest: &Path) -> Result<(), Failure> {
    let failed: Vec<String> = assessment
        .components
        .iter()
        .filter(|c| c.error.is_some())
        .map(|c| format!("`{}`", c.path))
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        let message = crate::tr!(
            "error-components-left-out",
            count = failed.len(),
            manifest = manifest.display().to_string(),
            components = failed.join(", ")
        );
        Err(refuse(message, sero_core::msg!("hint-see-report-warnings")))
    }
}

/// The grid intensity chosen with `--grid` or `--country`, if any.
pub fn chosen_grid(
    choice: &crate::cli::GridChoice,
) -> Option<sero_core::models::data_transfer::Intensity> {
    use sero_core::models::data_transfer::Intensity;
    choice
        .grid
        .map(Intensity::GramsPerKwh)
        .or_else(|| choice.country.clone().map(Intensity::Country))
}

/// The chosen grid as the `electricity` model reads it (gCO2e/kWh as a number, or a country
/// code), if one was chosen.
pub fn grid_text(choice: &crate::cli::GridChoice) -> Option<String> {
    choice
        .grid
        .map(|g| g.to_string())
        .or_else(|| choice.country.clone())
}

/// A page view's transfer request with the chosen grid for every segment, else the default
/// (the United Kingdom's annual average).
pub fn page_template(
    choice: &crate::cli::GridChoice,
) -> sero_core::models::data_transfer::TransferRequest {
    let mut template = sero_core::page_report::default_template();
    if let Some(intensity) = chosen_grid(choice) {
        for segment in [
            &mut template.device,
            &mut template.network,
            &mut template.data_centre,
        ] {
            *segment = Some(intensity.clone());
        }
    }
    template
}

/// Writes a report where the shared output options say: to `output` when given (replacing
/// the file), else to standard output.
pub fn emit(output: Option<&Path>, text: &str) -> Result<(), Failure> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            let message = crate::tr!(
                "error-cannot-write",
                path = path.display().to_string(),
                error = e.to_string()
            );
            refuse(message, sero_core::msg!("hint-cannot-write"))
        }),
        None => print(text),
    }
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
