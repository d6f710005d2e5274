//! `sero estimate` and `sero check` on whole services: the worked examples in every output
//! format, the Monte Carlo interval, twins of one service in three syntaxes, `--factors`, and
//! components that cannot be evaluated.

use serde_json::Value;

use crate::{Sandbox, assert_close, example, number};

const BLUE_BADGE: &str = "blue-badge-wales.yaml";
const POTHOLE: &str = "report-a-pothole.toml";

/// The JSON report of `example` with extra arguments.
fn estimate_json(example_name: &str, extra: &[&str]) -> Value {
    let manifest = example(example_name);
    let mut args = vec![
        "estimate",
        manifest.to_str().expect("UTF-8 path"),
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    Sandbox::new().run(&args).json()
}

fn estimate_text(example_name: &str, extra: &[&str]) -> String {
    let manifest = example(example_name);
    let mut args = vec!["estimate", manifest.to_str().expect("UTF-8 path")];
    args.extend_from_slice(extra);
    Sandbox::new().run(&args).success()
}

fn array<'v>(value: &'v Value, pointer: &str) -> &'v Vec<Value> {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no array at `{pointer}`"))
}

fn text<'v>(value: &'v Value, pointer: &str) -> &'v str {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no text at `{pointer}`"))
}

/// Splits one CSV record (RFC 4180 quoting, no line breaks inside fields).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.is_empty() => quoted = true,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[test]
fn blue_badge_table_has_every_section_in_order() {
    let table = estimate_text(BLUE_BADGE, &[]);
    let lines: Vec<&str> = table.lines().collect();
    // Each section, found by the start of its line, must come after the one before.
    let sections = [
        "Period: 2025-04-01 to 2026-03-31 (365 days)",
        "In short: about ",
        "Total ",
        "  operational ",
        "  embodied ",
        "Per application: ",
        "By GHG Protocol scope",
        "  Scope 2 ",
        "  Scope 3, category 1: purchased goods and services ",
        "  Scope 3, category 2: capital goods ",
        "  Scope 3, category 3: fuel- and energy-related activities ",
        "  Scope 3, category 11: use of sold products ",
        "By channel",
        "  Online form ",
        "  Paper form by post ",
        "Hotspots (largest first)",
        "By data quality",
        "Assumptions",
        "Warnings",
        "Terms used",
    ];
    let mut from = 0;
    for section in sections {
        let found = lines[from..]
            .iter()
            .position(|line| line.starts_with(section))
            .unwrap_or_else(|| panic!("no line starting `{section}` after line {from}:\n{table}"));
        from += found + 1;
    }
    let total = lines.iter().find(|l| l.starts_with("Total ")).unwrap();
    assert!(
        total.contains("8.54") && total.contains("8.27–8.86"),
        "{total}"
    );
    assert!(
        table.contains("Intervals from 1,000 Monte Carlo samples, seed 1."),
        "{table}"
    );
    let per_unit = lines
        .iter()
        .find(|l| l.starts_with("Per application"))
        .unwrap();
    assert!(per_unit.contains("(90% interval "), "{per_unit}");
    assert!(
        table.contains("  - `post-room-scanner`: spend-based estimate"),
        "the spend-based component is warned about:\n{table}"
    );
}

#[test]
fn blue_badge_hotspots_rank_every_component() {
    let report = estimate_json(BLUE_BADGE, &[]);
    let table = estimate_text(BLUE_BADGE, &["--wide"]);
    let hotspots: Vec<&str> = table
        .split("Hotspots (largest first)\n")
        .nth(1)
        .expect("a hotspots section")
        .lines()
        .skip(2)
        .take_while(|line| !line.is_empty())
        .collect();
    let components = array(&report, "/components");
    assert_eq!(hotspots.len(), components.len(), "{}", hotspots.join("\n"));
    // Ranked by emissions, largest first, the same order as the JSON's `hotspots`.
    for (rank, (line, path)) in hotspots.iter().zip(array(&report, "/hotspots")).enumerate() {
        // Cells are apart by two spaces or more; a name may hold single spaces.
        let cells: Vec<&str> = line
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        assert_eq!(cells[0], (rank + 1).to_string(), "{line}");
        assert_eq!(cells[2], path.as_str().unwrap(), "{line}");
    }
    let ranked: Vec<f64> = array(&report, "/hotspots")
        .iter()
        .map(|path| {
            components
                .iter()
                .find(|c| c["path"] == *path)
                .map(|c| number(c, "/co2e_kg"))
                .expect("every hotspot is a component")
        })
        .collect();
    assert!(
        ranked.windows(2).all(|w| w[0] >= w[1]),
        "not largest first: {ranked:?}"
    );
}

#[test]
fn blue_badge_table() {
    insta::assert_snapshot!(estimate_text(BLUE_BADGE, &[]), @"
    Apply for a Blue Badge — Example County Council (Cyngor Sir Enghreifftiol)
    Period: 2025-04-01 to 2026-03-31 (365 days) · functional unit: application · 12,000 transactions

    In short: about 8.54 tCO2e in the period, or 712 gCO2e per application. The largest part is
    “counter-route/shop-visit”, 30.5% of the total. By channel, one application ranges from 200 gCO2e
    (“Online form”) to 5.31 kgCO2e (“Face to face at the one-stop shop”). 5.3% of the total rests on
    spend-based figures, the least accurate kind of data.

                   tCO2e  90% interval
    ----------------------------------
    Total           8.54  8.27–8.86
      operational   7.18
      embodied      1.36
    Per application: 712 gCO2e (90% interval 690–738)
    Energy used: 6,180 kWh
    Intervals from 1,000 Monte Carlo samples, seed 1.

    By GHG Protocol scope
      scope                                                          kgCO2e  share
      ----------------------------------------------------------------------------
      Scope 1                                                         1,900  22.2%
      Scope 2                                                         1,090  12.7%
      Scope 3, category 1: purchased goods and services                 427   5.0%
      Scope 3, category 2: capital goods                                887  10.4%
      Scope 3, category 3: fuel- and energy-related activities          114   1.3%
      Scope 3, category 4: upstream transportation and distribution     406   4.7%
      Scope 3, category 5: waste generated in operations               1.37   0.0%
      Scope 3, category 7: employee commuting                         1,170  13.7%
      Scope 3, category 11: use of sold products                      2,550  29.9%

    By channel
      channel                            transactions  tCO2e  gCO2e per application  90% interval
      -------------------------------------------------------------------------------------------
      Online form                               7,200   1.44                    200  188–216
      Paper form by post                        2,400   1.92                    799  733–874
      Phone, with a call handler                1,500  0.409                    273  261–297
      Face to face at the one-stop shop           900   4.78                  5,310  5,170–5,440

    Hotspots (largest first)
       #  component                                   channel  kgCO2e  share  90% interval  data quality
      --------------------------------------------------------------------------------------------------
       1  counter-route/shop-visit                    counter   2,600  30.5%  2,560–2,650   modelled
       2  counter-route/trip-to-the-shop              counter   1,980  23.2%  1,870–2,100   modelled
       3  casework/casework-home                      all       1,280  15.0%  1,200–1,380   modelled
       4  paper-route/trip-to-post-box                paper       482   5.6%  448–514       modelled
       5  Post-room scanner (spend-based)             paper       450   5.3%  290–600       spend-based
       6  Badge posted to the applicant               all         419   4.9%  323–519       modelled
       7  casework/casework-office                    all         381   4.5%  341–437       modelled
       8  paper-route/form-pack                       paper       255   3.0%  233–279       modelled
       9  paper-route/post-room                       paper       157   1.8%  145–190       modelled
      10  On-premise case-management servers (share…  all         145   1.7%  126–183       modelled
      11  paper-route/form-pack-post                  paper       125   1.5%  80.7–169      modelled
      12  phone-route/call                            phone       118   1.4%  109–142       modelled
      13  citizen-online/citizen-smartphones          online     38.9   0.5%  27.5–50.8     modelled
      14  citizen-online/citizen-laptops              online     34.3   0.4%  23.8–49.7     modelled
      15  counter-route/adviser                       counter    20.7   0.2%  14.3–29.9     modelled
      16  Eligibility check (supplier)                all        18.0   0.2%  14.4–24.4     measured
      17  Cloud platform for online forms (shared)    online     12.0   0.1%  9.64–14.5     measured
      18  phone-route/caller-phone                    phone      10.7   0.1%  7.54–13.9     modelled
      19  citizen-online/emails                       online     4.32   0.1%  2.80–5.79     modelled
      20  citizen-online/form-pages                   online     1.49   0.0%  1.11–1.88     modelled

    By data quality
      data quality  kgCO2e  share
      ---------------------------
      measured        30.0   0.4%
      modelled       8,060  94.4%
      spend-based      450   5.3%

    Assumptions
      - assumed: citizens' devices are reported as Scope 3 category 11 by analogy (downstream use
        outside the organisation's control) (citizen-online/citizen-smartphones,
        citizen-online/citizen-laptops, phone-route/caller-phone)
      - assumed: printing energy not counted (no published factor per sheet; give
        `printing_energy_per_sheet`) (paper-route/form-pack)
      - assumed: a letter's delivery is 26 gCO2e, derived from Royal Mail's 2005/06 data (modelled; no
        current per-letter figure is published) (paper-route/form-pack-post, badge-letter)
      - assumed: citizens' travel is reported as Scope 3 category 11 by analogy (downstream, outside the
        organisation's control) (paper-route/trip-to-post-box, counter-route/trip-to-the-shop)
      - assumed: letters are primary-fibre A4 paper in a DL envelope, recycled after use; printing
        energy not counted (no published factor per sheet; model the letters with `paper` and `post` to
        set these) (badge-letter)
      - assumed: runs every hour of the period (8,760 h) (case-management-servers)
      - 30 model defaults used (--explain lists the components): `owner=citizen` ×3, `grid=GBR` ×10,
        `desnz_year=2025` ×11, `transmission_losses=true` ×11, `well_to_tank=false` ×13, `method=swd-v4`
        ×1, `per=byte` ×1, `green_hosting=false` ×1, `include_network=true` ×1, `email_size=short` ×2,
        `sms=0` ×2, `letters=0` ×1, `sheets_per_letter=1` ×2, `kind=operational` ×2, `content=primary`
        ×1, `end_of_life=closed-loop` ×1, `paper_year=2025` ×1, `item=letter` ×1, `trips=1` ×2,
        `return_trip=true` ×2, `who=citizen` ×2, `car_occupancy=1` ×2, `travel_year=2025` ×2,
        `workplace=office` ×4, `kind=embodied` ×1, `calls=1` ×1, `device=desktop` ×1, `visits=1` ×1,
        `device=laptop` ×2, `emails=0` ×1

    Warnings
      - `post-room-scanner`: spend-based estimate: the least accurate tier (WPPN 12/21 Tier 1); ask the
        supplier for activity data or a reported figure
      - `phone-route/call`: telephony is not counted: no published UK factor per minute exists; give
        `telephony_per_minute` from your telephony supplier

    Terms used
      embodied: the emissions of making, transporting and disposing of equipment and materials, spread
        over their life; operational: the emissions of using them (electricity, fuel).
      90% interval: the range the figure falls in nine times out of ten, given the published uncertainty
        of every factor (1,000 Monte Carlo draws; assumed ranges where a source gives none).
      Scope 3, category 11: emissions from the use of what the organisation provides; here citizens' own
        devices and travel, counted by analogy because they are outside the organisation's control.
    ");
}

#[test]
fn blue_badge_json_adds_up() {
    let report = estimate_json(BLUE_BADGE, &[]);
    let total = number(&report, "/total/co2e_kg");
    let low = number(&report, "/total/co2e_kg_low");
    let high = number(&report, "/total/co2e_kg_high");
    assert!(low < total && total < high, "{low} < {total} < {high}");

    let per_unit = number(&report, "/per_functional_unit/co2e_kg");
    let transactions = number(&report, "/transactions");
    assert_eq!(transactions, 12_000.0);
    assert_close(
        per_unit * transactions,
        total,
        1e-9,
        "per unit × transactions",
    );

    let components = array(&report, "/components");
    assert_eq!(components.len(), 20);
    let sum: f64 = components.iter().map(|c| number(c, "/co2e_kg")).sum();
    assert_close(sum, total, 1e-9, "sum of components");

    let channels = array(&report, "/channels");
    let ids: Vec<&str> = channels.iter().map(|c| text(c, "/id")).collect();
    assert_eq!(ids, ["online", "paper", "phone", "counter"]);
    let sum: f64 = channels.iter().map(|c| number(c, "/co2e_kg")).sum();
    assert_close(sum, total, 1e-9, "sum of channels");
    let channel_transactions: f64 = channels.iter().map(|c| number(c, "/transactions")).sum();
    assert_eq!(channel_transactions, transactions);

    let scopes: f64 = array(&report, "/by_scope")
        .iter()
        .map(|s| number(s, "/co2e_kg"))
        .sum();
    assert_close(scopes, total, 1e-9, "sum of scopes");
    let kinds =
        number(&report, "/total/operational_co2e_kg") + number(&report, "/total/embodied_co2e_kg");
    assert_close(kinds, total, 1e-9, "operational + embodied");
}

#[test]
fn blue_badge_json_cites_a_source_for_every_factor() {
    let report = estimate_json(BLUE_BADGE, &[]);
    let mut cited = 0;
    for component in array(&report, "/components") {
        let path = text(component, "/path");
        let factors = array(component, "/explain/factors");
        // A reported figure uses no factor; every modelled one does.
        if text(component, "/model") != "reported" {
            assert!(!factors.is_empty(), "`{path}` cites no factor");
        }
        for factor in factors {
            let url = text(factor, "/source/url");
            assert!(
                url.starts_with("https://"),
                "`{path}`: factor {} has source url `{url}`",
                factor["id"]
            );
            cited += 1;
        }
    }
    assert!(cited > 0);
}

#[test]
fn blue_badge_csv_has_one_row_per_component() {
    let report = estimate_json(BLUE_BADGE, &[]);
    let csv = estimate_text(BLUE_BADGE, &["--format", "csv"]);
    let mut lines = csv.lines();
    let header = csv_fields(lines.next().expect("a header"));
    assert_eq!(
        header,
        [
            "path",
            "id",
            "name",
            "model",
            "channel",
            "basis",
            "volume",
            "share",
            "co2e_kg",
            "co2e_kg_low",
            "co2e_kg_high",
            "operational_co2e_kg",
            "embodied_co2e_kg",
            "energy_kwh",
            "share_of_total",
            "data_quality",
            "error",
            "co2e_kg_scope_1",
            "co2e_kg_scope_2",
            "co2e_kg_scope_3_cat_1",
            "co2e_kg_scope_3_cat_2",
            "co2e_kg_scope_3_cat_3",
            "co2e_kg_scope_3_cat_4",
            "co2e_kg_scope_3_cat_5",
            "co2e_kg_scope_3_cat_7",
            "co2e_kg_scope_3_cat_11",
        ]
    );
    let rows: Vec<Vec<String>> = lines.map(csv_fields).collect();
    let components = array(&report, "/components");
    assert_eq!(rows.len(), components.len(), "{csv}");
    for (row, component) in rows.iter().zip(components) {
        assert_eq!(row.len(), header.len(), "{row:?}");
        assert_eq!(row[0], text(component, "/path"));
        assert_eq!(row[3], text(component, "/model"));
        let co2e_kg: f64 = row[8].parse().expect("co2e_kg is a number");
        assert_eq!(co2e_kg, number(component, "/co2e_kg"), "{}", row[0]);
    }
}

#[test]
fn blue_badge_explain_shows_every_formula_and_source() {
    let report = estimate_json(BLUE_BADGE, &[]);
    let explained = estimate_text(BLUE_BADGE, &["--explain"]);
    let (_, explanation) = explained
        .split_once("How each figure was calculated\n")
        .expect("an explanation section");
    // Each source is cited once, by number, in the list at the end.
    let (explanation, sources) = explanation
        .split_once("\n\nSources\n")
        .expect("a list of sources");
    let mut cited: Vec<String> = Vec::new();
    for line in sources.lines() {
        match line.trim_start().strip_prefix('[') {
            Some(entry) if line.starts_with("  [") => cited.push(entry.to_owned()),
            _ => {
                let last = cited.last_mut().expect("a source before its continuation");
                last.push(' ');
                last.push_str(line.trim());
            }
        }
    }
    let blocks: Vec<&str> = explanation.split("\n\n").map(str::trim_start).collect();
    let components = array(&report, "/components");
    assert_eq!(blocks.len(), components.len(), "{explanation}");
    for (block, component) in blocks.iter().zip(components) {
        let path = text(component, "/path");
        let heading = match component["name"].as_str() {
            Some(name) => format!("{name} [{path}] (model {}, ", text(component, "/model")),
            None => format!("{path} (model {}, ", text(component, "/model")),
        };
        assert!(block.starts_with(&heading), "{block}");
        let formula = format!("formula: {}", text(component, "/explain/formula"));
        assert!(block.contains(&formula), "`{path}` lacks `{formula}`");
        // A factor's line may wrap; its source number ends it.
        let joined = block.replace("\n        ", " ");
        for factor in array(component, "/explain/factors") {
            let id = text(factor, "/id");
            let url = text(factor, "/source/url");
            let line = joined
                .lines()
                .find(|line| line.trim_start().starts_with(&format!("{id} = ")))
                .unwrap_or_else(|| panic!("`{path}` lacks factor `{id}`"));
            let number = line
                .rsplit_once('[')
                .and_then(|(_, n)| n.strip_suffix(']'))
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or_else(|| panic!("`{id}` cites no source: {line}"));
            assert!(
                cited[number - 1].starts_with(&format!("{number}] "))
                    && cited[number - 1].contains(url),
                "source [{number}] of `{id}` is not {url}: {}",
                cited[number - 1]
            );
        }
    }
    assert_eq!(
        cited.len(),
        cited
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        "a source is listed twice"
    );
    assert!(explained.contains(
        "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025"
    ));
}

#[test]
fn same_seed_same_report_other_seed_other_interval() {
    let first = estimate_text(BLUE_BADGE, &["--format", "json", "--seed", "7"]);
    let again = estimate_text(BLUE_BADGE, &["--format", "json", "--seed", "7"]);
    assert_eq!(first, again);

    let first: Value = serde_json::from_str(&first).unwrap();
    let other = estimate_json(BLUE_BADGE, &["--seed", "8"]);
    assert_eq!(
        number(&first, "/total/co2e_kg"),
        number(&other, "/total/co2e_kg"),
        "the seed moves the interval, never the central value"
    );
    assert_ne!(
        number(&first, "/total/co2e_kg_low"),
        number(&other, "/total/co2e_kg_low")
    );
    assert_ne!(
        number(&first, "/total/co2e_kg_high"),
        number(&other, "/total/co2e_kg_high")
    );
    assert_eq!(number(&other, "/uncertainty/seed"), 8.0);
}

#[test]
fn zero_samples_gives_no_interval() {
    let report = estimate_json(BLUE_BADGE, &["--samples", "0"]);
    assert!(number(&report, "/total/co2e_kg") > 0.0);
    for pointer in [
        "/total/co2e_kg_low",
        "/total/co2e_kg_high",
        "/per_functional_unit/co2e_kg_low",
        "/per_functional_unit/co2e_kg_high",
    ] {
        assert_eq!(report.pointer(pointer), Some(&Value::Null), "{pointer}");
    }
    for item in array(&report, "/components")
        .iter()
        .chain(array(&report, "/channels"))
    {
        assert_eq!(item["co2e_kg_low"], Value::Null, "{}", item["id"]);
        assert_eq!(item["co2e_kg_high"], Value::Null, "{}", item["id"]);
    }

    let table = estimate_text(BLUE_BADGE, &["--samples", "0"]);
    let total = table.lines().find(|l| l.starts_with("Total ")).unwrap();
    assert!(total.trim_end().ends_with("–"), "{total}");
    assert!(
        table.contains("No interval (--samples 0): central values only."),
        "{table}"
    );
}

#[test]
fn toml_example_estimates() {
    let report = estimate_json(POTHOLE, &[]);
    assert_eq!(text(&report, "/service/name"), "Report a pothole");
    assert_eq!(number(&report, "/transactions"), 26_000.0);
    let paths: Vec<&str> = array(&report, "/components")
        .iter()
        .map(|c| text(c, "/path"))
        .collect();
    assert_eq!(paths, ["report-pages", "map-tiles-hosting"]);
    let total = number(&report, "/total/co2e_kg");
    assert!(
        number(&report, "/total/co2e_kg_low") < total
            && total < number(&report, "/total/co2e_kg_high")
    );
    let table = estimate_text(POTHOLE, &[]);
    assert!(table.starts_with("Report a pothole — Example Borough Council\n"));
}

#[test]
fn same_service_in_json_and_yaml_gives_the_same_report_as_toml() {
    let toml = estimate_json(POTHOLE, &[]);
    for twin in ["twins/report-a-pothole.json", "twins/report-a-pothole.yaml"] {
        let sandbox = Sandbox::new();
        let file = sandbox.copy_fixture(twin);
        let report = sandbox.run(&["estimate", &file, "--format", "json"]).json();
        assert_eq!(
            number(&report, "/total/co2e_kg"),
            number(&toml, "/total/co2e_kg"),
            "{twin}"
        );
        // Same inputs, same seed: the whole document is the same, interval included.
        assert_eq!(report, toml, "{twin}");
    }
}

#[test]
fn overriding_a_factor_scales_an_electricity_estimate() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("factors/kiosk.yaml");
    let factors = sandbox.copy_fixture("factors/double-generation.yaml");
    let bundled = sandbox
        .run(&["estimate", &manifest, "--format", "json"])
        .json();
    let overridden = sandbox
        .run(&[
            "estimate",
            &manifest,
            "--format",
            "json",
            "--factors",
            &factors,
        ])
        .json();
    // 1000 kWh × 0.177 kgCO2e/kWh (DESNZ 2025), then × 0.354 from the override file.
    assert_close(number(&bundled, "/total/co2e_kg"), 177.0, 1e-12, "bundled");
    assert_close(
        number(&overridden, "/total/co2e_kg"),
        2.0 * number(&bundled, "/total/co2e_kg"),
        1e-12,
        "overridden",
    );
    let note = "factor `desnz/2025/electricity-generation` overridden by double-generation.yaml";
    assert!(
        array(&overridden, "/assumptions")
            .iter()
            .any(|a| a.as_str() == Some(note)),
        "{:?}",
        overridden["assumptions"]
    );
    assert!(
        !array(&bundled, "/assumptions")
            .iter()
            .any(|a| a.as_str() == Some(note))
    );

    let table = sandbox
        .run(&["estimate", &manifest, "--factors", &factors, "--explain"])
        .success();
    let (_, assumptions) = table.split_once("\nAssumptions\n").expect("assumptions");
    assert!(
        assumptions.starts_with(&format!("  - {note}\n")),
        "{assumptions}"
    );
    assert!(
        table.contains("desnz/2025/electricity-generation = 0.354 kgCO2e/kWh")
            && table.contains("https://example.org/sero-tests/factors"),
        "--explain shows the overriding factor and its source:\n{table}"
    );
}

#[test]
fn broken_factor_file_is_refused_with_its_location() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("factors/kiosk.yaml");
    let factors = sandbox.copy_fixture("factors/lowercase-unit.yaml");
    let message = sandbox
        .run(&["estimate", &manifest, "--factors", &factors])
        .refused();
    assert!(
        message.contains("--> lowercase-unit.yaml:5:11\n"),
        "{message}"
    );
    insta::assert_snapshot!(message, @"
    error: unknown unit `kgCO2e/kwh`
      --> lowercase-unit.yaml:5:11
       |
     5 |     unit: kgCO2e/kwh
       |           ^^^^^^^^^^
       |
       = hint: did you mean `kgCO2e/kWh`? (units are case-sensitive)
    ");
    let check = sandbox
        .run(&["check", &manifest, "--factors", &factors])
        .refused();
    assert_eq!(check, message);
}

#[test]
fn missing_factor_file_names_the_path() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("factors/kiosk.yaml");
    let message = sandbox
        .run(&["estimate", &manifest, "--factors", "mine.yaml"])
        .refused();
    assert!(message.contains("`mine.yaml`"), "{message}");
    assert!(
        message.contains("hint: check the path given to --factors"),
        "{message}"
    );
}

#[test]
fn check_passes_a_valid_manifest() {
    let sandbox = Sandbox::new();
    sandbox.write(
        BLUE_BADGE,
        &std::fs::read_to_string(example(BLUE_BADGE)).expect("the example"),
    );
    let run = sandbox.run(&["check", BLUE_BADGE]);
    // Warnings go to stderr; the verdict alone to stdout.
    assert!(
        run.stderr
            .starts_with("warning: `post-room-scanner`: spend-based estimate"),
        "{}",
        run.stderr
    );
    let stdout = run.success();
    assert_eq!(
        stdout,
        "ok: blue-badge-wales.yaml — 20 components, 4 channels\n"
    );
}

#[test]
fn inputs_that_do_not_go_together_are_located() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("incomplete/server-without-power.yaml");
    let check = sandbox.run(&["check", &manifest]);
    assert_eq!(check.code, 2, "{check:?}");
    assert!(
        check.stderr.contains("server-without-power.yaml:15:5"),
        "{}",
        check.stderr
    );
    insta::assert_snapshot!(check.stderr, @"
    error: model `server` needs input `utilisation`
       --> server-without-power.yaml:15:5
        |
     15 |     inputs:
        |     ^^^^^^ `utilisation` is missing
        |
        = hint: `utilisation` (fraction) of model `server`: Average CPU utilisation over the hours it runs
    ");
}

#[test]
fn component_that_cannot_be_evaluated_fails_check_and_estimate() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("incomplete/well-to-tank-2024.yaml");

    let check = sandbox.run(&["check", &manifest]);
    assert_eq!(
        check.code, 2,
        "a component that cannot be estimated is bad input: {check:?}"
    );
    assert_eq!(check.stdout, "");
    // The component is named by its `name:` and its id, with the model's reason.
    insta::assert_snapshot!(check.stderr, @"error: “Office electricity” (`office`) was not estimated: input `well_to_tank`: the DESNZ 2024 condensed set bundled with sero has no well-to-tank factor for UK electricity (only the 2025 set does)");
    let why = check
        .stderr
        .trim_end()
        .strip_prefix("error: ")
        .expect("an error line");
    // In Welsh, all but the name, the id and the input's name.
    let welsh = sandbox.run(&["--lang", "cy", "check", &manifest]);
    assert_eq!(welsh.code, 2, "{welsh:?}");
    insta::assert_snapshot!(welsh.stderr, @"gwall: ni amcangyfrifwyd “Office electricity” (`office`): mewnbwn `well_to_tank`: nid oes gan set gryno DESNZ 2024 a fwndelir gyda sero ffactor ffynnon-i-danc ar gyfer trydan y DU (dim ond set 2025 sydd ag un)");

    // The estimate still prints what it could, then says what it left out.
    let estimate = sandbox.run(&["estimate", &manifest, "--format", "json"]);
    assert_eq!(estimate.code, 2, "{estimate:?}");
    let report: Value = serde_json::from_str(&estimate.stdout).expect("JSON on stdout");
    let office = &array(&report, "/components")[0];
    assert_eq!(text(office, "/id"), "office");
    assert!(office["error"].is_string(), "{office}");
    assert_close(
        number(&report, "/total/co2e_kg"),
        number(&array(&report, "/components")[1], "/co2e_kg"),
        1e-12,
        "the total leaves the failed component out",
    );
    // Why is in the report's warnings, in the words `check` uses, so stderr only names what
    // was left out.
    assert!(
        array(&report, "/warnings")
            .iter()
            .any(|w| w.as_str() == Some(why)),
        "{}",
        report["warnings"]
    );
    insta::assert_snapshot!(estimate.stderr, @"
    error: 1 component of well-to-tank-2024.yaml is left out of the totals above: `office`
      = hint: the report's warnings say why; fix their inputs
    ");
}

// Regression tests for two bugs found while writing these tests.

/// An empty sum of `f64` is -0.0 in Rust, so a service without embodied emissions shows
/// `embodied -0` in the table and `-0` in the CSV.
#[test]
fn reports_never_show_negative_zero() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("factors/kiosk.yaml");
    let table = sandbox.run(&["estimate", &manifest]).success();
    let embodied = table
        .lines()
        .find(|l| l.starts_with("  embodied "))
        .expect("an embodied line");
    assert_eq!(embodied.split_whitespace().nth(1), Some("0"), "{embodied}");

    let csv = sandbox
        .run(&["estimate", &manifest, "--format", "csv"])
        .success();
    for line in csv.lines().skip(1) {
        assert!(!csv_fields(line).iter().any(|f| f == "-0"), "{line}");
    }
}

/// The CSV has one column per scope; a scope's column adds up to its total in the JSON, and a
/// component's scope columns add up to its figure.
#[test]
fn csv_has_one_column_per_scope_that_adds_up() {
    let report = estimate_json(BLUE_BADGE, &[]);
    let csv = estimate_text(BLUE_BADGE, &["--format", "csv"]);
    let mut lines = csv.lines();
    let header = csv_fields(lines.next().unwrap());
    let rows: Vec<Vec<String>> = lines.map(csv_fields).collect();
    let first = header
        .iter()
        .position(|h| h.starts_with("co2e_kg_scope_"))
        .expect("scope columns");
    let by_scope = report["by_scope"].as_array().expect("by_scope in the JSON");
    assert_eq!(header.len() - first, by_scope.len(), "{header:?}");
    for (column, scope) in (first..header.len()).zip(by_scope) {
        let key = scope["key"].as_str().expect("a scope key");
        assert_eq!(header[column], format!("co2e_kg_{}", key.replace('-', "_")));
        let sum: f64 = rows.iter().map(|r| r[column].parse::<f64>().unwrap()).sum();
        let expected = scope["co2e_kg"].as_f64().unwrap();
        assert!(
            (sum - expected).abs() <= 1e-9 * expected.abs().max(1.0),
            "{key}: {sum} vs {expected}"
        );
    }
    for row in &rows {
        let parts: f64 = row[first..].iter().map(|f| f.parse::<f64>().unwrap()).sum();
        let total: f64 = row[8].parse().unwrap();
        assert!(
            (parts - total).abs() <= 1e-9 * total.abs().max(1.0),
            "{}",
            row[0]
        );
    }
}

/// The report fits the width it is given: no line longer than `COLUMNS`, names cut with a
/// marker; `--wide` shows every column whole.
#[test]
fn the_report_fits_the_terminal_and_wide_shows_everything() {
    let sandbox = Sandbox::new();
    let manifest = example(BLUE_BADGE);
    let manifest = manifest.to_str().expect("UTF-8 path");
    let narrow = sandbox
        .run_with(&["estimate", manifest], &[("COLUMNS", "72")])
        .success();
    let too_long: Vec<&str> = narrow.lines().filter(|l| l.chars().count() > 72).collect();
    assert!(
        too_long.is_empty(),
        "lines over 72 characters:\n{}",
        too_long.join("\n")
    );
    assert!(
        narrow.contains('…'),
        "names are cut with a marker:\n{narrow}"
    );
    let wide = sandbox
        .run_with(&["estimate", manifest, "--wide"], &[("COLUMNS", "72")])
        .success();
    assert!(!wide.contains('…'), "{wide}");
    assert!(wide.contains("Post-room scanner (spend-based)"), "{wide}");
    assert!(
        wide.contains("post-room-scanner"),
        "the id beside the name:\n{wide}"
    );
    assert!(wide.lines().all(|l| l.chars().count() <= 200), "{wide}");
}

/// Masses come in the unit that suits their size, or in the one asked for.
#[test]
fn units_follow_the_size_of_each_figure_or_the_one_forced() {
    let table = estimate_text(BLUE_BADGE, &[]);
    let line = |table: &str, start: &str| {
        table
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line `{start}`:\n{table}"))
            .to_owned()
    };
    // A year of the service in tonnes, one application in grams.
    assert!(
        table.contains("               tCO2e  90% interval"),
        "{table}"
    );
    assert!(line(&table, "Total ").contains("8.54"), "{table}");
    assert_eq!(
        line(&table, "Per application"),
        "Per application: 712 gCO2e (90% interval 690–738)"
    );
    let in_kg = estimate_text(BLUE_BADGE, &["--unit", "kg"]);
    assert!(line(&in_kg, "Total ").contains("8,540"), "{in_kg}");
    assert_eq!(
        line(&in_kg, "Per application"),
        "Per application: 0.712 kgCO2e (90% interval 0.690–0.738)"
    );
    // Every figure of the report is in kilograms (the assumptions quote their sources as
    // they are).
    let (figures, _) = in_kg.split_once("\nAssumptions\n").expect("assumptions");
    assert!(
        !figures.contains(" tCO2e") && !figures.contains(" gCO2e"),
        "{figures}"
    );
}

/// The names people give in a manifest are what the report shows; the summary names the
/// largest part.
#[test]
fn names_from_the_manifest_are_shown() {
    let table = estimate_text(BLUE_BADGE, &["--wide"]);
    let hotspots = table
        .split("Hotspots (largest first)\n")
        .nth(1)
        .expect("a hotspots section");
    let row = |label: &str| {
        hotspots
            .lines()
            .find(|l| l.split("  ").map(str::trim).any(|cell| cell == label))
            .unwrap_or_else(|| panic!("no row `{label}`:\n{hotspots}"))
    };
    assert!(row("Badge posted to the applicant").contains("  badge-letter  "));
    // A component without a name is shown by its path.
    assert!(row("counter-route/shop-visit").contains("building-visit"));
}

/// `--lang cy` (or `SERO_LANG=cy`) gives the whole report in Welsh, numbers written the same way.
#[test]
fn the_report_reads_in_welsh() {
    let sandbox = Sandbox::new();
    let manifest = example(BLUE_BADGE);
    let manifest = manifest.to_str().expect("UTF-8 path");
    let welsh = sandbox
        .run(&["--lang", "cy", "estimate", manifest])
        .success();
    for words in [
        "Cyfnod: 2025-04-01 i 2026-03-31 (365 diwrnod)",
        "Yn fyr: tua 8.54 tCO2e yn y cyfnod, neu 712 gCO2e fesul application.",
        "Cyfanswm",
        "Fesul cwmpas y GHG Protocol",
        "Cwmpas 3, categori 11: defnyddio cynhyrchion a werthwyd",
        "Mannau poeth (y mwyaf yn gyntaf)",
        "Rhagdybiaethau",
        "Rhybuddion",
        "amcangyfrif yn seiliedig ar wariant",
        "Termau a ddefnyddir",
    ] {
        assert!(welsh.contains(words), "no `{words}` in:\n{welsh}");
    }
    for english in [
        "Period:",
        "In short",
        "Hotspots",
        "Assumptions",
        "Warnings",
        "spend-based estimate",
    ] {
        assert!(
            !welsh.contains(english),
            "`{english}` left in English:\n{welsh}"
        );
    }
    let by_variable = sandbox
        .run_with(&["estimate", manifest], &[("SERO_LANG", "cy")])
        .success();
    assert_eq!(by_variable, welsh);
    let by_locale = sandbox
        .run_with(&["estimate", manifest], &[("LANG", "cy_GB.UTF-8")])
        .success();
    assert_eq!(by_locale, welsh);
    // The flag wins over the environment.
    let english = sandbox
        .run_with(
            &["--lang", "en", "estimate", manifest],
            &[("SERO_LANG", "cy")],
        )
        .success();
    assert!(english.contains("In short"), "{english}");
}
