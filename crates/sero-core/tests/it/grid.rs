//! `grid:` beyond `GBR`: parts of Great Britain and cloud regions, and time profiles, read from
//! manifests and evaluated with the bundled factors.

use sero_core::evaluate::{Options, assess};
use sero_core::models::Registry;
use sero_core::service::Service;
use sero_manifest::manifest::{Schema, parse};
use sero_manifest::tree::Format;

fn manifest(component: &str) -> String {
    format!(
        "service: {{name: Test, functional_unit: request}}\n\
         period: {{start: 2025-04-01, end: 2025-04-10}}\n\
         channels: [{{id: online, transactions: 100}}]\n\
         components:\n{component}"
    )
}

fn read(text: &str) -> Result<Service, String> {
    let registry = Registry::bundled();
    let exists = |id: &str| sero_core::FactorLibrary::get(super::library(), id).is_some();
    let schema = Schema {
        registry: &registry,
        factor_exists: &exists,
    };
    // Rendered in English, as the command line shows it to an English reader.
    let english = sero_i18n::Localizer::new(sero_i18n::Lang::En);
    parse(text, "test.yaml", Format::Yaml, &schema).map_err(|e| e.render(&|m| english.render(m)))
}

/// The one component's (kgCO2e, steps, factor ids) of an electricity component on `grid`.
fn electricity(grid: &str) -> (f64, Vec<String>, Vec<String>) {
    let text = manifest(&format!(
        "  - {{id: hosting, model: electricity, inputs: {{energy: 1000 kWh, grid: \"{grid}\"}}}}\n"
    ));
    let service = read(&text).unwrap_or_else(|e| panic!("{e}"));
    let a = assess(
        &service,
        &Registry::bundled(),
        super::library(),
        Options::default(),
    );
    let c = &a.components[0];
    assert!(c.error.is_none(), "{:?}", c.error);
    (
        c.co2e_kg(),
        c.explanation.steps.clone(),
        c.explanation.factors.iter().map(|f| f.id.clone()).collect(),
    )
}

#[test]
fn parts_of_great_britain_use_the_uk_factor_and_say_so() {
    let (uk, _, _) = electricity("GBR");
    // 1000 kWh × (0.17700 + 0.01853), DESNZ 2025.
    assert!((uk - 195.53).abs() < 1e-9, "{uk}");
    for (grid, shown) in [
        ("GB-WALES", "GB-WALES (Wales)"),
        ("gb-region-7", "GB-REGION-7 (South Wales)"),
        ("GB-SCOTLAND", "GB-SCOTLAND (Scotland)"),
    ] {
        let (kg, steps, _) = electricity(grid);
        assert_eq!(kg, uk, "{grid}");
        let note = format!("DESNZ factors are UK-wide; {shown} uses the UK factor");
        assert!(steps.iter().any(|s| s == &note), "{grid}: {steps:#?}");
    }
}

#[test]
fn a_uk_cloud_region_uses_desnz_and_shows_its_provider_factor() {
    let (uk, _, _) = electricity("GBR");
    let (kg, steps, factors) = electricity("cloud:aws:eu-west-2");
    assert_eq!(kg, uk);
    assert!(
        factors.iter().any(|f| f == "cloud/ccf/aws/eu-west-2"),
        "{factors:?}"
    );
    assert!(
        steps
            .iter()
            .any(|s| s.contains("for comparison, not used") && s.contains("225 gCO2e/kWh")),
        "{steps:#?}"
    );
    assert!(steps.iter().any(|s| s.contains("no PUE is applied")));
    let (kg, _, factors) = electricity("cloud:azure:ukwest");
    assert_eq!(kg, uk);
    assert!(factors.iter().any(|f| f == "cloud/ccf/azure/ukwest"));
}

#[test]
fn ireland_uses_embers_average_for_ireland() {
    let irl = sero_core::FactorLibrary::get(super::library(), "grid/ember/IRL")
        .expect("Ember has Ireland")
        .value;
    let (kg, steps, factors) = electricity("cloud:aws:eu-west-1");
    assert!((kg - 1000.0 * irl / 1000.0).abs() < 1e-9, "{kg} vs {irl}");
    assert!(
        steps
            .iter()
            .any(|s| s.contains("IRL annual average, Ember"))
    );
    assert!(factors.iter().any(|f| f == "cloud/ccf/aws/eu-west-1"));
    assert!(!factors.iter().any(|f| f.starts_with("desnz/")));
}

#[test]
fn unknown_regions_are_refused_where_they_are_written() {
    for (grid, says) in [
        (
            "cloud:aws:us-east-1",
            "not a cloud region with a published grid factor",
        ),
        ("GB-REGION-18", "not a part of Great Britain"),
        ("GB-CORNWALL", "not a part of Great Britain"),
    ] {
        let text = manifest(&format!(
            "  - {{id: hosting, model: electricity, inputs: {{energy: 1 kWh, grid: \"{grid}\"}}}}\n"
        ));
        let error = read(&text).unwrap_err();
        assert!(error.contains(says), "{grid}: {error}");
        assert!(error.contains("test.yaml:5:"), "{error}");
        assert!(error.contains("= hint:"), "{error}");
    }
}

#[test]
fn a_server_that_runs_office_hours_counts_only_those_hours() {
    // Ten days × 10 hours = 100 h; 2 servers × 200 W × 100 h × PUE 1.5 / 1000 = 60 kWh.
    let text = manifest(
        "  - {id: rack, model: server, inputs: {count: 2, idle_power: 200 W, max_power: 200 W, \
         utilisation: 50%, pue: 1.5, hours_of_day: \"08:00-18:00\", grid: GB-WALES}}\n",
    );
    let service = read(&text).unwrap_or_else(|e| panic!("{e}"));
    let a = assess(
        &service,
        &Registry::bundled(),
        super::library(),
        Options::default(),
    );
    let c = &a.components[0];
    assert_eq!(c.impact.energy_kwh(), 60.0);
    assert!(
        c.explanation
            .steps
            .iter()
            .any(|s| s == "hours: 10 h a day (08:00-18:00) × 10 days = 100 h")
    );
}

#[test]
fn broken_time_profiles_are_refused() {
    for (inputs, says) in [
        ("hours_of_day: \"8-18\"", "not a time of day"),
        ("hours_of_day: \"08:00-18:00\", hours: 5 h", "not both"),
    ] {
        let text = manifest(&format!(
            "  - {{id: rack, model: server, inputs: {{idle_power: 100 W, max_power: 200 W, utilisation: 10%, {inputs}}}}}\n"
        ));
        let error = read(&text).unwrap_err();
        assert!(error.contains(says), "{inputs}: {error}");
    }
}
