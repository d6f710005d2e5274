//! Loads the bundled factor library plus the user's `--factors` files.

use sero_core::factor::FactorSet;

use crate::Failure;
use crate::cli::FactorFiles;

/// The library, and notes about overridden factors.
pub fn load(files: &FactorFiles) -> Result<(FactorSet, Vec<String>), Failure> {
    let mut set = sero_factors::bundled().map_err(|e| failure(e, None))?;
    let mut notes = Vec::new();
    for path in &files.files {
        let factors = sero_factors::load_file(path)
            .map_err(|e| failure(e, Some(crate::tr!("hint-factors-path"))))?;
        for id in sero_factors::apply_overrides(&mut set, factors) {
            notes.push(crate::tr!(
                "manifest-factor-overridden",
                factor = id,
                path = path.display().to_string()
            ));
        }
    }
    Ok((set, notes))
}

/// A factor file that could not be read, in the reader's language: where it went wrong and,
/// for a file that could not be opened, `hint`.
fn failure(error: sero_factors::LoadError, hint: Option<String>) -> Failure {
    match error {
        sero_factors::LoadError::Io { path, source } => {
            let message = crate::tr!(
                "error-cannot-read-factors",
                path = path,
                error = source.to_string()
            );
            let mut text = crate::tr!("error-line", message = message);
            if let Some(hint) = hint {
                text.push('\n');
                text.push_str(&crate::output::hint_line(&hint));
            }
            Failure::input(text)
        }
        sero_factors::LoadError::Invalid(error) => Failure::input(error.render(&crate::i18n::tr)),
    }
}
