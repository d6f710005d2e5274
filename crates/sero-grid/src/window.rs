//! The best time to run a job: the start that minimises the mean forecast intensity over the
//! job's length, within a horizon. Pure: no clock, no I/O.

use jiff::{SignedDuration, Timestamp};

use crate::api::HalfHour;

const HALF_HOUR_SECONDS: i64 = 1800;

/// A job's length in whole half hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JobLength {
    pub half_hours: usize,
    /// The duration given was not a whole number of half hours and was rounded up.
    pub rounded_up: bool,
}

/// A job's length in half hours, rounded up; `None` for a duration of zero or less.
pub fn job_length(duration: SignedDuration) -> Option<JobLength> {
    if duration <= SignedDuration::ZERO {
        return None;
    }
    let seconds = duration.as_secs();
    let whole = seconds / HALF_HOUR_SECONDS;
    let exact = seconds % HALF_HOUR_SECONDS == 0 && duration.subsec_nanos() == 0;
    let half_hours = usize::try_from(if exact { whole } else { whole + 1 }).ok()?;
    Some(JobLength {
        half_hours,
        rounded_up: !exact,
    })
}

/// The best window found.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    pub start: Timestamp,
    pub end: Timestamp,
    pub half_hours: usize,
    /// Mean intensity over the window, gCO2/kWh.
    pub mean: f64,
    /// Mean intensity over the same length starting now (the series' first half hour).
    pub now_mean: f64,
    /// `now_mean - mean`, gCO2/kWh (zero when now is best).
    pub saving: f64,
    /// The saving as a percentage of `now_mean` (zero when `now_mean` is zero).
    pub saving_percent: f64,
    /// The last start allowed by the horizon lay beyond the forecast: fewer starts were tried.
    pub cut_by_forecast: bool,
}

/// Why no window could be chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WindowError {
    /// The job is longer than the horizon.
    LongerThanHorizon,
    /// The forecast does not cover one whole job from now (or has gaps at the start).
    ForecastTooShort { half_hours_available: usize },
}

/// The start, among the half hours of `series` (contiguous, the first one being now), that
/// minimises the mean of [`HalfHour::value`] over `half_hours` consecutive half hours, such
/// that the job ends within `horizon` of the first half hour's start. Ties go to the earliest
/// start. A window touching a half hour without a value, or a gap in the series, is not
/// considered. O(n) with a sliding sum.
pub fn best_window(
    series: &[HalfHour],
    half_hours: usize,
    horizon: SignedDuration,
) -> Result<Window, WindowError> {
    let horizon_slots = usize::try_from(horizon.as_secs() / HALF_HOUR_SECONDS).unwrap_or(0);
    if half_hours == 0 || half_hours > horizon_slots {
        return Err(WindowError::LongerThanHorizon);
    }
    // The usable run: contiguous half hours with values, from the first.
    let mut values = Vec::with_capacity(series.len());
    for (i, hh) in series.iter().enumerate() {
        let contiguous = i == 0 || series[i - 1].to == hh.from;
        match hh.value() {
            Some(v) if contiguous && v.is_finite() => values.push(v),
            _ => break,
        }
    }
    if values.len() < half_hours {
        return Err(WindowError::ForecastTooShort {
            half_hours_available: values.len(),
        });
    }
    let last_start_by_horizon = horizon_slots - half_hours;
    let last_start_by_forecast = values.len() - half_hours;
    let last_start = last_start_by_horizon.min(last_start_by_forecast);
    let mut sum: f64 = values[..half_hours].iter().sum();
    let (mut best_start, mut best_sum) = (0, sum);
    for start in 1..=last_start {
        sum += values[start + half_hours - 1] - values[start - 1];
        if sum < best_sum {
            best_start = start;
            best_sum = sum;
        }
    }
    // Sliding sums drift in the last bits; the reported means are summed afresh.
    let mean_of =
        |start: usize| values[start..start + half_hours].iter().sum::<f64>() / half_hours as f64;
    let mean = mean_of(best_start);
    let now_mean = mean_of(0);
    let saving = (now_mean - mean).max(0.0);
    Ok(Window {
        start: series[best_start].from,
        end: series[best_start + half_hours - 1].to,
        half_hours,
        mean,
        now_mean,
        saving,
        saving_percent: if now_mean > 0.0 {
            saving / now_mean * 100.0
        } else {
            0.0
        },
        cut_by_forecast: last_start_by_forecast < last_start_by_horizon,
    })
}
