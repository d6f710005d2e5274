//! Benchmarks of the inventory importer (figures and machine in BENCHMARKS.md): a generated
//! inventory of 10,000 lines cycling through every asset type, read; read and estimated; and
//! its Tech Carbon Standard export and activity file built.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

/// An inventory of `n` lines, every asset type and most columns represented.
fn generated_inventory(n: usize) -> String {
    let mut text = String::from(
        "asset,count,model,age_years,hours_per_year,power_w,life_years,location,hosting,pue,embodied_kg,disposed,disposal_route,disposed_kg,annual_kwh\n",
    );
    for i in 0..n {
        let line = match i % 10 {
            0 => format!(
                "laptop,{},laptop {i},{},,,,GBR,,,,{},recycle,{},",
                50 + i % 300,
                i % 6,
                1 + i % 7,
                2 * (1 + i % 7)
            ),
            1 => format!("desktop,{},desktop {i},2,2000,,,GBR,,,,,,,", 20 + i % 80),
            2 => format!(
                "monitor,{},monitor {i},{},,,,IRL,,,,,,,",
                40 + i % 200,
                i % 8
            ),
            3 => format!(
                "smartphone,{},,1,,,,GBR,,,,{},reuse,{},",
                30 + i % 100,
                1 + i % 4,
                1 + i % 4
            ),
            4 => format!("tablet,{},,,,,,FRA,,,,,,,", 10 + i % 40),
            5 => "printer,3,MFD,2,,60,6,GBR,,,400,,,,".to_owned(),
            6 => format!("switch,{},,3,,,,GBR,,,,,,,", 5 + i % 20),
            7 => format!("server,{},,{},,,,GBR,on-premise,,,,,,", 2 + i % 10, i % 6),
            8 => "storage,1,,2,,900,5,GBR,colocation,1.4,3000,,,,".to_owned(),
            _ => format!("cloud,,,,,,,GBR,,,,,,,{}", 1000 + i),
        };
        let _ = writeln!(text, "{line}");
    }
    text
}

fn inventory(c: &mut Criterion) {
    let library = sero_factors::bundled().expect("bundled factors");
    let csv = generated_inventory(10_000);
    let mut group = c.benchmark_group("10k-lines");
    group.bench_function("read", |b| {
        b.iter(|| sero_inventory::parse(black_box(&csv)).expect("valid"))
    });
    group.bench_function("read + estimate", |b| {
        b.iter(|| {
            let rows = sero_inventory::parse(black_box(&csv)).expect("valid");
            sero_inventory::estimate(&rows, &library).expect("estimated")
        })
    });
    let rows = sero_inventory::parse(&csv).expect("valid");
    let inventory = sero_inventory::estimate(&rows, &library).expect("estimated");
    group.bench_function("TCS export + activity file", |b| {
        b.iter(|| {
            let tcs = sero_inventory::export::tcs_document(black_box(&inventory));
            let activity = sero_inventory::export::activity_file(&inventory, "bench");
            (tcs, activity)
        })
    });
    group.finish();
}

criterion_group!(benches, inventory);
criterion_main!(benches);
