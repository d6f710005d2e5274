//! Benchmarks of the evaluator (see BENCHMARKS.md for figures and the machine):
//! - a generated manifest of 10,000 components: parse + evaluate, and evaluate alone (central
//!   value, with the explain trail, as `sero estimate --samples 0` does);
//! - 10,000 Monte Carlo samples of the Welsh example.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use sero_core::evaluate::{Options, assess};
use sero_core::factor::FactorSet;
use sero_core::models::Registry;
use sero_core::service::Service;
use sero_manifest::manifest::{Schema, parse};
use sero_manifest::tree::Format;

const WELSH_EXAMPLE: &str = include_str!("../../../examples/blue-badge-wales.yaml");

/// A manifest of `n` components in groups of 100, cycling through every model.
pub fn generated_manifest(n: usize) -> String {
    let mut text = String::from(
        "sero: 1\nservice: {name: Generated, functional_unit: transaction}\n\
         period: {start: 2025-04-01, end: 2026-03-31}\n\
         channels:\n  - {id: online, transactions: 100000}\n  - {id: paper, transactions: 20000}\n  - {id: phone, transactions: 15000}\n\
         components:\n",
    );
    for group in 0..n.div_ceil(100) {
        let _ = writeln!(text, "  - id: group-{group}\n    components:");
        for i in group * 100..((group + 1) * 100).min(n) {
            let leaf = match i % 6 {
                0 => format!("model: data-transfer, channel: online, basis: transaction, inputs: {{bytes: {} kB, page_views: 6, grid_intensity: GBR}}", 500 + i % 1000),
                1 => format!("model: electricity, share: 5%, inputs: {{energy: {} kWh}}", 100 + i),
                2 => format!("model: end-user-device, channel: online, basis: transaction, inputs: {{device: smartphone, minutes: {} min}}", 5 + i % 20),
                3 => "model: server, share: 1%, inputs: {count: 2, idle_power: 120 W, max_power: 350 W, utilisation: 10%}".to_owned(),
                4 => format!("model: reported, inputs: {{co2e: {} kgCO2e, source: supplier report}}", 10 + i % 50),
                _ => "model: spend, channel: paper, inputs: {amount: 1200 GBP}".to_owned(),
            };
            let _ = writeln!(text, "      - {{id: c{i}, {leaf}}}");
        }
    }
    text
}

fn load(text: &str, library: &FactorSet, registry: &Registry) -> Service {
    let exists = |id: &str| sero_core::factor::FactorLibrary::get(library, id).is_some();
    let schema = Schema {
        registry,
        factor_exists: &exists,
    };
    parse(text, "bench.yaml", Format::Yaml, &schema).expect("the manifest parses")
}

fn benches(c: &mut Criterion) {
    let library = sero_factors::bundled().expect("bundled factors");
    let registry = Registry::bundled();
    let generated = generated_manifest(10_000);
    let service = load(&generated, &library, &registry);
    assert_eq!(
        sero_core::evaluate::flatten(&service, &registry).len(),
        10_000
    );

    let mut group = c.benchmark_group("10k-components");
    group.sample_size(20);
    let central = Options {
        samples: 0,
        seed: 1,
        explain: false,
    };
    let explained = Options {
        explain: true,
        ..central
    };
    group.bench_function("evaluate (central value)", |b| {
        b.iter(|| assess(black_box(&service), &registry, &library, central))
    });
    group.bench_function("evaluate (central value, explain trail)", |b| {
        b.iter(|| assess(black_box(&service), &registry, &library, explained))
    });
    group.bench_function("parse + evaluate", |b| {
        b.iter(|| {
            let service = load(black_box(&generated), &library, &registry);
            assess(&service, &registry, &library, central)
        })
    });
    group.finish();

    let welsh = load(WELSH_EXAMPLE, &library, &registry);
    let mut group = c.benchmark_group("welsh-example");
    group.sample_size(10);
    group.bench_function("10,000 Monte Carlo samples", |b| {
        b.iter(|| {
            assess(
                black_box(&welsh),
                &registry,
                &library,
                Options {
                    samples: 10_000,
                    seed: 1,
                    explain: false,
                },
            )
        })
    });
    group.bench_function("central value", |b| {
        b.iter(|| {
            assess(
                black_box(&welsh),
                &registry,
                &library,
                Options {
                    samples: 0,
                    seed: 1,
                    explain: false,
                },
            )
        })
    });
    group.finish();
}

criterion_group!(evaluate, benches);
criterion_main!(evaluate);
