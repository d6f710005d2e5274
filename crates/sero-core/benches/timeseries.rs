//! Benchmarks of time-series accounting (see BENCHMARKS.md for figures and the machine): a
//! year of half hours (17,520) of energy weighed by a year of intensities, flat and from hourly
//! rows, and spreading a year's energy over office hours in UK local time.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use sero_core::timeseries::{DailyHours, Energy, Intensity, flat, spread_over_hours, weigh};

const HALF_HOUR: i64 = 1800;

fn at(h: i64) -> Timestamp {
    let start: Timestamp = "2025-04-01T00:00Z".parse().expect("a time");
    Timestamp::from_second(start.as_second() + h * HALF_HOUR).expect("in range")
}

fn year() -> (Timestamp, Timestamp) {
    (at(0), at(17_520))
}

/// A year of half-hourly intensities with a daily shape (the numbers only need to differ).
fn intensities() -> Vec<Intensity> {
    (0..17_520)
        .map(|h| Intensity {
            from: at(h),
            to: at(h + 1),
            g_per_kwh: 150.0 + (h % 48) as f64,
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let (from, to) = year();
    let grid = intensities();
    let flat_year = flat(from, to, 8760.0);
    let hourly: Vec<Energy> = (0..8_760)
        .map(|h| Energy {
            from: at(2 * h),
            to: at(2 * h + 2),
            kwh: 1.0 + (h % 24) as f64 / 10.0,
        })
        .collect();
    let tz = TimeZone::get("Europe/London").expect("the tz database");
    let office = DailyHours::parse("08:00-18:00").expect("hours");

    let mut group = c.benchmark_group("year-of-half-hours");
    group.bench_function("weigh flat energy", |b| {
        b.iter(|| weigh(black_box(&flat_year), black_box(&grid)).expect("weighs"))
    });
    group.bench_function("weigh 8,760 hourly rows", |b| {
        b.iter(|| weigh(black_box(&hourly), black_box(&grid)).expect("weighs"))
    });
    group.bench_function("spread over office hours (Europe/London)", |b| {
        b.iter(|| spread_over_hours(from, to, black_box(&office), &tz, 8760.0).expect("spreads"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
