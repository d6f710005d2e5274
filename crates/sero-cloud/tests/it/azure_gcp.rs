//! Azure and Google Cloud: CCF's code (`--method ccf`) against the figures of CCF's own tests
//! (Cloud Carbon Footprint, commit b7a049c7, packages/azure/src/__tests__/ConsumptionManagement.test.ts
//! and packages/gcp/src/__tests__/BillingExportTable.test.ts, Apache-2.0), and each difference of
//! sero's default shown with both numbers.

use sero_cloud::Method;
use sero_cloud::aggregate::Dim;

use crate::{aggregate_with, close};

const AZURE_HEADER: &str = "Date,SubscriptionId,ResourceLocation,MeterCategory,MeterName,UnitOfMeasure,Quantity,CostInBillingCurrency\n";
const GCP_HEADER: &str =
    "day,account,region,service,usage_type,usage_unit,machine_type,provider,usage_amount,cost\n";
// AZURE_EMISSIONS_FACTORS_METRIC_TON_PER_KWH[uksouth] at b7a049c7, in kg.
const UK_SOUTH_KG: f64 = 0.225;

/// Asserts `a ≈ b` to 1e-9 relative, the tolerance of the CCF parity tests.
#[track_caller]
fn ccf_close(a: f64, b: f64, what: &str) {
    let scale = a.abs().max(b.abs()).max(1e-300);
    assert!((a - b).abs() <= 1e-9 * scale, "{what}: {a} ≠ {b}");
}

#[test]
fn an_azure_vm_in_ten_hour_units_is_ccfs_figure_in_ccf_mode_and_ten_times_it_by_default() {
    // CCF's test "Returns estimates for Compute": 17 × `10 Hours` of D2 v2 in uksouth.
    let csv = format!(
        "{AZURE_HEADER}2020-11-02,test-subscription-id,uksouth,Virtual Machines,D2 v2/DS2 v2,10 Hours,17,5\n"
    );
    let ccf = aggregate_with(&csv, &[Dim::Region], Method::Ccf).total();
    // CCF counts the quantity as hours (17 h), and adds the embodied emissions turned into kWh.
    ccf_close(ccf.energy_kwh, 0.2614738305048199, "CCF kWh");
    ccf_close(ccf.co2e_kg / 1000.0, 0.00005883161186358448, "CCF tCO2e");
    // sero: 170 hours (the unit says ten hours), the embodied share apart from the energy.
    let sero = aggregate_with(&csv, &[Dim::Region], Method::Sero).total();
    let ccf_operational_kwh = ccf.energy_kwh - ccf.embodied_kg / UK_SOUTH_KG;
    close(sero.energy_kwh, 10.0 * ccf_operational_kwh, "sero kWh");
    // Embodied by the methodology page's formula (hours / lifespan × vCPUs / largest): the 2
    // vCPUs of a D2 v2 times CCF's code, which divides the hours by the vCPUs once too often.
    close(
        sero.embodied_kg,
        10.0 * 2.0 * ccf.embodied_kg,
        "sero embodied",
    );
    close(
        sero.co2e_kg,
        sero.energy_kwh * UK_SOUTH_KG,
        "sero operational CO2e",
    );
    assert!(ccf.embodied_kg > 0.0);
}

#[test]
fn an_azure_unit_of_nan_hours_is_a_malformed_line_in_both_modes() {
    let csv = format!(
        "{AZURE_HEADER}2020-11-02,s,uksouth,Virtual Machines,D2 v2,1 Hour,2,5\n\
         2020-11-02,s,uksouth,Virtual Machines,D2 v2,NaN Hours,2,5\n"
    );
    for method in [Method::Ccf, Method::Sero] {
        let report = aggregate_with(&csv, &[], method);
        assert_eq!(report.summary.malformed_count, 1, "{method:?}");
        let m = &report.summary.malformed[0];
        assert_eq!(m.line, 3);
        assert_eq!(m.column.as_deref(), Some("UnitOfMeasure"));
        assert!(m.reason.neutral().to_string().contains("NaN Hours"));
        assert!(report.total().energy_kwh.is_finite());
        assert_eq!(report.total().lines, 1);
    }
}

#[test]
fn an_azure_managed_disk_is_a_day_of_its_size_in_ccf_mode_and_its_disk_months_by_default() {
    // `S10 Disks` in `1 /Month`: CCF's code counts one day (24 h) of the disk's 128 GB on every
    // line, whatever the quantity; sero counts the quantity, 0.5 disk-months of 128 GB, through
    // the 31 days of October.
    let csv = format!("{AZURE_HEADER}2020-10-02,s,uksouth,Storage,S10 Disks,1 /Month,0.5,1\n");
    let ccf = aggregate_with(&csv, &[], Method::Ccf).total();
    // HDD 0.65 Wh/TBh, PUE 1.185, replication 3 (`Disks`), 128 GB for 24 h.
    let day = 128.0 / 1000.0 * 24.0 * 0.65 * 1.185 * 3.0 / 1000.0;
    ccf_close(ccf.energy_kwh, day, "CCF: one day of the disk");
    let sero = aggregate_with(&csv, &[], Method::Sero).total();
    let month = 0.5 * 128.0 / 1000.0 * 24.0 * 31.0 * 0.65 * 1.185 * 3.0 / 1000.0;
    close(sero.energy_kwh, month, "sero: half a disk-month");
}

#[test]
fn azure_unknown_usage_takes_the_units_ratio_in_ccf_mode() {
    // CCF's test "Returns estimates for Compute": the `100 Hours` of Virtual Machines Licenses
    // (an unknown service) get the kWh per hour of the `100 Hours` of MySQL, as CCF's estimator
    // is not given the service.
    let csv = format!(
        "{AZURE_HEADER}2020-11-03,s,Unknown,Azure Database for MySQL,2 vCore,100 Hours,12,12\n\
         2020-11-03,s,ukwest,Virtual Machines Licenses,D2 v2,100 Hours,12,12\n"
    );
    let report = aggregate_with(&csv, &[Dim::Service], Method::Ccf);
    let kwh: Vec<f64> = report.groups.iter().map(|g| g.energy_kwh).collect();
    ccf_close(kwh[0], 0.18258479999999996, "MySQL");
    ccf_close(kwh[1], 0.18258479999999996, "licences by the unit's ratio");
    ccf_close(
        report.groups[1].co2e_kg / 1000.0,
        0.00004108157999999999,
        "licences CO2e",
    );
}

#[test]
fn a_google_core_with_its_machine_type_includes_embodied_kwh_in_ccf_mode_only() {
    // CCF's test "Returns estimation results for Compute with Embodied Emissions": a day of an
    // n1-standard-1 core in us-central1.
    let csv = format!(
        "{GCP_HEADER}2020-11-02,p,us-central1,Compute Engine,N1 Predefined Instance Core running in Americas,seconds,n1-standard-1,gcp,86400,0.758656\n"
    );
    let ccf = aggregate_with(&csv, &[], Method::Ccf).total();
    ccf_close(ccf.energy_kwh, 0.10269717440919651, "CCF kWh");
    ccf_close(ccf.co2e_kg / 1000.0, 0.00004682991153059361, "CCF tCO2e");
    let sero = aggregate_with(&csv, &[], Method::Sero).total();
    // us-central1: 0.000456 t/kWh.
    close(
        sero.energy_kwh,
        ccf.energy_kwh - ccf.embodied_kg / 0.456,
        "sero: the embodied share apart",
    );
    close(sero.embodied_kg, ccf.embodied_kg, "embodied");
    assert!(sero.embodied_kg > 0.0);
}

#[test]
fn google_internet_egress_counts_in_ccf_mode_and_is_excluded_by_default() {
    // CCF's test "estimation for Networking": `Download Australia` is networking in CCF's code;
    // sero counts transfer between regions only, as CCF's methodology bounds networking.
    let csv = format!(
        "{GCP_HEADER}2020-11-02,p,us-east1,Cloud Storage,Download Australia,bytes,,gcp,2597445774,10\n"
    );
    let ccf = aggregate_with(&csv, &[], Method::Ccf);
    ccf_close(ccf.total().energy_kwh, 0.0026609658742323523, "CCF kWh");
    let sero = aggregate_with(&csv, &[], Method::Sero);
    assert_eq!(sero.total().energy_kwh, 0.0);
    assert_eq!(sero.summary.excluded.lines, 1);
}

#[test]
fn google_unknown_usage_goes_by_amount_in_ccf_mode_and_by_cost_by_default() {
    // 1 GiB-month of HDD storage known; `requests` unknown. CCF: the kWh per unit of amount of
    // known usage of the same unit (there is none for `requests`): 0 kWh. sero: kWh per unit of
    // cost of known usage (of any unit, lacking the same service and unit).
    let csv = format!(
        "{GCP_HEADER}2020-11-02,p,us-east1,Cloud Storage,Standard Storage US,byte-seconds,,gcp,2783138807808000,2\n\
         2020-11-02,p,us-east1,Cloud Storage,Class A Operations,requests,,gcp,1000,1\n"
    );
    let by_class = |m: Method| -> Vec<(String, f64)> {
        aggregate_with(&csv, &[Dim::Class], m)
            .groups
            .iter()
            .map(|g| (g.labels[0].clone(), g.energy_kwh))
            .collect()
    };
    let ccf = by_class(Method::Ccf);
    let sero = by_class(Method::Sero);
    let storage = ccf[0].1;
    assert_eq!(ccf[1], ("unknown".to_owned(), 0.0));
    close(sero[0].1, storage, "known storage is the same");
    close(
        sero[1].1,
        storage / 2.0 * 1.0,
        "sero: storage's kWh per unit of cost × 1",
    );
}

#[test]
fn google_dual_and_multi_regions_have_ccfs_factors() {
    // GCP_EMISSIONS_FACTORS at b7a049c7: nam4 0.000828, us 0.002805 t/kWh (CCF sums the
    // member regions' factors).
    let csv = format!(
        "{GCP_HEADER}2020-11-02,p,nam4,Cloud Storage,Standard Storage,byte-seconds,,gcp,3958241859993600,1\n\
         2020-11-02,p,us,Cloud Storage,Standard Storage,byte-seconds,,gcp,3958241859993600,1\n"
    );
    let report = aggregate_with(&csv, &[Dim::Region], Method::Ccf);
    assert!(report.summary.unknown_regions.is_empty());
    for (g, factor) in report.groups.iter().zip([0.828, 2.805]) {
        close(g.co2e_kg, g.energy_kwh * factor, &g.labels[0]);
    }
}

#[test]
fn a_week_groups_the_days_from_its_monday() {
    // 2020-11-02 was a Monday, 2020-11-08 a Sunday, 2020-11-09 the next Monday.
    let csv = format!(
        "{AZURE_HEADER}2020-11-04,s,uksouth,Virtual Machines,D2 v2,1 Hour,1,1\n\
         2020-11-08,s,uksouth,Virtual Machines,D2 v2,1 Hour,1,1\n\
         2020-11-09,s,uksouth,Virtual Machines,D2 v2,1 Hour,1,1\n"
    );
    let report = aggregate_with(&csv, &[Dim::Week], Method::Sero);
    let weeks: Vec<(&str, u64)> = report
        .groups
        .iter()
        .map(|g| (g.labels[0].as_str(), g.lines))
        .collect();
    assert_eq!(weeks, vec![("2020-11-02", 2), ("2020-11-09", 1)]);
}

#[test]
fn ccfs_google_tag_lists_are_read_by_key() {
    // CCF's BigQuery query gives tags as `key: value, key: value` (tags, project labels, labels).
    let csv = "day,account,region,service,usage_type,usage_unit,provider,usage_amount,cost,tag_tags,tag_labels\n\
               2020-11-02,p,us-east1,App Engine,Cloud Datastore Storage,byte-seconds,gcp,1000,1,environment: dev,\"project: ccf, team: a\"\n\
               2020-11-02,p,us-east1,App Engine,Cloud Datastore Storage,byte-seconds,gcp,1000,1,environment: prod,\n";
    let report = aggregate_with(
        csv,
        &[Dim::Tag("environment".into()), Dim::Tag("team".into())],
        Method::Ccf,
    );
    let labels: Vec<Vec<String>> = report.groups.iter().map(|g| g.labels.clone()).collect();
    assert_eq!(
        labels,
        vec![
            vec!["dev".to_owned(), "a".to_owned()],
            vec!["prod".to_owned(), String::new()]
        ]
    );
}

#[test]
fn azure_internet_egress_counts_in_ccf_mode_and_is_excluded_by_default() {
    // `Data Transfer Out` to the internet is networking in CCF's code (0.001 kWh/GB × PUE 1.185);
    // transfer between regions (geo-replication) counts in both modes.
    let csv = format!(
        "{AZURE_HEADER}2020-11-02,s,uksouth,Bandwidth,Data Transfer Out,1 GB,10,1\n\
         2020-11-02,s,uksouth,Storage,Geo-Replication Data transfer,1 GB,10,1\n"
    );
    let ccf = aggregate_with(&csv, &[], Method::Ccf);
    ccf_close(
        ccf.total().energy_kwh,
        2.0 * 10.0 * 0.001 * 1.185,
        "CCF: both",
    );
    let sero = aggregate_with(&csv, &[], Method::Sero);
    close(
        sero.total().energy_kwh,
        10.0 * 0.001 * 1.185,
        "sero: geo-replication only",
    );
    assert_eq!(sero.summary.excluded.lines, 1);
}

#[test]
fn azure_gb_months_are_a_day_in_ccf_mode_and_the_month_by_default() {
    // 10 × `1 GB/Month` of LRS blob storage (SSD in CCF's lists, 3 copies) in November (30 days).
    let csv =
        format!("{AZURE_HEADER}2020-11-02,s,uksouth,Storage,Hot LRS Data Stored,1 GB/Month,10,1\n");
    let per_tb_hour = 1.2 * 1.185 * 3.0 / 1000.0;
    let ccf = aggregate_with(&csv, &[], Method::Ccf).total();
    ccf_close(
        ccf.energy_kwh,
        10.0 / 1000.0 * 24.0 * per_tb_hour,
        "CCF: a day of 10 GB",
    );
    let sero = aggregate_with(&csv, &[], Method::Sero).total();
    close(
        sero.energy_kwh,
        10.0 / 1000.0 * 24.0 * 30.0 * per_tb_hour,
        "sero: 10 GB-months",
    );
}

#[test]
fn azure_storage_on_neither_list_is_dropped_in_ccf_mode_and_estimated_by_default() {
    // `Archive Capacity` is on neither of CCF's storage lists: CCF's code drops the line; sero
    // estimates it from the kWh per GB-month of known storage of the same unit.
    let csv = format!(
        "{AZURE_HEADER}2020-11-02,s,uksouth,Storage,Hot LRS Data Stored,1 GB/Month,10,1\n\
         2020-11-02,s,uksouth,Storage,Archive Capacity,1 GB/Month,5,1\n"
    );
    let ccf = aggregate_with(&csv, &[], Method::Ccf);
    let sero = aggregate_with(&csv, &[], Method::Sero);
    let known_ccf = 10.0 / 1000.0 * 24.0 * 1.2 * 1.185 * 3.0 / 1000.0;
    ccf_close(
        ccf.total().energy_kwh,
        known_ccf,
        "CCF: the known line only",
    );
    assert_eq!(ccf.summary.excluded.lines, 1);
    let known_sero = known_ccf * 30.0;
    close(
        sero.total().energy_kwh,
        known_sero * 1.5,
        "sero: + half as much again",
    );
    assert_eq!(sero.summary.unknown.lines, 1);
}

#[test]
fn the_bigquery_query_reads_the_machine_type_as_ccfs_does() {
    use sero_cloud::sql::{self, Dialect, Target};
    let native = sql::query(Target::BigQuery, Dialect::Native, "t", &[]);
    assert!(
        native.contains("LEFT JOIN UNNEST(system_labels) AS machine_spec"),
        "{native}"
    );
    assert!(native.contains("machine_spec.key = 'compute.googleapis.com/machine_spec'"));
    assert!(native.contains("machine_spec.value AS machine_type"));
    // Grouped by it: every selected column but the two sums.
    assert!(
        native.contains("GROUP BY 1, 2, 3, 4, 5, 6, 7, 8\n"),
        "{native}"
    );
    let duck = sql::query(Target::BigQuery, Dialect::DuckDb, "t", &[]);
    assert!(!duck.contains("machine_type"), "{duck}");
}
