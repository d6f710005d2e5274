use sero_energy::prometheus::parse;
use sero_energy::series::{self, Quantity, Scrape, SeriesError};

use crate::fixture;

fn scrape(source: &str, text: &str, time_ms: Option<i64>) -> Scrape {
    Scrape {
        source: source.to_owned(),
        time_ms,
        relative: time_ms.is_some(),
        exposition: parse(text).unwrap(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn scaphandre_two_scrapes_ten_seconds_apart() {
    let scrapes = [
        scrape("scaphandre-1.prom", &fixture("scaphandre-1.prom"), Some(0)),
        scrape(
            "scaphandre-2.prom",
            &fixture("scaphandre-2.prom"),
            Some(10_000),
        ),
    ];
    let report = series::energy(&scrapes, &[]).unwrap();
    let find = |display: &str| {
        report
            .series
            .iter()
            .find(|s| s.display().starts_with(display))
            .unwrap_or_else(|| panic!("no {display}"))
    };
    // Counter: 114811476044 − 114591476044 µJ = 220 J.
    let host = find("scaph_host_energy_microjoules");
    assert_eq!(host.reading.quantity, Quantity::Energy);
    assert!(close(host.joules(), 220.0), "{}", host.joules());
    // 220 J is 220 / 3.6 MJ per kWh, interval by interval and in all.
    assert!(close(host.kwh() * 3_600_000.0, 220.0), "{}", host.kwh());
    assert_eq!(host.intervals.len(), 1);
    assert_eq!(host.intervals[0].kwh(), host.kwh());
    // Gauge: (21 + 23) / 2 W × 10 s = 220 J.
    assert!(close(find("scaph_host_power_microwatts").joules(), 220.0));
    // Per process: postgres (3 + 1) / 2 W × 10 s; node (5 + 7) / 2 W × 10 s.
    assert!(close(
        find("scaph_process_power_consumption_microwatts{cmdline=\"/usr").joules(),
        20.0
    ));
    assert!(close(
        find("scaph_process_power_consumption_microwatts{cmdline=\"node").joules(),
        60.0
    ));
    // CPU usage and load are not energy; the version is not either.
    assert!(
        report
            .series
            .iter()
            .all(|s| !s.metric.contains("usage") && !s.metric.contains("load"))
    );
    assert_eq!(report.series.len(), 5);
    // The process metric's total adds its two processes.
    let total = report
        .totals
        .iter()
        .find(|t| t.metric == "scaph_process_power_consumption_microwatts")
        .unwrap();
    assert_eq!(total.series, 2);
    assert!(close(total.joules, 80.0));
    assert!(close(total.kwh() * 3_600_000.0, 80.0));
}

#[test]
fn kepler_federate_dump_with_timestamps_and_a_counter_reset() {
    let scrapes = [scrape(
        "kepler-federate.prom",
        &fixture("kepler-federate.prom"),
        None,
    )];
    let report = series::energy(&scrapes, &[]).unwrap();
    let node: Vec<_> = report
        .series
        .iter()
        .filter(|s| s.metric == "kepler_node_cpu_joules_total")
        .collect();
    assert_eq!(node.len(), 2);
    let package = node
        .iter()
        .find(|s| s.label("zone") == Some("package"))
        .unwrap();
    let joules: Vec<f64> = package.intervals.iter().map(|i| i.joules).collect();
    assert_eq!(joules, [1200.0, 1260.0]);
    assert_eq!(package.intervals[0].start.time_ms, Some(1_764_331_200_000));
    // Totals of a metric with zones are per zone, never package + dram together.
    let zones: Vec<(Option<&str>, f64)> = report
        .totals
        .iter()
        .filter(|t| t.metric == "kepler_node_cpu_joules_total")
        .map(|t| (t.zone.as_deref(), t.joules))
        .collect();
    assert_eq!(zones, [(Some("package"), 2460.0), (Some("dram"), 122.0)]);
    // The gauge: (40 + 42) / 2 × 30 s + (42 + 44) / 2 × 30 s.
    let watts = report
        .series
        .iter()
        .find(|s| s.metric == "kepler_node_cpu_watts")
        .unwrap();
    assert!(close(watts.joules(), 1230.0 + 1290.0));
    // The process counter went from 390 J down to 25 J: a reset, counted as 25 J.
    let nginx = report
        .series
        .iter()
        .find(|s| s.metric == "kepler_process_cpu_joules_total")
        .unwrap();
    let joules: Vec<f64> = nginx.intervals.iter().map(|i| i.joules).collect();
    assert_eq!(joules, [90.0, 25.0]);
    assert_eq!(nginx.resets(), 1);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.id() == "prometheus-warning-reset"
                && w.get("line") == Some(&sero_message::Arg::Count(23))),
        "{:?}",
        report.warnings
    );
}

#[test]
fn kepler_legacy_names_by_metric() {
    let scrapes = [scrape("kepler-0.7.prom", &fixture("kepler-0.7.prom"), None)];
    let report = series::energy(&scrapes, &["kepler_container_joules_total".to_owned()]).unwrap();
    assert_eq!(report.series.len(), 2);
    let dynamic = report
        .series
        .iter()
        .find(|s| s.label("mode") == Some("dynamic"))
        .unwrap();
    assert!(close(dynamic.joules(), 60.5));
    let idle = report
        .series
        .iter()
        .find(|s| s.label("mode") == Some("idle"))
        .unwrap();
    assert!(close(idle.joules(), 30.0));
    assert!(
        report
            .available
            .contains(&"kepler_node_package_joules_total".to_owned())
    );
    // kepler_node_info is not energy, whatever its suffix-less name's TYPE says.
    assert!(!report.available.contains(&"kepler_node_info".to_owned()));
}

#[test]
fn errors() {
    let one = |text: &str| [scrape("x.prom", text, None)];
    assert_eq!(
        series::energy(&one("a_total 1\n"), &["a_total".to_owned()]),
        Err(SeriesError::NotEnergy {
            metric: "a_total".to_owned()
        })
    );
    assert!(matches!(
        series::energy(&one("x_joules_total 1 5\n"), &["y_joules_total".to_owned()]),
        Err(SeriesError::NotFound { .. })
    ));
    assert!(matches!(
        series::energy(&one("up 1\n"), &[]),
        Err(SeriesError::NotFound { .. })
    ));
    assert!(matches!(
        series::energy(
            &one("kepler_x_joules_total 1 5\nkepler_x_joules_total 2 4\n"),
            &[]
        ),
        Err(SeriesError::TimeOrder { line: 2, .. })
    ));
    assert!(matches!(
        series::energy(
            &one("kepler_x_joules_total 1\nkepler_x_joules_total 2\n"),
            &[]
        ),
        Err(SeriesError::Duplicate { line: 2, .. })
    ));
    assert!(matches!(
        series::energy(
            &one("kepler_x_joules_total 1 5\nkepler_x_joules_total 2\n"),
            &[]
        ),
        Err(SeriesError::MixedTime { line: 2, .. })
    ));
    // A gauge over two scrapes without times.
    let untimed = [
        scrape("a.prom", "kepler_node_cpu_watts 5\n", None),
        scrape("b.prom", "kepler_node_cpu_watts 6\n", None),
    ];
    assert!(matches!(
        series::energy(&untimed, &["kepler_node_cpu_watts".to_owned()]),
        Err(SeriesError::NoTime { .. })
    ));
    // Read by default rather than named: left out with a warning, not an error.
    let report = series::energy(&untimed, &[]).unwrap();
    assert_eq!(report.series[0].intervals.len(), 0);
    assert!(
        report.warnings[0].id() == "prometheus-warning-gauge-no-time",
        "{:?}",
        report.warnings
    );
}

#[test]
fn counters_need_no_time_and_gaps_are_reported_not_dropped() {
    let scrapes = [
        scrape(
            "a.prom",
            "scaph_host_energy_microjoules 1000000\nkepler_node_cpu_joules_total 1\n",
            None,
        ),
        scrape("b.prom", "scaph_host_energy_microjoules NaN\n", None),
        scrape("c.prom", "scaph_host_energy_microjoules 4000000\n", None),
    ];
    let report = series::energy(&scrapes, &[]).unwrap();
    let host = &report.series[0];
    // Both intervals touching the NaN are left out, each with a warning.
    assert_eq!(host.intervals.len(), 0);
    assert_eq!(
        report
            .warnings
            .iter()
            .filter(|w| w.id() == "prometheus-warning-not-finite"
                && w.get("value") == Some(&sero_message::Arg::Text("NaN".to_owned())))
            .count(),
        2
    );
    // The single-sample series is listed, with a warning.
    assert_eq!(report.series[1].intervals.len(), 0);
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.id() == "prometheus-warning-single-sample")
    );
}

#[test]
fn many_single_samples_make_one_warning() {
    let text: String = (0..5)
        .map(|i| format!("kepler_process_cpu_joules_total{{pid=\"{i}\"}} {i}\n"))
        .collect();
    let report = series::energy(&[scrape("one.prom", &text, None)], &[]).unwrap();
    assert_eq!(report.series.len(), 5);
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert_eq!(
        report.warnings[0].neutral().to_string(),
        r#"prometheus-warning-single-samples(count=5, first="kepler_process_cpu_joules_total{pid=\"0\"}")"#
    );
}
