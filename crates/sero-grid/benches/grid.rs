//! Benchmarks of sero-grid (figures and machine in BENCHMARKS.md):
//! - the best window over a 48-hour forecast and over a year of half hours, by the sliding sum
//!   and, for the ratio, by trying every start;
//! - a year of national half hours read back from the cache (what a second `sero estimate` with
//!   time-series accounting asks of the client).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::{SignedDuration, Timestamp};
use sero_grid::{Area, Client, Config, HalfHour, best_window};
use sero_test_server::{Fixture, Server};

fn series(n: usize) -> Vec<HalfHour> {
    let start: Timestamp = "2025-01-01T00:00:00Z".parse().unwrap();
    (0..n)
        .map(|i| {
            let from = start + SignedDuration::from_mins(30 * i as i64);
            HalfHour {
                from,
                to: from + SignedDuration::from_mins(30),
                forecast: Some(100.0 + ((i * 7919) % 211) as f64),
                actual: None,
                index: None,
            }
        })
        .collect()
}

/// Every start tried, each mean summed afresh: O(n × k).
fn brute_force(series: &[HalfHour], k: usize) -> (usize, f64) {
    let values: Vec<f64> = series.iter().map(|h| h.forecast.unwrap()).collect();
    let mut best = (0, f64::INFINITY);
    for start in 0..=values.len() - k {
        let mean = values[start..start + k].iter().sum::<f64>() / k as f64;
        if mean < best.1 {
            best = (start, mean);
        }
    }
    best
}

fn window(c: &mut Criterion) {
    let mut group = c.benchmark_group("window");
    for (name, n, k) in [
        ("48h forecast, 3h job", 96, 6),
        ("a year, 3h job", 17_520, 6),
        ("a year, 24h job", 17_520, 48),
    ] {
        let s = series(n);
        let horizon = SignedDuration::from_mins(30 * n as i64);
        group.bench_function(format!("{name}/sliding sum"), |b| {
            b.iter(|| best_window(black_box(&s), k, horizon).unwrap())
        });
        group.bench_function(format!("{name}/every start"), |b| {
            b.iter(|| brute_force(black_box(&s), k))
        });
    }
    group.finish();
}

fn cached_year(c: &mut Criterion) {
    let from: Timestamp = "2025-01-01T00:00:00Z".parse().unwrap();
    let to: Timestamp = "2026-01-01T00:00:00Z".parse().unwrap();
    // The year's 27 calls of at most 14 days, answered by a loopback server.
    let mut routes = Vec::new();
    let mut start = from;
    while start < to {
        let end = (start + SignedDuration::from_hours(24 * 14)).min(to);
        let items: Vec<String> = series(17_520)
            .into_iter()
            .filter(|h| h.from >= start && h.from < end)
            .map(|h| {
                format!(
                    r#"{{"from":"{}","to":"{}","intensity":{{"forecast":{},"actual":{},"index":"low"}}}}"#,
                    h.from.strftime("%Y-%m-%dT%H:%MZ"),
                    h.to.strftime("%Y-%m-%dT%H:%MZ"),
                    h.forecast.unwrap(),
                    h.forecast.unwrap() - 2.0
                )
            })
            .collect();
        let path = format!(
            "/intensity/{}/{}",
            start.strftime("%Y-%m-%dT%H:%MZ"),
            end.strftime("%Y-%m-%dT%H:%MZ")
        );
        routes.push((
            path,
            Fixture::new(
                "application/json",
                format!(r#"{{"data":[{}]}}"#, items.join(",")),
            ),
        ));
        start = end;
    }
    let server = Server::start(
        "127.0.0.1",
        routes
            .iter()
            .map(|(p, f)| (p.as_str(), f.clone()))
            .collect(),
    );
    let cache = tempfile::tempdir().unwrap();
    let client = Client::new(Config {
        base_url: server.url(""),
        timeout: Duration::from_secs(10),
        tries: 1,
        backoff: Duration::ZERO,
        cache_dir: Some(cache.path().to_owned()),
        forecast_ttl: Duration::from_secs(1800),
        now: Some("2026-02-01T00:00:00Z".parse().unwrap()),
    });
    let mut group = c.benchmark_group("intensity");
    group.sample_size(20);
    group.bench_function("a year, fetched from loopback (27 calls)", |b| {
        b.iter(|| {
            let _ = std::fs::remove_dir_all(cache.path().join("carbon-intensity"));
            assert_eq!(
                client.intensity(&Area::National, from, to).unwrap().len(),
                17_520
            );
        })
    });
    let requests = server.requests().len();
    group.bench_function("a year, from the cache", |b| {
        b.iter(|| {
            assert_eq!(
                client.intensity(&Area::National, from, to).unwrap().len(),
                17_520
            )
        })
    });
    assert_eq!(server.requests().len(), requests, "the cache made requests");
    group.finish();
}

criterion_group!(benches, window, cached_year);
criterion_main!(benches);
