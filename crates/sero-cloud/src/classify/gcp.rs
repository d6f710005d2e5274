//! Google Cloud lines, as CCF's GCP package (`BillingExportTable.ts`, `BillingExportRow.ts`)
//! classifies and estimates them, with its machine type tables (`data/gcp_*.csv`).
//!
//! `--method ccf` follows CCF's code at commit b7a049c7; the default differs where
//! `docs/cloud.md` says why (embodied emissions stay apart from the energy).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::{Method, Provider, text};

use crate::coefficients::rows;

use super::{Class, Estimator, PerUnit, Usage, contains_word_any};

const MACHINE_TYPES: &str = include_str!("../../data/gcp_machine_types.csv");
const PROCESSORS: &str = include_str!("../../data/gcp_processors.csv");

const BYTES_PER_GIB: f64 = 1_073_741_824.0;
const BYTES_PER_TIB: f64 = 1_099_511_627_776.0;

// The lists of CCF's `BillingExportTypes.ts` (commit b7a049c7), matched as its `containsAny`
// does: whole words.
const MEMORY_USAGE_TYPES: &[&str] = &["RAM", "Ram", "Memory"];
const UNKNOWN_USAGE_UNITS: &[&str] = &["requests"];
const UNKNOWN_USAGE_TYPES: &[&str] = &[
    "Dedicated Memcache",
    "BigQuery BI Engine",
    "AutoML Tables Deployment",
    "Local Disk Time Dataprep",
    "Shuffle Time",
    "Snapshots message backlog",
    "Subscriptions message backlog",
    "Subscriptions retained acknowledged messages",
    "Cloud SQL: Backups",
    "Publisher Throughput Capacity",
    "Subscriber Throughput Capacity",
    "Server node",
    "Backend Instances",
    "Frontend Instances",
    "Server Node",
    "Analysis Slots Attribution",
    "Build time",
    "Dataprep Unit",
    "IP address",
    "usage - hour",
    "D2",
    "D4",
    "Policy Charge",
    "Endpoint Charge",
    "NAT Gateway",
    "Action Time",
    "Billing Adjustment",
    "Filestore Capacity Premium",
    "Filestore Capacity Standard",
    "Pod mCPU Requests",
    "Pod Memory Requests",
    "Pod Ephemeral Storage Requests",
];
const UNSUPPORTED_USAGE_TYPES: &[&str] = &[
    "Fee",
    "fee",
    "Billing",
    "Reattribution",
    "Cache Fill",
    "External IP Charge",
    "Static Ip",
    "Vpn Tunnel",
    "Service Charge",
];
const UNKNOWN_SERVICE_TYPES: &[&str] = &[
    "Cloud DNS",
    "Cloud Key Management Service",
    "Cloud Machine Learning Engine",
    "Cloud Spanner",
    "Cloud Speech API",
    "SendGrid",
    "Support",
    "Secret Manager",
    "Cloud Build",
    "Cloud Run",
    "Cloud Data Fusion",
    "Cloud Dialogflow API",
    "Cloud Natural Language",
    "BigQuery Data Transfer Service",
    "BigQuery Reservation API",
    "Cloud AutoML",
    "Cloud Test Lab",
    "Cloud TPU",
    "Cloud Video Intelligence API",
    "Cloud Vision API",
    "Container Builder",
    "Firebase Test Lab",
    "Security Command Center",
    "Stackdriver",
];
/// Services whose `seconds` and `requests` CCF files under the unit `Unknown`
/// (SERVICES_TO_OVERRIDE_USAGE_UNIT_AS_UNKNOWN).
const SERVICES_WITH_UNKNOWN_UNIT: &[&str] = &["Secret Manager", "Cloud Key Management Service"];
const COMPUTE_STRING_FORMATS: &[&str] = &[
    "Core",
    "CORE",
    "VCPU",
    "vCPU",
    "CPU",
    "CPUs",
    "Kubernetes Clusters",
    "GPU",
    "DCU",
];
const NETWORKING_STRING_FORMATS: &[&str] = &[
    "Egress",
    "egress",
    "data delivery",
    "network traffic",
    "Download",
];
/// Shared-core machine types (SHARED_CORE_PROCESSORS).
const SHARED_CORE: &[&str] = &["e2-micro", "e2-small", "e2-medium", "f1-micro", "g1-small"];
/// vCPUs CCF gives a Cloud Composer environment and a GKE cluster (its configuration's defaults,
/// `GCP_VCPUS_PER_CLOUD_COMPOSER_ENVIRONMENT` 14 and `GCP_VCPUS_PER_GKE_CLUSTER` 3, in
/// packages/common/src/Config.ts).
const VCPUS_PER_COMPOSER_ENVIRONMENT: f64 = 14.0;
const VCPUS_PER_GKE_CLUSTER: f64 = 3.0;

/// A machine type: its name, vCPUs and embodied tCO2e.
type Machine = (&'static str, Option<f64>, Option<f64>);

#[derive(Default)]
struct Tables {
    /// Family (`n2-standard`) → its types in CCF's order, (type, vCPUs, embodied tCO2e).
    family: HashMap<&'static str, Vec<Machine>>,
    shared: HashMap<&'static str, Vec<Machine>>,
    n1_shared: Vec<Machine>,
    processors: HashMap<&'static str, Vec<&'static str>>,
    gpus: Vec<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let number = |t: &str| -> Option<f64> {
            (!t.is_empty()).then(|| {
                t.parse()
                    .unwrap_or_else(|_| panic!("bundled Google table: `{t}` is not a number"))
            })
        };
        let mut t = Tables::default();
        for row in rows(MACHINE_TYPES) {
            let entry = (row[2], number(row[3]), number(row[4]));
            match row[0] {
                "family" => t.family.entry(row[1]).or_default().push(entry),
                "shared" => t.shared.entry(row[1]).or_default().push(entry),
                _ => t.n1_shared.push(entry),
            }
        }
        for row in rows(PROCESSORS) {
            if row[0] == "gpu" {
                t.gpus.push(row[1]);
            } else {
                t.processors.insert(
                    row[0],
                    row[1].split('|').filter(|p| !p.is_empty()).collect(),
                );
            }
        }
        t
    })
}

fn find(list: Option<&Vec<Machine>>, machine: &str) -> Option<(Option<f64>, Option<f64>)> {
    list?
        .iter()
        .find(|(m, _, _)| *m == machine)
        .map(|(_, v, e)| (*v, *e))
}

/// vCPUs, embodied tCO2e and the family's largest vCPUs of a machine type, as CCF's
/// `getDataFromMachineType` finds them (a figure is `None` where CCF's is undefined or 0).
fn machine_data(machine: &str) -> (Option<f64>, Option<f64>, Option<f64>) {
    let t = tables();
    let parts: Vec<&str> = machine.split('-').collect();
    let family = parts[..parts.len().min(2)].join("-");
    let shared_family = parts[0];
    let lists = [
        find(t.family.get(family.as_str()), machine),
        find(t.shared.get(shared_family), machine),
        find(Some(&t.n1_shared), machine),
    ];
    let nonzero = |v: Option<f64>| v.filter(|v| *v != 0.0);
    let vcpus = lists.iter().flatten().find_map(|(v, _)| nonzero(*v));
    let embodied = lists.iter().flatten().find_map(|(_, e)| nonzero(*e));
    let types = t
        .family
        .get(family.as_str())
        .or_else(|| t.shared.get(shared_family))
        .unwrap_or(&t.n1_shared);
    let largest = types.last().and_then(|(_, v, _)| *v);
    (vcpus, embodied, largest)
}

impl Estimator<'_> {
    fn gcp_watts(&self, processors: &[&str]) -> (f64, f64) {
        let c = self.coefficients;
        let min = super::ccf_watts(Provider::Gcp, processors, |p| p.min_watts)
            .unwrap_or_else(|| c.constant(Provider::Gcp, "min_watts_fallback"));
        let max = super::ccf_watts(Provider::Gcp, processors, |p| p.max_watts)
            .unwrap_or_else(|| c.constant(Provider::Gcp, "max_watts_fallback"));
        (min, max)
    }

    /// CCF's replication factor of a Google line (`GCP_REPLICATION_FACTORS_FOR_SERVICES`).
    fn gcp_replication(service: &str, sku: &str, region: &str) -> f64 {
        match service {
            "Cloud Storage" => 2.0,
            "Compute Engine" => {
                if sku.contains("Regional") {
                    2.0
                } else if contains_word_any(sku, &["Snapshot", "Image"]) {
                    // Single, dual and multi-regions all replicate twice in CCF's constants.
                    let _ = region;
                    2.0
                } else {
                    1.0
                }
            }
            "Cloud Filestore" => 2.0,
            "Cloud SQL" if sku.contains("Regional - Standard storage") || sku.contains("HA") => 2.0,
            "Cloud Memorystore for Redis" if sku.contains("Standard") => 2.0,
            "Cloud Spanner" if sku.contains("Regional") || sku.contains("Multi-Region") => 2.0,
            "Kubernetes Engine"
                if sku.contains("Clusters")
                    && (sku.contains("Regional") || sku.contains("Autopilot")) =>
            {
                3.0
            }
            "Cloud Composer" if sku.contains("Storage") || sku.contains("storage") => 2.0,
            _ => 1.0,
        }
    }

    pub(super) fn gcp(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
        let ccf = self.method == Method::Ccf;
        let t = tables();
        let sku = u.usage_type;
        let service = u.service;
        let composer = sku.contains("Cloud Composer Compute CPUs")
            || sku.contains("Cloud Composer vCPU")
            || sku.contains("Cloud Composer SQL vCPU");
        let kubernetes = sku.contains("Kubernetes Clusters");
        // GKE and Cloud Composer run on e2-medium nodes by default (CCF's BillingExportRow).
        let machine = if composer || kubernetes {
            "e2-medium"
        } else {
            u.machine_type
        };
        if contains_word_any(sku, UNSUPPORTED_USAGE_TYPES) {
            return PerUnit::of(Class::Excluded);
        }
        let unknown = |unit_override: bool| PerUnit {
            ratio_unit: unit_override.then(|| "Unknown".to_owned()),
            // `Pod mCPU Requests` are millicores: CCF divides the amount by 1000.
            amount_scale: if sku.contains("Pod mCPU Requests") {
                1.0 / 1000.0
            } else {
                1.0
            },
            ..PerUnit::of(Class::Unknown)
        };
        let unknown_unit = contains_word_any(service, SERVICES_WITH_UNKNOWN_UNIT);
        let unit = if unknown_unit { "Unknown" } else { u.unit };
        if contains_word_any(sku, UNKNOWN_USAGE_TYPES)
            || contains_word_any(service, UNKNOWN_SERVICE_TYPES)
            || contains_word_any(unit, UNKNOWN_USAGE_UNITS)
            || sku.is_empty()
        {
            return unknown(unknown_unit);
        }
        let replication = Self::gcp_replication(service, sku, u.region);
        match unit {
            "seconds" => {
                if !contains_word_any(sku, COMPUTE_STRING_FORMATS) {
                    return unknown(false);
                }
                let gpu = sku.contains("GPU");
                // vCPU-hours per second of usage.
                let vcpu_hours = if gpu {
                    1.0 / 3600.0
                } else if composer {
                    VCPUS_PER_COMPOSER_ENVIRONMENT / 3600.0
                } else if kubernetes {
                    VCPUS_PER_GKE_CLUSTER / 3600.0
                } else {
                    1.0 / 3600.0
                };
                let processors: Vec<&str> = if gpu {
                    let named: Vec<&str> = t
                        .gpus
                        .iter()
                        .copied()
                        .filter(|g| sku.starts_with(g))
                        .collect();
                    if named.is_empty() {
                        t.gpus.clone()
                    } else {
                        named
                    }
                } else {
                    let shared = (!machine.is_empty())
                        .then(|| SHARED_CORE.iter().find(|c| machine.contains(*c)))
                        .flatten();
                    let prefix: String = match shared {
                        Some(s) => (*s).to_owned(),
                        None => machine.chars().take(2).collect::<String>().to_lowercase(),
                    };
                    t.processors
                        .get(prefix.as_str())
                        .cloned()
                        .unwrap_or_else(|| vec!["Unknown"])
                };
                let (min, max) = self.gcp_watts(&processors);
                let kwh = vcpu_hours * self.compute_kwh_per_vcpu_hour(min, max, pue, replication);
                // Embodied: the host's share by vCPUs over its 4-year life, per second of usage.
                let lifespan = self
                    .coefficients
                    .constant(Provider::Gcp, "server_lifespan_hours");
                let embodied_kg = match machine_data(machine) {
                    // The amount is vCPU-seconds, so the machine's hours are amount / vCPUs /
                    // 3600, as CCF's code has it: here its code and methodology page agree.
                    (Some(v), Some(s3), Some(l)) if !machine.is_empty() => {
                        s3 * 1000.0 * (1.0 / v / 3600.0 / lifespan) * (v / l)
                    }
                    _ => 0.0,
                };
                let (grid, _) = self.grid_kg_per_kwh(Provider::Gcp, u.region);
                let embodied_kwh = if ccf && grid > 0.0 {
                    embodied_kg / grid
                } else {
                    0.0
                };
                let assumed = (machine.is_empty() && !gpu).then(|| {
                    text::assumed_fallback(
                        text::why_no_machine_type(sku),
                        min,
                        max,
                        Provider::Gcp.name(),
                    )
                });
                PerUnit {
                    kwh: kwh + embodied_kwh,
                    embodied_kg,
                    ratio_kwh: Some(kwh),
                    assumed,
                    ..PerUnit::of(Class::Compute)
                }
            }
            "byte-seconds" => {
                if contains_word_any(sku, MEMORY_USAGE_TYPES)
                    && !contains_word_any(sku, COMPUTE_STRING_FORMATS)
                {
                    return self.memory(pue, 1.0, 1.0 / BYTES_PER_GIB / 3600.0);
                }
                let ssd = sku.contains("SSD");
                self.storage(ssd, pue, replication, 1.0 / BYTES_PER_TIB / 3600.0)
            }
            "bytes" if !ccf => {
                // sero: transfer between regions only, as CCF's methodology bounds networking;
                // CCF's Google code counts every `Egress` SKU, internet egress included.
                if sku.contains("Inter Region")
                    || sku.contains("Inter-Region")
                    || sku.contains("Inter-region")
                {
                    self.networking(pue, 1.0 / BYTES_PER_GIB)
                } else if sku.contains("Egress")
                    || sku.contains("Ingress")
                    || sku.contains("Download")
                {
                    PerUnit::of(Class::Excluded)
                } else {
                    unknown(false)
                }
            }
            "bytes" => {
                if contains_word_any(sku, NETWORKING_STRING_FORMATS) {
                    self.networking(pue, 1.0 / BYTES_PER_GIB)
                } else {
                    unknown(false)
                }
            }
            _ => PerUnit::of(Class::Excluded),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_types_resolve_as_ccf_does() {
        let (v, e, l) = machine_data("n2-standard-4");
        assert_eq!(v, Some(4.0));
        assert!(e.is_some());
        assert!(l.unwrap() >= 80.0);
        let (v, _, l) = machine_data("e2-medium");
        assert_eq!((v, l), (Some(2.0), Some(32.0)));
        assert_eq!(machine_data("zz9-unknown").0, None);
    }
}
