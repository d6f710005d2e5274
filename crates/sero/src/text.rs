//! User-facing words of the command line, in one place so they can be translated.

pub mod energy;
pub mod page;

pub const TOTAL: &str = "Total";
pub const ASSUMPTIONS: &str = "Assumptions";
pub const WARNINGS: &str = "Warnings";
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

/// The words of `sero grid`.
pub mod grid {
    pub const REGION: &str = "region";
    pub const NOW_TITLE: &str = "Carbon intensity now";
    pub const HALF_HOUR: &str = "half hour";
    pub const INTENSITY: &str = "intensity";
    pub const INDEX: &str = "index";
    pub const DNO_REGION: &str = "distribution area";
    pub const NOT_PUBLISHED: &str = "not published";
    pub const ESTIMATED_ACTUAL: &str = "estimated actual";
    pub const FORECAST: &str = "forecast";
    pub const GENERATION_MIX: &str = "Generation mix";
    pub const FUEL: &str = "fuel";
    pub const SHARE: &str = "share";
    pub const SOURCE: &str = "Source";
    pub const CO2_ONLY_NOTE: &str = "note: the Carbon Intensity API gives grams of CO2 only (no other greenhouse gas) per kWh generated, by half hour; public bodies report with DESNZ's annual kgCO2e/kWh (`sero estimate`)";
    pub const FORECAST_TITLE: &str = "Forecast";
    pub const FROM_UTC: &str = "from (UTC)";
    pub const FROM_LONDON: &str = "from (Europe/London)";
    pub const CHART_X: &str = "Start of half hour (Europe/London)";
    pub const CHART_Y: &str = "gCO2/kWh (CO2 only, generation)";
    pub const CHART_DESCRIPTION: &str = "Forecast carbon intensity of electricity generation by half hour, from the Carbon Intensity API (NESO, CC BY 4.0); CO2 only.";
    pub const CHART_HINT: &str = "check that the directory exists and can be written";
    pub const START: &str = "start";
    pub const END: &str = "end";
    pub const MEAN: &str = "mean intensity";
    pub const IF_NOW: &str = "if started now";
    pub const SAVING_VS_NOW: &str = "saving vs now";
    pub const CUT_BY_FORECAST: &str =
        "note: the forecast ends before the horizon; only the starts it covers were compared";
    pub const WINDOW_NOTE: &str = "note: a forecast, of CO2 only from generation (Carbon Intensity API); the intensity on the day will differ, and DESNZ's annual kgCO2e/kWh remains what public bodies report";
    pub const HOURS_RANGE: &str = "give 1 to 48 hours";
    pub const HORIZON_HINT: &str = "the Carbon Intensity API forecasts up to 48 hours ahead";
    pub const POSITIVE_DURATION: &str = "a job's duration must be more than zero";
    pub const DURATION_HINT: &str = "give a duration such as `3h`, `90m` or `1h 30m`";
    pub const WITHIN_RANGE: &str = "give a horizon from 30m to 48h";
    pub const NOT_A_POSTCODE: &str = "not a postcode";
    pub const POSTCODE_HINT: &str =
        "give an outward code such as `CF10`, or a region with --region";
    pub const NOT_A_DURATION: &str = "not a duration";
    pub const OFFLINE_TITLE: &str = "Offline: the bundled annual DESNZ factor for UK electricity";
    pub const DESNZ_LABEL: &str = "kgCO2e/kWh (CO2, CH4 and N2O, DESNZ 2025, location-based)";
    pub const ANNUAL_AVERAGE: &str = "an annual average for the whole UK, not the grid at this half hour or in this region; it is the factor for reporting location-based Scope 2";

    pub fn chart_title(area: &str) -> String {
        format!("Carbon intensity forecast: {area}")
    }

    pub fn window_title(duration: &str, within_hours: &str, area: &str) -> String {
        format!("Best window for a {duration} job ending within {within_hours} h: {area}")
    }

    pub fn rounded_up(given: &str, half_hours: &str) -> String {
        format!("note: --duration {given} rounded up to whole half hours: {half_hours}")
    }

    pub fn longer_than_horizon(duration: &str, within: &str) -> String {
        format!("a job of {duration} does not fit within {within}")
    }

    pub fn forecast_too_short(half_hours: usize) -> String {
        format!("the forecast holds {half_hours} half hours from now, fewer than the job needs")
    }
}

/// `sero estimate --accounting`: location-based and time-series accounting of electricity.
pub mod accounting {
    use jiff::Timestamp;
    use sero_core::timeseries::{CsvError, Weighted};

    use crate::output::{count, kg, number};

    pub const CSV_REFUSED: &str = "error: time-series accounting is shown in the table and JSON \
         reports, not in CSV\n  = hint: use `--format json`, or `--accounting location` for CSV";
    pub const OFFLINE_FLAG: &str = "--offline";
    pub const NOTHING_PUBLISHED: &str =
        "the Carbon Intensity API published no intensity for any half hour with energy";
    pub const GREAT_BRITAIN: &str = "Great Britain";
    pub const TITLE_TIME_SERIES: &str =
        "Electricity, time-series accounting (half-hourly GB grid intensity × when it is used)";
    pub const TITLE_BOTH: &str =
        "Electricity, location-based and time-series accounting side by side";
    pub const COMPONENT: &str = "component";
    pub const GRID: &str = "grid";
    pub const ENERGY: &str = "electricity kWh";
    pub const LOCATION_COLUMN: &str = "location kgCO2e";
    pub const TIME_SERIES_COLUMN: &str = "time-series kg*";
    pub const DIFFERENCE: &str = "difference kg";
    pub const BASIS: &str = "time-series basis";
    pub const TOTAL: &str = "Total";
    pub const FALLBACK_SHORT: &str = "annual factors (API not used)";
    pub const NOT_GB: &str = "annual factors (grid not in Great Britain)";
    pub const NO_ELECTRICITY: &str = "annual factors (no GB grid electricity)";
    pub const LOCATION_BASIS: &str = "location kgCO2e: DESNZ's annual UK factors, location-based, \
         CO2, CH4 and N2O as CO2e — the figure the annual return needs; the same for every \
         half hour and every part of the UK";
    pub const TIME_SERIES_BASIS: &str = "time-series kg*: GB electricity generation weighed half \
         hour by half hour by the Carbon Intensity API's intensity of its region (NESO, CC BY 4.0; \
         gCO2/kWh, CO2 only, from generation; the estimated actual where published, nationally, \
         else the forecast), times in UTC; hours_of_day in UK local time";
    pub const OTHER_PARTS: &str = "other parts (T&D losses, well-to-tank, embodied emissions, \
         components not on a grid in Great Britain) stay at the annual factors";
    pub const DIFFERENCE_EXPLAINED: &str = "the difference comes from two things: gases (the API \
         counts CO2 only, DESNZ adds CH4 and N2O, about 1% of the 2024 factor) and weighting (the \
         API follows the hour and the region the energy is used in; DESNZ averages a year of the \
         whole UK, with a data lag of one to two years)";

    pub fn no_time_zone(detail: &str) -> String {
        format!(
            "error: the time zone database has no Europe/London ({detail})\n  = hint: install the \
             system's tzdata, or use `series` instead of `hours_of_day`"
        )
    }

    pub fn series_unreadable(path: &str, e: &std::io::Error) -> String {
        format!(
            "error: cannot read `{path}`: {e}\n  = hint: the path of `series` is relative to the manifest"
        )
    }

    pub fn series_broken(path: &str, e: &CsvError) -> String {
        format!(
            "error: `{path}` {e}\n  = hint: a series has rows `from,kwh` or `from,to,kwh`, times \
             such as `2025-04-01T00:00Z`"
        )
    }

    pub fn period_out_of_range(
        start: &sero_core::service::Date,
        end: &sero_core::service::Date,
    ) -> String {
        format!(
            "error: the period {start} to {end} cannot be accounted half hour by half hour\n  = \
             hint: give a period between the years 1 and 9999"
        )
    }

    pub fn period_line(from: Timestamp, to: Timestamp) -> String {
        format!("  Half hours from {from} to {to} (UTC)")
    }

    pub fn coverage(w: &Weighted) -> String {
        if w.gap_kwh > 0.0 {
            format!(
                "covers {} of {} half hours; {} kWh in gaps not counted",
                count(w.covered as f64),
                count(w.half_hours as f64),
                number(w.gap_kwh)
            )
        } else {
            format!(
                "covers {} of {} half hours",
                count(w.covered as f64),
                count(w.half_hours as f64)
            )
        }
    }

    pub fn component_coverage(path: &str, w: &Weighted) -> String {
        let mean = w.mean_g_per_kwh();
        format!(
            "`{path}`: {}; {} kgCO2 at an energy-weighted mean of {} gCO2/kWh",
            coverage(w),
            kg(w.kg),
            if mean.is_finite() {
                number(mean)
            } else {
                "–".to_owned()
            }
        )
    }

    pub fn components_fallback(paths: &[&str], reason: &str) -> String {
        let paths: Vec<String> = paths.iter().map(|p| format!("`{p}`")).collect();
        format!(
            "{}: annual factors instead of time-series accounting, because {}",
            paths.join(", "),
            fallback_reason(reason)
        )
    }

    fn fallback_reason(reason: &str) -> String {
        if reason == OFFLINE_FLAG {
            "of `--offline`".to_owned()
        } else {
            format!("the Carbon Intensity API could not be used: {reason}")
        }
    }

    pub fn fallback_warning(reason: &str) -> String {
        format!(
            "time-series accounting fell back to the annual factors, because {}",
            fallback_reason(reason)
        )
    }

    pub fn gaps_warning(path: &str, w: &Weighted) -> String {
        format!(
            "`{path}`: {} half hours with energy have no intensity; their {} kWh are not counted \
             in the time-series figure",
            count((w.half_hours - w.covered) as f64),
            number(w.gap_kwh)
        )
    }
}
