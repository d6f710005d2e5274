//! `sero init`: a commented starter manifest.

use std::io::Write;

use super::print;
use crate::Failure;
use crate::cli::InitArgs;

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
                    Failure::input(format!(
                        "error: cannot create `{}`: {e}\n  = hint: sero init does not overwrite files; choose another name",
                        path.display()
                    ))
                })?;
            file.write_all(text.as_bytes())?;
            eprintln!("wrote {}", path.display());
            Ok(())
        }
    }
}
