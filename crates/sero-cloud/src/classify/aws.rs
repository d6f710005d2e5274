//! Amazon Web Services lines, as CCF's AWS package estimates them (`CostAndUsageReports.ts`,
//! `CostAndUsageReportsRow.ts`, `AWSComputeEstimatesBuilder.ts`, `AWSMemoryEstimatesBuilder.ts`
//! at commit b7a049c7), with CCF's own tables (`data/aws-*.csv`, written from its source by
//! `scripts/ccf-vectors/run`).
//!
//! `Method::Ccf` follows CCF's code step by step. The default `Method::Sero` differs where CCF's
//! code departs from its methodology or from the bill's meaning, each listed in docs/cloud.md:
//! embodied emissions are reported apart from energy and follow the methodology's formula
//! (the code divides the hours by the vCPUs once more); S3-style `…ByteHrs` usage billed in
//! GB-Mo is read as GB-months (the code reads the amount as bytes); transfer to the internet
//! stays outside the boundary (the code counts `DataTransfer-Out-Bytes`); an instance type with
//! no vCPUs anywhere is estimated from its cost (the code gives it no energy); the memory-heavy
//! `u-*` types take their embodied figure, not their memory, as embodied.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text;
use crate::{Method, Provider};

use crate::coefficients::rows;

use super::{Class, Estimator, PerUnit, Usage};

const INSTANCE_TYPES: &str = include_str!("../../data/aws-instance-types.csv");
const INSTANCE_PROCESSORS: &str = include_str!("../../data/aws-instance-processors.csv");
const PROCESSORS: &str = include_str!("../../data/aws-processors.csv");

/// CostAndUsageTypes.ts, SSD_SERVICES: services whose storage type is unknown, assumed SSD.
const SSD_SERVICES: &[&str] = &[
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
    "AmazonFSx",
    "AmazonKinesis",
];

/// CostAndUsageTypes.ts, SSD_USAGE_TYPES (matched at the end of the usage type).
const SSD_USAGE: &[&str] = &[
    "VolumeUsage.gp2",
    "VolumeUsage.io2",
    "VolumeUsage.io1",
    "VolumeUsage.gp3",
    "VolumeUsage.piops",
    "GP2-Storage",
    "PIOPS-Storage",
    "Aurora:StorageUsage",
    "Kafka.Storage.GP2",
    "ES:Magnetic-Storage",
    "TimedPITRStorage-ByteHrs",
    "ECS-EC2-GB-Hours",
    "Lambda-GB-Second",
    "Lambda-Edge-GB-Second",
    "RDS:Multi-AZ-StorageUsage",
    "Fargate-GB-Hours",
    "dc2.large",
    "dc2.8xlarge",
    "ra3.xlplus",
    "ra3.4xlarge",
    "ra3.16xlarge",
    "Storage.SSD.50",
    "Storage.MultiAZ:SSD",
    "RDS:GP3-Storage",
];

/// CostAndUsageTypes.ts, HDD_USAGE_TYPES (matched at the end of the usage type).
const HDD_USAGE: &[&str] = &[
    "VolumeUsage.st1",
    "VolumeUsage.sc1",
    "VolumeUsage",
    "SnapshotUsage",
    "TimedStorage-ByteHrs",
    "RDS:StorageUsage",
    "GlacierByteHrs",
    "Aurora:BackupUsage",
    "RDS:ChargedBackupUsage",
    "TimedStorage-RRS-ByteHrs",
    "ElastiCache:BackupUsage",
    "BackupUsage",
    "Redshift:PaidSnapshots",
    "TimedStorage-SIA-ByteHrs",
    "EarlyDelete-SIA",
    "TimedStorage-GlacierStaging",
    "TimedStorage-SIA-SmObjects",
    "TimedStorage-GDA-ByteHrs",
    "TimedStorage-GDA-Staging",
    "TimedStorage-ZIA-ByteHrs",
    "TimedStorage-INT-FA-ByteHrs",
    "EarlyDelete-GDA",
    "ProcessedStorage-ByteHrs",
    "EarlyDelete-ZIA",
    "EarlyDelete-ByteHrs",
    "TimedStorage-ZIA-SmObjects",
    "TimedStorage-INT-IA-ByteHrs",
    "EarlyDelete-SIA-SmObjects",
    "EarlyDelete-ZIA-SmObjects",
    "QS-Enterprise-SPICE",
    "TimedBackupStorage-ByteHrs",
    "DurableApplicationBackups",
    "dc1.large",
    "dc1.8xlarge",
    "ds2.xlarge",
    "ds2.8xlarge",
    "EU-TimedStorage-GDA-Staging",
    "BytesDeleted-STANDARD",
    "BytesDeleted-SIA",
    "BytesDeleted-INT",
    "BytesDeleted-GDA",
    "OverwriteBytes-Put-GLACIER",
    "OverwriteBytes-Put-RRS",
    "BackupUsage.MultiAZ",
    "ColdStorage-ByteHrs-EFS",
    "WarmStorage-ByteHrs-EFS",
    "WarmStorage-ByteHrs-DynamoDB",
    "MagneticStore-ByteHrs",
    "ColdStorage-ByteHrs-DynamoDB",
    "WarmStorage-ByteHrs-S3",
    "AMP:MetricStorageByteHrs",
    "TimedStorage-INT-AIA-ByteHrs",
    "TimedStorage-GIR-ByteHrs",
];

/// CostAndUsageTypes.ts, NETWORKING_USAGE_TYPES (matched at the end of the usage type).
const NETWORKING_USAGE: &[&str] = &[
    "AWS-Out-Bytes",
    "DataTransfer-Out-Bytes",
    "DataTransfer-Regional-Bytes",
    "TotalDataXfer-Out-Bytes",
    "Egress-Bytes",
    "UploadBytes",
    "UPLOAD",
    "ExportDataSize-Bytes",
    "DOWNLOAD",
    "Data-Bytes-Out",
    "VpcEndpoint-Bytes",
    "TransitGateway-Bytes",
    "Retrieval",
    "BilledBytes",
];

/// Transfer between AWS regions or zones: what the default counts as networking (CCF's
/// methodology: "data transfer between cloud provider data centers"); the rest of
/// NETWORKING_USAGE (to the internet, uploads, downloads) stays outside. Matched at the end of
/// the usage type as CCF matches; the receiving region's `…-AWS-In-Bytes` is the sender's
/// `…-AWS-Out-Bytes` again, and is not counted twice.
const INTER_REGION_USAGE: &[&str] = &["AWS-Out-Bytes", "DataTransfer-Regional-Bytes"];

/// CostAndUsageTypes.ts, BYTE_HOURS_USAGE_TYPES (matched at the end of the usage type).
const BYTE_HOURS_USAGE: &[&str] = &[
    "ByteHrs",
    "SmObjects",
    "EarlyDelete-GDA",
    "EarlyDelete-SIA",
    "EarlyDelete-ZIA",
    "GlacierByteHrs",
    "ByteHrs-EFS",
    "ByteHrs-DynamoDB",
];

/// CostAndUsageTypes.ts, UNKNOWN_USAGE_TYPES (contained in the usage type).
const UNKNOWN_USAGE: &[&str] = &[
    "AmazonEKS-Hours:perCluster",
    "SoftwareUsage",
    "BundleUsage",
    "Small-Directory-Usage",
    "Std-MicrosoftAD-DC-Usage",
    "InactivePipelines",
    "Lambda-Provisioned",
    "ets-hd-success",
    "ets-sd-success",
    "BuildDuration",
    "Build-Min",
    "AW-HW-User-Usage",
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
    "GMD-Metrics",
    "Dollar",
    "Airflow-SmallEnvironment",
    "MemoryStore-ByteHrs",
    "Output-SD-Hours",
    "Output-HD-Hours",
    "Output-FullHD-Hours",
    "Input-Standard-Hours",
    "Airflow-SmallWorker",
    "AppRunner-Provisioned-GB-hours",
    "ApiGatewayCacheUsage",
    "PortUsage",
    "SharedMsftAD-Usage",
    "Kafka.mcu.general",
    "SnapshotArchiveStorage",
    "PaidPrivateCA",
    "Firehose-VpcDelivery-Hours",
    "Airflow-MediumEnvironment",
    "IPAddressManager-IP-Hours",
    "Gateway:VTL-Storage",
    "Aurora:ServerlessV2Usage",
];

/// CostAndUsageTypes.ts, UNSUPPORTED_USAGE_TYPES (contained in the usage type): usage another
/// line already counts (EMR on EKS, ECS on EC2, dedicated hosts) or with no energy (support).
const UNSUPPORTED_USAGE: &[&str] = &[
    "EMR-EKS-EC2-GBHours",
    "APS3-EMR-EKS-EC2-vCPUHours",
    "ECS-EC2-GB-Hours",
    "ECS-EC2-vCPU-Hours",
    "Dollar",
    "HostBoxUsage",
];

/// CostAndUsageTypes.ts, KNOWN_USAGE_UNITS, by what CCF does with them.
const HOURS_UNITS: &[&str] = &["Hrs", "Hours", "hours", "vCPU-Hours", "DPU-Hour", "ACU-Hr"];
const STORAGE_UNITS: &[&str] = &["GB-Mo", "GB-Month", "GB-Mp", "GB-month", "GB-Hours"];
const SECONDS_UNITS: &[&str] = &["seconds", "Second", "Lambda-GB-Second"];
const GB_UNITS: &[&str] = &["GB", "GigaBytes"];

/// CostAndUsageReportsRow.ts: vCPUs provisioned per unit of AWS Glue (DPU) and SimpleDB usage.
const GLUE_VCPUS_PER_USAGE: f64 = 4.0;
const SIMPLE_DB_VCPUS_PER_USAGE: f64 = 1.0;
/// AWSMemoryEstimatesBuilder.ts / memory helpers: one physical chip is at most 96 vCPUs.
const VCPUS_PER_CHIP: f64 = 96.0;
/// Bytes in a tebibyte (CCF's `convertBytesToTerabytes`).
const BYTES_PER_TB: f64 = 1_099_511_627_776.0;

/// One size of a family: vCPUs, memory (GB), host embodied emissions (tCO2e).
#[derive(Clone, Copy, Debug)]
struct Size {
    vcpus: f64,
    memory_gb: f64,
    embodied_t: Option<f64>,
}

#[derive(Default)]
struct Family {
    sizes: HashMap<&'static str, Size>,
    /// The family's last size in CCF's table, which CCF takes as its largest.
    last: Option<Size>,
}

#[derive(Default)]
struct Details {
    processors: Vec<&'static str>,
    gpus: Option<f64>,
    gpu_processors: Vec<&'static str>,
    burstable_baseline: Option<f64>,
}

#[derive(Clone, Copy)]
struct Processor {
    min: f64,
    max: f64,
    gb_per_chip: Option<f64>,
}

/// CCF's AWS instance tables.
#[derive(Default)]
struct Tables {
    ec2: HashMap<&'static str, Family>,
    redshift: HashMap<&'static str, Family>,
    family_mapping: HashMap<&'static str, Family>,
    msk: HashMap<String, f64>,
    details: HashMap<&'static str, Details>,
    processors: HashMap<&'static str, Processor>,
}

fn number(text: &str) -> Option<f64> {
    // The tables are part of the program and tested: a bad number is a bug the tests catch.
    (!text.is_empty()).then(|| {
        text.parse()
            .unwrap_or_else(|_| panic!("bundled AWS table: `{text}` is not a number"))
    })
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables::default();
        for row in rows(INSTANCE_TYPES) {
            let size = Size {
                vcpus: number(row[3]).unwrap_or(f64::NAN),
                memory_gb: number(row[4]).unwrap_or(f64::NAN),
                embodied_t: number(row[5]),
            };
            let map = match row[0] {
                "ec2" => &mut t.ec2,
                "redshift" => &mut t.redshift,
                "family_mapping" => &mut t.family_mapping,
                _ => {
                    t.msk.insert(format!("{}.{}", row[1], row[2]), size.vcpus);
                    continue;
                }
            };
            let family = map.entry(row[1]).or_default();
            family.sizes.insert(row[2], size);
            family.last = Some(size);
        }
        for row in rows(INSTANCE_PROCESSORS) {
            let list = |s: &'static str| -> Vec<&'static str> {
                s.split('|').filter(|p| !p.is_empty()).collect()
            };
            t.details.insert(
                row[0],
                Details {
                    processors: list(row[1]),
                    gpus: number(row[2]),
                    gpu_processors: list(row[3]),
                    burstable_baseline: number(row[4]),
                },
            );
        }
        for row in rows(PROCESSORS) {
            t.processors.insert(
                row[0],
                Processor {
                    min: number(row[1]).unwrap_or(f64::NAN),
                    max: number(row[2]).unwrap_or(f64::NAN),
                    gb_per_chip: number(row[3]),
                },
            );
        }
        t
    })
}

impl Tables {
    fn size(map: &HashMap<&'static str, Family>, family: &str, size: &str) -> Option<Size> {
        map.get(family)?.sizes.get(size).copied()
    }

    /// `getAverage`, or ramda's `median` when Sandy or Ivy Bridge is in the group
    /// (`getWattsByAverageOrMedian`); `None` where CCF's result is falsy (no value, NaN, 0).
    fn average_or_median(processors: &[&str], values: &[Option<f64>]) -> Option<f64> {
        let median = processors
            .iter()
            .any(|p| *p == "Sandy Bridge" || *p == "Ivy Bridge");
        let result = if values.is_empty() {
            0.0
        } else if values.iter().any(Option::is_none) {
            f64::NAN
        } else {
            let mut v: Vec<f64> = values.iter().map(|v| v.unwrap_or(f64::NAN)).collect();
            if median {
                v.sort_by(f64::total_cmp);
                let width = 2 - v.len() % 2;
                let start = (v.len() - width) / 2;
                v[start..start + width].iter().sum::<f64>() / width as f64
            } else if v.len() == 1 {
                v[0]
            } else {
                v.iter().sum::<f64>() / v.len() as f64
            }
        };
        (result.is_finite() && result != 0.0).then_some(result)
    }

    /// Min and max watts of a processor group (`getMinWatts`, `getMaxWatts`), `None` when CCF
    /// falls back to its averages.
    fn watts(&self, processors: &[&str]) -> (Option<f64>, Option<f64>) {
        let of = |f: fn(&Processor) -> f64| -> Vec<Option<f64>> {
            processors
                .iter()
                .map(|p| self.processors.get(p).map(f).filter(|w| w.is_finite()))
                .collect()
        };
        (
            Self::average_or_median(processors, &of(|p| p.min)),
            Self::average_or_median(processors, &of(|p| p.max)),
        )
    }

    /// `getMemory`: the average GB per chip of the group, `None` for CCF's MEMORY_AVG.
    fn memory_per_chip(&self, processors: &[&str]) -> Option<f64> {
        let values: Vec<Option<f64>> = processors
            .iter()
            .map(|p| self.processors.get(p).and_then(|p| p.gb_per_chip))
            .collect();
        let result = if values.is_empty() {
            0.0
        } else if values.len() == 1 {
            values[0].unwrap_or(f64::NAN)
        } else if values.iter().any(Option::is_none) {
            f64::NAN
        } else {
            values.iter().map(|v| v.unwrap_or(0.0)).sum::<f64>() / values.len() as f64
        };
        (result.is_finite() && result != 0.0).then_some(result)
    }
}

/// `new RegExp('\\b' + pattern + '\\b').test(text)`, as CCF's `containsAny` tests each
/// pattern: `.` matches any character, and the match must start and end at a word boundary.
fn contains_word(text: &str, pattern: &str) -> bool {
    let (t, p) = (text.as_bytes(), pattern.as_bytes());
    if p.is_empty() || p.len() > t.len() {
        return p.is_empty();
    }
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    (0..=t.len() - p.len()).any(|i| {
        let matches = p
            .iter()
            .zip(&t[i..i + p.len()])
            .all(|(a, b)| *a == b'.' || a == b);
        let before = i > 0 && word(t[i - 1]);
        let after = i + p.len() < t.len() && word(t[i + p.len()]);
        matches && before != word(p[0]) && after != word(p[p.len() - 1])
    })
}

fn contains_any_word(list: &[&str], text: &str) -> bool {
    list.iter().any(|p| contains_word(text, p))
}

fn ends_with_any(list: &[&str], text: &str) -> bool {
    list.iter().any(|s| text.ends_with(s))
}

/// `usageTypeIsUnsupported` / `usageTypeIsUnknown`: a suffix or a substring.
fn includes_any(list: &[&str], text: &str) -> bool {
    list.iter().any(|s| text.contains(s))
}

/// A billing line as `CostAndUsageReportsRow` makes it, per unit of the bill's usage amount.
struct Row<'a> {
    service: &'a str,
    /// The usage type, with `xl` completed to `xlarge` as CCF does.
    usage_type: String,
    /// The unit after CCF's cleaning (Fargate GB-hours are `GB-Hours`, Redshift seconds `Hrs`).
    unit: &'a str,
    /// Units of CCF's usage amount per unit of the bill's (1/3600 for Redshift seconds).
    amount: f64,
    /// vCPU-hours and GPU-hours per unit of the bill's amount (NaN where CCF's is).
    vcpu_hours: f64,
    gpu_hours: f64,
    instance_type: String,
    replication: f64,
    /// The vCPU-hours come from a rule of CCF's (Lambda, Glue, SimpleDB, Aurora Serverless,
    /// Fargate, CPU credits), not from an instance type.
    vcpus_by_rule: bool,
}

/// CostAndUsageReportsRow.ts, `extractInstanceTypeFromUsageType`.
fn extract_instance_type(usage_type: &str) -> &str {
    let last = usage_type.rsplit(':').next().unwrap_or(usage_type);
    // /^((db|cache|dax|dms|ml|mq|KernelGateway-ml|.+Kafka)\.)/
    for prefix in [
        "db.",
        "cache.",
        "dax.",
        "dms.",
        "ml.",
        "mq.",
        "KernelGateway-ml.",
    ] {
        if let Some(rest) = last.strip_prefix(prefix) {
            return rest;
        }
    }
    // `.+Kafka\.`: greedy, so up to the last `Kafka.` that has a character before it.
    if let Some(i) = last.rfind("Kafka.")
        && i > 0
    {
        return &last[i + "Kafka.".len()..];
    }
    last
}

impl<'a> Row<'a> {
    fn new(t: &Tables, u: &Usage<'a>, ccf: bool) -> Row<'a> {
        let redshift_seconds = u.service == "AmazonRedshift" && u.unit == "seconds";
        let unit = if u.usage_type.contains("Fargate-GB-Hours") {
            "GB-Hours"
        } else if redshift_seconds {
            "Hrs"
        } else {
            u.unit
        };
        let amount = if redshift_seconds { 1.0 / 3600.0 } else { 1.0 };
        let mut row = Row {
            service: u.service,
            usage_type: u.usage_type.to_owned(),
            unit,
            amount,
            vcpu_hours: 0.0,
            gpu_hours: 0.0,
            instance_type: String::new(),
            replication: 1.0,
            vcpus_by_rule: u.service == "AWSLambda"
                || u.service == "AWSGlue"
                || u.service == "AmazonSimpleDB"
                || u.usage_type.contains("Aurora:ServerlessUsage")
                || contains_any_word(&["Fargate-vCPU-Hours", "CPUCredits"], u.usage_type),
        };
        row.vcpu_hours = row.vcpu_hours_from(t, u.vcpus, ccf);
        let extracted = extract_instance_type(&row.usage_type).to_owned();
        row.gpu_hours = t
            .details
            .get(extracted.as_str())
            .and_then(|d| d.gpus)
            .map_or(0.0, |g| g * amount);
        row.instance_type = row.parse_instance_type();
        row.replication = replication(row.service, &row.usage_type);
        row
    }

    /// `getVCpuHours`, per unit of the bill's amount.
    fn vcpu_hours_from(&self, t: &Tables, vcpus: Option<f64>, ccf: bool) -> f64 {
        let instance_type = extract_instance_type(&self.usage_type);
        if self.service == "AWSGlue" {
            return GLUE_VCPUS_PER_USAGE * self.amount;
        }
        if self.service == "AmazonSimpleDB" {
            return SIMPLE_DB_VCPUS_PER_USAGE * self.amount;
        }
        if self.usage_type.contains("Aurora:ServerlessUsage") {
            return self.amount / 4.0;
        }
        if contains_any_word(&["Fargate-vCPU-Hours", "CPUCredits"], &self.usage_type) {
            return self.amount;
        }
        let burstable = t.details.iter().any(|(name, d)| {
            d.burstable_baseline.is_some() && contains_word(&self.usage_type, name)
        });
        if burstable {
            let two: Vec<&str> = instance_type.splitn(3, '.').take(2).collect();
            let base = two.join(".");
            let baseline = t
                .details
                .get(base.as_str())
                .and_then(|d| d.burstable_baseline)
                .unwrap_or(f64::NAN);
            let utilisation = 50.0; // AVG_CPU_UTILIZATION_2020
            return self.vcpus_of(t, &base, ccf) * (baseline / utilisation) * self.amount;
        }
        match vcpus.filter(|v| *v != 0.0 && !v.is_nan()) {
            Some(v) => v * self.amount,
            None => self.vcpus_of(t, instance_type, ccf) * self.amount,
        }
    }

    /// `extractVCpuFromInstanceType` (NaN where CCF's is undefined). CCF's code divides a
    /// Redshift node's vCPUs by 3600, on top of the seconds it has already made hours: the
    /// default does not (`redshift-seconds` in docs/cloud.md).
    fn vcpus_of(&self, t: &Tables, instance_type: &str, ccf: bool) -> f64 {
        let mut parts = instance_type.split('.');
        let family = parts.next().unwrap_or("");
        let size = parts.next().unwrap_or("");
        if self.usage_type.contains("Kafka") {
            let tail = self.usage_type.rsplit("Kafka").next().unwrap_or("");
            return t
                .msk
                .get(&format!("Kafka{tail}"))
                .copied()
                .unwrap_or(f64::NAN);
        }
        if self.service == "AmazonRedshift" {
            let per = if ccf { 3600.0 } else { 1.0 };
            return Tables::size(&t.redshift, family, size).map_or(f64::NAN, |s| s.vcpus / per);
        }
        Tables::size(&t.ec2, family, size).map_or(f64::NAN, |s| s.vcpus)
    }

    /// `parseInstanceTypeFromUsageType`, which also completes `…xl` to `…xlarge`.
    fn parse_instance_type(&mut self) -> String {
        if self.usage_type.ends_with("xl") {
            self.usage_type.push_str("arge");
        }
        let prefix = ["db", "cache", "Kafka"]
            .into_iter()
            .find(|p| self.usage_type.contains(p));
        match prefix {
            Some(p) => {
                let sep = format!("{p}.");
                self.usage_type
                    .rsplit(sep.as_str())
                    .next()
                    .unwrap_or("")
                    .to_owned()
            }
            None => self.usage_type.rsplit(':').next().unwrap_or("").to_owned(),
        }
    }

    fn compute_processors(&self, t: &'static Tables) -> Vec<&'static str> {
        if self.service == "AWSLambda" {
            return vec![if self.usage_type.ends_with("-ARM") {
                "AWS Graviton2"
            } else {
                "Unknown"
            }];
        }
        t.details
            .get(self.instance_type.as_str())
            .filter(|d| !d.processors.is_empty())
            .map_or_else(|| vec!["Unknown"], |d| d.processors.clone())
    }

    fn gpu_processors(&self, t: &'static Tables) -> Vec<&'static str> {
        if self.service == "AWSLambda" {
            return vec!["Unknown"];
        }
        t.details
            .get(self.instance_type.as_str())
            .filter(|d| !d.gpu_processors.is_empty())
            .map_or_else(|| vec!["Unknown"], |d| d.gpu_processors.clone())
    }
}

/// ReplicationFactors.ts, AWS_REPLICATION_FACTORS_FOR_SERVICES (REPLICATION_FACTORS of
/// AwsFootprintEstimationConstants.ts).
fn replication(service: &str, usage_type: &str) -> f64 {
    let has = |s: &str| usage_type.contains(s);
    match service {
        "AmazonS3" => {
            if contains_any_word(
                &["TimedStorage-ZIA", "EarlyDelete-ZIA", "TimedStorage-RRS"],
                usage_type,
            ) {
                2.0
            } else if contains_any_word(&["TimedStorage", "EarlyDelete"], usage_type) {
                6.0
            } else {
                1.0
            }
        }
        "AmazonEC2" if has("VolumeUsage") => 2.0,
        "AmazonEC2" if has("SnapshotUsage") => 3.0,
        "AmazonEFS" if has("ZIA") => 2.0,
        "AmazonEFS" => 3.0,
        "AmazonRDS" if has("BackupUsage") => 3.0,
        "AmazonRDS" if has("Aurora") => 6.0,
        "AmazonRDS" if has("Multi-AZ") => 2.0,
        "AmazonDocDB" if has("BackupUsage") => 3.0,
        "AmazonDocDB" => 2.0,
        "AmazonDynamoDB" => 2.0,
        "AmazonECR" if has("TimedStorage") => 3.0,
        "AmazonElastiCache" if has("BackupUsage") => 3.0,
        "AmazonSimpleDB" if has("TimedStorage") => 2.0,
        _ => 1.0,
    }
}

impl Estimator<'_> {
    pub(super) fn aws(&self, u: &Usage<'_>, pue: f64) -> PerUnit {
        let t = tables();
        let ccf = self.method == Method::Ccf;
        let row = Row::new(t, u, ccf);
        if includes_any(UNSUPPORTED_USAGE, &row.usage_type) {
            return PerUnit::of(Class::Excluded);
        }
        let known_unit = HOURS_UNITS
            .iter()
            .chain(STORAGE_UNITS)
            .chain(SECONDS_UNITS)
            .chain(GB_UNITS)
            .any(|k| *k == row.unit);
        if includes_any(UNKNOWN_USAGE, &row.usage_type) || !known_unit {
            return PerUnit {
                ratio_unit: Some(row.unit.to_owned()),
                ..PerUnit::of(Class::Unknown)
            };
        }
        if HOURS_UNITS.contains(&row.unit) {
            return self.aws_instance(t, &row, u, pue);
        }
        if STORAGE_UNITS.contains(&row.unit) {
            return self.aws_storage(&row, pue);
        }
        if SECONDS_UNITS.contains(&row.unit) {
            // Lambda: the seconds are taken as vCPU-seconds. CCF adds them to no ratio for
            // unknown usage; the default counts them like any known usage.
            let mut row = row;
            row.vcpu_hours = row.amount / 3600.0;
            let (kwh, assumed) = self.aws_compute(t, &row, pue);
            return PerUnit {
                kwh,
                assumed,
                known_ratio: !ccf,
                ratio_unit: Some(row.unit.to_owned()),
                ..PerUnit::of(Class::Compute)
            };
        }
        // GB: networking.
        let networking = if ccf {
            ends_with_any(NETWORKING_USAGE, &row.usage_type) && row.service != "AmazonCloudFront"
        } else {
            ends_with_any(INTER_REGION_USAGE, &row.usage_type)
        };
        if !networking {
            return PerUnit::of(Class::Excluded);
        }
        let mut estimate = self.networking(pue, row.amount);
        estimate.ratio_unit = Some(row.unit.to_owned());
        estimate
    }

    /// CCF's compute estimate of a row (CPU, plus GPUs where the type has them), kWh per unit.
    fn aws_compute(
        &self,
        t: &'static Tables,
        row: &Row<'_>,
        pue: f64,
    ) -> (f64, Option<sero_core::Message>) {
        let c = self.coefficients;
        let processors = row.compute_processors(t);
        let (min, max) = t.watts(&processors);
        let fallback_min = c.constant(Provider::Aws, "min_watts_fallback");
        let fallback_max = c.constant(Provider::Aws, "max_watts_fallback");
        let (min_w, max_w) = (min.unwrap_or(fallback_min), max.unwrap_or(fallback_max));
        let mut kwh =
            row.vcpu_hours * self.compute_kwh_per_vcpu_hour(min_w, max_w, pue, row.replication);
        if contains_any_word(
            &t.details
                .iter()
                .filter(|(_, d)| d.gpus.is_some())
                .map(|(n, _)| *n)
                .collect::<Vec<_>>(),
            &row.usage_type,
        ) {
            let gpu = row.gpu_processors(t);
            let (gmin, gmax) = t.watts(&gpu);
            kwh += row.gpu_hours
                * self.compute_kwh_per_vcpu_hour(
                    gmin.unwrap_or(fallback_min),
                    gmax.unwrap_or(fallback_max),
                    pue,
                    row.replication,
                );
        }
        let assumed = (min.is_none() || max.is_none()).then(|| {
            let mut parts = row.instance_type.split('.');
            let (family, size) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let known_type = Tables::size(&t.ec2, family, size)
                .or_else(|| Tables::size(&t.redshift, family, size))
                .is_some();
            let why = if row.vcpus_by_rule {
                text::why_vcpu_hours(&row.usage_type)
            } else if known_type {
                text::why_unknown_processor(&row.instance_type)
            } else {
                text::why_unknown_instance(&row.instance_type)
            };
            text::assumed_watts_average(why, fallback_min, fallback_max, Provider::Aws.name())
        });
        (kwh, assumed)
    }

    /// An hours line: compute, memory and embodied emissions of its instance type.
    fn aws_instance(&self, t: &'static Tables, row: &Row<'_>, u: &Usage<'_>, pue: f64) -> PerUnit {
        let ccf = self.method == Method::Ccf;
        let (compute, assumed) = self.aws_compute(t, row, pue);
        let ratio_unit = Some(row.unit.to_owned());
        if compute.is_nan() {
            // No vCPUs from the bill or CCF's tables: CCF gives the line no energy (its cost
            // stays); the default estimates it from its cost, as unknown usage.
            if ccf {
                return PerUnit {
                    known_ratio: false,
                    ratio_unit,
                    ..PerUnit::of(Class::Compute)
                };
            }
            return PerUnit {
                assumed: Some(text::assumed_unknown_instance_by_cost(&row.instance_type)),
                ratio_unit,
                ..PerUnit::of(Class::Unknown)
            };
        }
        let memory = self.aws_memory(t, row, pue);
        let (code_t, methodology_t) = self.aws_embodied(t, row);
        let mut kwh = compute;
        let mut embodied_kg = 0.0;
        if ccf {
            // CCF adds memory and embodied emissions (turned into kWh at the region's factor)
            // only when either has CO2e.
            let (grid, _) = self.grid_kg_per_kwh(Provider::Aws, u.region);
            let embodied_kwh = code_t * 1000.0 / grid;
            let memory = if memory.is_finite() { memory } else { 0.0 };
            if memory > 0.0 || code_t > 0.0 {
                kwh += memory + embodied_kwh;
            }
        } else {
            if memory.is_finite() {
                kwh += memory;
            }
            embodied_kg = methodology_t * 1000.0;
        }
        PerUnit {
            kwh,
            embodied_kg,
            assumed,
            ratio_unit,
            ..PerUnit::of(Class::Compute)
        }
    }

    /// AWSMemoryEstimatesBuilder: kWh of the memory above the processors' own per chip.
    fn aws_memory(&self, t: &'static Tables, row: &Row<'_>, pue: f64) -> f64 {
        if row.instance_type.is_empty() {
            return 0.0;
        }
        let mut parts = row.instance_type.split('.');
        let family = parts.next().unwrap_or("");
        let size = parts.next().unwrap_or("");
        let table = t.ec2.get(family).or_else(|| t.redshift.get(family));
        let Some(table) = table else {
            return 0.0;
        };
        let burstable = t
            .details
            .get(row.instance_type.as_str())
            .is_some_and(|d| d.burstable_baseline.is_some());
        if burstable {
            return 0.0;
        }
        let processors = t
            .details
            .get(row.instance_type.as_str())
            .filter(|d| !d.processors.is_empty())
            .map_or_else(|| vec!["Unknown"], |d| d.processors.clone());
        let per_chip = t.memory_per_chip(&processors).unwrap_or_else(|| {
            self.coefficients
                .constant(Provider::Aws, "memory_gb_per_chip_fallback")
        });
        let instance_memory = Tables::size(&t.ec2, family, size)
            .or_else(|| Tables::size(&t.redshift, family, size))
            .map(|s| s.memory_gb)
            .filter(|m| *m != 0.0)
            .unwrap_or(f64::NAN);
        let Some(largest) = table.last else {
            return 0.0;
        };
        let chips = if family == "m5zn" || family == "z1d" {
            2.0
        } else {
            (largest.vcpus / VCPUS_PER_CHIP).ceil()
        };
        // calculateGigabyteHours
        let per_chip_memory = largest.memory_gb / chips;
        let gigabyte_hours = if per_chip_memory - per_chip > 0.0 {
            (per_chip_memory - per_chip) / (largest.memory_gb / instance_memory) * row.amount
        } else {
            0.0
        };
        self.memory(pue, row.replication, gigabyte_hours).kwh
    }

    /// Embodied emissions per unit, tCO2e: as CCF's code computes them (the usage hours
    /// divided by the vCPUs, then times vCPUs / the family's largest: hours / largest) and as
    /// its methodology states them (hours × vCPUs / largest). Zero where CCF has no figure.
    fn aws_embodied(&self, t: &'static Tables, row: &Row<'_>) -> (f64, f64) {
        let parts: Vec<&str> = row.instance_type.split('.').collect();
        let size = parts.last().copied().unwrap_or("");
        let family = if parts.len() >= 2 {
            parts[parts.len() - 2]
        } else {
            ""
        };
        if size.is_empty() || family.is_empty() {
            return (0.0, 0.0);
        }
        let ec2 = Tables::size(&t.ec2, family, size);
        let mapped = Tables::size(&t.family_mapping, family, size);
        let vcpus = ec2.or(mapped).map_or(0.0, |s| s.vcpus);
        // CCF's code reads the mapping table's second column (memory) as its emissions.
        let code_scope3 = ec2
            .and_then(|s| s.embodied_t)
            .filter(|e| *e != 0.0)
            .or_else(|| mapped.map(|s| s.memory_gb))
            .unwrap_or(0.0);
        let scope3 = ec2.or(mapped).and_then(|s| s.embodied_t).unwrap_or(0.0);
        let largest = t
            .ec2
            .get(family)
            .or_else(|| t.family_mapping.get(family))
            .and_then(|f| f.last)
            .map_or(0.0, |s| s.vcpus);
        if vcpus == 0.0 || largest == 0.0 || vcpus.is_nan() || largest.is_nan() {
            return (0.0, 0.0);
        }
        let lifespan = self
            .coefficients
            .constant(Provider::Aws, "server_lifespan_hours");
        let code = if code_scope3 == 0.0 {
            0.0
        } else {
            code_scope3 * (row.amount / vcpus / lifespan) * (vcpus / largest)
        };
        let methodology = scope3 * (row.amount / lifespan) * (vcpus / largest);
        (code, methodology)
    }

    /// Storage lines: SSD or HDD by usage type or service, in TB-hours.
    fn aws_storage(&self, row: &Row<'_>, pue: f64) -> PerUnit {
        let ccf = self.method == Method::Ccf;
        let ssd = ends_with_any(SSD_USAGE, &row.usage_type)
            || (ends_with_any(SSD_SERVICES, row.service) && !row.usage_type.contains("Backup"));
        let hdd = ends_with_any(HDD_USAGE, &row.usage_type);
        if !ssd && !hdd {
            // CCF drops the line (no estimate, no cost); the default estimates it from its cost.
            return if ccf {
                PerUnit::of(Class::Excluded)
            } else {
                PerUnit {
                    ratio_unit: Some(row.unit.to_owned()),
                    ..PerUnit::of(Class::Unknown)
                }
            };
        }
        let byte_hours = ends_with_any(BYTE_HOURS_USAGE, &row.usage_type);
        let (tb, per_month) = if byte_hours && ccf {
            // CCF reads the amount of a `…ByteHrs` line as bytes, whatever its unit.
            (row.amount / BYTES_PER_TB, false)
        } else if row.unit == "GB-Hours" {
            (row.amount / 1000.0, false)
        } else {
            (row.amount / 1000.0, true)
        };
        let mut estimate = self.storage(ssd, pue, row.replication, tb);
        estimate.per_month = per_month;
        estimate.ratio_unit = Some(row.unit.to_owned());
        estimate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_word_follows_the_regular_expression_ccf_builds() {
        assert!(contains_word("USE1-BoxUsage:t3.micro", "t3.micro"));
        assert!(!contains_word("USE1-BoxUsage:t3a.micro", "t3.micro"));
        assert!(contains_word(
            "USE1-Fargate-vCPU-Hours:perCPU",
            "Fargate-vCPU-Hours"
        ));
        assert!(!contains_word("BoxUsage:p3dn.24xlarge", "p3.2xlarge"));
    }

    #[test]
    fn instance_types_lose_ccf_s_prefixes() {
        assert_eq!(
            extract_instance_type("USE2-BoxUsage:ml.m5.xlarge"),
            "m5.xlarge"
        );
        assert_eq!(
            extract_instance_type("InstanceUsage:db.r5.large"),
            "r5.large"
        );
        assert_eq!(extract_instance_type("USE1-Kafka.m5.large"), "m5.large");
    }

    #[test]
    fn the_tables_hold_ccf_s_families_in_order() {
        let t = tables();
        let m5 = &t.ec2["m5"];
        assert_eq!(m5.sizes["large"].vcpus, 2.0);
        assert!(m5.last.is_some_and(|s| s.vcpus == 96.0));
        assert_eq!(t.msk.get("Kafka.m5.large"), Some(&2.0));
    }
}
