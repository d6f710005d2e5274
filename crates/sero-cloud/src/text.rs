//! The words of sero-cloud's messages, in one place (ready for a Welsh translation).

pub const METHOD_COST: &str = "kWh per unit of cost of known usage (same service and unit, else same unit, else all known usage) × the line's cost, as Cloud Carbon Footprint does for AWS and Google Cloud";
pub const METHOD_AMOUNT: &str = "kWh per unit of usage amount of known usage (same service and unit, else same unit, else all known usage) × the line's amount, as Cloud Carbon Footprint does for Azure";

pub fn missing_column(format: &str, column: &str) -> String {
    format!("this looks like an {format}, but it has no `{column}` column")
}

pub fn unknown_format(header: &[String]) -> String {
    let shown: Vec<&str> = header.iter().take(6).map(String::as_str).collect();
    format!(
        "the header is not one of a billing export sero reads (it starts `{}`); expected an AWS Cost and Usage Report (`lineItem/UsageStartDate` or `line_item_usage_start_date`), an Azure cost export (`MeterCategory`), a Google Cloud billing export (`usage_start_time`), or the result of `sero import cloud --sql` (`usage_amount`, `usage_unit`)",
        shown.join(",")
    )
}

pub fn short_record(found: usize, expected: usize) -> String {
    format!("the line has {found} fields, the header {expected}: a column is missing")
}

pub fn not_a_number(found: &str) -> String {
    format!("`{found}` is not a number")
}

pub fn negative(value: f64) -> String {
    format!("the usage amount `{value}` is negative")
}

pub fn bad_date(found: &str) -> String {
    format!("`{found}` is not a date (expected `YYYY-MM-DD…` or `MM/DD/YYYY`)")
}

pub fn bad_provider(found: &str) -> String {
    format!("provider `{found}` is not `aws`, `azure` or `gcp`")
}

pub fn mixed_providers(found: &str) -> String {
    format!(
        "this line is {found}'s, but earlier lines were another provider's: give one provider's result per file"
    )
}

pub fn csv_error(detail: &str) -> String {
    format!("the CSV cannot be read here ({detail})")
}

pub fn too_many_dims(max: usize) -> String {
    format!("at most {max} group-by dimensions")
}

pub fn parquet_error(detail: &str) -> String {
    format!("the Parquet file cannot be read ({detail})")
}
