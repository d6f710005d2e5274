//! `sero estimate --accounting`: time-series accounting against a loopback server that replays
//! Carbon Intensity API answers, the offline fallback, and the location-based default.

use std::process::Command;

use serde_json::Value;
use sero_test_server::{Fixture, Server};

use super::{Run, Sandbox, assert_close, number};

/// Two days in January (UTC = UK time): 96 half hours.
const FROM: &str = "2025-01-01T00:00Z";
const TO: &str = "2025-01-03T00:00Z";

fn manifest(inputs: &str) -> String {
    format!(
        "service: {{name: Hosting test, functional_unit: request}}\n\
         period: {{start: 2025-01-01, end: 2025-01-02}}\n\
         channels: [{{id: online, transactions: 10}}]\n\
         components:\n\
         \x20 - {{id: hosting, model: electricity, inputs: {{energy: 96 kWh, {inputs}}}}}\n\
         \x20 - {{id: letters, model: post, inputs: {{items: 1}}, basis: transaction}}\n"
    )
}

/// The intensity of half hour `h` (0–95) in the fixtures: 100 + h gCO2/kWh.
fn g(h: usize) -> f64 {
    100.0 + h as f64
}

fn time(h: usize) -> String {
    let t: jiff::Timestamp = "2025-01-01T00:00Z".parse().unwrap();
    (t + jiff::SignedDuration::from_mins(30 * h as i64))
        .strftime("%Y-%m-%dT%H:%MZ")
        .to_string()
}

/// A regional answer ("Regional ID" shape) for region `id` with half hours `0..n`.
fn regional(id: u8, n: usize) -> String {
    let data: Vec<String> = (0..n)
        .map(|h| {
            format!(
                r#"{{"from":"{}","to":"{}","intensity":{{"forecast":{},"index":"moderate"}},"generationmix":[{{"fuel":"gas","perc":40.0}}]}}"#,
                time(h),
                time(h + 1),
                g(h)
            )
        })
        .collect();
    format!(
        r#"{{"data":[{{"regionid":{id},"dnoregion":"Region","shortname":"Region","data":[{}]}}]}}"#,
        data.join(",")
    )
}

/// A national answer with actuals that differ from the forecasts (the actual must be used).
fn national(n: usize) -> String {
    let data: Vec<String> = (0..n)
        .map(|h| {
            format!(
                r#"{{"from":"{}","to":"{}","intensity":{{"forecast":999,"actual":{},"index":"low"}}}}"#,
                time(h),
                time(h + 1),
                g(h)
            )
        })
        .collect();
    format!(r#"{{"data":[{}]}}"#, data.join(","))
}

fn server(path: &str, body: String) -> Server {
    Server::start(
        "127.0.0.1",
        vec![(path, Fixture::new("application/json", body))],
    )
}

fn regional_path(id: u8) -> String {
    format!("/regional/intensity/{FROM}/{TO}/regionid/{id}")
}

/// Runs `sero` in the sandbox with the API's address in `SERO_CARBON_INTENSITY_URL`.
fn run_with_api(sandbox: &Sandbox, api: &str, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_sero"))
        .args(args)
        .env("SERO_CACHE_DIR", sandbox.path("cache"))
        .env("SERO_GREENCHECK_URL", "http://127.0.0.1:9")
        .env("SERO_CARBON_INTENSITY_URL", api)
        .current_dir(sandbox.path(""))
        .output()
        .expect("run sero");
    Run {
        code: output.status.code().expect("not killed"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

/// DESNZ 2025: generation 0.17700 and T&D 0.01853 kgCO2e/kWh.
const GENERATION: f64 = 0.17700;
const TD: f64 = 0.01853;

fn component<'a>(doc: &'a Value, path: &str) -> &'a Value {
    doc.pointer("/accounting/components")
        .and_then(Value::as_array)
        .and_then(|c| c.iter().find(|c| c["path"] == path))
        .unwrap_or_else(|| panic!("no component `{path}` in {doc:#}"))
}

#[test]
fn wales_flat_profile_weighs_every_half_hour_of_region_17() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: GB-WALES"));
    let api = server(&regional_path(17), regional(17, 96));
    let doc = run_with_api(
        &sandbox,
        &api.url(""),
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "both",
            "--format",
            "json",
            "--samples",
            "0",
        ],
    )
    .json();
    assert_eq!(api.served(&regional_path(17)), 1);
    let c = component(&doc, "hosting");
    // 1 kWh in each half hour × (100 + h) g: Σ = 96 × 100 + 95 × 96 / 2 = 14,160 g.
    assert_close(
        number(c, "/time_series_generation_co2_kg"),
        14.16,
        1e-12,
        "CO2",
    );
    assert_close(
        number(c, "/location_co2e_kg"),
        96.0 * (GENERATION + TD),
        1e-12,
        "location",
    );
    assert_close(
        number(c, "/time_series_kg"),
        96.0 * TD + 14.16,
        1e-12,
        "time series keeps the T&D part",
    );
    assert_eq!(c["basis"], "time-series");
    assert_eq!(c["area"], "Wales (17)");
    assert_eq!(
        (c["half_hours"].as_u64(), c["covered_half_hours"].as_u64()),
        (Some(96), Some(96))
    );
    // The post component has no electricity: the same figure in both columns.
    let post = component(&doc, "letters");
    assert_eq!(post["location_co2e_kg"], post["time_series_kg"]);
    assert_close(
        number(&doc, "/accounting/total/difference_kg"),
        14.16 - 96.0 * GENERATION,
        1e-9,
        "difference",
    );
}

#[test]
fn office_hours_follow_uk_time_and_gaps_are_reported_not_filled() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "service.yaml",
        &manifest("grid: cloud:azure:ukwest, hours_of_day: \"08:00-10:00\""),
    );
    // South Wales (Azure UK West, Cardiff), the last half hour of the second day missing; asked
    // again for it, the API has nothing.
    let tail = format!("/regional/intensity/{}/{TO}/regionid/7", time(95));
    let api = Server::start(
        "127.0.0.1",
        vec![
            (
                regional_path(7).as_str(),
                Fixture::new("application/json", regional(7, 95)),
            ),
            (
                tail.as_str(),
                Fixture::new("application/json", regional(7, 0)),
            ),
        ],
    );
    let doc = run_with_api(
        &sandbox,
        &api.url(""),
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "time-series",
            "--format",
            "json",
            "--samples",
            "0",
        ],
    )
    .json();
    let c = component(&doc, "hosting");
    // 8 half hours (16–19 and 64–67) of 12 kWh: 12 × (116+117+118+119 + 164+165+166+167) g.
    assert_close(
        number(c, "/time_series_generation_co2_kg"),
        13.584,
        1e-12,
        "CO2",
    );
    assert_eq!(c["gap_kwh"], 0.0);

    // A flat profile over the same answer: the missing half hour is a gap of 1 kWh.
    sandbox.write("flat.yaml", &manifest("grid: cloud:azure:ukwest"));
    let run = run_with_api(
        &sandbox,
        &api.url(""),
        &[
            "estimate",
            "flat.yaml",
            "--accounting",
            "time-series",
            "--samples",
            "0",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("covers 95 of 96 half hours; 1.00 kWh in gaps not counted"),
        "{}",
        run.stdout
    );
    // Σ (100 + h) g for h = 0…94, one kWh each: 13,965 g.
    assert!(
        unwrapped(&run.stdout).contains("14.0 kgCO2 at an energy-weighted mean of 147 gCO2/kWh"),
        "{}",
        run.stdout
    );
    // The table report lists its warnings, once: not again on stderr.
    let warnings = run.stdout.split("\nWarnings\n").nth(1).unwrap_or_default();
    assert!(
        warnings.contains("- `hosting`: 1 half hour with energy has no intensity; its 1.00 kWh"),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("no intensity"), "{}", run.stderr);
    // The cache answers the second run: the two days were asked once.
    assert_eq!(api.served(&regional_path(7)), 1);
}

#[test]
fn great_britain_uses_the_national_actuals() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: GBR"));
    let path = format!("/intensity/{FROM}/{TO}");
    let api = server(&path, national(96));
    let doc = Sandbox::run(
        &sandbox,
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "both",
            "--format",
            "json",
            "--samples",
            "0",
            "--api-url",
            &api.url(""),
        ],
    )
    .json();
    let c = component(&doc, "hosting");
    assert_close(
        number(c, "/time_series_generation_co2_kg"),
        14.16,
        1e-12,
        "actuals, not forecasts",
    );
    assert_eq!(c["area"], "Great Britain");
}

#[test]
fn a_series_file_gives_the_energy_and_its_timing() {
    let sandbox = Sandbox::new();
    // Hourly rows: 10 kWh in 00:00–01:00 (half hours 0 and 1) and 20 kWh in 02:00–03:00 (4, 5).
    sandbox.write(
        "meter.csv",
        "from,kwh\n2025-01-01T00:00Z,10\n2025-01-01T01:00Z,0\n2025-01-01T02:00Z,20\n",
    );
    sandbox.write(
        "service.yaml",
        &manifest("grid: GB-WALES").replace("energy: 96 kWh", "series: meter.csv"),
    );
    let api = server(&regional_path(17), regional(17, 96));
    let doc = Sandbox::run(
        &sandbox,
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "both",
            "--format",
            "json",
            "--samples",
            "0",
            "--api-url",
            &api.url(""),
        ],
    )
    .json();
    let c = component(&doc, "hosting");
    assert_eq!(c["electricity_kwh"], 30.0);
    // 5 × (100 + 101) + 10 × (104 + 105) = 1005 + 2090 = 3095 g.
    assert_close(
        number(c, "/time_series_generation_co2_kg"),
        3.095,
        1e-12,
        "CO2",
    );
    assert_eq!(c["gap_kwh"], 0.0);
    assert_eq!(api.served(&regional_path(17)), 1);
}

#[test]
fn a_broken_series_row_is_named() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "meter.csv",
        "from,kwh\n2025-01-01T00:00Z,10\n2025-01-01T00:30Z,ten\n",
    );
    sandbox.write(
        "service.yaml",
        &manifest("grid: GB-WALES").replace("energy: 96 kWh", "series: meter.csv"),
    );
    let stderr = sandbox.run(&["estimate", "service.yaml"]).refused();
    assert!(
        stderr.contains("meter.csv` row 3, column 2: `ten` is not a number of kWh"),
        "{stderr}"
    );
    assert!(stderr.contains("= hint:"), "{stderr}");
}

#[test]
fn offline_falls_back_to_the_annual_factors_and_says_so() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: GB-WALES"));
    let run = sandbox.run(&[
        "estimate",
        "service.yaml",
        "--accounting",
        "both",
        "--offline",
        "--samples",
        "0",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("`letters`: annual factors, as no GB grid electricity is used"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "`hosting`: annual factors instead of time-series accounting, because `--offline` was"
        ),
        "{}",
        run.stdout
    );
    let warnings = run.stdout.split("\nWarnings\n").nth(1).unwrap_or_default();
    assert!(
        warnings.contains("- time-series accounting fell back to the annual factors"),
        "{}",
        run.stdout
    );
    assert!(!run.stderr.contains("fell back"), "{}", run.stderr);

    // Unreachable (nothing listens on port 9): the same fallback, naming the address.
    let run = run_with_api(
        &sandbox,
        "http://127.0.0.1:9",
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "time-series",
            "--format",
            "json",
            "--samples",
            "0",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    let c = component(&doc, "hosting");
    assert_eq!(c["basis"], "annual-fallback");
    assert_eq!(c["time_series_kg"], c["location_co2e_kg"]);
    assert!(run.stderr.contains("http://127.0.0.1:9"), "{}", run.stderr);
    // With JSON the warning is on stderr, once.
    assert_eq!(
        run.stderr
            .matches("warning: time-series accounting fell back")
            .count(),
        1,
        "{}",
        run.stderr
    );
}

#[test]
fn ireland_is_not_weighed_by_the_gb_grid() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: cloud:aws:eu-west-1"));
    // No server: nothing is asked for a grid outside Great Britain.
    let doc = run_with_api(
        &sandbox,
        "http://127.0.0.1:9",
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "both",
            "--format",
            "json",
            "--samples",
            "0",
        ],
    )
    .json();
    let c = component(&doc, "hosting");
    assert_eq!(c["basis"], "annual");
    assert_eq!(c["grid"], "cloud:aws:eu-west-1");
    assert_eq!(c["electricity_kwh"], 96.0);
    assert_eq!(
        doc.pointer("/accounting/warnings"),
        Some(&Value::Array(vec![]))
    );
}

#[test]
fn location_is_the_default_and_csv_refuses_time_series() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: GB-WALES"));
    let doc = sandbox
        .run(&[
            "estimate",
            "service.yaml",
            "--format",
            "json",
            "--samples",
            "0",
        ])
        .json();
    assert!(doc.get("accounting").is_none());
    let stderr = sandbox
        .run(&[
            "estimate",
            "service.yaml",
            "--format",
            "csv",
            "--accounting",
            "both",
        ])
        .refused();
    assert!(stderr.contains("not in CSV"), "{stderr}");
}

/// Half hours `[from, to)` of a replayed answer at a constant intensity `g`.
fn constant(from: jiff::Timestamp, to: jiff::Timestamp, g: f64, regional_id: Option<u8>) -> String {
    let mut data = Vec::new();
    let mut t = from;
    while t < to {
        let next = t + jiff::SignedDuration::from_mins(30);
        let (a, b) = (
            t.strftime("%Y-%m-%dT%H:%MZ"),
            next.strftime("%Y-%m-%dT%H:%MZ"),
        );
        data.push(match regional_id {
            Some(_) => format!(
                r#"{{"from":"{a}","to":"{b}","intensity":{{"forecast":{g},"index":"moderate"}}}}"#
            ),
            None => format!(
                r#"{{"from":"{a}","to":"{b}","intensity":{{"forecast":{g},"actual":{g},"index":"moderate"}}}}"#
            ),
        });
        t = next;
    }
    match regional_id {
        Some(id) => format!(
            r#"{{"data":[{{"regionid":{id},"dnoregion":"Wales","shortname":"Wales","data":[{}]}}]}}"#,
            data.join(",")
        ),
        None => format!(r#"{{"data":[{}]}}"#, data.join(",")),
    }
}

#[test]
fn welsh_example_side_by_side_over_its_reporting_year() {
    // The example's year, 2025-04-01 to 2026-03-31, asked in 14-day calls; every half hour at a
    // flat 200 gCO2/kWh nationally and 250 in Wales, so each component's time-series
    // generation is exactly its energy × that intensity.
    let start: jiff::Timestamp = "2025-04-01T00:00Z".parse().unwrap();
    let end: jiff::Timestamp = "2026-04-01T00:00Z".parse().unwrap();
    let mut routes: Vec<(String, Fixture)> = Vec::new();
    let mut from = start;
    while from < end {
        let to = (from + jiff::SignedDuration::from_hours(24 * 14)).min(end);
        let (a, b) = (
            from.strftime("%Y-%m-%dT%H:%MZ"),
            to.strftime("%Y-%m-%dT%H:%MZ"),
        );
        routes.push((
            format!("/intensity/{a}/{b}"),
            Fixture::new("application/json", constant(from, to, 200.0, None)),
        ));
        routes.push((
            format!("/regional/intensity/{a}/{b}/regionid/17"),
            Fixture::new("application/json", constant(from, to, 250.0, Some(17))),
        ));
        from = to;
    }
    assert_eq!(routes.len(), 2 * 27);
    let api = Server::start(
        "127.0.0.1",
        routes
            .iter()
            .map(|(p, f)| (p.as_str(), f.clone()))
            .collect(),
    );
    let sandbox = Sandbox::new();
    let manifest = super::example("blue-badge-wales.yaml");
    let doc = Sandbox::run(
        &sandbox,
        &[
            "estimate",
            manifest.to_str().unwrap(),
            "--accounting",
            "both",
            "--format",
            "json",
            "--samples",
            "0",
            "--api-url",
            &api.url(""),
        ],
    )
    .json();
    for (path, _) in &routes {
        assert_eq!(api.served(path), 1, "{path}");
    }
    let components = doc["accounting"]["components"].as_array().unwrap();
    let mut weighed = 0;
    let mut difference = 0.0;
    for c in components.iter().filter(|c| c["basis"] == "time-series") {
        let g = if c["path"] == "case-management-servers" {
            assert_eq!(c["area"], "Wales (17)");
            250.0
        } else {
            assert_eq!(c["area"], "Great Britain");
            200.0
        };
        let kwh = number(c, "/electricity_kwh");
        let co2 = number(c, "/time_series_generation_co2_kg");
        assert_close(co2, kwh * g / 1000.0, 1e-12, c["path"].as_str().unwrap());
        assert_eq!(c["half_hours"], 17520);
        assert_eq!(c["covered_half_hours"], 17520);
        difference += co2 - number(c, "/location_generation_co2e_kg");
        weighed += 1;
    }
    assert!(weighed >= 8, "{weighed} components weighed");
    assert_close(
        number(&doc, "/accounting/total/difference_kg"),
        difference,
        1e-9,
        "total difference",
    );
    assert_close(
        number(&doc, "/accounting/total/location_co2e_kg"),
        number(&doc, "/total/co2e_kg"),
        1e-12,
        "the location column is the report's total",
    );
}

#[test]
fn a_period_the_api_has_not_published_falls_back_rather_than_dropping_the_electricity() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: GB-WALES"));
    let api = server(&regional_path(17), regional(17, 0));
    let run = Sandbox::run(
        &sandbox,
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "both",
            "--format",
            "json",
            "--samples",
            "0",
            "--api-url",
            &api.url(""),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the Carbon Intensity API published no intensity for any half hour"),
        "{}",
        run.stderr
    );
    let doc: Value = serde_json::from_str(&run.stdout).unwrap();
    let c = component(&doc, "hosting");
    assert_eq!(c["basis"], "annual-fallback");
    assert_eq!(c["time_series_kg"], c["location_co2e_kg"]);
}

/// `sero` in the sandbox with more environment variables.
fn run_env(sandbox: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Run {
    sandbox.run_with(args, env)
}

/// A report's notes with their wrapped lines joined again.
fn unwrapped(text: &str) -> String {
    text.replace("\n    ", " ")
}

/// The accounting part of a table report.
fn accounting_part(stdout: &str, title: &str) -> String {
    let start = stdout
        .find(title)
        .unwrap_or_else(|| panic!("no {title:?} in\n{stdout}"));
    stdout[start..].to_owned()
}

#[test]
fn offline_accounting_in_welsh() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: GB-WALES"));
    let run = sandbox.run(&[
        "--lang",
        "cy",
        "estimate",
        "service.yaml",
        "--accounting",
        "both",
        "--offline",
        "--samples",
        "0",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let part = accounting_part(
        &run.stdout,
        "Trydan, cyfrifo seiliedig ar leoliad a chyfrifo cyfres amser ochr yn ochr",
    );
    for welsh in [
        "Hanner oriau o 2025-01-01 00:00 i 2025-01-03 00:00 (UTC)",
        "Masau mewn kg",
        "cydran",
        "lleoliad",
        "cyfres amser*",
        "gwahaniaeth",
        "Cyfanswm",
        "ffactorau blynyddol, gan na ddefnyddir trydan grid Prydain Fawr",
        "oherwydd rhoddwyd `--offline`",
        "Rhybuddion",
    ] {
        assert!(part.contains(welsh), "{welsh:?} missing:\n{part}");
    }
    for english in [
        "Electricity",
        "Half hours",
        "component",
        "location",
        "difference",
        "Total",
        "annual factors",
        "because",
        "Warnings",
    ] {
        assert!(!part.contains(english), "{english:?} in Welsh:\n{part}");
    }
    let stderr = sandbox
        .run(&[
            "--lang",
            "cy",
            "estimate",
            "service.yaml",
            "--format",
            "csv",
            "--accounting",
            "both",
        ])
        .refused();
    assert!(
        stderr.starts_with("gwall: dangosir cyfrifo cyfres amser"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\n  = awgrym: defnyddiwch `--format json`"),
        "{stderr}"
    );
}

#[test]
fn the_accounting_report_fits_sixty_columns() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", &manifest("grid: GB-WALES"));
    let run = run_env(
        &sandbox,
        &[
            "estimate",
            "service.yaml",
            "--accounting",
            "both",
            "--offline",
            "--samples",
            "0",
        ],
        &[("COLUMNS", "60"), ("SERO_LANG", "en")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let part = accounting_part(&run.stdout, "Electricity, location-based");
    for line in part.lines() {
        assert!(
            line.chars().count() <= 60,
            "a line wider than 60: {line:?}\n{part}"
        );
    }
    // The long notes are wrapped, not cut.
    assert!(
        unwrapped(&part).contains("the figure the annual return needs"),
        "{part}"
    );
    assert!(part.contains("    "), "{part}");
}
