//! Manifests that must be refused: exit code 2, nothing on stdout, and on stderr one message
//! that points at `file:line:column` (worked out by hand for every fixture) with a hint where a
//! fix is known. The fixtures are in `fixtures/broken/`, one mistake each.

use crate::Sandbox;

/// Runs `sero check` on `fixtures/broken/<name>` and returns its message, after checking that
/// it was refused and that the message points at `<name>:<line_column>`.
#[track_caller]
fn check(name: &str, line_column: &str) -> String {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture(&format!("broken/{name}"));
    let stderr = sandbox.run(&["check", &file]).refused();
    let location = format!("--> {name}:{line_column}\n");
    assert!(
        stderr.contains(&location),
        "the message should point at `{name}:{line_column}`:\n{stderr}"
    );
    stderr
}

/// `sero estimate` must refuse the same file with the same message as `sero check`.
#[track_caller]
fn estimate_agrees(name: &str, check_message: &str) {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture(&format!("broken/{name}"));
    let stderr = sandbox.run(&["estimate", &file]).refused();
    assert_eq!(stderr, check_message);
}

#[test]
fn bad_yaml_indentation() {
    insta::assert_snapshot!(check("bad-indentation.yaml", "4:19"), @"
    error: invalid YAML: mapping values are not allowed in this context
      --> bad-indentation.yaml:4:19
       |
     4 |    functional_unit: renewal
       |                   ^
       |
       = hint: check the indentation above this point (spaces, not tabs), and that every quote, `[` and `{` is closed
    ");
}

#[test]
fn unknown_top_level_key_suggests_the_right_one() {
    insta::assert_snapshot!(check("unknown-top-key.yaml", "8:1"), @"
    error: unknown key `chanels` in the manifest
      --> unknown-top-key.yaml:8:1
       |
     8 | chanels:
       | ^^^^^^^ not a known key here
       |
       = hint: did you mean `channels`?
    ");
}

#[test]
fn unknown_component_key_suggests_the_right_one() {
    insta::assert_snapshot!(check("unknown-component-key.yaml", "14:5"), @"
    error: unknown key `input` in a component
       --> unknown-component-key.yaml:14:5
        |
     14 |     input:
        |     ^^^^^ not a known key here
        |
        = hint: did you mean `inputs`?
    ");
}

#[test]
fn unknown_model_suggests_the_right_one() {
    let message = check("unknown-model.yaml", "13:12");
    insta::assert_snapshot!(message, @"
    error: unknown model `electricty`
       --> unknown-model.yaml:13:12
        |
     13 |     model: electricty
        |            ^^^^^^^^^^
        |
        = hint: did you mean `electricity`?
    ");
    estimate_agrees("unknown-model.yaml", &message);
}

#[test]
fn unknown_input_lists_the_models_inputs() {
    insta::assert_snapshot!(check("unknown-input.yaml", "16:7"), @"
    error: model `electricity` has no input `pue`
       --> unknown-input.yaml:16:7
        |
     16 |       pue: 1.4
        |       ^^^ unknown input
        |
        = hint: its inputs are: `energy`, `grid`, `desnz_year`, `transmission_losses`, `well_to_tank`
    ");
}

#[test]
fn negative_channel_volume() {
    let message = check("negative-transactions.yaml", "10:19");
    insta::assert_snapshot!(message, @"
    error: `transactions` cannot be negative (found -5)
       --> negative-transactions.yaml:10:19
        |
     10 |     transactions: -5
        |                   ^^
        |
        = hint: give the number of transactions in the period through this channel
    ");
    estimate_agrees("negative-transactions.yaml", &message);
}

#[test]
fn nan_input_value() {
    insta::assert_snapshot!(check("nan-input.yaml", "15:15"), @"
    error: input `energy` must be a finite number
       --> nan-input.yaml:15:15
        |
     15 |       energy: .nan
        |               ^^^^ not a number (NaN or infinite)
    ");
}

#[test]
fn missing_required_input() {
    insta::assert_snapshot!(check("missing-input.yaml", "16:5"), @"
    error: model `end-user-device` needs input `minutes`
       --> missing-input.yaml:16:5
        |
     16 |     inputs:
        |     ^^^^^^ `minutes` is missing
        |
        = hint: `minutes` (min) of model `end-user-device`: Minutes of use, per unit of the basis
    ");
}

#[test]
fn unit_in_the_wrong_case_suggests_the_right_case() {
    insta::assert_snapshot!(check("lowercase-kwh.yaml", "15:15"), @"
    error: input `energy`: unknown unit `kwh` (expected a unit of energy: Wh, kWh, MWh, GWh, J, kJ, MJ)
       --> lowercase-kwh.yaml:15:15
        |
     15 |       energy: 12 kwh
        |               ^^^^^^
        |
        = hint: did you mean `kWh`? (units are case-sensitive)
    ");
}

#[test]
fn unit_of_the_wrong_kind_lists_the_right_ones() {
    insta::assert_snapshot!(check("parsecs.yaml", "17:14"), @"
    error: input `bytes`: unknown unit `parsecs` (expected a unit of data size: B, kB, KB, MB, GB, TB, KiB, MiB, GiB, TiB)
       --> parsecs.yaml:17:14
        |
     17 |       bytes: 3 parsecs
        |              ^^^^^^^^^
        |
        = hint: write a number, or a number and a unit such as `12 B`
    ");
}

#[test]
fn share_above_one_hundred_percent() {
    let message = check("share-over-100.yaml", "13:12");
    insta::assert_snapshot!(message, @"
    error: `share` must be between 0% and 100% (found 120%)
       --> share-over-100.yaml:13:12
        |
     13 |     share: 120%
        |            ^^^^
        |
        = hint: a share is a fraction such as 0.4 or a percentage such as 40%
    ");
    estimate_agrees("share-over-100.yaml", &message);
}

#[test]
fn empty_component_list() {
    insta::assert_snapshot!(check("empty-components.yaml", "11:13"), @"
    error: the service has no components
       --> empty-components.yaml:11:13
        |
     11 | components: []
        |             ^^
        |
        = hint: a service needs at least one component; `sero init` shows examples
    ");
}

#[test]
fn duplicate_component_id_in_different_groups() {
    let message = check("duplicate-id.yaml", "22:13");
    assert!(
        message.contains("--> duplicate-id.yaml:16:13\n"),
        "the note should point at the first use"
    );
    insta::assert_snapshot!(message, @"
    error: duplicate component id `devices`
       --> duplicate-id.yaml:22:13
        |
     22 |       - id: devices
        |             ^^^^^^^
    note: first used here
       --> duplicate-id.yaml:16:13
        |
     16 |       - id: devices
        |             ^^^^^^^
        |
        = hint: every component needs its own id, even in different groups
    ");
}

#[test]
fn unknown_channel_lists_the_channels() {
    insta::assert_snapshot!(check("unknown-channel.yaml", "15:14"), @"
    error: unknown channel `telephone`
       --> unknown-channel.yaml:15:14
        |
     15 |     channel: telephone
        |              ^^^^^^^^^
        |
        = hint: the channels are: `online`, `phone`
    ");
}

#[test]
fn toml_manifest_has_the_same_schema() {
    let message = check("bad-key.toml", "17:1");
    insta::assert_snapshot!(message, @r#"
    error: unknown key `modle` in a component
       --> bad-key.toml:17:1
        |
     17 | modle = "electricity"
        | ^^^^^ not a known key here
        |
        = hint: did you mean `model`?
    "#);
    estimate_agrees("bad-key.toml", &message);
}

#[test]
fn json_manifest_has_the_same_schema() {
    insta::assert_snapshot!(check("bad-key.json", "14:7"), @r#"
    error: unknown key `shares` in a component
       --> bad-key.json:14:7
        |
     14 |       "shares": "50%"
        |       ^^^^^^^^ not a known key here
        |
        = hint: did you mean `share`?
    "#);
}

#[test]
fn missing_file_names_the_path() {
    let sandbox = Sandbox::new();
    let check = sandbox.run(&["check", "nowhere.yaml"]).refused();
    assert!(check.contains("`nowhere.yaml`"), "{check}");
    // The operating system's wording of "not found" varies; the rest of the message does not.
    insta::with_settings!({filters => vec![(r": [^:\n]+\(os error 2\)", ": [not found]")]}, {
        insta::assert_snapshot!(check, @"
        error: cannot read `nowhere.yaml`: [not found]
          = hint: check the path; `sero init > service.yaml` writes a starter manifest
        ");
    });
    let estimate = sandbox.run(&["estimate", "nowhere.yaml"]).refused();
    assert_eq!(estimate, check);
}
