//! Time-series accounting: energy by half hour × grid intensity by half hour.
//!
//! Everything here works on UTC [`Timestamp`]s and half-open intervals `[from, to)` aligned on
//! half hours (the settlement periods of the GB grid, and of the Carbon Intensity API). An
//! energy interval longer than a half hour (an hourly meter reading) is spread evenly over its
//! half hours. A half hour that has energy but no intensity is a **gap**: it is counted and
//! reported, never filled, so a figure always says how much of the energy it covers.
//!
//! The module also holds the pure parts of time profiles: the ranges of the day of
//! `hours_of_day` (read in a time zone the caller gives, UK local time for sero) and the CSV of
//! an energy `series`. No I/O: callers read files and fetch intensities.

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use sero_message::{Message, msg};

/// Seconds in a half hour.
pub const HALF_HOUR: i64 = 1800;

/// Energy used in `[from, to)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Energy {
    pub from: Timestamp,
    pub to: Timestamp,
    pub kwh: f64,
}

/// Grid intensity over `[from, to)`, in grams per kWh.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Intensity {
    pub from: Timestamp,
    pub to: Timestamp,
    pub g_per_kwh: f64,
}

/// Energy × intensity over the half hours both cover.
#[derive(Clone, Debug, PartialEq)]
pub struct Weighted {
    /// Emissions of the covered energy, in kg (in the intensity's gases: CO2 only for the
    /// Carbon Intensity API).
    pub kg: f64,
    /// All the energy given.
    pub energy_kwh: f64,
    /// Energy in half hours that have an intensity.
    pub covered_kwh: f64,
    /// Energy in half hours without an intensity: not counted in `kg`.
    pub gap_kwh: f64,
    /// Half hours with energy (M).
    pub half_hours: usize,
    /// Of those, half hours with an intensity (N).
    pub covered: usize,
    /// Start of each half hour with energy and no intensity, in order.
    pub gaps: Vec<Timestamp>,
}

impl Weighted {
    /// Energy-weighted mean intensity of the covered half hours (g/kWh), NaN without any.
    pub fn mean_g_per_kwh(&self) -> f64 {
        self.kg * 1000.0 / self.covered_kwh
    }

    /// The result for the same profile with `factor` times the energy: weighing is linear in
    /// the energy, so a profile weighed once for 1 kWh serves every component that shares it.
    pub fn scaled(&self, factor: f64) -> Weighted {
        Weighted {
            kg: self.kg * factor,
            energy_kwh: self.energy_kwh * factor,
            covered_kwh: self.covered_kwh * factor,
            gap_kwh: self.gap_kwh * factor,
            half_hours: self.half_hours,
            covered: self.covered,
            gaps: self.gaps.clone(),
        }
    }
}

/// Why series could not be aligned.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SeriesError {
    #[error("{what} interval {from}–{to} is not aligned on half hours (UTC :00 and :30)")]
    NotAligned {
        what: &'static str,
        from: Timestamp,
        to: Timestamp,
    },
    #[error("{what} interval {from}–{to} ends before it starts")]
    Empty {
        what: &'static str,
        from: Timestamp,
        to: Timestamp,
    },
    #[error("energy {kwh} kWh from {from} is not a number ≥ 0")]
    BadEnergy { from: Timestamp, kwh: f64 },
    #[error("intensity {g} g/kWh from {from} is not a number ≥ 0")]
    BadIntensity { from: Timestamp, g: f64 },
    #[error("two intensities for the half hour starting {0}, which has energy")]
    DuplicateIntensity(Timestamp),
}

impl SeriesError {
    /// The sentence for people (`Display` is for logs).
    pub fn message(&self) -> Message {
        match self {
            SeriesError::NotAligned { what, from, to } => msg!(
                "accounting-series-not-aligned",
                what = *what,
                from = from.to_string(),
                to = to.to_string()
            ),
            SeriesError::Empty { what, from, to } => msg!(
                "accounting-series-empty",
                what = *what,
                from = from.to_string(),
                to = to.to_string()
            ),
            SeriesError::BadEnergy { from, kwh } => msg!(
                "accounting-series-bad-energy",
                from = from.to_string(),
                kwh = sero_message::Arg::Exact(*kwh)
            ),
            SeriesError::BadIntensity { from, g } => msg!(
                "accounting-series-bad-intensity",
                from = from.to_string(),
                g = sero_message::Arg::Exact(*g)
            ),
            SeriesError::DuplicateIntensity(from) => msg!(
                "accounting-series-duplicate-intensity",
                from = from.to_string()
            ),
        }
    }
}

/// Neumaier's compensated sum, so that a year of half hours adds up to the last bit that
/// matters (the flat-series test holds the result to 1e-12 of energy × factor).
#[derive(Clone, Copy, Debug, Default)]
struct Sum {
    sum: f64,
    compensation: f64,
}

impl Sum {
    fn add(&mut self, value: f64) {
        let t = self.sum + value;
        if self.sum.abs() >= value.abs() {
            self.compensation += (self.sum - t) + value;
        } else {
            self.compensation += (value - t) + self.sum;
        }
        self.sum = t;
    }

    fn value(self) -> f64 {
        self.sum + self.compensation
    }
}

/// The half-hour index (half hours since 1970-01-01T00:00Z) of each half hour of `[from, to)`.
fn half_hours(
    what: &'static str,
    from: Timestamp,
    to: Timestamp,
) -> Result<std::ops::Range<i64>, SeriesError> {
    let (a, b) = (from.as_second(), to.as_second());
    if from.subsec_nanosecond() != 0
        || to.subsec_nanosecond() != 0
        || a.rem_euclid(HALF_HOUR) != 0
        || b.rem_euclid(HALF_HOUR) != 0
    {
        return Err(SeriesError::NotAligned { what, from, to });
    }
    if b <= a {
        return Err(SeriesError::Empty { what, from, to });
    }
    Ok(a.div_euclid(HALF_HOUR)..b.div_euclid(HALF_HOUR))
}

/// The start of half hour `index`.
fn start_of(index: i64) -> Timestamp {
    Timestamp::from_second(index * HALF_HOUR).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// Energy by half hour: intervals longer than a half hour are spread evenly; energy of
/// overlapping intervals (several components) adds up.
pub fn by_half_hour(energy: &[Energy]) -> Result<BTreeMap<i64, f64>, SeriesError> {
    let mut map: BTreeMap<i64, Sum> = BTreeMap::new();
    for e in energy {
        if !(e.kwh.is_finite() && e.kwh >= 0.0) {
            return Err(SeriesError::BadEnergy {
                from: e.from,
                kwh: e.kwh,
            });
        }
        let range = half_hours("energy", e.from, e.to)?;
        let share = e.kwh / (range.end - range.start) as f64;
        for h in range {
            map.entry(h).or_default().add(share);
        }
    }
    Ok(map.into_iter().map(|(h, s)| (h, s.value())).collect())
}

/// Weighs `energy` by `intensity`, half hour by half hour.
pub fn weigh(energy: &[Energy], intensity: &[Intensity]) -> Result<Weighted, SeriesError> {
    // The half hours from the first to the last with energy, as one dense run: a year is
    // 17,520 slots. A span too long for that (centuries) goes through a sorted map instead.
    let mut ranges = Vec::with_capacity(energy.len());
    for e in energy {
        if !(e.kwh.is_finite() && e.kwh >= 0.0) {
            return Err(SeriesError::BadEnergy {
                from: e.from,
                kwh: e.kwh,
            });
        }
        ranges.push(half_hours("energy", e.from, e.to)?);
    }
    for i in intensity {
        if !(i.g_per_kwh.is_finite() && i.g_per_kwh >= 0.0) {
            return Err(SeriesError::BadIntensity {
                from: i.from,
                g: i.g_per_kwh,
            });
        }
    }
    let lo = ranges.iter().map(|r| r.start).min().unwrap_or(0);
    let hi = ranges.iter().map(|r| r.end).max().unwrap_or(0);
    let span = usize::try_from(hi - lo).unwrap_or(usize::MAX);
    if span > MAX_DENSE {
        return weigh_sparse(energy, intensity);
    }
    let mut kwh = vec![Sum::default(); span];
    for (e, range) in energy.iter().zip(ranges) {
        let share = e.kwh / (range.end - range.start) as f64;
        for h in range {
            kwh[(h - lo) as usize].add(share);
        }
    }
    let mut grid = vec![f64::NAN; span];
    for i in intensity {
        for h in half_hours("intensity", i.from, i.to)? {
            if h < lo || h >= hi {
                continue;
            }
            let slot = &mut grid[(h - lo) as usize];
            if !slot.is_nan() {
                return Err(SeriesError::DuplicateIntensity(start_of(h)));
            }
            *slot = i.g_per_kwh;
        }
    }
    Ok(total_up(kwh.iter().zip(&grid).enumerate().map(
        |(k, (e, g))| (lo + k as i64, e.value(), (!g.is_nan()).then_some(*g)),
    )))
}

/// Longest run of half hours weighed densely (about 1,100 years).
const MAX_DENSE: usize = 20_000_000;

/// [`weigh`] through sorted maps, for spans too long to hold densely.
fn weigh_sparse(energy: &[Energy], intensity: &[Intensity]) -> Result<Weighted, SeriesError> {
    let mut grid: BTreeMap<i64, f64> = BTreeMap::new();
    for i in intensity {
        for h in half_hours("intensity", i.from, i.to)? {
            if grid.insert(h, i.g_per_kwh).is_some() {
                return Err(SeriesError::DuplicateIntensity(start_of(h)));
            }
        }
    }
    let energy = by_half_hour(energy)?;
    Ok(total_up(
        energy
            .into_iter()
            .map(|(h, kwh)| (h, kwh, grid.get(&h).copied())),
    ))
}

/// Adds up `(half hour, kWh, intensity if any)` in time order.
fn total_up(slots: impl Iterator<Item = (i64, f64, Option<f64>)>) -> Weighted {
    let (mut grams, mut all, mut covered_kwh, mut gap_kwh) = (
        Sum::default(),
        Sum::default(),
        Sum::default(),
        Sum::default(),
    );
    let (mut half_hours, mut covered) = (0, 0);
    let mut gaps = Vec::new();
    for (h, kwh, g) in slots {
        all.add(kwh);
        if kwh == 0.0 {
            continue;
        }
        half_hours += 1;
        match g {
            Some(g) => {
                covered += 1;
                covered_kwh.add(kwh);
                grams.add(kwh * g);
            }
            None => {
                gap_kwh.add(kwh);
                gaps.push(start_of(h));
            }
        }
    }
    Weighted {
        kg: grams.value() / 1000.0,
        energy_kwh: all.value(),
        covered_kwh: covered_kwh.value(),
        gap_kwh: gap_kwh.value(),
        half_hours,
        covered,
        gaps,
    }
}

/// `kwh` spread evenly over every half hour of `[from, to)`.
pub fn flat(from: Timestamp, to: Timestamp, kwh: f64) -> Vec<Energy> {
    vec![Energy { from, to, kwh }]
}

/// The instants of a period of whole days: `[first 00:00Z, last + 1 day 00:00Z)`, in UTC
/// (the Carbon Intensity API's time, and sero's period of `days × 24` hours).
pub fn period_bounds(first: Date, last: Date) -> Option<(Timestamp, Timestamp)> {
    let from = first.to_zoned(TimeZone::UTC).ok()?.timestamp();
    let to = last
        .tomorrow()
        .ok()?
        .to_zoned(TimeZone::UTC)
        .ok()?
        .timestamp();
    Some((from, to))
}

/// Ranges of the day, in minutes after midnight, each a whole number of half hours;
/// `end` may be below `start` for a range over midnight (`22:00-06:00`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DailyHours {
    pub ranges: Vec<(u16, u16)>,
}

impl DailyHours {
    /// Parses `08:00-18:00` or several ranges separated by commas (`07:00-09:00, 17:00-22:30`).
    /// `24:00` ends a range at midnight.
    pub fn parse(text: &str) -> Result<DailyHours, Message> {
        let mut ranges = Vec::new();
        for part in text.split(',') {
            let part = part.trim();
            let Some((a, b)) = part.split_once('-') else {
                return Err(msg!("manifest-input-not-a-day-range", value = part));
            };
            let bad_time =
                |time: &str| msg!("manifest-input-not-a-time", range = part, value = time);
            let start = minutes(a.trim()).ok_or_else(|| bad_time(a.trim()))?;
            let end = minutes(b.trim()).ok_or_else(|| bad_time(b.trim()))?;
            if start == end || start == 1440 {
                return Err(msg!("manifest-input-empty-day-range", value = part));
            }
            ranges.push((start, end));
        }
        let daily = DailyHours { ranges };
        let mut seen = [false; 48];
        for slot in daily.slots() {
            if std::mem::replace(&mut seen[usize::from(slot)], true) {
                return Err(msg!("manifest-input-day-ranges-overlap", value = text));
            }
        }
        Ok(daily)
    }

    /// The half hours of the day in the ranges (0 = 00:00–00:30).
    fn slots(&self) -> impl Iterator<Item = u16> + '_ {
        self.ranges.iter().flat_map(|&(start, end)| {
            let (a, b) = (start / 30, end / 30);
            let wrapped = if b > a { a..b } else { a..48 };
            let morning = if b > a { 0..0 } else { 0..b };
            wrapped.chain(morning)
        })
    }

    /// Hours a day in the ranges.
    pub fn hours_a_day(&self) -> f64 {
        self.slots().count() as f64 / 2.0
    }

    /// True when the local half hour starting at `minute` after midnight is in a range.
    fn contains(&self, minute: i32) -> bool {
        let slot = (minute.rem_euclid(1440) / 30) as u16;
        self.slots().any(|s| s == slot)
    }
}

/// Minutes after midnight of `HH:MM` on the hour or half hour.
fn minutes(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let h: u16 = h.parse().ok()?;
    let m: u16 = m.parse().ok()?;
    if !(m == 0 || m == 30) || h > 24 || (h == 24 && m != 0) {
        return None;
    }
    Some(h * 60 + m)
}

/// `kwh` spread evenly over the half hours of `[from, to)` whose local start time (in `tz`)
/// is in `daily`. Returns no interval when no half hour qualifies.
pub fn spread_over_hours(
    from: Timestamp,
    to: Timestamp,
    daily: &DailyHours,
    tz: &TimeZone,
    kwh: f64,
) -> Result<Vec<Energy>, SeriesError> {
    let range = half_hours("period", from, to)?;
    let chosen: Vec<i64> = range
        .filter(|&h| {
            let start = start_of(h);
            let local = start.to_zoned(tz.clone());
            let minute = i32::from(local.hour()) * 60 + i32::from(local.minute());
            daily.contains(minute)
        })
        .collect();
    if chosen.is_empty() {
        return Ok(Vec::new());
    }
    let each = kwh / chosen.len() as f64;
    Ok(chosen
        .into_iter()
        .map(|h| Energy {
            from: start_of(h),
            to: start_of(h + 1),
            kwh: each,
        })
        .collect())
}

/// A row of an energy CSV that could not be read: 1-based line and, when known, column.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("row {line}{}: {message}", column.map(|c| format!(", column {c}")).unwrap_or_default())]
pub struct CsvError {
    pub line: usize,
    pub column: Option<usize>,
    pub message: String,
}

fn csv_error(line: usize, column: Option<usize>, message: impl Into<String>) -> CsvError {
    CsvError {
        line,
        column,
        message: message.into(),
    }
}

fn timestamp(text: &str, line: usize, column: usize) -> Result<Timestamp, CsvError> {
    text.parse::<Timestamp>().map_err(|_| {
        csv_error(
            line,
            Some(column),
            format!("`{text}` is not a time with its offset, such as `2025-04-01T00:00Z`"),
        )
    })
}

/// Reads an energy series: columns `from,kwh` or `from,to,kwh`, one interval a row, times in
/// ISO 8601 with an offset (`2025-04-01T00:00Z`). An optional header names the columns.
/// Without a `to` column every row lasts the step between the first two rows, which must be
/// 30 or 60 minutes. Rows must be in time order and must not overlap; a missing row is a
/// missing reading (no energy), not an error.
pub fn parse_energy_csv(text: &str) -> Result<Vec<Energy>, CsvError> {
    let mut rows: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut columns: Option<usize> = None;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split(',').map(str::trim).collect();
        if rows.is_empty()
            && columns.is_none()
            && cells.iter().any(|c| c.eq_ignore_ascii_case("kwh"))
        {
            let names: Vec<String> = cells.iter().map(|c| c.to_ascii_lowercase()).collect();
            if names != ["from", "kwh"] && names != ["from", "to", "kwh"] {
                return Err(csv_error(
                    line_no,
                    None,
                    format!("the header `{line}` is not `from,kwh` or `from,to,kwh`"),
                ));
            }
            columns = Some(cells.len());
            continue;
        }
        let expected = *columns.get_or_insert(cells.len());
        if cells.len() != expected || !(2..=3).contains(&cells.len()) {
            return Err(csv_error(
                line_no,
                None,
                format!(
                    "{} cells where {} were expected (`from,kwh` or `from,to,kwh`)",
                    cells.len(),
                    if (2..=3).contains(&expected) {
                        expected
                    } else {
                        2
                    }
                ),
            ));
        }
        rows.push((line_no, cells));
    }
    if rows.is_empty() {
        return Err(csv_error(1, None, "the file has no rows of energy"));
    }
    let with_to = columns == Some(3);
    let mut out = Vec::with_capacity(rows.len());
    for (line, cells) in &rows {
        let from = timestamp(cells[0], *line, 1)?;
        let (to, kwh_cell, kwh_col) = if with_to {
            (Some(timestamp(cells[1], *line, 2)?), cells[2], 3)
        } else {
            (None, cells[1], 2)
        };
        let kwh: f64 = kwh_cell.parse().map_err(|_| {
            csv_error(
                *line,
                Some(kwh_col),
                format!("`{kwh_cell}` is not a number of kWh"),
            )
        })?;
        if !(kwh.is_finite() && kwh >= 0.0) {
            return Err(csv_error(
                *line,
                Some(kwh_col),
                format!("`{kwh_cell}` kWh: energy cannot be negative"),
            ));
        }
        out.push((*line, from, to, kwh));
    }
    let step = if with_to {
        None
    } else {
        let [(_, a, _, _), (line, b, _, _), ..] = out.as_slice() else {
            return Err(csv_error(
                out[0].0,
                None,
                "one row without a `to` column: the interval is unknown; add a `to` column",
            ));
        };
        let step = b.duration_since(*a);
        if step != SignedDuration::from_mins(30) && step != SignedDuration::from_mins(60) {
            return Err(csv_error(
                *line,
                Some(1),
                format!(
                    "rows are {} minutes apart; a series is half-hourly or hourly (or give a `to` column)",
                    step.as_secs() / 60
                ),
            ));
        }
        Some(step)
    };
    let mut energy = Vec::with_capacity(out.len());
    let mut previous: Option<Timestamp> = None;
    for (line, from, to, kwh) in out {
        let to = match (to, step) {
            (Some(to), _) => to,
            (None, Some(step)) => from
                .checked_add(step)
                .map_err(|_| csv_error(line, Some(1), "the time is out of range"))?,
            (None, None) => unreachable_to(line)?,
        };
        if to <= from {
            return Err(csv_error(line, Some(2), "`to` is not after `from`"));
        }
        if half_hours("energy", from, to).is_err() {
            return Err(csv_error(
                line,
                Some(1),
                format!("{from}–{to} is not aligned on half hours (UTC :00 and :30)"),
            ));
        }
        if let Some(end) = previous
            && from < end
        {
            return Err(csv_error(
                line,
                Some(1),
                format!(
                    "{from} is before the end of the previous row ({end}): rows must be in order and must not overlap"
                ),
            ));
        }
        previous = Some(to);
        energy.push(Energy { from, to, kwh });
    }
    Ok(energy)
}

/// A row with neither a `to` nor a step cannot happen; an error rather than a panic.
fn unreachable_to(line: usize) -> Result<Timestamp, CsvError> {
    Err(csv_error(line, None, "the interval of this row is unknown"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn hand_computed_example_with_a_gap() {
        // One hour of 2 kWh (1 kWh per half hour) then a half hour of 3 kWh; intensities for
        // the first two half hours only: 100 and 200 g/kWh.
        let energy = [
            Energy {
                from: t("2025-01-01T00:00Z"),
                to: t("2025-01-01T01:00Z"),
                kwh: 2.0,
            },
            Energy {
                from: t("2025-01-01T01:00Z"),
                to: t("2025-01-01T01:30Z"),
                kwh: 3.0,
            },
        ];
        let intensity = [
            Intensity {
                from: t("2025-01-01T00:00Z"),
                to: t("2025-01-01T00:30Z"),
                g_per_kwh: 100.0,
            },
            Intensity {
                from: t("2025-01-01T00:30Z"),
                to: t("2025-01-01T01:00Z"),
                g_per_kwh: 200.0,
            },
        ];
        let w = weigh(&energy, &intensity).unwrap();
        // 1 × 100 + 1 × 200 = 300 g = 0.3 kg; 3 kWh in one gap.
        assert_eq!(w.kg, 0.3);
        assert_eq!(w.energy_kwh, 5.0);
        assert_eq!(w.covered_kwh, 2.0);
        assert_eq!(w.gap_kwh, 3.0);
        assert_eq!((w.covered, w.half_hours), (2, 3));
        assert_eq!(w.gaps, vec![t("2025-01-01T01:00Z")]);
        assert_eq!(w.mean_g_per_kwh(), 150.0);
    }

    #[test]
    fn misaligned_and_duplicate_intervals_are_refused() {
        let e = [Energy {
            from: t("2025-01-01T00:10Z"),
            to: t("2025-01-01T00:40Z"),
            kwh: 1.0,
        }];
        assert!(matches!(
            weigh(&e, &[]),
            Err(SeriesError::NotAligned { .. })
        ));
        let i = Intensity {
            from: t("2025-01-01T00:00Z"),
            to: t("2025-01-01T00:30Z"),
            g_per_kwh: 1.0,
        };
        let e = [Energy {
            from: t("2025-01-01T00:00Z"),
            to: t("2025-01-01T01:00Z"),
            kwh: 1.0,
        }];
        assert_eq!(
            weigh(&e, &[i, i]),
            Err(SeriesError::DuplicateIntensity(t("2025-01-01T00:00Z")))
        );
    }

    #[test]
    fn spans_of_centuries_are_weighed_sparsely_with_the_same_result() {
        let e = [
            Energy {
                from: t("2000-01-01T00:00Z"),
                to: t("2000-01-01T01:00Z"),
                kwh: 2.0,
            },
            Energy {
                from: t("3200-01-01T00:00Z"),
                to: t("3200-01-01T00:30Z"),
                kwh: 3.0,
            },
        ];
        let i = [Intensity {
            from: t("3200-01-01T00:00Z"),
            to: t("3200-01-01T00:30Z"),
            g_per_kwh: 100.0,
        }];
        let w = weigh(&e, &i).unwrap();
        assert_eq!(w, weigh_sparse(&e, &i).unwrap());
        assert_eq!((w.kg, w.gap_kwh, w.covered, w.half_hours), (0.3, 2.0, 1, 3));
        // A short span gives the same through both paths.
        let e = &e[..1];
        assert_eq!(weigh(e, &i).unwrap(), weigh_sparse(e, &i).unwrap());
    }

    #[test]
    fn daily_hours_parse_count_and_refuse() {
        let d = DailyHours::parse("08:00-18:00").unwrap();
        assert_eq!(d.hours_a_day(), 10.0);
        let d = DailyHours::parse("22:00-06:00, 12:00-12:30").unwrap();
        assert_eq!(d.hours_a_day(), 8.5);
        assert_eq!(
            DailyHours::parse("00:00-24:00").unwrap().hours_a_day(),
            24.0
        );
        assert!(DailyHours::parse("08:15-18:00").is_err());
        assert!(DailyHours::parse("08:00").is_err());
        assert!(DailyHours::parse("08:00-18:00, 17:00-19:00").is_err());
        assert!(DailyHours::parse("09:00-09:00").is_err());
    }

    #[test]
    fn hours_follow_uk_local_time_in_summer() {
        // 1 July: 08:00-09:00 BST is 07:00-08:00 UTC.
        let tz = TimeZone::get("Europe/London").unwrap();
        let d = DailyHours::parse("08:00-09:00").unwrap();
        let e = spread_over_hours(t("2025-07-01T00:00Z"), t("2025-07-02T00:00Z"), &d, &tz, 4.0)
            .unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].from, t("2025-07-01T07:00Z"));
        assert_eq!(e[1].to, t("2025-07-01T08:00Z"));
        assert_eq!(e[0].kwh + e[1].kwh, 4.0);
    }

    #[test]
    fn csv_both_shapes_and_located_errors() {
        let e = parse_energy_csv("from,kwh\n2025-01-01T00:00Z,1.5\n2025-01-01T01:00Z,2\n").unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[1].to, t("2025-01-01T02:00Z"));
        let e = parse_energy_csv("2025-01-01T00:00Z,2025-01-01T00:30Z,1\n").unwrap();
        assert_eq!(e[0].kwh, 1.0);
        let err =
            parse_energy_csv("from,kwh\n2025-01-01T00:00Z,1\n2025-01-01T00:30Z,-2\n").unwrap_err();
        assert_eq!((err.line, err.column), (3, Some(2)));
        let err = parse_energy_csv("from,kwh\n2025-01-01T00:00Z,1\nyesterday,2\n").unwrap_err();
        assert_eq!((err.line, err.column), (3, Some(1)));
        let err =
            parse_energy_csv("from,kwh\n2025-01-01T00:00Z,1\n2025-01-01T00:30Z\n").unwrap_err();
        assert_eq!(err.line, 3);
        let err =
            parse_energy_csv("2025-01-01T00:00Z,1\n2025-01-01T00:30Z,1\n2025-01-01T00:00Z,1\n")
                .unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("in order"), "{}", err.message);
    }

    use proptest::prelude::*;

    /// A random energy series: consecutive half-hourly or hourly rows from a random start.
    fn series() -> impl Strategy<Value = Vec<Energy>> {
        (
            0i64..100_000,
            prop::collection::vec((1i64..=2, 0.0f64..1000.0), 1..300),
        )
            .prop_map(|(start, rows)| {
                let mut at = 946_684_800 / HALF_HOUR + start;
                rows.into_iter()
                    .map(|(len, kwh)| {
                        let e = Energy {
                            from: start_of(at),
                            to: start_of(at + len),
                            kwh,
                        };
                        at += len;
                        e
                    })
                    .collect()
            })
    }

    fn flat_intensity(energy: &[Energy], g: f64) -> Vec<Intensity> {
        let first = energy[0].from;
        let last = energy[energy.len() - 1].to;
        half_hours("test", first, last)
            .unwrap()
            .map(|h| Intensity {
                from: start_of(h),
                to: start_of(h + 1),
                g_per_kwh: g,
            })
            .collect()
    }

    fn relative(a: f64, b: f64) -> f64 {
        if a == b {
            0.0
        } else {
            (a - b).abs() / a.abs().max(b.abs())
        }
    }

    proptest! {
        #[test]
        fn a_flat_intensity_gives_the_annual_method(energy in series(), g in 0.0f64..1000.0) {
            let w = weigh(&energy, &flat_intensity(&energy, g)).unwrap();
            let total: f64 = {
                let mut s = Sum::default();
                for e in &energy { s.add(e.kwh); }
                s.value()
            };
            prop_assert!(relative(w.kg, total * g / 1000.0) <= 1e-12, "{} vs {}", w.kg, total * g / 1000.0);
            prop_assert_eq!(w.gap_kwh, 0.0);
            prop_assert!(w.gaps.is_empty());
        }

        #[test]
        fn weighing_is_linear_in_the_energy(energy in series(), factor in 0.001f64..1e6) {
            let mut grid = flat_intensity(&energy, 0.0);
            for (k, x) in grid.iter_mut().enumerate() {
                x.g_per_kwh = 100.0 + (k % 48) as f64;
            }
            let more: Vec<Energy> = energy.iter().map(|e| Energy { kwh: e.kwh * factor, ..*e }).collect();
            let direct = weigh(&more, &grid).unwrap();
            let scaled = weigh(&energy, &grid).unwrap().scaled(factor);
            prop_assert!(relative(direct.kg, scaled.kg) <= 1e-12, "{} vs {}", direct.kg, scaled.kg);
            prop_assert!(relative(direct.energy_kwh, scaled.energy_kwh) <= 1e-12);
            prop_assert_eq!(direct.covered, scaled.covered);
        }

        #[test]
        fn splitting_a_series_changes_nothing(
            energy in series(),
            cut in 0usize..300,
            gs in prop::collection::vec(0.0f64..1000.0, 600),
        ) {
            let mut intensity = flat_intensity(&energy, 0.0);
            for (i, x) in intensity.iter_mut().enumerate() {
                x.g_per_kwh = gs[i % gs.len()];
            }
            let whole = weigh(&energy, &intensity).unwrap();
            // Cut the series in two and add the parts.
            let cut = cut.min(energy.len());
            let a = weigh(&energy[..cut], &intensity).unwrap();
            let b = weigh(&energy[cut..], &intensity).unwrap();
            prop_assert!(relative(whole.kg, a.kg + b.kg) <= 1e-12);
            // Split every hourly row into two half-hourly rows of half the energy.
            let halves: Vec<Energy> = energy
                .iter()
                .flat_map(|e| {
                    let n = (e.to.as_second() - e.from.as_second()) / HALF_HOUR;
                    let h0 = e.from.as_second() / HALF_HOUR;
                    (0..n).map(move |k| Energy {
                        from: start_of(h0 + k),
                        to: start_of(h0 + k + 1),
                        kwh: e.kwh / n as f64,
                    })
                })
                .collect();
            let split = weigh(&halves, &intensity).unwrap();
            prop_assert!(relative(whole.kg, split.kg) <= 1e-12);
            prop_assert_eq!(whole.half_hours, split.half_hours);
        }
    }
}
