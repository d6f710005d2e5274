//! Energy and power metrics of Scaphandre and Kepler as energy per interval.
//!
//! A metric is read by its unit suffix, the Prometheus naming convention ("Metric and label
//! naming", <https://prometheus.io/docs/practices/naming/>), which both exporters follow:
//! - `…_joules_total`: a counter in joules (Kepler ≥ 0.10: `kepler_node_cpu_joules_total`,
//!   `kepler_{process,container,pod,vm}_cpu_joules_total`; Kepler ≤ 0.9:
//!   `kepler_container_joules_total`, `kepler_node_package_joules_total`…; Kepler,
//!   `docs/user/metrics.md`, <https://github.com/sustainable-computing-io/kepler>);
//! - `…_microjoules`: a counter in µJ (Scaphandre 1.0: `scaph_host_energy_microjoules`,
//!   `scaph_host_rapl_psys_microjoules`; Scaphandre, `docs_src/references/metrics.md`,
//!   <https://github.com/hubblo-org/scaphandre>);
//! - `…_watts`: a gauge in W (`kepler_node_cpu_watts`, `kepler_process_cpu_watts`…);
//! - `…_microwatts`: a gauge in µW (`scaph_host_power_microwatts`,
//!   `scaph_process_power_consumption_microwatts`, `scaph_socket_power_microwatts`).
//!
//! **Counters** give the energy between two samples as their difference; a counter that goes
//! down was reset (the exporter restarted) and counts from zero, so the interval's energy is the
//! new value, as Prometheus's `increase()` treats resets. **Gauges** give power: the interval's
//! energy is the mean of its two ends (the trapezoidal rule) × its length, so they need times,
//! from the samples' timestamps or the scrapes'.
//!
//! Node metrics and per-workload metrics cover the same energy: add them together and it is
//! counted twice. Each metric is therefore reported on its own; the totals of a metric with a
//! `zone` label (Kepler's package, dram, core…, which overlap) are given per zone.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use sero_message::{Arg, Message, msg};

use crate::prometheus::{Exposition, MetricType, Sample};

/// Label names and values, borrowed from a scrape.
type BorrowedLabels<'a> = Vec<(&'a str, &'a str)>;

/// What a metric measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    /// A counter of energy.
    Energy,
    /// A gauge of power.
    Power,
}

/// How a metric is read: its quantity and the factor to joules (counters) or watts (gauges).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub quantity: Quantity,
    pub scale: f64,
    pub unit: &'static str,
}

/// How a metric name is read, from its unit suffix; None for metrics that are not energy or
/// power.
pub fn reading(name: &str) -> Option<Reading> {
    if name.ends_with("_microjoules") || name.ends_with("_microjoules_total") {
        Some(Reading {
            quantity: Quantity::Energy,
            scale: 1e-6,
            unit: "µJ",
        })
    } else if name.ends_with("_joules_total") || name.ends_with("_joules") {
        Some(Reading {
            quantity: Quantity::Energy,
            scale: 1.0,
            unit: "J",
        })
    } else if name.ends_with("_microwatts") {
        Some(Reading {
            quantity: Quantity::Power,
            scale: 1e-6,
            unit: "µW",
        })
    } else if name.ends_with("_watts") {
        Some(Reading {
            quantity: Quantity::Power,
            scale: 1.0,
            unit: "W",
        })
    } else {
        None
    }
}

/// True for the metrics read when none is named: Scaphandre's and Kepler's energy and power.
pub fn is_default_metric(name: &str) -> bool {
    (name.starts_with("scaph_") || name.starts_with("kepler_")) && reading(name).is_some()
}

/// One scrape: an exposition from a file or a URL, with the time it was taken when known.
#[derive(Clone, Debug)]
pub struct Scrape {
    /// The file or URL, for messages.
    pub source: String,
    /// When the scrape was taken (ms since the epoch, or since the first scrape when
    /// [`Scrape::relative`]); samples' own timestamps win.
    pub time_ms: Option<i64>,
    /// `time_ms` counts from the first scrape, not from 1970.
    pub relative: bool,
    pub exposition: Exposition,
}

/// A point in a series.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    pub time_ms: Option<i64>,
    /// Index of the scrape in the input.
    pub scrape: usize,
    pub line: usize,
    pub value: f64,
}

/// The energy between two points.
#[derive(Clone, Debug, PartialEq)]
pub struct Interval {
    pub start: Point,
    pub end: Point,
    pub joules: f64,
    /// A counter that went down in this interval (a reset).
    pub reset: bool,
}

impl Interval {
    /// The energy in kWh.
    pub fn kwh(&self) -> f64 {
        self.joules / crate::JOULES_PER_KWH
    }
}

/// One metric with one label set.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub metric: String,
    /// Labels sorted by name.
    pub labels: Vec<(String, String)>,
    pub reading: Reading,
    pub intervals: Vec<Interval>,
}

impl Series {
    pub fn joules(&self) -> f64 {
        self.intervals.iter().map(|i| i.joules).sum()
    }

    /// The energy of every interval in kWh.
    pub fn kwh(&self) -> f64 {
        self.joules() / crate::JOULES_PER_KWH
    }

    pub fn resets(&self) -> usize {
        self.intervals.iter().filter(|i| i.reset).count()
    }

    pub fn label(&self, name: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// `metric{a="1",b="2"}`.
    pub fn display(&self) -> String {
        if self.labels.is_empty() {
            return self.metric.clone();
        }
        let labels: Vec<String> = self
            .labels
            .iter()
            .map(|(n, v)| format!("{n}=\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\"")))
            .collect();
        format!("{}{{{}}}", self.metric, labels.join(","))
    }
}

/// A metric's total, per zone when it has a `zone` label.
#[derive(Clone, Debug, PartialEq)]
pub struct Total {
    pub metric: String,
    pub zone: Option<String>,
    pub series: usize,
    pub joules: f64,
}

impl Total {
    /// The energy in kWh.
    pub fn kwh(&self) -> f64 {
        self.joules / crate::JOULES_PER_KWH
    }
}

/// The energy series of some scrapes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub series: Vec<Series>,
    pub totals: Vec<Total>,
    /// Metrics found that are energy or power, whether read or not.
    pub available: Vec<String>,
    pub warnings: Vec<Message>,
}

/// Why the scrapes cannot be read as energy.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SeriesError {
    #[error(
        "metric `{metric}` is not an energy or power metric (its name ends in none of _joules_total, _microjoules, _watts, _microwatts)"
    )]
    NotEnergy { metric: String },
    #[error("no sample of {} in the input", wanted.as_deref().unwrap_or("any energy or power metric"))]
    NotFound {
        /// The metric asked for; `None` when none was named and none was found.
        wanted: Option<String>,
    },
    #[error(
        "{origin} line {line}: `{series}` goes back in time ({time_ms} ms after {previous_ms} ms)"
    )]
    TimeOrder {
        origin: String,
        line: usize,
        series: String,
        time_ms: i64,
        previous_ms: i64,
    },
    #[error(
        "{origin} line {line}: `{series}` is sampled twice at the same time (or twice without a timestamp in one scrape)"
    )]
    Duplicate {
        origin: String,
        line: usize,
        series: String,
    },
    #[error(
        "`{series}` is a power gauge and its samples have no time, so its energy cannot be worked out"
    )]
    NoTime { series: String },
    #[error("{origin} line {line}: `{series}` has a sample with a timestamp and one without")]
    MixedTime {
        origin: String,
        line: usize,
        series: String,
    },
}

/// Reads the named metrics (or, when `metrics` is empty, every Scaphandre and Kepler energy
/// and power metric) from `scrapes`, in order, into energy per interval.
impl SeriesError {
    /// What went wrong, for the reader.
    pub fn message(&self) -> Message {
        match self {
            SeriesError::NotEnergy { metric } => {
                msg!("prometheus-error-not-energy", metric = metric)
            }
            SeriesError::NotFound {
                wanted: Some(metric),
            } => {
                msg!("prometheus-error-metric-not-found", metric = metric)
            }
            SeriesError::NotFound { wanted: None } => msg!("prometheus-error-no-metric"),
            SeriesError::TimeOrder {
                origin,
                line,
                series,
                time_ms,
                previous_ms,
            } => msg!(
                "prometheus-error-time-order",
                source = origin,
                line = *line,
                series = series,
                time = *time_ms,
                previous = *previous_ms
            ),
            SeriesError::Duplicate {
                origin,
                line,
                series,
            } => msg!(
                "prometheus-error-duplicate",
                source = origin,
                line = *line,
                series = series
            ),
            SeriesError::NoTime { series } => msg!("prometheus-error-no-time", series = series),
            SeriesError::MixedTime {
                origin,
                line,
                series,
            } => msg!(
                "prometheus-error-mixed-time",
                source = origin,
                line = *line,
                series = series
            ),
        }
    }
}

pub fn energy(scrapes: &[Scrape], metrics: &[String]) -> Result<Report, SeriesError> {
    for metric in metrics {
        if reading(metric).is_none() {
            return Err(SeriesError::NotEnergy {
                metric: metric.clone(),
            });
        }
    }
    let mut report = Report::default();
    // Points per series, in input order; keys borrow from the scrapes (one small vector per
    // sample, no copies of names and labels).
    let mut collected: Vec<(&str, BorrowedLabels<'_>, Vec<Point>)> = Vec::new();
    let mut index_of: HashMap<(&str, BorrowedLabels<'_>), usize> = HashMap::new();
    for (index, scrape) in scrapes.iter().enumerate() {
        for sample in &scrape.exposition.samples {
            let name = sample.name.as_str();
            let wanted = if metrics.is_empty() {
                is_default_metric(name)
            } else {
                metrics.iter().any(|m| m == name)
            };
            if !wanted {
                if reading(name).is_some() && !report.available.iter().any(|a| a == name) {
                    report.available.push(name.to_owned());
                }
                continue;
            }
            let mut labels: BorrowedLabels<'_> = sample
                .labels
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            labels.sort_unstable();
            let point = point(scrape, index, sample);
            match index_of.entry((name, labels)) {
                Entry::Occupied(entry) => collected[*entry.get()].2.push(point),
                Entry::Vacant(entry) => {
                    let (name, labels) = entry.key().clone();
                    entry.insert(collected.len());
                    collected.push((name, labels, vec![point]));
                    if !report.available.iter().any(|a| a == name) {
                        report.available.push(name.to_owned());
                    }
                }
            }
        }
    }
    for metric in metrics {
        if !collected.iter().any(|(m, _, _)| m == metric) {
            return Err(SeriesError::NotFound {
                wanted: Some(metric.clone()),
            });
        }
    }
    if collected.is_empty() {
        return Err(SeriesError::NotFound { wanted: None });
    }
    for scrape in scrapes {
        for name in &report.available {
            if let Some(kind) = scrape.exposition.family(name).and_then(|f| f.kind)
                && let Some(r) = reading(name)
            {
                let expected = match r.quantity {
                    Quantity::Energy => MetricType::Counter,
                    Quantity::Power => MetricType::Gauge,
                };
                if kind != expected && kind != MetricType::Untyped {
                    let warning = msg!(
                        "prometheus-warning-declared-type",
                        source = &scrape.source,
                        name = name,
                        kind = format!("{kind:?}").to_ascii_lowercase(),
                        quantity = match r.quantity {
                            Quantity::Energy => msg!("prometheus-quantity-energy"),
                            Quantity::Power => msg!("prometheus-quantity-power"),
                        }
                    );
                    if !report.warnings.contains(&warning) {
                        report.warnings.push(warning);
                    }
                }
            }
        }
    }
    // Series sampled once, reported together after the loop.
    let mut single: Vec<String> = Vec::new();
    for (metric, labels, points) in collected {
        let reading = reading(metric).expect("checked above");
        let mut series = Series {
            metric: metric.to_owned(),
            labels: labels
                .into_iter()
                .map(|(n, v)| (n.to_owned(), v.to_owned()))
                .collect(),
            reading,
            intervals: Vec::new(),
        };
        check_times(&series, &points, scrapes)?;
        if points.len() < 2 {
            single.push(series.display());
        }
        for pair in points.windows(2) {
            let (start, end) = (&pair[0], &pair[1]);
            if !start.value.is_finite() || !end.value.is_finite() {
                // The sample that is not a number, in its own scrape.
                let bad = if end.value.is_finite() { start } else { end };
                let (line, value) = (bad.line, bad.value);
                report.warnings.push(msg!(
                    "prometheus-warning-not-finite",
                    source = &scrapes[bad.scrape].source,
                    line = line,
                    series = series.display(),
                    value = value.to_string()
                ));
                continue;
            }
            // A counter never goes below zero (Prometheus: it only goes up, or is reset to
            // zero): a negative sample is broken data, and the interval is left out rather
            // than counted as negative energy.
            if reading.quantity == Quantity::Energy && (start.value < 0.0 || end.value < 0.0) {
                let bad = if end.value < 0.0 { end } else { start };
                report.warnings.push(msg!(
                    "prometheus-warning-negative-counter",
                    source = &scrapes[bad.scrape].source,
                    line = bad.line,
                    series = series.display(),
                    value = Arg::Exact(bad.value)
                ));
                continue;
            }
            let interval = match reading.quantity {
                Quantity::Energy => {
                    let reset = end.value < start.value;
                    let delta = if reset {
                        end.value
                    } else {
                        end.value - start.value
                    };
                    Interval {
                        start: start.clone(),
                        end: end.clone(),
                        joules: delta * reading.scale,
                        reset,
                    }
                }
                Quantity::Power => {
                    let (Some(t0), Some(t1)) = (start.time_ms, end.time_ms) else {
                        if !metrics.is_empty() {
                            return Err(SeriesError::NoTime {
                                series: series.display(),
                            });
                        }
                        // Read by default, not asked for: reported, and the rest goes on.
                        report.warnings.push(msg!(
                            "prometheus-warning-gauge-no-time",
                            series = series.display()
                        ));
                        break;
                    };
                    let seconds = (t1 - t0) as f64 / 1000.0;
                    let watts = (start.value + end.value) / 2.0 * reading.scale;
                    Interval {
                        start: start.clone(),
                        end: end.clone(),
                        joules: watts * seconds,
                        reset: false,
                    }
                }
            };
            if interval.reset {
                report.warnings.push(msg!(
                    "prometheus-warning-reset",
                    source = &scrapes[end.scrape].source,
                    line = end.line,
                    series = series.display(),
                    from = Arg::Exact(start.value),
                    to = Arg::Exact(end.value)
                ));
            }
            series.intervals.push(interval);
        }
        report.series.push(series);
    }
    match single.len() {
        0 => {}
        1..=3 => {
            for name in single {
                report
                    .warnings
                    .push(msg!("prometheus-warning-single-sample", series = name));
            }
        }
        n => report.warnings.push(msg!(
            "prometheus-warning-single-samples",
            count = n,
            first = &single[0]
        )),
    }
    report.totals = totals(&report.series);
    Ok(report)
}

fn point(scrape: &Scrape, index: usize, sample: &Sample) -> Point {
    Point {
        time_ms: sample.timestamp_ms.or(scrape.time_ms),
        scrape: index,
        line: sample.line,
        value: sample.value,
    }
}

fn check_times(series: &Series, points: &[Point], scrapes: &[Scrape]) -> Result<(), SeriesError> {
    for pair in points.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let origin = scrapes[b.scrape].source.clone();
        match (a.time_ms, b.time_ms) {
            (Some(t0), Some(t1)) if t1 < t0 => {
                return Err(SeriesError::TimeOrder {
                    origin,
                    line: b.line,
                    series: series.display(),
                    time_ms: t1,
                    previous_ms: t0,
                });
            }
            (Some(t0), Some(t1)) if t1 == t0 => {
                return Err(SeriesError::Duplicate {
                    origin,
                    line: b.line,
                    series: series.display(),
                });
            }
            (None, None) if a.scrape == b.scrape => {
                return Err(SeriesError::Duplicate {
                    origin,
                    line: b.line,
                    series: series.display(),
                });
            }
            (Some(_), None) | (None, Some(_)) => {
                return Err(SeriesError::MixedTime {
                    origin,
                    line: b.line,
                    series: series.display(),
                });
            }
            _ => {}
        }
    }
    Ok(())
}

fn totals(series: &[Series]) -> Vec<Total> {
    let mut totals: Vec<Total> = Vec::new();
    for s in series {
        let zone = s.label("zone").map(str::to_owned);
        match totals
            .iter_mut()
            .find(|t| t.metric == s.metric && t.zone == zone)
        {
            Some(total) => {
                total.series += 1;
                total.joules += s.joules();
            }
            None => totals.push(Total {
                metric: s.metric.clone(),
                zone,
                series: 1,
                joules: s.joules(),
            }),
        }
    }
    totals
}
