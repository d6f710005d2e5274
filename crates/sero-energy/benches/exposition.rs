//! Benchmarks of the Prometheus exposition parser and the energy series (see BENCHMARKS.md):
//! a generated Kepler 0.10 scrape of 5,000 processes (every process with a `…_cpu_joules_total`
//! counter and a `…_cpu_watts` gauge, Kepler's label set), parsed alone, and ten such scrapes
//! turned into energy per interval.
//!
//! `SERO_ENERGY_BENCH_DUMP=FILE` also writes the scrape to FILE, for comparing with another
//! parser on the same text.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use sero_energy::prometheus::parse;
use sero_energy::series::{self, Scrape};

/// One Kepler scrape of `processes` processes, at `round`.
pub fn kepler_scrape(processes: usize, round: usize) -> String {
    let mut text = String::new();
    text.push_str("# HELP kepler_process_cpu_joules_total Energy consumption of cpu at process level in joules\n");
    text.push_str("# TYPE kepler_process_cpu_joules_total counter\n");
    for p in 0..processes {
        let _ = writeln!(
            text,
            "kepler_process_cpu_joules_total{{comm=\"worker-{p}\",container_id=\"c{c}\",exe=\"/usr/bin/worker\",node_name=\"node-1\",pid=\"{pid}\",state=\"running\",type=\"container\",vm_id=\"\",zone=\"package\"}} {value}",
            c = p % 50,
            pid = 1000 + p,
            value = (p as f64 * 1.5) + round as f64 * (p % 7) as f64 * 0.25
        );
    }
    text.push_str(
        "# HELP kepler_process_cpu_watts Power consumption of cpu at process level in watts\n",
    );
    text.push_str("# TYPE kepler_process_cpu_watts gauge\n");
    for p in 0..processes {
        let _ = writeln!(
            text,
            "kepler_process_cpu_watts{{comm=\"worker-{p}\",container_id=\"c{c}\",exe=\"/usr/bin/worker\",node_name=\"node-1\",pid=\"{pid}\",state=\"running\",type=\"container\",vm_id=\"\",zone=\"package\"}} {value}",
            c = p % 50,
            pid = 1000 + p,
            value = (p % 7) as f64 * 0.05
        );
    }
    text
}

fn benches(c: &mut Criterion) {
    let one = kepler_scrape(5_000, 0);
    if let Some(path) = sero_support::EnvVars::SERO_ENERGY_BENCH_DUMP.get_os() {
        std::fs::write(path, &one).expect("write the dump");
    }
    let mut group = c.benchmark_group("kepler-5000-processes");
    group.sample_size(20);
    group.bench_function("parse one scrape (10,000 samples)", |b| {
        b.iter(|| parse(black_box(&one)).expect("parses"))
    });
    let scrapes: Vec<Scrape> = (0..10)
        .map(|round| Scrape {
            source: format!("scrape-{round}"),
            time_ms: Some(round as i64 * 15_000),
            relative: true,
            exposition: parse(&kepler_scrape(5_000, round)).expect("parses"),
        })
        .collect();
    group.bench_function("energy series of 10 parsed scrapes", |b| {
        b.iter(|| series::energy(black_box(&scrapes), &[]).expect("series"))
    });
    group.finish();
}

criterion_group!(energy, benches);
criterion_main!(energy);
