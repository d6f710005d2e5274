//! Time-series accounting of an assessed service: the DESNZ generation of every component's
//! electricity on a grid in Great Britain weighed half hour by half hour by its region's
//! intensity over the period (UTC days), following the component's time profile
//! (`hours_of_day`, `series`, or flat), beside its location-based figure.
//!
//! The caller brings what needs I/O through [`Sources`]: intensities (fetched once per area and
//! span), the rows of energy series files and the UK's time zone. Half hours without an
//! intensity are gaps, counted and not filled; a component whose intensities cannot be had, or
//! cover none of its half hours, keeps its annual figure and says why.

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use sero_message::{Message, msg};

use crate::evaluate::Assessment;
use crate::model::{InputValue, Inputs};
use crate::models::Registry;
use crate::models::grid::Location;
use crate::service::Date;
use crate::timeseries::{self, DailyHours, Energy, Intensity, SeriesError, Weighted};

/// A Carbon Intensity API area: `None` for the whole of Great Britain (the national series),
/// `Some(1..=17)` for a region, as [`Location::gb_area`] gives it.
pub type GbArea = Option<u8>;

/// The label that `grid:` gives a component.
#[derive(Clone, Debug, PartialEq)]
pub enum GridInput {
    /// A grid intensity given as a number, gCO2e/kWh.
    Intensity(f64),
    /// A place, by its canonical code (`GBR`, `GB-WALES`, `cloud:aws:eu-west-2`).
    Place(String),
}

/// Why a component keeps its annual figure.
#[derive(Clone, Debug, PartialEq)]
pub enum Fallback {
    /// The intensities could not be had, for the reason the source gave.
    Unavailable(Message),
    /// Not one of its half hours has a published intensity.
    NothingPublished,
}

/// How a component's time-series figure was obtained.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// Half-hourly intensities of its GB area.
    TimeSeries,
    /// No electricity on a grid in Great Britain: the annual figure in both columns.
    NotGb,
    /// The annual factors, for the reason given.
    Fallback(Fallback),
}

/// One component under both accountings.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub path: String,
    /// Its grid, for models with one.
    pub grid: Option<GridInput>,
    /// The area whose half hours weigh it (set when it has DESNZ generation in Great Britain).
    pub area: Option<GbArea>,
    /// Its electricity (for models with a grid), kWh.
    pub energy_kwh: f64,
    /// Its location-based figure, kgCO2e.
    pub location_kg: f64,
    /// Of which the DESNZ generation of its electricity.
    pub location_generation_kg: f64,
    pub weighted: Option<Weighted>,
    pub basis: Basis,
}

impl Row {
    /// The component under time-series accounting: its generation weighed half hourly (CO2),
    /// its other parts as under location-based accounting.
    pub fn time_series_kg(&self) -> f64 {
        match &self.weighted {
            Some(w) => self.location_kg - self.location_generation_kg + w.kg,
            None => self.location_kg,
        }
    }
}

/// Every component estimated, under both accountings, over `[from, to)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Accounts {
    pub from: Timestamp,
    pub to: Timestamp,
    pub rows: Vec<Row>,
}

impl Accounts {
    pub fn location_kg(&self) -> f64 {
        self.rows.iter().map(|r| r.location_kg).sum()
    }

    pub fn time_series_kg(&self) -> f64 {
        self.rows.iter().map(Row::time_series_kg).sum()
    }
}

/// What accounting needs from outside: intensities, series files and the UK's time zone.
pub trait Sources {
    type Error;

    /// The half-hourly intensities of `area` over `[from, to)`; `Err` gives the reason to fall
    /// back to the annual figure. Asked once per area and span.
    fn intensities(
        &mut self,
        area: GbArea,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<Intensity>, Message>;

    /// The rows of the energy series a component's `series` input names.
    fn series(&mut self, file: &str) -> Result<Vec<Energy>, Self::Error>;

    /// UK local time, in which `hours_of_day` is read.
    fn uk_time(&mut self) -> Result<TimeZone, Self::Error>;
}

/// Why accounting stopped. [`AccountError::message`] gives the sentence for people (but for
/// a failed source, whose error is the caller's own); `Display` is for logs.
#[derive(Debug, thiserror::Error)]
pub enum AccountError<E> {
    #[error("the period {start}–{end} cannot be placed in time")]
    Period { start: Date, end: Date },
    /// A source failed.
    #[error("a source failed")]
    Source(E),
    #[error("{}", .0.neutral())]
    HoursOfDay(sero_message::Message),
    #[error("{0}")]
    Profile(SeriesError),
    #[error("`{path}`: {error}")]
    Weigh { path: String, error: SeriesError },
}

impl<E> AccountError<E> {
    /// The sentence for people; `None` for [`AccountError::Source`], which the caller words.
    pub fn message(&self) -> Option<Message> {
        match self {
            AccountError::Period { start, end } => Some(msg!(
                "accounting-error-period",
                start = start.to_string(),
                end = end.to_string()
            )),
            AccountError::Source(_) => None,
            AccountError::HoursOfDay(problem) => Some(msg!(
                "accounting-error-hours-of-day",
                problem = problem.clone()
            )),
            AccountError::Profile(error) => Some(error.message()),
            AccountError::Weigh { path, error } => Some(msg!(
                "accounting-error-weigh",
                path = path.as_str(),
                problem = error.message()
            )),
        }
    }
}

/// The energy of one component over time, in UTC half hours.
fn profile<S: Sources>(
    inputs: &Inputs,
    energy_kwh: f64,
    (from, to): (Timestamp, Timestamp),
    sources: &mut S,
) -> Result<Vec<Energy>, AccountError<S::Error>> {
    if let Some(file) = inputs.text("series") {
        let rows = sources.series(file).map_err(AccountError::Source)?;
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
        let daily = DailyHours::parse(text).map_err(AccountError::HoursOfDay)?;
        let tz = sources.uk_time().map_err(AccountError::Source)?;
        return timeseries::spread_over_hours(from, to, &daily, &tz, energy_kwh)
            .map_err(AccountError::Profile);
    }
    Ok(timeseries::flat(from, to, energy_kwh))
}

/// An area and a span of seconds since the epoch.
type FetchKey = (GbArea, i64, i64);

/// Accounts every estimated component of `assessment` (a service over the UTC days `start` to
/// `end`) under both accountings.
pub fn account<S: Sources>(
    assessment: &Assessment,
    registry: &Registry,
    (start, end): (Date, Date),
    sources: &mut S,
) -> Result<Accounts, AccountError<S::Error>> {
    let civil = |d: Date| jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok();
    let (from, to) = civil(start)
        .zip(civil(end))
        .and_then(|(a, b)| timeseries::period_bounds(a, b))
        .ok_or(AccountError::Period { start, end })?;

    // Intensities by (area, from, to), fetched once; Err holds the reason to fall back.
    let mut fetched: HashMap<FetchKey, Result<Vec<Intensity>, Message>> = HashMap::new();
    // Each shared profile's result for 1 kWh, by area and `hours_of_day` ("" for flat).
    let mut per_kwh: HashMap<(GbArea, String), Result<Weighted, Fallback>> = HashMap::new();
    let mut rows = Vec::new();
    for c in assessment.components.iter().filter(|c| c.error.is_none()) {
        let inputs = &c.inputs;
        let has_grid = registry
            .get(&c.model)
            .is_some_and(|m| m.spec().input("grid").is_some());
        let location = match inputs.get("grid") {
            Some(InputValue::Text(code)) => Location::parse(code).ok(),
            Some(_) => None,
            None => Some(Location::Uk),
        };
        let grid = match inputs.get("grid") {
            Some(InputValue::Number(g)) => Some(GridInput::Intensity(*g)),
            _ => location.as_ref().map(|l| GridInput::Place(l.code())),
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
            grid: if has_grid { grid } else { None },
            area: None,
            energy_kwh: shown_kwh,
            location_kg: c.co2e_kg(),
            location_generation_kg,
            weighted: None,
            basis: Basis::NotGb,
        };
        let (Some(area), true) = (area, has_grid && energy_kwh > 0.0) else {
            rows.push(row);
            continue;
        };
        row.area = Some(area);
        // A profile other than a series is the same for every component that shares it:
        // weighed once for 1 kWh, then scaled (weighing is linear in the energy).
        let shared = inputs
            .text("series")
            .is_none()
            .then(|| (area, inputs.text("hours_of_day").unwrap_or("").to_owned()));
        let cached = shared.as_ref().and_then(|k| per_kwh.get(k)).cloned();
        let outcome = match cached {
            Some(unit) => unit.map(|u| u.scaled(energy_kwh)),
            None => {
                let kwh = if shared.is_some() { 1.0 } else { energy_kwh };
                let energy = profile(inputs, kwh, (from, to), sources)?;
                // The period, widened to a series that reaches beyond it.
                let span_from = energy
                    .iter()
                    .map(|e| e.from)
                    .min()
                    .map_or(from, |f| f.min(from));
                let span_to = energy.iter().map(|e| e.to).max().map_or(to, |t| t.max(to));
                let key = (area, span_from.as_second(), span_to.as_second());
                let intensities = fetched
                    .entry(key)
                    .or_insert_with(|| sources.intensities(area, span_from, span_to));
                // Not one half hour covered (a period the API has not published): a figure
                // without its electricity would mislead, so the component falls back instead.
                let outcome = match &*intensities {
                    Ok(intensities) => {
                        let w = timeseries::weigh(&energy, intensities).map_err(|error| {
                            AccountError::Weigh {
                                path: c.path.clone(),
                                error,
                            }
                        })?;
                        if w.covered == 0 {
                            Err(Fallback::NothingPublished)
                        } else {
                            Ok(w)
                        }
                    }
                    Err(reason) => Err(Fallback::Unavailable(reason.clone())),
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
                row.weighted = Some(weighted);
                row.basis = Basis::TimeSeries;
            }
            Err(fallback) => row.basis = Basis::Fallback(fallback),
        }
        rows.push(row);
    }
    Ok(Accounts { from, to, rows })
}
