//! `sero import cloud`: each billing format with its real column names and malformed lines,
//! gzip, the aggregation query run on DuckDB and fed back, and a manifest that includes the
//! imported usage with `from:` and `where:`.

use std::process::Command;

use serde_json::Value;

use crate::{Sandbox, assert_close, number};

/// The figures of the rows of an activity document, by their labels.
fn rows_by_label(doc: &Value) -> Vec<(String, f64, f64, f64, f64)> {
    let mut rows: Vec<(String, f64, f64, f64, f64)> = doc["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                format!("{}|{}", r["labels"], r["inputs"]["grid"]),
                number(r, "/energy_kwh"),
                number(r, "/co2e_kg"),
                number(r, "/embodied_co2e_kg"),
                number(r, "/cost"),
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows
}

#[test]
fn a_cur_with_malformed_lines_is_refused_with_their_line_numbers() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur.csv");
    let stderr = sandbox.run(&["import", "cloud", &file]).refused();
    insta::assert_snapshot!(stderr, @r"
    error: aws-cur.csv: 3 malformed lines (of 12 read)
      aws-cur.csv:11: column `lineItem/UsageAmount`: `twenty` is not a number
      aws-cur.csv:12: column `lineItem/UsageStartDate`: the line has 5 fields, the header 18: a column
        is missing
      aws-cur.csv:13: column `lineItem/UsageStartDate`: `2026-10-32T00:00:00Z` is not a date (expected
        `YYYY-MM-DD…` or `MM/DD/YYYY`)
      = hint: fix these lines, or add `--keep-going` to estimate the rest and list them in the summary
    ");
}

#[test]
fn a_cur_is_estimated_with_keep_going_and_its_summary_says_what_was_left_out() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur.csv");
    let doc = sandbox
        .run(&[
            "import",
            "cloud",
            &file,
            "--keep-going",
            "--group-by",
            "day,class,tag:service",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(doc["sero_activity"], 1);
    assert_eq!(doc["source"]["format"], "aws-cur");
    let s = &doc["summary"];
    assert_eq!(s["lines_read"], 12);
    assert_eq!(s["lines_used"], 7);
    assert_eq!(s["not_usage"]["lines"], 1, "the tax line");
    assert_eq!(s["excluded"]["lines"], 1, "internet egress");
    assert_eq!(s["unknown"]["lines"], 1);
    assert_eq!(
        s["unknown"]["usage_types"][0]["usage_type"],
        "EUW2-NatGateway-Hours"
    );
    assert_close(number(s, "/unknown/cost"), 1.2, 1e-12, "unknown cost");
    assert_eq!(s["malformed"]["lines"], 3);
    let lines: Vec<u64> = s["malformed"]["first"]
        .as_array()
        .expect("malformed")
        .iter()
        .map(|m| m["line"].as_u64().expect("line"))
        .collect();
    assert_eq!(lines, vec![11, 12, 13]);
    let assumed = s["assumed"][0]["assumption"].as_str().expect("assumed");
    assert!(assumed.contains("x9z.large"), "{assumed}");
    // Every row feeds the cloud model with its energy, embodied share and its region, named as
    // `grid:` knows it (the UK's grid, with the provider-region factor shown beside it).
    for row in doc["rows"].as_array().expect("rows") {
        assert_eq!(row["model"], "cloud");
        assert_eq!(row["inputs"]["grid"], "cloud:aws:eu-west-2");
        assert!(
            row["inputs"]["energy"]
                .as_str()
                .expect("energy")
                .ends_with(" kWh")
        );
    }
    // Two m5.large days, 24 h each, one per tag: the same energy. CPU: Skylake's 0.65–4.26 W per
    // vCPU at 50%; memory: CCF's calculateGigabyteHours, one chip of m5.metal (384 GB) above
    // Skylake's 81.32 GB, shared in the ratio 8 GB / 384 GB, at 0.000392 kWh per GB-hour.
    let compute: Vec<f64> = doc["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["labels"]["class"] == "compute")
        .map(|r| number(r, "/energy_kwh"))
        .collect();
    assert_eq!(compute.len(), 2);
    assert_close(
        compute[0],
        24.0 * ((0.65 + 0.5 * (4.26 - 0.65)) * 2.0 / 1000.0
            + (384.0 - 81.32) / (384.0 / 8.0) * 0.000392)
            * 1.135,
        1e-12,
        "day 1",
    );
}

#[test]
fn the_table_names_the_format_and_the_assumptions() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur.csv");
    let table = sandbox
        .run(&["import", "cloud", &file, "--keep-going"])
        .success();
    assert!(
        table.starts_with("aws-cur.csv — AWS Cost and Usage Report (legacy CSV columns) (AWS)"),
        "{table}"
    );
    assert!(
        table.contains("assumed (1 line): instance type `x9z.large`"),
        "{table}"
    );
    assert!(table.contains("malformed: 3 lines, left out"), "{table}");
    assert!(
        table.contains("usage types: EUW2-NatGateway-Hours (1)"),
        "{table}"
    );
}

#[test]
fn an_azure_export_is_read_with_its_tags_and_bad_quantity() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/azure-export.csv");
    let stderr = sandbox.run(&["import", "cloud", &file]).refused();
    assert!(
        stderr.contains("azure-export.csv:6: column `Quantity`: `n/a` is not a number"),
        "{stderr}"
    );
    let doc = sandbox
        .run(&[
            "import",
            "cloud",
            &file,
            "--keep-going",
            "--group-by",
            "region,tag:service",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(doc["source"]["provider"], "azure");
    let rows = doc["rows"].as_array().expect("rows");
    let labels: Vec<String> = rows.iter().map(|r| r["labels"].to_string()).collect();
    assert_eq!(
        labels,
        vec![
            r#"{"region":"uksouth","tag:service":"blue-badge"}"#,
            r#"{"region":"ukwest","tag:service":"parking"}"#
        ]
    );
    // 2.4 × "10 Hours" of a D2s v3 (2 vCPUs, 8 GB; Cascade Lake, Skylake, Broadwell, Haswell:
    // 0.75–4.165 W per vCPU, 69.2 GB per chip) in CCF's tables, PUE 1.185 (CCF code), with the
    // memory of its series' largest size (D64s v3, 256 GB on one chip) above 69.2 GB, in
    // proportion 8/256 (calculateGigabyteHours).
    let watts = 0.75 + 0.5 * (4.165 - 0.75);
    let memory_gb = (256.0 - 69.2) / (256.0 / 8.0);
    let vm = (watts * 2.0 / 1000.0 + memory_gb * 0.000392) * 24.0 * 1.185;
    // 4.2 GB-month of HDD (LRS, 3 copies) for the 31 days of October, and 3 GB between regions.
    let disk = 4.2 / 1000.0 * 24.0 * 31.0 * 0.65 * 1.185 * 3.0 / 1000.0;
    let transfer = 3.0 * 0.001 * 1.185;
    assert_close(
        number(&rows[0], "/energy_kwh"),
        vm + disk + transfer,
        1e-12,
        "uksouth",
    );
    // The App Service plan `B1 App` is compute, as CCF's code has it: a size its tables do not
    // hold, 1 vCPU read from its name, at Azure's average watts (an assumption the summary says).
    assert_eq!(doc["summary"]["unknown"]["lines"], 0, "App Service");
    let vm1 = (0.74 + 0.5 * (3.54 - 0.74)) * 1.0 * 24.0 * 1.185 / 1000.0;
    assert_close(number(&rows[1], "/energy_kwh"), vm1, 1e-12, "ukwest");
    assert!(
        doc["summary"].to_string().contains("B1 App"),
        "{}",
        doc["summary"]
    );
    assert!(
        doc["summary"]["unknown"]["method"]
            .as_str()
            .expect("method")
            .contains("amount")
    );
}

#[test]
fn a_google_billing_export_is_read_with_labels_and_memory() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/gcp-billing.csv");
    let doc = sandbox
        .run(&[
            "import",
            "cloud",
            &file,
            "--keep-going",
            "--group-by",
            "class,tag:service",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(doc["source"]["format"], "gcp-billing-export");
    let s = &doc["summary"];
    assert_eq!(s["malformed"]["first"][0]["line"], 9);
    assert_eq!(s["not_usage"]["lines"], 1, "the rounding error");
    let energy = |class: &str, tag: &str| {
        doc["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["labels"]["class"] == class && r["labels"]["tag:service"] == tag)
            .map(|r| number(r, "/energy_kwh"))
            .unwrap_or_else(|| panic!("no {class}/{tag} row"))
    };
    let pue = 1.1;
    assert_close(
        energy("compute", "blue-badge"),
        (0.68 + 0.5 * (4.11 - 0.68)) * 2.0 * pue / 1000.0,
        1e-12,
        "2 vCPU-hours",
    );
    // 27,917,287,424,000 byte-seconds = 26 GiB for 1000 s… of RAM: GiB-hours × 0.000392 × PUE.
    let gib_hours = 27_917_287_424_000.0 / 1_073_741_824.0 / 3600.0;
    assert_close(
        energy("memory", "blue-badge"),
        gib_hours * 0.000392 * pue,
        1e-12,
        "memory",
    );
    let tib_hours = 386_547_056_640_000.0 / 1_099_511_627_776.0 / 3600.0;
    assert_close(
        energy("storage", "blue-badge"),
        tib_hours * 0.65 * pue / 1000.0,
        1e-12,
        "PD",
    );
    assert_close(
        energy("networking", "blue-badge"),
        5.0 * 0.001 * pue,
        1e-12,
        "5 GiB between regions",
    );
}

#[test]
fn gzip_gives_the_same_rows_as_plain_csv() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur-athena.csv");
    let gz = std::fs::File::create(sandbox.path("cur.csv.gz")).expect("create");
    let status = Command::new("gzip")
        .arg("-c")
        .arg(sandbox.path(&file))
        .stdout(gz)
        .status()
        .expect("gzip");
    assert!(status.success());
    let args = ["--group-by", "day,account,service", "--format", "json"];
    let plain = sandbox
        .run(&[&["import", "cloud", file.as_str()][..], &args].concat())
        .json();
    let packed = sandbox
        .run(&[&["import", "cloud", "cur.csv.gz"][..], &args].concat())
        .json();
    assert_eq!(plain["rows"], packed["rows"]);
    assert!(number(&plain, "/totals/energy_kwh") > 0.0);
}

/// The Python interpreter with DuckDB (scripts/test installs it and sets the variable).
fn duckdb_python() -> String {
    sero_support::EnvVars::SERO_DUCKDB_PYTHON
        .get()
        .unwrap_or_else(|| "python3".to_owned())
}

const DUCKDB_SCRIPT: &str = r#"
import sys, duckdb
source, query_file, out = sys.argv[1:4]
con = duckdb.connect()
# The Athena table's types: a timestamp, doubles, and text for everything else.
con.execute(f"""CREATE TABLE cost_and_usage_report AS SELECT * REPLACE (
  CAST(line_item_usage_start_date AS TIMESTAMP) AS line_item_usage_start_date,
  CAST(line_item_usage_amount AS DOUBLE) AS line_item_usage_amount,
  CAST(line_item_blended_cost AS DOUBLE) AS line_item_blended_cost)
FROM read_csv('{source}', header = true, all_varchar = true)""")
query = open(query_file).read()
con.execute(f"COPY ({query}) TO '{out}' (HEADER, DELIMITER ',')")
"#;

#[test]
fn the_athena_query_run_on_duckdb_gives_what_sero_gets_from_the_raw_lines() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur-athena.csv");
    let group_by = "day,account,region,service,tag:service";
    let query = sandbox
        .run(&[
            "import",
            "cloud",
            "--sql",
            "athena",
            "--dialect",
            "duckdb",
            "--group-by",
            group_by,
        ])
        .success();
    sandbox.write("query.sql", &query);
    sandbox.write("run.py", DUCKDB_SCRIPT);
    let output = Command::new(duckdb_python())
        .args(["run.py", &file, "query.sql", "result.csv"])
        .current_dir(sandbox.path(""))
        .output()
        .expect("run Python (scripts/test installs DuckDB)");
    assert!(
        output.status.success(),
        "DuckDB failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let args = ["--group-by", group_by, "--format", "json"];
    let from_query = sandbox
        .run(&[&["import", "cloud", "result.csv"][..], &args].concat())
        .json();
    let from_lines = sandbox
        .run(&[&["import", "cloud", file.as_str()][..], &args].concat())
        .json();
    assert_eq!(from_query["source"]["format"], "query-result");
    let (a, b) = (rows_by_label(&from_query), rows_by_label(&from_lines));
    assert_eq!(a.len(), b.len(), "{a:?}\n{b:?}");
    assert!(a.len() >= 4);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.0, y.0);
        assert_close(x.1, y.1, 1e-9, &format!("energy {}", x.0));
        assert_close(x.2, y.2, 1e-9, &format!("co2e {}", x.0));
        assert_close(x.3, y.3, 1e-9, &format!("embodied {}", x.0));
        assert_close(x.4, y.4, 1e-9, &format!("cost {}", x.0));
    }
    // The query keeps the native text apart from the day expression.
    let native = sandbox
        .run(&["import", "cloud", "--sql", "athena", "--group-by", group_by])
        .success();
    assert!(native.contains("DATE(DATE_TRUNC('day', line_item_usage_start_date)) AS day"));
    assert!(native.contains("FROM cost_and_usage_report"));
}

fn manifest(where_clause: &str) -> String {
    format!(
        "sero: 1\n\
         service:\n  name: Blue Badge hosting\n  functional_unit: application\n\
         period:\n  start: 2026-10-01\n  end: 2026-10-31\n\
         channels:\n  - id: online\n    name: Online\n    transactions: 1000\n\
         components:\n  - id: hosting\n    from: usage.json\n{where_clause}"
    )
}

#[test]
fn a_manifest_includes_imported_cloud_usage_with_from_and_where() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur-athena.csv");
    let doc = sandbox
        .run(&[
            "import",
            "cloud",
            &file,
            "--group-by",
            "day,tag:service",
            "--activity",
            "usage.json",
            "--format",
            "json",
        ])
        .json();
    let expected_kwh: f64 = doc["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["labels"]["tag:service"] == "blue-badge")
        .map(|r| number(r, "/energy_kwh"))
        .sum();
    let expected_embodied: f64 = doc["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["labels"]["tag:service"] == "blue-badge")
        .map(|r| number(r, "/embodied_co2e_kg"))
        .sum();
    assert!(expected_kwh > 0.0 && expected_embodied > 0.0);
    sandbox.write(
        "service.yaml",
        &manifest("    where: {\"tag:service\": blue-badge}\n"),
    );
    let report = sandbox
        .run(&["estimate", "service.yaml", "--format", "json"])
        .json();
    let hosting = report["components"]
        .as_array()
        .expect("components")
        .iter()
        .find(|c| c["path"] == "hosting")
        .expect("the hosting component");
    assert_eq!(hosting["model"], "cloud");
    assert_close(number(hosting, "/energy_kwh"), expected_kwh, 1e-9, "energy");
    let embodied: f64 = hosting["parts"]
        .as_array()
        .expect("parts")
        .iter()
        .filter(|p| p["kind"] == "embodied")
        .map(|p| number(p, "/co2e_kg"))
        .sum();
    assert_close(embodied, expected_embodied, 1e-9, "embodied");

    // A filter that matches nothing is an error at the `where`, with the values that exist.
    sandbox.write(
        "none.yaml",
        &manifest("    where: {\"tag:service\": blue-badges}\n"),
    );
    let stderr = sandbox.run(&["estimate", "none.yaml"]).refused();
    assert!(
        stderr.contains("no row of `usage.json` matches this `where`"),
        "{stderr}"
    );
    assert!(stderr.contains("`blue-badge`, `parking`"), "{stderr}");
    assert!(stderr.contains("none.yaml:"), "{stderr}");
}

const PARQUET_SCRIPT: &str = r#"
import sys, duckdb
source, out = sys.argv[1:3]
con = duckdb.connect()
con.execute(f"""COPY (SELECT * REPLACE (
  CAST(line_item_usage_start_date AS TIMESTAMP) AS line_item_usage_start_date,
  CAST(line_item_usage_amount AS DOUBLE) AS line_item_usage_amount,
  CAST(line_item_blended_cost AS DOUBLE) AS line_item_blended_cost)
FROM read_csv('{source}', header = true, all_varchar = true)) TO '{out}' (FORMAT PARQUET)""")
"#;

#[test]
fn parquet_gives_the_same_rows_as_csv() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur-athena.csv");
    sandbox.write("to_parquet.py", PARQUET_SCRIPT);
    let output = Command::new(duckdb_python())
        .args(["to_parquet.py", &file, "cur.parquet"])
        .current_dir(sandbox.path(""))
        .output()
        .expect("run Python (scripts/test installs DuckDB)");
    assert!(
        output.status.success(),
        "DuckDB failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let args = [
        "--group-by",
        "day,account,region,service,class,tag:service",
        "--format",
        "json",
    ];
    let csv = sandbox
        .run(&[&["import", "cloud", file.as_str()][..], &args].concat())
        .json();
    let parquet = sandbox
        .run(&[&["import", "cloud", "cur.parquet"][..], &args].concat())
        .json();
    let (a, b) = (rows_by_label(&csv), rows_by_label(&parquet));
    assert_eq!(a.len(), b.len(), "{a:?}\n{b:?}");
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.0, y.0);
        assert_close(x.1, y.1, 1e-12, &format!("energy {}", x.0));
        assert_close(x.3, y.3, 1e-12, &format!("embodied {}", x.0));
        assert_close(x.4, y.4, 1e-12, &format!("cost {}", x.0));
    }
    assert_eq!(
        csv["summary"]["lines_read"],
        parquet["summary"]["lines_read"]
    );
    assert_eq!(csv["summary"]["not_usage"], parquet["summary"]["not_usage"]);
}

const BIGQUERY_SCRIPT: &str = r#"
import sys, duckdb
source, query_file, out = sys.argv[1:4]
con = duckdb.connect()
con.execute("SET TimeZone = 'UTC'")
# The BigQuery export's types: a timestamp, doubles, and text for everything else; the CSV copy
# keeps BigQuery's dotted column names.
con.execute(f"""CREATE TABLE billing AS SELECT * REPLACE (
  CAST(CAST(usage_start_time AS TIMESTAMPTZ) AS TIMESTAMP) AS usage_start_time,
  CAST("usage.amount" AS DOUBLE) AS "usage.amount",
  CAST(cost AS DOUBLE) AS cost)
FROM read_csv('{source}', header = true, all_varchar = true)""")
query = open(query_file).read()
con.execute(f"COPY ({query}) TO '{out}' (HEADER, DELIMITER ',')")
"#;

#[test]
fn the_bigquery_query_run_on_duckdb_gives_what_sero_gets_from_the_raw_lines() {
    let sandbox = Sandbox::new();
    // The Google fixture without its malformed line (DuckDB would refuse its date).
    let fixture =
        std::fs::read_to_string(crate::fixture("cloud/gcp-billing.csv")).expect("fixture");
    let clean: String = fixture
        .lines()
        .filter(|l| !l.contains(",yesterday,"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(clean.lines().count() + 1, fixture.lines().count());
    sandbox.write("gcp.csv", &clean);
    let query = sandbox
        .run(&[
            "import",
            "cloud",
            "--sql",
            "bigquery",
            "--dialect",
            "duckdb",
            "--table",
            "billing",
        ])
        .success();
    sandbox.write("query.sql", &query);
    sandbox.write("run.py", BIGQUERY_SCRIPT);
    let output = Command::new(duckdb_python())
        .args(["run.py", "gcp.csv", "query.sql", "result.csv"])
        .current_dir(sandbox.path(""))
        .output()
        .expect("run Python (scripts/test installs DuckDB)");
    assert!(
        output.status.success(),
        "DuckDB failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let args = [
        "--group-by",
        "day,account,region,service,class",
        "--format",
        "json",
    ];
    let from_query = sandbox
        .run(&[&["import", "cloud", "result.csv"][..], &args].concat())
        .json();
    let from_lines = sandbox
        .run(&[&["import", "cloud", "gcp.csv"][..], &args].concat())
        .json();
    assert_eq!(from_query["source"]["provider"], "gcp");
    let (a, b) = (rows_by_label(&from_query), rows_by_label(&from_lines));
    assert_eq!(a.len(), 6, "{a:?}");
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.0, y.0);
        assert_close(x.1, y.1, 1e-9, &format!("energy {}", x.0));
        assert_close(x.2, y.2, 1e-9, &format!("co2e {}", x.0));
        assert_close(x.4, y.4, 1e-9, &format!("cost {}", x.0));
    }
}

#[test]
fn the_table_and_the_malformed_lines_speak_welsh_and_the_activity_file_stays_data() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur.csv");
    let table = sandbox
        .run(&["--lang", "cy", "import", "cloud", &file, "--keep-going"])
        .success();
    for welsh in [
        "AWS Cost and Usage Report (colofnau CSV hŷn)",
        "llinellau: 12 wedi'u darllen",
        "tybiwyd (1 llinell): nid yw'r math o enghraifft `x9z.large`",
        "gwallus: 3 llinell, wedi'u hepgor",
        "aws-cur.csv:11: colofn `lineItem/UsageAmount`: nid yw `twenty` yn rhif",
        "cyfanswm",
    ] {
        assert!(table.contains(welsh), "{welsh}:\n{table}");
    }
    for english in [
        "legacy CSV columns",
        "lines:",
        "assumed (",
        "malformed:",
        "is not a number",
    ] {
        assert!(!table.contains(english), "{english}:\n{table}");
    }
    let widest = table.lines().map(|l| l.chars().count()).max();
    assert!(widest <= Some(100), "a line is wider than 100:\n{table}");

    let stderr = sandbox
        .run(&["--lang", "cy", "import", "cloud", &file])
        .refused();
    assert!(
        stderr.starts_with("gwall: aws-cur.csv: 3 llinell wallus (o 12 a ddarllenwyd)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("aws-cur.csv:13: colofn `lineItem/UsageStartDate`: nid yw"),
        "{stderr}"
    );
    assert!(
        stderr.contains("= awgrym: cywirwch y llinellau hyn"),
        "{stderr}"
    );
    assert!(!stderr.contains("hint"), "{stderr}");

    // The activity file is data a manifest reads: the same in every language.
    let json = |lang: &str| {
        sandbox
            .run(&[
                "--lang",
                lang,
                "import",
                "cloud",
                &file,
                "--keep-going",
                "--format",
                "json",
            ])
            .json()
    };
    let welsh = json("cy");
    assert_eq!(welsh, json("en"));
    assert_eq!(
        welsh["summary"]["malformed"]["first"][0]["reason"],
        "`twenty` is not a number"
    );
}

#[test]
fn the_report_goes_to_the_output_file() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("cloud/aws-cur.csv");
    let on_stdout = sandbox
        .run(&["import", "cloud", &file, "--keep-going", "--format", "csv"])
        .success();
    for flag in ["-o", "--output"] {
        let stdout = sandbox
            .run(&[
                "import",
                "cloud",
                &file,
                "--keep-going",
                "--format",
                "csv",
                flag,
                "rows.csv",
            ])
            .success();
        assert_eq!(stdout, "");
        assert_eq!(sandbox.read("rows.csv"), on_stdout);
        std::fs::remove_file(sandbox.path("rows.csv")).unwrap();
    }
}

#[test]
fn an_azure_unit_of_nan_hours_is_refused_with_its_line() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "nan.csv",
        "Date,SubscriptionId,ResourceLocation,MeterCategory,MeterName,UnitOfMeasure,Quantity,CostInBillingCurrency\n\
         2026-10-01,s,uksouth,Virtual Machines,D2 v2,1 Hour,2,5\n\
         2026-10-01,s,uksouth,Virtual Machines,D2 v2,NaN Hours,2,5\n",
    );
    for method in ["sero", "ccf"] {
        let stderr = sandbox
            .run(&["import", "cloud", "nan.csv", "--method", method])
            .refused();
        assert!(
            stderr.contains("nan.csv:3: column `UnitOfMeasure`: the unit of measure `NaN Hours`"),
            "{stderr}"
        );
    }
}

/// `--method ccf` on one of Cloud Carbon Footprint's own fixtures (converted into the result of
/// sero's Athena query, crates/sero-cloud/tests/ccf/aws/) gives the figure CCF's test expects.
#[test]
fn ccf_method_on_a_ccf_fixture_gives_the_figure_ccf_expects() {
    let ccf = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sero-cloud/tests/ccf/aws");
    let vector: Value = serde_json::from_str(
        &std::fs::read_to_string(ccf.join("gets-estimates-for-networking.json")).expect("vector"),
    )
    .expect("vector JSON");
    let expected = &vector["expectations"][0];
    let sandbox = Sandbox::new();
    std::fs::copy(
        ccf.join("gets-estimates-for-networking.csv"),
        sandbox.path("athena-result.csv"),
    )
    .expect("copy the fixture");
    let doc = sandbox
        .run(&[
            "import",
            "cloud",
            "athena-result.csv",
            "--method",
            "ccf",
            "--group-by",
            "day,account,region,service",
            "--format",
            "json",
        ])
        .json();
    let labels = serde_json::json!({
        "day": expected["timestamp"],
        "account": expected["account_id"],
        "region": expected["region"],
        "service": expected["service"],
    });
    let row = doc["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["labels"] == labels)
        .unwrap_or_else(|| panic!("no row {labels} in {doc}"));
    assert_close(
        number(row, "/energy_kwh"),
        number(expected, "/kilowatt_hours"),
        1e-9,
        "kWh",
    );
    assert_close(
        number(row, "/co2e_kg") / 1000.0,
        number(expected, "/co2e_t"),
        1e-9,
        "tCO2e",
    );
}

/// Corrupt Parquet files on which the `parquet` crate panics (found by fuzzing, one per place
/// it panics) are refused as unreadable Parquet, exit 2, with no panic message.
#[test]
fn a_corrupt_parquet_file_is_refused_without_a_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../sero-fuzz/regressions/cloud_parquet");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the fuzz regressions")
        .map(|e| e.expect("a readable folder").path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "{files:?}");
    for file in files {
        let path = file.to_string_lossy().into_owned();
        let stderr = Sandbox::new()
            .run(&["import", "cloud", path.as_str()])
            .refused();
        assert!(
            stderr.contains("the Parquet file cannot be read") && !stderr.contains("panicked"),
            "{path}: {stderr}"
        );
    }
}
