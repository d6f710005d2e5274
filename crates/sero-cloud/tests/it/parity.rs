//! CCF parity: each expected value is CCF's formula with the constants of its code (commit
//! b7a049c7), written out here by name, not copied from sero's output.

use sero_cloud::aggregate::Dim;

use crate::{aggregate, close, cur};

// AwsFootprintEstimationConstants.ts
const AWS_PUE: f64 = 1.135;
const SKYLAKE_MIN_W: f64 = 0.65;
const SKYLAKE_MAX_W: f64 = 4.26;
const AVG_CPU_UTILIZATION: f64 = 0.5;
const EU_WEST_2_T_PER_KWH: f64 = 0.000225;
const SSD_WH_PER_TBH: f64 = 1.2;
const HDD_WH_PER_TBH: f64 = 0.65;
const NETWORKING_KWH_PER_GB: f64 = 0.001;
const S3_REPLICATION: f64 = 6.0;
const EBS_REPLICATION: f64 = 2.0;
const LIFESPAN_H: f64 = 35_040.0;
// AWSInstanceTypes.ts: m5.large [2 vCPU, 8 GB, 1.6103792 tCO2e]; m5.24xlarge has 96 vCPUs.
const M5_LARGE_VCPUS: f64 = 2.0;
const M5_EMBODIED_T: f64 = 1.6103792;
const M5_LARGEST_VCPUS: f64 = 96.0;
// The family's last type in CCF's table (m5.metal) has 384 GB on one chip (96 vCPUs / 96);
// Skylake's SPECpower servers have 81.32 GB per chip (MEMORY_BY_COMPUTE_PROCESSOR).
const M5_LARGE_GB: f64 = 8.0;
const M5_LARGEST_GB: f64 = 384.0;
const SKYLAKE_GB_PER_CHIP: f64 = 81.32;
const MEMORY_KWH_PER_GBH: f64 = 0.000392;

/// CCF's `calculateGigabyteHours` for one hour of m5.large: the memory of a chip of the largest
/// type above the SPECpower servers', shared in the ratio of the types' memory.
fn m5_large_memory_kwh_per_hour() -> f64 {
    let chips = (M5_LARGEST_VCPUS / 96.0_f64).ceil();
    let excess = M5_LARGEST_GB / chips - SKYLAKE_GB_PER_CHIP;
    excess / (M5_LARGEST_GB / M5_LARGE_GB) * MEMORY_KWH_PER_GBH * AWS_PUE
}
// AzureFootprintEstimationConstants.ts (code, not the methodology page's 0.78 / 3.76 / 1.125)
const AZURE_MIN_W: f64 = 0.74;
const AZURE_MAX_W: f64 = 3.54;
const AZURE_PUE: f64 = 1.185;
// AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH at b7a049c7
const UK_SOUTH_T_PER_KWH: f64 = 0.000225;
// GcpFootprintEstimationConstants.ts (code, not the page's 0.71 / 4.26)
const GCP_MIN_W: f64 = 0.68;
const GCP_MAX_W: f64 = 4.11;
const GCP_PUE: f64 = 1.1;
// getGCPEmissionsFactors (location-based) at b7a049c7
const EUROPE_WEST2_T_PER_KWH: f64 = 0.000172;

#[test]
fn m5_large_one_hour_in_london_matches_the_ccf_cross_check() {
    let report = aggregate(
        &cur(&[(
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "1",
            "0.111",
        )]),
        &[],
    );
    let total = report.total();
    let watts = SKYLAKE_MIN_W + AVG_CPU_UTILIZATION * (SKYLAKE_MAX_W - SKYLAKE_MIN_W);
    let compute = watts * M5_LARGE_VCPUS * 1.0 * AWS_PUE / 1000.0;
    let kwh = compute + m5_large_memory_kwh_per_hour();
    close(total.energy_kwh, kwh, "energy");
    close(
        total.co2e_kg,
        kwh * EU_WEST_2_T_PER_KWH * 1000.0,
        "operational",
    );
    let embodied_kg =
        M5_EMBODIED_T * 1000.0 * (1.0 / LIFESPAN_H) * (M5_LARGE_VCPUS / M5_LARGEST_VCPUS);
    close(total.embodied_kg, embodied_kg, "embodied");
    // The published cross-check, of the compute alone: ≈ 0.00557 kWh, 1.254 g operational,
    // 0.957 g embodied; the memory above Skylake's per chip adds ≈ 0.00281 kWh.
    assert!((compute - 0.00557).abs() < 0.000005);
    assert!((compute * EU_WEST_2_T_PER_KWH * 1e6 - 1.254).abs() < 0.001);
    assert!((total.embodied_kg * 1000.0 - 0.957).abs() < 0.001);
    assert!(
        report.summary.assumed.is_empty(),
        "{:?}",
        report.summary.assumed
    );
}

#[test]
fn s3_storage_is_hdd_with_six_copies_for_the_days_of_the_month() {
    let report = aggregate(
        &cur(&[(
            "EUW2-TimedStorage-ByteHrs",
            "AmazonS3",
            "GB-Mo",
            "",
            "100",
            "2.3",
        )]),
        &[],
    );
    // GB-Mo of one daily line: GB / 1000 × 24 h × 31 days (October) = TB-hours.
    let tbh = 100.0 / 1000.0 * 24.0 * 31.0;
    let kwh = tbh * HDD_WH_PER_TBH * AWS_PUE * S3_REPLICATION / 1000.0;
    close(report.total().energy_kwh, kwh, "S3 energy");
    close(
        report.total().embodied_kg,
        0.0,
        "storage has no embodied share in CCF",
    );
}

#[test]
fn ebs_gp2_volume_is_ssd_with_two_copies() {
    let report = aggregate(
        &cur(&[(
            "EUW2-EBS:VolumeUsage.gp2",
            "AmazonEC2",
            "GB-Mo",
            "",
            "50",
            "0.5",
        )]),
        &[],
    );
    let kwh = 50.0 / 1000.0 * 24.0 * 31.0 * SSD_WH_PER_TBH * AWS_PUE * EBS_REPLICATION / 1000.0;
    close(report.total().energy_kwh, kwh, "EBS energy");
}

#[test]
fn only_inter_region_transfer_counts() {
    let report = aggregate(
        &cur(&[
            (
                "EUW2-USE1-AWS-Out-Bytes",
                "AWSDataTransfer",
                "GB",
                "",
                "10",
                "0.2",
            ),
            (
                "EUW2-DataTransfer-Out-Bytes",
                "AWSDataTransfer",
                "GB",
                "",
                "500",
                "45",
            ),
        ]),
        &[Dim::Class],
    );
    let kwh = 10.0 * NETWORKING_KWH_PER_GB * AWS_PUE;
    close(report.total().energy_kwh, kwh, "networking energy");
    assert_eq!(report.summary.excluded.lines, 1);
    assert_eq!(
        report.summary.excluded_types[0].0,
        "EUW2-DataTransfer-Out-Bytes"
    );
}

#[test]
fn an_unknown_instance_type_uses_the_fallback_and_is_flagged_assumed() {
    let report = aggregate(
        &cur(&[(
            "EUW2-BoxUsage:zz9.large",
            "AmazonEC2",
            "Hrs",
            "4",
            "2",
            "0.4",
        )]),
        &[],
    );
    let kwh = (0.74 + AVG_CPU_UTILIZATION * (3.5 - 0.74)) * 4.0 * 2.0 * AWS_PUE / 1000.0;
    close(report.total().energy_kwh, kwh, "fallback energy");
    assert_eq!(report.summary.assumed.len(), 1);
    let note = report.summary.assumed[0].0.neutral().to_string();
    assert!(
        note.starts_with(
            "cloud-assumed-watts-average(why=cloud-why-unknown-instance(name=\"zz9.large\")"
        ),
        "{note}"
    );
}

#[test]
fn unknown_usage_takes_the_kwh_per_cost_of_known_usage_of_its_service_and_unit() {
    let report = aggregate(
        &cur(&[
            (
                "EUW2-BoxUsage:m5.large",
                "AmazonEC2",
                "Hrs",
                "2",
                "10",
                "1.0",
            ),
            ("EUW2-NatGateway-Hours", "AmazonEC2", "Hrs", "", "24", "3.0"),
        ]),
        &[Dim::Class],
    );
    let watts = SKYLAKE_MIN_W + AVG_CPU_UTILIZATION * (SKYLAKE_MAX_W - SKYLAKE_MIN_W);
    let known = (watts * M5_LARGE_VCPUS * AWS_PUE / 1000.0 + m5_large_memory_kwh_per_hour()) * 10.0;
    let unknown = known / 1.0 * 3.0;
    let by_class: Vec<(&str, f64)> = report
        .groups
        .iter()
        .map(|g| (g.labels[0].as_str(), g.energy_kwh))
        .collect();
    assert_eq!(by_class.len(), 2, "{by_class:?}");
    close(by_class[0].1, known, "compute");
    assert_eq!(by_class[1].0, "unknown");
    close(by_class[1].1, unknown, "unknown by cost ratio");
    assert_eq!(report.summary.unknown.lines, 1);
    close(report.summary.unknown.cost, 3.0, "unknown cost");
}

#[test]
fn azure_vm_hours_use_azure_code_constants() {
    let csv = "Date,SubscriptionId,SubscriptionName,MeterCategory,MeterSubCategory,MeterName,UnitOfMeasure,Quantity,ResourceLocation,CostInBillingCurrency,Tags\n\
               10/01/2026,sub-1,Digital,Virtual Machines,Dsv9 Series,D2s v9,10 Hours,0.1,UK South,0.01,\n";
    let report = aggregate(csv, &[Dim::Region]);
    // 0.1 × "10 Hours" = 1 hour of a 2-vCPU size (a size CCF's table does not hold: its vCPUs
    // are read from its name, at Azure's average watts).
    let kwh =
        (AZURE_MIN_W + AVG_CPU_UTILIZATION * (AZURE_MAX_W - AZURE_MIN_W)) * 2.0 * 1.0 * AZURE_PUE
            / 1000.0;
    let total = report.total();
    close(total.energy_kwh, kwh, "Azure VM energy");
    close(
        total.co2e_kg,
        kwh * UK_SOUTH_T_PER_KWH * 1000.0,
        "Azure VM emissions",
    );
    assert_eq!(report.groups[0].labels, vec!["uksouth"]);
    let note = report.summary.assumed[0].0.neutral().to_string();
    assert!(note.contains("cloud-why-vm-size("), "{note}");
    assert!(note.contains("vcpus=2)"), "{note}");
}

#[test]
fn a_compute_engine_core_hour_uses_gcp_code_constants() {
    let csv = "billing_account_id,service.description,sku.description,usage_start_time,project.id,location.region,location.location,cost,cost_type,usage.amount,usage.unit,labels\n\
               0A,Compute Engine,N1 Predefined Instance Core running in London,2026-10-01 00:00:00 UTC,digital-prod,europe-west2,europe-west2,0.03,regular,3600,seconds,[]\n";
    let report = aggregate(csv, &[]);
    let kwh = (GCP_MIN_W + AVG_CPU_UTILIZATION * (GCP_MAX_W - GCP_MIN_W)) * 1.0 * GCP_PUE / 1000.0;
    close(report.total().energy_kwh, kwh, "GCP core-hour energy");
    close(
        report.total().co2e_kg,
        kwh * EUROPE_WEST2_T_PER_KWH * 1000.0,
        "GCP emissions",
    );
}

#[test]
fn the_coefficient_tables_record_code_and_documentation_values() {
    let constants = include_str!("../../data/constants.csv");
    for (provider, name, code, docs) in [
        ("gcp", "min_watts_fallback", "0.68", "0.71"),
        ("gcp", "max_watts_fallback", "4.11", "4.26"),
        ("azure", "min_watts_fallback", "0.74", "0.78"),
        ("azure", "max_watts_fallback", "3.54", "3.76"),
        ("azure", "pue", "1.185", "1.125"),
    ] {
        let line = constants
            .lines()
            .find(|l| l.starts_with(&format!("{provider},{name},")))
            .unwrap_or_else(|| panic!("{provider} {name} missing"));
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!((fields[2], fields[4]), (code, docs), "{line}");
    }
    for table in [
        include_str!("../../data/constants.csv"),
        include_str!("../../data/regions.csv"),
        include_str!("../../data/replication.csv"),
        include_str!("../../data/aws-instance-types.csv"),
        include_str!("../../data/aws-instance-processors.csv"),
        include_str!("../../data/aws-processors.csv"),
        include_str!("../../data/azure_region_aliases.csv"),
        include_str!("../../data/azure_vm_processors.csv"),
        include_str!("../../data/azure_vm_sizes.csv"),
        include_str!("../../data/ccf_processors.csv"),
        include_str!("../../data/gcp_machine_types.csv"),
        include_str!("../../data/gcp_processors.csv"),
    ] {
        assert!(table.starts_with('#'), "every table starts with its source");
        assert!(table.contains("b7a049c7") && table.contains("Apache-2.0"));
    }
}
