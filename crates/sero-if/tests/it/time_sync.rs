//! TimeSync: explode, pad, resample.

use crate::run;

/// `n` observations of 60 s with `energy` = i (summed) and `cpu` = i (averaged).
pub fn manifest(n: usize, interval: u32, end_minutes: usize) -> String {
    let mut text = format!(
        r#"name: ts
initialize:
  plugins:
    sync:
      method: TimeSync
      path: builtin
      config:
        start-time: '2024-01-01T00:00:00.000Z'
        end-time: '2024-01-01T{:02}:{:02}:00.000Z'
        interval: {interval}
        allow-padding: true
      parameter-metadata:
        inputs:
          energy: {{unit: kWh, description: e, aggregation-method: {{time: sum, component: sum}}}}
          cpu: {{unit: '%', description: u, aggregation-method: {{time: avg, component: avg}}}}
tree:
  children:
    a:
      pipeline:
        compute: [sync]
      inputs:
"#,
        end_minutes / 60,
        end_minutes % 60
    );
    for i in 0..n {
        text.push_str(&format!(
            "        - {{timestamp: '2024-01-01T{:02}:{:02}:00.000Z', duration: 60, energy: {i}, cpu: 50}}\n",
            i / 60,
            i % 60
        ));
    }
    text
}

#[test]
fn one_hundred_minutes_make_twenty_five_minute_buckets() {
    let out = run(&manifest(100, 300, 100)).ok();
    assert_eq!(out.len("tree.children.a.outputs"), 20);
    // bucket k sums energy of minutes 5k..5k+4: 5 × (5k + 2)
    for k in [0usize, 7, 19] {
        let got = out.num(&format!("tree.children.a.outputs.{k}.energy"));
        assert!(
            (got - 5.0 * (5.0 * k as f64 + 2.0)).abs() < 1e-9,
            "bucket {k}: {got}"
        );
        assert_eq!(
            out.num(&format!("tree.children.a.outputs.{k}.duration")),
            300.0
        );
    }
    assert_eq!(
        out.text("tree.children.a.outputs.1.timestamp"),
        "2024-01-01T00:05:00.000Z"
    );
}

#[test]
fn averages_use_ifs_formula() {
    // IF adds the frame's values but the last, then divides by the frame's length:
    // 300 one-second records of 50 give 50 × 299 / 300.
    let out = run(&manifest(5, 300, 5)).ok();
    assert_eq!(
        out.num("tree.children.a.outputs.0.cpu"),
        50.0 * 299.0 / 300.0
    );
}

#[test]
fn padding_fills_with_zeros_up_to_the_end() {
    // 10 minutes of data, end-time at 20 minutes: ten more minutes of zeros.
    let out = run(&manifest(10, 300, 20)).ok();
    assert_eq!(out.len("tree.children.a.outputs"), 4);
    assert_eq!(out.num("tree.children.a.outputs.3.energy"), 0.0);
    assert_eq!(out.num("tree.children.a.outputs.3.duration"), 300.0);
}

#[test]
fn padding_refused_when_not_allowed() {
    let text = manifest(10, 300, 20).replace("allow-padding: true", "allow-padding: false");
    let out = run(&text);
    assert_eq!(
        out.failed().js_string(),
        "InvalidPaddingError: Avoiding padding at end"
    );
}

#[test]
fn overlapping_observations_fail() {
    let text = manifest(3, 60, 3).replace(
        "T00:01:00.000Z', duration: 60",
        "T00:00:30.000Z', duration: 60",
    );
    let out = run(&text);
    assert_eq!(
        out.failed().js_string(),
        "InvalidInputError: Observation timestamps overlap, please check inputs."
    );
}
