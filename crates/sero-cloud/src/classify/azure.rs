//! Microsoft Azure lines, as CCF's Azure package classifies them.

use crate::Provider;
use crate::text;

use super::{Class, Estimator, PerUnit, Usage};

impl Estimator<'_> {
    pub(super) fn azure(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
        let c = self.coefficients;
        let (multiplier, unit) = azure_unit(u.unit);
        let category = u.service;
        let meter = u.usage_type;
        if category == "Virtual Machines"
            && unit.eq_ignore_ascii_case("Hour") | unit.eq_ignore_ascii_case("Hours")
        {
            return match azure_vcpus(meter) {
                Some(v) => {
                    let mut e =
                        self.fallback_compute(Provider::Azure, pue, v, text::why_vm_size(meter, v));
                    e.kwh *= multiplier;
                    e
                }
                None => PerUnit::of(Class::Unknown),
            };
        }
        let lower = unit.to_ascii_lowercase();
        if lower == "gb/month" || lower == "tb/month" {
            let tb = if lower == "tb/month" {
                1.0
            } else {
                1.0 / 1000.0
            };
            let ssd = meter.contains("SSD") || meter.contains("Premium");
            let hdd = meter.contains("HDD")
                || meter.contains("Data Stored")
                || meter.contains("Snapshot")
                || meter.contains("Standard");
            if !ssd && !hdd {
                return PerUnit::of(Class::Unknown);
            }
            let replication = c.replication_factor(Provider::Azure, category, meter);
            let mut e = self.storage(ssd, pue, replication, tb * multiplier);
            e.per_month = true;
            return e;
        }
        if lower == "gb" || lower == "tb" {
            let gb = if lower == "tb" { 1000.0 } else { 1.0 };
            if meter.contains("Inter-Region") || meter.contains("Inter Region") {
                return self.networking(pue, gb * multiplier);
            }
            if meter.contains("Data Transfer") {
                return PerUnit::of(Class::Excluded);
            }
        }
        PerUnit::of(Class::Unknown)
    }
}

/// Azure's unit of measure (`10 Hours`, `1 GB/Month`) as a multiplier and a unit.
pub fn azure_unit(unit: &str) -> (f64, &str) {
    let unit = unit.trim();
    match unit.split_once(' ') {
        Some((n, rest)) => match n.parse::<f64>() {
            Ok(m) => (m, rest.trim()),
            Err(_) => (1.0, unit),
        },
        None => (1.0, unit),
    }
}

/// vCPUs from an Azure VM size name: the number after the family letters (`D2s v3` → 2,
/// `Standard_E4as_v4` → 4). Azure names sizes this way; sero does not bundle a size table.
pub fn azure_vcpus(meter: &str) -> Option<f64> {
    let name = meter
        .split('/')
        .next()
        .unwrap_or(meter)
        .trim()
        .trim_start_matches("Standard_")
        .trim_start_matches("Basic_");
    let rest = name.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if rest.len() == name.len() || digits.is_empty() {
        return None;
    }
    digits.parse::<f64>().ok().filter(|v| *v > 0.0)
}
