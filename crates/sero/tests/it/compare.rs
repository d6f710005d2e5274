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
    let manifest = manifest();
    let mut args = vec!["compare", manifest.as_str()];
    args.extend_from_slice(extra);
    Sandbox::new().run(&args).success()
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

/// An interval as the tables print it (`0.183 – 0.209`).
fn interval(text: &str) -> (f64, f64) {
    let (low, high) = text
        .split_once(" – ")
        .unwrap_or_else(|| panic!("`{text}` is not an interval"));
    (figure(low), figure(high))
}

#[test]
fn table_compares_every_channel_per_application() {
    let table = compare_text(&[]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[0],
        "Apply for a Blue Badge — Channels compared (per application)"
    );
    for name in CHANNELS {
        let row = lines
            .iter()
            .find(|l| l.starts_with(&format!("  {name}  ")))
            .unwrap_or_else(|| panic!("no row for `{name}`:\n{table}"));
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
    insta::assert_snapshot!(table, @r#"
    Apply for a Blue Badge — Channels compared (per application)

      channel                            transactions  kgCO2e per application  90% interval   kgCO2e in the period  90% interval
      ---------------------------------------------------------------------------------------------------------------------------
      Online form                               7,200                   0.195  0.183 – 0.209                 1,406  1,315 – 1,508
      Paper form by post                        2,400                   0.809  0.739 – 0.881                 1,942  1,773 – 2,114
      Phone, with a call handler                1,500                   0.278  0.263 – 0.298                 417.6  394.6 – 446.5
      Face to face at the one-stop shop           900                    5.31  5.17 – 5.44                   4,778  4,652 – 4,895

    What each channel is made of (kgCO2e per application)
      channel                            citizens' devices  citizens' travel  networks  hosting  staff time  staff computers   paper  postage  buildings
      --------------------------------------------------------------------------------------------------------------------------------------------------
      Online form                                  0.00541               n/a  0.000807   0.0160       0.119           0.0192  0.0115   0.0234        n/a
      Paper form by post                               n/a             0.201       n/a   0.0143       0.150            0.251   0.118   0.0754        n/a
      Phone, with a call handler                  0.000825               n/a         ·   0.0143       0.156           0.0722  0.0115   0.0234        n/a
      Face to face at the one-stop shop                n/a              2.21       n/a   0.0143       0.119           0.0422  0.0115   0.0234       2.89
      (· not modelled; n/a declared not applicable)

    In short
      - One application by "Paper form by post" emits about 4.1 times as much as one by "Online form"; the difference is mostly staff computers and citizens' travel.
      - One application by "Phone, with a call handler" emits about 1.4 times as much as one by "Online form"; the difference is mostly staff computers and staff time.
      - One application by "Face to face at the one-stop shop" emits about 27 times as much as one by "Online form"; the difference is mostly buildings and citizens' travel.

    Boundaries
      warning: "Phone, with a call handler" leaves out networks, which "Online form" includes: model it, or declare it `not_applicable` to the channel

    Warnings
      - `post-room-scanner`: spend-based estimate: the least accurate tier (WPPN 12/21 Tier 1); ask the supplier for activity data or a reported figure
      - `phone-route/call`: telephony is not counted: no published UK factor per minute exists; give `telephony_per_minute` from your telephony supplier
    "#);
}

#[test]
fn table_sections_come_in_order_and_name_the_phone_gap() {
    let table = compare_text(&[]);
    let lines: Vec<&str> = table.lines().collect();
    let sections = [
        "  channel ",
        "  Online form ",
        "  Face to face at the one-stop shop ",
        "What each channel is made of (kgCO2e per application)",
        "  channel ",
        "  Online form ",
        "  Face to face at the one-stop shop ",
        "In short",
        "  - One application by ",
        "Boundaries",
        "  warning: \"Phone, with a call handler\" leaves out networks",
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
    let sentences: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("  - One application by "))
        .copied()
        .collect();
    assert_eq!(sentences.len(), CHANNELS.len() - 1, "{table}");
    for sentence in sentences {
        assert!(
            sentence.contains(r#"as much as one by "Online form""#),
            "{sentence}"
        );
    }
    // No scenarios without `--shift`.
    assert!(!table.contains("Scenarios"), "{table}");
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
            .starts_with("Apply for a Blue Badge — Channels compared")
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
    assert!(run.stdout.contains("Channels compared"), "{}", run.stdout);
    // Why it was left out is among the report's warnings, not repeated on stderr.
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
