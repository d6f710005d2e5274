//! Times the phases of a run: `cargo run --release -p sero-if --example if_phases -- m.yml`
//! (parse only, parse + compute, and writing the output to a sink).

use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: if_phases <manifest>");
    let t0 = Instant::now();
    let text = std::fs::read_to_string(&path).expect("readable manifest");
    let t1 = Instant::now();
    let mut pool = sero_if::pool::Pool::new();
    let parsed = sero_if::yaml::parse(&text, &mut pool).expect("valid YAML");
    drop(parsed);
    let t2 = Instant::now();
    let run = sero_if::run(&text, &sero_if::Options::default()).expect("runs");
    let t3 = Instant::now();
    let mut emitter = sero_if::emit::Emitter::new(&run.pool, std::io::sink());
    emitter.document(&run.document).expect("writes");
    let t4 = Instant::now();
    println!(
        "read {:.3} s, parse {:.3} s, parse+compute {:.3} s, emit {:.3} s, error: {:?}",
        (t1 - t0).as_secs_f64(),
        (t2 - t1).as_secs_f64(),
        (t3 - t2).as_secs_f64(),
        (t4 - t3).as_secs_f64(),
        run.error.map(|e| e.js_string())
    );
}

#[allow(dead_code)]
fn events_only(text: &str) -> usize {
    saphyr_parser::Parser::new_from_str(text).count()
}
