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
        "Total ",
        "  operational ",
        "  embodied ",
        "Per application ",
        "By GHG Protocol scope",
        "  Scope 2 ",
        "  Scope 3 cat 1 ",
        "  Scope 3 cat 2 ",
        "  Scope 3 cat 3 ",
        "  Scope 3 cat 11 ",
        "By channel",
        "  Online form ",
        "  Paper form by post ",
        "Hotspots (largest first)",
        "By data quality",
        "Assumptions",
        "Warnings",
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
        total.contains("90% interval") && total.ends_with("kgCO2e (1000 samples, seed 1)"),
        "{total}"
    );
    let per_unit = lines
        .iter()
        .find(|l| l.starts_with("Per application"))
        .unwrap();
    assert!(per_unit.contains("90% interval"), "{per_unit}");
    assert!(
        table.contains("  - `post-room-scanner`: spend-based estimate"),
        "the spend-based component is warned about:\n{table}"
    );
}

#[test]
fn blue_badge_hotspots_rank_every_component() {
    let report = estimate_json(BLUE_BADGE, &[]);
    let table = estimate_text(BLUE_BADGE, &[]);
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
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells[0], (rank + 1).to_string(), "{line}");
        assert_eq!(cells[1], path.as_str().unwrap(), "{line}");
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
    Period: 365 days · functional unit: application · 12,000 transactions

                     kgCO2e
    ---------------------------------------------------------------------------------
    Total             8,544  90% interval 8,261 – 8,831 kgCO2e (1000 samples, seed 1)
      operational     7,203  energy: 6,282 kWh
      embodied        1,341
    Per application   0.712  90% interval 0.688 – 0.736

    By GHG Protocol scope
      scope                                                     kgCO2e  share
      -----------------------------------------------------------------------
      Scope 1                                                    1,900  22.2%
      Scope 2                                                    1,108  13.0%
      Scope 3 cat 1   purchased goods and services               426.8   5.0%
      Scope 3 cat 2   capital goods                              910.1  10.7%
      Scope 3 cat 3   fuel- and energy-related activities        116.0   1.4%
      Scope 3 cat 4   upstream transportation and distribution   405.6   4.7%
      Scope 3 cat 5   waste generated in operations               1.37   0.0%
      Scope 3 cat 7   employee commuting                         1,168  13.7%
      Scope 3 cat 11  use of sold products                       2,508  29.4%

    By channel
      channel                            transactions  kgCO2e  kgCO2e per application  90% interval
      ----------------------------------------------------------------------------------------------
      Online form                               7,200   1,406                   0.195  0.183 – 0.209
      Paper form by post                        2,400   1,942                   0.809  0.739 – 0.881
      Phone, with a call handler                1,500   417.6                   0.278  0.263 – 0.298
      Face to face at the one-stop shop           900   4,778                    5.31  5.17 – 5.44

    Hotspots (largest first)
       #  component                           model            channel  kgCO2e  share  90% interval   quality
      -----------------------------------------------------------------------------------------------------------
       1  counter-route/shop-visit            building-visit   counter   2,604  30.5%  2,559 – 2,646  modelled
       2  counter-route/trip-to-the-shop      travel           counter   1,985  23.2%  1,866 – 2,096  modelled
       3  casework/casework-home              staff-time       all       1,278  15.0%  1,196 – 1,371  modelled
       4  paper-route/trip-to-post-box        travel           paper     481.7   5.6%  448.1 – 513.8  modelled
       5  post-room-scanner                   spend            paper     449.5   5.3%  289.8 – 599.6  spend-based
       6  badge-letter                        notification     all       419.1   4.9%  322.6 – 518.6  modelled
       7  casework/casework-office            staff-time       all       381.1   4.5%  343.7 – 427.4  modelled
       8  paper-route/form-pack               paper            paper     255.5   3.0%  232.7 – 279.1  modelled
       9  paper-route/post-room               staff-time       paper     180.3   2.1%  162.9 – 206.5  modelled
      10  case-management-servers             server           all       153.7   1.8%  130.5 – 180.7  modelled
      11  phone-route/call                    phone-call       phone     135.2   1.6%  122.2 – 154.9  modelled
      12  paper-route/form-pack-post          post             paper     124.8   1.5%  80.72 – 168.8  modelled
      13  citizen-online/citizen-laptops      end-user-device  online    34.44   0.4%  25.01 – 46.98  modelled
      14  counter-route/adviser               staff-time       counter   20.74   0.2%  15.07 – 28.30  modelled
      15  eligibility-check-supplier          reported         all       18.00   0.2%  14.42 – 24.44  measured
      16  cloud-platform                      reported         online    12.00   0.1%  9.64 – 14.48   measured
      17  citizen-online/citizen-smartphones  end-user-device  online     4.51   0.1%  3.48 – 5.69    modelled
      18  citizen-online/emails               notification     online     4.32   0.1%  2.80 – 5.79    modelled
      19  citizen-online/form-pages           data-transfer    online     1.49   0.0%  1.11 – 1.88    modelled
      20  phone-route/caller-phone            end-user-device  phone      1.24   0.0%  0.955 – 1.56   modelled

    By data quality
      quality      kgCO2e  share
      --------------------------
      measured      30.00   0.4%
      modelled      8,065  94.4%
      spend-based   449.5   5.3%

    Assumptions
      - assumed: citizens' devices are reported as Scope 3 cat 11 by analogy (downstream use outside the organisation's control) (citizen-online/citizen-smartphones, citizen-online/citizen-laptops, phone-route/caller-phone)
      - assumed: printing energy not counted (no published factor per sheet; give `printing_energy_per_sheet`) (paper-route/form-pack)
      - assumed: a letter's delivery is 26 gCO2e, derived from Royal Mail's 2005/06 data (modelled; no current per-letter figure is published) (paper-route/form-pack-post, badge-letter)
      - assumed: citizens' travel is reported as Scope 3 cat 11 by analogy (downstream, outside the organisation's control) (paper-route/trip-to-post-box, counter-route/trip-to-the-shop)
      - assumed: letters are primary-fibre A4 paper in a DL envelope, recycled after use; printing energy not counted (no published factor per sheet; model the letters with `paper` and `post` to set these) (badge-letter)
      - assumed: runs every hour of the period (8760 h) (case-management-servers)
      - model default `owner = citizen` used by citizen-online/citizen-smartphones, citizen-online/citizen-laptops, phone-route/caller-phone
      - model default `grid = GBR` used by citizen-online/citizen-smartphones, citizen-online/citizen-laptops, paper-route/form-pack, paper-route/post-room, phone-route/call, phone-route/caller-phone, counter-route/shop-visit, counter-route/adviser, casework/casework-office, casework/casework-home
      - model default `desnz_year = 2025` used by citizen-online/citizen-smartphones, citizen-online/citizen-laptops, paper-route/form-pack, paper-route/post-room, phone-route/call, phone-route/caller-phone, counter-route/shop-visit, counter-route/adviser, casework/casework-office, casework/casework-home, case-management-servers
      - model default `transmission_losses = true` used by citizen-online/citizen-smartphones, citizen-online/citizen-laptops, paper-route/form-pack, paper-route/post-room, phone-route/call, phone-route/caller-phone, counter-route/shop-visit, counter-route/adviser, casework/casework-office, casework/casework-home, case-management-servers
      - model default `well_to_tank = false` used by citizen-online/citizen-smartphones, citizen-online/citizen-laptops, paper-route/form-pack, paper-route/trip-to-post-box, paper-route/post-room, phone-route/call, phone-route/caller-phone, counter-route/trip-to-the-shop, counter-route/shop-visit, counter-route/adviser, casework/casework-office, casework/casework-home, case-management-servers
      - model default `method = swd-v4` used by citizen-online/form-pages
      - model default `per = byte` used by citizen-online/form-pages
      - model default `green_hosting = false` used by citizen-online/form-pages
      - model default `include_network = true` used by citizen-online/form-pages
      - model default `email_size = short` used by citizen-online/emails, badge-letter
      - model default `sms = 0` used by citizen-online/emails, badge-letter
      - model default `letters = 0` used by citizen-online/emails
      - model default `sheets_per_letter = 1` used by citizen-online/emails, badge-letter
      - model default `kind = operational` used by cloud-platform, eligibility-check-supplier
      - model default `content = primary` used by paper-route/form-pack
      - model default `end_of_life = closed-loop` used by paper-route/form-pack
      - model default `paper_year = 2025` used by paper-route/form-pack
      - model default `item = letter` used by paper-route/form-pack-post
      - model default `trips = 1` used by paper-route/trip-to-post-box, counter-route/trip-to-the-shop
      - model default `return_trip = true` used by paper-route/trip-to-post-box, counter-route/trip-to-the-shop
      - model default `who = citizen` used by paper-route/trip-to-post-box, counter-route/trip-to-the-shop
      - model default `car_occupancy = 1` used by paper-route/trip-to-post-box, counter-route/trip-to-the-shop
      - model default `travel_year = 2025` used by paper-route/trip-to-post-box, counter-route/trip-to-the-shop
      - model default `workplace = office` used by paper-route/post-room, phone-route/call, counter-route/adviser, casework/casework-office
      - model default `kind = embodied` used by post-room-scanner
      - model default `calls = 1` used by phone-route/call
      - model default `device = desktop` used by phone-route/call
      - model default `visits = 1` used by counter-route/shop-visit
      - model default `device = laptop` used by casework/casework-office, casework/casework-home
      - model default `emails = 0` used by badge-letter

    Warnings
      - `post-room-scanner`: spend-based estimate: the least accurate tier (WPPN 12/21 Tier 1); ask the supplier for activity data or a reported figure
      - `phone-route/call`: telephony is not counted: no published UK factor per minute exists; give `telephony_per_minute` from your telephony supplier
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
            "scopes",
            "error",
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
    let blocks: Vec<&str> = explanation.split("\n\n").map(str::trim_start).collect();
    let components = array(&report, "/components");
    assert_eq!(blocks.len(), components.len(), "{explanation}");
    for (block, component) in blocks.iter().zip(components) {
        let path = text(component, "/path");
        assert!(
            block.starts_with(&format!("{path} (model {}, ", text(component, "/model"))),
            "{block}"
        );
        let formula = format!("formula: {}", text(component, "/explain/formula"));
        assert!(block.contains(&formula), "`{path}` lacks `{formula}`");
        for factor in array(component, "/explain/factors") {
            let id = text(factor, "/id");
            let url = text(factor, "/source/url");
            assert!(
                block
                    .lines()
                    .any(|line| line.trim_start().starts_with(&format!("{id} = "))
                        && line.contains(url)),
                "`{path}` lacks factor `{id}` with its source {url}"
            );
        }
    }
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
    assert!(total.ends_with("no interval (--samples 0)"), "{total}");
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
    assert_eq!(check.code, 1, "a check that ran and failed: {check:?}");
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
    assert_eq!(welsh.code, 1, "{welsh:?}");
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

/// `output/csv.rs` removes only adjacent duplicate scopes, so a device's generation, T&D
/// losses and embodied parts list `scope-3-cat-11 scope-3-cat-3 scope-3-cat-11`.
#[test]
fn csv_lists_each_scope_of_a_component_once() {
    let csv = estimate_text(BLUE_BADGE, &["--format", "csv"]);
    let mut lines = csv.lines();
    let header = csv_fields(lines.next().unwrap());
    let scopes = header.iter().position(|h| h == "scopes").unwrap();
    for line in lines {
        let row = csv_fields(line);
        let mut seen: Vec<&str> = row[scopes].split(' ').collect();
        let listed = seen.len();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), listed, "{}: `{}`", row[0], row[scopes]);
    }
}
