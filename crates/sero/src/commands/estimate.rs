//! `sero estimate FILE`: the footprint of a service.
//!
//! With `--accounting time-series` or `both`, the electricity of every component on a grid in
//! Great Britain (`GBR`, `GB-*`, UK cloud regions) is also weighed half hour by half hour by
//! the Carbon Intensity API's intensity of its region over the manifest's period (UTC days),
//! following the component's time profile (`hours_of_day`, `series`, or flat). Half hours
//! without an intensity are gaps, reported and not counted. When the API cannot be used the
//! figure falls back to the annual factors, saying so. `sero_core::accounting` computes it;
//! this module fetches the intensities, reads the series files and renders the accounts: its
//! warnings are in the table report with `--format table`, and on stderr with `--format json`.

use std::path::Path;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};
use sero_core::accounting::{
    self, AccountError, Accounts, Basis, Fallback, GbArea, GridInput, Sources,
};
use sero_core::evaluate::{Assessment, Options, assess};
use sero_core::models::Registry;
use sero_core::service::Service;
use sero_core::timeseries::{self, Energy, Intensity, Weighted};
use sero_core::{Arg, Message, msg};

use super::load_manifest;
use super::refuse;
use crate::Failure;
use crate::cli::{Accounting, EstimateArgs, EstimateFormat as Format};
use crate::i18n::{localizer, tr};
use crate::library;
use crate::output::{self, Grid, layout};
use crate::tr;
use sero_render::MassUnit;

pub fn run(args: EstimateArgs) -> Result<(), Failure> {
    if args.accounting != Accounting::Location && args.report.format == Format::Csv {
        return Err(refuse(
            msg!("accounting-error-csv"),
            msg!("accounting-hint-csv"),
        ));
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
                unit: args.layout.unit.map(|u| u.0),
            };
            let mut text = output::table::render(&assessment, view, &notes);
            if let Some(accounts) = &accounts {
                text.push('\n');
                text.push_str(&render_table(
                    accounts,
                    args.accounting,
                    args.layout.unit.map(|u| u.0),
                ));
            }
            text
        }
        Format::Json => {
            let mut document = sero_render::estimate::json(&assessment, &notes, localizer());
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
        Format::Csv => sero_render::estimate::csv(&assessment, localizer()),
        Format::Html => sero_render::estimate::html_document(
            &assessment,
            args.layout.unit.map(|u| u.0),
            &notes,
            localizer(),
        ),
    };
    super::emit(args.report.output.as_deref(), &text)?;
    // The table report lists the warnings itself; JSON documents carry them as data, and
    // people reading the terminal see them on stderr.
    if let Some(accounts) = &accounts
        && args.report.format != Format::Table
    {
        for warning in warnings(accounts) {
            eprintln!("{}", tr!("cli-warning", warning = warning));
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
    ) -> Result<Vec<Intensity>, Message> {
        match &self.client {
            None => Err(msg!("accounting-reason-offline")),
            Some(client) => fetch(client, area, from, to),
        }
    }

    fn series(&mut self, file: &str) -> Result<Vec<Energy>, Failure> {
        let path = self.manifest.parent().unwrap_or(Path::new("")).join(file);
        let shown = path.display().to_string();
        let text = sero_manifest::tree::read_source(&path).map_err(|e| match e {
            sero_manifest::tree::SourceError::Io(e) => refuse(
                msg!(
                    "accounting-error-series-unreadable",
                    path = shown.as_str(),
                    error = e.to_string()
                ),
                msg!("accounting-hint-series-path"),
            ),
            other => refuse(
                other.message(&shown),
                other.hint().unwrap_or(msg!("accounting-hint-series-path")),
            ),
        })?;
        timeseries::parse_energy_csv(&text).map_err(|e| {
            refuse(
                msg!(
                    "accounting-error-series-broken",
                    path = shown.as_str(),
                    problem = e.to_string()
                ),
                msg!("accounting-hint-series-format"),
            )
        })
    }

    fn uk_time(&mut self) -> Result<TimeZone, Failure> {
        TimeZone::get("Europe/London").map_err(|e| {
            refuse(
                msg!("accounting-error-no-time-zone", detail = e.to_string()),
                msg!("accounting-hint-time-zone"),
            )
        })
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
    accounting::account(assessment, registry, period, &mut sources).map_err(|e| {
        let hint = match &e {
            AccountError::Period { .. } => Some(msg!("accounting-hint-period")),
            _ => None,
        };
        match (e, hint) {
            (AccountError::Source(failure), _) => failure,
            (e, Some(hint)) => refuse(message_of(&e), &hint),
            (e, None) => Failure::input(tr!("error-line", message = message_of(&e))),
        }
    })
}

fn message_of(error: &AccountError<Failure>) -> Message {
    error
        .message()
        .unwrap_or_else(|| msg!("accounting-error-source"))
}

/// Why a component fell back.
fn fallback_reason(fallback: &Fallback) -> Message {
    match fallback {
        Fallback::Unavailable(reason) => reason.clone(),
        Fallback::NothingPublished => msg!("accounting-reason-nothing-published"),
    }
}

/// The warnings of time-series accounting: gaps, and each reason to fall back once.
fn warnings(a: &Accounts) -> Vec<Message> {
    let mut warnings: Vec<Message> = Vec::new();
    let mut reasons: Vec<Message> = Vec::new();
    for r in &a.rows {
        match (&r.basis, &r.weighted) {
            (Basis::TimeSeries, Some(w)) if w.gap_kwh > 0.0 => {
                warnings.push(msg!(
                    "accounting-warning-gaps",
                    component = r.path.as_str(),
                    count = w.half_hours - w.covered,
                    kwh = w.gap_kwh
                ));
            }
            (Basis::Fallback(fallback), _) => {
                let reason = fallback_reason(fallback);
                if !reasons.contains(&reason) {
                    reasons.push(reason.clone());
                    warnings.push(msg!("accounting-warning-fallback", reason = reason));
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
        Some(GridInput::Intensity(g)) => tr!("accounting-grid-intensity", value = *g),
        Some(GridInput::Place(code)) => code.clone(),
        None => String::new(),
    }
}

/// The area's name in JSON documents, as `sero-grid` names it (`Wales (17)`).
fn area_name(area: GbArea) -> String {
    match area {
        None => sero_grid::Area::National.name(),
        Some(id) => format!("{} ({id})", sero_core::models::grid::gb_region_name(id)),
    }
}

fn fetch(
    client: &sero_grid::Client,
    area: GbArea,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<Intensity>, Message> {
    let area = match area {
        None => sero_grid::Area::National,
        Some(id) => sero_grid::Area::Region(id),
    };
    let half_hours = client
        .intensity(&area, from, to)
        .map_err(|e| msg!("accounting-reason-api", error = e.message()))?;
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

fn coverage(w: &Weighted) -> Message {
    if w.gap_kwh > 0.0 {
        msg!(
            "accounting-coverage-with-gaps",
            covered = w.covered,
            count = w.half_hours,
            kwh = w.gap_kwh
        )
    } else {
        msg!(
            "accounting-coverage",
            covered = w.covered,
            count = w.half_hours
        )
    }
}

/// The short symbol of a mass unit, for masses of CO2 alone (`kg`, not `kgCO2e`).
fn short_symbol(unit: MassUnit) -> &'static str {
    match unit {
        MassUnit::T => "t",
        MassUnit::Kg => "kg",
        MassUnit::G => "g",
    }
}

/// The column names, in the reader's language.
struct Columns {
    location: String,
    time_series: String,
}

fn columns() -> Columns {
    Columns {
        location: tr!("accounting-column-location"),
        time_series: tr!("accounting-column-time-series"),
    }
}

fn render_table(a: &Accounts, mode: Accounting, forced: Option<MassUnit>) -> String {
    let both = mode == Accounting::Both;
    let width = layout::width();
    let unit = layout::column_unit(
        a.rows
            .iter()
            .flat_map(|r| [r.location_kg, r.time_series_kg()])
            .filter(|kg| *kg != 0.0),
        forced,
    );
    let mass = |kg: f64| layout::mass(kg, unit);
    let signed = |kg: f64| {
        if kg > 0.0 {
            format!("+{}", mass(kg))
        } else {
            mass(kg)
        }
    };
    let names = columns();
    let mut out = layout::wrap(
        &tr(&if both {
            msg!("accounting-title-both")
        } else {
            msg!("accounting-title-time-series")
        }),
        width,
        "",
        "  ",
    );
    out.push_str(&layout::wrap(
        &tr!(
            "accounting-period",
            from = a.from.strftime("%Y-%m-%d %H:%M").to_string(),
            to = a.to.strftime("%Y-%m-%d %H:%M").to_string()
        ),
        width,
        "  ",
        "    ",
    ));
    out.push_str(&layout::wrap(
        &tr!("accounting-units", unit = short_symbol(unit)),
        width,
        "  ",
        "    ",
    ));
    let mut header = vec![tr!("column-component"), tr!("accounting-column-energy")];
    let mut right = vec![false, true];
    if both {
        header.push(names.location.clone());
        right.push(true);
    }
    header.push(names.time_series.clone());
    right.push(true);
    if both {
        header.push(tr!("accounting-column-difference"));
        right.push(true);
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut grid = Grid::new(&header, &right);
    for r in &a.rows {
        let grid_code = grid_text(r.grid.as_ref());
        let mut cells = vec![
            if grid_code.is_empty() {
                r.path.clone()
            } else {
                tr!(
                    "accounting-component-on-grid",
                    component = r.path.as_str(),
                    grid = grid_code
                )
            },
            if r.energy_kwh > 0.0 {
                localizer().number(r.energy_kwh)
            } else {
                "–".to_owned()
            },
        ];
        if both {
            cells.push(mass(r.location_kg));
        }
        cells.push(mass(r.time_series_kg()));
        if both {
            cells.push(signed(r.time_series_kg() - r.location_kg));
        }
        grid.row(cells);
    }
    let mut total = vec![tr!("estimate-total"), String::new()];
    if both {
        total.push(mass(a.location_kg()));
    }
    total.push(mass(a.time_series_kg()));
    if both {
        total.push(signed(a.time_series_kg() - a.location_kg()));
    }
    grid.row(total);
    out.push_str(&grid.render_within("  ", width, &[0]));
    out.push('\n');
    for note in notes(a, mode, &names) {
        out.push_str(&layout::wrap(&tr(&note), width, "  - ", "    "));
    }
    let warnings = warnings(a);
    if !warnings.is_empty() {
        out.push('\n');
        out.push_str(&format!("{}\n", tr!("estimate-warnings")));
        for warning in warnings {
            out.push_str(&layout::wrap(&tr(&warning), width, "  - ", "    "));
        }
    }
    out
}

/// What the reader needs to read the figures: bases, gases, weighting, gaps, fallbacks.
fn notes(a: &Accounts, mode: Accounting, names: &Columns) -> Vec<Message> {
    let mut notes = Vec::new();
    if mode == Accounting::Both {
        notes.push(msg!(
            "accounting-note-location-basis",
            column = names.location.as_str()
        ));
    }
    notes.push(msg!(
        "accounting-note-time-series-basis",
        column = names.time_series.as_str()
    ));
    notes.push(msg!("accounting-note-other-parts"));
    if mode == Accounting::Both {
        notes.push(msg!("accounting-note-difference"));
    }
    // Components that fell back for the same reason share one note, and so do those at the
    // annual factors because they are not on a grid in Great Britain or use no electricity.
    let mut fallbacks: Vec<(Message, Vec<String>)> = Vec::new();
    let mut not_gb: Vec<String> = Vec::new();
    let mut no_electricity: Vec<String> = Vec::new();
    for r in &a.rows {
        match (&r.basis, &r.weighted) {
            (Basis::TimeSeries, Some(w)) => {
                let mean = w.mean_g_per_kwh();
                notes.push(msg!(
                    "accounting-note-component",
                    component = r.path.as_str(),
                    coverage = coverage(w),
                    kg = w.kg,
                    mean = if mean.is_finite() {
                        Arg::Number(mean)
                    } else {
                        Arg::Text("–".to_owned())
                    }
                ));
            }
            (Basis::Fallback(fallback), _) => {
                let reason = fallback_reason(fallback);
                let path = format!("`{}`", r.path);
                match fallbacks.iter_mut().find(|(why, _)| *why == reason) {
                    Some((_, paths)) => paths.push(path),
                    None => fallbacks.push((reason, vec![path])),
                }
            }
            _ if r.energy_kwh > 0.0 => not_gb.push(format!("`{}`", r.path)),
            _ => no_electricity.push(format!("`{}`", r.path)),
        }
    }
    for (reason, paths) in fallbacks {
        notes.push(msg!(
            "accounting-note-fallback",
            components = paths.join(", "),
            reason = reason
        ));
    }
    if !not_gb.is_empty() {
        notes.push(msg!(
            "accounting-note-not-gb",
            components = not_gb.join(", ")
        ));
    }
    if !no_electricity.is_empty() {
        notes.push(msg!(
            "accounting-note-no-electricity",
            components = no_electricity.join(", ")
        ));
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
                Basis::Fallback(fallback) => {
                    ("annual-fallback", Some(tr(&fallback_reason(fallback))))
                }
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
        "notes": output::said(&notes(a, mode, &columns())),
        "warnings": output::said(&warnings(a)),
    })
}
