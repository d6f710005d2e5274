//! Each builtin on cases computed by hand from IF 1.1.0's source.

use crate::{one_plugin, run};

const OBS: &str =
    "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, a: 6, b: 4, c: 0.5}\n";

#[test]
fn sum_subtract_multiply() {
    let out = run(&one_plugin(
        "Sum",
        "{input-parameters: [a, b, c], output-parameter: s}",
        OBS,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.s"), 10.5);
    let out = run(&one_plugin(
        "Subtract",
        "{input-parameters: [a, b, c], output-parameter: s}",
        OBS,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.s"), 1.5);
    let out = run(&one_plugin(
        "Multiply",
        "{input-parameters: [a, b, c], output-parameter: s}",
        OBS,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.s"), 12.0);
}

#[test]
fn coefficient_exponent_copy() {
    let out = run(&one_plugin(
        "Coefficient",
        "{input-parameter: a, coefficient: 2.5, output-parameter: s}",
        OBS,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.s"), 15.0);
    let out = run(&one_plugin(
        "Exponent",
        "{input-parameter: b, exponent: 0.5, output-parameter: s}",
        OBS,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.s"), 2.0);
    let out = run(&one_plugin(
        "Copy",
        "{from: a, to: z, keep-existing: false}",
        OBS,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.z"), 6.0);
    assert!(
        out.get("tree.children.a.outputs.0.a").is_none(),
        "`from` is removed unless kept"
    );
}

#[test]
fn divide_by_zero_returns_the_numerator() {
    // IF's quirk: a denominator of 0 in the config gives the numerator (with a warning);
    // a denominator field that is 0 is refused as missing.
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, a: 6, z: 0}\n";
    let out = run(&one_plugin(
        "Divide",
        "{numerator: a, denominator: 0, output: q}",
        inputs,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.q"), 6.0);
    let out = run(&one_plugin(
        "Divide",
        "{numerator: a, denominator: z, output: q}",
        inputs,
    ));
    assert_eq!(
        out.failed().js_string(),
        "MissingInputDataError: z is missing from the input array, or has nullish value."
    );
    let out = run(&one_plugin(
        "Divide",
        "{numerator: a, denominator: 4, output: q}",
        inputs,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.q"), 1.5);
}

#[test]
fn interpolation_methods() {
    let config = |m: &str| {
        format!(
            "{{method: {m}, x: [0, 10, 50, 100], y: [0.12, 0.32, 0.75, 1.02], input-parameter: u, output-parameter: f}}"
        )
    };
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, u: 45}\n";
    // linear: 0.32 + (45 - 10) × (0.75 - 0.32) / 40
    let out = run(&one_plugin("Interpolation", &config("linear"), inputs)).ok();
    assert_eq!(
        out.num("tree.children.a.outputs.0.f"),
        0.32 + 35.0 * ((0.75 - 0.32) / 40.0)
    );
    // polynomial through the four points, evaluated as Lagrange's sum
    let out = run(&one_plugin("Interpolation", &config("polynomial"), inputs)).ok();
    let (xs, ys) = ([0.0, 10.0, 50.0, 100.0], [0.12, 0.32, 0.75, 1.02]);
    let mut want = 0.0;
    for i in 0..4 {
        let mut p = 1.0;
        for j in 0..4 {
            if j != i {
                p = p * (45.0 - xs[j]) / (xs[i] - xs[j]);
            }
        }
        want += ys[i] * p;
    }
    assert_eq!(out.num("tree.children.a.outputs.0.f"), want);
    // spline passes through the knots
    let at_knot = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, u: 50}\n";
    let out = run(&one_plugin("Interpolation", &config("spline"), at_knot)).ok();
    assert!((out.num("tree.children.a.outputs.0.f") - 0.75).abs() < 1e-12);
}

#[test]
fn interpolation_sorts_x_and_y_independently() {
    // IF sorts each list on its own: y given as [1, 0] against x [0, 10] becomes [0, 1].
    let config = "{x: [0, 10], y: [1, 0], input-parameter: u, output-parameter: f}";
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, u: 2}\n";
    let out = run(&one_plugin("Interpolation", config, inputs)).ok();
    assert_eq!(out.num("tree.children.a.outputs.0.f"), 0.2);
}

#[test]
fn sci_embodied_defaults_leak_and_match_the_reference_figure() {
    let inputs =
        "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, vCPUs: 8, memory: 32}\n";
    let out = run(&one_plugin("SciEmbodied", "{}", inputs)).ok();
    // (1,000,000 + 7 × 100,000 + 16 × (533/384) × 1000) × 60 / 126,144,000
    let want = (1_000_000.0 + 7.0 * 100_000.0 + 16.0 * ((533.0 / 384.0 * 16.0) / 16.0) * 1000.0)
        * (60.0 / 126_144_000.0);
    assert_eq!(out.num("tree.children.a.outputs.0.embodied-carbon"), want);
    assert_eq!(
        out.num("tree.children.a.outputs.0.embodied-carbon"),
        0.8191630200405885
    );
    // The defaulted fields appear in the outputs, as in IF.
    assert_eq!(out.num("tree.children.a.outputs.0.usage-ratio"), 1.0);
    assert_eq!(out.num("tree.children.a.outputs.0.ssd"), 0.0);
}

#[test]
fn sci_embodied_ssd_and_hdd_constants_are_ifs() {
    // IF 1.1.0: SSD 50,000 g and HDD 100,000 g (Cloud Carbon Footprint has them the other way).
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 126144000, ssd: 1}\n        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 126144000, hdd: 1}\n";
    let out = run(&one_plugin("SciEmbodied", "{}", inputs)).ok();
    assert_eq!(
        out.num("tree.children.a.outputs.0.embodied-carbon"),
        1_050_000.0
    );
    assert_eq!(
        out.num("tree.children.a.outputs.1.embodied-carbon"),
        1_100_000.0
    );
}

#[test]
fn sci_divides_and_returns_carbon_for_a_zero_unit() {
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, carbon: 10, r: 4}\n        - {timestamp: '2024-01-01T00:01:00.000Z', duration: 60, carbon: 10, r: 0}\n";
    let out = run(&one_plugin("Sci", "{functional-unit: r}", inputs)).ok();
    assert_eq!(out.num("tree.children.a.outputs.0.sci"), 2.5);
    assert_eq!(out.num("tree.children.a.outputs.1.sci"), 10.0);
}

#[test]
fn time_converter_rounds_to_six_places() {
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 3600, e: 1}\n";
    let config = "{input-parameter: e, original-time-unit: year, new-time-unit: duration, output-parameter: f}";
    let out = run(&one_plugin("TimeConverter", config, inputs)).ok();
    // 1 / 31,556,952 × 3600 = 0.000114077… → 0.000114
    assert_eq!(out.num("tree.children.a.outputs.0.f"), 0.000114);
}

#[test]
fn regex_joins_the_match_and_groups() {
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, cpu: 'Intel Xeon Platinum 8272CL,Intel Xeon 8171M'}\n";
    let out = run(&one_plugin(
        "Regex",
        "{parameter: cpu, match: '/^[^,]+/', output: first}",
        inputs,
    ))
    .ok();
    assert_eq!(
        out.text("tree.children.a.outputs.0.first"),
        "Intel Xeon Platinum 8272CL"
    );
}

#[test]
fn inline_arithmetic_in_inputs_and_config() {
    let inputs =
        "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: '=60*2', aa: 3, b: '=2*aa'}\n";
    let out = run(&one_plugin(
        "Coefficient",
        "{input-parameter: b, coefficient: '=3600*24', output-parameter: s}",
        inputs,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.duration"), 120.0);
    assert_eq!(out.num("tree.children.a.outputs.0.b"), 6.0);
    assert_eq!(out.num("tree.children.a.outputs.0.s"), 6.0 * 86_400.0);
}

#[test]
fn config_expressions_take_the_last_inputs_values() {
    // IF evaluates config expressions for every input and keeps the last.
    // (IF cannot read one-letter parameters in expressions: they look like operators.)
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, a: 1, dd: 2}\n        - {timestamp: '2024-01-01T00:01:00.000Z', duration: 60, a: 1, dd: 4}\n";
    let out = run(&one_plugin(
        "Divide",
        "{numerator: a, denominator: '=2*dd', output: q}",
        inputs,
    ))
    .ok();
    assert_eq!(out.num("tree.children.a.outputs.0.q"), 1.0 / 8.0);
    assert_eq!(out.num("tree.children.a.outputs.1.q"), 1.0 / 8.0);
}

#[test]
fn csv_lookup_and_import_on_local_files() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("regions.csv");
    std::fs::write(
        &csv,
        "region,intensity,name\nuk-west,200,\"Wales, west\"\nuk-east,300,\n",
    )
    .unwrap();
    let inputs = "        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, r: uk-east}\n";
    let config = format!(
        "{{filepath: '{}', query: {{region: r}}, output: '*'}}",
        csv.display()
    );
    let out = run(&one_plugin("CSVLookup", &config, inputs)).ok();
    assert_eq!(out.num("tree.children.a.outputs.0.intensity"), 300.0);
    assert_eq!(
        out.text("tree.children.a.outputs.0.name"),
        "nan",
        "empty cells are 'nan'"
    );
    let config = format!(
        "{{filepath: '{}', output: [[region, where]]}}",
        csv.display()
    );
    let out = run(&one_plugin("CSVImport", &config, inputs)).ok();
    assert_eq!(out.len("tree.children.a.outputs"), 3);
    assert_eq!(out.text("tree.children.a.outputs.2.where"), "uk-east");
}

#[test]
fn the_registry_finds_each_builtin_by_the_method_ifs_manifests_name() {
    let names: Vec<&str> = sero_if::builtins::names().collect();
    let unique: std::collections::BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(unique.len(), names.len(), "one builtin per name: {names:?}");
    for name in &names {
        let found = sero_if::builtins::find(name).map(|b| b.name());
        assert_eq!(found, Some(*name));
    }
    // IF looks builtins up by exact name.
    assert!(sero_if::builtins::find("sum").is_none());
    assert!(sero_if::builtins::find("CsvLookup").is_none());
    assert!(names.contains(&"CSVLookup") && names.contains(&"TimeSync"));
}
