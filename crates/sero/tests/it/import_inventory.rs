//! `sero import inventory`: the example estate, a row computed by hand, the table, the Tech
//! Carbon Standard export and the activity file, and refused inventories.

use serde_json::Value;

use super::{Sandbox, assert_close, example, number};

/// DESNZ 2025 UK electricity, generation plus T&D losses, kgCO2e/kWh.
const DESNZ_2025_WITH_LOSSES: f64 = 0.177 + 0.01853;

#[test]
fn the_example_estate_adds_up_and_writes_both_files() {
    let sandbox = Sandbox::new();
    let csv = example("welsh-council-estate.csv");
    let report = sandbox
        .run(&[
            "import".as_ref(),
            "inventory".as_ref(),
            csv.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
            "--tcs".as_ref(),
            "tcs.json".as_ref(),
            "--activity".as_ref(),
            "estate.json".as_ref(),
        ])
        .json();
    let rows = report["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 19);
    let sum: f64 = rows.iter().map(|r| r["co2e_kg"].as_f64().unwrap()).sum();
    let total = number(&report, "/co2e_kg");
    assert_close(total, sum, 1e-12, "total = sum of rows");

    let tcs: Value = serde_json::from_str(&sandbox.read("tcs.json")).unwrap();
    assert_eq!(tcs, report["tech_carbon_standard"]);
    assert_eq!(tcs["schema_version"], "0.1.0");
    let tcs_sum: f64 = tcs
        .as_object()
        .unwrap()
        .values()
        .filter_map(Value::as_object)
        .flat_map(|group| group.values())
        .map(|e| e["emissions"].as_f64().unwrap())
        .sum();
    assert_close(tcs_sum, total, 1e-12, "TCS categories = total");
    let ggc_sum: f64 = report["greening_government_ict"]
        .as_object()
        .unwrap()
        .values()
        .map(|c| c["co2e_kg"].as_f64().unwrap())
        .sum();
    assert_close(ggc_sum, total, 1e-12, "GGC classes = total");

    let activity: Value = serde_json::from_str(&sandbox.read("estate.json")).unwrap();
    assert_eq!(activity["sero_activity"], 1);
    let produced_by = activity["produced_by"].as_str().unwrap();
    assert!(
        produced_by.starts_with("sero import inventory "),
        "{produced_by}"
    );
    let lines: std::collections::BTreeSet<&str> = activity["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["labels"]["line"].as_str().unwrap())
        .collect();
    assert_eq!(lines.len(), 19, "every line is in the activity file");

    // A manifest that reads the whole estate with `from:` gets the inventory's total, and one
    // that selects the laptops gets the laptop lines'.
    let laptops: f64 = rows
        .iter()
        .filter(|r| r["asset"] == "laptop")
        .map(|r| r["co2e_kg"].as_f64().unwrap())
        .sum();
    for (selection, expected) in [("", total), ("\n    where: {asset: laptop}", laptops)] {
        sandbox.write(
            "estate.yaml",
            &format!(
                "sero: 1\nservice:\n  name: IT estate\n  functional_unit: year\n\
                 period: {{start: 2025-01-01, end: 2025-12-31}}\n\
                 channels:\n  - {{id: all, name: All, transactions: 1}}\n\
                 components:\n  - id: estate\n    basis: period\n    from: estate.json{selection}\n"
            ),
        );
        let estimate = sandbox
            .run(&["estimate", "estate.yaml", "--format", "json"])
            .json();
        assert_close(
            number(&estimate, "/total/co2e_kg"),
            expected,
            1e-9,
            &format!("manifest reading the estate{selection}"),
        );
        if selection.is_empty() {
            // The rows' scopes carry through: suppliers' electricity (cloud, SaaS) is Scope 3
            // category 1, manufacture category 2, disposal category 5.
            let scope = |key: &str| -> f64 {
                estimate["by_scope"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|s| s["key"] == key)
                    .map(|s| s["co2e_kg"].as_f64().unwrap())
                    .sum()
            };
            let sum = |column: &str, hosted: bool| -> f64 {
                rows.iter()
                    .filter(|r| !hosted || matches!(r["hosting"].as_str(), Some("cloud" | "saas")))
                    .map(|r| r[column].as_f64().unwrap())
                    .sum()
            };
            let suppliers = sum("operational_kg", true);
            assert!(suppliers > 0.0);
            assert_close(scope("scope-3-cat-1"), suppliers, 1e-9, "Scope 3 cat 1");
            assert_close(
                scope("scope-3-cat-2"),
                sum("embodied_kg", false),
                1e-9,
                "cat 2",
            );
            assert_close(
                scope("scope-3-cat-5"),
                sum("end_of_life_kg", false),
                1e-9,
                "cat 5",
            );
        }
    }

    // A row whose scope is not a GHG Protocol scope is refused, naming the file, line and column.
    let broken = sandbox
        .read("estate.json")
        .replacen("\"scope-3-cat-2\"", "\"scope-3-cat-16\"", 1);
    sandbox.write("estate.json", &broken);
    let stderr = sandbox.run(&["estimate", "estate.yaml"]).refused();
    assert!(
        stderr.contains("is not a readable activity file: estate.json:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`scope-3-cat-16` is not a GHG Protocol scope"),
        "{stderr}"
    );
}

#[test]
fn one_laptop_by_hand() {
    let sandbox = Sandbox::new();
    sandbox.write("assets.csv", "asset,count\nlaptop,1\n");
    let report = sandbox
        .run(&["import", "inventory", "assets.csv", "--format", "json"])
        .json();
    // The laptop archetype (medians of manufacturers' sheets, devices.yaml): 241 kgCO2e over
    // 4 years; 10.1 W × 1,856 h a year.
    let expected = 241.0 / 4.0 + 10.1 * 1856.0 / 1000.0 * DESNZ_2025_WITH_LOSSES;
    assert_close(number(&report, "/co2e_kg"), expected, 1e-12, "laptop");
    assert_close(
        number(
            &report,
            "/tech_carbon_standard/upstream_emissions/employee_hardware/emissions",
        ),
        60.25,
        1e-12,
        "upstream",
    );
}

#[test]
fn the_table_shows_rows_categories_and_classes() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "assets.csv",
        "asset,count,hosting\nlaptop,100,\nserver,2,on-premise\n",
    );
    let table = sandbox
        .run(&["import", "inventory", "assets.csv"])
        .success();
    let top: String = table
        .lines()
        .take_while(|l| !l.starts_with("Assumptions"))
        .collect::<Vec<_>>()
        .join("\n");
    insta::assert_snapshot!(top, @"
    IT estate: annual emissions (assets.csv, one year)

    The estate emits 7.97 tCO2e a year and uses 6,690 kWh of electricity, from 2 lines of the inventory.

    Each line of the inventory, emissions in tCO2e:
    line  asset   count  sero model         kWh  embodied  operational  end of life  total
    --------------------------------------------------------------------------------------
       2  laptop    100  end-user-device  1,870      6.03        0.367            0   6.39
       3  server      2  server           4,820     0.640        0.942            0   1.58
          Total                           6,690      6.67         1.31            0   7.97

    Tech Carbon Standard categories (schema v0.1.0)
         category                                   kgCO2e
      ----------------------------------------------------
      U  upstream_emissions.employee_hardware        6,030
      U  upstream_emissions.server_hardware            640
      O  direct_emissions.onsite_employee_hardware     367
      O  direct_emissions.servers                      942
         Total                                       7,970
      Not covered by an inventory: software, foundation models, content and data, generators, offsite
      use of staff devices, managed services and every downstream category (customers' devices and
      networks).

    Greening Government ICT asset classes
      class                     units    kWh  tCO2e
      ---------------------------------------------
      end-user-devices            100  1,870   6.39
      peripherals                   0      0      0
      networks                      0      0      0
      servers-and-data-centres      2  4,820   1.58
      hosting                       0      0      0

    E-waste this year
      route     units  mass kg  units without mass  kgCO2e
      ----------------------------------------------------
      reuse         0        0                   0       0
      recycle       0        0                   0       0
      landfill      0        0                   0       0
    ");
    assert!(table.contains("pue/on-premise"), "{table}");
    assert!(table.contains("https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025"));
}

#[test]
fn bad_rows_are_all_listed_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "assets.csv",
        "asset,count,power_w\nlaptop,lots,\nlaptop,-2,\nkettle,1,\nprinter,4,\n",
    );
    let stderr = sandbox
        .run(&["import", "inventory", "assets.csv", "--tcs", "tcs.json"])
        .refused();
    insta::assert_snapshot!(stderr, @"
    error: assets.csv, line 2, column `count`: `lots` is not a number
      = hint: write a plain number such as `1200` or `0.5`, without units or thousands separators
    error: assets.csv, line 3, column `count`: `-2` is negative
      = hint: counts, hours, power, mass and energy cannot be negative
    error: assets.csv, line 4, column `asset`: unknown asset `kettle`
      = hint: asset types: laptop, desktop, smartphone, tablet, monitor, printer, network-switch,
        router, wifi-ap, firewall, server, storage, cloud, saas
    3 problems found; nothing was estimated or written
    ");
    assert!(!sandbox.path("tcs.json").exists());
}

#[test]
fn an_unknown_column_and_a_missing_file_are_refused() {
    let sandbox = Sandbox::new();
    sandbox.write("assets.csv", "asset,count,embodied\nlaptop,1,200\n");
    let stderr = sandbox
        .run(&["import", "inventory", "assets.csv"])
        .refused();
    insta::assert_snapshot!(stderr, @"
    error: assets.csv, line 1: unknown column `embodied`
      = hint: did you mean `embodied_kg`?
    1 problem found; nothing was estimated or written
    ");
    let stderr = sandbox
        .run(&["import", "inventory", "nowhere.csv"])
        .refused();
    assert!(
        stderr.starts_with("error: cannot read `nowhere.csv`"),
        "{stderr}"
    );
}

#[test]
fn a_factors_file_overrides_an_archetype_and_says_so() {
    let sandbox = Sandbox::new();
    sandbox.write("assets.csv", "asset,count\nlaptop,2\n");
    sandbox.write(
        "mine.yaml",
        "factors:\n  - id: device/laptop/embodied\n    description: our supplier's laptop\n    \
         value: 300\n    unit: kgCO2e\n    low: 270\n    high: 330\n    source:\n      \
         publisher: sero tests\n      title: a laptop's product carbon footprint\n      \
         edition: \"1\"\n      url: https://example.org/sero-tests/laptop\n      licence: CC0-1.0\n",
    );
    let report = sandbox
        .run(&[
            "import",
            "inventory",
            "assets.csv",
            "--factors",
            "mine.yaml",
            "--format",
            "json",
        ])
        .json();
    assert_close(
        number(&report, "/rows/0/embodied_kg"),
        2.0 * 300.0 / 4.0,
        1e-12,
        "overridden embodied",
    );
    assert_eq!(
        report["notes"][0],
        "factor `device/laptop/embodied` overridden by mine.yaml"
    );
    let table = sandbox
        .run(&[
            "import",
            "inventory",
            "assets.csv",
            "--factors",
            "mine.yaml",
        ])
        .success();
    assert!(
        table.contains("note: factor `device/laptop/embodied` overridden by mine.yaml"),
        "{table}"
    );
}

#[test]
fn the_report_and_its_errors_speak_welsh_and_fit_the_width() {
    let sandbox = Sandbox::new();
    let estate = example("welsh-council-estate.csv");
    let estate = estate.to_str().expect("a UTF-8 path");
    let english = sandbox
        .run(&["--lang", "en", "import", "inventory", estate])
        .success();
    let welsh = sandbox
        .run(&["--lang", "cy", "import", "inventory", estate])
        .success();
    // A source's address is one word, on a line of its own when it is too long to share one.
    let address = |line: &str| line.trim().starts_with("https://") && !line.trim().contains(' ');
    for (report, lang) in [(&english, "en"), (&welsh, "cy")] {
        let widest = report
            .lines()
            .filter(|l| !address(l))
            .map(|l| l.chars().count())
            .max();
        assert!(
            widest <= Some(100),
            "{lang}: a line is wider than 100:\n{report}"
        );
    }
    for english_words in [
        "IT estate: annual emissions",
        "Each line of the inventory",
        "Greening Government ICT asset classes",
        "E-waste this year",
        "Assumptions",
        "Not covered by an inventory",
    ] {
        assert!(english.contains(english_words), "{english}");
        assert!(!welsh.contains(english_words), "{english_words}:\n{welsh}");
    }
    for welsh_words in [
        "Ystad TG: allyriadau blynyddol",
        "Pob llinell o'r rhestr, allyriadau mewn",
        "Dosbarthiadau asedau Greening Government ICT",
        "Gwastraff electronig eleni",
        "Rhagdybiaethau",
        "tybiwyd:",
        "Cyfanswm",
    ] {
        assert!(welsh.contains(welsh_words), "{welsh_words}:\n{welsh}");
    }
    // The estate's annual total is in tonnes.
    assert!(welsh.contains("tCO2e y flwyddyn"), "{welsh}");

    sandbox.write(
        "assets.csv",
        "asset,count,power_w\nlaptop,lots,\nkettle,1,\n",
    );
    let stderr = sandbox
        .run(&["--lang", "cy", "import", "inventory", "assets.csv"])
        .refused();
    insta::assert_snapshot!(stderr, @"
    gwall: assets.csv, llinell 2, colofn `count`: nid yw `lots` yn rhif
      = awgrym: ysgrifennwch rif plaen fel `1200` neu `0.5`, heb unedau na gwahanyddion miloedd
    gwall: assets.csv, llinell 3, colofn `asset`: ased anhysbys `kettle`
      = awgrym: mathau o ased: laptop, desktop, smartphone, tablet, monitor, printer, network-switch,
        router, wifi-ap, firewall, server, storage, cloud, saas
    2 problem wedi'u canfod; ni amcangyfrifwyd nac ysgrifennwyd dim
    ");
}

#[test]
fn the_report_goes_to_the_output_file() {
    let sandbox = Sandbox::new();
    sandbox.write("assets.csv", "asset,count\nlaptop,1\n");
    let on_stdout = sandbox
        .run(&["import", "inventory", "assets.csv", "--format", "json"])
        .success();
    for flag in ["-o", "--output"] {
        let stdout = sandbox
            .run(&[
                "import",
                "inventory",
                "assets.csv",
                "--format",
                "json",
                flag,
                "report.json",
            ])
            .success();
        assert_eq!(stdout, "");
        assert_eq!(sandbox.read("report.json"), on_stdout);
    }
    let stderr = sandbox
        .run(&[
            "import",
            "inventory",
            "assets.csv",
            "-o",
            "no/such/folder/r.txt",
        ])
        .refused();
    assert!(
        stderr.starts_with("error: cannot write `no/such/folder/r.txt`"),
        "{stderr}"
    );
}
