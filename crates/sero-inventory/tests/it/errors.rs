//! Malformed inventories: each problem names its line and column, and all are reported.

use super::refused;

/// `(line, column, start of message)` of each error.
fn summary(csv: &str) -> Vec<(usize, Option<&'static str>, String)> {
    refused(csv)
        .into_iter()
        .map(|e| (e.line, e.column, e.message))
        .collect()
}

#[test]
fn every_bad_row_is_listed_with_line_and_column() {
    let csv = "# a comment line\n\
               asset,count,location\n\
               laptop,many,GBR\n\
               laptop,-3,GBR\n\
               toaster,1,GBR\n\
               laptop,2.5,GBR\n\
               laptop,4,GBR\n\
               laptop,4\n\
               laptop,1,12 34\n";
    assert_eq!(
        summary(csv),
        vec![
            (3, Some("count"), "`many` is not a number".to_owned()),
            (4, Some("count"), "`-3` is negative".to_owned()),
            (5, Some("asset"), "unknown asset `toaster`".to_owned()),
            (6, Some("count"), "`2.5` is not a whole number".to_owned()),
            (8, None, "the row has 2 cells, the header 3".to_owned()),
            (
                9,
                Some("location"),
                "`12 34` is neither a country code nor a grid intensity".to_owned()
            ),
        ]
    );
}

#[test]
fn a_misspelt_asset_suggests_the_nearest() {
    let errors = refused("asset,count\nlabtop,1\nkettle,1\n");
    assert!(
        errors[0].hint.starts_with("did you mean `laptop`?"),
        "{}",
        errors[0].hint
    );
    assert!(
        errors[1].hint.starts_with("asset types: "),
        "{}",
        errors[1].hint
    );
}

#[test]
fn an_unknown_column_suggests_the_nearest() {
    let errors = refused("asset,count,power_watts\nlaptop,1,20\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    assert_eq!(errors[0].message, "unknown column `power_watts`");
    assert_eq!(errors[0].hint, "did you mean `power_w`?");
}

#[test]
fn headers_are_case_insensitive_and_archetype_is_model() {
    let inv = super::inventory("Asset,COUNT,Archetype,Age Years\nLaptop,1,ThinkPad,1\n");
    assert_eq!(inv.rows[0].description.as_deref(), Some("ThinkPad"));
}

#[test]
fn hardware_needs_a_count_and_every_file_an_asset_column() {
    assert_eq!(
        summary("asset,model\nlaptop,x\ncloud,y\n"),
        vec![
            (
                2,
                Some("count"),
                "no count is given for this line".to_owned()
            ),
            (
                3,
                Some("annual_kwh"),
                "a cloud or SaaS line needs its annual electricity".to_owned()
            ),
        ]
    );
    assert_eq!(
        summary("count\n3\n"),
        vec![(
            1,
            Some("asset"),
            "the header has no `asset` column".to_owned()
        )]
    );
}

#[test]
fn printers_and_storage_need_their_own_figures() {
    let errors = summary("asset,count,power_w\nprinter,3,\nstorage,1,500\n");
    assert_eq!(
        errors,
        vec![
            (
                2,
                Some("power_w"),
                "no published archetype gives a `printer`'s `power_w`".to_owned()
            ),
            (
                2,
                Some("embodied_kg"),
                "no published archetype gives a `printer`'s `embodied_kg`".to_owned()
            ),
            (
                2,
                Some("life_years"),
                "no published archetype gives a `printer`'s `life_years`".to_owned()
            ),
            (
                3,
                Some("embodied_kg"),
                "no published archetype gives a `storage`'s `embodied_kg`".to_owned()
            ),
        ]
    );
}

#[test]
fn a_service_line_needs_energy_not_only_cost() {
    let errors = refused("asset,count,annual_cost\nsaas,,12000\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].column, Some("annual_kwh"));
    assert!(
        errors[0]
            .hint
            .contains("`annual_cost` alone is not converted")
    );
}

#[test]
fn columns_that_do_not_apply_are_refused() {
    assert_eq!(
        summary(
            "asset,count,annual_kwh,hosting,power_w\n\
             laptop,1,50,,\n\
             cloud,,100,,20\n\
             switch,1,,cloud,\n"
        ),
        vec![
            (
                2,
                Some("annual_kwh"),
                "`annual_kwh` does not apply to a `laptop` line".to_owned()
            ),
            (
                3,
                Some("power_w"),
                "`power_w` does not apply to a `cloud` line".to_owned()
            ),
            (
                4,
                Some("hosting"),
                "`hosting` does not apply to a `network-switch` line".to_owned()
            ),
        ]
    );
}

#[test]
fn disposals_need_a_route_and_a_count() {
    assert_eq!(
        summary(
            "asset,count,disposed,disposal_route,disposed_kg\nlaptop,1,5,,\nlaptop,1,,,30\nlaptop,1,2,shredded,\n"
        ),
        vec![
            (
                2,
                Some("disposal_route"),
                "units are disposed but the disposal route is not given".to_owned()
            ),
            (
                3,
                Some("disposed_kg"),
                "a disposed mass is given without a number of units disposed".to_owned()
            ),
            (
                4,
                Some("disposal_route"),
                "`shredded` is not one of the choices".to_owned()
            ),
        ]
    );
}

#[test]
fn an_unknown_country_is_refused_by_the_model_with_its_line() {
    let errors = refused("asset,count,location\nlaptop,1,XYZ\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 2);
    assert!(
        errors[0]
            .message
            .starts_with("the `end-user-device` model refused the row"),
        "{}",
        errors[0].message
    );
}

#[test]
fn empty_inputs_are_refused() {
    assert_eq!(
        summary("")[0].2,
        "the file is empty: an inventory needs a header line and rows"
    );
    assert_eq!(
        summary("asset,count\n")[0].2,
        "the inventory has a header but no rows"
    );
    assert_eq!(
        summary("asset,count\n\"laptop,1\n")[0],
        (
            2,
            None,
            "a quoted field starting on this line is never closed".to_owned()
        )
    );
}
