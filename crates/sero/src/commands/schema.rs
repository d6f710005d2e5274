//! `sero schema`: the JSON Schema of manifests, for editors, and of every JSON document sero
//! writes (`--document NAME`, `--list`).

use sero_core::models::Registry;

use super::print;
use crate::Failure;
use crate::cli::SchemaArgs;
use crate::output::document::Kind;

/// The name of the manifest's schema, beside the documents'.
const MANIFEST: &str = "manifest";

pub fn run(args: SchemaArgs) -> Result<(), Failure> {
    if args.list {
        let mut text = format!("{MANIFEST}\n");
        for kind in Kind::ALL {
            text.push_str(kind.name());
            text.push('\n');
        }
        return print(&text);
    }
    match args.document.as_deref() {
        None | Some(MANIFEST) => manifest(),
        Some(name) => match Kind::parse(name) {
            Some(kind) => print(crate::output::document::schema(kind)),
            None => Err(super::refuse(
                crate::tr!("schema-error-unknown-document", name = name),
                crate::tr!(
                    "schema-hint-documents",
                    names = format!("{MANIFEST}, {}", Kind::ALL.map(Kind::name).join(", "))
                ),
            )),
        },
    }
}

fn manifest() -> Result<(), Failure> {
    let schema = sero_manifest::schema::json_schema(&Registry::bundled());
    let mut text = serde_json::to_string_pretty(&schema)
        .map_err(|e| Failure::input(crate::tr!("error-line", message = e.to_string())))?;
    text.push('\n');
    print(&text)
}
