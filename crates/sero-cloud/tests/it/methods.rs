//! The default method against `--method ccf`: one test per difference listed in docs/cloud.md
//! ("Where the default differs from CCF's code"), each showing both figures, computed here from
//! CCF's constants by name.

use sero_cloud::Method;
use sero_cloud::aggregate::{Dim, Options, UnknownMethod};
use sero_cloud::{Coefficients, Report, aggregate_csv};

use crate::{close, cur};

const AWS_PUE: f64 = 1.135;
const EU_WEST_2_KG_PER_KWH: f64 = 0.225;
const LIFESPAN_H: f64 = 35_040.0;
const HDD_WH_PER_TBH: f64 = 0.65;
const S3_REPLICATION: f64 = 6.0;
// AWSInstanceTypes.ts: m5.large [2 vCPUs, 8 GB, 1.6103792 tCO2e]; the family's last type has 96.
const M5_EMBODIED_T: f64 = 1.6103792;
const M5_LARGE_VCPUS: f64 = 2.0;
const M5_LARGEST_VCPUS: f64 = 96.0;

fn both(csv: &str, group_by: &[Dim]) -> (Report, Report) {
    let run = |method| {
        aggregate_csv(
            &Coefficients::bundled(),
            csv.as_bytes(),
            Options {
                group_by: group_by.to_vec(),
                max_errors: None,
                method,
            },
            &mut |_| {},
        )
        .unwrap_or_else(|e| panic!("aggregation failed: {e}"))
    };
    (run(Method::Sero), run(Method::Ccf))
}

#[test]
fn embodied_apart_by_default_and_in_kwh_with_the_code_s_formula_in_ccf_mode() {
    let csv = cur(&[(
        "EUW2-BoxUsage:m5.large",
        "AmazonEC2",
        "Hrs",
        "2",
        "1",
        "0.111",
    )]);
    let (sero, ccf) = both(&csv, &[]);
    let (sero, ccf) = (sero.total(), ccf.total());
    // The methodology page: host × hours / lifespan × vCPUs / largest.
    let page_kg = M5_EMBODIED_T * 1000.0 * (1.0 / LIFESPAN_H) * (M5_LARGE_VCPUS / M5_LARGEST_VCPUS);
    // CCF's code: the hours divided by the vCPUs first.
    let code_kg = M5_EMBODIED_T
        * 1000.0
        * (1.0 / M5_LARGE_VCPUS / LIFESPAN_H)
        * (M5_LARGE_VCPUS / M5_LARGEST_VCPUS);
    close(
        sero.embodied_kg,
        page_kg,
        "default: embodied apart, the page's formula",
    );
    assert_eq!(ccf.embodied_kg, 0.0, "ccf: embodied inside kWh");
    close(
        ccf.energy_kwh - sero.energy_kwh,
        code_kg / EU_WEST_2_KG_PER_KWH,
        "ccf: the code's embodied as kWh at the region's factor",
    );
    close(ccf.co2e_kg - sero.co2e_kg, code_kg, "ccf: and in CO2e");
    close(
        page_kg / code_kg,
        M5_LARGE_VCPUS,
        "the page's is vCPUs times the code's",
    );
}

#[test]
fn byte_hours_billed_in_gb_months_are_gb_months_by_default_and_bytes_in_ccf_mode() {
    let csv = cur(&[(
        "EUW2-TimedStorage-ByteHrs",
        "AmazonS3",
        "GB-Mo",
        "",
        "1000",
        "23",
    )]);
    let (sero, ccf) = both(&csv, &[]);
    // October: 31 days.
    let tb_hours = 1000.0 / 1000.0 * 24.0 * 31.0;
    let per_tbh = HDD_WH_PER_TBH * AWS_PUE * S3_REPLICATION / 1000.0;
    close(
        sero.total().energy_kwh,
        tb_hours * per_tbh,
        "default: GB-months",
    );
    close(
        ccf.total().energy_kwh,
        1000.0 / 1_099_511_627_776.0 * per_tbh,
        "ccf: the amount read as bytes",
    );
}

#[test]
fn internet_transfer_is_outside_by_default_and_networking_in_ccf_mode() {
    let csv = cur(&[(
        "EUW2-DataTransfer-Out-Bytes",
        "AmazonEC2",
        "GB",
        "",
        "100",
        "9",
    )]);
    let (sero, ccf) = both(&csv, &[]);
    assert_eq!(sero.groups.len(), 0, "default: excluded");
    assert_eq!(sero.summary.excluded.lines, 1);
    close(
        ccf.total().energy_kwh,
        100.0 * 0.001 * AWS_PUE,
        "ccf: 0.001 kWh/GB",
    );
}

#[test]
fn unknown_usage_takes_its_service_first_by_default_and_only_its_unit_in_ccf_mode() {
    // Two services with known hours, at different kWh per cost; a NAT gateway hour in EC2.
    let csv = cur(&[
        ("EUW2-BoxUsage:m5.large", "AmazonEC2", "Hrs", "2", "10", "1"),
        ("EUW2-ETL-DPU-Hour", "AWSGlue", "Hrs", "", "1", "100"),
        ("EUW2-NatGateway-Hours", "AmazonEC2", "Hrs", "", "24", "3"),
    ]);
    let (sero, ccf) = both(&csv, &[Dim::Service, Dim::Class]);
    let kwh = |r: &Report, service: &str, class: &str| {
        r.groups
            .iter()
            .find(|g| g.labels == [service, class])
            .map_or(0.0, |g| g.energy_kwh)
    };
    let ec2 = kwh(&sero, "AmazonEC2", "compute");
    let glue = kwh(&sero, "AWSGlue", "compute");
    close(
        kwh(&sero, "AmazonEC2", "unknown"),
        ec2 / 1.0 * 3.0,
        "default: EC2's own hours",
    );
    // CCF's code: every service's hours; its EC2 hour carries its embodied kWh as well.
    let ccf_ec2 = kwh(&ccf, "AmazonEC2", "compute");
    let ccf_glue = kwh(&ccf, "AWSGlue", "compute");
    close(ccf_glue, glue, "Glue is the same in both");
    close(
        kwh(&ccf, "AmazonEC2", "unknown"),
        (ccf_ec2 + ccf_glue) / 101.0 * 3.0,
        "ccf: all hours",
    );
    assert_eq!(sero.summary.unknown_method, UnknownMethod::Cost);
    assert_eq!(ccf.summary.unknown_method, UnknownMethod::CostSameUnitCcf);
}

#[test]
fn an_instance_with_no_vcpus_is_estimated_from_its_cost_by_default_and_zero_in_ccf_mode() {
    let csv = cur(&[
        ("EUW2-BoxUsage:m5.large", "AmazonEC2", "Hrs", "2", "10", "1"),
        ("EUW2-BoxUsage:zz9.large", "AmazonEC2", "Hrs", "", "5", "2"),
    ]);
    let (sero, ccf) = both(&csv, &[Dim::Class]);
    let get = |r: &Report, class: &str| r.groups.iter().find(|g| g.labels == [class]).cloned();
    let known = get(&sero, "compute").expect("compute").energy_kwh;
    let by_cost = get(&sero, "unknown").expect("default: estimated from cost");
    close(
        by_cost.energy_kwh,
        known / 1.0 * 2.0,
        "default: the kWh per cost of the hours",
    );
    let ccf_compute = get(&ccf, "compute").expect("compute");
    close(ccf_compute.cost, 3.0, "ccf: the line's cost stays");
    let ccf_m5_only = get(
        &both(
            &cur(&[("EUW2-BoxUsage:m5.large", "AmazonEC2", "Hrs", "2", "10", "1")]),
            &[Dim::Class],
        )
        .1,
        "compute",
    )
    .expect("compute")
    .energy_kwh;
    close(
        ccf_compute.energy_kwh,
        ccf_m5_only,
        "ccf: 0 kWh for the line with no vCPUs",
    );
}

#[test]
fn storage_of_no_known_type_keeps_its_cost_by_default_and_disappears_in_ccf_mode() {
    let csv = cur(&[
        (
            "EUW2-EBS:VolumeUsage.gp2",
            "AmazonEC2",
            "GB-Mo",
            "",
            "100",
            "10",
        ),
        ("EUW2-Mystery-Storage", "AmazonEC2", "GB-Mo", "", "100", "5"),
    ]);
    let (sero, ccf) = both(&csv, &[]);
    close(sero.total().cost, 15.0, "default: both lines' cost");
    close(
        ccf.total().cost,
        10.0,
        "ccf: the unknown storage type is left out",
    );
    assert!(sero.total().energy_kwh > ccf.total().energy_kwh);
}

#[test]
fn unknown_usage_with_nothing_to_estimate_it_keeps_its_cost_by_default_only() {
    let csv = cur(&[("EUW2-NatGateway-Hours", "AmazonEC2", "Hrs", "", "24", "22")]);
    let (sero, ccf) = both(&csv, &[]);
    close(
        sero.total().cost,
        22.0,
        "default: the cost read is in the total",
    );
    assert_eq!(sero.total().energy_kwh, 0.0);
    assert_eq!(sero.summary.unestimated.lines, 1);
    assert_eq!(
        ccf.groups.len(),
        0,
        "ccf: no known estimate, no unknown line"
    );
    assert_eq!(ccf.summary.unestimated.lines, 1);
}

#[test]
fn redshift_seconds_count_the_node_s_vcpus_by_default_and_a_3600th_of_them_in_ccf_mode() {
    // One hour of a ra3.4xlarge node, billed in seconds.
    let csv = cur(&[(
        "CS:ra3.4xlarge",
        "AmazonRedshift",
        "seconds",
        "",
        "3600",
        "1",
    )]);
    let (sero, ccf) = both(&csv, &[]);
    // AWSInstanceTypes.ts: ra3.4xlarge [12 vCPUs, 96 GB, 2.1103792 tCO2e], the family's last
    // ra3.16xlarge [48, 384]; its processor is not mapped, so AWS's averages apply: 0.74–3.5 W
    // per vCPU, 80.69 GB per chip (MEMORY_AVG).
    let watts = 0.74 + 0.5 * (3.5 - 0.74);
    let per_vcpu_hour = watts * AWS_PUE / 1000.0;
    let memory = (384.0 / (48.0_f64 / 96.0).ceil() - 80.69) / (384.0 / 96.0) * 0.000392 * AWS_PUE;
    let code_embodied_kg = 2.1103792 * 1000.0 * (1.0 / 12.0 / LIFESPAN_H) * (12.0 / 48.0);
    close(
        sero.total().energy_kwh,
        12.0 * per_vcpu_hour + memory,
        "default: 12 vCPU-hours",
    );
    close(
        ccf.total().energy_kwh,
        12.0 / 3600.0 * per_vcpu_hour + memory + code_embodied_kg / EU_WEST_2_KG_PER_KWH,
        "ccf: 12 / 3600 vCPU-hours",
    );
}

#[test]
fn transfer_between_regions_is_counted_once_in_both_modes() {
    // The same 100 GB leaving eu-west-2 and arriving in us-east-1, as one bill has it.
    let csv = cur(&[
        (
            "EUW2-USE1-AWS-Out-Bytes",
            "AWSDataTransfer",
            "GB",
            "",
            "100",
            "2",
        ),
        (
            "USE1-EUW2-AWS-In-Bytes",
            "AWSDataTransfer",
            "GB",
            "",
            "100",
            "0",
        ),
    ]);
    let (sero, ccf) = both(&csv, &[]);
    close(sero.total().energy_kwh, 100.0 * 0.001 * AWS_PUE, "default");
    close(ccf.total().energy_kwh, 100.0 * 0.001 * AWS_PUE, "ccf");
}
