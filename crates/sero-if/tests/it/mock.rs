//! MockObservations: seeded and linear.

use sero_if::Options;

use crate::run_with;

fn manifest(minutes: usize) -> String {
    format!(
        r#"name: mock
initialize:
  plugins:
    mock:
      method: MockObservations
      path: builtin
      config:
        timestamp-from: '2024-01-01T00:00:00.000Z'
        timestamp-to: '2024-01-{:02}T{:02}:{:02}:00.000Z'
        duration: 60
        components:
          - name: web
          - name: db
        generators:
          common: {{region: uk-west}}
          randint: {{cpu: {{min: 1, max: 99}}}}
tree:
  children:
    a:
      pipeline:
        observe: [mock]
"#,
        1 + minutes / 1440,
        minutes / 60 % 24,
        minutes % 60
    )
}

fn cpu_values(seed: u64, minutes: usize) -> Vec<f64> {
    let options = Options {
        seed,
        ..Options::default()
    };
    let out = run_with(&manifest(minutes), &options).ok();
    (0..2 * minutes)
        .map(|i| out.num(&format!("tree.children.a.inputs.{i}.cpu")))
        .collect()
}

#[test]
fn one_observation_per_component_per_bucket() {
    let out = run_with(&manifest(30), &Options::default()).ok();
    assert_eq!(out.len("tree.children.a.inputs"), 60);
    assert_eq!(out.text("tree.children.a.inputs.0.name"), "web");
    assert_eq!(out.text("tree.children.a.inputs.30.name"), "db");
    assert_eq!(
        out.text("tree.children.a.inputs.31.timestamp"),
        "2024-01-01T00:01:00.000Z"
    );
    assert_eq!(out.text("tree.children.a.inputs.5.region"), "uk-west");
}

#[test]
fn the_same_seed_gives_the_same_observations() {
    let a = cpu_values(7, 20);
    assert_eq!(a, cpu_values(7, 20));
    assert_ne!(a, cpu_values(8, 20));
    assert!(
        a.iter()
            .all(|v| (1.0..99.0).contains(v) && v.fract() == 0.0)
    );
}

#[test]
fn ten_thousand_buckets_where_if_overflows_its_stack() {
    // IF's recursive bucket builder fails at about 6,000 buckets; this is a loop.
    let out = run_with(&manifest(10_000), &Options::default()).ok();
    assert_eq!(out.len("tree.children.a.inputs"), 20_000);
}
