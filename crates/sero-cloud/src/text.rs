//! The messages of sero-cloud (malformed lines, header errors, assumptions, methods), as ids
//! with typed arguments; the command line renders them in the reader's language.

use sero_core::{Message, msg};

pub fn method_cost() -> Message {
    msg!("cloud-method-cost")
}

pub fn method_amount() -> Message {
    msg!("cloud-method-amount")
}

pub fn method_amount_same_unit_ccf() -> Message {
    msg!("cloud-method-amount-same-unit-ccf")
}

pub fn method_cost_same_unit_ccf() -> Message {
    msg!("cloud-method-cost-same-unit-ccf")
}

pub fn missing_column(format: Message, column: &str) -> Message {
    msg!(
        "cloud-error-missing-column",
        format = format,
        column = column
    )
}

pub fn unknown_format(header: &[String]) -> Message {
    let shown: Vec<&str> = header.iter().take(6).map(String::as_str).collect();
    msg!("cloud-error-unknown-format", header = shown.join(","))
}

pub fn short_record(found: usize, expected: usize) -> Message {
    msg!(
        "cloud-error-short-record",
        found = found,
        expected = expected
    )
}

pub fn not_a_number(found: &str) -> Message {
    msg!("cloud-error-not-a-number", value = found)
}

pub fn negative(value: f64) -> Message {
    msg!("cloud-error-negative", value = sero_core::Arg::Exact(value))
}

pub fn bad_unit(found: &str) -> Message {
    msg!("cloud-error-bad-unit", value = found)
}

pub fn bad_date(found: &str) -> Message {
    msg!("cloud-error-bad-date", value = found)
}

pub fn bad_provider(found: &str) -> Message {
    msg!("cloud-error-bad-provider", value = found)
}

pub fn mixed_providers(found: &str) -> Message {
    msg!("cloud-error-mixed-providers", provider = found)
}

pub fn csv_unreadable() -> Message {
    msg!("cloud-error-csv")
}

pub fn not_utf8(field: usize) -> Message {
    msg!("cloud-error-not-utf8", field = field)
}

pub fn header_not_utf8(column: usize) -> Message {
    msg!("cloud-error-header-not-utf8", column = column)
}

pub fn long_record(found: usize, expected: usize) -> Message {
    msg!(
        "cloud-error-long-record",
        found = found,
        expected = expected
    )
}

pub fn too_many_dims(max: usize) -> Message {
    msg!("cloud-error-too-many-dims", max = max)
}

pub fn parquet_error(detail: &str) -> Message {
    msg!("cloud-error-parquet", detail = detail)
}

/// The Parquet file's columns differ between two readings (it changed while it was read).
pub fn parquet_changed() -> Message {
    msg!("cloud-error-parquet-changed")
}

/// Compute at the provider's fallback watts per vCPU, and why.
pub fn assumed_fallback(why: Message, min: f64, max: f64, provider: &str) -> Message {
    msg!(
        "cloud-assumed-fallback-watts",
        why = why,
        min = sero_core::Arg::Exact(min),
        max = sero_core::Arg::Exact(max),
        provider = provider
    )
}

/// AWS's average watts per vCPU, where CCF knows no processor for the line (its embodied share,
/// where CCF's tables give one, is counted).
pub fn assumed_watts_average(why: Message, min: f64, max: f64, provider: &str) -> Message {
    msg!(
        "cloud-assumed-watts-average",
        why = why,
        min = sero_core::Arg::Exact(min),
        max = sero_core::Arg::Exact(max),
        provider = provider
    )
}

pub fn why_unknown_processor(name: &str) -> Message {
    msg!("cloud-why-unknown-processor", name = name)
}

pub fn why_vcpu_hours(usage_type: &str) -> Message {
    msg!("cloud-why-vcpu-hours", usage_type = usage_type)
}

pub fn why_no_instance_type(usage_type: &str) -> Message {
    msg!("cloud-why-no-instance-type", usage_type = usage_type)
}

pub fn why_unknown_instance(name: &str) -> Message {
    msg!("cloud-why-unknown-instance", name = name)
}

pub fn assumed_unknown_instance_by_cost(name: &str) -> Message {
    msg!("cloud-assumed-unknown-instance-by-cost", name = name)
}

pub fn why_vm_size(meter: &str, vcpus: f64) -> Message {
    msg!(
        "cloud-why-vm-size",
        meter = meter,
        vcpus = sero_core::Arg::Exact(vcpus)
    )
}

pub fn why_no_machine_type(sku: &str) -> Message {
    msg!("cloud-why-no-machine-type", sku = sku)
}
