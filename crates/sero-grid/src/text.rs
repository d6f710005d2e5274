//! The words sero-grid shows to people, in one place.

pub const NATIONAL_NAME: &str = "Great Britain";

pub const OFFLINE_HINT: &str = "sero works offline from the bundled annual DESNZ factors \
     (`sero estimate`, or `sero grid now --offline`); `--api-url` or \
     `SERO_CARBON_INTENSITY_URL` point sero at another copy of the API";
pub const API_ERROR_HINT: &str =
    "check the area and the dates; the API forecasts up to 48 hours ahead";
pub const MALFORMED_HINT: &str =
    "the API may have changed; `--api-url` points sero at another copy of it";
pub const REQUEST_HINT: &str = "give a start before the end, in whole half hours";

pub fn unreachable(base_url: &str, detail: &str) -> String {
    format!("could not reach the Carbon Intensity API at {base_url} ({detail})")
}

pub fn api_error(url: &str, status: u16, code: Option<&str>, message: Option<&str>) -> String {
    match (code, message) {
        (_, Some(message)) => format!(
            "the Carbon Intensity API refused `{url}` with {}: {message}",
            code.map_or_else(|| format!("HTTP status {status}"), str::to_owned)
        ),
        (Some(code), None) => format!("the Carbon Intensity API refused `{url}` with {code}"),
        (None, None) => {
            format!("the Carbon Intensity API refused `{url}` with HTTP status {status}")
        }
    }
}

pub fn malformed(url: &str, detail: &str) -> String {
    format!("the Carbon Intensity API's answer to `{url}` is not the documented JSON: {detail}")
}

pub fn area_unknown(input: &str) -> String {
    format!("`{input}` is not a GB grid area")
}

pub fn area_hint(suggestion: Option<&str>) -> String {
    let forms = "give `national`, a region (`south-wales`, `north-wales`, `wales`, `london`, …), \
                 `GB-REGION-7`, a region id 1–17 or a postcode outward code (`CF10`)";
    match suggestion {
        Some(name) => format!("did you mean `{name}`? {forms}"),
        None => forms.to_owned(),
    }
}

pub fn postcode_cut(input: &str, outward: &str) -> String {
    format!(
        "note: the API knows outward codes only, so `{}` is read as `{outward}`",
        input.trim()
    )
}

pub fn postcode_name(outward: &str) -> String {
    format!("postcode {outward}")
}

pub fn status(status: u16) -> String {
    format!("HTTP status {status}")
}

pub fn timed_out(seconds: f64) -> String {
    format!("no answer within {seconds} s")
}

pub fn tries(detail: &str, tries: u32) -> String {
    if tries > 1 {
        format!("{detail}, after {tries} tries")
    } else {
        detail.to_owned()
    }
}

pub fn empty_range(from: &str, to: &str) -> String {
    format!("the range {from} to {to} holds no half hour")
}
