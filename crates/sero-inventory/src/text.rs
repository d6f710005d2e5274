//! The messages of the inventory importer (row errors and their hints), as ids with typed
//! arguments; the command line renders them in the reader's language.

use sero_core::{Message, msg};

use crate::assets;

pub fn unclosed_quote() -> Message {
    msg!("inventory-error-unclosed-quote")
}

pub fn unclosed_quote_hint() -> Message {
    msg!("inventory-hint-unclosed-quote")
}

pub fn empty() -> Message {
    msg!("inventory-error-empty")
}

pub fn no_rows() -> Message {
    msg!("inventory-error-no-rows")
}

pub fn duplicate_column_hint() -> Message {
    msg!("inventory-hint-duplicate-column")
}

pub fn field_count_hint() -> Message {
    msg!("inventory-hint-field-count")
}

pub fn empty_asset() -> Message {
    msg!("inventory-error-empty-asset")
}

pub fn number_hint() -> Message {
    msg!("inventory-hint-number")
}

pub fn negative_hint() -> Message {
    msg!("inventory-hint-negative")
}

pub fn whole_hint() -> Message {
    msg!("inventory-hint-whole")
}

pub fn location_hint() -> Message {
    msg!("inventory-hint-location")
}

pub fn service_needs_kwh() -> Message {
    msg!("inventory-error-service-needs-kwh")
}

pub fn empty_count() -> Message {
    msg!("inventory-error-empty-count")
}

pub fn empty_count_hint() -> Message {
    msg!("inventory-hint-empty-count")
}

pub fn route_needed() -> Message {
    msg!("inventory-error-route-needed")
}

pub fn mass_without_count() -> Message {
    msg!("inventory-error-mass-without-count")
}

pub fn mass_without_count_hint() -> Message {
    msg!("inventory-hint-mass-without-count")
}

pub fn hours_hint() -> Message {
    msg!("inventory-hint-hours")
}

pub fn zero_life() -> Message {
    msg!("inventory-error-zero-life")
}

pub fn zero_life_hint() -> Message {
    msg!("inventory-hint-zero-life")
}

pub fn pue_below_one() -> Message {
    msg!("inventory-error-pue-below-one")
}

pub fn pue_hint() -> Message {
    msg!("inventory-hint-pue")
}

pub fn not_finite() -> Message {
    msg!("inventory-error-not-finite")
}

pub fn not_finite_hint() -> Message {
    msg!("inventory-hint-not-finite")
}

pub fn model_refused_hint() -> Message {
    msg!("inventory-hint-model-refused")
}

pub fn missing_factor_hint() -> Message {
    msg!("inventory-hint-missing-factor")
}

pub fn header_hint(columns: &[&str]) -> Message {
    msg!("inventory-hint-header", columns = columns.join(", "))
}

pub fn duplicate_column(name: &str) -> Message {
    msg!("inventory-error-duplicate-column", column = name)
}

pub fn unknown_column(name: &str) -> Message {
    msg!("inventory-error-unknown-column", column = name)
}

pub fn did_you_mean(name: &str) -> Message {
    msg!("inventory-hint-did-you-mean", name = name)
}

pub fn missing_column(name: &str) -> Message {
    msg!("inventory-error-missing-column", column = name)
}

pub fn field_count(got: usize, want: usize) -> Message {
    msg!("inventory-error-field-count", cells = got, columns = want)
}

fn asset_names() -> String {
    assets::names().join(", ")
}

pub fn asset_hint() -> Message {
    msg!("inventory-hint-assets", assets = asset_names())
}

pub fn asset_did_you_mean(name: &str) -> Message {
    msg!(
        "inventory-hint-asset-did-you-mean",
        name = name,
        assets = asset_names()
    )
}

pub fn unknown_asset(name: &str) -> Message {
    msg!("inventory-error-unknown-asset", asset = name)
}

pub fn unknown_choice(value: &str) -> Message {
    msg!("inventory-error-unknown-choice", value = value)
}

pub fn choices(names: &[&str]) -> Message {
    msg!("inventory-hint-choices", choices = names.join(", "))
}

pub fn not_a_number(value: &str) -> Message {
    msg!("inventory-error-not-a-number", value = value)
}

pub fn negative(value: &str) -> Message {
    msg!("inventory-error-negative", value = value)
}

pub fn not_whole(value: &str) -> Message {
    msg!("inventory-error-not-whole", value = value)
}

pub fn bad_location(value: &str) -> Message {
    msg!("inventory-error-bad-location", value = value)
}

pub fn not_for_asset(column: &str, asset: &str) -> Message {
    msg!(
        "inventory-error-not-for-asset",
        column = column,
        asset = asset
    )
}

pub fn not_for_asset_hint(service: bool) -> Message {
    if service {
        msg!("inventory-hint-not-for-service")
    } else {
        msg!("inventory-hint-not-for-hardware")
    }
}

pub fn hosting_conflict(asset: &str, hosting: &str) -> Message {
    msg!(
        "inventory-error-hosting-conflict",
        asset = asset,
        hosting = hosting
    )
}

pub fn service_needs_kwh_hint(has_cost: bool) -> Message {
    if has_cost {
        msg!("inventory-hint-service-kwh-not-cost")
    } else {
        msg!("inventory-hint-service-kwh")
    }
}

pub fn no_archetype(asset: &str, column: &str) -> Message {
    msg!(
        "inventory-error-no-archetype",
        asset = asset,
        column = column
    )
}

pub fn no_archetype_hint(column: &str) -> Message {
    msg!("inventory-hint-no-archetype", column = column)
}

pub fn too_many_hours(hours: f64) -> Message {
    msg!("inventory-error-too-many-hours", hours = hours)
}

pub fn model_refused(model: &str, error: Message) -> Message {
    msg!(
        "inventory-error-model-refused",
        model = model,
        error = error
    )
}

pub fn missing_factor(id: &str, unit: &str) -> Message {
    msg!("inventory-error-missing-factor", factor = id, unit = unit)
}
