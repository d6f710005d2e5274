//! The readers: each export's real column names, tags, malformed lines, gzip, query results.

use std::io::Write;

use sero_cloud::aggregate::{Dim, Options};
use sero_cloud::sql::{self, Dialect, Target};
use sero_cloud::{Coefficients, Format, aggregate_csv};

use crate::{aggregate, close, cur};

#[test]
fn cur_legacy_and_snake_case_columns_give_the_same_figures() {
    let legacy = cur(&[
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "3",
            "0.3",
        ),
        (
            "EUW2-TimedStorage-ByteHrs",
            "AmazonS3",
            "GB-Mo",
            "",
            "10",
            "0.2",
        ),
    ]);
    let snake = "line_item_usage_start_date,line_item_usage_account_id,line_item_line_item_type,line_item_product_code,line_item_usage_type,pricing_unit,product_region_code,product_vcpu,line_item_usage_amount,line_item_unblended_cost,resource_tags\n\
                 2026-10-01 00:00:00,123456789012,Usage,AmazonEC2,EUW2-BoxUsage:m5.large,Hrs,eu-west-2,2,3,0.3,\"{\"\"user_service\"\":\"\"blue-badge\"\"}\"\n\
                 2026-10-01 00:00:00,123456789012,Usage,AmazonS3,EUW2-TimedStorage-ByteHrs,GB-Mo,eu-west-2,,10,0.2,{}\n";
    let a = aggregate(&legacy, &[]);
    let b = aggregate(snake, &[Dim::Tag("service".into())]);
    assert_eq!(a.format, Format::AwsCur);
    assert_eq!(b.format, Format::AwsCurSnake);
    close(a.total().energy_kwh, b.total().energy_kwh, "energy");
    close(a.total().embodied_kg, b.total().embodied_kg, "embodied");
    let labels: Vec<&str> = b.groups.iter().map(|g| g.labels[0].as_str()).collect();
    assert_eq!(labels, vec!["", "blue-badge"]);
}

#[test]
fn google_labels_and_azure_tags_are_read() {
    let gcp = "usage_start_time,project.id,location.region,location.location,service.description,sku.description,usage.unit,usage.amount,cost,cost_type,labels\n\
               2026-10-01 00:00:00 UTC,p1,europe-west2,europe-west2,Compute Engine,E2 Instance Core running in London,seconds,7200,0.1,regular,\"[{\"\"key\"\":\"\"service\"\",\"\"value\"\":\"\"blue-badge\"\"}]\"\n\
               2026-10-01 00:00:00 UTC,p1,europe-west2,europe-west2,Compute Engine,E2 Instance Core running in London,seconds,3600,0.05,rounding_error,[]\n";
    let report = aggregate(gcp, &[Dim::Tag("service".into())]);
    assert_eq!(report.groups.len(), 1);
    assert_eq!(report.groups[0].labels, vec!["blue-badge"]);
    assert_eq!(
        report.summary.not_usage.lines, 1,
        "the rounding error is not usage"
    );

    let azure = "Date,SubscriptionId,MeterCategory,MeterName,UnitOfMeasure,Quantity,ResourceLocation,CostInBillingCurrency,Tags\n\
                 2026-10-01,s1,Virtual Machines,B2ms,1 Hour,24,uksouth,1.0,\"\"\"service\"\": \"\"blue-badge\"\",\"\"env\"\": \"\"prod\"\"\"\n";
    let report = aggregate(azure, &[Dim::Tag("env".into()), Dim::Tag("service".into())]);
    assert_eq!(report.groups[0].labels, vec!["prod", "blue-badge"]);
}

#[test]
fn malformed_lines_are_counted_with_their_line_and_column() {
    let mut csv = cur(&[
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "1",
            "0.1",
        ),
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "lots",
            "0.1",
        ),
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "1",
            "0.1",
        ),
    ]);
    csv.push_str("idX,2026-13-45T00:00:00Z,1,Usage,AmazonEC2,EUW2-BoxUsage:m5.large,Hrs,eu-west-2,2,1,0.1,0.1\n");
    csv.push_str("idY,2026-10-01T00:00:00Z,1,Usage,AmazonEC2\n");
    let report = aggregate(&csv, &[]);
    let s = &report.summary;
    assert_eq!(s.lines_read, 5);
    assert_eq!(s.lines_used, 2);
    assert_eq!(s.malformed_count, 3);
    let found: Vec<(u64, Option<&str>)> = s
        .malformed
        .iter()
        .map(|m| (m.line, m.column.as_deref()))
        .collect();
    assert_eq!(
        found,
        vec![
            (3, Some("lineItem/UsageAmount")),
            (5, Some("lineItem/UsageStartDate")),
            (6, Some("lineItem/UsageType")),
        ]
    );
    assert_eq!(
        s.malformed[0].reason.neutral().to_string(),
        r#"cloud-error-not-a-number(value="lots")"#
    );
}

#[test]
fn max_errors_stops_the_reading() {
    let csv = cur(&[
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "x",
            "0.1",
        ),
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "y",
            "0.1",
        ),
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "1",
            "0.1",
        ),
    ]);
    let report = aggregate_csv(
        &Coefficients::bundled(),
        csv.as_bytes(),
        Options {
            group_by: vec![],
            max_errors: Some(1),
            method: Default::default(),
        },
        &mut |_| {},
    )
    .expect("read");
    assert!(report.summary.stopped);
    assert_eq!(report.summary.lines_read, 1);
}

#[test]
fn gzip_gives_the_same_totals_as_plain_csv() {
    let csv = cur(&[
        (
            "EUW2-BoxUsage:m5.large",
            "AmazonEC2",
            "Hrs",
            "2",
            "5",
            "0.5",
        ),
        (
            "EUW2-EBS:VolumeUsage.gp2",
            "AmazonEC2",
            "GB-Mo",
            "",
            "7",
            "0.7",
        ),
    ]);
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = dir.path().join("cur.csv");
    let packed = dir.path().join("cur.csv.gz");
    std::fs::write(&plain, &csv).expect("write");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(csv.as_bytes()).expect("gzip");
    std::fs::write(&packed, gz.finish().expect("gzip")).expect("write");
    let read = |p: &std::path::Path| {
        aggregate_csv(
            &Coefficients::bundled(),
            sero_cloud::open(p).expect("open"),
            Options {
                group_by: vec![Dim::Service],
                max_errors: None,
                method: Default::default(),
            },
            &mut |_| {},
        )
        .expect("read")
    };
    let (a, b) = (read(&plain), read(&packed));
    assert_eq!(a.groups, b.groups);
    assert!(a.total().energy_kwh > 0.0);
}

#[test]
fn an_unknown_header_is_refused_with_what_was_expected() {
    let error = aggregate_csv(
        &Coefficients::bundled(),
        "a,b,c\n1,2,3\n".as_bytes(),
        Options {
            group_by: vec![],
            max_errors: None,
            method: Default::default(),
        },
        &mut |_| {},
    )
    .expect_err("not a billing export");
    let sero_cloud::aggregate::Error::Header(message) = error else {
        panic!("a header error, not {error:?}");
    };
    assert_eq!(
        message.neutral().to_string(),
        r#"cloud-error-unknown-format(header="a,b,c")"#
    );
}

#[test]
fn the_duckdb_dialect_differs_only_where_duckdb_spells_things_differently() {
    let native = sql::query(Target::Athena, Dialect::Native, "cur", &["service".into()]);
    let duck = sql::query(Target::Athena, Dialect::DuckDb, "cur", &["service".into()]);
    let differing: Vec<(&str, &str)> = native
        .lines()
        .zip(duck.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        differing,
        vec![(
            "  DATE(DATE_TRUNC('day', line_item_usage_start_date)) AS day,",
            "  CAST(DATE_TRUNC('day', line_item_usage_start_date) AS DATE) AS day,"
        )]
    );
    assert!(native.contains("resource_tags_user_service AS tag_service"));
    assert!(native.contains("GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9"));
    let bq = sql::query(Target::BigQuery, Dialect::Native, "p.d.t", &[]);
    assert!(
        bq.contains("FROM `p.d.t`") && bq.contains("IFNULL(location.region, location.location)")
    );
}

#[test]
fn a_query_result_is_read_with_its_provider() {
    let result = "day,account,region,service,usage_type,usage_unit,vcpus,provider,usage_amount,cost\n\
                  2026-10-01,123456789012,eu-west-2,AmazonEC2,EUW2-BoxUsage:m5.large,Hrs,2,aws,1.0,0.111\n";
    let raw = cur(&[(
        "EUW2-BoxUsage:m5.large",
        "AmazonEC2",
        "Hrs",
        "2",
        "1",
        "0.111",
    )]);
    let a = aggregate(result, &[Dim::Day, Dim::Service]);
    let b = aggregate(&raw, &[Dim::Day, Dim::Service]);
    assert_eq!(a.format, Format::QueryResult);
    assert_eq!(a.groups, b.groups);
}

#[test]
fn two_threads_give_what_one_thread_gives_with_the_same_line_numbers() {
    // Many days, tags and kinds of usage, a quoted field with a newline and a malformed line in
    // each half, so that the merge of the halves is checked on every map it merges.
    let mut csv = String::from(
        "identity/LineItemId,lineItem/UsageStartDate,lineItem/UsageAccountId,lineItem/LineItemType,lineItem/ProductCode,lineItem/UsageType,pricing/unit,product/region,product/vcpu,lineItem/UsageAmount,lineItem/UnblendedCost,lineItem/BlendedCost,resourceTags/user:service\n",
    );
    let kinds = [
        (
            "AmazonEC2",
            "EUW2-BoxUsage:m5.large",
            "Hrs",
            "2",
            "eu-west-2",
        ),
        (
            "AmazonS3",
            "EUW1-TimedStorage-ByteHrs",
            "GB-Mo",
            "",
            "eu-west-1",
        ),
        ("AmazonEC2", "USE1-NatGateway-Hours", "Hrs", "", "us-east-1"),
        (
            "AWSDataTransfer",
            "EUW2-DataTransfer-Out-Bytes",
            "GB",
            "",
            "eu-west-2",
        ),
        (
            "AmazonEC2",
            "APS9-BoxUsage:q7.large",
            "Hrs",
            "2",
            "ap-south-9",
        ),
    ];
    for i in 0..4000 {
        let (product, usage, unit, vcpu, region) = kinds[i % kinds.len()];
        let amount = if i == 700 || i == 3300 {
            "bad".to_owned()
        } else {
            format!("{}", 1 + i % 7)
        };
        let tag = if i == 1500 {
            "\"multi\nline\"".to_owned()
        } else {
            format!("svc-{}", i % 3)
        };
        csv.push_str(&format!(
            "id{i},2026-10-{:02}T00:00:00Z,12345678901{},Usage,{product},{usage},{unit},{region},{vcpu},{amount},0.{},0.{},{tag}\n",
            1 + i % 28,
            i % 2,
            10 + i % 80,
            10 + i % 80
        ));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("cur.csv");
    std::fs::write(&path, &csv).expect("write");
    let options = || Options {
        group_by: vec![
            Dim::Day,
            Dim::Account,
            Dim::Class,
            Dim::Tag("service".into()),
        ],
        max_errors: None,
        method: Default::default(),
    };
    let coefficients = Coefficients::bundled();
    let one = sero_cloud::file::aggregate_file(&coefficients, &path, options(), 1, 0, &mut |_| {})
        .expect("one thread");
    let two = sero_cloud::file::aggregate_file(&coefficients, &path, options(), 2, 0, &mut |_| {})
        .expect("two threads");
    assert_eq!(one.groups.len(), two.groups.len());
    for (a, b) in one.groups.iter().zip(&two.groups) {
        assert_eq!((&a.labels, &a.grid, a.lines), (&b.labels, &b.grid, b.lines));
        close(a.energy_kwh, b.energy_kwh, "energy");
        close(a.co2e_kg, b.co2e_kg, "co2e");
        close(a.embodied_kg, b.embodied_kg, "embodied");
    }
    let (s1, s2) = (&one.summary, &two.summary);
    assert_eq!(s1.malformed, s2.malformed);
    assert_eq!(
        s1.malformed.iter().map(|m| m.line).collect::<Vec<_>>(),
        vec![702, 3303]
    );
    assert_eq!(
        (s1.lines_read, s1.lines_used, s1.excluded.lines),
        (s2.lines_read, s2.lines_used, s2.excluded.lines)
    );
    close(s1.excluded.cost, s2.excluded.cost, "excluded cost");
    assert_eq!(
        (&s1.assumed, &s1.unknown_regions),
        (&s2.assumed, &s2.unknown_regions)
    );
    assert_eq!(s1.unknown_types.len(), s2.unknown_types.len());
    for (a, b) in s1.unknown_types.iter().zip(&s2.unknown_types) {
        assert_eq!((&a.0, a.1), (&b.0, b.1));
        close(a.2, b.2, "unknown cost");
    }
    close(s1.unknown_kwh, s2.unknown_kwh, "unknown kWh");
}
