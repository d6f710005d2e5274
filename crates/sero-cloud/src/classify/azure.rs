//! Microsoft Azure lines, as CCF's Azure package (`ConsumptionManagement.ts`) classifies and
//! estimates them, with its VM size tables (`data/azure_vm_*.csv`).
//!
//! `--method ccf` follows CCF's code at commit b7a049c7 line for line; the default differs where
//! `docs/cloud.md` says why: the quantity is multiplied by the number in the unit of measure
//! (`10 Hours`), GB/Month is spread over the hours of the line's month, and embodied emissions
//! stay apart from the energy.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::{Method, Provider, text};

use crate::coefficients::rows;

use super::{Class, Estimator, PerUnit, Usage, contains_word, contains_word_any};

const VM_SIZES: &str = include_str!("../../data/azure_vm_sizes.csv");
const VM_PROCESSORS: &str = include_str!("../../data/azure_vm_processors.csv");
const REGION_ALIASES: &str = include_str!("../../data/azure_region_aliases.csv");

// The lists of CCF's `ConsumptionTypes.ts` (commit b7a049c7), matched as its `containsAny` does:
// whole words.
const UNKNOWN_SERVICES: &[&str] = &[
    "Azure Bastion",
    "Load Balancer",
    "VPN Gateway",
    "Azure Front Door Service",
    "Azure Databricks",
    "Azure Data Factory v2",
    "API Management",
    "Advanced Data Security",
    "Virtual Machines Licenses",
];
const UNKNOWN_USAGE_TYPES: &[&str] = &["Server - Free", "Requests", "Custom Domain"];
const UNSUPPORTED_USAGE_TYPES: &[&str] = &[
    "Rulesets",
    "Rules",
    "Policies",
    "Kafka Surcharge",
    "License",
];
const COMPUTE_UNITS: &[&str] = &[
    "1 Hour",
    "10 Hour",
    "10 Hours",
    "100 Hour",
    "100 Hours",
    "1000 Hour",
    "1000 Hours",
];
const STORAGE_UNITS: &[&str] = &[
    "1 /Month",
    "100 /Month",
    "1 GB/Month",
    "10 GB/Month",
    "100 GB/Month",
    "10 /Day",
    "30 /Day",
    "1 TB/Month",
];
const NETWORKING_UNITS: &[&str] = &["1 GB", "1 TB", "10 GB", "100 GB", "200 GB"];
const MEMORY_UNITS: &[&str] = &[
    "1 GB Second",
    "50000 GB Seconds",
    "1 GB Hour",
    "1000 GB Hours",
];
const STORAGE_USAGE_TYPES: &[&str] = &[
    "Data Stored",
    "Metadata",
    "Registry Unit",
    "ZRS",
    "LRS",
    "GRS",
    "GZRS",
    "Data Retention",
    "Pay-as-you-go Data at Rest",
    "Standard Instances",
    "Node",
    "10 DTUs",
    "S0 DTUs",
    "B DTUs",
    "B DTU",
    "eDTUs",
    "On Premises Server Protected Instances",
    "Standard Trial Nodes",
    "Azure VM Protected Instances",
    "Standard User",
    "Multi-step Web Test",
    "S0 Secondary Active DTUs",
    "Resource Monitored at 5 Minute Frequency",
    "VM Replicated to Azure",
    "Basic User",
    "Standard Nodes",
    "Microsoft-hosted CI",
    "Data Processing Unit",
    "Pay as you go Warm Storage",
    "Standard Unit",
];
const NETWORKING_USAGE_TYPES: &[&str] = &[
    "Geo-Replication Data transfer",
    "Data Transfer Out",
    "Egress",
    "Geo-Replication v2 Data transfer",
    "Data Processed - Egress",
];
const MEMORY_USAGE_TYPES: &[&str] = &["Execution Time", "Memory Duration", "C1 Cache Instance"];
/// GB of memory of Azure Cache for Redis sizes (CACHE_MEMORY_GB).
const CACHE_MEMORY_GB: &[(&str, f64)] = &[
    ("C0", 0.25),
    ("C1", 1.0),
    ("C2", 2.5),
    ("C3", 6.0),
    ("C4", 13.0),
    ("C5", 26.0),
    ("C6", 53.0),
    ("P1", 6.0),
    ("P2", 13.0),
    ("P3", 26.0),
    ("P4", 53.0),
    ("P5", 120.0),
    ("E10", 12.0),
    ("E20", 25.0),
    ("E50", 50.0),
    ("E100", 100.0),
    ("F300", 384.0),
    ("F700", 715.0),
    ("F1500", 1455.0),
];
/// GB of premium (P) and standard (E) SSD managed disks (SSD_MANAGED_DISKS_STORAGE_GB).
const SSD_MANAGED_DISKS_GB: &[(&str, f64)] = &[
    ("P1", 4.0),
    ("P2", 8.0),
    ("P3", 16.0),
    ("P4", 32.0),
    ("P6", 64.0),
    ("P10", 128.0),
    ("P15", 256.0),
    ("P20", 512.0),
    ("P30", 1024.0),
    ("P40", 2048.0),
    ("P50", 4096.0),
    ("P60", 8192.0),
    ("P70", 16384.0),
    ("P80", 32767.0),
    ("E1", 4.0),
    ("E2", 8.0),
    ("E3", 16.0),
    ("E4", 32.0),
    ("E6", 64.0),
    ("E10", 128.0),
    ("E15", 256.0),
    ("E20", 512.0),
    ("E30", 1024.0),
    ("E40", 2048.0),
    ("E50", 4096.0),
    ("E60", 8192.0),
    ("E70", 16384.0),
    ("E80", 32767.0),
];
/// GB of standard HDD managed disks (HDD_MANAGED_DISKS_STORAGE_GB).
const HDD_MANAGED_DISKS_GB: &[(&str, f64)] = &[
    ("S4", 32.0),
    ("S6", 64.0),
    ("S10", 128.0),
    ("S15", 256.0),
    ("S20", 512.0),
    ("S30", 1024.0),
    ("S40", 2048.0),
    ("S50", 4096.0),
    ("S60", 8192.0),
    ("S70", 16384.0),
    ("S80", 32767.0),
];
/// GB included in a container registry unit (CONTAINER_REGISTRY_STORAGE_GB).
const CONTAINER_REGISTRY_GB: &[(&str, f64)] =
    &[("Basic", 10.0), ("Standard", 100.0), ("Premium", 500.0)];

fn lookup(table: &[(&str, f64)], key: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn keys(table: &'static [(&'static str, f64)]) -> impl Iterator<Item = &'static str> {
    table.iter().map(|(k, _)| *k)
}

/// One size of a series: vCPUs, memory (GB), embodied emissions of the host (tCO2e).
#[derive(Clone, Copy, Debug)]
struct Size {
    vcpus: Option<f64>,
    memory_gb: Option<f64>,
    embodied_t: Option<f64>,
    /// Constrained-vCPU sizes: the vCPUs of the series' largest size.
    largest_vcpus: Option<f64>,
}

#[derive(Default)]
struct Tables {
    /// Series → its sizes in CCF's order (the last one is the largest).
    series: HashMap<&'static str, Vec<(&'static str, Size)>>,
    /// Size → the series CCF files it under (the last series that lists it).
    series_of: HashMap<&'static str, &'static str>,
    constrained: HashMap<&'static str, Size>,
    usage: HashMap<&'static str, Size>,
    processors: HashMap<&'static str, Vec<&'static str>>,
    gpus: HashMap<&'static str, f64>,
    gpu_processors: HashMap<&'static str, Vec<&'static str>>,
    /// Region spellings without case or spaces → CCF's region, likewise.
    aliases: HashMap<String, String>,
    /// Squashed region → CCF's own spelling (`centralus` → `CentralUS`).
    names: HashMap<String, &'static str>,
}

fn opt(text: &str) -> Option<f64> {
    // The tables are part of the program and tested; a bad number is a bug, caught by the tests.
    (!text.is_empty()).then(|| {
        text.parse()
            .unwrap_or_else(|_| panic!("bundled Azure table: `{text}` is not a number"))
    })
}

/// `UK South`, `uksouth` and `UKSOUTH` are one spelling.
pub(crate) fn squash(region: &str) -> String {
    region
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables::default();
        for row in rows(VM_SIZES) {
            let size = Size {
                vcpus: opt(row[3]),
                memory_gb: opt(row[4]),
                embodied_t: opt(row[5]),
                largest_vcpus: opt(row[6]),
            };
            match row[0] {
                "series" => {
                    t.series.entry(row[1]).or_default().push((row[2], size));
                    t.series_of.insert(row[2], row[1]);
                }
                "constrained" => {
                    t.constrained.insert(row[2], size);
                }
                _ => {
                    t.usage.insert(row[2], size);
                }
            }
        }
        let list = |text: &'static str| -> Vec<&'static str> {
            text.split('|').filter(|p| !p.is_empty()).collect()
        };
        for row in rows(VM_PROCESSORS) {
            if !row[1].is_empty() {
                t.processors.insert(row[0], list(row[1]));
            }
            if let Some(g) = opt(row[2]) {
                t.gpus.insert(row[0], g);
            }
            if !row[3].is_empty() {
                t.gpu_processors.insert(row[0], list(row[3]));
            }
        }
        for row in rows(REGION_ALIASES) {
            t.aliases.insert(squash(row[0]), squash(row[1]));
            t.names.insert(squash(row[1]), row[1]);
        }
        t
    })
}

/// The region CCF files an Azure resource location under (squashed), or `None` when CCF does
/// not know it (its `Unknown`).
pub fn azure_region(location: &str) -> Option<String> {
    tables().aliases.get(&squash(location)).cloned()
}

/// The region as CCF names it in its output (`CentralUS`), or `None` when CCF does not know it.
pub fn azure_region_name(location: &str) -> Option<&'static str> {
    let t = tables();
    t.aliases
        .get(&squash(location))
        .and_then(|r| t.names.get(r))
        .copied()
}

impl Tables {
    fn size(&self, series: &str, usage_type: &str) -> Option<&Size> {
        self.series
            .get(series)?
            .iter()
            .find(|(s, _)| *s == usage_type)
            .map(|(_, size)| size)
    }

    fn largest(&self, series: &str) -> Option<&Size> {
        self.series.get(series)?.last().map(|(_, size)| size)
    }
}

/// CCF's `parseUsageType`: `D4as v4 Spot` → `D4as v4`, `D2 v2/DS2 v2` → `D2 v2`.
fn parse_usage_type(meter: &str) -> String {
    if meter.contains("Spot") {
        return meter.replacen(" Spot", "", 1);
    }
    match meter.split_once('/') {
        Some((first, _)) => first.to_owned(),
        None => meter.to_owned(),
    }
}

impl Estimator<'_> {
    /// Average (or median with Ivy or Sandy Bridge) watts of `processors`, else the fallback.
    fn azure_watts(&self, processors: &[&str]) -> (f64, f64) {
        let c = self.coefficients;
        let min = super::ccf_watts(Provider::Azure, processors, |p| p.min_watts)
            .unwrap_or_else(|| c.constant(Provider::Azure, "min_watts_fallback"));
        let max = super::ccf_watts(Provider::Azure, processors, |p| p.max_watts)
            .unwrap_or_else(|| c.constant(Provider::Azure, "max_watts_fallback"));
        (min, max)
    }

    /// CCF's replication factor of an Azure line (`AZURE_REPLICATION_FACTORS_FOR_SERVICES`).
    fn azure_replication(service: &str, usage_type: &str) -> f64 {
        match service {
            "Storage" => {
                if usage_type.contains("LRS") {
                    3.0
                } else if usage_type.contains("GZRS") {
                    6.0
                } else if usage_type.contains("ZRS") {
                    3.0
                } else if usage_type.contains("GRS") {
                    6.0
                } else if usage_type.contains("Disks") {
                    3.0
                } else {
                    1.0
                }
            }
            "Azure Database for MySQL" => 3.0,
            "Azure Cosmos DB" if usage_type.contains("Data Stored") => 4.0,
            "SQL Database"
                if contains_word(usage_type, "Data Stored")
                    || contains_word(usage_type, "vCore") =>
            {
                3.0
            }
            "Redis Cache" => 2.0,
            _ => 1.0,
        }
    }

    /// GB-hours of memory of an instance line, as CCF's `getGigabyteHoursFromInstanceTypeAndProcessors`
    /// (`calculateGigabyteHours`: the memory of the series' largest size per physical chip above
    /// what SPECpower's servers have per chip, in proportion to this size's memory).
    fn azure_memory_gb_hours(&self, usage_type: &str, series: Option<&str>, amount: f64) -> f64 {
        let t = tables();
        if MEMORY_USAGE_TYPES.contains(&usage_type) {
            if usage_type.contains("Cache") {
                let name = usage_type.split(' ').next().unwrap_or("");
                return lookup(CACHE_MEMORY_GB, name).unwrap_or(f64::NAN) * amount;
            }
            return amount;
        }
        let Some(series) = series else { return 0.0 };
        let Some(memory) = t.size(series, usage_type).and_then(|s| s.memory_gb) else {
            return 0.0;
        };
        if memory == 0.0 {
            return 0.0;
        }
        let processors = t
            .processors
            .get(usage_type)
            .cloned()
            .unwrap_or_else(|| vec!["Unknown"]);
        let processor_memory =
            super::ccf_average(Provider::Azure, &processors, |p| p.memory_gb_per_chip)
                .unwrap_or_else(|| {
                    self.coefficients
                        .constant(Provider::Azure, "memory_gb_per_chip_fallback")
                });
        let largest = t.largest(series).copied();
        let (largest_vcpus, largest_memory) = largest
            .map(|l| (l.vcpus.unwrap_or(0.0), l.memory_gb.unwrap_or(0.0)))
            .unwrap_or((0.0, 0.0));
        calculate_gigabyte_hours(
            (largest_vcpus / 96.0).ceil(),
            largest_memory,
            processor_memory,
            memory,
            amount,
        )
    }

    pub(super) fn azure(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
        let ccf = self.method == Method::Ccf;
        let t = tables();
        let service = u.service;
        let unit = u.unit.trim();
        let usage_type = parse_usage_type(u.usage_type);
        let ut = usage_type.as_str();
        if contains_word_any(ut, UNSUPPORTED_USAGE_TYPES) {
            return PerUnit::of(Class::Excluded);
        }
        let all_units = COMPUTE_UNITS
            .iter()
            .chain(STORAGE_UNITS)
            .chain(NETWORKING_UNITS)
            .chain(MEMORY_UNITS);
        let known_unit = all_units.clone().any(|u| contains_word(unit, u));
        if contains_word_any(service, UNKNOWN_SERVICES)
            || contains_word_any(ut, UNKNOWN_USAGE_TYPES)
            || !known_unit
        {
            return PerUnit::of(Class::Unknown);
        }
        // CCF takes the quantity as it stands whatever the unit says (`10 Hours`); sero's
        // default multiplies it by the unit's number.
        let multiplier = if ccf { 1.0 } else { azure_unit(unit).0 };
        let series = t.series_of.get(ut).copied();
        let size = series.and_then(|s| t.size(s, ut));
        let replication = Self::azure_replication(service, ut);
        let (grid, _) = self.grid_kg_per_kwh(Provider::Azure, u.region);
        if COMPUTE_UNITS.contains(&unit) {
            let vcpus = size
                .and_then(|s| s.vcpus)
                .filter(|v| *v != 0.0)
                .or_else(|| t.usage.get(ut).and_then(|s| s.vcpus).filter(|v| *v != 0.0))
                .or_else(|| {
                    t.constrained
                        .get(ut)
                        .and_then(|s| s.vcpus)
                        .filter(|v| *v != 0.0)
                });
            // CCF counts one vCPU for a size its tables do not hold; sero reads the size name.
            let from_name = if vcpus.is_none() && !ccf {
                azure_vcpus(ut)
            } else {
                None
            };
            let vcpus = vcpus.or(from_name).unwrap_or(1.0);
            let processors = t
                .processors
                .get(ut)
                .cloned()
                .unwrap_or_else(|| vec!["Unknown"]);
            let (min, max) = self.azure_watts(&processors);
            let mut kwh = vcpus * self.compute_kwh_per_vcpu_hour(min, max, pue, replication);
            if contains_word_any(ut, &t.gpus.keys().copied().collect::<Vec<_>>()) {
                let gpus = t.gpus.get(ut).copied().filter(|g| *g != 0.0).unwrap_or(1.0);
                let gpu_processors = t
                    .gpu_processors
                    .get(ut)
                    .cloned()
                    .unwrap_or_else(|| vec!["Unknown"]);
                let (gmin, gmax) = self.azure_watts(&gpu_processors);
                kwh += gpus * self.compute_kwh_per_vcpu_hour(gmin, gmax, pue, replication);
            }
            let memory_kwh = self.azure_memory_gb_hours(ut, series, 1.0)
                * self
                    .coefficients
                    .constant(Provider::Azure, "memory_kwh_per_gbh")
                * pue
                * replication;
            // Embodied: the host's share by vCPUs, over its 4-year life (CCF's EmbodiedEmissionsEstimator).
            let instance_vcpus = size
                .and_then(|s| s.vcpus)
                .filter(|v| *v != 0.0)
                .or_else(|| {
                    t.constrained
                        .get(ut)
                        .and_then(|s| s.vcpus)
                        .filter(|v| *v != 0.0)
                });
            let scope3 = size
                .and_then(|s| s.embodied_t)
                .filter(|v| *v != 0.0)
                .or_else(|| {
                    t.constrained
                        .get(ut)
                        .and_then(|s| s.embodied_t)
                        .filter(|v| *v != 0.0)
                });
            let largest = match series {
                Some(s) => t.largest(s).and_then(|l| l.vcpus),
                None => t.constrained.get(ut).and_then(|s| s.largest_vcpus),
            }
            .filter(|v| *v != 0.0);
            let lifespan = self
                .coefficients
                .constant(Provider::Azure, "server_lifespan_hours");
            let embodied_kg = match (instance_vcpus, scope3, largest) {
                // CCF's code: hours / vCPUs / lifespan × vCPUs / largest (the hours divided by
                // the vCPUs once too often); its methodology page, sero's default: hours /
                // lifespan × vCPUs / largest.
                (Some(v), Some(s3), Some(l)) if ccf => s3 * 1000.0 * (1.0 / v / lifespan) * (v / l),
                (Some(v), Some(s3), Some(l)) => s3 * 1000.0 * (1.0 / lifespan) * (v / l),
                _ => 0.0,
            };
            if contains_word_any(ut, MEMORY_USAGE_TYPES) {
                // CCF: a memory meter billed in hours is memory only, and not counted in the
                // ratio that estimates unknown usage.
                return PerUnit {
                    kwh: memory_kwh * multiplier,
                    known_ratio: false,
                    ..PerUnit::of(Class::Memory)
                };
            }
            let embodied_kwh = if ccf && grid > 0.0 {
                embodied_kg / grid
            } else {
                0.0
            };
            let assumed = from_name.map(|v| {
                text::assumed_fallback(text::why_vm_size(ut, v), min, max, Provider::Azure.name())
            });
            return PerUnit {
                kwh: (kwh + memory_kwh + embodied_kwh) * multiplier,
                embodied_kg: embodied_kg * multiplier,
                assumed,
                ..PerUnit::of(Class::Compute)
            };
        }
        if STORAGE_UNITS.contains(&unit) {
            let is_managed_ssd =
                contains_word_any(ut, &keys(SSD_MANAGED_DISKS_GB).collect::<Vec<_>>());
            let is_ssd = is_managed_ssd || contains_word_any(ut, STORAGE_USAGE_TYPES);
            let is_hdd = contains_word_any(ut, &keys(HDD_MANAGED_DISKS_GB).collect::<Vec<_>>());
            let is_managed = is_managed_ssd || is_hdd;
            let registry = CONTAINER_REGISTRY_GB
                .iter()
                .any(|(k, _)| contains_word(ut, &format!("{k} Registry Unit")));
            if !is_ssd && !is_hdd {
                // CCF's code leaves such storage out, cost and all; sero estimates it from
                // known usage, as unknown usage.
                return PerUnit::of(if ccf { Class::Excluded } else { Class::Unknown });
            }
            // The size of a managed disk or registry, in GB, as CCF's tables give it.
            let size_gb = if is_ssd && is_managed {
                managed_ssd_type(ut).and_then(|d| lookup(SSD_MANAGED_DISKS_GB, d))
            } else if is_hdd && is_managed {
                lookup(HDD_MANAGED_DISKS_GB, remove_disks(ut).trim())
            } else if registry {
                lookup(CONTAINER_REGISTRY_GB, &ut.replacen(" Registry Unit", "", 1))
            } else {
                None
            };
            if ccf {
                // CCF: a day (24 h) of the quantity in GB, or of the disk's or registry's size
                // whatever the quantity; a size its tables do not hold gives NaN (or, with no
                // P/E size in a premium meter, an exception), so the line cannot be estimated.
                let (tb_hours, per_line) = if unit == "1 TB/Month" {
                    (24.0, false)
                } else if is_managed || registry {
                    match size_gb {
                        Some(gb) => (gb / 1000.0 * 24.0, true),
                        None => return PerUnit::of(Class::Excluded),
                    }
                } else {
                    (24.0 / 1000.0, false)
                };
                let mut e = self.storage(is_ssd, pue, replication, tb_hours);
                e.per_line = per_line;
                return e;
            }
            // sero: a standard HDD disk (S4…S80) is HDD even when its meter also says LRS or
            // Data Stored; a quantity in GB/Month or TB/Month is that many GB or TB through the
            // hours of the line's month; a quantity in /Month of a disk or registry is that many
            // of them (at their size) through the month; /Day units are days of GB as CCF has it.
            let ssd = is_ssd && !is_hdd;
            let by_size = !unit.contains("GB") && !unit.contains("TB");
            let tb = match (by_size, size_gb) {
                (true, Some(gb)) => gb / 1000.0,
                _ if unit.contains("TB") => 1.0,
                _ => 1.0 / 1000.0,
            };
            let monthly = unit.contains("Month");
            let hours = if monthly { 1.0 } else { 24.0 };
            let mut e = self.storage(ssd, pue, replication, tb * hours * multiplier);
            e.per_month = monthly;
            return e;
        }
        if NETWORKING_UNITS.contains(&unit) && !ccf {
            // sero: transfer between Azure's regions only (inter-region, geo-replication), as
            // CCF's methodology bounds networking; CCF's code counts `Data Transfer Out` and
            // `Egress` to the internet too.
            let between = ["Inter-Region", "Inter Region", "Geo-Replication"]
                .iter()
                .any(|w| ut.contains(w));
            if !between {
                let transfer = ["Data Transfer", "Egress", "Ingress", "Data Processed"]
                    .iter()
                    .any(|w| ut.contains(w));
                return PerUnit::of(if transfer {
                    Class::Excluded
                } else {
                    Class::Unknown
                });
            }
            let gb = if unit.contains("TB") { 1000.0 } else { 1.0 };
            return self.networking(pue, gb * multiplier);
        }
        if NETWORKING_UNITS.contains(&unit) {
            if !contains_word_any(ut, NETWORKING_USAGE_TYPES) || ut.contains("To Any") {
                return PerUnit::of(Class::Excluded);
            }
            let gb = if unit.contains("TB") { 1000.0 } else { 1.0 };
            return self.networking(pue, gb * multiplier);
        }
        if MEMORY_UNITS.contains(&unit) {
            let gb_hours = match unit {
                "50000 GB Seconds" | "1 GB Second" => 1.0 / 3600.0,
                "1 GB Hour" => 1.0,
                _ => self.azure_memory_gb_hours(ut, series, 1.0),
            };
            return self.memory(pue, replication, gb_hours * multiplier);
        }
        // A unit that names a known one without being it (`10 Hours (Reserved)`): CCF counts
        // the line with no energy and leaves it out of the ratio for unknown usage.
        PerUnit {
            known_ratio: false,
            ..PerUnit::of(Class::Compute)
        }
    }
}

/// The first `P` or `E` followed by one or two digits (CCF's `/(P|E)\d{1,2}/`).
fn managed_ssd_type(usage_type: &str) -> Option<&str> {
    let b = usage_type.as_bytes();
    for i in 0..b.len() {
        if (b[i] == b'P' || b[i] == b'E') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            let end = if b.get(i + 2).is_some_and(u8::is_ascii_digit) {
                i + 3
            } else {
                i + 2
            };
            return usage_type.get(i..end);
        }
    }
    None
}

/// `usageType.replace(/Disks?/, '')`: the first `Disk` or `Disks` removed.
fn remove_disks(usage_type: &str) -> String {
    match usage_type.find("Disk") {
        Some(i) => {
            let end = if usage_type[i + 4..].starts_with('s') {
                i + 5
            } else {
                i + 4
            };
            format!("{}{}", &usage_type[..i], &usage_type[end..])
        }
        None => usage_type.to_owned(),
    }
}

/// CCF's `calculateGigabyteHours` (packages/core/src/memory/helpers.ts).
pub(crate) fn calculate_gigabyte_hours(
    physical_chips: f64,
    largest_memory: f64,
    processor_memory: f64,
    instance_memory: f64,
    amount: f64,
) -> f64 {
    let per_chip = largest_memory / physical_chips;
    if per_chip - processor_memory > 0.0 {
        let delta = per_chip - processor_memory;
        let ratio = largest_memory / instance_memory;
        delta / ratio * amount
    } else {
        0.0
    }
}

/// Azure's unit of measure (`10 Hours`, `1 GB/Month`) as a multiplier and a unit.
pub fn azure_unit(unit: &str) -> (f64, &str) {
    let unit = unit.trim();
    match unit.split_once(' ') {
        Some((n, rest)) => match n.parse::<f64>() {
            Ok(m) if m.is_finite() => (m, rest.trim()),
            _ => (1.0, unit),
        },
        None => (1.0, unit),
    }
}

/// vCPUs from an Azure VM size name: the number after the family letters (`D2s v3` → 2,
/// `Standard_E4as_v4` → 4), for sizes CCF's table does not hold.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_types_parse_as_ccf_does() {
        assert_eq!(parse_usage_type("D4as v4 Spot"), "D4as v4");
        assert_eq!(parse_usage_type("D2 v2/DS2 v2"), "D2 v2");
        assert_eq!(managed_ssd_type("P10 LRS Disk"), Some("P10"));
        assert_eq!(managed_ssd_type("E4 ZRS"), Some("E4"));
        assert_eq!(remove_disks("S4 Disks"), "S4 ");
    }

    #[test]
    fn regions_resolve_through_ccf_spellings() {
        assert_eq!(azure_region("UKSOUTH").as_deref(), Some("uksouth"));
        assert_eq!(azure_region("EU West").as_deref(), Some("westeurope"));
        assert_eq!(azure_region("Atlantis"), None);
    }
}
