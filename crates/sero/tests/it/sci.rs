//! `sero sci` on the Welsh four-channel example, cross-checked against `sero estimate`'s
//! JSON: the SCI's O and M are the estimate's parts inside the software boundary.

use serde_json::Value;

use crate::{Sandbox, assert_close, example, number};

const INSIDE: [&str; 4] = ["citizen-device", "network", "hosting", "staff-device"];

fn estimate() -> Value {
    let manifest = example("blue-badge-wales.yaml");
    Sandbox::new()
        .run(&["estimate", manifest.to_str().unwrap(), "--format", "json"])
        .json()
}

fn sci(extra: &[&str]) -> Value {
    let manifest = example("blue-badge-wales.yaml");
    let mut args = vec!["sci", manifest.to_str().unwrap(), "--format", "json"];
    args.extend_from_slice(extra);
    Sandbox::new().run(&args).json()
}

/// Sums of the estimate's parts inside the boundary: (operational kg, embodied kg, operational kWh).
fn inside_sums(estimate: &Value) -> (f64, f64, f64) {
    let (mut o, mut m, mut e) = (0.0, 0.0, 0.0);
    for component in estimate["components"].as_array().unwrap() {
        for part in component["parts"].as_array().unwrap() {
            if !INSIDE.contains(&part["element"].as_str().unwrap()) {
                continue;
            }
            match part["kind"].as_str().unwrap() {
                "operational" => {
                    o += number(part, "/co2e_kg");
                    e += number(part, "/energy_kwh");
                }
                _ => m += number(part, "/co2e_kg"),
            }
        }
    }
    (o, m, e)
}

#[test]
fn welsh_example_per_application_matches_the_estimate() {
    let estimate = estimate();
    let report = sci(&[]);
    let transactions = number(&estimate, "/transactions");
    assert_eq!(transactions, 12_000.0);
    assert_eq!(report["functional_unit"]["name"], "application");
    assert_eq!(number(&report, "/functional_unit/count"), transactions);
    let (o, m, e) = inside_sums(&estimate);
    assert!(o > 0.0 && m > 0.0 && e > 0.0);
    assert_close(
        number(&report, "/sci/o_gco2e_per_unit"),
        o * 1000.0 / transactions,
        1e-12,
        "O",
    );
    assert_close(
        number(&report, "/sci/m_gco2e_per_unit"),
        m * 1000.0 / transactions,
        1e-12,
        "M",
    );
    assert_close(
        number(&report, "/sci/e_kwh_per_unit"),
        e / transactions,
        1e-12,
        "E",
    );
    assert_close(
        number(&report, "/sci/score_gco2e_per_unit"),
        (o + m) * 1000.0 / transactions,
        1e-12,
        "SCI",
    );
    // Inside and outside make the estimate's total; nothing is lost.
    assert_close(
        number(&report, "/period_totals/inside_boundary_kg")
            + number(&report, "/period_totals/outside_boundary_kg"),
        number(&estimate, "/total/co2e_kg"),
        1e-12,
        "inside + outside",
    );
    // E × I + other operational = O.
    assert_close(
        number(&report, "/sci/o_energy_based_gco2e_per_unit")
            + number(&report, "/sci/o_other_gco2e_per_unit"),
        number(&report, "/sci/o_gco2e_per_unit"),
        1e-12,
        "O split",
    );
    // The example's offline delivery is outside the software.
    let excluded: Vec<&str> = report["boundary"]["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["element"].as_str().unwrap())
        .collect();
    for element in ["citizen-travel", "paper", "post", "building", "staff-time"] {
        assert!(
            excluded.contains(&element),
            "{element} not excluded: {excluded:?}"
        );
    }
    // The specification's list, each item marked.
    let checklist = report["boundary"]["checklist"].as_array().unwrap();
    assert_eq!(checklist.len(), 18);
    let status = |item: &str| {
        checklist
            .iter()
            .find(|c| c["item"] == item)
            .map(|c| c["status"].as_str().unwrap().to_owned())
            .unwrap()
    };
    assert_eq!(status("end-user devices"), "in");
    assert_eq!(status("idle machines"), "in");
    assert_eq!(status("build and deploy pipelines"), "not modelled");
    assert_eq!(
        report["specification"]["iso"],
        "ISO/IEC 21031:2024, first edition 2024-03"
    );
    assert_eq!(report["specification"]["version"], "1.1.0");
    assert!(
        report["methodology"]["market_based_measures"]
            .as_str()
            .unwrap()
            .starts_with("none used")
    );
    // Every factor inside the boundary carries its source.
    for f in report["methodology"]["factors"].as_array().unwrap() {
        assert!(
            f["source"]["url"].as_str().unwrap().starts_with("http"),
            "{f}"
        );
    }
}

#[test]
fn channels_add_up_to_the_service() {
    let all = sci(&[]);
    let mut sum = 0.0;
    for (channel, transactions) in [
        ("online", 7200.0),
        ("paper", 2400.0),
        ("phone", 1500.0),
        ("counter", 900.0),
    ] {
        let report = sci(&["--channel", channel]);
        assert_eq!(number(&report, "/functional_unit/count"), transactions);
        assert_eq!(report["channel"]["id"], channel);
        sum += number(&report, "/period_totals/inside_boundary_kg");
    }
    assert_close(
        sum,
        number(&all, "/period_totals/inside_boundary_kg"),
        1e-9,
        "channels",
    );
}

#[test]
fn other_functional_units() {
    let all = sci(&[]);
    let inside_g = number(&all, "/period_totals/inside_boundary_kg") * 1000.0;
    let per_request = sci(&["--per", "request=1200000"]);
    assert_eq!(per_request["functional_unit"]["name"], "request");
    assert_close(
        number(&per_request, "/sci/score_gco2e_per_unit"),
        inside_g / 1.2e6,
        1e-12,
        "request",
    );
    let per_period = sci(&["--functional-unit", "period"]);
    assert_close(
        number(&per_period, "/sci/score_gco2e_per_unit"),
        inside_g,
        1e-12,
        "period",
    );
}

#[test]
fn table_and_refusals() {
    let manifest = example("blue-badge-wales.yaml");
    let manifest = manifest.to_str().unwrap();
    let sandbox = Sandbox::new();
    let table = sandbox.run(&["sci", manifest]).success();
    for expected in [
        "SCI = (O + M) per R",
        "gCO2e per application",
        "ISO/IEC 21031:2024",
        "Inside the software boundary",
        "Outside the software boundary",
        "not modelled",
        "location-based",
        "no market-based measures",
    ] {
        assert!(table.contains(expected), "no `{expected}` in:\n{table}");
    }
    let stderr = sandbox
        .run(&["sci", manifest, "--per", "request=lots"])
        .refused();
    assert!(stderr.contains("`lots` is not a number"), "{stderr}");
    let stderr = sandbox
        .run(&["sci", manifest, "--per", "fortnight"])
        .refused();
    assert!(stderr.contains("= hint:"), "{stderr}");
    let stderr = sandbox
        .run(&["sci", manifest, "--channel", "fax"])
        .refused();
    assert!(stderr.contains("online, paper, phone, counter"), "{stderr}");
}

/// The head of the table: the score and its terms, as people read them.
#[test]
fn table_head_snapshot() {
    let manifest = example("blue-badge-wales.yaml");
    let table = Sandbox::new()
        .run(&["sci", manifest.to_str().unwrap()])
        .success();
    let head: String = table.lines().take(12).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!(head, @"
    Software Carbon Intensity — Apply for a Blue Badge
    Green Software Foundation, Software Carbon Intensity (SCI) Specification v1.1.0 (ISO/IEC 21031:2024,
      first edition 2024-03)

      SCI = (O + M) per R = 92.9 gCO2e per application
      R (functional unit)                                            12,000  application
      O (operational)                                                  12.3  gCO2e per application
        E × I (energy × grid intensity)                                9.47  gCO2e per application
        other operational (per-item or reported figures, no energy)    2.86  gCO2e per application
      E (energy)                                                     0.0484  kWh per application
      I (average intensity of E)                                        196  gCO2e/kWh
      M (embodied)                                                     80.5  gCO2e per application
    ");
}

/// A channel without transactions has no score per transaction: refused, not infinite.
#[test]
fn a_channel_without_transactions_is_refused() {
    let sandbox = Sandbox::new();
    let text = std::fs::read_to_string(example("blue-badge-wales.yaml")).unwrap();
    assert!(text.contains("transactions: 900"));
    sandbox.write(
        "service.yaml",
        &text.replace("transactions: 900", "transactions: 0"),
    );
    let stderr = sandbox
        .run(&["sci", "service.yaml", "--channel", "counter"])
        .refused();
    assert!(stderr.contains("R is 0"), "{stderr}");
    // Per period the same channel has a score.
    let doc = sandbox
        .run(&[
            "sci",
            "service.yaml",
            "--channel",
            "counter",
            "--per",
            "period",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(doc["functional_unit"]["count"], 1.0);
}

/// In Welsh: the table's words, the refusals and their hints, the figures as in English.
#[test]
fn in_welsh() {
    let manifest = example("blue-badge-wales.yaml");
    let manifest = manifest.to_str().unwrap();
    let sandbox = Sandbox::new();
    let table = sandbox.run(&["--lang", "cy", "sci", manifest]).success();
    for welsh in [
        "Dwysedd Carbon Meddalwedd (SCI) — Apply for a Blue Badge",
        "SCI = (O + M) fesul R = 92.9 gCO2e fesul application",
        "R (uned swyddogaethol)",
        "M (ymgorfforedig)",
        "O fewn ffin y feddalwedd",
        "Y tu allan i ffin y feddalwedd",
        "nid meddalwedd: darpariaeth all-lein y gwasanaeth",
        "Rhestr ffiniau'r fanyleb",
        "heb ei fodelu",
        "Methodoleg",
        "Ffactorau",
    ] {
        assert!(table.contains(welsh), "no `{welsh}` in:\n{table}");
    }
    for english in [
        "functional unit",
        "Inside the software boundary",
        "not modelled",
        "Methodology",
        " per application",
    ] {
        assert!(!table.contains(english), "`{english}` in Welsh:\n{table}");
    }
    let stderr = sandbox
        .run(&["--lang", "cy", "sci", manifest, "--per", "request=lots"])
        .refused();
    assert!(
        stderr.starts_with("gwall: --per request=lots: nid yw `lots` yn rhif"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\n  = awgrym: rhowch `transaction`"),
        "{stderr}"
    );
    let stderr = sandbox
        .run(&["--lang", "cy", "sci", manifest, "--channel", "fax"])
        .refused();
    assert!(stderr.contains("dim sianel `fax`"), "{stderr}");
    assert!(
        stderr.contains("y sianeli yw online, paper, phone, counter"),
        "{stderr}"
    );
}

/// Every line of the table fits a narrow terminal.
#[test]
fn the_table_fits_sixty_columns() {
    let manifest = example("blue-badge-wales.yaml");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_sero"))
        .args(["sci", manifest.to_str().unwrap()])
        .env("COLUMNS", "60")
        .env("SERO_LANG", "en")
        .output()
        .expect("run sero");
    assert!(output.status.success(), "{output:?}");
    let table = String::from_utf8(output.stdout).expect("UTF-8");
    // A source's address is one word, on a line of its own when it is too long to share one.
    let address = |line: &str| line.trim().starts_with("https://") && !line.trim().contains(' ');
    for line in table.lines().filter(|line| !address(line)) {
        assert!(
            line.chars().count() <= 60,
            "a line wider than 60: {line:?}\n{table}"
        );
    }
    assert!(
        table.contains("SCI = (O + M) per R = 92.9 gCO2e"),
        "{table}"
    );
}
