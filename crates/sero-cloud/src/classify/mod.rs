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
use crate::text;

mod aws;
mod azure;
mod gcp;

pub use azure::{azure_unit, azure_vcpus};

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
    pub fn pue(&self, provider: Provider, region: &str) -> f64 {
        self.coefficients
            .region(provider, region)
            .and_then(|r| r.pue)
            .unwrap_or_else(|| self.coefficients.constant(provider, "pue"))
    }

    /// The grid factor of a region in kgCO2e/kWh, and whether it is the provider's fallback.
    pub fn grid_kg_per_kwh(&self, provider: Provider, region: &str) -> (f64, bool) {
        match self.coefficients.region(provider, region) {
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

    /// Compute at the provider's fallback watts (an instance type CCF's tables do not hold).
    pub(crate) fn fallback_compute(
        &self,
        provider: Provider,
        pue: f64,
        vcpus: f64,
        why: Message,
    ) -> PerUnit {
        let min = self.coefficients.constant(provider, "min_watts_fallback");
        let max = self.coefficients.constant(provider, "max_watts_fallback");
        PerUnit {
            kwh: vcpus * self.compute_kwh_per_vcpu_hour(min, max, pue, 1.0),
            assumed: Some(text::assumed_fallback(why, min, max, provider.name())),
            ..PerUnit::of(Class::Compute)
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
