//! What one billing line is (compute, storage, networking, memory, or unknown), and its energy and
//! embodied emissions per unit of usage, following Cloud Carbon Footprint's estimators:
//!
//! - compute: `kWh = (minW + u·(maxW − minW)) × vCPU-hours × PUE × replication / 1000`, u = 50 %;
//! - storage: `kWh = TB-hours × (1.2 SSD | 0.65 HDD) Wh/TBh × PUE × replication / 1000`;
//! - networking (between regions only): `kWh = GB × 0.001 × PUE`;
//! - memory: `kWh = GB-hours × 0.000392 × PUE × replication` (GCP's memory lines; for AWS instances,
//!   the memory above the SPECpower average per chip);
//! - embodied: `host tCO2e × hours / 35,040 × vCPUs / vCPUs of the family's largest type`.
//!
//! Every figure is linear in the usage amount, so a line's estimate is the amount times the
//! per-unit estimate of its (service, usage type, unit, vCPUs, region), computed once and cached.

use sero_core::Message;

use crate::Provider;
use crate::coefficients::Coefficients;

mod aws;
mod azure;
mod gcp;

pub use azure::{azure_region, azure_unit, azure_vcpus};

const CCF_PROCESSORS: &str = include_str!("../../data/ccf_processors.csv");

/// Watts and memory per chip of one processor, as CCF's Azure and Google Cloud constants give them.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Processor {
    pub min_watts: Option<f64>,
    pub max_watts: Option<f64>,
    pub memory_gb_per_chip: Option<f64>,
}

fn ccf_processors() -> &'static std::collections::HashMap<(Provider, &'static str), Processor> {
    static TABLE: std::sync::OnceLock<
        std::collections::HashMap<(Provider, &'static str), Processor>,
    > = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let number = |t: &str| -> Option<f64> {
            (!t.is_empty()).then(|| {
                t.parse()
                    .unwrap_or_else(|_| panic!("ccf_processors.csv: `{t}` is not a number"))
            })
        };
        CCF_PROCESSORS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .map(|l| l.split(',').map(str::trim).collect::<Vec<_>>())
            .map(|row| {
                let provider = Provider::parse(row[0]).expect("ccf_processors.csv: provider");
                (
                    (provider, row[1]),
                    Processor {
                        min_watts: number(row[2]),
                        max_watts: number(row[3]),
                        memory_gb_per_chip: number(row[4]),
                    },
                )
            })
            .collect()
    })
}

/// CCF's `getWattsByAverageOrMedian` over `processors`: the median when the list holds Sandy
/// Bridge or Ivy Bridge, else the mean; `None` where CCF falls back to the provider's figure (a
/// processor with no figure makes its mean NaN, and CCF then takes the fallback).
pub(crate) fn ccf_watts(
    provider: Provider,
    processors: &[&str],
    figure: impl Fn(&Processor) -> Option<f64>,
) -> Option<f64> {
    let values = processor_figures(provider, processors, figure);
    if processors.contains(&"Sandy Bridge") || processors.contains(&"Ivy Bridge") {
        let mut known: Vec<f64> = values.iter().flatten().copied().collect();
        if known.len() != values.len() || known.is_empty() {
            return None;
        }
        known.sort_by(f64::total_cmp);
        let mid = known.len() / 2;
        let median = if known.len().is_multiple_of(2) {
            (known[mid - 1] + known[mid]) / 2.0
        } else {
            known[mid]
        };
        return (median != 0.0).then_some(median);
    }
    ccf_mean(&values)
}

/// A figure of each of `processors` (`None` where the table has none).
fn processor_figures(
    provider: Provider,
    processors: &[&str],
    figure: impl Fn(&Processor) -> Option<f64>,
) -> Vec<Option<f64>> {
    let table = ccf_processors();
    processors
        .iter()
        .map(|p| table.get(&(provider, *p)).and_then(&figure))
        .collect()
}

/// CCF's `getAverage`, `None` where its result is falsy (empty, NaN or 0).
pub(crate) fn ccf_mean(values: &[Option<f64>]) -> Option<f64> {
    let known: Vec<f64> = values.iter().flatten().copied().collect();
    if known.len() != values.len() || known.is_empty() {
        return None;
    }
    let mean = known.iter().sum::<f64>() / known.len() as f64;
    (mean != 0.0 && mean.is_finite()).then_some(mean)
}

/// The mean of a figure over `processors` (CCF's `getMemory`), `None` where CCF falls back.
pub(crate) fn ccf_average(
    provider: Provider,
    processors: &[&str],
    figure: impl Fn(&Processor) -> Option<f64>,
) -> Option<f64> {
    let values = processor_figures(provider, processors, figure);
    ccf_mean(&values)
}

/// True when `needle` occurs in `text` as whole words: CCF's `containsAny`, which tests
/// `new RegExp(`\\b${needle}\\b`)`.
pub(crate) fn contains_word(text: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    let first = needle.chars().next();
    let last = needle.chars().next_back();
    text.match_indices(needle).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + needle.len()..].chars().next();
        word(before) != word(first) && word(last) != word(after)
    })
}

pub(crate) fn contains_word_any(text: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| contains_word(text, n))
}

/// The usage class of a line, as CCF classifies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    Compute,
    Storage,
    Networking,
    Memory,
    /// Usage CCF has no coefficient for: estimated from the cost (or amount) of known usage.
    Unknown,
    /// Outside CCF's boundary (transfer to the internet, double-counted container usage).
    Excluded,
}

impl Class {
    pub fn label(self) -> &'static str {
        match self {
            Class::Compute => "compute",
            Class::Storage => "storage",
            Class::Networking => "networking",
            Class::Memory => "memory",
            Class::Unknown => "unknown",
            Class::Excluded => "excluded",
        }
    }
}

/// The estimate for one unit of a line's usage amount.
#[derive(Clone, Debug, PartialEq)]
pub struct PerUnit {
    pub class: Class,
    /// kWh per unit, PUE and replication included.
    pub kwh: f64,
    /// kgCO2e of embodied emissions per unit.
    pub embodied_kg: f64,
    /// The amount is per month (GB-Mo): multiply by 24 × the days in the line's month as well.
    pub per_month: bool,
    /// What was assumed, when a figure is not CCF's own for this line.
    pub assumed: Option<Message>,
    /// `kwh` and `embodied_kg` are for the whole line, whatever its amount (CCF's Azure managed
    /// disks and container registries count the size of the disk or registry).
    pub per_line: bool,
    /// kWh per unit that counts in the ratio for unknown usage when it is not `kwh` (CCF's
    /// Google Cloud code counts compute without the embodied share it adds to the line's kWh).
    pub ratio_kwh: Option<f64>,
    /// The amount CCF's code counts is the billed amount times this (Google's `Pod mCPU
    /// Requests` are millicores: / 1000).
    pub amount_scale: f64,
    /// Whether the line's energy and cost go into the ratio that estimates unknown usage (CCF
    /// leaves some known usage out, such as AWS Lambda's seconds).
    pub known_ratio: bool,
    /// The unit under which that ratio counts the line, when not the bill's own (CCF's cleaned
    /// unit: AWS Fargate GB-hours as `GB-Hours`, Redshift seconds as `Hrs`).
    pub ratio_unit: Option<String>,
}

impl PerUnit {
    fn of(class: Class) -> Self {
        PerUnit {
            class,
            kwh: 0.0,
            embodied_kg: 0.0,
            per_month: false,
            assumed: None,
            per_line: false,
            ratio_kwh: None,
            amount_scale: 1.0,
            known_ratio: true,
            ratio_unit: None,
        }
    }
}

/// The fields of a line that decide its class.
#[derive(Clone, Copy, Debug)]
pub struct Usage<'a> {
    pub service: &'a str,
    pub usage_type: &'a str,
    pub unit: &'a str,
    /// vCPUs of the instance, when the bill says (`product/vcpu`).
    pub vcpus: Option<f64>,
    pub region: &'a str,
    /// Google: the machine type, when the bill says (empty otherwise).
    pub machine_type: &'a str,
}

/// The estimator: coefficients and the choices that apply to every line.
pub struct Estimator<'c> {
    pub coefficients: &'c Coefficients,
    pub utilisation: f64,
    pub method: crate::Method,
}

impl<'c> Estimator<'c> {
    pub fn new(coefficients: &'c Coefficients, method: crate::Method) -> Self {
        Estimator {
            coefficients,
            utilisation: coefficients.constant(Provider::Aws, "cpu_utilisation") / 100.0,
            method,
        }
    }

    /// The PUE of a region: the region's own (GCP), else the provider's.
    /// The name a region goes by in the bundled tables: an Azure location as CCF files it
    /// (`EU West`, `WESTEUROPE` → `westeurope`), else the region as the bill gives it.
    pub fn region_key<'r>(&self, provider: Provider, region: &'r str) -> std::borrow::Cow<'r, str> {
        match provider {
            Provider::Azure => azure_region(region)
                .map_or_else(|| azure::squash(region).into(), std::borrow::Cow::Owned),
            _ => region.into(),
        }
    }

    /// The region as a row's label shows it: an Azure location as CCF names it (`CentralUS`); a
    /// Google line with no region, and with `--method ccf` an Azure location CCF does not know,
    /// as CCF shows them: `Unknown`.
    pub fn region_label(&self, provider: Provider, region: &str) -> String {
        let ccf = self.method == crate::Method::Ccf;
        match provider {
            Provider::Azure => match azure::azure_region_name(region) {
                Some(name) => name.to_owned(),
                None if ccf => "Unknown".to_owned(),
                None => region.to_owned(),
            },
            Provider::Gcp if region.is_empty() => "Unknown".to_owned(),
            _ => region.to_owned(),
        }
    }

    pub fn pue(&self, provider: Provider, region: &str) -> f64 {
        self.coefficients
            .region(provider, &self.region_key(provider, region))
            .and_then(|r| r.pue)
            .unwrap_or_else(|| self.coefficients.constant(provider, "pue"))
    }

    /// The grid factor of a region in kgCO2e/kWh, and whether it is the provider's fallback.
    pub fn grid_kg_per_kwh(&self, provider: Provider, region: &str) -> (f64, bool) {
        match self
            .coefficients
            .region(provider, &self.region_key(provider, region))
        {
            Some(r) => (r.grid_t_per_kwh * 1000.0, false),
            None => (
                self.coefficients.unknown_region(provider).grid_t_per_kwh * 1000.0,
                true,
            ),
        }
    }

    pub(crate) fn compute_kwh_per_vcpu_hour(
        &self,
        min: f64,
        max: f64,
        pue: f64,
        replication: f64,
    ) -> f64 {
        (min + self.utilisation * (max - min)) * pue * replication / 1000.0
    }

    pub(crate) fn storage(
        &self,
        ssd: bool,
        pue: f64,
        replication: f64,
        tb_per_unit: f64,
    ) -> PerUnit {
        let name = if ssd {
            "ssd_wh_per_tbh"
        } else {
            "hdd_wh_per_tbh"
        };
        let wh = self.coefficients.constant(Provider::Aws, name);
        PerUnit {
            kwh: tb_per_unit * wh * pue * replication / 1000.0,
            ..PerUnit::of(Class::Storage)
        }
    }

    pub(crate) fn networking(&self, pue: f64, gb_per_unit: f64) -> PerUnit {
        let per_gb = self
            .coefficients
            .constant(Provider::Aws, "network_kwh_per_gb");
        PerUnit {
            kwh: gb_per_unit * per_gb * pue,
            ..PerUnit::of(Class::Networking)
        }
    }

    pub(crate) fn memory(&self, pue: f64, replication: f64, gb_hours_per_unit: f64) -> PerUnit {
        let per_gbh = self
            .coefficients
            .constant(Provider::Aws, "memory_kwh_per_gbh");
        PerUnit {
            kwh: gb_hours_per_unit * per_gbh * pue * replication,
            ..PerUnit::of(Class::Memory)
        }
    }

    /// The per-unit estimate of a line.
    pub fn per_unit(&self, provider: Provider, usage: &Usage<'_>) -> PerUnit {
        let pue = self.pue(provider, usage.region);
        match provider {
            Provider::Aws => self.aws(usage, pue),
            Provider::Azure => self.azure(usage, pue),
            Provider::Gcp => self.gcp(usage, pue),
        }
    }
}

/// Days in the month of a `YYYY-MM-DD` day.
pub fn days_in_month(day: &str) -> Option<u32> {
    let year: i16 = day.get(0..4)?.parse().ok()?;
    let month: i8 = day.get(5..7)?.parse().ok()?;
    let first = jiff::civil::Date::new(year, month, 1).ok()?;
    u32::try_from(first.days_in_month()).ok()
}
