//! Laws, as property tests: what must hold for any counter values, any label text, any
//! sequence of samples.

use proptest::prelude::*;

use sero_energy::prometheus::parse;
use sero_energy::rapl::delta_uj;
use sero_energy::series::{self, Scrape};

/// Escapes a label value as the exposition format requires.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

proptest! {
    /// The energy between two readings of a counter never exceeds its range, and adding it to
    /// the first reading gives the second, modulo the wrap point.
    #[test]
    fn wrap_correction_is_modular(max in 1u64..=262_143_328_850, a in 0u64..=u64::MAX, b in 0u64..=u64::MAX) {
        let (before, after) = (a % max, b % max);
        let delta = delta_uj(before, after, max);
        prop_assert!(delta < max);
        prop_assert_eq!((before + delta) % max, after);
    }

    /// Any label value survives escaping and parsing, and so does any finite value.
    #[test]
    fn labels_and_values_round_trip(label in "\\PC*", other in "[a-z\"\\\\\n]{0,8}", value in -1e12f64..1e12) {
        let text = format!(
            "kepler_x_joules_total{{a=\"{}\",b=\"{}\"}} {value} 1700000000000\n",
            escape(&label),
            escape(&other)
        );
        let exposition = parse(&text).unwrap();
        let sample = &exposition.samples[0];
        prop_assert_eq!(sample.label("a"), Some(label.as_str()));
        prop_assert_eq!(sample.label("b"), Some(other.as_str()));
        prop_assert_eq!(sample.value, value);
    }

    /// A counter's intervals are never negative; a counter that never goes down gives
    /// last − first; every decrease is one reset.
    #[test]
    fn counter_intervals(values in prop::collection::vec(0u32..1_000_000, 2..40)) {
        let scrapes: Vec<Scrape> = values
            .iter()
            .enumerate()
            .map(|(i, v)| Scrape {
                source: format!("s{i}"),
                time_ms: Some(i as i64 * 1000),
                relative: true,
                exposition: parse(&format!("kepler_node_cpu_joules_total {v}\n")).unwrap(),
            })
            .collect();
        let report = series::energy(&scrapes, &[]).unwrap();
        let s = &report.series[0];
        prop_assert_eq!(s.intervals.len(), values.len() - 1);
        prop_assert!(s.intervals.iter().all(|i| i.joules >= 0.0));
        let decreases = values.windows(2).filter(|w| w[1] < w[0]).count();
        prop_assert_eq!(s.resets(), decreases);
        if decreases == 0 {
            let expected = f64::from(values[values.len() - 1]) - f64::from(values[0]);
            prop_assert!((s.joules() - expected).abs() < 1e-6);
        }
    }
}
