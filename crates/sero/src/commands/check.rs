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
            c.error.as_ref().map(|e| {
                format!(
                    "error: component `{}`: {}",
                    c.path,
                    crate::i18n::tr(&e.message())
                )
            })
        })
        .collect();
    for warning in assessment.all_warnings() {
        if warning.id() != "warning-component-not-estimated" {
            eprintln!("{}", crate::tr!("cli-warning", warning = warning));
        }
    }
    if !errors.is_empty() {
        return Err(Failure::Check(errors.join("\n")));
    }
    print(&format!(
        "{}: {} — {}, {}\n",
        t::CHECK_OK,
        args.manifest.display(),
        t::count(
            assessment.components.len(),
            t::COMPONENT_ONE,
            t::COMPONENT_MANY
        ),
        t::count(assessment.channels.len(), t::CHANNEL_ONE, t::CHANNEL_MANY),
    ))
}
