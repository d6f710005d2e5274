//! Tests of sero-cloud: Cloud Carbon Footprint parity on hand-built billing lines (the expected
//! values are CCF's formulas written out with its published constants), the readers of each
//! export format, malformed lines, compressed input and the aggregation query text.

mod azure_gcp;
mod formats;
mod methods;
mod parity;
mod parquet;

use sero_cloud::aggregate::{Dim, Options};
use sero_cloud::{Coefficients, Report, aggregate_csv};

/// Aggregates CSV text.
pub fn aggregate(csv: &str, group_by: &[Dim]) -> Report {
    let coefficients = Coefficients::bundled();
    aggregate_csv(
        &coefficients,
        csv.as_bytes(),
        Options {
            group_by: group_by.to_vec(),
            max_errors: None,
            method: Default::default(),
        },
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("aggregation failed: {e}"))
}

/// Aggregates CSV text with a method (`--method`).
pub fn aggregate_with(csv: &str, group_by: &[Dim], method: sero_cloud::Method) -> Report {
    let coefficients = Coefficients::bundled();
    aggregate_csv(
        &coefficients,
        csv.as_bytes(),
        Options {
            group_by: group_by.to_vec(),
            max_errors: None,
            method,
        },
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("aggregation failed: {e}"))
}

/// Asserts `a ≈ b` to 1e-12 relative.
#[track_caller]
pub fn close(a: f64, b: f64, what: &str) {
    let scale = a.abs().max(b.abs()).max(1e-300);
    assert!((a - b).abs() <= 1e-12 * scale, "{what}: {a} ≠ {b}");
}

/// An AWS CUR (legacy columns) with these lines: (usage type, product code, unit, vCPUs, amount, cost).
pub fn cur(lines: &[(&str, &str, &str, &str, &str, &str)]) -> String {
    let mut out = String::from(
        "identity/LineItemId,lineItem/UsageStartDate,lineItem/UsageAccountId,lineItem/LineItemType,lineItem/ProductCode,lineItem/UsageType,pricing/unit,product/region,product/vcpu,lineItem/UsageAmount,lineItem/UnblendedCost,lineItem/BlendedCost\n",
    );
    for (i, (usage_type, product, unit, vcpu, amount, cost)) in lines.iter().enumerate() {
        out.push_str(&format!(
            "id{i},2026-10-01T00:00:00Z,123456789012,Usage,{product},{usage_type},{unit},eu-west-2,{vcpu},{amount},{cost},{cost}\n"
        ));
    }
    out
}
