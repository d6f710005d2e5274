//! Integration tests of sero-core, driven through its public API with the bundled factor
//! library.

mod accounting;
mod compare;
mod ecoindex;
mod evaluate;
mod grid;
mod laws;
mod page;
mod parity;
mod sci;
mod units;

use sero_core::factor::FactorSet;

/// The bundled library, as the CLI uses it (parsed once per test binary).
pub fn library() -> &'static FactorSet {
    static LIBRARY: std::sync::OnceLock<FactorSet> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| sero_factors::bundled().expect("the bundled factor library parses"))
}

/// An example manifest of the repository, read as the CLI reads it.
pub fn example(name: &str) -> sero_core::Service {
    let registry = sero_core::Registry::bundled();
    let exists = |id: &str| sero_core::FactorLibrary::get(library(), id).is_some();
    let schema = sero_manifest::manifest::Schema {
        registry: &registry,
        factor_exists: &exists,
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name);
    sero_manifest::manifest::load(&path, &schema).expect("the example manifest reads")
}

/// A manifest written in a test, read as the CLI reads it.
pub fn manifest(yaml: &str) -> sero_core::Service {
    let registry = sero_core::Registry::bundled();
    let exists = |id: &str| sero_core::FactorLibrary::get(library(), id).is_some();
    let schema = sero_manifest::manifest::Schema {
        registry: &registry,
        factor_exists: &exists,
    };
    sero_manifest::manifest::parse(
        yaml,
        "test.yaml",
        sero_manifest::tree::Format::Yaml,
        &schema,
    )
    .expect("the test manifest reads")
}
