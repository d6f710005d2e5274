//! Loads the bundled factor library plus the user's `--factors` files.

use sero_core::factor::FactorSet;

use crate::Failure;
use crate::cli::FactorFiles;

/// The library, and notes about overridden factors.
pub fn load(files: &FactorFiles) -> Result<(FactorSet, Vec<String>), Failure> {
    let mut set = sero_factors::bundled().map_err(|e| Failure::input(format!("error: {e}")))?;
    let mut notes = Vec::new();
    for path in &files.files {
        let factors = sero_factors::load_file(path).map_err(|e| match e {
            sero_factors::LoadError::Io { .. } => Failure::input(format!(
                "error: {e}\n  = hint: check the path given to --factors"
            )),
            sero_factors::LoadError::Invalid { rendered } => Failure::input(rendered),
        })?;
        for id in sero_factors::apply_overrides(&mut set, factors) {
            notes.push(format!("factor `{id}` overridden by {}", path.display()));
        }
    }
    Ok((set, notes))
}
