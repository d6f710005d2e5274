//! Amazon Web Services lines, as CCF's AWS package classifies them.

use crate::Provider;
use crate::text;

use super::{Class, Estimator, GB_MONTH_UNITS, HOURS_UNITS, PerUnit, Usage, contains_any};

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

impl Estimator<'_> {
    pub(super) fn aws(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
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
}
