//! `sero if run` and `sero if diff`: exit codes, messages, output files.

use crate::Sandbox;

const MANIFEST: &str = r#"name: teads
aggregation:
  metrics: [carbon]
  type: both
initialize:
  plugins:
    interpolate:
      method: Interpolation
      path: builtin
      config: {method: linear, x: [0, 10, 50, 100], y: [0.12, 0.32, 0.75, 1.02], input-parameter: cpu/utilization, output-parameter: cpu-factor}
    watts:
      method: Multiply
      path: builtin
      config: {input-parameters: [cpu-factor, tdp], output-parameter: carbon}
      parameter-metadata:
        outputs:
          carbon: {unit: gCO2eq, description: carbon, aggregation-method: {time: sum, component: sum}}
tree:
  children:
    server:
      pipeline:
        compute: [interpolate, watts]
      defaults:
        tdp: 100
      inputs:
        - {timestamp: '2024-01-01T00:00:00.000Z', duration: 60, cpu/utilization: 10}
        - {timestamp: '2024-01-01T00:01:00.000Z', duration: 60, cpu/utilization: 50}
"#;

#[test]
fn run_writes_the_output_manifest() {
    let sandbox = Sandbox::new();
    sandbox.write("m.yml", MANIFEST);
    let run = sandbox.run(&["if", "run", "m.yml", "-o", "out.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = sandbox.read("out.yaml");
    assert!(out.contains("  status: success\n"), "{out}");
    // 0.32 × 100 + 0.75 × 100, in IF's floating-point order
    assert!(out.contains("          carbon: 32\n"), "{out}");
    assert!(out.contains("    carbon: 107\n"), "{out}");
    // Without an extension the name gets `.yaml`, as with if-run.
    assert_eq!(sandbox.run(&["if", "run", "m.yml", "-o", "again"]).code, 0);
    assert!(sandbox.path("again.yaml").exists());
}

#[test]
fn a_failed_run_exits_2_and_still_writes_the_failure() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "m.yml",
        &MANIFEST.replace(
            "compute: [interpolate, watts]",
            "compute: [interpolate, wats]",
        ),
    );
    let stderr = sandbox
        .run(&["if", "run", "m.yml", "-o", "out.yaml"])
        .refused();
    assert!(
        stderr.contains("PluginInitializationError: Not initalized plugin: wats."),
        "{stderr}"
    );
    assert!(
        stderr.contains("m.yml:21:7"),
        "the message points at the node: {stderr}"
    );
    assert!(stderr.contains("= hint:"), "{stderr}");
    let out = sandbox.read("out.yaml");
    assert!(out.contains("  status: fail\n"), "{out}");
    assert!(
        out.contains("  error: 'PluginInitializationError: Not initalized plugin: wats."),
        "{out}"
    );
}

#[test]
fn unknown_builtins_and_bad_yaml_exit_2() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "m.yml",
        &MANIFEST.replace("method: Multiply", "method: Teleport"),
    );
    let stderr = sandbox
        .run(&["if", "run", "m.yml", "-o", "out.yaml"])
        .refused();
    assert!(stderr.contains("`Teleport`"), "{stderr}");
    sandbox.write("bad.yml", "name: x\ntree: {a: [1, 2}\n");
    let stderr = sandbox.run(&["if", "run", "bad.yml"]).refused();
    assert!(stderr.contains("bad.yml:2:"), "{stderr}");
    let stderr = sandbox.run(&["if", "run", "missing.yml"]).refused();
    assert!(stderr.contains("missing.yml"), "{stderr}");
}

#[test]
fn diff_matches_itself_and_finds_the_first_difference() {
    let sandbox = Sandbox::new();
    sandbox.write("m.yml", MANIFEST);
    assert_eq!(sandbox.run(&["if", "run", "m.yml", "-o", "a.yaml"]).code, 0);
    assert_eq!(sandbox.run(&["if", "run", "m.yml", "-o", "b.yaml"]).code, 0);
    // The execution block differs (command, time) but only status and error count.
    let run = sandbox.run(&["if", "diff", "a.yaml", "b.yaml"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, "Files match!\n"));
    let changed = sandbox.read("b.yaml").replace(
        "\n  aggregated:\n    carbon: 107\n",
        "\n  aggregated:\n    carbon: 107.00000001\n",
    );
    sandbox.write("c.yaml", &changed);
    let run = sandbox.run(&["if", "diff", "a.yaml", "c.yaml"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "Files do not match!\ntree.aggregated.carbon\nsource: 107\ntarget: 107.00000001\n"
    );
    let run = sandbox.run(&["if", "diff", "a.yaml", "c.yaml", "--relative", "1e-9"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let stderr = sandbox
        .run(&["if", "diff", "a.yaml", "nothing.yaml"])
        .refused();
    assert!(stderr.contains("nothing.yaml"), "{stderr}");
}

#[test]
fn a_tree_that_would_contain_itself_is_refused_at_the_alias() {
    let sandbox = Sandbox::new();
    // YAML can only express a cycle as an alias to an anchor still open around it.
    let cyclic = MANIFEST.replace("    server:\n", "    server: &server\n")
        + "      children:\n        again: *server\n";
    sandbox.write("cycle.yml", &cyclic);
    let stderr = sandbox
        .run(&["if", "run", "cycle.yml", "-o", "out.yaml"])
        .refused();
    let line = cyclic.lines().position(|l| l.contains("*server")).unwrap() + 1;
    assert!(stderr.contains(&format!("cycle.yml:{line}:")), "{stderr}");
    assert!(stderr.contains("cannot contain itself"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_50_mb_manifest_runs_and_a_bad_value_deep_inside_is_located() {
    use std::fmt::Write;
    let sandbox = Sandbox::new();
    let mut text = MANIFEST.split("      inputs:\n").next().unwrap().to_owned();
    text.push_str("      inputs:\n");
    let header_lines = text.lines().count();
    // 60-second observations from 2024-01-01, about 90 bytes each: 600,000 make 50 MB.
    let n = 600_000;
    for i in 0..n {
        let t = i * 60;
        let (d, h, m) = (1 + t / 86_400, t / 3600 % 24, t / 60 % 60);
        let (month, day) = if d > 31 { (2, d - 31) } else { (1, d) };
        let _ = writeln!(
            text,
            "        - {{timestamp: '2024-{month:02}-{day:02}T{h:02}:{m:02}:00.000Z', duration: 60, cpu/utilization: {}}}",
            1 + i % 99
        );
    }
    assert!(text.len() > 50_000_000, "{} bytes", text.len());
    sandbox.write("big.yml", &text);
    sandbox.run(&["if", "run", "big.yml", "-n"]).success();

    // The same manifest with one non-numeric utilisation near its end.
    let bad = n - 10;
    let line = header_lines + bad + 1;
    let broken: String = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == line {
                l.replace("cpu/utilization: ", "cpu/utilization: lots") + "\n"
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    sandbox.write("big-broken.yml", &broken);
    let stderr = sandbox
        .run(&["if", "run", "big-broken.yml", "-o", "out.yaml"])
        .refused();
    assert!(stderr.contains("cpu/utilization"), "{stderr}");
    assert!(
        stderr.contains(&format!("big-broken.yml:{line}:")),
        "{stderr}"
    );
}

/// In Welsh: sero's words around a run (the diff report, refusals and hints) are Welsh;
/// IF's own error and the output manifest stay as Impact Framework writes them, with the
/// file, line and column of the node at fault.
#[test]
fn in_welsh_the_words_are_welsh_and_the_output_manifest_is_not() {
    let sandbox = Sandbox::new();
    sandbox.write("m.yml", MANIFEST);
    assert_eq!(sandbox.run(&["if", "run", "m.yml", "-o", "a.yaml"]).code, 0);
    let english = sandbox.read("a.yaml");
    assert_eq!(
        sandbox
            .run(&["--lang", "cy", "if", "run", "m.yml", "-o", "b.yaml"])
            .code,
        0
    );
    let welsh = sandbox.read("b.yaml");
    // Only the execution block's time differs: the manifest is data, not words.
    let without_time = |text: &str| -> String {
        text.lines()
            .filter(|l| !l.trim_start().starts_with("date-time:") && !l.contains("command:"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(without_time(&english), without_time(&welsh));
    let run = sandbox.run(&["--lang", "cy", "if", "diff", "a.yaml", "b.yaml"]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "Mae'r ffeiliau'n cyfateb!\n")
    );
    sandbox.write(
        "c.yaml",
        &english.replace("\n    carbon: 107\n", "\n    carbon: 108\n"),
    );
    let run = sandbox.run(&["--lang", "cy", "if", "diff", "a.yaml", "c.yaml"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "Nid yw'r ffeiliau'n cyfateb!\ntree.aggregated.carbon\nffynhonnell: 107\ntarged: 108\n"
    );
    assert!(
        run.stderr
            .contains("gwall: mae'r maniffestau'n wahanol yn `tree.aggregated.carbon`"),
        "{}",
        run.stderr
    );
    let stderr = sandbox
        .run(&[
            "--lang",
            "cy",
            "if",
            "diff",
            "a.yaml",
            "c.yaml",
            "--relative=-1",
        ])
        .refused();
    assert!(
        stderr.contains("gwall: rhaid i --relative fod yn ffracsiwn o 0 neu fwy"),
        "{stderr}"
    );
    assert!(
        stderr.contains("awgrym: er enghraifft --relative 1e-9"),
        "{stderr}"
    );

    sandbox.write(
        "w.yml",
        &MANIFEST.replace(
            "compute: [interpolate, watts]",
            "compute: [interpolate, wats]",
        ),
    );
    let stderr = sandbox
        .run(&["--lang", "cy", "if", "run", "w.yml", "-o", "out.yaml"])
        .refused();
    assert!(
        stderr.contains("PluginInitializationError: Not initalized plugin: wats."),
        "{stderr}"
    );
    assert!(stderr.contains("w.yml:21:7"), "{stderr}");
    assert!(
        stderr.contains("ychwanegwch `wats` o dan `initialize.plugins`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("mae'r maniffest allbwn yn cofnodi'r methiant"),
        "{stderr}"
    );
    assert!(!stderr.contains("add `wats`"), "{stderr}");
}
