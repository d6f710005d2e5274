//! The Green Software Foundation's Impact Framework (`@grnsft/if` 1.1.0),
//! run natively: `if-run` over manifests that use IF's builtins, writing the
//! same output manifest, and `if-diff` over two output manifests.
//!
//! Manifests are parsed from `saphyr-parser` events into compact values
//! (interned strings, shared observation shapes), each plugin runs over all
//! observations of a node at once, and the output is streamed as YAML.

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
pub mod text;
pub mod time;
pub mod value;
pub mod yaml;
mod zod;

pub use engine::{LoadError, Options, Run, run, run_file};
pub use error::IfError;
