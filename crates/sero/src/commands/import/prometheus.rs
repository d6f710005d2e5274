//! `sero import prometheus`: Scaphandre's or Kepler's metrics as energy time series.
//!
//! Each FILE is one scrape (or several written one after the other, each sample with its
//! timestamp); each URL is scraped `--scrapes` times, `--every` seconds apart. Counters become
//! energy per interval with resets handled, gauges W × interval (docs/energy.md).

use std::time::Duration;

use serde_json::{Value, json};

use sero_core::model::format_number;
use sero_energy::series::{self, Interval, Point, Quantity, Report, Scrape};

use crate::Failure;
use crate::cli::{PrometheusArgs, PrometheusFormat};
use crate::commands::emit;
use crate::commands::energy::write_activity;
use crate::commands::refuse;
use crate::i18n::{localizer, tr};
use crate::output::Grid;
use crate::output::layout::{width, wrap};
use crate::tr;

/// A figure to three significant figures in the reader's language.
fn figure(value: f64) -> String {
    localizer().number(value)
}

fn is_url(source: &str) -> bool {
    source.starts_with("http://") || source.starts_with("https://")
}

fn positive(value: f64, flag: &str) -> Result<Duration, Failure> {
    if value.is_finite() && value >= 0.0 {
        Ok(Duration::from_secs_f64(value))
    } else {
        Err(refuse(
            tr!(
                "prometheus-error-seconds",
                flag = flag,
                value = value.to_string()
            ),
            tr!("prometheus-hint-seconds", flag = flag),
        ))
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn parse(source: &str, body: &str) -> Result<sero_energy::prometheus::Exposition, Failure> {
    sero_energy::prometheus::parse(body).map_err(|e| {
        let line = body.split('\n').nth(e.line - 1).unwrap_or("");
        Failure::input(format!(
            "{}\n  | {line}\n  | {}^\n  {}",
            tr!(
                "prometheus-error-at",
                source = source,
                line = e.line,
                column = e.column,
                error = e.message.clone()
            ),
            " ".repeat(e.column.saturating_sub(1)),
            tr!("hint-line", hint = tr!("prometheus-hint-syntax"))
        ))
    })
}

fn scrapes(args: &PrometheusArgs) -> Result<Vec<Scrape>, Failure> {
    let every = positive(args.every, "--every")?;
    let timeout = positive(args.timeout, "--timeout")?;
    if let Some(interval) = args.interval
        && !(interval.is_finite() && interval > 0.0)
    {
        return Err(refuse(
            tr!("prometheus-error-interval", value = interval.to_string()),
            tr!("prometheus-hint-interval"),
        ));
    }
    if args.scrapes == 0 {
        return Err(refuse(
            tr!("prometheus-error-no-scrapes"),
            tr!("prometheus-hint-scrapes"),
        ));
    }
    let mut out = Vec::new();
    let mut file_index = 0i64;
    for source in &args.sources {
        if is_url(source) {
            for round in 0..args.scrapes {
                if round > 0 {
                    std::thread::sleep(every);
                }
                let time_ms = now_ms();
                let body = sero_energy::http::fetch(source, timeout)
                    .map_err(|e| refuse(tr(&e.message()), tr(&e.hint())))?;
                out.push(Scrape {
                    source: source.clone(),
                    time_ms: Some(time_ms),
                    relative: false,
                    exposition: parse(source, &body)?,
                });
            }
        } else {
            // Read whole only within sero's limit on a file's size, as UTF-8 (else placed).
            let body =
                sero_limits::read_text(std::path::Path::new(source)).map_err(|e| match e {
                    sero_limits::ReadError::Io(e) => refuse(
                        tr!(
                            "prometheus-error-cannot-read",
                            source = source,
                            error = e.to_string()
                        ),
                        tr!("prometheus-hint-source"),
                    ),
                    other => refuse(
                        other.message(source),
                        other
                            .hint()
                            .unwrap_or(sero_core::msg!("prometheus-hint-source")),
                    ),
                })?;
            out.push(Scrape {
                source: source.clone(),
                time_ms: args
                    .interval
                    .map(|s| (file_index as f64 * s * 1000.0).round() as i64),
                relative: true,
                exposition: parse(source, &body)?,
            });
            file_index += 1;
        }
    }
    Ok(out)
}

/// A point's time for people and activity labels: RFC 3339 UTC, `+12.5s` from the first
/// scrape, or the source name.
fn when(point: &Point, scrapes: &[Scrape]) -> String {
    let scrape = &scrapes[point.scrape];
    match point.time_ms {
        Some(ms)
            if scrape.relative
                && scrape
                    .exposition
                    .samples
                    .iter()
                    .all(|s| s.timestamp_ms.is_none()) =>
        {
            format!("+{}s", format_number(ms as f64 / 1000.0))
        }
        Some(ms) => match jiff::Timestamp::from_millisecond(ms) {
            // RFC 3339 in UTC, with milliseconds only when there are some.
            Ok(t) if ms.rem_euclid(1000) == 0 => t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            Ok(t) => t.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
            Err(_) => format!("{ms} ms since 1970"),
        },
        None => format!("{}:{}", scrape.source, point.line),
    }
}

pub fn run(args: PrometheusArgs) -> Result<(), Failure> {
    if args.activity.is_some() && args.metrics.is_empty() {
        return Err(refuse(
            tr!("prometheus-error-activity-needs-metric"),
            tr!("prometheus-hint-activity"),
        ));
    }
    let grid = super::super::grid_text(&args.grid);
    if let Some(grid) = &grid {
        let (factors, _) = crate::library::load(&crate::cli::FactorFiles { files: Vec::new() })?;
        crate::commands::energy::electricity(0.0, grid, &factors)?;
    }
    let scrapes = scrapes(&args)?;
    let report = series::energy(&scrapes, &args.metrics).map_err(|e| {
        let hint = match e {
            series::SeriesError::NoTime { .. } => tr!("prometheus-hint-time"),
            series::SeriesError::NotFound { .. } | series::SeriesError::NotEnergy { .. } => {
                tr!("prometheus-hint-metric")
            }
            _ => tr!("prometheus-hint-order"),
        };
        refuse(tr(&e.message()), hint)
    })?;
    let out = match args.report.format {
        PrometheusFormat::Table => table(&report, &scrapes),
        PrometheusFormat::Json => crate::output::document::write(
            crate::output::document::Kind::ImportPrometheus,
            None,
            document(&report, &scrapes),
        )?,
    };
    emit(args.report.output.as_deref(), &out)?;
    if let Some(path) = &args.activity {
        let mut rows = Vec::new();
        for s in &report.series {
            for interval in &s.intervals {
                let mut labels = vec![
                    ("metric".to_owned(), s.metric.clone()),
                    ("start".to_owned(), when(&interval.start, &scrapes)),
                    ("end".to_owned(), when(&interval.end, &scrapes)),
                ];
                for (name, value) in &s.labels {
                    let key = if ["metric", "start", "end"].contains(&name.as_str()) {
                        format!("label:{name}")
                    } else {
                        name.clone()
                    };
                    labels.push((key, value.clone()));
                }
                rows.push((labels, interval.kwh()));
            }
        }
        let produced_by = format!("sero import prometheus {}", args.sources.join(" "));
        write_activity(path, &produced_by, grid.as_deref(), &rows)?;
    }
    Ok(())
}

fn labels_text(labels: &[(String, String)]) -> String {
    if labels.is_empty() {
        return "–".to_owned();
    }
    labels
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Intervals shown per series in the table (all of them are in the JSON).
const TABLE_INTERVALS: usize = 12;

fn table(report: &Report, scrapes: &[Scrape]) -> String {
    let width = width();
    let text_width = width.min(100);
    let mut sources: Vec<&str> = Vec::new();
    for s in scrapes {
        if !sources.contains(&s.source.as_str()) {
            sources.push(&s.source);
        }
    }
    let mut out = wrap(
        &tr!(
            "prometheus-title",
            scrapes = scrapes.len(),
            sources = sources.join(", ")
        ),
        text_width,
        "",
        "  ",
    );
    out.push('\n');
    for s in &report.series {
        let heading = match s.reading.quantity {
            Quantity::Energy => tr!(
                "prometheus-series-counter",
                metric = &s.metric,
                unit = s.reading.unit
            ),
            Quantity::Power => tr!(
                "prometheus-series-gauge",
                metric = &s.metric,
                unit = s.reading.unit
            ),
        };
        out.push_str(&wrap(&heading, text_width, "", "  "));
        out.push_str(&wrap(&labels_text(&s.labels), text_width, "  ", "  "));
        let from = tr!("prometheus-column-from");
        let to = tr!("prometheus-column-to");
        let mut grid = Grid::new(&[&from, &to, "J", "kWh"], &[false, false, true, true]);
        for interval in s.intervals.iter().take(TABLE_INTERVALS) {
            grid.row(interval_row(interval, scrapes));
        }
        if s.intervals.len() > TABLE_INTERVALS {
            grid.row(vec![
                tr!(
                    "prometheus-more-intervals",
                    count = s.intervals.len() - TABLE_INTERVALS
                ),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
        grid.row(vec![
            tr!("prometheus-total"),
            String::new(),
            figure(s.joules()),
            figure(s.kwh()),
        ]);
        out.push_str(&grid.render_within("    ", width, &[0, 1]));
        out.push('\n');
    }
    out.push_str(&wrap(&tr!("prometheus-totals"), text_width, "", "  "));
    let metric = tr!("prometheus-column-metric");
    let zone = tr!("prometheus-column-zone");
    let series = tr!("prometheus-column-series");
    let mut grid = Grid::new(
        &[&metric, &zone, &series, "J", "kWh"],
        &[false, false, true, true, true],
    );
    for t in &report.totals {
        grid.row(vec![
            t.metric.clone(),
            t.zone.clone().unwrap_or_else(|| "–".to_owned()),
            localizer().count(i64::try_from(t.series).unwrap_or(i64::MAX)),
            figure(t.joules),
            figure(t.kwh()),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[0, 1]));
    if !report.warnings.is_empty() {
        out.push_str(&format!("\n{}\n", tr!("prometheus-warnings")));
        for w in crate::output::said(&report.warnings) {
            out.push_str(&wrap(&w, text_width, "  - ", "    "));
        }
    }
    out
}

fn interval_row(interval: &Interval, scrapes: &[Scrape]) -> Vec<String> {
    vec![
        when(&interval.start, scrapes),
        when(&interval.end, scrapes),
        figure(interval.joules),
        figure(interval.kwh()),
    ]
}

fn document(report: &Report, scrapes: &[Scrape]) -> Value {
    json!({
        "sources": scrapes.iter().map(|s| json!({"source": s.source, "time_ms": s.time_ms, "relative": s.relative})).collect::<Vec<_>>(),
        "series": report.series.iter().map(|s| json!({
            "metric": s.metric,
            "labels": s.labels.iter().map(|(n, v)| (n.clone(), Value::String(v.clone()))).collect::<serde_json::Map<_, _>>(),
            "kind": match s.reading.quantity { Quantity::Energy => "counter", Quantity::Power => "gauge" },
            "unit": s.reading.unit,
            "joules": s.joules(),
            "kwh": s.kwh(),
            "resets": s.resets(),
            "intervals": s.intervals.iter().map(|i| json!({
                "start": when(&i.start, scrapes),
                "end": when(&i.end, scrapes),
                "start_ms": i.start.time_ms,
                "end_ms": i.end.time_ms,
                "joules": i.joules,
                "kwh": i.kwh(),
                "reset": i.reset,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "totals": report.totals.iter().map(|t| json!({
            "metric": t.metric,
            "zone": t.zone,
            "series": t.series,
            "joules": t.joules,
            "kwh": t.kwh(),
        })).collect::<Vec<_>>(),
        "metrics_available": report.available,
        "warnings": crate::output::said(&report.warnings),
    })
}
