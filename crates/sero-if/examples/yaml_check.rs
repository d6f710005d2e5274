//! Checks that the fast YAML reader and the full one agree on files:
//! `cargo run -p sero-if --example yaml_check -- a.yml b.yml …`.

fn main() {
    let mut bad = 0;
    let mut fast = 0;
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable");
        let mut pool = sero_if::pool::Pool::new();
        let full = sero_if::yaml::parse_full(&text, &mut pool);
        let quick = sero_if::yaml::parse(&text, &mut pool);
        let show = |v: &Result<sero_if::value::Value, sero_if::yaml::SyntaxError>,
                    pool: &sero_if::pool::Pool| match v {
            Ok(sero_if::value::Value::Map(m)) => sero_if::emit::to_string(pool, m),
            other => format!("{other:?}"),
        };
        let (a, b) = (show(&full, &pool), show(&quick, &pool));
        if sero_if::yaml::fast_accepts(&text) {
            fast += 1;
        }
        if a != b {
            bad += 1;
            println!("DIFFER {path}");
        }
    }
    println!("{bad} differ, {fast} read by the fast reader");
}
