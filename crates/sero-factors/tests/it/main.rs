//! The bundled factor library and the reader of users' factor files.

use std::io::Write;

use sero_core::factor::{FactorLibrary, Spread};
use sero_core::units::find_unit;

fn value(id: &str) -> f64 {
    sero_factors::bundled()
        .unwrap()
        .get(id)
        .unwrap_or_else(|| panic!("{id}"))
        .value
}

#[test]
fn every_bundled_factor_has_a_source_a_unit_and_a_range() {
    let library = sero_factors::bundled().unwrap();
    let all = library.all();
    assert!(all.len() > 250, "{} factors", all.len());
    for f in all {
        assert!(
            f.citation.url.starts_with("https://"),
            "{}: {:?}",
            f.id,
            f.citation
        );
        assert!(
            !f.citation.publisher.is_empty() && !f.citation.edition.is_empty(),
            "{}",
            f.id
        );
        assert!(!f.licence.is_empty(), "{}", f.id);
        assert!(find_unit(&f.unit).is_some(), "{}: unit {}", f.id, f.unit);
        assert!(f.low <= f.value && f.value <= f.high, "{}", f.id);
        if let Spread::Assumed { reason, .. } = &f.spread {
            assert!(
                reason.starts_with("assumed") || reason.starts_with("a definition"),
                "{}: {reason}",
                f.id
            );
        }
    }
}

#[test]
fn desnz_electricity_factors_match_the_published_sets() {
    // DESNZ condensed sets, UK electricity (kgCO2e/kWh).
    assert_eq!(value("desnz/2025/electricity-generation"), 0.17700);
    assert_eq!(value("desnz/2025/electricity-td-losses"), 0.01853);
    assert_eq!(value("desnz/2025/electricity-wtt-generation"), 0.04590);
    assert_eq!(value("desnz/2025/electricity-wtt-td"), 0.00397);
    assert_eq!(value("desnz/2024/electricity-generation"), 0.20705);
    assert_eq!(value("desnz/2024/electricity-td-losses"), 0.01830);
    assert_eq!(value("desnz/2023/electricity-generation"), 0.20707);
    assert_eq!(value("desnz/2023/electricity-td-losses"), 0.01792);
}

#[test]
fn grid_averages_cover_world_gbr_and_many_countries() {
    let library = sero_factors::bundled().unwrap();
    assert_eq!(value("grid/ember/WORLD"), 472.94);
    assert_eq!(value("grid/ember/GBR"), 215.79);
    assert_eq!(value("grid/ember/USA"), 383.55);
    assert_eq!(value("grid/ember/FRA"), 44.18);
    let countries = sero_factors::filter(&library, Some("grid/ember/"))
        .into_iter()
        .filter(|f| f.id.len() == "grid/ember/XXX".len())
        .count();
    assert!(countries >= 30, "{countries} countries");
}

#[test]
fn filter_by_prefix_and_tag() {
    let library = sero_factors::bundled().unwrap();
    let desnz = sero_factors::filter(&library, Some("desnz/2025/electricity"));
    assert_eq!(desnz.len(), 4);
    let devices = sero_factors::filter(&library, Some("device"));
    assert!(devices.iter().all(|f| f.tags.iter().any(|t| t == "device")));
    assert!(devices.len() >= 20);
}

fn write(name: &str, text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    (dir, path)
}

#[test]
fn a_user_file_adds_and_overrides_factors() {
    let (_dir, path) = write(
        "mine.yaml",
        r#"
factors:
  - id: desnz/2025/electricity-generation
    description: Our supplier's residual mix
    value: 0.3
    unit: kgCO2e/kWh
    low: 0.25
    high: 0.35
    source: {publisher: Us, title: Our contract, edition: "2025", url: "https://example.org/contract", licence: internal}
  - id: spend/our-framework/laptops
    description: Laptops bought on our framework
    value: 0.4
    unit: kgCO2e/GBP
    spread: spend
    source: wppn-12-21
"#,
    );
    let factors = sero_factors::load_file(&path).unwrap();
    assert_eq!(factors.len(), 2);
    assert_eq!(factors[1].citation.publisher, "Welsh Government");
    assert!(matches!(factors[1].spread, Spread::Assumed { relative, .. } if relative == 0.5));
    let mut library = sero_factors::bundled().unwrap();
    let replaced = sero_factors::apply_overrides(&mut library, factors);
    assert_eq!(
        replaced,
        vec!["desnz/2025/electricity-generation".to_owned()]
    );
    assert_eq!(
        library
            .get("desnz/2025/electricity-generation")
            .unwrap()
            .value,
        0.3
    );
}

/// The error of a factor file as an English reader sees it.
fn english(error: sero_factors::LoadError) -> String {
    let english = sero_i18n::Localizer::new(sero_i18n::Lang::En);
    match error {
        sero_factors::LoadError::Invalid(error) => error.render(&|m| english.render(m)),
        other => other.to_string(),
    }
}

#[test]
fn a_broken_user_file_names_file_line_and_column() {
    let (_dir, path) = write(
        "broken.yaml",
        "factors:\n  - id: x\n    description: y\n    value: 1\n    unit: kwh\n    spread: official\n    source: desnz-2025\n",
    );
    let error = english(sero_factors::load_file(&path).unwrap_err());
    assert!(error.contains("broken.yaml:5:11"), "{error}");
    assert!(error.contains("unknown unit `kwh`"), "{error}");

    let (_dir, path) = write("typo.yaml", "factors:\n  - id: x\n    descripton: y\n");
    let error = english(sero_factors::load_file(&path).unwrap_err());
    assert!(
        error.contains("typo.yaml:3:5") && error.contains("did you mean `description`"),
        "{error}"
    );

    let (_dir, path) = write(
        "norange.yaml",
        "factors:\n  - id: x\n    description: y\n    value: 1\n    unit: kWh\n    source: desnz-2025\n",
    );
    let error = english(sero_factors::load_file(&path).unwrap_err());
    assert!(error.contains("needs a range"), "{error}");
}
