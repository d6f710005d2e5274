//! User-facing words of the command line, in one place so they can be translated.

pub mod energy;
pub mod page;

pub const TOTAL: &str = "Total";
pub const ASSUMPTIONS: &str = "Assumptions";
pub const WARNINGS: &str = "Warnings";
pub const INTERVAL_90: &str = "90% interval";
pub const TRANSACTIONS: &str = "transactions";
pub const CHANNEL: &str = "channel";
pub const FACTORS: &str = "factors";
pub const CHECK_OK: &str = "ok";
pub const COMPONENT_ONE: &str = "component";
pub const COMPONENT_MANY: &str = "components";
pub const CHANNEL_ONE: &str = "channel";
pub const CHANNEL_MANY: &str = "channels";

/// `1 component`, `3 components`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub const COMPARE_TITLE: &str = "Channels compared";
pub const PER_TRANSACTION: &str = "per";
pub const A_YEAR: &str = "in the period";
pub const MADE_OF: &str = "What each channel is made of";
pub const SUMMARY: &str = "In short";
pub const BOUNDARY: &str = "Boundaries";
pub const BOUNDARY_OK: &str =
    "every channel includes the same elements (or declares them not applicable)";
pub const SCENARIOS: &str = "Scenarios";
pub const CHART_WRITTEN: &str = "chart written to";

/// What an element is called in sentences.
pub fn element_name(element: sero_core::Element) -> &'static str {
    use sero_core::Element as E;
    match element {
        E::CitizenDevice => "citizens' devices",
        E::CitizenTravel => "citizens' travel",
        E::Network => "networks",
        E::Hosting => "hosting",
        E::StaffTime => "staff time",
        E::StaffDevice => "staff computers",
        E::StaffTravel => "staff travel",
        E::Paper => "paper",
        E::Post => "postage",
        E::Building => "buildings",
        E::Other => "other",
    }
}

/// "about 6.2 times as much as" / "about as much as" / "about 40% of".
pub fn comparison(ratio: f64) -> String {
    if !ratio.is_finite() {
        "incomparably more than".to_owned()
    } else if (0.9..=1.1).contains(&ratio) {
        "about as much as".to_owned()
    } else if ratio < 1.0 {
        format!("about {:.0}% of", ratio * 100.0)
    } else if ratio >= 10.0 {
        format!("about {ratio:.0} times as much as")
    } else {
        format!("about {ratio:.1} times as much as")
    }
}

/// A sentence comparing one channel with the lowest.
pub fn summary_line(
    unit: &str,
    channel: &str,
    baseline: &str,
    ratio: f64,
    mostly: &[&str],
) -> String {
    let mut line = format!(
        "one {unit} by \"{channel}\" emits {} one by \"{baseline}\"",
        comparison(ratio)
    );
    if !mostly.is_empty() {
        line.push_str(&format!(
            "; the difference is mostly {}",
            mostly.join(" and ")
        ));
    }
    let mut chars = line.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => line,
    }
}

/// "“Online form” leaves out citizens' travel, which “Face to face” includes."
pub fn gap_line(channel: &str, element: &str, included_by: &[String]) -> String {
    let others = included_by
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let verb = if included_by.len() == 1 {
        "includes"
    } else {
        "include"
    };
    format!(
        "\"{channel}\" leaves out {element}, which {others} {verb}: model it, or declare it `not_applicable` to the channel"
    )
}

pub const FIRST_VIEW: &str = "first view";
pub const REPEAT_VIEW: &str = "repeat view";
pub const PER_VISIT: &str = "per visit";
pub const RATING: &str = "rating";
pub const SWD_V4: &str = "Sustainable Web Design v4";
pub const GRADE: &str = "grade";
pub const REQUESTS: &str = "requests";
pub const DOM_ELEMENTS: &str = "DOM elements";
pub const BYTES: &str = "bytes";
pub const RESOURCE_TYPE: &str = "type";
pub const DOMAIN: &str = "domain";
pub const PARTY: &str = "party";
pub const FIRST_PARTY: &str = "first";
pub const THIRD_PARTY: &str = "third";
pub const GREEN: &str = "green hosting";
pub const GREEN_YES: &str = "green";
pub const GREEN_NO: &str = "not green";
pub const GREEN_UNKNOWN: &str = "unknown";
pub const GREEN_NOT_CHECKED: &str = "green hosting unknown for every domain, so all counted as grey (the greencheck API was off or did not answer; give --green-domain or --green-list)";
pub const FINDING: &str = "finding";
pub const AT_STAKE: &str = "at stake";
pub const SAVING: &str = "saving";
pub const NOT_ESTIMATED_SHORT: &str = "not estimated";
pub const WSG: &str = "WSG success criterion";
pub const BUDGET: &str = "budget";
pub const LIMIT: &str = "limit of this method";
pub const NOT_MEASURED: &str = "not measured";
pub const HTML_TITLE: &str = "sero page report";
