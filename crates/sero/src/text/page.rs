//! User-facing words of `sero page` and `sero journey`, one function per sentence.

/// The units `--budget` takes, for hints.
pub const BUDGET_UNITS: &str =
    "grams of CO2e per view (`g`, `kg`) or bytes (`B`, `kB`, `KB`, `MB`, `KiB`, `MiB`)";

pub fn budget_without_unit(text: &str, number: &str) -> String {
    format!(
        "error: --budget {text} has no unit\n  = hint: did you mean {number}g or {number}MB? A budget is {BUDGET_UNITS}"
    )
}

pub fn budget_unknown_unit(text: &str, unit: &str) -> String {
    format!(
        "error: --budget {text}: `{unit}` is not a unit of a budget\n  = hint: a budget is {BUDGET_UNITS}, such as `0.3g` or `1MB`"
    )
}

pub fn budget_not_a_number(text: &str) -> String {
    format!(
        "error: --budget {text} is not a limit above 0\n  = hint: write a number and a unit, such as `0.3g` or `1MB`; a budget is {BUDGET_UNITS}"
    )
}

/// One line for a page over its budget: its actual value and the limit, in the same unit.
pub fn over_budget(url: &str, actual: &str, limit: &str, used: f64) -> String {
    format!(
        "over budget: {url}: {actual}, limit {limit} ({:.0}% of the budget)",
        used * 100.0
    )
}

/// The same for a journey.
pub fn journey_over_budget(name: &str, actual: &str, limit: &str, used: f64) -> String {
    format!(
        "over budget: journey `{name}`: {actual}, limit {limit} ({:.0}% of the budget)",
        used * 100.0
    )
}

/// The budget row of a report: `12.3 kB of 10 kB (123% of the budget) — over budget`.
pub fn budget_row(actual: &str, limit: &str, used: f64) -> String {
    format!(
        "{actual} of {limit} ({:.0}% of the budget){}",
        used * 100.0,
        if used > 1.0 { " — over budget" } else { "" }
    )
}

/// What the Sustainable Web Design rating measures, in one sentence.
pub fn swd_sentence(rating: &str) -> String {
    format!(
        "Sustainable Web Design rating {rating}: the grams of CO2e of one page view, estimated from the bytes transferred (SWD model v4), rated from A+ (least) to F (most)."
    )
}

/// What EcoIndex measures, in one sentence.
pub fn ecoindex_sentence(score: f64, grade: &str) -> String {
    format!(
        "EcoIndex {score}/100, grade {grade}: a score from the page's DOM size, requests and bytes, relative to a sample of web pages, graded from A (best) to G."
    )
}

/// EcoIndex's own estimate per view, with water's unit spelled out as EcoIndex defines it.
pub fn ecoindex_estimate(ges_g: f64, water_cl: f64) -> String {
    format!("EcoIndex's estimate per view: {ges_g} gCO2e and {water_cl} centilitres of water")
}

/// Which grid the grams are at.
pub fn grid_sentence(code: Option<&str>, g_per_kwh: &str, factor: Option<&str>) -> String {
    let source = factor
        .map(|f| format!(" (factor `{f}`)"))
        .unwrap_or_default();
    match code {
        Some("GBR") => format!(
            "Grid: the United Kingdom's annual average, {g_per_kwh} gCO2e/kWh{source}, for devices, networks and data centres, as in manifests."
        ),
        Some(code) => format!(
            "Grid: the annual average of {code}, {g_per_kwh} gCO2e/kWh{source}, for devices, networks and data centres."
        ),
        None => {
            format!("Grid: {g_per_kwh} gCO2e/kWh{source}, for devices, networks and data centres.")
        }
    }
}

pub const SUMMARY: &str = "Summary";
pub const BY_DOMAIN: &str = "Bytes by domain";
pub const FIX_FIRST: &str = "What to fix first, largest estimated saving first";
pub const ALSO_FOUND: &str = "Also found, with no saving estimated";
pub const RANK: &str = "rank";
pub const ECOINDEX: &str = "EcoIndex";
