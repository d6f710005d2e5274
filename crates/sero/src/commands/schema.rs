//! `sero schema`: the JSON Schema of manifests, for editors.

use sero_core::models::Registry;

use super::print;
use crate::Failure;

pub fn run() -> Result<(), Failure> {
    let schema = sero_manifest::schema::json_schema(&Registry::bundled());
    let mut text =
        serde_json::to_string_pretty(&schema).map_err(|e| Failure::input(format!("error: {e}")))?;
    text.push('\n');
    print(&text)
}
