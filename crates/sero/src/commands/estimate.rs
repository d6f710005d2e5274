//! `sero estimate FILE`: the footprint of a service.
//!
//! With `--accounting time-series` or `both`, the electricity of every component on a grid in
//! Great Britain (`GBR`, `GB-*`, UK cloud regions) is also weighed half hour by half hour by
//! the Carbon Intensity API's intensity of its region over the manifest's period (UTC days),
//! following the component's time profile (`hours_of_day`, `series`, or flat). Half hours
//! without an intensity are gaps, reported and not counted. When the API cannot be used the
//! figure falls back to the annual factors, saying so.

use std::collections::HashMap;
use std::path::Path;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};
use sero_core::evaluate::{Assessment, Options, assess};
use sero_core::model::{InputValue, Inputs, format_number};
use sero_core::models::Registry;
use sero_core::models::grid::Location;
use sero_core::service::{Component, ComponentKind, Service};
use sero_core::timeseries::{self, DailyHours, Energy, Intensity, Weighted};

use super::{load_manifest, print};
use crate::Failure;
use crate::cli::{Accounting, EstimateArgs, Format};
use crate::library;
use crate::output::{self, Grid, count, kg};
use crate::text::accounting as t;

pub fn run(args: EstimateArgs) -> Result<(), Failure> {
    if args.accounting != Accounting::Location && args.format == Format::Csv {
        return Err(Failure::input(t::CSV_REFUSED.to_owned()));
    }
    let (factors, notes) = library::load(&args.factors)?;
    let registry = Registry::bundled();
    let service = load_manifest(&args.manifest, &registry, &factors)?;
    let options = Options {
        samples: args.uncertainty.samples,
        seed: args.uncertainty.seed,
        explain: args.explain || args.format != Format::Table,
    };
    let assessment = assess(&service, &registry, &factors, options);
    let accounts = match args.accounting {
        Accounting::Location => None,
        _ => Some(account(&service, &registry, &assessment, &args)?),
    };
    let text = match args.format {
        Format::Table => {
            let mut text = output::table::render(&assessment, args.explain, &notes);
            if let Some(accounts) = &accounts {
                text.push('\n');
                text.push_str(&render_table(accounts, args.accounting));
            }
            text
        }
        Format::Json => {
            let mut document = output::json::document(&assessment, &notes);
            if let (Some(accounts), Some(map)) = (&accounts, document.as_object_mut()) {
                map.insert(
                    "accounting".to_owned(),
                    render_json(accounts, args.accounting),
                );
            }
            output::document::write(
                output::document::Kind::Estimate,
                Some(&service.period),
                document,
            )?
        }
        Format::Csv => output::csv::render(&assessment),
    };
    print(&text)?;
    if let Some(accounts) = &accounts {
        for warning in &accounts.warnings {
            eprintln!("warning: {warning}");
        }
    }
    super::left_out(&assessment, &args.manifest)
}

/// How a component's time-series figure was obtained.
#[derive(Clone, Debug, PartialEq)]
enum Basis {
    /// Half-hourly intensities of its GB region.
    TimeSeries,
    /// No electricity on a grid in Great Britain: the annual figure in both columns.
    NotGb,
    /// The API could not be used: the annual factors, for the reason given.
    Fallback(String),
}

/// One component under both accountings.
struct Row {
    path: String,
    grid: String,
    area: Option<String>,
    energy_kwh: f64,
    /// The component's location-based figure, kgCO2e.
    location_kg: f64,
    /// Of which DESNZ generation of its GB electricity.
    location_generation_kg: f64,
    weighted: Option<Weighted>,
    basis: Basis,
}

impl Row {
    /// The component under time-series accounting: its generation weighed half hourly (CO2),
    /// its other parts as under location-based accounting.
    fn time_series_kg(&self) -> f64 {
        match &self.weighted {
            Some(w) => self.location_kg - self.location_generation_kg + w.kg,
            None => self.location_kg,
        }
    }
}

struct Accounts {
    from: Timestamp,
    to: Timestamp,
    rows: Vec<Row>,
    warnings: Vec<String>,
}

impl Accounts {
    fn location_kg(&self) -> f64 {
        self.rows.iter().map(|r| r.location_kg).sum()
    }

    fn time_series_kg(&self) -> f64 {
        self.rows.iter().map(Row::time_series_kg).sum()
    }
}

/// Every leaf's inputs by path (ids joined with `/`, as the evaluator names them).
fn leaves<'s>(components: &'s [Component], parent: &str, out: &mut HashMap<String, &'s Inputs>) {
    for c in components {
        let path = if parent.is_empty() {
            c.id.clone()
        } else {
            format!("{parent}/{}", c.id)
        };
        match &c.kind {
            ComponentKind::Leaf { inputs, .. } => {
                out.insert(path, inputs);
            }
            ComponentKind::Group(children) => leaves(children, &path, out),
        }
    }
}

/// The UK's local time, for `hours_of_day`.
fn uk_time() -> Result<TimeZone, Failure> {
    TimeZone::get("Europe/London").map_err(|e| Failure::input(t::no_time_zone(&e.to_string())))
}

/// The energy of one component over time, in UTC half hours.
fn profile(
    inputs: &Inputs,
    energy_kwh: f64,
    period: (Timestamp, Timestamp),
    manifest: &Path,
) -> Result<Vec<Energy>, Failure> {
    let (from, to) = period;
    if let Some(file) = inputs.text("series") {
        let path = manifest.parent().unwrap_or(Path::new("")).join(file);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Failure::input(t::series_unreadable(&path.display().to_string(), &e)))?;
        let rows = timeseries::parse_energy_csv(&text)
            .map_err(|e| Failure::input(t::series_broken(&path.display().to_string(), &e)))?;
        let total: f64 = rows.iter().map(|r| r.kwh).sum();
        // The series is the shape; the component's energy (after volume and share) is spread
        // along it. For a period figure the two totals are the same.
        let scale = if total > 0.0 { energy_kwh / total } else { 0.0 };
        return Ok(rows
            .into_iter()
            .map(|r| Energy {
                kwh: r.kwh * scale,
                ..r
            })
            .collect());
    }
    if let Some(text) = inputs.text("hours_of_day") {
        let daily = DailyHours::parse(text).map_err(Failure::input)?;
        return timeseries::spread_over_hours(from, to, &daily, &uk_time()?, energy_kwh)
            .map_err(|e| Failure::input(format!("error: {e}")));
    }
    Ok(timeseries::flat(from, to, energy_kwh))
}

/// An area (`None`: Great Britain) and a span of seconds since the epoch.
type FetchKey = (Option<u8>, i64, i64);

fn account(
    service: &Service,
    registry: &Registry,
    assessment: &Assessment,
    args: &EstimateArgs,
) -> Result<Accounts, Failure> {
    let start = service.period.start;
    let end = service.period.end;
    let civil = |d: sero_core::service::Date| {
        jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok()
    };
    let (from, to) = civil(start)
        .zip(civil(end))
        .and_then(|(a, b)| timeseries::period_bounds(a, b))
        .ok_or_else(|| Failure::input(t::period_out_of_range(&start, &end)))?;

    let mut inputs = HashMap::new();
    leaves(&service.components, "", &mut inputs);
    let client = (!args.offline)
        .then(|| sero_grid::Client::new(sero_grid::Config::from_env(args.api_url.as_deref())));
    // Intensities by (area, from, to), fetched once; Err holds the reason to fall back.
    let mut fetched: HashMap<FetchKey, Result<Vec<Intensity>, String>> = HashMap::new();
    // Each shared profile's result for 1 kWh, by area and `hours_of_day` ("" for flat).
    let mut per_kwh: HashMap<(Option<u8>, String), Result<Weighted, String>> = HashMap::new();
    let mut warnings = Vec::new();
    let mut rows = Vec::new();
    for c in assessment.components.iter().filter(|c| c.error.is_none()) {
        let leaf_inputs = inputs.get(c.path.as_str()).copied();
        let has_grid = registry
            .get(&c.model)
            .is_some_and(|m| m.spec().input("grid").is_some());
        let location = match leaf_inputs.and_then(|i| i.get("grid")) {
            Some(InputValue::Text(code)) => Location::parse(code).ok(),
            Some(_) => None,
            None => Some(Location::Uk),
        };
        let grid = match leaf_inputs.and_then(|i| i.get("grid")) {
            Some(InputValue::Number(g)) => format!("{} gCO2e/kWh", format_number(*g)),
            _ => location.as_ref().map_or_else(String::new, Location::code),
        };
        let generation: Vec<_> = c
            .impact
            .parts
            .iter()
            .filter(|p| p.label == "electricity, generation")
            .collect();
        let energy_kwh: f64 = generation.iter().map(|p| p.energy_kwh).sum();
        // Shown for every model with a grid; weighed only when it is DESNZ generation in GB.
        let shown_kwh = if has_grid { c.impact.energy_kwh() } else { 0.0 };
        let location_generation_kg: f64 = generation.iter().map(|p| p.co2e_kg).sum();
        let area = location.as_ref().and_then(Location::gb_area);
        let mut row = Row {
            path: c.path.clone(),
            grid: if has_grid { grid } else { String::new() },
            area: None,
            energy_kwh: shown_kwh,
            location_kg: c.co2e_kg(),
            location_generation_kg,
            weighted: None,
            basis: Basis::NotGb,
        };
        let (Some(area), true, Some(leaf_inputs)) =
            (area, has_grid && energy_kwh > 0.0, leaf_inputs)
        else {
            rows.push(row);
            continue;
        };
        row.area = Some(area_name(area));
        // A profile other than a series is the same for every component that shares it:
        // weighed once for 1 kWh, then scaled (weighing is linear in the energy).
        let shared = leaf_inputs.text("series").is_none().then(|| {
            (
                area,
                leaf_inputs.text("hours_of_day").unwrap_or("").to_owned(),
            )
        });
        let cached = shared.as_ref().and_then(|k| per_kwh.get(k)).cloned();
        let outcome = match cached {
            Some(unit) => unit.map(|u| u.scaled(energy_kwh)),
            None => {
                let kwh = if shared.is_some() { 1.0 } else { energy_kwh };
                let energy = profile(leaf_inputs, kwh, (from, to), &args.manifest)?;
                // The period, widened to a series that reaches beyond it.
                let span_from = energy
                    .iter()
                    .map(|e| e.from)
                    .min()
                    .map_or(from, |f| f.min(from));
                let span_to = energy.iter().map(|e| e.to).max().map_or(to, |t| t.max(to));
                let key = (area, span_from.as_second(), span_to.as_second());
                let intensities = fetched.entry(key).or_insert_with(|| match &client {
                    None => Err(t::OFFLINE_FLAG.to_owned()),
                    Some(client) => fetch(client, area, span_from, span_to),
                });
                // Not one half hour covered (a period the API has not published): a figure
                // without its electricity would mislead, so the component falls back instead.
                let outcome = match &*intensities {
                    Ok(intensities) => {
                        let w = timeseries::weigh(&energy, intensities)
                            .map_err(|e| Failure::input(format!("error: `{}`: {e}", c.path)))?;
                        if w.covered == 0 {
                            Err(t::NOTHING_PUBLISHED.to_owned())
                        } else {
                            Ok(w)
                        }
                    }
                    Err(reason) => Err(reason.clone()),
                };
                match shared {
                    Some(k) => {
                        per_kwh.insert(k, outcome.clone());
                        outcome.map(|u| u.scaled(energy_kwh))
                    }
                    None => outcome,
                }
            }
        };
        match outcome {
            Ok(weighted) => {
                if weighted.gap_kwh > 0.0 {
                    warnings.push(t::gaps_warning(&c.path, &weighted));
                }
                row.weighted = Some(weighted);
                row.basis = Basis::TimeSeries;
            }
            Err(reason) => {
                if !warnings.iter().any(|w| w.contains(&reason)) {
                    warnings.push(t::fallback_warning(&reason));
                }
                row.basis = Basis::Fallback(reason);
            }
        }
        rows.push(row);
    }
    Ok(Accounts {
        from,
        to,
        rows,
        warnings,
    })
}

fn area_name(area: Option<u8>) -> String {
    match area {
        None => t::GREAT_BRITAIN.to_owned(),
        Some(id) => format!("{} ({id})", sero_core::models::grid::gb_region_name(id)),
    }
}

fn fetch(
    client: &sero_grid::Client,
    area: Option<u8>,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Intensity>, String> {
    let area = match area {
        None => sero_grid::Area::National,
        Some(id) => sero_grid::Area::Region(id),
    };
    let half_hours = client
        .intensity(&area, from, to)
        .map_err(|e| format!("{} ({})", e.message(), e.hint()))?;
    Ok(half_hours
        .into_iter()
        .filter_map(|h| {
            h.value().map(|g| Intensity {
                from: h.from,
                to: h.to,
                g_per_kwh: g,
            })
        })
        .collect())
}

fn coverage(row: &Row) -> String {
    match (&row.basis, &row.weighted) {
        (Basis::TimeSeries, Some(w)) => t::coverage(w),
        (Basis::Fallback(_), _) => t::FALLBACK_SHORT.to_owned(),
        _ if row.energy_kwh > 0.0 => t::NOT_GB.to_owned(),
        _ => t::NO_ELECTRICITY.to_owned(),
    }
}

fn render_table(a: &Accounts, mode: Accounting) -> String {
    let both = mode == Accounting::Both;
    let mut out = String::new();
    out.push_str(if both {
        t::TITLE_BOTH
    } else {
        t::TITLE_TIME_SERIES
    });
    out.push('\n');
    out.push_str(&t::period_line(a.from, a.to));
    out.push('\n');
    let mut header = vec![t::COMPONENT, t::GRID, t::ENERGY];
    let mut right = vec![false, false, true];
    if both {
        header.push(t::LOCATION_COLUMN);
        right.push(true);
    }
    header.push(t::TIME_SERIES_COLUMN);
    right.push(true);
    if both {
        header.push(t::DIFFERENCE);
        right.push(true);
    }
    header.push(t::BASIS);
    right.push(false);
    let mut grid = Grid::new(&header, &right);
    for r in &a.rows {
        let mut cells = vec![
            r.path.clone(),
            r.grid.clone(),
            if r.energy_kwh > 0.0 {
                count(r.energy_kwh)
            } else {
                "–".to_owned()
            },
        ];
        if both {
            cells.push(kg(r.location_kg));
        }
        cells.push(kg(r.time_series_kg()));
        if both {
            cells.push(signed(r.time_series_kg() - r.location_kg));
        }
        cells.push(coverage(r));
        grid.row(cells);
    }
    let mut total = vec![t::TOTAL.to_owned(), String::new(), String::new()];
    if both {
        total.push(kg(a.location_kg()));
    }
    total.push(kg(a.time_series_kg()));
    if both {
        total.push(signed(a.time_series_kg() - a.location_kg()));
    }
    grid.row(total);
    out.push_str(&grid.render("  "));
    out.push('\n');
    for note in notes(a, mode) {
        out.push_str(&format!("  - {note}\n"));
    }
    out
}

fn signed(value: f64) -> String {
    if value > 0.0 {
        format!("+{}", kg(value))
    } else {
        kg(value)
    }
}

/// What the reader needs to read the figures: bases, gases, weighting, gaps, fallbacks.
fn notes(a: &Accounts, mode: Accounting) -> Vec<String> {
    let mut notes = Vec::new();
    if mode == Accounting::Both {
        notes.push(t::LOCATION_BASIS.to_owned());
    }
    notes.push(t::TIME_SERIES_BASIS.to_owned());
    notes.push(t::OTHER_PARTS.to_owned());
    if mode == Accounting::Both {
        notes.push(t::DIFFERENCE_EXPLAINED.to_owned());
    }
    // Components that fell back for the same reason share one note.
    let mut fallbacks: Vec<(&str, Vec<&str>)> = Vec::new();
    for r in &a.rows {
        match (&r.basis, &r.weighted) {
            (Basis::TimeSeries, Some(w)) => notes.push(t::component_coverage(&r.path, w)),
            (Basis::Fallback(reason), _) => {
                match fallbacks
                    .iter_mut()
                    .find(|(why, _)| *why == reason.as_str())
                {
                    Some((_, paths)) => paths.push(&r.path),
                    None => fallbacks.push((reason, vec![&r.path])),
                }
            }
            _ => {}
        }
    }
    for (reason, paths) in fallbacks {
        notes.push(t::components_fallback(&paths, reason));
    }
    notes
}

fn render_json(a: &Accounts, mode: Accounting) -> Value {
    let components: Vec<Value> = a
        .rows
        .iter()
        .map(|r| {
            let (basis, reason) = match &r.basis {
                Basis::TimeSeries => ("time-series", None),
                Basis::NotGb => ("annual", None),
                Basis::Fallback(reason) => ("annual-fallback", Some(reason.clone())),
            };
            let w = r.weighted.as_ref();
            json!({
                "path": r.path,
                "grid": (!r.grid.is_empty()).then_some(&r.grid),
                "area": r.area,
                "electricity_kwh": r.energy_kwh,
                "location_co2e_kg": r.location_kg,
                "location_generation_co2e_kg": r.location_generation_kg,
                "time_series_kg": r.time_series_kg(),
                "time_series_generation_co2_kg": w.map(|w| w.kg),
                "basis": basis,
                "fallback_reason": reason,
                "half_hours": w.map(|w| w.half_hours),
                "covered_half_hours": w.map(|w| w.covered),
                "covered_kwh": w.map(|w| w.covered_kwh),
                "gap_kwh": w.map(|w| w.gap_kwh),
                "mean_g_co2_per_kwh": w.and_then(|w| {
                    let m = w.mean_g_per_kwh();
                    m.is_finite().then_some(m)
                }),
            })
        })
        .collect();
    json!({
        "mode": match mode {
            Accounting::Location => "location",
            Accounting::TimeSeries => "time-series",
            Accounting::Both => "both",
        },
        "from": a.from.to_string(),
        "to": a.to.to_string(),
        "components": components,
        "total": {
            "location_co2e_kg": a.location_kg(),
            "time_series_kg": a.time_series_kg(),
            "difference_kg": a.time_series_kg() - a.location_kg(),
        },
        "notes": notes(a, mode),
        "warnings": a.warnings,
    })
}
