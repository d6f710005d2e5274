//! sero's limits on input (`sero-limits`): every reader stops bad input with a clear error
//! that names the limit, the file and the position, and says how to raise the limit. Big
//! inputs are generated here; where a limit can be set, it is lowered to test the refusal with
//! a small input.

use crate::Sandbox;

#[test]
fn samples_beyond_the_limit_are_refused_by_the_option() {
    let sandbox = Sandbox::new();
    let manifest = crate::example("report-a-pothole.toml");
    let manifest = manifest.to_str().unwrap();
    // usize::MAX overflowed the allocation of the draws (a panic) before the range.
    let stderr = sandbox
        .run(&["estimate", manifest, "--samples", "18446744073709551615"])
        .refused();
    assert!(stderr.contains("--samples"), "{stderr}");
    assert!(
        stderr.contains("the number of samples is over sero's limit of 1,000,000"),
        "{stderr}"
    );
    let stderr = sandbox
        .run(&["estimate", manifest, "--samples", "1000001"])
        .refused();
    assert!(
        stderr.contains("the number of samples is 1,000,001, over sero's limit of 1,000,000"),
        "{stderr}"
    );
    let stderr = sandbox
        .run(&["estimate", manifest, "--samples", "many"])
        .refused();
    assert!(
        stderr.contains("`many` is not a whole number of samples"),
        "{stderr}"
    );
    // The limit itself is allowed.
    assert_eq!(
        sandbox.run(&["estimate", manifest, "--samples", "0"]).code,
        0
    );
}

#[test]
fn a_limit_variable_that_is_not_a_size_is_refused() {
    let sandbox = Sandbox::new();
    let stderr = sandbox
        .run_with(&["factors"], &[("SERO_LIMIT_FILE_SIZE", "lots")])
        .refused();
    assert!(
        stderr.contains("SERO_LIMIT_FILE_SIZE must be a whole number above 0"),
        "{stderr}"
    );
}

#[test]
fn a_manifest_over_the_file_size_limit_is_refused_with_the_way_to_raise_it() {
    let sandbox = Sandbox::new();
    let manifest = crate::example("report-a-pothole.toml");
    let manifest = manifest.to_str().unwrap();
    let stderr = sandbox
        .run_with(&["check", manifest], &[("SERO_LIMIT_FILE_SIZE", "1KiB")])
        .refused();
    assert!(
        stderr.contains("the file's size in bytes is")
            && stderr.contains("over sero's limit of 1,024"),
        "{stderr}"
    );
    assert!(stderr.contains("report-a-pothole.toml"), "{stderr}");
    assert!(
        stderr.contains("set SERO_LIMIT_FILE_SIZE (for example `SERO_LIMIT_FILE_SIZE=4KiB`)"),
        "{stderr}"
    );
    // Raised, it is read.
    assert_eq!(
        sandbox
            .run_with(&["check", manifest], &[("SERO_LIMIT_FILE_SIZE", "1MiB")])
            .code,
        0
    );
}

/// A manifest whose tree has `depth` nested flow lists.
fn nested_if_manifest(depth: usize) -> String {
    format!(
        "name: deep\ninitialize:\n  plugins: {{}}\ntree:\n  children:\n    c:\n      inputs:\n        - timestamp: '2024-01-01T00:00:00Z'\n          duration: 1\n          deep: {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    )
}

#[test]
fn if_run_and_if_diff_refuse_50000_nested_lists_without_overflowing_the_stack() {
    let sandbox = Sandbox::new();
    sandbox.write("deep.yml", &nested_if_manifest(50_000));
    // The readers recursed once per level: a stack overflow (a signal, no exit code).
    for args in [
        &["if", "run", "deep.yml", "--no-output"][..],
        &["if", "diff", "deep.yml", "deep.yml"][..],
    ] {
        let stderr = sandbox.run(args).refused();
        assert!(stderr.contains("deep.yml:10:"), "{args:?}: {stderr}");
    }
    // 128 levels are read.
    sandbox.write("ok.yml", &nested_if_manifest(100));
    assert_eq!(sandbox.run(&["if", "diff", "ok.yml", "ok.yml"]).code, 0);
}

#[test]
fn an_alias_bomb_in_an_if_manifest_is_refused_before_it_is_expanded() {
    // Nine levels of nine aliases: 618 bytes that expanded to 9^9 values (750 MB written).
    let mut text = String::from(
        "name: bomb\ninitialize:\n  plugins: {}\ntree:\n  children:\n    c:\n      inputs:\n        - timestamp: '2024-01-01T00:00:00Z'\n          duration: 1\n          l0: &a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n",
    );
    for i in 1..9 {
        let items = vec![format!("*a{}", i - 1); 9].join(",");
        text.push_str(&format!("          l{i}: &a{i} [{items}]\n"));
    }
    let sandbox = Sandbox::new();
    sandbox.write("bomb.yml", &text);
    let stderr = sandbox
        .run(&["if", "run", "bomb.yml", "-o", "out.yaml"])
        .refused();
    assert!(
        stderr.contains("the number of values YAML aliases add is over sero's limit of 100,000"),
        "{stderr}"
    );
    assert!(stderr.contains("bomb.yml:15:"), "{stderr}");
    assert!(stderr.contains("SERO_LIMIT_ALIAS_EXPANSION"), "{stderr}");
    assert!(!sandbox.path("out.yaml").exists());
}

#[test]
fn the_if_output_is_bounded_by_the_output_size_limit() {
    let sandbox = Sandbox::new();
    sandbox.write("m.yml", &nested_if_manifest(3));
    let stderr = sandbox
        .run_with(
            &["if", "run", "m.yml", "-o", "out.yaml"],
            &[("SERO_LIMIT_OUTPUT_SIZE", "100")],
        )
        .refused();
    assert!(
        stderr.contains("the output's size in bytes is over sero's limit of 100"),
        "{stderr}"
    );
    assert!(stderr.contains("SERO_LIMIT_OUTPUT_SIZE"), "{stderr}");
    assert!(std::fs::metadata(sandbox.path("out.yaml")).unwrap().len() <= 100);
}

const MOCK_A_CENTURY: &str = "name: mock
initialize:
  plugins:
    mock:
      method: MockObservations
      path: builtin
      config:
        timestamp-from: '2000-01-01T00:00:00Z'
        timestamp-to: '2100-01-01T00:00:00Z'
        duration: 1
        components:
          - cloud/instance-type: A1
        generators:
          common:
            region: uk-west
          randint:
            cpu/utilization: {min: 1, max: 99}
tree:
  children:
    child:
      pipeline:
        observe: [mock]
";

#[test]
fn mock_observations_for_a_century_at_one_second_are_refused_not_allocated() {
    let sandbox = Sandbox::new();
    sandbox.write("mock.yml", MOCK_A_CENTURY);
    let stderr = sandbox
        .run(&["if", "run", "mock.yml", "--no-output"])
        .refused();
    assert!(
        stderr.contains(
            "the number of points generated is 3,155,760,000, over sero's limit of 1,000,000"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("mock.yml:4:5"), "{stderr}");
    assert!(stderr.contains("SERO_LIMIT_GENERATED_POINTS"), "{stderr}");
}

#[test]
fn time_sync_over_a_century_at_one_second_is_refused_not_allocated() {
    let text = "name: ts
initialize:
  plugins:
    sync:
      method: TimeSync
      path: builtin
      config:
        start-time: '2000-01-01T00:00:00Z'
        end-time: '2100-01-01T00:00:00Z'
        interval: 1
        allow-padding: true
tree:
  children:
    child:
      pipeline:
        compute: [sync]
      inputs:
        - {timestamp: '2024-01-01T00:00:00Z', duration: 60, energy: 1}
";
    let sandbox = Sandbox::new();
    sandbox.write("ts.yml", text);
    let stderr = sandbox
        .run(&["if", "run", "ts.yml", "--no-output"])
        .refused();
    assert!(
        stderr.contains("the number of points generated is")
            && stderr.contains("over sero's limit of 1,000,000"),
        "{stderr}"
    );
    assert!(stderr.contains("SERO_LIMIT_GENERATED_POINTS"), "{stderr}");
}

#[test]
fn an_observation_with_many_keys_is_read_in_linear_time() {
    // 200,000 keys: the duplicate check compared each key with every earlier one.
    let keys: Vec<String> = (0..200_000).map(|i| format!("k{i}: {i}")).collect();
    let text = format!(
        "name: wide\ninitialize:\n  plugins: {{}}\ntree:\n  children:\n    c:\n      inputs:\n        - {{timestamp: '2024-01-01T00:00:00Z', duration: 1, {}}}\n",
        keys.join(", ")
    );
    let sandbox = Sandbox::new();
    sandbox.write("wide.yml", &text);
    let started = std::time::Instant::now();
    let run = sandbox.run(&["if", "run", "wide.yml", "--no-output"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn if_manifest_validation_errors_have_a_line_and_column() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "m.yml",
        "name: v\ninitialize:\n  plugins: 5\ntree:\n  children: {}\n",
    );
    let stderr = sandbox
        .run(&["if", "run", "m.yml", "--no-output"])
        .refused();
    assert!(stderr.contains("--> m.yml:3:3"), "{stderr}");
}

const CUR_HEADER: &str = "lineItem/UsageStartDate,lineItem/UsageAccountId,product/region,lineItem/ProductCode,lineItem/UsageType,pricing/unit,lineItem/UsageAmount,lineItem/BlendedCost\n";
const CUR_ROW: &str = "2024-01-01T00:00:00Z,123,us-east-1,AmazonEC2,BoxUsage:t3.micro,Hrs,24,1.0\n";

#[test]
fn a_cloud_bill_line_that_never_ends_is_refused_at_the_record_length_limit() {
    let sandbox = Sandbox::new();
    // `/dev/zero`: one line without end, which grew one record until memory ran out.
    let stderr = sandbox.run(&["import", "cloud", "/dev/zero"]).refused();
    assert!(
        stderr.contains(
            "/dev/zero:1: one record's length in bytes is over sero's limit of 1,048,576"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("SERO_LIMIT_RECORD_LENGTH"), "{stderr}");
    // A small gzip of a long line, refused after decompression at a lowered limit.
    let mut text = format!("{CUR_HEADER}{CUR_ROW}");
    text.push_str(&"9".repeat(100_000));
    text.push('\n');
    let mut gz = stored_gzip(text.as_bytes());
    gz.shrink_to_fit();
    std::fs::write(sandbox.path("long.csv.gz"), gz).unwrap();
    let stderr = sandbox
        .run_with(
            &["import", "cloud", "long.csv.gz"],
            &[("SERO_LIMIT_RECORD_LENGTH", "10KiB")],
        )
        .refused();
    assert!(
        stderr
            .contains("long.csv.gz:3: one record's length in bytes is over sero's limit of 10,240"),
        "{stderr}"
    );
}

/// `bytes` as a gzip member with stored (uncompressed) deflate blocks: no compression library
/// is needed to write one, and the reader decompresses it as any other.
fn stored_gzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    let chunks: Vec<&[u8]> = bytes.chunks(65_535).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        out.push(u8::from(i + 1 == chunks.len()));
        let len = chunk.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&crc32(bytes).to_le_bytes());
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn a_cloud_row_with_a_field_too_many_is_malformed_with_its_line_not_lost() {
    let sandbox = Sandbox::new();
    let shifted = CUR_ROW.replace("AmazonEC2", "Amazon,EC2");
    sandbox.write("bill.csv", &format!("{CUR_HEADER}{CUR_ROW}{shifted}"));
    let stderr = sandbox.run(&["import", "cloud", "bill.csv"]).refused();
    assert!(
        stderr.contains("bill.csv:3: the line has 9 fields, the header 8: a field too many"),
        "{stderr}"
    );
}

#[test]
fn a_cloud_header_that_is_not_utf8_is_named_in_words_with_its_column() {
    let sandbox = Sandbox::new();
    let mut bytes = CUR_HEADER.as_bytes().to_vec();
    bytes[30] = 0xff;
    bytes.extend_from_slice(CUR_ROW.as_bytes());
    std::fs::write(sandbox.path("bill.csv"), bytes).unwrap();
    let stderr = sandbox.run(&["import", "cloud", "bill.csv"]).refused();
    assert!(
        stderr.contains("bill.csv: the header is not UTF-8 text (column 2)"),
        "{stderr}"
    );
    assert!(!stderr.contains("Utf8Error"), "{stderr}");
}

#[test]
fn a_cloud_header_of_too_many_columns_is_refused_once() {
    let sandbox = Sandbox::new();
    let header = vec!["lineItem/UsageStartDate"; 20_000].join(",");
    sandbox.write("bill.csv", &format!("{header}\n"));
    let stderr = sandbox.run(&["import", "cloud", "bill.csv"]).refused();
    assert!(
        stderr.contains("the number of columns is over sero's limit of 10,000"),
        "{stderr}"
    );
    assert!(stderr.len() < 1000, "{} bytes of errors", stderr.len());
}

#[test]
fn an_inventory_row_of_1e308_units_is_refused_with_its_line_not_summed_to_infinity() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "estate.csv",
        "asset,count,power_w,embodied_kg,life_years\nserver,2,100,100,5\nserver,1e308,100,100,5\n",
    );
    let stderr = sandbox
        .run(&["import", "inventory", "estate.csv"])
        .refused();
    assert!(
        stderr.contains("estate.csv, line 3: the row's emissions are too large to compute"),
        "{stderr}"
    );
    assert!(!stderr.contains("line 2"), "{stderr}");
}

#[test]
fn a_million_duplicate_inventory_columns_are_summarised_not_all_printed() {
    let sandbox = Sandbox::new();
    let header = vec!["count"; 100_000].join(",");
    sandbox.write("estate.csv", &format!("asset,{header}\n"));
    let stderr = sandbox
        .run(&["import", "inventory", "estate.csv"])
        .refused();
    assert_eq!(stderr.matches("appears twice").count(), 10, "{stderr}");
    assert!(
        stderr.contains("… and 99,989 more problems like these (the first 10 are shown)"),
        "{stderr}"
    );
    assert!(stderr.len() < 5_000, "{} bytes of errors", stderr.len());
}

#[test]
fn an_inventory_is_read_within_the_file_size_limit_and_as_utf8_with_a_position() {
    let sandbox = Sandbox::new();
    let example = crate::example("welsh-council-estate.csv");
    let example = example.to_str().unwrap();
    let stderr = sandbox
        .run_with(
            &["import", "inventory", example],
            &[("SERO_LIMIT_FILE_SIZE", "1KiB")],
        )
        .refused();
    assert!(
        stderr.contains("welsh-council-estate.csv: the file's size in bytes is")
            && stderr.contains("over sero's limit of 1,024"),
        "{stderr}"
    );
    assert!(stderr.contains("SERO_LIMIT_FILE_SIZE"), "{stderr}");
    // Not UTF-8: "stream did not contain valid UTF-8" said nothing of where.
    std::fs::write(
        sandbox.path("estate.csv"),
        b"asset,count\nlaptop,2\nlap\xfftop,3\n",
    )
    .unwrap();
    let stderr = sandbox
        .run(&["import", "inventory", "estate.csv"])
        .refused();
    assert!(
        stderr.contains("estate.csv:3:4: the text is not UTF-8 from here"),
        "{stderr}"
    );
}

#[test]
fn a_prometheus_counter_below_zero_is_left_out_with_a_warning_not_negative_energy() {
    let sandbox = Sandbox::new();
    let scrape = |value: &str| {
        format!(
            "# TYPE kepler_node_platform_joules_total counter\nkepler_node_platform_joules_total{{node=\"a\"}} {value}\n"
        )
    };
    sandbox.write("a.txt", &scrape("100"));
    sandbox.write("b.txt", &scrape("-50"));
    sandbox.write("c.txt", &scrape("70"));
    let run = sandbox.run(&[
        "import",
        "prometheus",
        "a.txt",
        "b.txt",
        "c.txt",
        "--interval",
        "60",
    ]);
    let stdout = run.success();
    assert!(!stdout.contains("-50.0"), "{stdout}");
    assert!(
        stdout.contains("b.txt line 2: `kepler_node_platform_joules_total{node=\"a\"}` is -50, but a counter is never"),
        "{stdout}"
    );
}

#[test]
fn a_nan_prometheus_gauge_is_named_in_its_own_scrape() {
    let sandbox = Sandbox::new();
    let scrape = |value: &str| {
        format!("# TYPE scaph_host_power_microwatts gauge\nscaph_host_power_microwatts {value}\n")
    };
    sandbox.write("a.txt", &scrape("100"));
    sandbox.write("b.txt", &scrape("NaN"));
    sandbox.write("c.txt", &scrape("100"));
    let stdout = sandbox
        .run(&[
            "import",
            "prometheus",
            "a.txt",
            "b.txt",
            "c.txt",
            "--interval",
            "60",
        ])
        .success();
    assert_eq!(
        stdout
            .matches("b.txt line 2: `scaph_host_power_microwatts` is NaN here")
            .count(),
        2,
        "{stdout}"
    );
    assert!(!stdout.contains("c.txt line 2"), "{stdout}");
}

#[test]
fn a_prometheus_sample_with_many_labels_is_read_in_linear_time() {
    // 100,000 labels: the repeated-name check compared each with every earlier one (five
    // billion comparisons, minutes in a debug build); now a set, under a second of CPU.
    let labels: Vec<String> = (0..100_000).map(|i| format!("l{i}=\"v\"")).collect();
    let text = format!(
        "# TYPE kepler_node_platform_joules_total counter\nkepler_node_platform_joules_total{{{}}} 1\n",
        labels.join(",")
    );
    let sandbox = Sandbox::new();
    sandbox.write("a.txt", &text);
    let started = std::time::Instant::now();
    let run = sandbox.run(&["import", "prometheus", "a.txt", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    // A repeated name among many is still found.
    sandbox.write("b.txt", &text.replace("} 1", ",l7=\"w\"} 1"));
    let stderr = sandbox.run(&["import", "prometheus", "b.txt"]).refused();
    assert!(stderr.contains("l7"), "{stderr}");
}

#[test]
fn a_prometheus_file_is_read_within_the_file_size_limit() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "a.txt",
        &"# TYPE scaph_host_power_microwatts gauge\nscaph_host_power_microwatts 100\n".repeat(100),
    );
    let stderr = sandbox
        .run_with(
            &["import", "prometheus", "a.txt"],
            &[("SERO_LIMIT_FILE_SIZE", "1KiB")],
        )
        .refused();
    assert!(
        stderr.contains("a.txt: the file's size in bytes is")
            && stderr.contains("SERO_LIMIT_FILE_SIZE"),
        "{stderr}"
    );
}

#[test]
fn page_list_files_are_bounded_by_size_and_by_entries() {
    let sandbox = Sandbox::new();
    let urls: String = (0..5)
        .map(|i| format!("https://example.gov.wales/{i}\n"))
        .collect();
    sandbox.write("urls.txt", &urls);
    let stderr = sandbox
        .run_with(
            &["page", "--urls", "urls.txt"],
            &[("SERO_LIMIT_LIST_LENGTH", "3")],
        )
        .refused();
    assert!(
        stderr.contains("urls.txt: the number of entries in the list is 5, over sero's limit of 3"),
        "{stderr}"
    );
    assert!(stderr.contains("SERO_LIMIT_LIST_LENGTH"), "{stderr}");
    let sitemap: String = format!(
        "<urlset>{}</urlset>",
        (0..5)
            .map(|i| format!("<url><loc>https://example.gov.wales/{i}</loc></url>"))
            .collect::<String>()
    );
    sandbox.write("sitemap.xml", &sitemap);
    let stderr = sandbox
        .run_with(
            &["page", "--sitemap", "sitemap.xml"],
            &[("SERO_LIMIT_LIST_LENGTH", "3")],
        )
        .refused();
    assert!(
        stderr.contains("sitemap.xml: the number of entries"),
        "{stderr}"
    );
    let stderr = sandbox
        .run_with(
            &["page", "--urls", "urls.txt"],
            &[("SERO_LIMIT_FILE_SIZE", "64")],
        )
        .refused();
    assert!(
        stderr.contains("urls.txt: the file's size in bytes is")
            && stderr.contains("SERO_LIMIT_FILE_SIZE"),
        "{stderr}"
    );
    sandbox.write("green.txt", "a.example\nb.example\nc.example\nd.example\n");
    let stderr = sandbox
        .run_with(
            &[
                "page",
                "https://example.gov.wales/",
                "--green-list",
                "green.txt",
            ],
            &[("SERO_LIMIT_LIST_LENGTH", "3")],
        )
        .refused();
    assert!(
        stderr.contains("green.txt: the number of entries in the list is 4"),
        "{stderr}"
    );
}

#[test]
fn a_csv_file_an_if_plugin_reads_is_bounded_by_the_if_file_size_limit() {
    let sandbox = Sandbox::new();
    let rows: String = (0..500).map(|i| format!("r{i},{i}\n")).collect();
    sandbox.write("table.csv", &format!("region,value\n{rows}"));
    sandbox.write(
        "m.yml",
        "name: lookup
initialize:
  plugins:
    lookup:
      method: CSVLookup
      path: builtin
      config:
        filepath: table.csv
        query: {region: region}
        output: value
tree:
  children:
    c:
      pipeline:
        compute: [lookup]
      inputs:
        - {timestamp: '2024-01-01T00:00:00Z', duration: 1, region: r7}
",
    );
    assert_eq!(sandbox.run(&["if", "run", "m.yml", "--no-output"]).code, 0);
    let stderr = sandbox
        .run_with(
            &["if", "run", "m.yml", "--no-output"],
            &[("SERO_LIMIT_IF_FILE_SIZE", "2KiB")],
        )
        .refused();
    assert!(
        stderr.contains("the file's size in bytes is")
            && stderr.contains("over sero's limit of 2,048"),
        "{stderr}"
    );
    assert!(stderr.contains("SERO_LIMIT_IF_FILE_SIZE"), "{stderr}");
}
