//! User-facing words of the command line, in one place so they can be translated.

pub mod energy;

pub const ASSUMPTIONS: &str = "Assumptions";
pub const WARNINGS: &str = "Warnings";
pub const CHANNEL: &str = "channel";
pub const FACTORS: &str = "factors";

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
