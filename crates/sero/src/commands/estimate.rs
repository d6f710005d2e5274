//! `sero estimate FILE`: the footprint of a service.
//!
//! With `--accounting time-series` or `both`, the electricity of every component on a grid in
//! Great Britain (`GBR`, `GB-*`, UK cloud regions) is also weighed half hour by half hour by
//! the Carbon Intensity API's intensity of its region over the manifest's period (UTC days),
//! following the component's time profile (`hours_of_day`, `series`, or flat). Half hours
//! without an intensity are gaps, reported and not counted. When the API cannot be used the
//! figure falls back to the annual factors, saying so. `sero_core::accounting` computes it;
//! this module fetches the intensities, reads the series files and renders the accounts.

use std::path::Path;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};
use sero_core::accounting::{
    self, AccountError, Accounts, Basis, Fallback, GbArea, GridInput, Sources,
};
use sero_core::evaluate::{Assessment, Options, assess};
use sero_core::model::format_number;
use sero_core::models::Registry;
use sero_core::service::Service;
use sero_core::timeseries::{self, Energy, Intensity};

use super::load_manifest;
use crate::Failure;
use crate::cli::{Accounting, EstimateArgs, EstimateFormat as Format};
use crate::library;
use crate::output::{self, Grid, count, kg};
use crate::text::accounting as t;

pub fn run(args: EstimateArgs) -> Result<(), Failure> {
    if args.accounting != Accounting::Location && args.report.format == Format::Csv {
        return Err(Failure::input(t::CSV_REFUSED.to_owned()));
    }
    if args.accounting != Accounting::Location && args.report.format == Format::Html {
        return Err(Failure::input(crate::tr!("html-accounting-refused")));
    }
    let (factors, notes) = library::load(&args.factors)?;
    let registry = Registry::bundled();
    let service = load_manifest(&args.manifest, &registry, &factors)?;
    let options = Options {
        samples: args.uncertainty.samples,
        seed: args.uncertainty.seed,
        explain: args.explain || args.report.format != Format::Table,
    };
    let assessment = assess(&service, &registry, &factors, options);
    let accounts = match args.accounting {
        Accounting::Location => None,
        _ => Some(account(&service, &registry, &assessment, &args)?),
    };
    let text = match args.report.format {
        Format::Table => {
            let view = output::table::View {
                explain: args.explain,
                wide: args.layout.wide,
                unit: args.layout.unit,
            };
            let mut text = output::table::render(&assessment, view, &notes);
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
        Format::Html => output::table::html(&assessment, args.layout.unit, &notes),
    };
    super::emit(args.report.output.as_deref(), &text)?;
    if let Some(accounts) = &accounts {
        for warning in warnings(accounts) {
            eprintln!("warning: {warning}");
        }
    }
    super::left_out(&assessment, &args.manifest)
}

/// What accounting reads from outside: the Carbon Intensity API (or nothing, offline), the
/// energy series files next to the manifest, and the UK's time zone.
struct Outside<'a> {
    client: Option<sero_grid::Client>,
    manifest: &'a Path,
}

impl Sources for Outside<'_> {
    type Error = Failure;

    fn intensities(
        &mut self,
        area: GbArea,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<Intensity>, String> {
        match &self.client {
            None => Err(t::OFFLINE_FLAG.to_owned()),
            Some(client) => fetch(client, area, from, to),
        }
    }

    fn series(&mut self, file: &str) -> Result<Vec<Energy>, Failure> {
        let path = self.manifest.parent().unwrap_or(Path::new("")).join(file);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Failure::input(t::series_unreadable(&path.display().to_string(), &e)))?;
        timeseries::parse_energy_csv(&text)
            .map_err(|e| Failure::input(t::series_broken(&path.display().to_string(), &e)))
    }

    fn uk_time(&mut self) -> Result<TimeZone, Failure> {
        TimeZone::get("Europe/London").map_err(|e| Failure::input(t::no_time_zone(&e.to_string())))
    }
}

fn account(
    service: &Service,
    registry: &Registry,
    assessment: &Assessment,
    args: &EstimateArgs,
) -> Result<Accounts, Failure> {
    let mut sources = Outside {
        client: (!args.offline)
            .then(|| sero_grid::Client::new(sero_grid::Config::from_env(args.api_url.as_deref()))),
        manifest: &args.manifest,
    };
    let period = (service.period.start, service.period.end);
    accounting::account(assessment, registry, period, &mut sources).map_err(|e| match e {
        AccountError::Period { start, end } => Failure::input(t::period_out_of_range(&start, &end)),
        AccountError::Source(failure) => failure,
        AccountError::HoursOfDay(reason) => Failure::input(crate::i18n::tr(&reason)),
        AccountError::Profile(_) | AccountError::Weigh { .. } => {
            Failure::input(format!("error: {e}"))
        }
    })
}

/// Why a component fell back, in words.
fn fallback_reason(fallback: &Fallback) -> &str {
    match fallback {
        Fallback::Unavailable(reason) => reason,
        Fallback::NothingPublished => t::NOTHING_PUBLISHED,
    }
}

/// The warnings of time-series accounting: gaps, and each reason to fall back once.
fn warnings(a: &Accounts) -> Vec<String> {
    let mut warnings: Vec<String> = Vec::new();
    for r in &a.rows {
        match (&r.basis, &r.weighted) {
            (Basis::TimeSeries, Some(w)) if w.gap_kwh > 0.0 => {
                warnings.push(t::gaps_warning(&r.path, w));
            }
            (Basis::Fallback(fallback), _) => {
                let reason = fallback_reason(fallback);
                if !warnings.iter().any(|w| w.contains(reason)) {
                    warnings.push(t::fallback_warning(reason));
                }
            }
            _ => {}
        }
    }
    warnings
}

/// The grid of a component as shown: its code, or its intensity.
fn grid_text(grid: Option<&GridInput>) -> String {
    match grid {
        Some(GridInput::Intensity(g)) => format!("{} gCO2e/kWh", format_number(*g)),
        Some(GridInput::Place(code)) => code.clone(),
        None => String::new(),
    }
}

fn area_name(area: GbArea) -> String {
    match area {
        None => t::GREAT_BRITAIN.to_owned(),
        Some(id) => format!("{} ({id})", sero_core::models::grid::gb_region_name(id)),
    }
}

fn fetch(
    client: &sero_grid::Client,
    area: GbArea,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Intensity>, String> {
    let area = match area {
        None => sero_grid::Area::National,
        Some(id) => sero_grid::Area::Region(id),
    };
    let half_hours = client
        .intensity(&area, from, to)
        .map_err(|e| crate::i18n::tr(&e.message()))?;
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

fn coverage(row: &accounting::Row) -> String {
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
            grid_text(r.grid.as_ref()),
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
            (Basis::Fallback(fallback), _) => {
                let reason = fallback_reason(fallback);
                match fallbacks.iter_mut().find(|(why, _)| *why == reason) {
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
                Basis::Fallback(fallback) => ("annual-fallback", Some(fallback_reason(fallback))),
            };
            let w = r.weighted.as_ref();
            json!({
                "path": r.path,
                "grid": r.grid.as_ref().map(|g| grid_text(Some(g))),
                "area": r.area.map(area_name),
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
        "warnings": warnings(a),
    })
}
