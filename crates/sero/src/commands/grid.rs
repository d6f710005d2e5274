//! `sero grid`: the GB grid's carbon intensity now, its forecast, and the best window to run a job.
//!
//! Live figures come from the Carbon Intensity API (NESO) through `sero-grid`; `--offline`, and
//! any failure to reach the API, show the bundled annual DESNZ factor instead.

use serde_json::json;

use crate::output::document::Kind;

use sero_core::factor::FactorLibrary;
use sero_core::{Message, msg};
use sero_grid::jiff::{SignedDuration, Timestamp, tz::TimeZone};
use sero_grid::{
    Area, Client, Config, FORECAST_HOURS, GridError, HalfHour, Index, Now, Window, WindowError,
};

use super::refuse;
use crate::Failure;
use crate::cli::{Common, ForecastArgs, GridArgs, GridCommand, GridFormat, NowArgs, WindowArgs};
use crate::i18n::{localizer, tr};
use crate::output::{Grid, layout};
use crate::tr;

/// The bundled factor shown offline: DESNZ 2025, UK electricity generated (location-based).
const OFFLINE_FACTOR: &str = "desnz/2025/electricity-generation";

pub fn run(args: GridArgs) -> Result<(), Failure> {
    match args.command {
        GridCommand::Now(args) => now(&args),
        GridCommand::Forecast(args) => forecast(&args),
        GridCommand::Window(args) => window(&args),
    }
}

/// The error of a flag's value: `--hours 49: give 1 to 48 hours`.
fn flag_failure(flag: &str, given: &str, problem: Message, hint: Message) -> Failure {
    refuse(
        msg!(
            "grid-error-flag",
            flag = flag,
            given = given,
            problem = problem
        ),
        &hint,
    )
}

fn now(args: &NowArgs) -> Result<(), Failure> {
    let common = &args.common;
    let area = area(common)?;
    if common.offline {
        return emit(common, &offline(common.report.format, None)?);
    }
    let now = client(common).now(&area).or_else(|e| fallback(common, e))?;
    emit(
        common,
        &match common.report.format {
            GridFormat::Json => to_json(Kind::GridNow, now_json(&now))?,
            GridFormat::Table => now_table(&now),
        },
    )
}

fn forecast(args: &ForecastArgs) -> Result<(), Failure> {
    let common = &args.common;
    if !(1..=FORECAST_HOURS).contains(&args.hours) {
        return Err(flag_failure(
            "--hours",
            &args.hours.to_string(),
            msg!("grid-problem-hours-range", max = FORECAST_HOURS),
            msg!("grid-hint-horizon", max = FORECAST_HOURS),
        ));
    }
    let area = area(common)?;
    if common.offline {
        return emit(common, &offline(common.report.format, None)?);
    }
    let series = client(common)
        .forecast(&area, args.hours)
        .or_else(|e| fallback(common, e))?;
    if let Some(path) = &args.chart {
        let svg = sero_report::line_chart_svg(&chart(&area, &series));
        std::fs::write(path, svg).map_err(|e| {
            refuse(
                msg!(
                    "grid-error-chart-not-written",
                    path = path.display().to_string(),
                    error = e.to_string()
                ),
                msg!("grid-hint-chart"),
            )
        })?;
        eprintln!(
            "{}",
            tr!("grid-chart-written", path = path.display().to_string())
        );
    }
    emit(
        common,
        &match common.report.format {
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
        },
    )
}

fn window(args: &WindowArgs) -> Result<(), Failure> {
    let common = &args.common;
    let duration = parse_duration("--duration", &args.duration)?;
    let within = parse_duration("--within", &args.within)?;
    let Some(job) = sero_grid::job_length(duration) else {
        return Err(flag_failure(
            "--duration",
            &args.duration,
            msg!("grid-problem-positive-duration"),
            msg!("grid-hint-duration"),
        ));
    };
    if within > SignedDuration::from_hours(i64::from(FORECAST_HOURS)) || within.is_negative() {
        return Err(flag_failure(
            "--within",
            &args.within,
            msg!("grid-problem-within-range", max = FORECAST_HOURS),
            msg!("grid-hint-horizon", max = FORECAST_HOURS),
        ));
    }
    let area = area(common)?;
    if common.offline {
        return emit(common, &offline(common.report.format, None)?);
    }
    let hours = u32::try_from((within.as_secs() + 3599) / 3600).unwrap_or(FORECAST_HOURS);
    let series = client(common)
        .forecast(&area, hours.clamp(1, FORECAST_HOURS))
        .or_else(|e| fallback(common, e))?;
    let best = sero_grid::best_window(&series, job.half_hours, within).map_err(|e| {
        let message = match e {
            WindowError::LongerThanHorizon => msg!(
                "grid-error-longer-than-horizon",
                duration = args.duration.as_str(),
                within = args.within.as_str()
            ),
            WindowError::ForecastTooShort {
                half_hours_available,
            } => msg!(
                "grid-error-forecast-too-short",
                count = half_hours_available
            ),
        };
        refuse(&message, msg!("grid-hint-horizon", max = FORECAST_HOURS))
    })?;
    if job.rounded_up {
        eprintln!(
            "{}",
            tr!(
                "grid-note-rounded-up",
                given = args.duration.as_str(),
                duration = half_hours_text(job.half_hours)
            )
        );
    }
    emit(
        common,
        &match common.report.format {
            GridFormat::Json => to_json(
                Kind::GridWindow,
                window_json(&area, &best, job.rounded_up, within),
            )?,
            GridFormat::Table => window_table(&area, &best, within),
        },
    )
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
    let (area, note) =
        Area::parse_with_note(text).map_err(|e| flag_failure(flag, text, e.message(), e.hint()))?;
    if flag == "--postcode" && !matches!(area, Area::Postcode(_)) {
        return Err(flag_failure(
            "--postcode",
            text,
            msg!("grid-problem-not-a-postcode"),
            msg!("grid-hint-postcode"),
        ));
    }
    if let Some(note) = note {
        eprintln!("{}", tr(&note));
    }
    Ok(area)
}

fn parse_duration(flag: &str, text: &str) -> Result<SignedDuration, Failure> {
    text.trim().parse::<SignedDuration>().map_err(|_| {
        flag_failure(
            flag,
            text,
            msg!("grid-problem-not-a-duration"),
            msg!("grid-hint-duration"),
        )
    })
}

/// After a failed request: the offline figure on stdout when the API could not be reached, and
/// the error (exit 2) in every case.
fn fallback<T>(common: &Common, error: GridError) -> Result<T, Failure> {
    if error.is_offline() {
        emit(common, &offline(common.report.format, Some(&error))?)?;
    }
    Err(refuse(error.message(), error.hint()))
}

/// Writes the report where `--output` says, else to standard output.
fn emit(common: &Common, text: &str) -> Result<(), Failure> {
    super::emit(common.report.output.as_deref(), text)
}

/// The bundled annual DESNZ factor, said to be an annual average.
fn offline(format: GridFormat, error: Option<&GridError>) -> Result<String, Failure> {
    let factors = sero_factors::bundled().map_err(|e| {
        Failure::input(tr!(
            "error-line",
            message = msg!("grid-error-bundled-factors", error = e.to_string())
        ))
    })?;
    let factor = factors.get(OFFLINE_FACTOR).ok_or_else(|| {
        Failure::input(tr!(
            "error-line",
            message = msg!("grid-error-factor-missing", factor = OFFLINE_FACTOR)
        ))
    })?;
    let c = &factor.citation;
    let citation = format!("{}, {}, {}, {}", c.publisher, c.title, c.edition, c.url);
    Ok(match format {
        GridFormat::Json => to_json(
            Kind::GridOffline,
            json!({
                "offline": true,
                "reason": error.map(|e| tr(&e.message())),
                "label": tr!("grid-desnz-label"),
                "factor": crate::output::document::factor(factor),
                "note": tr!("grid-annual-average"),
            }),
        )?,
        GridFormat::Table => {
            let width = layout::width();
            let mut out = format!("{}\n", tr!("grid-offline-title"));
            out.push_str(&layout::wrap(
                &tr!(
                    "grid-offline-value",
                    value = factor.value,
                    label = msg!("grid-desnz-label")
                ),
                width,
                "  ",
                "    ",
            ));
            out.push_str(&layout::wrap(&factor.description, width, "  ", "    "));
            out.push_str(&layout::wrap(
                &tr!("grid-annual-average"),
                width,
                "  ",
                "    ",
            ));
            out.push_str(&layout::wrap(
                &tr!("grid-source", source = citation),
                width,
                "  ",
                "    ",
            ));
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

/// A forecast row's time in Europe/London: `13:00 GMT`, with the date only when it is not the
/// UTC date (an hour before midnight in summer), so the table stays narrow.
fn local_time(t: Timestamp) -> String {
    let zoned = t.to_zoned(london());
    if zoned.date() == t.to_zoned(TimeZone::UTC).date() {
        zoned.strftime("%H:%M %Z").to_string()
    } else {
        zoned.strftime("%Y-%m-%d %H:%M %Z").to_string()
    }
}

/// The area's name for people: Great Britain, a region's name (a proper noun, the API's) or a
/// postcode's outward code, in the reader's language.
fn area_name(area: &Area) -> String {
    match area {
        Area::National => tr!("grid-area-national"),
        Area::Region(_) => area.name(),
        Area::Postcode(outward) => tr!("grid-area-postcode", outward = outward.as_str()),
    }
}

fn area_heading(area: &Area, now: Option<&Now>) -> String {
    let (name, id) = match now {
        Some(now) if !matches!(now.area, Area::National) => {
            (now.region_name.clone(), now.region_id)
        }
        _ => (area_name(area), area.region_id()),
    };
    match id {
        Some(id) => tr!("grid-region-heading", name = name, id = id),
        None => name,
    }
}

fn index_name(index: Index) -> String {
    tr(&match index {
        Index::VeryLow => msg!("grid-index-very-low"),
        Index::Low => msg!("grid-index-low"),
        Index::Moderate => msg!("grid-index-moderate"),
        Index::High => msg!("grid-index-high"),
        Index::VeryHigh => msg!("grid-index-very-high"),
    })
}

fn index_cell(index: Option<Index>) -> String {
    index.map_or_else(|| "–".to_owned(), index_name)
}

fn figure(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| localizer().number(v))
}

/// The notes and the source under a table, each wrapped to the width.
fn notes(out: &mut String, notes: &[Message], width: usize) {
    for note in notes {
        out.push_str(&layout::wrap(&tr(note), width, "", "  "));
    }
    out.push_str(&layout::wrap(
        &tr!("grid-source", source = msg!("grid-source-neso")),
        width,
        "",
        "  ",
    ));
}

fn now_table(now: &Now) -> String {
    let width = layout::width();
    let hh = &now.half_hour;
    let mut out = layout::wrap(
        &tr!("grid-now-title", area = area_heading(&now.area, Some(now))),
        width,
        "",
        "  ",
    );
    let mut grid = Grid::new(&["", ""], &[false, false]);
    grid.row(vec![
        tr!("grid-row-half-hour"),
        format!("{} – {}", utc(hh.from), hh.to.strftime("%H:%M UTC")),
    ]);
    grid.row(vec![
        tr!("grid-row-intensity"),
        match hh.value() {
            Some(v) => tr!(
                "grid-intensity-value",
                value = v,
                kind = if hh.actual.is_some() {
                    msg!("grid-estimated-actual")
                } else {
                    msg!("grid-forecast")
                }
            ),
            None => tr!("grid-not-published"),
        },
    ]);
    grid.row(vec![tr!("grid-row-index"), index_cell(hh.index)]);
    if let Some(dno) = &now.dno_region {
        grid.row(vec![tr!("grid-row-distribution-area"), dno.clone()]);
    }
    out.push_str(&grid.render_within("  ", width, &[1]));
    if !now.generation_mix.is_empty() {
        out.push_str(&format!("{}\n", tr!("grid-generation-mix")));
        let fuel = tr!("grid-column-fuel");
        let share = tr!("column-share");
        let mut mix = Grid::new(&[&fuel, &share], &[false, true]);
        for f in &now.generation_mix {
            mix.row(vec![
                f.fuel.clone(),
                tr!(
                    "percent",
                    value = sero_core::Arg::Exact((f.percent * 10.0).round() / 10.0)
                ),
            ]);
        }
        out.push_str(&mix.render_within("  ", width, &[0]));
    }
    notes(&mut out, &[msg!("grid-note-co2-only")], width);
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
    let width = layout::width();
    let mut out = layout::wrap(
        &tr!(
            "grid-forecast-title",
            area = area_heading(area, None),
            unit = msg!("grid-unit")
        ),
        width,
        "",
        "  ",
    );
    let header = [
        tr!("grid-column-from-utc"),
        tr!("grid-column-from-london"),
        tr!("grid-column-intensity"),
        tr!("grid-column-index"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut grid = Grid::new(&header, &[false, false, true, false]);
    for hh in series {
        grid.row(vec![
            hh.from.strftime("%Y-%m-%d %H:%M").to_string(),
            local_time(hh.from),
            figure(hh.value()),
            index_cell(hh.index),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[3]));
    notes(&mut out, &[msg!("grid-note-co2-only")], width);
    out
}

fn chart(area: &Area, series: &[HalfHour]) -> sero_report::LineChart {
    let zone = london();
    let label = |hh: &HalfHour| {
        format!(
            "{} – {}",
            hh.from.to_zoned(zone.clone()).strftime("%Y-%m-%d %H:%M"),
            hh.to.to_zoned(zone.clone()).strftime("%H:%M %Z")
        )
    };
    let known = series.iter().filter(|hh| hh.value().is_some());
    let lowest = known.clone().min_by(|a, b| {
        a.value()
            .unwrap_or(0.0)
            .total_cmp(&b.value().unwrap_or(0.0))
    });
    let highest = known.max_by(|a, b| {
        a.value()
            .unwrap_or(0.0)
            .total_cmp(&b.value().unwrap_or(0.0))
    });
    let mut description = tr!("grid-chart-description", count = series.len());
    if let (Some(low), Some(high)) = (lowest, highest) {
        description.push(' ');
        description.push_str(&tr!(
            "grid-chart-lowest-highest",
            lowest = label(low),
            lowest_value = low.value().unwrap_or(f64::NAN),
            highest = label(high),
            highest_value = high.value().unwrap_or(f64::NAN)
        ));
    }
    sero_report::LineChart {
        title: tr!("grid-chart-title", area = area_name(area)),
        x_label: tr!("grid-chart-x"),
        y_label: tr!("grid-chart-y"),
        description,
        note_label: Some(tr!("grid-column-index")),
        points: series
            .iter()
            .map(|hh| {
                let start = hh.from.to_zoned(zone.clone());
                sero_report::Point {
                    label: label(hh),
                    value: hh.value().unwrap_or(f64::NAN),
                    tick: (start.minute() == 0 && start.hour() % 6 == 0)
                        .then(|| start.strftime("%d/%m %H:%M").to_string()),
                    note: hh.index.map(index_name),
                }
            })
            .collect(),
    }
}

fn half_hours_text(n: usize) -> String {
    let minutes = n * 30;
    match (minutes / 60, minutes % 60) {
        (h, 0) => tr!("grid-duration-hours", hours = h),
        (0, m) => tr!("grid-duration-minutes", minutes = m),
        (h, m) => tr!("grid-duration-hours-minutes", hours = h, minutes = m),
    }
}

fn window_table(area: &Area, best: &Window, within: SignedDuration) -> String {
    let width = layout::width();
    let mut out = layout::wrap(
        &tr!(
            "grid-window-title",
            duration = half_hours_text(best.half_hours),
            hours = sero_core::Arg::Exact(within.as_secs_f64() / 3600.0),
            area = area_heading(area, None)
        ),
        width,
        "",
        "  ",
    );
    let mut grid = Grid::new(&["", "", ""], &[false, false, false]);
    grid.row(vec![
        tr!("grid-row-start"),
        utc(best.start),
        local(best.start),
    ]);
    grid.row(vec![tr!("grid-row-end"), utc(best.end), local(best.end)]);
    out.push_str(&grid.render_within("  ", width, &[0]));
    let mut figures = Grid::new(&["", ""], &[false, false]);
    figures.row(vec![
        tr!("grid-row-mean"),
        tr!("grid-intensity", value = best.mean),
    ]);
    figures.row(vec![
        tr!("grid-row-if-now"),
        tr!("grid-intensity", value = best.now_mean),
    ]);
    figures.row(vec![
        tr!("grid-row-saving"),
        tr!(
            "grid-saving-value",
            saving = best.saving,
            percent = best.saving_percent
        ),
    ]);
    out.push_str(&figures.render_within("  ", width, &[0]));
    let mut said = Vec::new();
    if best.cut_by_forecast {
        said.push(msg!("grid-note-cut-by-forecast"));
    }
    said.push(msg!("grid-note-window"));
    notes(&mut out, &said, width);
    out
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
        "note": tr!("grid-note-window"),
        "source": sero_grid::SOURCE,
    })
}
