//! Google Cloud lines, as CCF's GCP package classifies them.

use crate::Provider;
use crate::text;

use super::{Class, Estimator, PerUnit, Usage};

impl Estimator<'_> {
    pub(super) fn gcp(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
        let c = self.coefficients;
        let sku = u.usage_type;
        const BYTES_PER_GIB: f64 = 1_073_741_824.0;
        const BYTES_PER_TIB: f64 = 1_099_511_627_776.0;
        match u.unit {
            "seconds" if sku.contains("Core") || sku.contains("CPU") => {
                let mut e =
                    self.fallback_compute(Provider::Gcp, pue, 1.0, text::why_no_machine_type(sku));
                // GCP bills vCPU-seconds: the amount already counts every vCPU.
                e.kwh /= 3600.0;
                e
            }
            "byte-seconds" if sku.contains("Ram") || sku.contains("RAM") => {
                self.memory(pue, 1.0, 1.0 / BYTES_PER_GIB / 3600.0)
            }
            "byte-seconds" => {
                let ssd = sku.contains("SSD");
                let hdd = sku.contains("PD Capacity")
                    || sku.contains("Storage")
                    || sku.contains("Snapshot");
                if !ssd && !hdd {
                    return PerUnit::of(Class::Unknown);
                }
                let replication = c.replication_factor(Provider::Gcp, u.service, sku);
                self.storage(ssd, pue, replication, 1.0 / BYTES_PER_TIB / 3600.0)
            }
            "bytes" => {
                if sku.contains("Inter Region")
                    || sku.contains("Inter-Region")
                    || sku.contains("Inter-region")
                {
                    self.networking(pue, 1.0 / BYTES_PER_GIB)
                } else if sku.contains("Egress") || sku.contains("Ingress") {
                    PerUnit::of(Class::Excluded)
                } else {
                    PerUnit::of(Class::Unknown)
                }
            }
            _ => PerUnit::of(Class::Unknown),
        }
    }
}
