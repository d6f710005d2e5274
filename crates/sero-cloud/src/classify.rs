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
}

impl PerUnit {
    fn of(class: Class) -> Self {
        PerUnit {
            class,
            kwh: 0.0,
            embodied_kg: 0.0,
            per_month: false,
            assumed: None,
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

/// AWS storage usage types CCF counts as SSD (`CostAndUsageTypes.ts`, SSD_USAGE_TYPES).
const AWS_SSD_USAGE: &[&str] = &[
    "VolumeUsage.gp2",
    "VolumeUsage.io1",
    "VolumeUsage.io2",
    "VolumeUsage.gp3",
    "VolumeUsage.piops",
    "GP2-Storage",
    "PIOPS-Storage",
    "Aurora:StorageUsage",
    "Kafka.Storage.GP2",
    "TimedPITRStorage-ByteHrs",
    "RDS:Multi-AZ-StorageUsage",
    "Storage.SSD.50",
    "Storage.MultiAZ:SSD",
];

/// AWS services whose storage CCF counts as SSD (SSD_SERVICES).
const AWS_SSD_SERVICES: &[&str] = &[
    "AmazonDocDB",
    "AmazonDynamoDB",
    "AmazonEFS",
    "AmazonES",
    "AmazonSimpleDB",
    "AmazonSageMaker",
    "AWSIoTAnalytics",
    "AmazonKinesisAnalytics",
    "AmazonMQ",
    "AmazonECS",
    "AmazonLightsail",
    "AmazonNeptune",
];

/// AWS storage usage types CCF counts as HDD (HDD_USAGE_TYPES).
const AWS_HDD_USAGE: &[&str] = &[
    "VolumeUsage",
    "SnapshotUsage",
    "TimedStorage",
    "RDS:StorageUsage",
    "GlacierByteHrs",
    "Aurora:BackupUsage",
    "RDS:ChargedBackupUsage",
    "ElastiCache:BackupUsage",
    "BackupUsage",
    "Redshift:PaidSnapshots",
    "EarlyDelete",
    "ProcessedStorage-ByteHrs",
    "QS-Enterprise-SPICE",
    "TimedBackupStorage-ByteHrs",
    "DurableApplicationBackups",
];

/// AWS usage types CCF does not estimate directly (UNKNOWN_USAGE_TYPES).
const AWS_UNKNOWN_USAGE: &[&str] = &[
    "AmazonEKS-Hours:perCluster",
    "SoftwareUsage",
    "BundleUsage",
    "Small-Directory-Usage",
    "Std-MicrosoftAD-DC-Usage",
    "InactivePipelines",
    "Lambda-Provisioned",
    "BuildDuration",
    "Build-Min",
    "TransitGateway-Hours",
    "VpcEndpoint-Hours",
    "VPN-Usage-Hours",
    "NatGateway-Hours",
    "NatGateway-Bytes",
    "LoadBalancerUsage",
    "IdleAddress",
    "UnusedStaticIP",
    "AdditionalAddress",
    "ResolverNetworkInterface",
    "DataScanned",
    "FastSnapshotRestore",
    "MemoryStore-ByteHrs",
];

/// Usage CCF leaves out because the EC2 lines already count it (UNSUPPORTED_USAGE_TYPES).
const AWS_UNSUPPORTED_USAGE: &[&str] = &["ECS-EC2-GB-Hours", "ECS-EC2-vCPU-Hours"];

/// Transfer between regions or zones of one provider (inter-region traffic, which CCF counts).
const AWS_INTER_REGION: &[&str] = &[
    "AWS-Out-Bytes",
    "AWS-In-Bytes",
    "DataTransfer-Regional-Bytes",
];

const HOURS_UNITS: &[&str] = &["Hrs", "Hours", "hours", "Hour", "hour", "vCPU-Hours"];
const GB_MONTH_UNITS: &[&str] = &["GB-Mo", "GB-Month", "GB-Mp", "GB-month"];

fn contains_any(text: &str, list: &[&str]) -> bool {
    list.iter().any(|p| text.contains(p))
}

/// The estimator: coefficients and the choices that apply to every line.
pub struct Estimator<'c> {
    pub coefficients: &'c Coefficients,
    pub utilisation: f64,
}

impl<'c> Estimator<'c> {
    pub fn new(coefficients: &'c Coefficients) -> Self {
        Estimator {
            coefficients,
            utilisation: coefficients.constant(Provider::Aws, "cpu_utilisation") / 100.0,
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

    fn compute_kwh_per_vcpu_hour(&self, min: f64, max: f64, pue: f64, replication: f64) -> f64 {
        (min + self.utilisation * (max - min)) * pue * replication / 1000.0
    }

    fn storage(&self, ssd: bool, pue: f64, replication: f64, tb_per_unit: f64) -> PerUnit {
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

    fn networking(&self, pue: f64, gb_per_unit: f64) -> PerUnit {
        let per_gb = self
            .coefficients
            .constant(Provider::Aws, "network_kwh_per_gb");
        PerUnit {
            kwh: gb_per_unit * per_gb * pue,
            ..PerUnit::of(Class::Networking)
        }
    }

    fn memory(&self, pue: f64, replication: f64, gb_hours_per_unit: f64) -> PerUnit {
        let per_gbh = self
            .coefficients
            .constant(Provider::Aws, "memory_kwh_per_gbh");
        PerUnit {
            kwh: gb_hours_per_unit * per_gbh * pue * replication,
            ..PerUnit::of(Class::Memory)
        }
    }

    /// Compute at the provider's fallback watts (an instance type CCF's tables do not hold).
    fn fallback_compute(&self, provider: Provider, pue: f64, vcpus: f64, why: Message) -> PerUnit {
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

    fn aws(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
        let c = self.coefficients;
        if contains_any(u.usage_type, AWS_UNSUPPORTED_USAGE) {
            return PerUnit::of(Class::Excluded);
        }
        if contains_any(u.usage_type, AWS_UNKNOWN_USAGE) {
            return PerUnit::of(Class::Unknown);
        }
        if HOURS_UNITS.contains(&u.unit) {
            if u.unit == "vCPU-Hours" {
                return self.fallback_compute(
                    Provider::Aws,
                    pue,
                    1.0,
                    text::why_vcpu_hours(u.usage_type),
                );
            }
            let Some((_, name)) = u.usage_type.rsplit_once(':') else {
                return match u.vcpus {
                    Some(v) if v > 0.0 => self.fallback_compute(
                        Provider::Aws,
                        pue,
                        v,
                        text::why_no_instance_type(u.usage_type),
                    ),
                    _ => PerUnit::of(Class::Unknown),
                };
            };
            let name = name
                .strip_prefix("db.")
                .or_else(|| name.strip_prefix("cache."))
                .unwrap_or(name);
            let replication = if u.service == "AmazonEC2" {
                1.0
            } else {
                c.replication_factor(Provider::Aws, u.service, u.usage_type)
            };
            let Some(instance) = c.instance(Provider::Aws, name) else {
                return match u.vcpus {
                    Some(v) if v > 0.0 => self.fallback_compute(
                        Provider::Aws,
                        pue,
                        v,
                        text::why_unknown_instance(name),
                    ),
                    _ => PerUnit {
                        assumed: Some(text::assumed_unknown_instance_by_cost(name)),
                        ..PerUnit::of(Class::Unknown)
                    },
                };
            };
            let vcpus = u.vcpus.filter(|v| *v > 0.0).unwrap_or(instance.vcpus);
            let (min, max, gb_per_chip) = c.watts(&instance.architectures).unwrap_or((
                c.constant(Provider::Aws, "min_watts_fallback"),
                c.constant(Provider::Aws, "max_watts_fallback"),
                None,
            ));
            let mut kwh = vcpus * self.compute_kwh_per_vcpu_hour(min, max, pue, replication);
            // Memory above the SPECpower servers' average per chip.
            let per_chip = gb_per_chip
                .unwrap_or_else(|| c.constant(Provider::Aws, "memory_gb_per_chip_fallback"));
            let excess = instance.memory_gb - per_chip;
            if excess > 0.0 {
                kwh += self.memory(pue, replication, excess).kwh;
            }
            let lifespan = c.constant(Provider::Aws, "server_lifespan_hours");
            let embodied_kg =
                instance.embodied_t * 1000.0 / lifespan * (vcpus / instance.family_vcpus);
            return PerUnit {
                kwh,
                embodied_kg,
                ..PerUnit::of(Class::Compute)
            };
        }
        let monthly = GB_MONTH_UNITS.contains(&u.unit);
        if monthly || u.unit == "GB-Hours" {
            let ssd =
                contains_any(u.usage_type, AWS_SSD_USAGE) || AWS_SSD_SERVICES.contains(&u.service);
            let hdd = contains_any(u.usage_type, AWS_HDD_USAGE);
            if !ssd && !hdd {
                return PerUnit::of(Class::Unknown);
            }
            let replication = c.replication_factor(Provider::Aws, u.service, u.usage_type);
            // GB-Mo: GB / 1000 × 24 h × days in the month (applied per line); GB-Hours: / 1000.
            let mut estimate = self.storage(ssd, pue, replication, 1.0 / 1000.0);
            estimate.per_month = monthly;
            return estimate;
        }
        if u.unit == "GB" || u.unit == "GigaBytes" {
            if contains_any(u.usage_type, AWS_INTER_REGION) {
                return self.networking(pue, 1.0);
            }
            if u.usage_type.contains("Bytes") {
                return PerUnit::of(Class::Excluded);
            }
        }
        PerUnit::of(Class::Unknown)
    }

    fn azure(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
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

    fn gcp(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
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

/// Days in the month of a `YYYY-MM-DD` day.
pub fn days_in_month(day: &str) -> Option<u32> {
    let year: i16 = day.get(0..4)?.parse().ok()?;
    let month: i8 = day.get(5..7)?.parse().ok()?;
    let first = jiff::civil::Date::new(year, month, 1).ok()?;
    u32::try_from(first.days_in_month()).ok()
}
