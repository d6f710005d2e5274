//! `sero init`: a commented starter manifest.

use std::io::Write;

use sero_manifest::diagnostic::{Diagnostic, SourceFile};
use sero_manifest::placeholder::{MARKER, Placeholder};

use super::print;
use crate::Failure;
use crate::cli::InitArgs;
use crate::tr;

const STARTER: &str = include_str!("../../templates/starter.yaml");

/// The starter manifest for `service`.
pub fn starter(service: &str) -> String {
    let escaped = service.replace('\\', "\\\\").replace('"', "\\\"");
    STARTER.replace("{{SERVICE}}", &escaped)
}

pub fn run(args: InitArgs) -> Result<(), Failure> {
    let text = starter(&args.service);
    match &args.output {
        None => print(&text),
        Some(path) => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|e| {
                    Failure::input(tr!(
                        "init-cannot-create",
                        path = path.display().to_string(),
                        reason = e.to_string()
                    ))
                })?;
            file.write_all(text.as_bytes())?;
            eprintln!("{}", tr!("init-wrote", path = path.display().to_string()));
            Ok(())
        }
    }
}

/// The located error for a manifest that still holds a placeholder of the starter
/// (file:line:column, the source line underlined, the key and a hint), in the reader's language.
pub fn placeholder_refused(found: &Placeholder, name: &str, text: &str) -> String {
    let diagnostic = Diagnostic::at(
        found.span,
        sero_core::msg!(
            "check-placeholder",
            key = found.key.as_str(),
            marker = MARKER
        ),
    )
    .with_label(sero_core::msg!("check-placeholder-label"))
    .with_hint(if found.example.is_empty() {
        sero_core::msg!("check-placeholder-hint", marker = MARKER)
    } else {
        sero_core::msg!(
            "check-placeholder-hint-example",
            marker = MARKER,
            example = found.example.as_str()
        )
    });
    diagnostic.render(&SourceFile::new(name, text), &crate::i18n::tr)
}
