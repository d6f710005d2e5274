//! Parity with CO2.js 0.19.0: every case in `tests/data/co2js-0.19.0-vectors.json` (produced by
//! running `@tgwf/co2@0.19.0`, see `scripts/co2js-vectors/`) must come out of sero with the
//! same bits, not merely close: the tolerance is zero, which is within the 1e-9.
//!
//! Where CO2.js silently ignores an option (visit shares with perByte, a green hosting factor in
//! SWD v3, any option in OneByte), the case is run without it, and sero is checked to refuse
//! the option instead.

use serde_json::Value;

use sero_core::model::Context;
use sero_core::models::data_transfer::{
    Intensity, Method, Per, TransferRequest, estimate_transfer, rating,
};

const VECTORS: &str = include_str!("../data/co2js-0.19.0-vectors.json");

fn intensity(value: &Value) -> Option<Intensity> {
    match value {
        Value::Number(n) => Some(Intensity::GramsPerKwh(n.as_f64().unwrap())),
        Value::Object(o) => Some(Intensity::Country(
            o["country"].as_str().unwrap().to_owned(),
        )),
        _ => None,
    }
}

/// The request with every option the case gave CO2.js.
fn given(case: &Value) -> TransferRequest {
    let method = match case["model"].as_str().unwrap() {
        "swd-v4" => Method::SwdV4,
        "swd-v3" => Method::SwdV3,
        "onebyte" => Method::OneByte,
        other => panic!("unknown model {other}"),
    };
    let mut request = TransferRequest::new(method, case["bytes"].as_f64().unwrap());
    request.per = match case["method"].as_str().unwrap() {
        "perByte" | "perByteTrace" => Per::Byte,
        _ => Per::Visit,
    };
    request.green = case["green"].as_bool().unwrap();
    if let Value::Object(options) = &case["options"] {
        if let Some(Value::Object(grid)) = options.get("gridIntensity") {
            request.device = grid.get("device").and_then(intensity);
            request.network = grid.get("network").and_then(intensity);
            request.data_centre = grid.get("dataCenter").and_then(intensity);
        }
        request.green_hosting_factor = options.get("greenHostingFactor").and_then(Value::as_f64);
        request.first_visit_share = options.get("firstVisitPercentage").and_then(Value::as_f64);
        request.return_visit_share = options.get("returnVisitPercentage").and_then(Value::as_f64);
        request.data_reload_ratio = options.get("dataReloadRatio").and_then(Value::as_f64);
    }
    request
}

/// The request CO2.js actually computes (without the options it ignores), and whether it
/// ignored any.
fn request(case: &Value) -> (TransferRequest, bool) {
    let mut request = given(case);
    let mut ignored = false;
    if request.per == Per::Byte
        && (request.first_visit_share.is_some()
            || request.return_visit_share.is_some()
            || request.data_reload_ratio.is_some())
    {
        ignored = true;
        request.first_visit_share = None;
        request.return_visit_share = None;
        request.data_reload_ratio = None;
    }
    if (request.method != Method::SwdV4 || request.green) && request.green_hosting_factor.is_some()
    {
        ignored = true;
        request.green_hosting_factor = None;
    }
    if request.method == Method::SwdV3 && request.green && request.data_centre.is_some() {
        ignored = true;
        request.data_centre = None;
    }
    if request.method == Method::OneByte
        && (request.device.is_some() || request.network.is_some() || request.data_centre.is_some())
    {
        ignored = true;
        request.device = None;
        request.network = None;
        request.data_centre = None;
    }
    (request, ignored)
}

fn cases() -> Vec<Value> {
    let document: Value = serde_json::from_str(VECTORS).expect("vectors parse");
    assert_eq!(document["co2js_version"], "0.19.0");
    document["cases"].as_array().unwrap().clone()
}

#[test]
fn totals_equal_co2js_bit_for_bit() {
    let library = super::library();
    let cases = cases();
    assert!(cases.len() > 1500, "expected the full vector set");
    let mut failures = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        let (request, _) = request(case);
        let mut ctx = Context::explaining(library, 8760.0);
        let result = match estimate_transfer(&request, &mut ctx) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("case {index}: error {e}: {case}"));
                continue;
            }
        };
        let expected = case["co2_g"].as_f64().unwrap();
        if result.co2e_g.to_bits() != expected.to_bits() {
            failures.push(format!(
                "case {index}: sero {} vs CO2.js {expected}: {case}",
                result.co2e_g
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}

#[test]
fn segments_and_ratings_equal_co2js() {
    let library = super::library();
    let mut compared = 0;
    let mut failures = Vec::new();
    for (index, case) in cases().iter().enumerate() {
        let (request, _) = request(case);
        let mut ctx = Context::explaining(library, 8760.0);
        let result = estimate_transfer(&request, &mut ctx).unwrap();
        if let Some(expected) = case["rating"].as_str()
            && result.rating != Some(expected)
        {
            failures.push(format!(
                "case {index}: rating {:?} vs {expected}",
                result.rating
            ));
        }
        let Value::Object(segments) = &case["segments"] else {
            continue;
        };
        for (key, value) in segments {
            if key == "total" || key == "rating" {
                continue;
            }
            compared += 1;
            let expected = value.as_f64().unwrap();
            match result.segments.iter().find(|(k, _)| k == key) {
                Some((_, got)) if got.to_bits() == expected.to_bits() => {}
                Some((_, got)) => failures.push(format!("case {index}: {key} {got} vs {expected}")),
                None => failures.push(format!("case {index}: sero has no segment {key}")),
            }
        }
    }
    assert!(compared > 1000, "only {compared} segment values compared");
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}

#[test]
fn options_co2js_ignores_are_refused() {
    let library = super::library();
    let mut refused = 0;
    for case in cases() {
        let (_, ignored) = request(&case);
        if !ignored {
            continue;
        }
        let mut ctx = Context::explaining(library, 8760.0);
        let outcome = estimate_transfer(&given(&case), &mut ctx);
        assert!(
            outcome.is_err(),
            "sero accepted an option CO2.js ignores: {case}"
        );
        refused += 1;
    }
    assert!(refused > 50, "only {refused} cases exercised the refusals");
}

#[test]
fn negative_bytes_are_refused_where_co2js_returns_negative_grams() {
    let library = super::library();
    for method in [Method::SwdV3, Method::SwdV4, Method::OneByte] {
        let mut ctx = Context::explaining(library, 8760.0);
        let error = estimate_transfer(&TransferRequest::new(method, -5.0), &mut ctx).unwrap_err();
        assert!(error.to_string().contains("bytes"), "{error}");
    }
}

#[test]
fn unknown_country_is_refused_where_co2js_falls_back_silently() {
    let library = super::library();
    let mut request = TransferRequest::new(Method::SwdV4, 1e9);
    request.device = Some(Intensity::Country("XYZ".to_owned()));
    let mut ctx = Context::explaining(library, 8760.0);
    let error = estimate_transfer(&request, &mut ctx).unwrap_err();
    assert_eq!(
        error,
        sero_core::model::ModelError::InvalidInput {
            name: "grid_intensity".to_owned(),
            reason: sero_core::msg!("manifest-input-no-grid-average", code = "XYZ"),
        }
    );
}

#[test]
fn rating_boundaries_are_inclusive_as_in_co2js() {
    // Verified by running CO2.js 0.19.0: 0.04 → A+, 0.0400001 → A,
    // 0.359 → E, 0.36 → F (v4).
    assert_eq!(rating(Method::SwdV4, 0.04), Some("A+"));
    assert_eq!(rating(Method::SwdV4, 0.0400001), Some("A"));
    assert_eq!(rating(Method::SwdV4, 0.359), Some("E"));
    assert_eq!(rating(Method::SwdV4, 0.36), Some("F"));
    assert_eq!(rating(Method::SwdV3, 0.846), Some("E"));
    assert_eq!(rating(Method::SwdV3, 0.847), Some("F"));
    assert_eq!(rating(Method::OneByte, 0.01), None);
}

#[test]
fn website_carbon_example_is_reproduced() {
    // Website Carbon's documented /data example (bytes=12345678, green=1) is CO2.js perVisit
    // with 75/25/2% visits, times 1e9/2^30 (it divides by GiB): 1.0506427318758333.
    let library = super::library();
    let mut request = TransferRequest::new(Method::SwdV4, 12_345_678.0);
    request.per = Per::Visit;
    request.green = true;
    request.first_visit_share = Some(0.75);
    request.return_visit_share = Some(0.25);
    request.data_reload_ratio = Some(0.02);
    let mut ctx = Context::explaining(library, 8760.0);
    let result = estimate_transfer(&request, &mut ctx).unwrap();
    assert_eq!(result.co2e_g, 1.1281190432967003);
    assert_eq!(result.co2e_g * 1e9 / 1_073_741_824.0, 1.0506427318758333);
}
