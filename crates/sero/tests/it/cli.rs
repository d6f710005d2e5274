//! The command line's shared grammar: the language of `--help`, `--quiet`, `--verbose`,
//! `--color` and `NO_COLOR`, shell completions and the manual page.

use super::{Sandbox, example};

fn blue_badge() -> String {
    example("blue-badge-wales.yaml")
        .to_str()
        .expect("UTF-8 path")
        .to_owned()
}

#[test]
fn help_is_in_the_readers_language() {
    let sandbox = Sandbox::new();
    let welsh = sandbox
        .run(&["--lang", "cy", "estimate", "--help"])
        .success();
    for words in [
        "Amcangyfrif ôl troed gwasanaeth o faniffest",
        "Defnydd: sero estimate [OPTIONS] <MANIFEST>",
        "Argiwmentau:",
        "Opsiynau:",
        "Maniffest y gwasanaeth (.yaml, .yml, .toml neu .json)",
        "Samplau Monte Carlo ar gyfer y cyfyngau 90%",
    ] {
        assert!(welsh.contains(words), "no `{words}` in:\n{welsh}");
    }
    // clap's own English words are not shown: the catalogue's help names defaults and values.
    for english in [
        "Usage:",
        "Options:",
        "[default:",
        "possible values",
        "Print help",
    ] {
        assert!(!welsh.contains(english), "`{english}` in:\n{welsh}");
    }
    let top = sandbox
        .run_with(&["--help"], &[("SERO_LANG", "cy")])
        .success();
    assert!(top.contains("Gorchmynion:"), "{top}");
    assert!(
        top.contains("  compare      Cymharu'r sianeli fesul trafodiad"),
        "{top}"
    );
    let english = sandbox.run(&["estimate", "--help"]).success();
    assert!(
        english.contains("Usage: sero estimate [OPTIONS] <MANIFEST>"),
        "{english}"
    );
    assert!(
        english.contains("Estimate a service's footprint from a manifest"),
        "{english}"
    );
}

#[test]
fn quiet_silences_warnings_and_verbose_says_what_was_chosen() {
    let sandbox = Sandbox::new();
    let manifest = blue_badge();
    let check = sandbox.run(&["check", &manifest]);
    assert!(
        check
            .stderr
            .contains("warning: `post-room-scanner`: spend-based estimate"),
        "{}",
        check.stderr
    );
    let quiet = sandbox.run(&["check", &manifest, "--quiet"]);
    assert_eq!(quiet.code, check.code);
    assert_eq!(quiet.stdout, check.stdout);
    assert_eq!(quiet.stderr, "", "--quiet leaves no warning");
    let verbose = sandbox.run(&["-v", "check", &manifest]);
    assert!(
        verbose
            .stderr
            .contains("sero: reports in en, laid out for 100 columns"),
        "{}",
        verbose.stderr
    );
    assert!(
        verbose.stderr.contains("sero: done in "),
        "{}",
        verbose.stderr
    );
    let refused = sandbox.run(&["check", &manifest, "--quiet", "--verbose"]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_without_no_color() {
    let sandbox = Sandbox::new();
    let manifest = blue_badge();
    // Standard error is a pipe here: no colour unless asked.
    let plain = sandbox.run(&["check", &manifest]);
    assert!(!plain.stderr.contains('\u{1b}'), "{}", plain.stderr);
    let always = sandbox.run(&["check", &manifest, "--color", "always"]);
    assert!(
        always
            .stderr
            .contains("\u{1b}[1;33mwarning:\u{1b}[0m `post-room-scanner`"),
        "{:?}",
        always.stderr
    );
    let missing = sandbox.run(&["--color", "always", "check", "no-such-file.yaml"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.starts_with("\u{1b}[1;31merror:\u{1b}[0m"),
        "{:?}",
        missing.stderr
    );
    let never = sandbox.run_with(
        &["check", &manifest, "--color", "never"],
        &[("NO_COLOR", "")],
    );
    assert!(!never.stderr.contains('\u{1b}'), "{:?}", never.stderr);
}

#[test]
fn completions_and_the_manual_come_from_the_same_definitions() {
    let sandbox = Sandbox::new();
    let bash = sandbox.run(&["completions", "bash"]).success();
    assert!(bash.contains("_sero()"), "{bash}");
    for word in ["estimate", "compare", "--explain", "--shift", "--lang"] {
        assert!(bash.contains(word), "bash completion lacks `{word}`");
    }
    for shell in ["zsh", "fish", "powershell"] {
        let script = sandbox.run(&["completions", shell]).success();
        assert!(script.contains("estimate"), "{shell}: {script}");
    }
    assert_eq!(sandbox.run(&["completions", "tcsh"]).code, 2);

    let man = sandbox.run(&["man"]).success();
    assert!(man.contains(".TH sero 1"), "{man}");
    assert!(man.contains("estimate"), "{man}");
    let welsh = sandbox.run(&["--lang", "cy", "man"]).success();
    assert!(welsh.contains("Mesur, adrodd a lleihau"), "{welsh}");
    sandbox.run(&["man", "--output", "."]).success();
    for page in [
        "sero.1",
        "sero-estimate.1",
        "sero-import-cloud.1",
        "sero-grid-window.1",
    ] {
        let text = sandbox.read(page);
        assert!(
            text.starts_with(".ie") || text.contains(".TH"),
            "{page}: {text}"
        );
    }
}

/// `--format` and `-o/--output` are one group: the file holds exactly what standard output
/// would have, and nothing is printed.
#[test]
fn output_options_write_the_report_to_a_file() {
    let sandbox = Sandbox::new();
    for args in [
        vec!["factors", "desnz/2025/electricity", "--format", "json"],
        vec!["transfer", "--bytes", "1MB", "--format", "json"],
        vec!["grid", "now", "--offline", "--format", "json"],
    ] {
        let printed = sandbox.run(&args).success();
        let mut to_file = args.clone();
        to_file.extend(["-o", "report.json"]);
        let written = sandbox.run(&to_file);
        assert_eq!(written.stdout, "", "{args:?} printed with -o");
        assert_eq!(written.code, 0, "{written:?}");
        assert_eq!(sandbox.read("report.json"), printed, "{args:?}");
        std::fs::remove_file(sandbox.path("report.json")).expect("remove the report");
    }
    // A file that cannot be written is refused, naming it, with a hint.
    let refused = sandbox
        .run(&["factors", "--format", "json", "-o", "no/such/folder/f.json"])
        .refused();
    assert!(refused.contains("no/such/folder/f.json"), "{refused}");
    assert!(refused.contains("hint:"), "{refused}");
}

/// `--grid` (gCO2e/kWh) and `--country` (an annual average) mean the same on every command
/// that takes a grid; `--grid-intensity` (CO2.js's name) is the same option as `--grid`.
#[test]
fn grid_options_mean_the_same_everywhere() {
    let sandbox = Sandbox::new();
    let grams = |args: &[&str]| -> f64 {
        let mut all = vec!["transfer", "--bytes", "1GB", "--format", "json"];
        all.extend_from_slice(args);
        super::number(&sandbox.run(&all).json(), "/co2e_g")
    };
    let low = grams(&["--grid", "50"]);
    assert_eq!(low, grams(&["--grid-intensity", "50"]));
    // SWD v4's embodied share keeps its global intensity, so the grams grow, not tenfold.
    assert!(
        grams(&["--grid", "500"]) > 2.0 * low,
        "a dirtier grid gives more grams"
    );
    let france = grams(&["--country", "FRA"]);
    let poland = grams(&["--country", "POL"]);
    assert!(poland > france, "Poland's grid is dirtier than France's");
    // One grid at a time.
    let both = sandbox
        .run(&[
            "transfer",
            "--bytes",
            "1GB",
            "--grid",
            "50",
            "--country",
            "FRA",
        ])
        .refused();
    assert!(both.contains("--country"), "{both}");
    // A country given to `--grid` is pointed to `--country`; a negative intensity is refused.
    for (value, expected) in [("GBR", "`--country GBR`"), ("-5", "0 gCO2e/kWh or more")] {
        let refused = sandbox
            .run(&["energy", "--grid", value, "--", "true"])
            .refused();
        assert!(refused.contains(expected), "{value}: {refused}");
    }
    // The same options are on page and journey.
    for command in ["page", "journey"] {
        let help = sandbox.run(&[command, "--help"]).success();
        for option in [
            "--grid <G>",
            "--country <ISO3>",
            "--format",
            "--output <FILE>",
        ] {
            assert!(
                help.contains(option),
                "{command} --help lacks {option}:\n{help}"
            );
        }
    }
}

/// The shared groups' options read in Welsh on every command that has them, `--format` naming
/// the command's own formats and default.
#[test]
fn shared_options_are_helped_in_welsh_everywhere() {
    let sandbox = Sandbox::new();
    for (command, formats) in [
        (vec!["energy"], "table, json (rhagosodiad: table)"),
        (
            vec!["import", "cloud"],
            "table, json, csv (rhagosodiad: table)",
        ),
        (vec!["page"], "table, json, html (rhagosodiad: table)"),
    ] {
        let mut args = vec!["--lang", "cy"];
        args.extend(command.iter().copied());
        args.push("--help");
        let help = sandbox.run(&args).success();
        assert!(
            help.contains(&format!("Fformat yr allbwn: {formats}")),
            "{command:?}:\n{help}"
        );
        assert!(
            help.contains("Ysgrifennu'r adroddiad i'r ffeil hon"),
            "{command:?}:\n{help}"
        );
        assert!(!help.contains("[alias:"), "{command:?}:\n{help}");
    }
    let energy = sandbox.run(&["--lang", "cy", "energy", "--help"]).success();
    assert!(
        energy.contains("Dwysedd grid cyfartalog blynyddol gwlad"),
        "{energy}"
    );
}
