//! The Green Software Foundation's Impact Framework (`@grnsft/if` 1.1.0),
//! run natively: `if-run` over manifests that use IF's builtins, writing the
//! same output manifest, and `if-diff` over two output manifests.
//!
//! Manifests are parsed from `saphyr-parser` events into compact values
//! (interned strings, shared observation shapes), each plugin runs over all
//! observations of a node at once, and the output is streamed as YAML.
//!
//! Each builtin is one type in `builtins/<name>.rs` implementing
//! [`builtin::Builtin`] (its name as IF spells it, config validation, input
//! checks, computation, parameter metadata); [`builtins::find`] maps a
//! plugin's `method` to it. Flat config schemas are declared as
//! `zod::Object`s, so the checks and IF's wording of them exist once.
//!
//! Modules depend one way, each only on modules listed before it (no
//! module imports one that imports it back):
//!
//! 1. `pool`, `jsnum`, `time`
//! 2. `value`; then `error`, `config`, `scalar`, `diff`
//! 3. `zod` (IF's validation issues and config schemas), `expr`,
//!    `aggregation`
//! 4. `builtin` (the trait, the run context, shared pieces), `csvfile`
//! 5. `builtins::<name>`, one per builtin; then `builtins` (the registry)
//! 6. `fast`, then `yaml`; `emit`
//! 7. `plugin` (IF's plugin contract around a builtin)
//! 8. `engine`

pub mod aggregation;
pub mod builtin;
pub mod builtins;
pub mod config;
mod csvfile;
pub mod diff;
pub mod emit;
pub mod engine;
pub mod error;
pub mod expr;
mod fast;
pub mod jsnum;
pub mod plugin;
pub mod pool;
pub mod scalar;
pub mod time;
pub mod value;
pub mod yaml;
mod zod;

pub use engine::{LoadError, Options, Run, run, run_file};
pub use error::IfError;
