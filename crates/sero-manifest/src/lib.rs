//! Manifests: YAML (the default), TOML or JSON files describing a service, read into
//! `sero_core` types with every error pointing at file:line:column; and the JSON Schema that
//! lets editors complete and check them.
//!
//! Reading goes through a format-independent tree with spans ([`tree`]), so the three formats
//! share one schema and one set of messages.

pub mod activity;
pub mod diagnostic;
pub mod inputs;
pub mod journey;
pub mod manifest;
pub mod placeholder;
pub mod read;
pub mod schema;
pub mod sitemap;
pub mod span;
pub mod tree;
