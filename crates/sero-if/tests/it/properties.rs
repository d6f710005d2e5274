//! Invariants over generated inputs.

use proptest::prelude::*;

use crate::run;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// TimeSync moves a summed metric between buckets without creating or losing any of it.
    #[test]
    fn time_sync_conserves_summed_metrics(values in proptest::collection::vec(0.0f64..1000.0, 1..40), interval in prop::sample::select(vec![60u32, 120, 300, 600])) {
        let n = values.len();
        let mut text = crate::time_sync::manifest(0, interval, n);
        for (i, v) in values.iter().enumerate() {
            text.push_str(&format!(
                "        - {{timestamp: '2024-01-01T{:02}:{:02}:00.000Z', duration: 60, energy: {v}, cpu: 1}}\n",
                i / 60, i % 60
            ));
        }
        let out = run(&text).ok();
        let buckets = out.len("tree.children.a.outputs");
        prop_assert_eq!(buckets, (n * 60).div_ceil(interval as usize));
        let total: f64 = (0..buckets).map(|k| out.num(&format!("tree.children.a.outputs.{k}.energy"))).sum();
        let want: f64 = values.iter().sum();
        prop_assert!((total - want).abs() <= 1e-9 * want.max(1.0), "{} vs {}", total, want);
        let seconds: f64 = (0..buckets).map(|k| out.num(&format!("tree.children.a.outputs.{k}.duration"))).sum();
        prop_assert_eq!(seconds, (n * 60) as f64);
    }

    /// Sum over any inputs equals the sum computed here in the same order.
    #[test]
    fn sum_adds_in_order(a in -1e6f64..1e6, b in -1e6f64..1e6, c in -1e6f64..1e6) {
        let inputs = format!("        - {{timestamp: x, duration: 1, a: {a}, b: {b}, c: {c}}}\n");
        let out = run(&crate::one_plugin("Sum", "{input-parameters: [a, b, c], output-parameter: s}", &inputs)).ok();
        prop_assert_eq!(out.num("tree.children.a.outputs.0.s"), 0.0 + a + b + c);
    }
}
