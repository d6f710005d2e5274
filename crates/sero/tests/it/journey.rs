//! `sero journey`: one run of a form journey against a loopback server (it drives Chromium,
//! so there is only one), its JSON read back by a manifest's `measured:`, and a broken journey
//! file refused with its location.

use sero_test_server::{Fixture, Server};

use crate::{Sandbox, assert_close, number};

fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/style.css\">\
         </head>\n<body>{body}</body></html>\n"
    )
}

/// A manifest whose one component moves `bytes` (`measured: result.json` or `N B`).
fn manifest(bytes: &str) -> String {
    format!(
        "sero: 1\nservice:\n  name: Apply\n  functional_unit: application\nperiod:\n  \
         start: 2025-04-01\n  end: 2026-03-31\nchannels:\n  - id: online\n    transactions: 1000\n\
         components:\n  - id: journey\n    model: data-transfer\n    channel: online\n    \
         inputs:\n      {bytes}\n"
    )
}

#[test]
fn a_journey_reports_its_steps_and_a_manifest_reads_its_total() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/start",
                Fixture::html(&page("Start", "<a id=\"go\" href=\"/form\">Start now</a>")),
            ),
            (
                "/style.css",
                Fixture::new("text/css", "body { margin: 0 }\n".repeat(50))
                    .header("Cache-Control", "max-age=3600"),
            ),
            (
                "/form",
                Fixture::html(&page(
                    "Form",
                    "<form action=\"/done\"><input id=\"name\" name=\"name\"></form>",
                )),
            ),
            (
                "/done?name=Ann",
                Fixture::html(&page("Done", "<h1 id=\"confirmation\">Done</h1>")),
            ),
        ],
    );
    let sandbox = Sandbox::new();
    sandbox.write(
        "journey.yaml",
        &format!(
            "sero: 1\njourney: Apply\nstart: {}\nsteps:\n  - name: Form\n    click: \"#go\"\n  \
             - name: Name\n    fill: {{selector: \"#name\", value: Ann}}\n  - name: Send\n    \
             submit: form\n    wait_for: \"#confirmation\"\n",
            server.url("/start")
        ),
    );
    let run = sandbox.run(&[
        "journey",
        "journey.yaml",
        "--format",
        "json",
        "--settle",
        "0.5",
        "--output",
        "result.json",
    ]);
    assert_eq!(run.success(), "", "the report went to the file");
    let result: serde_json::Value =
        serde_json::from_str(&sandbox.read("result.json")).expect("JSON");
    crate::schema::assert_valid(&result);
    assert_eq!(result["schema_version"], 1);
    assert_eq!(result["journey"], "Apply");
    let steps = result["steps"].as_array().expect("steps");
    let names: Vec<&str> = steps.iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Start", "Form", "Name", "Send"]);
    let actions: Vec<&str> = steps
        .iter()
        .map(|s| s["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["navigate", "click", "fill", "submit"]);
    assert_eq!(steps[3]["url"], server.url("/done?name=Ann"));
    let total = number(&result, "/total/transfer_bytes");
    let sum: f64 = steps.iter().map(|s| number(s, "/transfer_bytes")).sum();
    assert_eq!(total, sum);
    let written = server.bytes("/start")
        + server.bytes("/style.css")
        + server.bytes("/form")
        + server.bytes("/done?name=Ann");
    assert_eq!(total, written as f64, "every byte the server wrote, once");
    let grams: f64 = steps.iter().map(|s| number(s, "/co2e_g")).sum();
    assert_close(
        number(&result, "/total/co2e_g"),
        grams,
        1e-12,
        "total grams",
    );
    let resource_bytes: f64 = steps[0]["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| number(r, "/transfer_bytes"))
        .sum();
    assert_eq!(resource_bytes, number(&steps[0], "/transfer_bytes"));

    // The table, in Welsh: its words from the catalogue, grams in a unit for their size.
    // At 80 columns: no line wider, the sentences wrapped, the opening step named in Welsh.
    let table = sandbox
        .run_with(
            &["--lang", "cy", "journey", "journey.yaml", "--settle", "0.5"],
            &[("COLUMNS", "80")],
        )
        .success();
    assert!(table.starts_with("Taith: Apply\n"), "{table}");
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "`{line}`\n{table}");
    }
    assert!(table.contains("\n  1  Dechrau "), "{table}");
    let flat = table.split_whitespace().collect::<Vec<_>>().join(" ");
    for welsh in [
        "Cam",
        "Gweithr",
        "Cyfanswm",
        "gCO2e: model Sustainable Web Design v4, fesul cam",
        "Grid: cyfartaledd blynyddol y Deyrnas Unedig, 216 gCO2e/kWh",
    ] {
        assert!(flat.contains(welsh), "{welsh}: {table}");
    }
    for english in ["Journey:", "Total", "per step as transferred"] {
        assert!(!table.contains(english), "{english}: {table}");
    }

    // The manifest reads exactly those bytes: its estimate equals one with them written out.
    sandbox.write("measured.yaml", &manifest("measured: result.json"));
    sandbox.write("written.yaml", &manifest(&format!("bytes: {total} B")));
    let estimate = |file: &str| {
        number(
            &sandbox
                .run(&["estimate", file, "--format", "json", "--samples", "0"])
                .json(),
            "/total/co2e_kg",
        )
    };
    let measured = estimate("measured.yaml");
    assert!(measured > 0.0);
    assert_eq!(measured, estimate("written.yaml"));
    // Both at the default grid, the United Kingdom's: the component's kilograms are the
    // journey's grams.
    assert_eq!(result["grid"]["code"], "GBR");
    assert_close(
        measured * 1000.0,
        number(&result, "/total/co2e_g"),
        1e-12,
        "journey and manifest",
    );

    // Over a budget, the journey's actual value and the limit, in the budget's unit.
    let over = sandbox.run(&[
        "journey",
        "journey.yaml",
        "--settle",
        "0.5",
        "--budget",
        "1kB",
    ]);
    assert_eq!(over.code, 1, "{over:?}");
    assert!(
        over.stderr.contains("over budget: journey `Apply`: ")
            && over.stderr.contains(" kB, limit 1 kB ("),
        "{}",
        over.stderr
    );
    assert!(
        over.stdout
            .contains("Grid: the United Kingdom's annual average"),
        "{}",
        over.stdout
    );
    // The same budget in the JSON: the journey's bytes in kB against the limit, as the schema
    // describes it.
    let over = sandbox.run(&[
        "journey",
        "journey.yaml",
        "--settle",
        "0.5",
        "--budget",
        "1kB",
        "--format",
        "json",
    ]);
    assert_eq!(over.code, 1, "{over:?}");
    let report: serde_json::Value = serde_json::from_str(&over.stdout).expect("JSON");
    crate::schema::assert_valid(&report);
    let budget = &report["budget"];
    assert_eq!(budget["unit"], "kB");
    assert_eq!(budget["limit"], 1.0);
    assert_eq!(budget["over"], true);
    assert_close(
        number(&report, "/budget/actual"),
        number(&report, "/total/transfer_bytes") / 1e3,
        1e-12,
        "the journey's bytes in kB",
    );
}

#[test]
fn a_broken_journey_file_is_refused_with_its_location() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "journey.yaml",
        "journey: Apply\nstart: http://127.0.0.1:9/\nsteps:\n  - name: Both\n    click: a\n    \
         submit: form\n",
    );
    let stderr = sandbox.run(&["journey", "journey.yaml"]).refused();
    insta::assert_snapshot!(stderr, @"
    error: step `Both` has two actions, `click` and `submit`
      --> journey.yaml:6:5
       |
     6 |     submit: form
       |     ^^^^^^ a second action
       |
       = hint: split it into two steps, one action each
    ");
}
