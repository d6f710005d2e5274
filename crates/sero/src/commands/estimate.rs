//! `sero estimate FILE`: the footprint of a service.

use sero_core::evaluate::{Options, assess};
use sero_core::models::Registry;

use super::{load_manifest, print};
use crate::Failure;
use crate::cli::{EstimateArgs, Format};
use crate::library;
use crate::output;

pub fn run(args: EstimateArgs) -> Result<(), Failure> {
    let (factors, notes) = library::load(&args.factors)?;
    let registry = Registry::bundled();
    let service = load_manifest(&args.manifest, &registry, &factors)?;
    let options = Options {
        samples: args.uncertainty.samples,
        seed: args.uncertainty.seed,
        explain: args.explain || args.format != Format::Table,
    };
    let assessment = assess(&service, &registry, &factors, options);
    let text = match args.format {
        Format::Table => output::table::render(&assessment, args.explain, &notes),
        Format::Json => {
            let mut text =
                serde_json::to_string_pretty(&output::json::document(&assessment, &notes))
                    .map_err(|e| Failure::input(format!("error: {e}")))?;
            text.push('\n');
            text
        }
        Format::Csv => output::csv::render(&assessment),
    };
    print(&text)?;
    super::left_out(&assessment, &args.manifest)
}
