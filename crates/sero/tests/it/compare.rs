//! `sero compare` on the Welsh Blue Badge example (four channels): the table, the JSON document
//! checked against itself and against `sero estimate`, `--shift` scenarios checked against an
//! estimate of the shifted manifest, `--chart`, reproducibility, and refused `--shift` values.

use serde_json::{Value, json};

use crate::{Sandbox, assert_close, example, number};

const BLUE_BADGE: &str = "blue-badge-wales.yaml";

/// The channels of the Welsh example, in manifest order.
const CHANNELS: [&str; 4] = [
    "Online form",
    "Paper form by post",
    "Phone, with a call handler",
    "Face to face at the one-stop shop",
];

fn manifest() -> String {
    example(BLUE_BADGE).to_str().expect("UTF-8 path").to_owned()
}

/// `sero compare` on the Welsh example with `extra` arguments, as JSON.
fn compare_json(extra: &[&str]) -> Value {
    let manifest = manifest();
    let mut args = vec!["compare", manifest.as_str(), "--format", "json"];
    args.extend_from_slice(extra);
    Sandbox::new().run(&args).json()
}

fn compare_text(extra: &[&str]) -> String {
    compare_text_with(extra, &[])
}

/// `sero compare` on the Welsh example as a table, with `vars` in the environment.
fn compare_text_with(extra: &[&str], vars: &[(&str, &str)]) -> String {
    let manifest = manifest();
    let mut args = vec!["compare", manifest.as_str()];
    args.extend_from_slice(extra);
    Sandbox::new().run_with(&args, vars).success()
}

/// The lines of `text` longer than `width` characters.
fn longer_than(text: &str, width: usize) -> Vec<&str> {
    text.lines().filter(|l| l.chars().count() > width).collect()
}

/// The bullets of the section headed `heading`, each on one line.
fn bullets(text: &str, heading: &str) -> Vec<String> {
    let mut bullets: Vec<String> = Vec::new();
    for line in text
        .lines()
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| !l.is_empty())
    {
        if let Some(bullet) = line.strip_prefix("  - ") {
            bullets.push(bullet.to_owned());
        } else if let Some(last) = bullets.last_mut() {
            last.push(' ');
            last.push_str(line.trim());
        }
    }
    bullets
}

fn array<'v>(value: &'v Value, pointer: &str) -> &'v Vec<Value> {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no array at `{pointer}`"))
}

/// The cells of a table row: columns are separated by two spaces or more.
fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// A number as the tables print it (`1,406`, `0.195`).
fn figure(text: &str) -> f64 {
    text.replace(',', "")
        .parse()
        .unwrap_or_else(|e| panic!("`{text}` is not a number: {e}"))
}

/// An interval as the tables print it (`0.183–0.209`).
fn interval(text: &str) -> (f64, f64) {
    let (low, high) = text
        .split_once('–')
        .unwrap_or_else(|| panic!("`{text}` is not an interval"));
    (figure(low), figure(high))
}

#[test]
fn table_compares_every_channel_per_application() {
    // In kilograms at full width: every name whole, every figure beside its interval.
    let wide = compare_text(&["--unit", "kg", "--wide"]);
    let lines: Vec<&str> = wide.lines().collect();
    assert_eq!(
        lines[0],
        "Apply for a Blue Badge — channels compared per application"
    );
    assert!(lines[2].contains("kgCO2e per application"), "{wide}");
    for name in CHANNELS {
        let row = lines
            .iter()
            .find(|l| l.starts_with(&format!("  {name}  ")))
            .unwrap_or_else(|| panic!("no row for `{name}`:\n{wide}"));
        let row = cells(row);
        assert_eq!(row.len(), 6, "{row:?}");
        let per_application = figure(row[2]);
        let (low, high) = interval(row[3]);
        assert!(
            low < per_application && per_application < high,
            "{name}: {per_application} outside {low} – {high}"
        );
        let period = figure(row[4]);
        let (low, high) = interval(row[5]);
        assert!(low < period && period < high, "{name}: {row:?}");
        // The period figure is the per-application figure times the volume (to the 3
        // significant figures shown).
        assert_close(
            figure(row[1]) * per_application,
            period,
            5e-3,
            &format!("{name}: transactions × per application"),
        );
    }
    // At the default width, in units chosen for the size of each column.
    let table = compare_text(&[]);
    insta::assert_snapshot!(table, @"
    Apply for a Blue Badge — channels compared per application

      channel       transactions  gCO2e per application  90% interval  tCO2e in the period  90% interval
      --------------------------------------------------------------------------------------------------
      Online form          7,200                    200  188–216                      1.44  1.35–1.55
      Paper form …         2,400                    799  733–874                      1.92  1.76–2.10
      Phone, with…         1,500                    273  261–297                     0.409  0.391–0.445
      Face to fac…           900                  5,310  5,170–5,440                  4.78  4.65–4.90

    What each channel is made of (gCO2e per application)
      element            Online form  Paper form by post  Phone, with a call handler  Face to face at t…
      --------------------------------------------------------------------------------------------------
      citizens' devices         10.2                 n/a                        7.12                 n/a
      citizens' travel           n/a                 201                         n/a               2,210
      networks                 0.807                 n/a                           ·                 n/a
      hosting                   15.3                13.6                        13.6                13.6
      staff time                 119                 150                         156                 119
      staff computers           19.5                 241                        60.9                42.5
      paper                     11.5                 118                        11.5                11.5
      postage                   23.4                75.4                        23.4                23.4
      buildings                  n/a                 n/a                         n/a               2,890
      (· not modelled; n/a declared not applicable)

    In short
      - One application by “Paper form by post” emits about 4.00 times as much as one by “Online form”.
        The difference is mostly staff computers and citizens' travel.
      - One application by “Phone, with a call handler” emits about 1.37 times as much as one by “Online
        form”. The difference is mostly staff computers and staff time.
      - One application by “Face to face at the one-stop shop” emits about 26.6 times as much as one by
        “Online form”. The difference is mostly buildings and citizens' travel.

    Boundaries
      - Warning: “Phone, with a call handler” leaves out networks, which “Online form” includes: model
        it, or declare it `not_applicable` to the channel.

    Warnings
      - `post-room-scanner`: spend-based estimate: the least accurate tier (WPPN 12/21 Tier 1); ask the
        supplier for activity data or a reported figure
      - `phone-route/call`: telephony is not counted: no published UK factor per minute exists; give
        `telephony_per_minute` from your telephony supplier
    ");
}

#[test]
fn table_sections_come_in_order_and_name_the_phone_gap() {
    let table = compare_text(&[]);
    let lines: Vec<&str> = table.lines().collect();
    let sections = [
        "  channel ",
        "  Online form ",
        "  Face to fac",
        "What each channel is made of (gCO2e per application)",
        "  element ",
        "  citizens' devices ",
        "  buildings ",
        "In short",
        "  - One application by ",
        "Boundaries",
        "  - Warning: “Phone, with a call handler” leaves out networks",
        "Warnings",
        "  - `phone-route/call`: telephony is not counted",
    ];
    let mut from = 0;
    for section in sections {
        let found = lines[from..]
            .iter()
            .position(|line| line.starts_with(section))
            .unwrap_or_else(|| panic!("no line starting `{section}` after line {from}:\n{table}"));
        from += found + 1;
    }
    // The lowest channel per application is the baseline of every sentence, and is not
    // compared with itself.
    let sentences = bullets(&table, "In short");
    assert_eq!(sentences.len(), CHANNELS.len() - 1, "{table}");
    for sentence in sentences {
        assert!(sentence.starts_with("One application by “"), "{sentence}");
        assert!(
            sentence.contains("as much as one by “Online form”. The difference is mostly "),
            "{sentence}"
        );
    }
    // No scenarios without `--shift`.
    assert!(!table.contains("Scenarios"), "{table}");
}

#[test]
fn table_in_welsh_has_every_word_from_the_welsh_catalogue() {
    let args = ["--shift", "paper:online=25%", "--shift", "phone:online=10%"];
    let mut flagged = vec!["--lang", "cy", "compare", ""];
    let manifest = manifest();
    flagged[3] = manifest.as_str();
    flagged.extend_from_slice(&args);
    let table = Sandbox::new().run(&flagged).success();
    let lines: Vec<&str> = table.lines().collect();
    // The service and its unit are the names people gave in the manifest.
    assert_eq!(
        lines[0],
        "Apply for a Blue Badge — cymharu sianeli fesul application"
    );
    assert!(lines[2].starts_with("  sianel "), "{table}");
    assert!(lines[2].contains("gCO2e fesul application"), "{table}");
    assert!(lines[2].contains("tCO2e yn y cyfnod"), "{table}");
    assert!(lines[2].contains("cyfwng 90%"), "{table}");
    for heading in ["Yn fyr", "Ffiniau", "Senarios", "Rhybuddion"] {
        assert!(lines.contains(&heading), "no `{heading}`:\n{table}");
    }
    assert!(
        table.contains("O beth mae pob sianel wedi'i gwneud (gCO2e fesul application)"),
        "{table}"
    );
    let sentences = bullets(&table, "Yn fyr");
    assert_eq!(sentences.len(), 3, "{table}");
    assert!(
        sentences[0].starts_with(
            "Mae un application drwy “Paper form by post” yn allyrru tua 4.00 gwaith cymaint ag un drwy “Online form”."
        ),
        "{sentences:?}"
    );
    let gaps = bullets(&table, "Ffiniau");
    assert_eq!(
        gaps,
        [
            "Rhybudd: mae “Phone, with a call handler” yn gadael rhwydweithiau allan, ac mae “Online form” yn ei gynnwys: modelwch ef, neu datganwch ei fod yn `not_applicable` i'r sianel."
        ]
    );
    assert!(table.contains("\n  pob symudiad gyda'i "), "{table}");
    // No English is left in the Welsh report.
    for english in [
        "channel ",
        "In short",
        "Boundaries",
        "Scenarios",
        "What each channel",
        "per application",
        "all shifts together",
        "not modelled",
    ] {
        assert!(!table.contains(english), "`{english}` in Welsh:\n{table}");
    }
    // SERO_LANG says the same as --lang.
    assert_eq!(compare_text_with(&args, &[("SERO_LANG", "cy")]), table);
}

#[test]
fn unit_t_puts_every_mass_in_tonnes() {
    let table = compare_text(&["--unit", "t", "--wide", "--shift", "paper:online=25%"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[2].contains("tCO2e per application") && lines[2].contains("tCO2e in the period"),
        "{table}"
    );
    assert!(
        table.contains("What each channel is made of (tCO2e per application)"),
        "{table}"
    );
    assert!(
        table.contains("tCO2e before") && table.contains("tCO2e after"),
        "{table}"
    );
    assert!(table.contains("saving tCO2e"), "{table}");
    assert!(
        !table.contains("kgCO2e") && !table.contains("gCO2e "),
        "{table}"
    );
    let report = compare_json(&["--shift", "paper:online=25%"]);
    for (name, channel) in CHANNELS.iter().zip(array(&report, "/channels")) {
        let row = lines
            .iter()
            .find(|l| l.starts_with(&format!("  {name}  ")))
            .unwrap_or_else(|| panic!("no row for `{name}`:\n{table}"));
        let row = cells(row);
        assert_close(
            figure(row[2]) * 1000.0,
            number(channel, "/co2e_kg_per_transaction"),
            5e-3,
            &format!("{name}: tonnes per application"),
        );
        assert_close(
            figure(row[4]) * 1000.0,
            number(channel, "/co2e_kg"),
            5e-3,
            &format!("{name}: tonnes in the period"),
        );
    }
    let saving = lines
        .iter()
        .find(|l| l.starts_with("  paper:online=25%"))
        .map(|l| cells(l))
        .unwrap_or_else(|| panic!("no scenario:\n{table}"));
    assert_close(
        figure(saving[4]) * 1000.0,
        number(&report, "/scenarios/0/saving_co2e_kg"),
        5e-3,
        "the saving in tonnes",
    );
}

#[test]
fn at_72_or_50_columns_no_line_is_longer_and_wide_keeps_every_column() {
    let args = ["--shift", "paper:online=25%", "--shift", "phone:online=10%"];
    for (lang, columns) in [("en", 72), ("cy", 72), ("en", 50), ("cy", 50)] {
        let narrow = compare_text_with(
            &args,
            &[("COLUMNS", &columns.to_string()), ("SERO_LANG", lang)],
        );
        assert_eq!(
            longer_than(&narrow, columns),
            Vec::<&str>::new(),
            "{narrow}"
        );
        // Every channel and every scenario still has its row, and its figures.
        let rows: Vec<Vec<&str>> = narrow
            .lines()
            .filter(|l| {
                [
                    "  Online", "  Paper", "  Phone", "  Face", "  paper:", "  phone:",
                ]
                .iter()
                .any(|p| l.starts_with(p))
            })
            .map(cells)
            .collect();
        assert_eq!(rows.len(), 4 + 2, "{narrow}");
        for row in &rows {
            assert!(row.len() >= 4, "{row:?}");
            for cell in &row[1..] {
                assert!(!cell.contains('…'), "a figure cut: {row:?}");
                figure(cell);
            }
        }
    }
    // `--wide` keeps the intervals and every name whole, whatever the width.
    let wide = compare_text_with(&[&args[..], &["--wide"]].concat(), &[("COLUMNS", "72")]);
    assert!(!longer_than(&wide, 72).is_empty(), "{wide}");
    assert!(
        wide.contains("  Face to face at the one-stop shop  "),
        "{wide}"
    );
    assert_eq!(wide.matches("90% interval").count(), 3, "{wide}");
}

#[test]
fn json_is_the_same_document_whatever_the_unit_width_and_language() {
    let args = ["--shift", "paper:online=25%", "--format", "json"];
    let plain = compare_text_with(&args, &[]);
    let unit_t = compare_text_with(&[&args[..], &["--unit", "t"]].concat(), &[]);
    let wide = compare_text_with(&[&args[..], &["--wide"]].concat(), &[("COLUMNS", "72")]);
    assert_eq!(plain, unit_t);
    assert_eq!(plain, wide);
    // The same shape, checked against the schema, with masses in kilograms at full precision.
    let report = compare_json(&["--shift", "paper:online=25%", "--unit", "t"]);
    let keys: Vec<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "document",
            "schema_version",
            "generator",
            "produced_at",
            "service",
            "uncertainty",
            "channels",
            "boundary_gaps",
            "summary",
            "scenarios",
            "assumptions",
            "warnings",
            "period"
        ]
    );
    let online = &array(&report, "/channels")[0];
    let per = number(online, "/co2e_kg_per_transaction");
    assert!(0.19 < per && per < 0.2, "kilograms, not tonnes: {per}");
    assert_ne!(
        format!("{per}").len(),
        "0.195".len(),
        "full precision: {per}"
    );
    // In Welsh, the words change and the figures do not.
    let manifest = manifest();
    let welsh = Sandbox::new()
        .run(&[
            "--lang",
            "cy",
            "compare",
            manifest.as_str(),
            "--shift",
            "paper:online=25%",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(welsh["channels"], report["channels"]);
    assert_eq!(
        welsh["scenarios"][0]["saving_co2e_kg"],
        report["scenarios"][0]["saving_co2e_kg"]
    );
    assert!(
        welsh["summary"][0]
            .as_str()
            .unwrap()
            .starts_with("Mae un application"),
        "{}",
        welsh["summary"]
    );
}

#[test]
fn json_channels_are_consistent_with_themselves() {
    let report = compare_json(&[]);
    let channels = array(&report, "/channels");
    let names: Vec<&str> = channels
        .iter()
        .map(|c| c["name"].as_str().expect("a name"))
        .collect();
    assert_eq!(names, CHANNELS);
    for channel in channels {
        let name = channel["name"].as_str().unwrap();
        let total = number(channel, "/co2e_kg");
        let per = number(channel, "/co2e_kg_per_transaction");
        let transactions = number(channel, "/transactions");
        assert_close(
            per * transactions,
            total,
            1e-9,
            &format!("{name}: per transaction × transactions"),
        );
        let elements = channel["by_element_co2e_kg_per_transaction"]
            .as_object()
            .expect("elements by key");
        assert!(!elements.is_empty(), "{name}");
        let sum: f64 = elements.values().map(|v| v.as_f64().unwrap()).sum();
        assert_close(sum, per, 1e-9, &format!("{name}: elements add up"));
        // An element declared not applicable is not one the channel includes.
        for element in array(channel, "/not_applicable") {
            let key = element.as_str().unwrap();
            assert!(!elements.contains_key(key), "{name}: {key}");
        }
        for (low, central, high) in [
            ("/co2e_kg_low", "/co2e_kg", "/co2e_kg_high"),
            (
                "/co2e_kg_per_transaction_low",
                "/co2e_kg_per_transaction",
                "/co2e_kg_per_transaction_high",
            ),
        ] {
            let (low, central, high) = (
                number(channel, low),
                number(channel, central),
                number(channel, high),
            );
            assert!(
                0.0 < low && low < central && central < high,
                "{name}: {low} < {central} < {high}"
            );
        }
    }
    assert_eq!(
        report["boundary_gaps"],
        json!([{
            "channel": "phone",
            "channel_name": "Phone, with a call handler",
            "element": "network",
            "included_by": ["online"],
            "included_by_names": ["Online form"],
        }])
    );
    assert_eq!(array(&report, "/summary").len(), 3);
    assert_eq!(array(&report, "/scenarios").len(), 0);
    assert_eq!(report["uncertainty"], json!({"samples": 1000, "seed": 1}));
}

#[test]
fn json_channels_add_up_to_the_estimate() {
    for seed in ["1", "42"] {
        let compared = compare_json(&["--seed", seed]);
        let manifest = manifest();
        let estimated = Sandbox::new()
            .run(&[
                "estimate",
                manifest.as_str(),
                "--format",
                "json",
                "--seed",
                seed,
            ])
            .json();
        let channels = array(&compared, "/channels");
        let sum: f64 = channels.iter().map(|c| number(c, "/co2e_kg")).sum();
        assert_close(
            sum,
            number(&estimated, "/total/co2e_kg"),
            1e-9,
            "channels against the estimate's total",
        );
        // Channel by channel, with the same intervals (the same draws, seed by seed).
        let estimated_channels = array(&estimated, "/channels");
        assert_eq!(channels.len(), estimated_channels.len());
        for (c, e) in channels.iter().zip(estimated_channels) {
            assert_eq!(c["id"], e["id"]);
            for key in [
                "/co2e_kg",
                "/co2e_kg_low",
                "/co2e_kg_high",
                "/co2e_kg_per_transaction",
            ] {
                assert_close(number(c, key), number(e, key), 1e-12, key);
            }
        }
    }
}

/// `covers` moves a component's emissions to an element: the cloud platform's reported figure
/// counts as hosting, the scanner's spend-based figure as staff computers, so nothing is
/// left as `other`.
#[test]
fn covers_puts_reported_and_spend_figures_in_their_element() {
    let report = compare_json(&["--samples", "0"]);
    let channels = array(&report, "/channels");
    let hosting = |i: usize| number(&channels[i], "/by_element_co2e_kg_per_transaction/hosting");
    // Online has the cloud platform on top of what every channel shares: 240 kgCO2e × 5% over
    // 7,200 online applications.
    assert_close(
        hosting(0) - hosting(1),
        240.0 * 0.05 / 7200.0,
        1e-9,
        "the cloud platform's share per online application",
    );
    for channel in channels {
        let elements = channel["by_element_co2e_kg_per_transaction"]
            .as_object()
            .unwrap();
        assert!(!elements.contains_key("other"), "{channel}");
        assert!(
            channel["co2e_kg_low"].is_null(),
            "no interval without samples"
        );
    }
    assert_eq!(
        channels[1]["not_applicable"],
        json!(["citizen-device", "network", "building"])
    );
}

#[test]
fn shift_reports_the_transactions_moved_and_the_saving() {
    let report = compare_json(&["--shift", "paper:online=25%"]);
    let scenarios = array(&report, "/scenarios");
    assert_eq!(scenarios.len(), 1);
    let scenario = &scenarios[0];
    assert_eq!(scenario["shift"], "paper:online=25%");
    assert_eq!(number(scenario, "/transactions_moved"), 600.0);
    let before = number(scenario, "/co2e_kg_before");
    let after = number(scenario, "/co2e_kg_after");
    let saving = number(scenario, "/saving_co2e_kg");
    assert!(
        saving > 0.0,
        "moving paper applications online saves: {saving}"
    );
    assert_close(saving, before - after, 1e-12, "saving = before − after");
    let (low, high) = (
        number(scenario, "/saving_co2e_kg_low"),
        number(scenario, "/saving_co2e_kg_high"),
    );
    assert!(low < saving && saving < high, "{low} < {saving} < {high}");
    let channels: f64 = array(&report, "/channels")
        .iter()
        .map(|c| number(c, "/co2e_kg"))
        .sum();
    assert_close(before, channels, 1e-9, "before is the service as it is");

    // "After" is what `sero estimate` gives for the manifest with the volumes moved by hand.
    let sandbox = Sandbox::new();
    let text = std::fs::read_to_string(example(BLUE_BADGE)).unwrap();
    assert_eq!(text.matches("transactions: 7200\n").count(), 1);
    assert_eq!(text.matches("transactions: 2400\n").count(), 1);
    let shifted = text
        .replace("transactions: 7200\n", "transactions: 7800\n")
        .replace("transactions: 2400\n", "transactions: 1800\n");
    sandbox.write("shifted.yaml", &shifted);
    let estimated = sandbox
        .run(&[
            "estimate",
            "shifted.yaml",
            "--format",
            "json",
            "--samples",
            "0",
        ])
        .json();
    assert_close(
        after,
        number(&estimated, "/total/co2e_kg"),
        1e-9,
        "after against an estimate of the shifted manifest",
    );
}

#[test]
fn two_shifts_add_a_scenario_with_both() {
    let report = compare_json(&["--shift", "paper:online=25%", "--shift", "phone:online=10%"]);
    let scenarios = array(&report, "/scenarios");
    let shifts: Vec<&str> = scenarios
        .iter()
        .map(|s| s["shift"].as_str().unwrap())
        .collect();
    assert_eq!(
        shifts,
        [
            "paper:online=25%",
            "phone:online=10%",
            "all shifts together"
        ]
    );
    let moved: Vec<f64> = scenarios
        .iter()
        .map(|s| number(s, "/transactions_moved"))
        .collect();
    assert_eq!(moved, [600.0, 150.0, 750.0]);
    // The footprint is linear in the channels' volumes here (shared figures are split, not
    // scaled, by a shift), and the two shifts take from different channels, so their savings
    // add up.
    let saving = |i: usize| number(&scenarios[i], "/saving_co2e_kg");
    assert_close(saving(0) + saving(1), saving(2), 1e-9, "savings add up");
    for scenario in scenarios {
        let saving = number(scenario, "/saving_co2e_kg");
        let low = number(scenario, "/saving_co2e_kg_low");
        let high = number(scenario, "/saving_co2e_kg_high");
        assert!(low < saving && saving < high, "{scenario}");
    }

    let table = compare_text(&["--shift", "paper:online=25%", "--shift", "phone:online=10%"]);
    let scenario_rows: Vec<Vec<&str>> = table
        .lines()
        .skip_while(|l| *l != "Scenarios")
        .skip(3)
        .take_while(|l| !l.is_empty())
        .map(cells)
        .collect();
    let first_cells: Vec<&str> = scenario_rows.iter().map(|r| r[0]).collect();
    assert_eq!(
        first_cells,
        [
            "paper:online=25%",
            "phone:online=10%",
            "all shifts together"
        ],
        "{table}"
    );
    assert_eq!(scenario_rows[2][1], "750", "{table}");
}

#[test]
fn same_seed_same_document_and_another_seed_other_intervals() {
    let args = ["--shift", "paper:online=25%", "--seed", "7"];
    let manifest = manifest();
    let mut full = vec!["compare", manifest.as_str(), "--format", "json"];
    full.extend_from_slice(&args);
    let first = Sandbox::new().run(&full).success();
    let second = Sandbox::new().run(&full).success();
    assert_eq!(first, second);

    let seven: Value = serde_json::from_str(&first).unwrap();
    let eight = compare_json(&["--shift", "paper:online=25%", "--seed", "8"]);
    assert_eq!(seven["uncertainty"]["seed"], 7);
    let (a, b) = (&seven["channels"][0], &eight["channels"][0]);
    assert_eq!(a["co2e_kg"], b["co2e_kg"], "the central value has no seed");
    assert_ne!(a["co2e_kg_low"], b["co2e_kg_low"], "the interval has one");
    assert_ne!(
        seven["scenarios"][0]["saving_co2e_kg_low"],
        eight["scenarios"][0]["saving_co2e_kg_low"]
    );
}

#[test]
fn chart_is_written_as_svg_with_every_channel() {
    let sandbox = Sandbox::new();
    let manifest = manifest();
    let run = sandbox.run(&["compare", manifest.as_str(), "--chart", "channels.svg"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr, "chart written to channels.svg\n");
    assert!(
        run.stdout
            .starts_with("Apply for a Blue Badge — channels compared per application")
    );
    let svg = sandbox.read("channels.svg");
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(200)]);
    assert!(svg.trim_end().ends_with("</svg>"));
    for name in CHANNELS {
        assert!(svg.contains(name), "the chart should name `{name}`");
    }
}

/// Runs `compare` on the Welsh example with one `--shift` that must be refused.
#[track_caller]
fn refused_shift(shift: &str) -> String {
    let manifest = manifest();
    Sandbox::new()
        .run(&["compare", manifest.as_str(), "--shift", shift])
        .refused()
}

#[test]
fn shift_to_a_misspelt_channel_suggests_the_right_one() {
    insta::assert_snapshot!(refused_shift("paper:onlin=25%"), @"
    error: --shift paper:onlin=25%: unknown channel `onlin`
      = hint: did you mean `online`?
    ");
}

#[test]
fn shift_above_one_hundred_percent() {
    insta::assert_snapshot!(refused_shift("paper:online=150%"), @"error: --shift paper:online=150%: a shift moves between 0% and 100% of a channel's transactions, not 150%");
}

#[test]
fn shift_without_a_destination() {
    insta::assert_snapshot!(refused_shift("paper=25%"), @"
    error: --shift paper=25%: no `:` between the channels
      = hint: write FROM:TO=PERCENT with channel ids, for example `--shift paper:online=25%`
    ");
}

#[test]
fn shift_to_the_same_channel() {
    insta::assert_snapshot!(refused_shift("paper:paper=10%"), @"error: --shift paper:paper=10%: a shift needs two different channels (`paper` to itself)");
}

#[test]
fn shift_without_an_amount() {
    insta::assert_snapshot!(refused_shift("paper:online"), @"
    error: --shift paper:online: no `=`
      = hint: write FROM:TO=PERCENT with channel ids, for example `--shift paper:online=25%`
    ");
}

#[test]
fn a_component_that_cannot_be_estimated_fails_the_comparison() {
    // The comparison is printed, then the left-out component makes it exit 2, as `estimate`.
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("incomplete/well-to-tank-2024.yaml");
    let run = sandbox.run(&["compare", &manifest]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("channels compared"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("“Office electricity” (`office`) was not estimated: input `well_to_tank`"),
        "{}",
        run.stdout
    );
    insta::assert_snapshot!(run.stderr, @"
    error: 1 component of well-to-tank-2024.yaml is left out of the totals above: `office`
      = hint: the report's warnings say why; fix their inputs
    ");
}

#[test]
fn a_refused_shift_is_explained_in_welsh() {
    let manifest = manifest();
    let refused = Sandbox::new()
        .run(&[
            "--lang",
            "cy",
            "compare",
            manifest.as_str(),
            "--shift",
            "paper:onlin=25%",
        ])
        .refused();
    insta::assert_snapshot!(refused, @"
    gwall: --shift paper:onlin=25%: sianel anhysbys `onlin`
      = awgrym: oeddech chi'n golygu `online`?
    ");
}
