//! `sero check FILE`: reads and evaluates a manifest, printing only what is wrong.

use sero_core::evaluate::{Options, assess};
use sero_core::models::Registry;

use super::{load_manifest, print};
use crate::Failure;
use crate::cli::CheckArgs;
use crate::library;
use crate::tr;

pub fn run(args: CheckArgs) -> Result<(), Failure> {
    let (factors, _notes) = library::load(&args.factors)?;
    let registry = Registry::bundled();
    let service = load_manifest(&args.manifest, &registry, &factors)?;
    let assessment = assess(&service, &registry, &factors, Options::default());
    // A component whose model failed is an error here, in the words of the report's warning.
    let failures = assessment.failures();
    let errors: Vec<String> = failures
        .iter()
        .map(|failure| crate::tr!("error-line", message = failure.clone()))
        .collect();
    for warning in assessment.all_warnings() {
        if !failures.contains(&warning) {
            crate::ui::warn(&warning);
        }
    }
    if !errors.is_empty() {
        return Err(Failure::input(errors.join("\n")));
    }
    print(&format!(
        "{}\n",
        tr!(
            "check-ok",
            file = args.manifest.display().to_string(),
            components = assessment.components.len() as i64,
            channels = assessment.channels.len() as i64
        )
    ))
}
