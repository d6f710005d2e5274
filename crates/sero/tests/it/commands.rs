//! The commands around estimates: `init`, `models`, `factors` and `schema`.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::{Sandbox, number};

const MODELS: [&str; 14] = [
    "data-transfer",
    "electricity",
    "server",
    "end-user-device",
    "reported",
    "spend",
    "staff-time",
    "phone-call",
    "paper",
    "post",
    "travel",
    "building-visit",
    "notification",
    "cloud",
];

const DESNZ_2025_URL: &str =
    "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025";

// ------------------------------------------------------------------------------------- init

/// The starter with every placeholder replaced by the example that follows its marker.
fn filled_in(starter: &str) -> String {
    starter.replace("REPLACE-ME ", "")
}

#[test]
fn init_writes_placeholders_that_check_and_estimate_refuse_until_replaced() {
    let sandbox = Sandbox::new();
    let starter = sandbox.run(&["init"]).success();
    sandbox.write("starter.yaml", &starter);
    let message = sandbox.run(&["check", "starter.yaml"]).refused();
    insta::assert_snapshot!(message, @"
    error: `service.organisation` still holds a placeholder of `sero init` (REPLACE-ME …)
       --> starter.yaml:10:17
        |
     10 |   organisation: REPLACE-ME Your organisation
        |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ replace this with your own value
        |
        = hint: write your own value in place of `REPLACE-ME Your organisation` (`Your organisation` is only an example); sero refuses the manifest while any value starts with REPLACE-ME
    ");
    // The manifest reader of `estimate` refuses it the same way.
    let refused = sandbox.run(&["estimate", "starter.yaml"]).refused();
    assert_eq!(refused, message);

    // Replaced one by one, each next placeholder is the one named.
    let organisation = starter.replace("REPLACE-ME Your organisation", "Cyngor Sir");
    sandbox.write("starter.yaml", &organisation);
    let message = sandbox.run(&["check", "starter.yaml"]).refused();
    assert!(
        message.starts_with(
            "error: `channels[0].transactions` still holds a placeholder of `sero init`"
        ),
        "{message}"
    );
    assert!(message.contains("--> starter.yaml:23:19\n"), "{message}");

    sandbox.write("starter.yaml", &filled_in(&starter));
    let check = sandbox.run(&["check", "starter.yaml"]).success();
    assert_eq!(check, "ok: starter.yaml — 4 components, 2 channels\n");
    let report = sandbox
        .run(&["estimate", "starter.yaml", "--format", "json"])
        .json();
    assert_eq!(report["service"]["name"], "Apply for a Blue Badge");
    assert!(number(&report, "/total/co2e_kg") > 0.0);
}

#[test]
fn check_says_in_welsh_that_a_placeholder_remains_and_that_a_manifest_is_ok() {
    let sandbox = Sandbox::new();
    let starter = sandbox.run(&["init"]).success();
    sandbox.write("starter.yaml", &starter);
    let message = sandbox
        .run(&["--lang", "cy", "check", "starter.yaml"])
        .refused();
    assert!(
        message.contains("mae `service.organisation` yn dal i gynnwys dalfan gan `sero init`"),
        "{message}"
    );
    assert!(message.contains("--> starter.yaml:10:17"), "{message}");
    assert!(!message.contains("still holds a placeholder"), "{message}");
    sandbox.write("starter.yaml", &filled_in(&starter));
    let check = sandbox
        .run(&["--lang", "cy", "check", "starter.yaml"])
        .success();
    assert_eq!(check, "iawn: starter.yaml — 4 cydran, 2 sianel\n");
}

#[test]
fn init_quotes_the_service_name() {
    let sandbox = Sandbox::new();
    let name = r#"Trwydded "parcio" \ Parking permit"#;
    let starter = sandbox.run(&["init", "--service", name]).success();
    sandbox.write("permit.yaml", &filled_in(&starter));
    let report = sandbox
        .run(&["estimate", "permit.yaml", "--format", "json"])
        .json();
    assert_eq!(report["service"]["name"], name);
}

#[test]
fn init_output_writes_the_same_starter_to_a_new_file() {
    let sandbox = Sandbox::new();
    let starter = sandbox.run(&["init"]).success();
    let run = sandbox.run(&["init", "--output", "service.yaml"]);
    assert_eq!(run.stderr, "wrote service.yaml\n");
    assert_eq!(run.success(), "");
    assert_eq!(sandbox.read("service.yaml"), starter);
}

#[test]
fn init_output_refuses_to_overwrite() {
    let sandbox = Sandbox::new();
    sandbox.write("service.yaml", "# my own work\n");
    let message = sandbox.run(&["init", "--output", "service.yaml"]).refused();
    assert_eq!(sandbox.read("service.yaml"), "# my own work\n");
    insta::with_settings!({filters => vec![(r"`: [^\n]+\(os error 17\)", "`: [file exists]")]}, {
        insta::assert_snapshot!(message, @"
        error: cannot create `service.yaml`: [file exists]
          = hint: sero init does not overwrite files; choose another name
        ");
    });
}

// ----------------------------------------------------------------------------------- models

#[test]
fn models_lists_every_model() {
    let listing = Sandbox::new().run(&["models"]).success();
    // A model's name is the only line that is not indented.
    let names: Vec<&str> = listing
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with(' '))
        .collect();
    assert_eq!(names, MODELS);
}

#[test]
fn models_server_shows_its_inputs() {
    let sandbox = Sandbox::new();
    let text = sandbox.run(&["models", "server"]).success();
    assert!(text.starts_with("server\n"), "{text}");
    let inputs: Vec<&str> = text
        .split_once("  input ")
        .expect("a table of inputs")
        .1
        .lines()
        .skip(2)
        // Descriptions that do not fit beside a row go under it, indented further.
        .filter(|line| !line.starts_with("     "))
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        inputs,
        [
            "count",
            "idle_power",
            "max_power",
            "utilisation",
            "power_curve",
            "hours",
            "hours_of_day",
            "pue",
            "embodied",
            "lifetime",
            "grid",
            "desnz_year",
            "transmission_losses",
            "well_to_tank",
        ]
    );
    // The same inputs as the JSON Schema gives editors.
    let schema = sandbox.run(&["schema"]).json();
    let server = schema["$defs"]["component"]["allOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|rule| rule["if"]["properties"]["model"]["const"] == "server")
        .expect("a schema rule for `server`");
    let in_schema: BTreeSet<&str> = server["then"]["properties"]["inputs"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(in_schema, inputs.iter().copied().collect::<BTreeSet<_>>());
}

/// Every model's words fit 80 columns in English and Welsh: the summary and formula wrap, a
/// description wraps under its column or, when the other columns leave no room, under its row;
/// a long list of choices or default goes with the description.
#[test]
fn models_fit_the_width_of_the_terminal() {
    let sandbox = Sandbox::new();
    for lang in ["en", "cy"] {
        let text = sandbox
            .run_with(&["models"], &[("SERO_LANG", lang), ("COLUMNS", "80")])
            .success();
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{lang}: `{line}`\n{text}");
        }
    }
    let text = sandbox
        .run_with(&["models", "data-transfer"], &[("COLUMNS", "80")])
        .success();
    assert!(
        text.contains("\n  method                      one of            swd-v4\n      swd-v4 | swd-v3 | onebyte. Estimation model\n"),
        "{text}"
    );
}

#[test]
fn models_unknown_name_is_refused() {
    let message = Sandbox::new().run(&["models", "nope"]).refused();
    insta::assert_snapshot!(message, @"
    error: unknown model `nope` (expected one of `data-transfer`, `electricity`, `server`, `end-user-device`, `reported`, `spend`, `staff-time`, `phone-call`, `paper`, `post`, `travel`, `building-visit`, `notification`, `cloud`)
      = hint: `sero models` lists them all
    ");
}

#[test]
fn models_speaks_welsh() {
    let text = Sandbox::new()
        .run(&["--lang", "cy", "models", "server"])
        .success();
    assert!(text.contains("  fformiwla: "), "{text}");
    assert!(text.contains("mewnbwn"), "{text}");
    assert!(text.contains("gofynnol / rhagosodiad"), "{text}");
    assert!(!text.contains("formula:"), "{text}");
    assert!(!text.contains("required / default"), "{text}");
    let message = Sandbox::new()
        .run(&["--lang", "cy", "models", "nope"])
        .refused();
    assert!(
        message.contains("= awgrym: mae `sero models` yn eu rhestru i gyd"),
        "{message}"
    );
}

// ---------------------------------------------------------------------------------- factors

fn factors_json(sandbox: &Sandbox, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["factors"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    match sandbox.run(&all).json()["factors"].take() {
        Value::Array(list) => list,
        other => panic!("not a list: {other}"),
    }
}

#[test]
fn factors_lists_every_factor_with_its_source() {
    let sandbox = Sandbox::new();
    // Wide enough for one line a factor.
    let table = sandbox
        .run_with(&["factors"], &[("COLUMNS", "1000")])
        .success();
    let list = factors_json(&sandbox, &[]);
    assert!(list.len() > 200, "the library holds hundreds of factors");
    assert!(
        table.ends_with(&format!("\n{} factors\n", list.len())),
        "{}",
        table.lines().last().unwrap()
    );
    // Header, rule, one line per factor, count.
    assert_eq!(table.lines().count(), list.len() + 3);
    for factor in &list {
        let url = factor["source"]["url"].as_str().unwrap_or_default();
        assert!(url.starts_with("https://"), "{}", factor["id"]);
        let id = factor["id"].as_str().unwrap();
        let line = table
            .lines()
            .find(|line| line.starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("`{id}` is not in the table"));
        assert!(line.ends_with(&format!(" — {url}")), "{line}");
    }
}

/// In a terminal too narrow for one line a factor, each factor is a short record: its id, its
/// value, unit, range and year, then its source, wrapped at the width (a URL is kept whole).
#[test]
fn factors_fit_a_narrow_terminal_as_records() {
    let sandbox = Sandbox::new();
    for lang in ["en", "cy"] {
        let text = sandbox
            .run_with(
                &["factors", "desnz/2025/electricity"],
                &[("SERO_LANG", lang), ("COLUMNS", "80")],
            )
            .success();
        for line in text.lines().filter(|l| !l.contains("https://")) {
            assert!(line.chars().count() <= 80, "{lang}: `{line}`\n{text}");
        }
        assert!(
            text.starts_with("desnz/2025/electricity-generation\n    0.177 kgCO2e/kWh; "),
            "{text}"
        );
    }
    let text = sandbox
        .run_with(&["factors", "desnz/2025/electricity"], &[("COLUMNS", "80")])
        .success();
    assert!(
        text.contains("\n    0.177 kgCO2e/kWh; 0.1593–0.1947 (assumed); data of 2023\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!("\n    {DESNZ_2025_URL}\n")),
        "{text}"
    );
}

#[test]
fn factors_desnz_2025_are_the_four_electricity_factors() {
    let sandbox = Sandbox::new();
    let list = factors_json(&sandbox, &["desnz/2025/electricity"]);
    let found: Vec<(&str, f64)> = list
        .iter()
        .map(|f| (f["id"].as_str().unwrap(), f["value"].as_f64().unwrap()))
        .collect();
    // DESNZ 2025 condensed set, UK electricity, kgCO2e/kWh.
    assert_eq!(
        found,
        [
            ("desnz/2025/electricity-generation", 0.177),
            ("desnz/2025/electricity-td-losses", 0.01853),
            ("desnz/2025/electricity-wtt-generation", 0.0459),
            ("desnz/2025/electricity-wtt-td", 0.00397),
        ]
    );
    for factor in &list {
        assert_eq!(factor["unit"], "kgCO2e/kWh");
        assert_eq!(factor["source"]["url"], DESNZ_2025_URL);
    }
    let table = sandbox
        .run(&["factors", "desnz/2025/electricity"])
        .success();
    assert!(table.ends_with("\n4 factors\n"), "{table}");
}

#[test]
fn factors_grid_gbr_is_ember_215_79() {
    let list = factors_json(&Sandbox::new(), &["grid/ember/GBR"]);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["id"], "grid/ember/GBR");
    assert_eq!(list[0]["unit"], "gCO2e/kWh");
    assert_eq!(list[0]["value"].as_f64(), Some(215.79));
}

#[test]
fn factors_by_tag() {
    let list = factors_json(&Sandbox::new(), &["device"]);
    assert!(!list.is_empty());
    for factor in &list {
        let tags = factor["tags"].as_array().unwrap();
        assert!(tags.iter().any(|t| t == "device"), "{}", factor["id"]);
    }
}

#[test]
fn factors_unmatched_query_is_refused() {
    let message = Sandbox::new().run(&["factors", "nope/nothing"]).refused();
    insta::assert_snapshot!(message, @"
    error: no factor matches `nope/nothing`
      = hint: try a prefix such as `desnz`, `swd-v4`, `grid/ember/GBR`, or a tag such as `device`
    ");
}

#[test]
fn factors_speaks_welsh() {
    let sandbox = Sandbox::new();
    let table = sandbox
        .run_with(
            &["--lang", "cy", "factors", "desnz/2025/electricity"],
            &[("COLUMNS", "1000")],
        )
        .success();
    assert!(table.starts_with("id "), "{table}");
    assert!(table.contains("ffynhonnell"), "{table}");
    assert!(table.ends_with("\n4 ffactor\n"), "{table}");
    assert!(!table.contains("source"), "{table}");
    let message = sandbox
        .run(&["--lang", "cy", "factors", "nope/nothing"])
        .refused();
    assert!(
        message.starts_with("gwall: nid oes ffactor yn cyfateb i `nope/nothing`\n  = awgrym: "),
        "{message}"
    );
}

#[test]
fn factors_shows_an_override() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("factors/double-generation.yaml");
    let list = factors_json(
        &sandbox,
        &["desnz/2025/electricity-generation", "--factors", &file],
    );
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["value"].as_f64(), Some(0.354));
    assert_eq!(
        list[0]["source"]["url"],
        "https://example.org/sero-tests/factors"
    );
}

// ----------------------------------------------------------------------------------- schema

#[test]
fn schema_describes_the_manifest() {
    let sandbox = Sandbox::new();
    let schema = sandbox.run(&["schema"]).json();
    let top: Vec<&str> = schema["properties"]
        .as_object()
        .expect("`properties`")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(top, ["sero", "service", "period", "channels", "components"]);
    assert_eq!(schema["additionalProperties"], false);
    let models: Vec<&str> = schema["$defs"]["component"]["properties"]["model"]["enum"]
        .as_array()
        .expect("a `model` enum")
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(models, MODELS);
}

#[test]
fn schema_top_level_keys_are_the_readers_keys() {
    // Each key the schema lists is one the reader knows: a manifest with a misspelt key is
    // refused with a suggestion of exactly that key.
    let sandbox = Sandbox::new();
    let schema = sandbox.run(&["schema"]).json();
    for key in schema["properties"].as_object().unwrap().keys() {
        let misspelt = format!("{key}x");
        sandbox.write("m.yaml", &format!("{misspelt}: 1\n"));
        let message = sandbox.run(&["check", "m.yaml"]).refused();
        assert!(
            message.contains(&format!("did you mean `{key}`?")),
            "{message}"
        );
    }
}
