//! `sero grid`: the GB grid's carbon intensity now, its forecast, and the best window to run a job.
//!
//! Live figures come from the Carbon Intensity API (NESO) through `sero-grid`; `--offline`, and
//! any failure to reach the API, show the bundled annual DESNZ factor instead.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use crate::output::document::Kind;

use sero_core::factor::FactorLibrary;
use sero_core::model::format_number;
use sero_grid::jiff::{SignedDuration, Timestamp, tz::TimeZone};
use sero_grid::{Area, Client, Config, GridError, HalfHour, Now, Window, WindowError};

use super::print;
use crate::Failure;
use crate::output::Grid;
use crate::text::grid as words;

/// The bundled factor shown offline: DESNZ 2025, UK electricity generated (location-based).
const OFFLINE_FACTOR: &str = "desnz/2025/electricity-generation";
/// The API's forecast horizon ("up to 2 days ahead", API documentation).
const MAX_HOURS: u32 = 48;

#[derive(Debug, Args)]
pub struct GridArgs {
    #[command(subcommand)]
    pub command: GridCommand,
}

#[derive(Debug, Subcommand)]
pub enum GridCommand {
    /// The current half hour: intensity, index, generation mix
    Now(NowArgs),
    /// The forecast by half hour, as a table and optionally an SVG chart
    Forecast(ForecastArgs),
    /// The start that gives a job the lowest mean forecast intensity
    Window(WindowArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum GridFormat {
    #[default]
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Area: `national` (default), a region (`south-wales`, `north-wales`, `wales`, `london`,
    /// …), `GB-REGION-7`, `GB-WALES` or a region id 1–17
    #[arg(long, value_name = "AREA")]
    pub region: Option<String>,
    /// A postcode's outward code (`CF10`); a full postcode is cut to it
    #[arg(long, value_name = "OUTWARD", conflicts_with = "region")]
    pub postcode: Option<String>,
    /// The Carbon Intensity API's base URL (default: $SERO_CARBON_INTENSITY_URL, else
    /// https://api.carbonintensity.org.uk)
    #[arg(long, value_name = "URL")]
    pub api_url: Option<String>,
    /// Ask nothing: show the bundled annual DESNZ UK factor
    #[arg(long)]
    pub offline: bool,
    /// A table for people, or a JSON document
    #[arg(long, value_enum, default_value_t)]
    pub format: GridFormat,
}

#[derive(Debug, Args)]
pub struct NowArgs {
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct ForecastArgs {
    #[command(flatten)]
    pub common: Common,
    /// Hours ahead, 1–48
    #[arg(long, default_value_t = MAX_HOURS)]
    pub hours: u32,
    /// Also write the forecast as an SVG chart to this file
    #[arg(long, value_name = "FILE")]
    pub chart: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct WindowArgs {
    #[command(flatten)]
    pub common: Common,
    /// How long the job runs (`3h`, `90m`, `1h 30m`); rounded up to whole half hours
    #[arg(long, value_name = "DURATION")]
    pub duration: String,
    /// The job must end within this time from now (at most 48h)
    #[arg(long, value_name = "DURATION", default_value = "24h")]
    pub within: String,
}

pub fn run(args: GridArgs) -> Result<(), Failure> {
    match args.command {
        GridCommand::Now(args) => now(&args),
        GridCommand::Forecast(args) => forecast(&args),
        GridCommand::Window(args) => window(&args),
    }
}

fn now(args: &NowArgs) -> Result<(), Failure> {
    let common = &args.common;
    let area = area(common)?;
    if common.offline {
        return print(&offline(common.format, None)?);
    }
    let now = client(common)
        .now(&area)
        .or_else(|e| fallback(common.format, e))?;
    print(&match common.format {
        GridFormat::Json => to_json(Kind::GridNow, now_json(&now))?,
        GridFormat::Table => now_table(&now),
    })
}

fn forecast(args: &ForecastArgs) -> Result<(), Failure> {
    let common = &args.common;
    if !(1..=MAX_HOURS).contains(&args.hours) {
        return Err(Failure::input(format!(
            "error: --hours {}: {}\n  = hint: {}",
            args.hours,
            words::HOURS_RANGE,
            words::HORIZON_HINT
        )));
    }
    let area = area(common)?;
    if common.offline {
        return print(&offline(common.format, None)?);
    }
    let series = client(common)
        .forecast(&area, args.hours)
        .or_else(|e| fallback(common.format, e))?;
    if let Some(path) = &args.chart {
        let svg = sero_report::line_chart_svg(&chart(&area, &series));
        std::fs::write(path, svg).map_err(|e| {
            Failure::input(format!(
                "error: cannot write the chart `{}`: {e}\n  = hint: {}",
                path.display(),
                words::CHART_HINT
            ))
        })?;
        eprintln!("{} {}", crate::text::CHART_WRITTEN, path.display());
    }
    print(&match common.format {
        GridFormat::Json => to_json(
            Kind::GridForecast,
            json!({
                "area": area.to_string(),
                "area_name": area.name(),
                "unit": sero_grid::UNIT_LABEL,
                "source": sero_grid::SOURCE,
                "half_hours": series.iter().map(half_hour_json).collect::<Vec<_>>(),
            }),
        )?,
        GridFormat::Table => forecast_table(&area, &series),
    })
}

fn window(args: &WindowArgs) -> Result<(), Failure> {
    let common = &args.common;
    let duration = parse_duration("--duration", &args.duration)?;
    let within = parse_duration("--within", &args.within)?;
    let Some(job) = sero_grid::job_length(duration) else {
        return Err(Failure::input(format!(
            "error: --duration {}: {}\n  = hint: {}",
            args.duration,
            words::POSITIVE_DURATION,
            words::DURATION_HINT
        )));
    };
    if within > SignedDuration::from_hours(i64::from(MAX_HOURS)) || within.is_negative() {
        return Err(Failure::input(format!(
            "error: --within {}: {}\n  = hint: {}",
            args.within,
            words::WITHIN_RANGE,
            words::HORIZON_HINT
        )));
    }
    let area = area(common)?;
    if common.offline {
        return print(&offline(common.format, None)?);
    }
    let hours = u32::try_from((within.as_secs() + 3599) / 3600).unwrap_or(MAX_HOURS);
    let series = client(common)
        .forecast(&area, hours.clamp(1, MAX_HOURS))
        .or_else(|e| fallback(common.format, e))?;
    let best = sero_grid::best_window(&series, job.half_hours, within).map_err(|e| {
        let message = match e {
            WindowError::LongerThanHorizon => {
                words::longer_than_horizon(&args.duration, &args.within)
            }
            WindowError::ForecastTooShort {
                half_hours_available,
            } => words::forecast_too_short(half_hours_available),
        };
        Failure::input(format!(
            "error: {message}\n  = hint: {}",
            words::HORIZON_HINT
        ))
    })?;
    if job.rounded_up {
        eprintln!(
            "{}",
            words::rounded_up(&args.duration, &half_hours_text(job.half_hours))
        );
    }
    print(&match common.format {
        GridFormat::Json => to_json(
            Kind::GridWindow,
            window_json(&area, &best, job.rounded_up, within),
        )?,
        GridFormat::Table => window_table(&area, &best, within),
    })
}

fn client(common: &Common) -> Client {
    Client::new(Config::from_env(common.api_url.as_deref()))
}

/// The area of `--region` or `--postcode` (national without either); a note when it was cut.
fn area(common: &Common) -> Result<Area, Failure> {
    let (flag, text) = match (&common.region, &common.postcode) {
        (_, Some(postcode)) => ("--postcode", postcode.as_str()),
        (Some(region), None) => ("--region", region.as_str()),
        (None, None) => return Ok(Area::National),
    };
    let (area, note) = Area::parse_with_note(text).map_err(|e| {
        Failure::input(format!("error: {flag} {text}: {e}\n  = hint: {}", e.hint()))
    })?;
    if flag == "--postcode" && !matches!(area, Area::Postcode(_)) {
        return Err(Failure::input(format!(
            "error: --postcode {text}: {}\n  = hint: {}",
            words::NOT_A_POSTCODE,
            words::POSTCODE_HINT
        )));
    }
    if let Some(note) = note {
        eprintln!("{note}");
    }
    Ok(area)
}

fn parse_duration(flag: &str, text: &str) -> Result<SignedDuration, Failure> {
    text.trim().parse::<SignedDuration>().map_err(|_| {
        Failure::input(format!(
            "error: {flag} {text}: {}\n  = hint: {}",
            words::NOT_A_DURATION,
            words::DURATION_HINT
        ))
    })
}

/// After a failed request: the offline figure on stdout when the API could not be reached, and
/// the error (exit 2) in every case.
fn fallback<T>(format: GridFormat, error: GridError) -> Result<T, Failure> {
    if error.is_offline() {
        print(&offline(format, Some(&error))?)?;
    }
    Err(Failure::input(format!(
        "error: {}\n  = hint: {}",
        error.message(),
        error.hint()
    )))
}

/// The bundled annual DESNZ factor, said to be an annual average.
fn offline(format: GridFormat, error: Option<&GridError>) -> Result<String, Failure> {
    let factors = sero_factors::bundled()
        .map_err(|e| Failure::input(format!("error: the bundled factors: {e}")))?;
    let factor = factors.get(OFFLINE_FACTOR).ok_or_else(|| {
        Failure::input(format!(
            "error: the bundled factor `{OFFLINE_FACTOR}` is missing"
        ))
    })?;
    let c = &factor.citation;
    let citation = format!("{}, {}, {}, {}", c.publisher, c.title, c.edition, c.url);
    Ok(match format {
        GridFormat::Json => to_json(
            Kind::GridOffline,
            json!({
                "offline": true,
                "reason": error.map(GridError::message),
                "label": words::DESNZ_LABEL,
                "factor": crate::output::document::factor(factor),
                "note": words::ANNUAL_AVERAGE,
            }),
        )?,
        GridFormat::Table => {
            let mut out = format!("{}\n", words::OFFLINE_TITLE);
            out.push_str(&format!(
                "  {} {}\n",
                format_number(factor.value),
                words::DESNZ_LABEL
            ));
            out.push_str(&format!("  {}\n", factor.description));
            out.push_str(&format!("  {}\n", words::ANNUAL_AVERAGE));
            out.push_str(&format!("  {}: {citation}\n", words::SOURCE));
            out
        }
    })
}

fn to_json(kind: Kind, value: serde_json::Value) -> Result<String, Failure> {
    crate::output::document::write(kind, None, value)
}

fn london() -> TimeZone {
    TimeZone::get("Europe/London").unwrap_or(TimeZone::UTC)
}

/// `2026-11-28 13:00 UTC`.
fn utc(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// `2026-11-28 13:00 GMT` (or BST) in Europe/London.
fn local(t: Timestamp) -> String {
    t.to_zoned(london())
        .strftime("%Y-%m-%d %H:%M %Z")
        .to_string()
}

fn area_heading(area: &Area, now: Option<&Now>) -> String {
    match now {
        Some(now) => match now.region_id {
            Some(id) => format!("{} ({} {id})", now.region_name, words::REGION),
            None => now.region_name.clone(),
        },
        None => match area.region_id() {
            Some(id) => format!("{} ({} {id})", area.name(), words::REGION),
            None => area.name(),
        },
    }
}

fn value_kind(hh: &HalfHour) -> &'static str {
    if hh.actual.is_some() {
        words::ESTIMATED_ACTUAL
    } else {
        words::FORECAST
    }
}

fn now_table(now: &Now) -> String {
    let hh = &now.half_hour;
    let mut out = format!(
        "{}: {}\n",
        words::NOW_TITLE,
        area_heading(&now.area, Some(now))
    );
    let mut grid = Grid::new(&["", ""], &[false, false]);
    grid.row(vec![
        words::HALF_HOUR.to_owned(),
        format!("{} – {}", utc(hh.from), hh.to.strftime("%H:%M UTC")),
    ]);
    grid.row(vec![
        words::INTENSITY.to_owned(),
        match hh.value() {
            Some(v) => format!(
                "{} {} ({})",
                format_number(v),
                sero_grid::UNIT_LABEL,
                value_kind(hh)
            ),
            None => words::NOT_PUBLISHED.to_owned(),
        },
    ]);
    grid.row(vec![
        words::INDEX.to_owned(),
        hh.index.map_or_else(|| "–".to_owned(), |i| i.to_string()),
    ]);
    if let Some(dno) = &now.dno_region {
        grid.row(vec![words::DNO_REGION.to_owned(), dno.clone()]);
    }
    out.push_str(&grid.render("  "));
    if !now.generation_mix.is_empty() {
        out.push_str(&format!("{}\n", words::GENERATION_MIX));
        let mut mix = Grid::new(&[words::FUEL, words::SHARE], &[false, true]);
        for fuel in &now.generation_mix {
            mix.row(vec![fuel.fuel.clone(), format!("{:.1}%", fuel.percent)]);
        }
        out.push_str(&mix.render("  "));
    }
    out.push_str(&format!("{}\n", words::CO2_ONLY_NOTE));
    out.push_str(&format!("{}: {}\n", words::SOURCE, sero_grid::SOURCE));
    out
}

fn now_json(now: &Now) -> serde_json::Value {
    json!({
        "area": now.area.to_string(),
        "region_id": now.region_id,
        "region_name": now.region_name,
        "dno_region": now.dno_region,
        "unit": sero_grid::UNIT_LABEL,
        "half_hour": half_hour_json(&now.half_hour),
        "generation_mix": now.generation_mix.iter().map(|f| json!({
            "fuel": f.fuel, "percent": f.percent,
        })).collect::<Vec<_>>(),
        "source": sero_grid::SOURCE,
    })
}

fn half_hour_json(hh: &HalfHour) -> serde_json::Value {
    json!({
        "from": hh.from.to_string(),
        "to": hh.to.to_string(),
        "intensity": hh.value(),
        "forecast": hh.forecast,
        "actual": hh.actual,
        "index": hh.index.map(|i| i.as_str()),
    })
}

fn forecast_table(area: &Area, series: &[HalfHour]) -> String {
    let mut out = format!(
        "{}: {}, {}\n",
        words::FORECAST_TITLE,
        area_heading(area, None),
        sero_grid::UNIT_LABEL
    );
    let mut grid = Grid::new(
        &[
            words::FROM_UTC,
            words::FROM_LONDON,
            words::INTENSITY,
            words::INDEX,
        ],
        &[false, false, true, false],
    );
    for hh in series {
        grid.row(vec![
            utc(hh.from),
            local(hh.from),
            hh.value().map_or_else(|| "–".to_owned(), format_number),
            hh.index.map_or_else(|| "–".to_owned(), |i| i.to_string()),
        ]);
    }
    out.push_str(&grid.render("  "));
    out.push_str(&format!("{}\n", words::CO2_ONLY_NOTE));
    out.push_str(&format!("{}: {}\n", words::SOURCE, sero_grid::SOURCE));
    out
}

fn chart(area: &Area, series: &[HalfHour]) -> sero_report::LineChart {
    let zone = london();
    sero_report::LineChart {
        title: words::chart_title(&area.name()),
        x_label: words::CHART_X.to_owned(),
        y_label: words::CHART_Y.to_owned(),
        description: words::CHART_DESCRIPTION.to_owned(),
        note_label: Some(words::INDEX.to_owned()),
        points: series
            .iter()
            .map(|hh| {
                let start = hh.from.to_zoned(zone.clone());
                sero_report::Point {
                    label: format!(
                        "{} – {}",
                        start.strftime("%a %-d %b %H:%M"),
                        hh.to.to_zoned(zone.clone()).strftime("%H:%M %Z")
                    ),
                    value: hh.value().unwrap_or(f64::NAN),
                    tick: (start.minute() == 0 && start.hour() % 6 == 0)
                        .then(|| start.strftime("%a %H:%M").to_string()),
                    note: hh.index.map(|i| i.to_string()),
                }
            })
            .collect(),
    }
}

fn half_hours_text(n: usize) -> String {
    let minutes = n * 30;
    match (minutes / 60, minutes % 60) {
        (h, 0) => format!("{h} h"),
        (0, m) => format!("{m} min"),
        (h, m) => format!("{h} h {m} min"),
    }
}

fn window_table(area: &Area, best: &Window, within: SignedDuration) -> String {
    let mut out = format!(
        "{}\n",
        words::window_title(
            &half_hours_text(best.half_hours),
            &format_number(within.as_secs_f64() / 3600.0),
            &area_heading(area, None)
        )
    );
    let mut grid = Grid::new(&["", "", ""], &[false, false, false]);
    grid.row(vec![
        words::START.to_owned(),
        utc(best.start),
        local(best.start),
    ]);
    grid.row(vec![words::END.to_owned(), utc(best.end), local(best.end)]);
    out.push_str(&grid.render("  "));
    let mut figures = Grid::new(&["", ""], &[false, false]);
    figures.row(vec![
        words::MEAN.to_owned(),
        format!("{} {}", round1(best.mean), sero_grid::UNIT_LABEL),
    ]);
    figures.row(vec![
        words::IF_NOW.to_owned(),
        format!("{} gCO2/kWh", round1(best.now_mean)),
    ]);
    figures.row(vec![
        words::SAVING_VS_NOW.to_owned(),
        format!(
            "{} gCO2/kWh ({}%)",
            round1(best.saving),
            round1(best.saving_percent)
        ),
    ]);
    out.push_str(&figures.render("  "));
    if best.cut_by_forecast {
        out.push_str(&format!("{}\n", words::CUT_BY_FORECAST));
    }
    out.push_str(&format!("{}\n", words::WINDOW_NOTE));
    out.push_str(&format!("{}: {}\n", words::SOURCE, sero_grid::SOURCE));
    out
}

fn round1(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        format!("{rounded}")
    }
}

fn window_json(
    area: &Area,
    best: &Window,
    rounded_up: bool,
    within: SignedDuration,
) -> serde_json::Value {
    json!({
        "area": area.to_string(),
        "area_name": area.name(),
        "start": best.start.to_string(),
        "end": best.end.to_string(),
        "start_london": best.start.to_zoned(london()).to_string(),
        "end_london": best.end.to_zoned(london()).to_string(),
        "half_hours": best.half_hours,
        "duration_rounded_up": rounded_up,
        "within_hours": within.as_secs_f64() / 3600.0,
        "mean": best.mean,
        "mean_if_started_now": best.now_mean,
        "saving": best.saving,
        "saving_percent": best.saving_percent,
        "cut_by_forecast": best.cut_by_forecast,
        "unit": sero_grid::UNIT_LABEL,
        "note": words::WINDOW_NOTE,
        "source": sero_grid::SOURCE,
    })
}
