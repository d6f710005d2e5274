//! `sero grid now|forecast|window` against a loopback server replaying the Carbon Intensity
//! API's documented answers; the API's address comes from `--api-url` or
//! `SERO_CARBON_INTENSITY_URL`, the cache lives in the sandbox.

use std::process::Command;

use sero_grid::jiff::{SignedDuration, Timestamp};
use sero_test_server::{Fixture, Server};

use crate::{Run, Sandbox, number};

/// `GET /intensity`, verbatim from the API's documentation.
const INTENSITY: &str = r#"{"data":[{"from":"2018-01-20T12:00Z","to":"2018-01-20T12:30Z",
  "intensity":{"forecast":266,"actual":263,"index":"moderate"}}]}"#;

const GENERATION: &str = r#"{"data":{"from":"2018-01-20T12:00Z","to":"2018-01-20T12:30Z",
  "generationmix":[{"fuel":"biomass","perc":4.8},{"fuel":"coal","perc":2.5},
    {"fuel":"imports","perc":8.2},{"fuel":"gas","perc":46.5},{"fuel":"nuclear","perc":16.6},
    {"fuel":"other","perc":0.3},{"fuel":"hydro","perc":0.9},{"fuel":"solar","perc":1.4},
    {"fuel":"wind","perc":18.8}]}}"#;

/// `GET /regional/postcode/{postcode}`, verbatim from the API's documentation, for CF10 in
/// region 7.
const CF10: &str = r#"{"data":[{"regionid":7,"dnoregion":"WPD South Wales","shortname":"South Wales",
  "postcode":"CF10",
  "data":[{"from":"2018-01-20T12:00Z","to":"2018-01-20T12:30Z",
    "intensity":{"forecast":181,"index":"low"},
    "generationmix":[{"fuel":"gas","perc":43.6},{"fuel":"wind","perc":56.4}]}]}]}"#;

fn json(body: impl Into<Vec<u8>>) -> Fixture {
    Fixture::new("application/json", body)
}

fn api_time(t: Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%MZ").to_string()
}

fn half_hour_now() -> Timestamp {
    let s = Timestamp::now().as_second();
    Timestamp::from_second(s - s.rem_euclid(1800)).unwrap()
}

/// The forecast values of a Wales forecast from `start`: 200 everywhere but a trough of 50
/// from the 9th to the 14th half hour.
fn trough(i: usize) -> i64 {
    if (8..14).contains(&i) {
        50
    } else {
        200 + (i as i64 % 3)
    }
}

/// A "Regional ID" forecast body for region 17, 96 half hours from `start`.
fn wales_forecast(start: Timestamp) -> String {
    let items: Vec<String> = (0..96)
        .map(|i| {
            let from = start + SignedDuration::from_mins(30 * i as i64);
            format!(
                r#"{{"from":"{}","to":"{}","intensity":{{"forecast":{},"index":"moderate"}}}}"#,
                api_time(from),
                api_time(from + SignedDuration::from_mins(30)),
                trough(i)
            )
        })
        .collect();
    format!(
        r#"{{"data":{{"regionid":17,"dnoregion":"Wales","shortname":"Wales","data":[{}]}}}}"#,
        items.join(",")
    )
}

/// A server answering the Wales forecast for this half hour and the next (a test may start in
/// one and run `sero` in the other), with the paths it answers.
fn forecast_server() -> (Server, [(String, Timestamp); 2]) {
    let first = half_hour_now();
    let second = first + SignedDuration::from_mins(30);
    let path = |t| format!("/regional/intensity/{}/fw48h/regionid/17", api_time(t));
    let routes = [(path(first), first), (path(second), second)];
    let server = Server::start(
        "127.0.0.1",
        routes
            .iter()
            .map(|(p, t)| (p.as_str(), json(wales_forecast(*t))))
            .collect(),
    );
    (server, routes)
}

/// The start of the forecast `sero` asked for.
fn asked_start(server: &Server, routes: &[(String, Timestamp); 2]) -> Timestamp {
    let asked = server.requests();
    assert_eq!(asked.len(), 1, "{asked:?}");
    routes
        .iter()
        .find(|(p, _)| *p == asked[0])
        .map(|(_, t)| *t)
        .unwrap_or_else(|| panic!("unexpected request {asked:?}"))
}

#[test]
fn now_national_as_a_table_and_as_json() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            ("/intensity", json(INTENSITY)),
            ("/generation", json(GENERATION)),
        ],
    );
    let sandbox = Sandbox::new();
    let api = server.url("");
    let table = sandbox.run(&["grid", "now", "--api-url", &api]).success();
    assert!(
        table.starts_with("Carbon intensity now: Great Britain\n"),
        "{table}"
    );
    assert!(
        table.contains("intensity  263 gCO2/kWh (estimated actual)"),
        "{table}"
    );
    assert!(table.contains("index      moderate"), "{table}");
    assert!(table.contains("Generation mix"), "{table}");
    let mix: Vec<&str> = table
        .lines()
        .skip_while(|l| *l != "Generation mix")
        .skip(3)
        .take(2)
        .collect();
    assert_eq!(
        mix,
        ["  gas      46.5%", "  wind     18.8%"],
        "largest first\n{table}"
    );
    assert!(table.contains("CC BY 4.0"), "{table}");

    let doc = sandbox
        .run(&["grid", "now", "--api-url", &api, "--format", "json"])
        .json();
    assert_eq!(doc["region_name"], "Great Britain");
    assert_eq!(number(&doc, "/half_hour/intensity"), 263.0);
    assert_eq!(number(&doc, "/half_hour/forecast"), 266.0);
    assert_eq!(doc["half_hour"]["index"], "moderate");
    assert_eq!(doc["generation_mix"].as_array().unwrap().len(), 9);
    assert_eq!(
        doc["unit"],
        "gCO2/kWh (CO2 only, generation; Carbon Intensity API)"
    );
}

#[test]
fn now_for_a_postcode_says_it_was_cut_and_names_the_region() {
    let server = Server::start("127.0.0.1", vec![("/regional/postcode/CF10", json(CF10))]);
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "grid",
        "now",
        "--postcode",
        "CF10 1EP",
        "--api-url",
        &server.url(""),
    ]);
    assert!(
        run.stderr.contains("`CF10 1EP` is read as `CF10`"),
        "{}",
        run.stderr
    );
    let table = run.success();
    assert!(
        table.starts_with("Carbon intensity now: South Wales (region 7)\n"),
        "{table}"
    );
    assert!(table.contains("181 gCO2/kWh"), "{table}");
    assert!(table.contains("(forecast)"), "{table}");
    assert!(table.contains("WPD South Wales"), "{table}");
    assert_eq!(server.requests(), ["/regional/postcode/CF10"]);
}

#[test]
fn an_unknown_region_is_refused_with_a_suggestion() {
    let sandbox = Sandbox::new();
    let stderr = sandbox
        .run(&[
            "grid",
            "now",
            "--region",
            "south-wails",
            "--api-url",
            "http://127.0.0.1:9",
        ])
        .refused();
    assert!(
        stderr.contains("`south-wails` is not a GB grid area"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= hint: did you mean `south-wales`?"),
        "{stderr}"
    );
}

#[test]
fn forecast_table_json_and_chart_from_the_environment_url() {
    let (server, routes) = forecast_server();
    let sandbox = Sandbox::new();
    let output = Command::new(env!("CARGO_BIN_EXE_sero"))
        .args([
            "grid", "forecast", "--region", "wales", "--hours", "6", "--chart", "out.svg",
            "--format", "json",
        ])
        .env("SERO_CACHE_DIR", sandbox.path("cache"))
        .env("SERO_CARBON_INTENSITY_URL", server.url(""))
        .current_dir(sandbox.path(""))
        .output()
        .unwrap();
    let run = Run {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    };
    assert!(run.stderr.contains("out.svg"), "{}", run.stderr);
    let doc = run.json();
    let start = asked_start(&server, &routes);
    let half_hours = doc["half_hours"].as_array().unwrap();
    assert_eq!(half_hours.len(), 12);
    assert_eq!(half_hours[0]["from"], start.to_string());
    for (i, hh) in half_hours.iter().enumerate() {
        assert_eq!(hh["intensity"].as_f64(), Some(trough(i) as f64), "{hh}");
    }

    let svg = sandbox.read("out.svg");
    let chart = roxmltree::Document::parse(&svg).expect("the chart is XML");
    let root = chart.root_element();
    assert!(
        root.children().any(
            |n| n.has_tag_name("title") && n.text() == Some("Carbon intensity forecast: Wales")
        ),
        "{svg}"
    );
    let desc = root
        .children()
        .find(|n| n.has_tag_name("desc"))
        .and_then(|n| n.text())
        .unwrap();
    assert!(
        desc.contains("12 half hours. Lowest: ") && desc.contains(": 50.0 gCO2/kWh. Highest: "),
        "{desc}"
    );
    let points: Vec<f64> = chart
        .descendants()
        .filter(|n| n.attribute("class") == Some("point"))
        .map(|n| n.attribute("data-value").unwrap().parse().unwrap())
        .collect();
    let expected: Vec<f64> = (0..12).map(|i| trough(i) as f64).collect();
    assert_eq!(points, expected);

    // Again within the half hour, as a table: from the cache, no request.
    let table = sandbox
        .run(&[
            "grid",
            "forecast",
            "--region",
            "GB-WALES",
            "--hours",
            "6",
            "--api-url",
            &server.url(""),
        ])
        .success();
    assert_eq!(server.requests().len(), 1, "{:?}", server.requests());
    assert!(
        table.starts_with("Forecast: Wales (region 17), gCO2/kWh"),
        "{table}"
    );
    assert_eq!(
        table.lines().filter(|l| l.starts_with("  20")).count(),
        12,
        "{table}"
    );
}

#[test]
fn window_finds_the_trough_and_rounds_the_duration_up() {
    let (server, routes) = forecast_server();
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "grid",
        "window",
        "--region",
        "wales",
        "--duration",
        "2h 40m",
        "--within",
        "24h",
        "--api-url",
        &server.url(""),
        "--format",
        "json",
    ]);
    assert!(
        run.stderr
            .contains("--duration 2h 40m rounded up to whole half hours: 3 h"),
        "{}",
        run.stderr
    );
    let doc = run.json();
    let start = asked_start(&server, &routes);
    let half = |n: i64| start + SignedDuration::from_mins(30 * n);
    // Six half hours of 50 from the 9th: the best 3 h is exactly the trough.
    assert_eq!(doc["start"], half(8).to_string());
    assert_eq!(doc["end"], half(14).to_string());
    assert_eq!(number(&doc, "/half_hours"), 6.0);
    assert_eq!(number(&doc, "/mean"), 50.0);
    let now_mean = (0..6).map(|i| trough(i) as f64).sum::<f64>() / 6.0;
    assert_eq!(number(&doc, "/mean_if_started_now"), now_mean);
    assert_eq!(number(&doc, "/saving"), now_mean - 50.0);
    crate::assert_close(
        number(&doc, "/saving_percent"),
        (now_mean - 50.0) / now_mean * 100.0,
        1e-12,
        "saving %",
    );
    assert!(
        doc["start_london"]
            .as_str()
            .unwrap()
            .contains("[Europe/London]"),
        "{doc}"
    );

    let table = sandbox
        .run(&[
            "grid",
            "window",
            "--region",
            "wales",
            "--duration",
            "3h",
            "--api-url",
            &server.url(""),
        ])
        .success();
    assert_eq!(server.requests().len(), 1, "the table came from the cache");
    assert!(
        table.starts_with("Best window for a 3 h job ending within 24 h: Wales (region 17)\n"),
        "{table}"
    );
    assert!(
        table.contains(&format!(
            "start  {}",
            half(8).strftime("%Y-%m-%d %H:%M UTC")
        )),
        "{table}"
    );
    assert!(table.contains("mean intensity  50.0 gCO2/kWh"), "{table}");
    assert!(table.contains("CO2 only"), "{table}");
    assert!(table.contains("forecast"), "{table}");
}

#[test]
fn offline_shows_the_annual_desnz_factor() {
    let sandbox = Sandbox::new();
    let out = sandbox.run(&["grid", "now", "--offline"]).success();
    assert!(
        out.contains("0.177 kgCO2e/kWh (CO2, CH4 and N2O, DESNZ 2025, location-based)"),
        "{out}"
    );
    assert!(out.contains("annual average"), "{out}");
    assert!(out.contains("conversion-factors-2025"), "{out}");
    let doc = sandbox
        .run(&[
            "grid",
            "window",
            "--duration",
            "1h",
            "--offline",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(number(&doc, "/factor/value"), 0.177);
    assert_eq!(doc["factor"]["id"], "desnz/2025/electricity-generation");
}

#[test]
fn an_unreachable_api_prints_the_fallback_and_the_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let api = format!("http://127.0.0.1:{port}");
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["grid", "now", "--region", "south-wales", "--api-url", &api]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("0.177 kgCO2e/kWh"), "{}", run.stdout);
    assert!(
        run.stderr.starts_with(&format!(
            "error: could not reach the Carbon Intensity API at {api}"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "= hint: sero works offline from the bundled annual DESNZ factors (`sero estimate`"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_numbers_are_refused() {
    let sandbox = Sandbox::new();
    for (args, message) in [
        (
            vec!["grid", "forecast", "--hours", "72"],
            "--hours 72: give 1 to 48 hours",
        ),
        (
            vec!["grid", "window", "--duration", "soon"],
            "--duration soon: not a duration",
        ),
        (
            vec!["grid", "window", "--duration", "0h"],
            "must be more than zero",
        ),
        (
            vec!["grid", "window", "--duration", "1h", "--within", "72h"],
            "--within 72h",
        ),
        (
            vec!["grid", "now", "--postcode", "wales"],
            "--postcode wales: not a postcode",
        ),
    ] {
        let mut args = args;
        args.extend(["--api-url", "http://127.0.0.1:9"]);
        let stderr = sandbox.run(&args).refused();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(stderr.contains("= hint:"), "{stderr}");
    }
}

/// `sero` in the sandbox with more environment variables.
fn run_env(sandbox: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_sero"))
        .args(args)
        .env("SERO_CACHE_DIR", sandbox.path("cache"))
        .env("SERO_CARBON_INTENSITY_URL", "http://127.0.0.1:9")
        .envs(env.iter().copied())
        .current_dir(sandbox.path(""))
        .output()
        .unwrap();
    Run {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// Every line within `width` characters, except a line that is one unbreakable word (a URL).
fn assert_within(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= width || line.split_whitespace().count() == 1,
            "a line wider than {width}: {line:?}\n{text}"
        );
    }
}

#[test]
fn now_in_welsh_says_every_word_in_welsh() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            ("/intensity", json(INTENSITY)),
            ("/generation", json(GENERATION)),
        ],
    );
    let sandbox = Sandbox::new();
    let table = sandbox
        .run(&["--lang", "cy", "grid", "now", "--api-url", &server.url("")])
        .success();
    for welsh in [
        "Dwysedd carbon nawr: Prydain Fawr",
        "hanner awr",
        "263 gCO2/kWh (gwirioneddol amcangyfrifedig)",
        "mynegai",
        "cymedrol",
        "Cymysgedd cynhyrchu",
        "tanwydd",
        "cyfran",
        "nodyn: mae'r Carbon Intensity API",
        "Ffynhonnell: ",
    ] {
        assert!(table.contains(welsh), "{welsh:?} missing:\n{table}");
    }
    for english in [
        "Carbon intensity now",
        "Great Britain",
        "half hour",
        "estimated actual",
        "moderate",
        "Generation mix",
        "fuel",
        "share",
        "note:",
        "Source:",
    ] {
        assert!(!table.contains(english), "{english:?} in Welsh:\n{table}");
    }
    let stderr = sandbox
        .run(&["--lang", "cy", "grid", "now", "--region", "south-wails"])
        .refused();
    assert!(
        stderr.starts_with("gwall: --region south-wails: nid yw `south-wails`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("\n  = awgrym: ai `south-wales`"),
        "{stderr}"
    );
}

#[test]
fn reports_fit_sixty_columns() {
    let (server, _) = forecast_server();
    let sandbox = Sandbox::new();
    let api = server.url("");
    let narrow = [("COLUMNS", "60"), ("SERO_LANG", "en")];
    for args in [
        vec!["grid", "forecast", "--region", "wales", "--hours", "6"],
        vec!["grid", "window", "--region", "wales", "--duration", "3h"],
        vec!["grid", "now", "--offline"],
    ] {
        let mut args = args;
        args.extend(["--api-url", api.as_str()]);
        let run = run_env(&sandbox, &args, &narrow);
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
        assert!(run.stdout.lines().count() > 3, "{}", run.stdout);
        assert_within(&run.stdout, 60);
    }
    // The offline note is a long sentence: wrapped, not cut.
    let run = run_env(&sandbox, &["grid", "now", "--offline"], &narrow);
    assert!(run.stdout.contains("annual average"), "{}", run.stdout);
    assert!(!run.stdout.contains('…'), "{}", run.stdout);
}
