//! sero's own words around an Impact Framework run (IF's error messages
//! stay as IF writes them: they are part of the output manifest).

pub const FILES_MATCH: &str = "Files match!";
pub const FILES_DIFFER: &str = "Files do not match!";
pub const NOT_A_MAPPING: &str = "the manifest is not a YAML mapping";
pub const RUN_FAILED_HINT: &str =
    "the output manifest records the failure under `execution` (status: fail), as if-run does";
