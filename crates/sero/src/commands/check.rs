//! `sero check FILE`: reads and evaluates a manifest, printing only what is wrong.

use sero_core::evaluate::{Options, assess};
use sero_core::models::Registry;

use super::{load_manifest, print};
use crate::Failure;
use crate::cli::CheckArgs;
use crate::library;
use crate::text as t;

pub fn run(args: CheckArgs) -> Result<(), Failure> {
    let (factors, _notes) = library::load(&args.factors)?;
    let registry = Registry::bundled();
    let service = load_manifest(&args.manifest, &registry, &factors)?;
    let assessment = assess(&service, &registry, &factors, Options::default());
    let errors: Vec<String> = assessment
        .components
        .iter()
        .filter_map(|c| {
            c.error
                .as_ref()
                .map(|e| format!("error: component `{}`: {e}", c.path))
        })
        .collect();
    let mut text = String::new();
    for warning in assessment.all_warnings() {
        if !warning.contains("was not estimated") {
            text.push_str(&format!("warning: {warning}\n"));
        }
    }
    if !errors.is_empty() {
        print(&text)?;
        return Err(Failure::Check(errors.join("\n")));
    }
    text.push_str(&format!(
        "{}: {} — {} components, {} channels\n",
        t::CHECK_OK,
        args.manifest.display(),
        assessment.components.len(),
        assessment.channels.len()
    ));
    print(&text)
}
