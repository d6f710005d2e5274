//! Malformed inventories: each problem names its line and column, and all are reported.

use super::refused;

/// `(line, column, message id and arguments)` of each error.
fn summary(csv: &str) -> Vec<(usize, Option<&'static str>, String)> {
    refused(csv)
        .into_iter()
        .map(|e| (e.line, e.column, e.message.neutral().to_string()))
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
            (
                3,
                Some("count"),
                r#"inventory-error-not-a-number(value="many")"#.to_owned()
            ),
            (
                4,
                Some("count"),
                r#"inventory-error-negative(value="-3")"#.to_owned()
            ),
            (
                5,
                Some("asset"),
                r#"inventory-error-unknown-asset(asset="toaster")"#.to_owned()
            ),
            (
                6,
                Some("count"),
                r#"inventory-error-not-whole(value="2.5")"#.to_owned()
            ),
            (
                8,
                None,
                "inventory-error-field-count(cells=2, columns=3)".to_owned()
            ),
            (
                9,
                Some("location"),
                r#"inventory-error-bad-location(value="12 34")"#.to_owned()
            ),
        ]
    );
}

#[test]
fn a_misspelt_asset_suggests_the_nearest() {
    let errors = refused("asset,count\nlabtop,1\nkettle,1\n");
    assert_eq!(errors[0].hint.id(), "inventory-hint-asset-did-you-mean");
    assert_eq!(
        errors[0].hint.get("name"),
        Some(&sero_core::Arg::Text("laptop".to_owned()))
    );
    assert_eq!(errors[1].hint.id(), "inventory-hint-assets");
    assert!(
        errors[1]
            .hint
            .neutral()
            .to_string()
            .contains("laptop, desktop"),
        "{}",
        errors[1].hint.neutral()
    );
}

#[test]
fn an_unknown_column_suggests_the_nearest() {
    let errors = refused("asset,count,power_watts\nlaptop,1,20\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 1);
    assert_eq!(
        errors[0].message.neutral().to_string(),
        r#"inventory-error-unknown-column(column="power_watts")"#
    );
    assert_eq!(
        errors[0].hint.neutral().to_string(),
        r#"inventory-hint-did-you-mean(name="power_w")"#
    );
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
            (2, Some("count"), "inventory-error-empty-count".to_owned()),
            (
                3,
                Some("annual_kwh"),
                "inventory-error-service-needs-kwh".to_owned()
            ),
        ]
    );
    assert_eq!(
        summary("count\n3\n"),
        vec![(
            1,
            Some("asset"),
            r#"inventory-error-missing-column(column="asset")"#.to_owned()
        )]
    );
}

#[test]
fn switches_and_storage_need_their_own_figures() {
    // No open archetype covers a network switch or a storage array; a printer has one.
    let errors = summary("asset,count,power_w\nswitch,3,\nstorage,1,500\nprinter,2,\n");
    assert_eq!(
        errors,
        vec![
            (
                2,
                Some("power_w"),
                r#"inventory-error-no-archetype(asset="network-switch", column="power_w")"#
                    .to_owned()
            ),
            (
                2,
                Some("embodied_kg"),
                r#"inventory-error-no-archetype(asset="network-switch", column="embodied_kg")"#
                    .to_owned()
            ),
            (
                2,
                Some("life_years"),
                r#"inventory-error-no-archetype(asset="network-switch", column="life_years")"#
                    .to_owned()
            ),
            (
                3,
                Some("embodied_kg"),
                r#"inventory-error-no-archetype(asset="storage", column="embodied_kg")"#.to_owned()
            ),
        ]
    );
}

#[test]
fn a_service_line_needs_energy_not_only_cost() {
    let errors = refused("asset,count,annual_cost\nsaas,,12000\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].column, Some("annual_kwh"));
    assert_eq!(errors[0].hint.id(), "inventory-hint-service-kwh-not-cost");
}

#[test]
fn columns_that_do_not_apply_are_refused() {
    assert_eq!(
        summary(
            "asset,count,annual_kwh,hosting,power_w\n\
             laptop,1,50,,\n\
             cloud,,100,,20\n\
             wifi-ap,1,,cloud,\n"
        ),
        vec![
            (
                2,
                Some("annual_kwh"),
                r#"inventory-error-not-for-asset(column="annual_kwh", asset="laptop")"#.to_owned()
            ),
            (
                3,
                Some("power_w"),
                r#"inventory-error-not-for-asset(column="power_w", asset="cloud")"#.to_owned()
            ),
            (
                4,
                Some("hosting"),
                r#"inventory-error-not-for-asset(column="hosting", asset="wifi-ap")"#.to_owned()
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
                "inventory-error-route-needed".to_owned()
            ),
            (
                3,
                Some("disposed_kg"),
                "inventory-error-mass-without-count".to_owned()
            ),
            (
                4,
                Some("disposal_route"),
                r#"inventory-error-unknown-choice(value="shredded")"#.to_owned()
            ),
        ]
    );
}

#[test]
fn an_unknown_country_is_refused_by_the_model_with_its_line() {
    let errors = refused("asset,count,location\nlaptop,1,XYZ\n");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 2);
    assert_eq!(errors[0].message.id(), "inventory-error-model-refused");
    assert_eq!(
        errors[0].message.get("model"),
        Some(&sero_core::Arg::Text("end-user-device".to_owned()))
    );
}

#[test]
fn empty_inputs_are_refused() {
    assert_eq!(summary("")[0].2, "inventory-error-empty");
    assert_eq!(summary("asset,count\n")[0].2, "inventory-error-no-rows");
    assert_eq!(
        summary("asset,count\n\"laptop,1\n")[0],
        (2, None, "inventory-error-unclosed-quote".to_owned())
    );
}
