//! `sero energy -- COMMAND` and `sero import prometheus`: real commands run through the built
//! binary, with the powercap and `/proc` roots pointed at trees the command itself updates
//! (so the figures are known exactly), exposition files and a loopback exporter.

use std::path::Path;
use std::process::Command;

use serde_json::Value;
use sero_test_server::{Fixture, Server};

use crate::{Run, Sandbox, assert_close, number};

const MAX: u64 = 262_143_328_850;

/// Runs `sero` in the sandbox with extra environment variables.
pub(crate) fn run_env(sandbox: &Sandbox, args: &[&str], env: &[(&str, &Path)]) -> Run {
    let env: Vec<(&str, &str)> = env
        .iter()
        .map(|(name, value)| (*name, value.to_str().expect("a UTF-8 path")))
        .collect();
    sandbox.run_with(args, &env)
}

/// A powercap root with no RAPL zone, as on this kind of virtual machine.
pub(crate) fn no_rapl(sandbox: &Sandbox) -> std::path::PathBuf {
    let root = sandbox.path("no-powercap");
    std::fs::create_dir_all(&root).unwrap();
    root
}

fn zone(root: &Path, id: &str, name: &str, energy_uj: u64) {
    let dir = root.join(id);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("name"), format!("{name}\n")).unwrap();
    std::fs::write(dir.join("energy_uj"), format!("{energy_uj}\n")).unwrap();
    std::fs::write(dir.join("max_energy_range_uj"), format!("{MAX}\n")).unwrap();
}

/// A fake `/proc` with the machine at `total` ticks and sero's finished children at
/// `children` ticks of user time.
fn proc_files(root: &Path, total: u64, children: u64) -> String {
    format!(
        "mkdir -p '{r}/self' && printf 'cpu  {busy} 0 0 {idle} 0 0 0 0 0 0\\n' > '{r}/stat' && \
         printf '9 (sero) S 1 9 9 0 -1 0 0 0 0 0 1 1 {children} 0 20 0 1 0 1 0 0\\n' > '{r}/self/stat' && \
         printf 'processor\\t: 0\\nmodel name\\t: Example CPU\\n' > '{r}/cpuinfo'",
        r = root.display(),
        busy = total / 4,
        idle = total - total / 4,
    )
}

fn sh(script: &str) -> Command {
    let mut command = Command::new("sh");
    command.arg("-c").arg(script);
    command
}

#[test]
fn the_commands_exit_code_is_sero_s_after_the_report() {
    let sandbox = Sandbox::new();
    let root = no_rapl(&sandbox);
    let run = run_env(
        &sandbox,
        &["energy", "--", "sh", "-c", "echo from the command; exit 3"],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 3, "{}", run.stderr);
    // The command's output is its own; sero's report is on standard error.
    assert_eq!(run.stdout, "from the command\n");
    assert!(run.stderr.contains("code 3"), "{}", run.stderr);
    // Killed by a signal: the shell's convention, 128 + 9.
    let run = run_env(
        &sandbox,
        &["energy", "--", "sh", "-c", "kill -9 $$"],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 137);
    assert!(run.stderr.contains("killed by signal 9"), "{}", run.stderr);
}

#[test]
fn without_rapl_the_tdp_model_is_reported_with_its_warning() {
    let sandbox = Sandbox::new();
    let root = no_rapl(&sandbox);
    let run = run_env(
        &sandbox,
        &["energy", "--", "true"],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    for expected in [
        "MODELLED, not measured",
        "assumed",
        "4 W per logical CPU",
        "CodeCarbon",
        "not a measurement",
        "no RAPL zone under",
        "desnz/2025/electricity-generation",
    ] {
        assert!(
            run.stderr.contains(expected),
            "no `{expected}` in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn tdp_model_figures_from_a_known_cpu_time() {
    let sandbox = Sandbox::new();
    let root = no_rapl(&sandbox);
    let proc_root = sandbox.path("proc");
    sh(&proc_files(&proc_root, 10_000, 0)).status().unwrap();
    // The command "uses" 3 s of CPU (300 ticks) on the fake machine's 1 logical CPU, with
    // --tdp 60: 0.5 × 60 W × 3 s ÷ 1 = 90 J.
    let script = proc_files(&proc_root, 10_300, 300);
    let run = run_env(
        &sandbox,
        &[
            "energy",
            "--tdp",
            "60",
            "--format",
            "json",
            "--output",
            "report.json",
            "--",
            "sh",
            "-c",
            &script,
        ],
        &[
            ("SERO_POWERCAP_ROOT", &root),
            ("SERO_PROC_ROOT", &proc_root),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&sandbox.read("report.json")).unwrap();
    assert_eq!(report["energy"]["method"], "tdp-model");
    assert_eq!(report["energy"]["measured"], false);
    assert_eq!(report["tdp_model"]["tdp_source"], "--tdp");
    assert_eq!(number(&report, "/energy/joules"), 90.0);
    assert_eq!(number(&report, "/cpu_time_s/total"), 3.0);
}

#[test]
fn rapl_measured_end_to_end_with_co2e_and_an_activity_file() {
    let sandbox = Sandbox::new();
    let powercap = sandbox.path("powercap");
    zone(&powercap, "intel-rapl:0", "package-0", 2_000_000);
    zone(&powercap, "intel-rapl:0:0", "core", 0);
    let proc_root = sandbox.path("proc");
    sh(&proc_files(&proc_root, 10_000, 0)).status().unwrap();
    // The package counts 18 J; the machine 2000 ticks; the command 500 of them: a quarter, 4.5 J.
    let counter = powercap.join("intel-rapl:0/energy_uj");
    let script = format!(
        "echo 20000000 > '{c}.new' && mv '{c}.new' '{c}' && {p}",
        c = counter.display(),
        p = proc_files(&proc_root, 12_000, 500)
    );
    let run = run_env(
        &sandbox,
        &[
            "energy",
            "--format",
            "json",
            "--report",
            "report.json",
            "--activity",
            "run.json",
            "--",
            "sh",
            "-c",
            &script,
        ],
        &[
            ("SERO_POWERCAP_ROOT", &powercap),
            ("SERO_PROC_ROOT", &proc_root),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&sandbox.read("report.json")).unwrap();
    assert_eq!(report["energy"]["method"], "rapl");
    assert_eq!(report["energy"]["measured"], true);
    assert_eq!(number(&report, "/rapl/machine_joules"), 18.0);
    assert_eq!(number(&report, "/rapl/share_of_cpu_time"), 0.25);
    // Only the package: the core subzone is inside it.
    assert_eq!(report["rapl"]["zones"].as_array().unwrap().len(), 1);
    let joules = number(&report, "/energy/joules");
    assert_eq!(joules, 4.5);
    let kwh = number(&report, "/energy/kwh");
    assert_eq!(kwh, 4.5 / 3_600_000.0);
    // CO2e: the kWh × the DESNZ factors the report cites (generation + T&D losses).
    let factor_sum: f64 = report["factors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["value"].as_f64().unwrap())
        .sum();
    assert_close(number(&report, "/co2e_kg"), kwh * factor_sum, 1e-12, "co2e");
    // The activity file: one electricity row with the same energy.
    let activity: Value = serde_json::from_str(&sandbox.read("run.json")).unwrap();
    assert_eq!(activity["sero_activity"], 1);
    assert_eq!(activity["model"], "electricity");
    let row = &activity["rows"][0];
    assert_eq!(row["labels"]["method"], "rapl");
    assert!(
        row["labels"]["command"]
            .as_str()
            .unwrap()
            .starts_with("sh -c")
    );
    let energy = row["inputs"]["energy"].as_str().unwrap();
    let value: f64 = energy.strip_suffix(" kWh").unwrap().parse().unwrap();
    assert_eq!(value, kwh);
    assert_eq!(row["inputs"]["grid"], "GBR");
}

#[test]
fn bad_input_is_refused_before_the_command_runs() {
    let sandbox = Sandbox::new();
    let marker = sandbox.path("ran");
    let script = format!("touch '{}'", marker.display());
    let stderr = sandbox
        .run(&["energy", "--country", "Atlantis", "--", "sh", "-c", &script])
        .refused();
    assert!(stderr.contains("grid `Atlantis`"), "{stderr}");
    assert!(stderr.contains("= hint:"), "{stderr}");
    assert!(!marker.exists(), "the command ran");
    let stderr = sandbox
        .run(&["energy", "--", "sero-no-such-program"])
        .refused();
    assert!(
        stderr.contains("cannot run `sero-no-such-program`"),
        "{stderr}"
    );
    assert!(stderr.contains("= hint:"), "{stderr}");
    let stderr = sandbox.run(&["energy", "--tdp=-3", "--", "true"]).refused();
    assert!(stderr.contains("--tdp"), "{stderr}");
    // No command at all.
    sandbox.run(&["energy"]).refused();
}

// ------------------------------------------------------------------ sero import prometheus

pub(crate) fn energy_fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../sero-energy/tests/it/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn series<'a>(report: &'a Value, metric: &str) -> Vec<&'a Value> {
    report["series"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["metric"] == metric)
        .collect()
}

#[test]
fn import_prometheus_from_files() {
    let sandbox = Sandbox::new();
    for name in [
        "scaphandre-1.prom",
        "scaphandre-2.prom",
        "kepler-federate.prom",
    ] {
        sandbox.write(name, &energy_fixture(name));
    }
    let report = sandbox
        .run(&[
            "import",
            "prometheus",
            "scaphandre-1.prom",
            "scaphandre-2.prom",
            "--interval",
            "10",
            "--format",
            "json",
        ])
        .json();
    // Counter: 220 J; gauge: (21 W + 23 W) / 2 × 10 s = 220 J.
    assert_eq!(
        number(
            series(&report, "scaph_host_energy_microjoules")[0],
            "/joules"
        ),
        220.0
    );
    assert_eq!(
        number(series(&report, "scaph_host_power_microwatts")[0], "/joules"),
        220.0
    );
    assert_eq!(
        series(&report, "scaph_process_power_consumption_microwatts").len(),
        2
    );
    // Kepler with timestamps: per interval, with the counter reset counted from zero.
    let report = sandbox
        .run(&[
            "import",
            "prometheus",
            "kepler-federate.prom",
            "--format",
            "json",
        ])
        .json();
    let nginx = series(&report, "kepler_process_cpu_joules_total")[0];
    let joules: Vec<f64> = nginx["intervals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["joules"].as_f64().unwrap())
        .collect();
    assert_eq!(joules, [90.0, 25.0]);
    assert_eq!(nginx["resets"], 1);
    assert_eq!(nginx["intervals"][0]["start"], "2025-11-28T12:00:00Z");
    assert!(report["warnings"][0].as_str().unwrap().contains("reset"));
    // The table says the same.
    let table = sandbox
        .run(&[
            "import",
            "prometheus",
            "kepler-federate.prom",
            "--metric",
            "kepler_node_cpu_joules_total",
        ])
        .success();
    assert!(table.contains("2025-11-28T12:00:30Z"), "{table}");
    assert!(table.contains("2,460"), "{table}");
}

#[test]
fn import_prometheus_activity_rows_per_interval() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "kepler-federate.prom",
        &energy_fixture("kepler-federate.prom"),
    );
    // Without --metric, writing activity would add overlapping metrics: refused.
    let stderr = sandbox
        .run(&[
            "import",
            "prometheus",
            "kepler-federate.prom",
            "--activity",
            "a.json",
        ])
        .refused();
    assert!(stderr.contains("--metric"), "{stderr}");
    sandbox
        .run(&[
            "import",
            "prometheus",
            "kepler-federate.prom",
            "--metric",
            "kepler_process_cpu_joules_total",
            "--activity",
            "a.json",
            "--country",
            "GBR",
        ])
        .success();
    let activity: Value = serde_json::from_str(&sandbox.read("a.json")).unwrap();
    let rows = activity["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["labels"]["comm"], "nginx");
    assert_eq!(rows[1]["labels"]["start"], "2025-11-28T12:00:30Z");
    let kwh: f64 = rows[1]["inputs"]["energy"]
        .as_str()
        .unwrap()
        .strip_suffix(" kWh")
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(kwh, 25.0 / 3_600_000.0);
}

#[test]
fn import_prometheus_from_a_loopback_exporter() {
    let server = Server::start(
        "127.0.0.1",
        vec![(
            "/metrics",
            Fixture::new(
                "text/plain; version=0.0.4",
                energy_fixture("scaphandre-1.prom"),
            ),
        )],
    );
    let url = server.url("/metrics");
    let report = Sandbox::new()
        .run(&[
            "import",
            "prometheus",
            &url,
            "--scrapes",
            "2",
            "--every",
            "0.3",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(server.served("/metrics"), 2);
    // The exporter served the same text twice: the counter did not move…
    assert_eq!(
        number(
            series(&report, "scaph_host_energy_microjoules")[0],
            "/joules"
        ),
        0.0
    );
    // …and the host drew 21 W over the time between the two scrapes.
    let power = series(&report, "scaph_host_power_microwatts")[0];
    let interval = &power["intervals"][0];
    let seconds = (number(interval, "/end_ms") - number(interval, "/start_ms")) / 1000.0;
    assert!(seconds >= 0.3, "{seconds}");
    assert_close(
        number(interval, "/joules"),
        21.0 * seconds,
        1e-12,
        "gauge energy",
    );
}

#[test]
fn import_prometheus_errors_are_located() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "bad.prom",
        "# TYPE scaph_host_energy_microjoules counter\nscaph_host_energy_microjoules{a=1} 5\n",
    );
    let stderr = sandbox.run(&["import", "prometheus", "bad.prom"]).refused();
    assert!(stderr.contains("bad.prom:2:33"), "{stderr}");
    assert!(stderr.contains("double quotes"), "{stderr}");
    assert!(stderr.contains("= hint:"), "{stderr}");
    let stderr = sandbox
        .run(&["import", "prometheus", "missing.prom"])
        .refused();
    assert!(stderr.contains("missing.prom"), "{stderr}");
    let stderr = sandbox
        .run(&[
            "import",
            "prometheus",
            "http://127.0.0.1:9/metrics",
            "--scrapes",
            "1",
        ])
        .refused();
    assert!(stderr.contains("cannot reach"), "{stderr}");
    sandbox.write("up.prom", "up 1\n");
    let stderr = sandbox.run(&["import", "prometheus", "up.prom"]).refused();
    assert!(
        stderr.contains("no sample of any Scaphandre or Kepler"),
        "{stderr}"
    );
}

#[test]
fn a_measured_run_feeds_a_manifest_and_its_sci() {
    let sandbox = Sandbox::new();
    let powercap = sandbox.path("powercap");
    zone(&powercap, "intel-rapl:0", "package-0", 0);
    let proc_root = sandbox.path("proc");
    sh(&proc_files(&proc_root, 10_000, 0)).status().unwrap();
    // 36 J for the package; the command has all of the machine's 1 s of CPU time.
    let counter = powercap.join("intel-rapl:0/energy_uj");
    let script = format!(
        "echo 36000000 > '{c}.new' && mv '{c}.new' '{c}' && {p}",
        c = counter.display(),
        p = proc_files(&proc_root, 10_100, 100)
    );
    let run = run_env(
        &sandbox,
        &[
            "energy",
            "--activity",
            "nightly.json",
            "--",
            "sh",
            "-c",
            &script,
        ],
        &[
            ("SERO_POWERCAP_ROOT", &powercap),
            ("SERO_PROC_ROOT", &proc_root),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    sandbox.write(
        "service.yaml",
        "sero: 1\n\
         service:\n  name: Nightly batch\n  functional_unit: run\n\
         period: {start: 2026-01-01, end: 2026-01-31}\n\
         channels:\n  - id: batch\n    name: Batch\n    transactions: 100\n\
         components:\n  - id: nightly\n    from: nightly.json\n    covers: hosting\n",
    );
    let report = sandbox
        .run(&["sci", "service.yaml", "--format", "json"])
        .json();
    let kwh = 36.0 / 3_600_000.0;
    assert_close(
        number(&report, "/sci/e_kwh_per_unit"),
        kwh / 100.0,
        1e-12,
        "E",
    );
    // DESNZ 2025 UK electricity: generation 0.177 + T&D losses 0.01853 kgCO2e/kWh.
    assert_close(
        number(&report, "/sci/score_gco2e_per_unit"),
        kwh * (0.177 + 0.01853) * 1000.0 / 100.0,
        1e-9,
        "SCI",
    );
    assert_eq!(report["boundary"]["included"][0]["element"], "hosting");
    assert_eq!(report["methodology"]["measured_components"][0], "nightly");
}

#[test]
fn an_unreadable_counter_falls_back_to_the_model_and_says_why() {
    // The tests may run as root, who reads any file whatever its mode, so a directory stands
    // where the counter should be: reading it fails as a root-only file fails for others.
    let sandbox = Sandbox::new();
    let powercap = sandbox.path("powercap");
    zone(&powercap, "intel-rapl:0", "package-0", 0);
    let counter = powercap.join("intel-rapl:0/energy_uj");
    std::fs::remove_file(&counter).unwrap();
    std::fs::create_dir(&counter).unwrap();
    let run = run_env(
        &sandbox,
        &["energy", "--format", "json", "--", "true"],
        &[("SERO_POWERCAP_ROOT", &powercap)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stderr).unwrap();
    assert_eq!(report["energy"]["method"], "tdp-model");
    let why = report["tdp_model"]["why_not_measured"].as_str().unwrap();
    assert!(why.contains("intel-rapl:0/energy_uj"), "{why}");
    assert!(why.contains("CVE-2020-8694"), "{why}");
}

/// A syntax error in an exposition, as people read it.
#[test]
fn import_prometheus_error_snapshot() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "kepler.prom",
        "# TYPE kepler_node_cpu_joules_total counter\nkepler_node_cpu_joules_total{zone=\"package\" 12\n",
    );
    let stderr = sandbox
        .run(&["import", "prometheus", "kepler.prom"])
        .refused();
    insta::assert_snapshot!(stderr, @r#"
    error: kepler.prom:2:45: expected `,` or `}` after a label value
      | kepler_node_cpu_joules_total{zone="package" 12
      |                                             ^
      = hint: the file should be Prometheus text exposition (format 0.0.4), as an exporter's /metrics serves it
    "#);
}

#[test]
fn import_prometheus_refuses_a_zero_interval() {
    let sandbox = Sandbox::new();
    sandbox.write("a.prom", "kepler_node_cpu_watts 5\n");
    sandbox.write("b.prom", "kepler_node_cpu_watts 6\n");
    let stderr = sandbox
        .run(&[
            "import",
            "prometheus",
            "a.prom",
            "b.prom",
            "--interval",
            "0",
        ])
        .refused();
    assert!(stderr.contains("more than 0 seconds"), "{stderr}");
    // With a real interval the gauge gives (5 + 6) / 2 W × 15 s.
    let report = sandbox
        .run(&[
            "import",
            "prometheus",
            "a.prom",
            "b.prom",
            "--interval",
            "15",
            "--format",
            "json",
        ])
        .json();
    assert_eq!(number(&report, "/series/0/joules"), 82.5);
}

#[test]
fn the_report_option_is_kept_as_a_hidden_alias_of_output_with_a_warning() {
    let sandbox = Sandbox::new();
    let root = no_rapl(&sandbox);
    let run = run_env(
        &sandbox,
        &["energy", "--format", "json", "-o", "new.json", "--", "true"],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "the report is in the file");
    let report: Value = serde_json::from_str(&sandbox.read("new.json")).unwrap();
    assert_eq!(report["energy"]["method"], "tdp-model");
    let run = run_env(
        &sandbox,
        &[
            "energy", "--format", "json", "--report", "old.json", "--", "true",
        ],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "warning: --report is renamed --output (-o) and will be removed in the next release: use --output\n"
    );
    let report: Value = serde_json::from_str(&sandbox.read("old.json")).unwrap();
    assert_eq!(report["energy"]["method"], "tdp-model");
    // The old name is not offered in the help.
    let help = sandbox.run(&["energy", "--help"]).success();
    assert!(help.contains("--output <FILE>"), "{help}");
    assert!(!help.contains("--report"), "{help}");
    // A report that cannot be written is refused with the file and a hint.
    let run = run_env(
        &sandbox,
        &["energy", "-o", "no/such/folder/r.txt", "--", "true"],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: cannot write `no/such/folder/r.txt`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("= hint: check that the folder exists"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_energy_report_speaks_welsh_and_fits_the_width() {
    let sandbox = Sandbox::new();
    let root = no_rapl(&sandbox);
    let columns = Path::new("80");
    let run = run_env(
        &sandbox,
        &["--lang", "cy", "energy", "--tdp", "60", "--", "true"],
        &[("SERO_POWERCAP_ROOT", &root), ("COLUMNS", columns)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    for expected in [
        "Ynni a ddefnyddiwyd gan: true",
        "wedi'i FODELU, heb ei fesur",
        "(TDP 60 W o\n              --tdp, ",
        "allyriadau",
        "(grid GBR, yn seiliedig ar leoliad)",
        "Ffactorau",
        "Rhybuddion",
        "ni ddefnyddiwyd RAPL: dim parth RAPL o dan",
    ] {
        assert!(
            run.stderr.contains(expected),
            "no `{expected}` in:\n{}",
            run.stderr
        );
    }
    for english in [
        "Energy used by",
        "MODELLED",
        "Warnings",
        "emissions",
        "hint:",
    ] {
        assert!(
            !run.stderr.contains(english),
            "`{english}` in:\n{}",
            run.stderr
        );
    }
    // Every line fits, but for a source's address, which is one word and is not cut.
    for line in run.stderr.lines() {
        let one_word = !line.trim().contains(char::is_whitespace);
        assert!(
            line.chars().count() <= 80 || (one_word && line.trim().starts_with("https://")),
            "longer than 80:\n{line}\nin:\n{}",
            run.stderr
        );
    }
    // Welsh errors, with their hints.
    let run = run_env(
        &sandbox,
        &[
            "--lang",
            "cy",
            "energy",
            "--country",
            "nowhere",
            "--",
            "true",
        ],
        &[("SERO_POWERCAP_ROOT", &root)],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("gwall: grid `nowhere`: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("= awgrym: rhowch `--country GBR`"),
        "{}",
        run.stderr
    );
}

#[test]
fn import_prometheus_speaks_welsh_and_writes_its_report_with_output() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "kepler-federate.prom",
        &energy_fixture("kepler-federate.prom"),
    );
    let args = [
        "import",
        "prometheus",
        "kepler-federate.prom",
        "--metric",
        "kepler_node_cpu_joules_total",
    ];
    let welsh = sandbox
        .run(&[&["--lang", "cy"][..], &args].concat())
        .success();
    for expected in [
        "Ynni o fetrigau Prometheus: 1 sgrap (kepler-federate.prom)",
        "kepler_node_cpu_joules_total (cownter ynni mewn J)",
        "    o                     i                         J       kWh",
        "    Cyfanswm                                    2,460  0.000683",
        "Cyfansymiau fesul metrig",
        "  metrig                        parth    cyfres      J        kWh",
    ] {
        assert!(welsh.contains(expected), "no `{expected}` in:\n{welsh}");
    }
    assert!(!welsh.contains("Total"), "{welsh}");
    // Every line fits the width.
    let narrow = run_env(&sandbox, &args, &[("COLUMNS", Path::new("60"))]).success();
    for line in narrow.lines() {
        assert!(
            line.chars().count() <= 60,
            "longer than 60:\n{line}\nin:\n{narrow}"
        );
    }
    // A located error, in Welsh.
    sandbox.write(
        "bad.prom",
        "# TYPE scaph_host_energy_microjoules counter\nscaph_host_energy_microjoules{a=1} 5\n",
    );
    let stderr = sandbox
        .run(&["--lang", "cy", "import", "prometheus", "bad.prom"])
        .refused();
    assert!(
        stderr.starts_with("gwall: bad.prom:2:33: rhaid i werth label fod mewn dyfynodau dwbl"),
        "{stderr}"
    );
    assert!(stderr.contains("= awgrym: dylai'r ffeil fod"), "{stderr}");
    // -o/--output: the report goes to the file, nothing to standard output.
    for flag in ["-o", "--output"] {
        let stdout = sandbox
            .run(&[&args[..], &["--format", "json", flag, "report.json"]].concat())
            .success();
        assert_eq!(stdout, "");
        let report: Value = serde_json::from_str(&sandbox.read("report.json")).unwrap();
        assert_eq!(number(&report, "/totals/0/joules"), 2460.0);
        std::fs::remove_file(sandbox.path("report.json")).unwrap();
    }
}
