use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use sero_grid::{HalfHour, Window, WindowError, best_window, job_length};

fn series(start: Timestamp, values: &[f64]) -> Vec<HalfHour> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let from = start + SignedDuration::from_mins(30 * i as i64);
            HalfHour {
                from,
                to: from + SignedDuration::from_mins(30),
                forecast: Some(*v),
                actual: None,
                index: None,
            }
        })
        .collect()
}

/// Every allowed start tried, each mean summed afresh; ties to the earliest.
fn brute_force(values: &[f64], len: usize, horizon_slots: usize) -> Option<(usize, f64)> {
    let last = horizon_slots
        .checked_sub(len)?
        .min(values.len().checked_sub(len)?);
    let mut best: Option<(usize, f64)> = None;
    for start in 0..=last {
        let mean = values[start..start + len].iter().sum::<f64>() / len as f64;
        if best.is_none_or(|(_, m)| mean < m) {
            best = Some((start, mean));
        }
    }
    best
}

fn start() -> Timestamp {
    "2025-06-01T08:00:00Z".parse().unwrap()
}

#[test]
fn the_cheapest_three_hours_of_a_day() {
    // High in the morning, a trough of 60 from 13:00 to 16:00, high again.
    let mut values = vec![250.0; 48];
    for v in &mut values[10..16] {
        *v = 60.0;
    }
    let window: Window =
        best_window(&series(start(), &values), 6, SignedDuration::from_hours(24)).unwrap();
    assert_eq!(window.start, "2025-06-01T13:00:00Z".parse().unwrap());
    assert_eq!(window.end, "2025-06-01T16:00:00Z".parse().unwrap());
    assert_eq!((window.mean, window.now_mean), (60.0, 250.0));
    assert_eq!(window.saving, 190.0);
    assert_eq!(window.saving_percent, 76.0);
    assert!(!window.cut_by_forecast);
}

#[test]
fn the_horizon_limits_the_end_and_ties_go_to_the_earliest() {
    let values = [100.0, 50.0, 50.0, 50.0, 10.0, 10.0];
    let s = series(start(), &values);
    // Within 2 h (4 half hours) a 1 h job must end by the fourth half hour.
    let w = best_window(&s, 2, SignedDuration::from_hours(2)).unwrap();
    assert_eq!(w.start, s[1].from, "earliest of the equal windows");
    assert_eq!(w.mean, 50.0);
    let w = best_window(&s, 2, SignedDuration::from_hours(3)).unwrap();
    assert_eq!(w.start, s[4].from);
    // A horizon beyond the forecast: the forecast limits it, and says so.
    let w = best_window(&s, 2, SignedDuration::from_hours(48)).unwrap();
    assert!(w.cut_by_forecast);
}

#[test]
fn now_is_best_gives_no_saving() {
    let w = best_window(
        &series(start(), &[10.0, 20.0, 30.0]),
        1,
        SignedDuration::from_hours(1),
    )
    .unwrap();
    assert_eq!((w.start, w.saving, w.saving_percent), (start(), 0.0, 0.0));
}

#[test]
fn impossible_windows() {
    let s = series(start(), &[10.0, 20.0]);
    assert_eq!(
        best_window(&s, 5, SignedDuration::from_hours(2)),
        Err(WindowError::LongerThanHorizon)
    );
    assert_eq!(
        best_window(&s, 3, SignedDuration::from_hours(24)),
        Err(WindowError::ForecastTooShort {
            half_hours_available: 2
        })
    );
    // A gap in the series ends the usable forecast.
    let mut gap = series(start(), &[10.0, 20.0, 5.0]);
    gap[2].from += SignedDuration::from_mins(30);
    gap[2].to += SignedDuration::from_mins(30);
    let w = best_window(&gap, 1, SignedDuration::from_hours(24)).unwrap();
    assert_eq!(w.start, start());
}

#[test]
fn job_lengths_round_up_to_half_hours() {
    let len = |mins| job_length(SignedDuration::from_mins(mins));
    assert_eq!(
        len(180).map(|l| (l.half_hours, l.rounded_up)),
        Some((6, false))
    );
    assert_eq!(
        len(181).map(|l| (l.half_hours, l.rounded_up)),
        Some((7, true))
    );
    assert_eq!(
        len(1).map(|l| (l.half_hours, l.rounded_up)),
        Some((1, true))
    );
    assert_eq!(len(0), None);
    assert_eq!(len(-30), None);
}

proptest! {
    #[test]
    fn equals_brute_force_on_whole_numbers(
        values in prop::collection::vec(0u16..400, 1..120),
        len in 1usize..20,
        horizon_slots in 1usize..140,
    ) {
        let values: Vec<f64> = values.into_iter().map(f64::from).collect();
        let s = series(start(), &values);
        let got = best_window(&s, len, SignedDuration::from_mins(30 * horizon_slots as i64));
        match brute_force(&values, len, horizon_slots) {
            None => prop_assert!(got.is_err()),
            Some((best, mean)) => {
                let w = got.unwrap();
                prop_assert_eq!(w.start, s[best].from);
                prop_assert_eq!(w.mean, mean);
                prop_assert_eq!(w.half_hours, len);
                prop_assert_eq!(w.end, s[best + len - 1].to);
                let now_mean = values[..len].iter().sum::<f64>() / len as f64;
                prop_assert_eq!(w.saving, now_mean - mean);
            }
        }
    }

    #[test]
    fn mean_equals_brute_force_on_fractions(
        values in prop::collection::vec(0.0f64..900.0, 1..120),
        len in 1usize..20,
    ) {
        let s = series(start(), &values);
        let got = best_window(&s, len, SignedDuration::from_hours(96));
        match brute_force(&values, len, 192) {
            None => prop_assert!(got.is_err()),
            Some((_, mean)) => {
                let w = got.unwrap();
                prop_assert!((w.mean - mean).abs() <= 1e-9 * mean.max(1.0), "{} vs {}", w.mean, mean);
            }
        }
    }
}
