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
        = hint: its inputs are: `energy`, `series`, `hours_of_day`, `grid`, `desnz_year`, `transmission_losses`, `well_to_tank`
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

/// `sero compare` must refuse the same file with the same message as `sero check`.
#[track_caller]
fn compare_agrees(name: &str, check_message: &str) {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture(&format!("broken/{name}"));
    let stderr = sandbox.run(&["compare", &file]).refused();
    assert_eq!(stderr, check_message);
}

#[test]
fn travel_modes_that_do_not_add_up_to_one_hundred_percent() {
    let message = check("modes-under-100.yaml", "20:14");
    insta::assert_snapshot!(message, @"
    error: input `modes` adds up to 90%, not 100%
       --> modes-under-100.yaml:20:14
        |
     20 |       modes: {car: 60%, bus: 30%}
        |              ^^^^^^^^^^^^^^^^^^^^
        |
        = hint: the shares must cover every trip: add the missing mode, or correct the figures
    ");
    compare_agrees("modes-under-100.yaml", &message);
}

#[test]
fn negative_travel_distance() {
    insta::assert_snapshot!(check("negative-distance.yaml", "19:17"), @"
    error: input `distance` must be at least 0 km (found -5 km)
       --> negative-distance.yaml:19:17
        |
     19 |       distance: -5 km
        |                 ^^^^^ negative
    ");
}

#[test]
fn unknown_travel_mode_lists_the_modes() {
    // `bike` is too far from `cycle` for a suggestion, so every mode is listed.
    let message = check("unknown-mode.yaml", "20:25");
    insta::assert_snapshot!(message, @"
    error: input `modes`: `bike` is not one of its choices
       --> unknown-mode.yaml:20:25
        |
     20 |       modes: {car: 50%, bike: 50%}
        |                         ^^^^
        |
        = hint: the choices are: car, car-petrol, car-diesel, car-hybrid, car-plug-in-hybrid, car-electric, taxi, bus, bus-london, bus-not-london, coach, rail, tram, underground, walk, cycle
    ");
    estimate_agrees("unknown-mode.yaml", &message);
}

#[test]
fn unknown_element_in_covers_suggests_the_right_one() {
    let message = check("unknown-covers.yaml", "16:13");
    insta::assert_snapshot!(message, @"
    error: `covers`: unknown element `hostng`
       --> unknown-covers.yaml:16:13
        |
     16 |     covers: hostng
        |             ^^^^^^
        |
        = hint: did you mean `hosting`?
    ");
    compare_agrees("unknown-covers.yaml", &message);
}

#[test]
fn unknown_element_in_not_applicable_suggests_the_right_one() {
    insta::assert_snapshot!(check("unknown-not-applicable.yaml", "11:38"), @"
    error: an element in `not_applicable`: unknown element `buildings`
       --> unknown-not-applicable.yaml:11:38
        |
     11 |     not_applicable: [citizen-travel, buildings]
        |                                      ^^^^^^^^^
        |
        = hint: did you mean `building`?
    ");
}

#[test]
fn text_messages_without_their_factor() {
    // A check across inputs: `sms` alone is valid, and so is `sms_factor` alone; the message
    // points at the component's inputs.
    let message = check("sms-without-factor.yaml", "18:5");
    insta::assert_snapshot!(message, @"
    error: model `notification`: input `sms_factor`: text messages need their factor: no published figure exists for one SMS, so give your provider's (gCO2e per message)
       --> sms-without-factor.yaml:18:5
        |
     18 |     inputs:
        |     ^^^^^^ these inputs do not go together
        |
        = hint: `sero models notification` describes its inputs
    ");
    estimate_agrees("sms-without-factor.yaml", &message);
}

#[test]
fn travel_well_to_tank_with_the_2024_factors() {
    let message = check("travel-wtt-2024.yaml", "21:21");
    insta::assert_snapshot!(message, @"
    error: model `travel`: input `well_to_tank`: the DESNZ 2024 travel factors bundled with sero have no well-to-tank figures (use `travel_year: 2025`)
       --> travel-wtt-2024.yaml:21:21
        |
     21 |       well_to_tank: true
        |                     ^^^^ these inputs do not go together
        |
        = hint: `sero models travel` describes its inputs
    ");
    compare_agrees("travel-wtt-2024.yaml", &message);
}

#[test]
fn allocation_inside_a_group_with_a_channel() {
    let message = check("allocation-in-channel-group.yaml", "18:21");
    insta::assert_snapshot!(message, @"
    error: a component in a `channel` (its own or its group's) cannot also have an `allocation`
       --> allocation-in-channel-group.yaml:18:21
        |
     18 |         allocation: {online: 20%, counter: 80%}
        |                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^
        |
        = hint: `channel` puts all of it in one channel; `allocation` splits it between several
    ");
    estimate_agrees("allocation-in-channel-group.yaml", &message);
}

#[test]
fn channel_inside_an_allocated_group() {
    insta::assert_snapshot!(check("channel-in-allocated-group.yaml", "18:18"), @"
    error: a component inside a group with an `allocation` cannot have its own `channel`
       --> channel-in-allocated-group.yaml:18:18
        |
     18 |         channel: counter
        |                  ^^^^^^^
        |
        = hint: the group's `allocation` splits everything in it between channels; move this component out of the group, or drop the allocation
    ");
}

#[test]
fn edition_years_are_whole_numbers() {
    insta::assert_snapshot!(check("fractional-year.yaml", "20:20"), @"
    error: input `travel_year` must be a whole number (found 2024.5)
       --> fractional-year.yaml:20:20
        |
     20 |       travel_year: 2024.5
        |                    ^^^^^^
    ");
}

#[test]
fn no_taxi_factor_in_the_2024_travel_set() {
    insta::assert_snapshot!(check("taxi-2024.yaml", "18:14"), @"
    error: model `travel`: input `modes`: the DESNZ 2024 travel factors bundled with sero have no taxi figure (use `travel_year: 2025`)
       --> taxi-2024.yaml:18:14
        |
     18 |       modes: {taxi: 50%, car: 50%}
        |              ^^^^^^^^^^^^^^^^^^^^^ these inputs do not go together
        |
        = hint: `sero models travel` describes its inputs
    ");
}

/// A Welsh reader gets the same refusal in Welsh: the same `file:line:column`, source line and
/// underline, with the words of the error, the label and the hint from the Welsh catalogue.
#[test]
fn a_welsh_reader_gets_the_error_and_its_hint_in_welsh() {
    let sandbox = Sandbox::new();
    let file = sandbox.copy_fixture("broken/unknown-component-key.yaml");
    let welsh = sandbox.run(&["--lang", "cy", "check", &file]).refused();
    insta::assert_snapshot!(welsh, @"
    gwall: cydran: allwedd anhysbys `input`
       --> unknown-component-key.yaml:14:5
        |
     14 |     input:
        |     ^^^^^ nid yw'n allwedd hysbys yma
        |
        = awgrym: ai `inputs` oedd dan sylw?
    ");
    // The English of the same refusal points at the same place.
    let english = sandbox.run(&["--lang", "en", "check", &file]).refused();
    assert_ne!(welsh, english);
    let place = |text: &str| text.lines().skip(1).take(5).collect::<Vec<_>>().join("\n");
    assert_eq!(
        place(&welsh).replace("nid yw'n allwedd hysbys yma", ""),
        place(&english).replace("not a known key here", "")
    );
}

/// Every broken fixture is refused in Welsh as it is in English: the same exit code, the same
/// `file:line:column`, and the framing words (`gwall`, `awgrym`, `nodyn`) and headline from
/// the Welsh catalogue, with no English framing left in.
#[test]
fn every_broken_manifest_is_refused_in_welsh() {
    let dir = crate::fixture("broken");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the broken fixtures")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .into_string()
                .expect("UTF-8")
        })
        .collect();
    names.sort();
    assert!(names.len() > 20, "{names:?}");
    for name in names {
        let sandbox = Sandbox::new();
        let file = sandbox.copy_fixture(&format!("broken/{name}"));
        let english = sandbox.run(&["--lang", "en", "check", &file]).refused();
        let welsh = sandbox.run(&["--lang", "cy", "check", &file]).refused();
        assert!(welsh.starts_with("gwall: "), "{name}:\n{welsh}");
        for english_word in ["error:", "hint:", "note:"] {
            assert!(!welsh.contains(english_word), "{name}:\n{welsh}");
        }
        let headline = |text: &str| text.lines().next().unwrap_or_default().to_owned();
        assert_ne!(headline(&welsh), headline(&english), "{name}");
        // The same place in the file.
        let location = |text: &str| {
            text.lines()
                .find(|line| line.trim_start().starts_with("--> "))
                .map(str::to_owned)
        };
        assert_eq!(location(&welsh), location(&english), "{name}");
        assert!(location(&welsh).is_some(), "{name}:\n{welsh}");
    }
}

/// A factor file with a mistake is refused in Welsh, located, with the Welsh hint.
#[test]
fn a_broken_factor_file_is_refused_in_welsh() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("factors/kiosk.yaml");
    let factors = sandbox.copy_fixture("factors/lowercase-unit.yaml");
    let welsh = sandbox
        .run(&["--lang", "cy", "estimate", &manifest, "--factors", &factors])
        .refused();
    insta::assert_snapshot!(welsh, @"
    gwall: uned anhysbys `kgCO2e/kwh`
      --> lowercase-unit.yaml:5:11
       |
     5 |     unit: kgCO2e/kwh
       |           ^^^^^^^^^^
       |
       = awgrym: ai `kgCO2e/kWh` oedd dan sylw? (mae unedau'n sensitif i lythrennau mawr a bach)
    ");
    let check = sandbox
        .run(&["--lang", "cy", "check", &manifest, "--factors", &factors])
        .refused();
    assert_eq!(check, welsh);
}

/// A factor file that defines one factor twice points at both definitions, in Welsh too.
#[test]
fn a_factor_defined_twice_points_at_both_definitions() {
    let sandbox = Sandbox::new();
    let manifest = sandbox.copy_fixture("factors/kiosk.yaml");
    let factors = sandbox.copy_fixture("factors/defined-twice.yaml");
    let english = sandbox
        .run(&["check", &manifest, "--factors", &factors])
        .refused();
    insta::assert_snapshot!(english, @"
    error: factor `example/kiosk-electricity` is defined twice in this file
      --> defined-twice.yaml:9:5
       |
     9 |   - id: example/kiosk-electricity
       |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    note: first defined here
      --> defined-twice.yaml:3:5
       |
     3 |   - id: example/kiosk-electricity
       |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
       |
       = hint: keep one of the two definitions, or give one of them another id
    ");
    let welsh = sandbox
        .run(&["--lang", "cy", "check", &manifest, "--factors", &factors])
        .refused();
    insta::assert_snapshot!(welsh, @"
    gwall: diffinnir ffactor `example/kiosk-electricity` ddwywaith yn y ffeil hon
      --> defined-twice.yaml:9:5
       |
     9 |   - id: example/kiosk-electricity
       |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    nodyn: diffiniwyd gyntaf yma
      --> defined-twice.yaml:3:5
       |
     3 |   - id: example/kiosk-electricity
       |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
       |
       = awgrym: cadwch un o'r ddau ddiffiniad, neu rhowch id arall i un ohonynt
    ");
}

/// A manifest over the 16 MiB limit is refused by its size before it is read: a sparse file
/// of 20 MB costs no disk and would cost 20 MB of memory if it were read.
#[test]
fn a_manifest_too_large_is_refused_by_its_size() {
    let sandbox = Sandbox::new();
    let file = std::fs::File::create(sandbox.path("huge.yaml")).expect("create");
    file.set_len(20_000_000).expect("a sparse file");
    for command in ["check", "estimate"] {
        let stderr = sandbox.run(&[command, "huge.yaml"]).refused();
        assert!(
            stderr.contains(
                "error: the file's size in bytes is 20,000,000, over sero's limit of 16,777,216\n  --> huge.yaml\n"
            ),
            "{command}: {stderr}"
        );
        assert!(
            stderr.contains("hint: if the input is right and needs more, raise the limit: set SERO_LIMIT_FILE_SIZE"),
            "{command}: {stderr}"
        );
    }
}
