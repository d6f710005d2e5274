//! Parquet read column chunk by column chunk gives what the same lines give as CSV: several row
//! groups, dictionary-encoded text, null cells, and the day as text, a DATE, a microsecond
//! TIMESTAMP or an INT96 timestamp (older Spark and Athena writers).

use std::sync::Arc;

use parquet::basic::{ConvertedType, LogicalType, Repetition, TimeUnit, Type as Physical};
use parquet::data_type::{
    ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type, Int96, Int96Type,
};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use sero_cloud::aggregate::{Dim, Options};
use sero_cloud::parquet_input::aggregate_parquet;
use sero_cloud::{Coefficients, Report};

use crate::aggregate;

const NAMES: [&str; 12] = [
    "identity/LineItemId",
    "lineItem/UsageStartDate",
    "lineItem/UsageAccountId",
    "lineItem/LineItemType",
    "lineItem/ProductCode",
    "lineItem/UsageType",
    "pricing/unit",
    "product/region",
    "product/vcpu",
    "lineItem/UsageAmount",
    "lineItem/UnblendedCost",
    "lineItem/BlendedCost",
];

/// Usage type, product, unit, vCPUs, amount (None: a null cell), cost.
type Line = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<f64>,
    f64,
);

const LINES: [Line; 8] = [
    (
        "EUW2-BoxUsage:m5.large",
        "AmazonEC2",
        "Hrs",
        Some("2"),
        Some(730.0),
        80.3,
    ),
    (
        "EUW2-TimedStorage-ByteHrs",
        "AmazonS3",
        "GB-Mo",
        None,
        Some(12.5),
        0.29,
    ),
    (
        "EUW2-EBS:VolumeUsage.gp2",
        "AmazonEC2",
        "GB-Mo",
        None,
        Some(100.0),
        11.6,
    ),
    (
        "EUW2-BoxUsage:t3.micro",
        "AmazonEC2",
        "Hrs",
        Some("2"),
        Some(24.0),
        0.2496,
    ),
    (
        "EUW2-BoxUsage:m5.large",
        "AmazonEC2",
        "Hrs",
        Some("2"),
        None,
        1.1,
    ),
    (
        "EUW2-TimedStorage-ByteHrs",
        "AmazonS3",
        "GB-Mo",
        None,
        Some(0.1),
        0.0023,
    ),
    (
        "EUW2-BoxUsage:m5.large",
        "AmazonEC2",
        "Hrs",
        Some("2"),
        Some(1.0),
        0.11,
    ),
    (
        "EUW2-BoxUsage:t3.micro",
        "AmazonEC2",
        "Hrs",
        Some("2"),
        Some(3.5),
        0.0364,
    ),
];

/// Line `i` starts on 2026-10-01 plus `i % 3` days, at `i % 24` hours.
fn day(i: usize) -> u32 {
    1 + (i % 3) as u32
}

fn csv() -> String {
    let mut out = NAMES.join(",") + "\n";
    for (i, (usage_type, product, unit, vcpu, amount, cost)) in LINES.iter().enumerate() {
        let amount = amount.map(|a| a.to_string()).unwrap_or_default();
        out.push_str(&format!(
            "id{i},2026-10-{:02}T{:02}:00:00Z,123456789012,Usage,{product},{usage_type},{unit},eu-west-2,{},{amount},{cost},{cost}\n",
            day(i),
            i % 24,
            vcpu.unwrap_or("")
        ));
    }
    out
}

#[derive(Clone, Copy, Debug)]
enum DayAs {
    Text,
    Date,
    Micros,
    Int96,
}

fn text_column(name: &str, optional: bool) -> Type {
    Type::primitive_type_builder(name, Physical::BYTE_ARRAY)
        .with_converted_type(ConvertedType::UTF8)
        .with_repetition(if optional {
            Repetition::OPTIONAL
        } else {
            Repetition::REQUIRED
        })
        .build()
        .expect("text column")
}

fn schema(day_as: DayAs) -> Type {
    let mut fields = Vec::new();
    for name in NAMES {
        let field = match name {
            "lineItem/UsageStartDate" => match day_as {
                DayAs::Text => text_column(name, false),
                DayAs::Date => Type::primitive_type_builder(name, Physical::INT32)
                    .with_repetition(Repetition::REQUIRED)
                    .with_logical_type(Some(LogicalType::Date))
                    .build()
                    .expect("date"),
                DayAs::Micros => Type::primitive_type_builder(name, Physical::INT64)
                    .with_repetition(Repetition::REQUIRED)
                    .with_logical_type(Some(LogicalType::Timestamp {
                        is_adjusted_to_u_t_c: false,
                        unit: TimeUnit::MICROS,
                    }))
                    .build()
                    .expect("timestamp"),
                DayAs::Int96 => Type::primitive_type_builder(name, Physical::INT96)
                    .with_repetition(Repetition::REQUIRED)
                    .build()
                    .expect("int96"),
            },
            "lineItem/UsageAmount" | "lineItem/UnblendedCost" | "lineItem/BlendedCost" => {
                Type::primitive_type_builder(name, Physical::DOUBLE)
                    .with_repetition(Repetition::OPTIONAL)
                    .build()
                    .expect("double")
            }
            _ => text_column(name, true),
        };
        fields.push(Arc::new(field));
    }
    Type::group_type_builder("schema")
        .with_fields(fields)
        .build()
        .expect("schema")
}

/// Writes the lines as Parquet, `per_group` lines to a row group.
fn write_parquet(
    path: &std::path::Path,
    day_as: DayAs,
    per_group: usize,
    compression: parquet::basic::Compression,
) {
    let file = std::fs::File::create(path).expect("create");
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(compression)
            .build(),
    );
    let mut writer =
        SerializedFileWriter::new(file, Arc::new(schema(day_as)), props).expect("writer");
    let indices: Vec<usize> = (0..LINES.len()).collect();
    for chunk in indices.chunks(per_group) {
        let mut group = writer.next_row_group().expect("row group");
        let mut column = 0;
        while let Some(mut w) = group.next_column().expect("column") {
            let name = NAMES[column];
            let text = |i: usize| -> Option<String> {
                let (usage_type, product, unit, vcpu, _, _) = LINES[i];
                match name {
                    "identity/LineItemId" => Some(format!("id{i}")),
                    "lineItem/UsageStartDate" => {
                        Some(format!("2026-10-{:02}T{:02}:00:00Z", day(i), i % 24))
                    }
                    "lineItem/UsageAccountId" => Some("123456789012".into()),
                    "lineItem/LineItemType" => Some("Usage".into()),
                    "lineItem/ProductCode" => Some(product.into()),
                    "lineItem/UsageType" => Some(usage_type.into()),
                    "pricing/unit" => Some(unit.into()),
                    "product/region" => Some("eu-west-2".into()),
                    "product/vcpu" => vcpu.map(str::to_owned),
                    _ => None,
                }
            };
            let days = |i: usize| 20_727 + i64::from(day(i)) - 1;
            let defs = |present: &dyn Fn(usize) -> bool| -> Vec<i16> {
                chunk.iter().map(|&i| i16::from(present(i))).collect()
            };
            match (name, day_as) {
                ("lineItem/UsageAmount", _) => {
                    let values: Vec<f64> = chunk.iter().filter_map(|&i| LINES[i].4).collect();
                    let defs = defs(&|i| LINES[i].4.is_some());
                    w.typed::<DoubleType>()
                        .write_batch(&values, Some(&defs), None)
                        .expect("amounts");
                }
                ("lineItem/UnblendedCost" | "lineItem/BlendedCost", _) => {
                    let values: Vec<f64> = chunk.iter().map(|&i| LINES[i].5).collect();
                    let defs = defs(&|_| true);
                    w.typed::<DoubleType>()
                        .write_batch(&values, Some(&defs), None)
                        .expect("costs");
                }
                ("lineItem/UsageStartDate", DayAs::Date) => {
                    let values: Vec<i32> = chunk.iter().map(|&i| days(i) as i32).collect();
                    w.typed::<Int32Type>()
                        .write_batch(&values, None, None)
                        .expect("dates");
                }
                ("lineItem/UsageStartDate", DayAs::Micros) => {
                    let values: Vec<i64> = chunk
                        .iter()
                        .map(|&i| (days(i) * 86_400 + (i % 24) as i64 * 3600) * 1_000_000)
                        .collect();
                    w.typed::<Int64Type>()
                        .write_batch(&values, None, None)
                        .expect("timestamps");
                }
                ("lineItem/UsageStartDate", DayAs::Int96) => {
                    let values: Vec<Int96> = chunk
                        .iter()
                        .map(|&i| {
                            let nanos = (i % 24) as u64 * 3600 * 1_000_000_000;
                            let mut v = Int96::new();
                            // Julian day number of 1970-01-01: 2 440 588.
                            v.set_data(
                                nanos as u32,
                                (nanos >> 32) as u32,
                                (2_440_588 + days(i)) as u32,
                            );
                            v
                        })
                        .collect();
                    w.typed::<Int96Type>()
                        .write_batch(&values, None, None)
                        .expect("int96");
                }
                _ => {
                    let values: Vec<ByteArray> = chunk
                        .iter()
                        .filter_map(|&i| text(i))
                        .map(|s| ByteArray::from(s.as_str()))
                        .collect();
                    let optional = name != "lineItem/UsageStartDate";
                    let defs = defs(&|i| text(i).is_some());
                    w.typed::<ByteArrayType>()
                        .write_batch(&values, optional.then_some(&defs[..]), None)
                        .expect("text");
                }
            }
            w.close().expect("close column");
            column += 1;
        }
        group.close().expect("close row group");
    }
    writer.close().expect("close file");
}

fn from_parquet(path: &std::path::Path, group_by: &[Dim], threads: usize) -> Report {
    let coefficients = Coefficients::bundled();
    aggregate_parquet(
        &coefficients,
        path,
        Options {
            group_by: group_by.to_vec(),
            max_errors: None,
            method: Default::default(),
        },
        threads,
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("Parquet aggregation failed: {e}"))
}

#[test]
fn every_day_encoding_and_row_grouping_gives_the_csv_result() {
    let dims = [Dim::Day, Dim::Service, Dim::Region];
    let expected = aggregate(&csv(), &dims);
    // The null amount is a malformed line in both, at the same line number.
    assert_eq!(expected.summary.malformed_count, 1);
    assert_eq!(expected.summary.malformed[0].line, 6);
    assert_eq!(expected.groups.len(), 5, "{:?}", expected.groups);
    let dir = tempfile::tempdir().expect("temp dir");
    use parquet::basic::{Compression, ZstdLevel};
    let zstd = Compression::ZSTD(ZstdLevel::default());
    for day_as in [DayAs::Text, DayAs::Date, DayAs::Micros, DayAs::Int96] {
        for per_group in [1, 3, LINES.len()] {
            for compression in [Compression::UNCOMPRESSED, Compression::SNAPPY, zstd] {
                let path = dir.path().join("cur.parquet");
                write_parquet(&path, day_as, per_group, compression);
                // One thread, and the row groups shared between two.
                for threads in [1, 2] {
                    let got = from_parquet(&path, &dims, threads);
                    let at = format!(
                        "{day_as:?}, {per_group} per group, {compression:?}, {threads} threads"
                    );
                    assert_eq!(got.groups, expected.groups, "{at}");
                    assert_eq!(got.summary, expected.summary, "{at}");
                }
            }
        }
    }
}

/// CUR 2.0's `resource_tags` map (the row API reads it): a tag, an empty map and a null one.
#[test]
fn a_map_of_tags_gives_the_csv_result() {
    let csv = "line_item_usage_start_date,line_item_usage_account_id,line_item_line_item_type,line_item_product_code,line_item_usage_type,pricing_unit,product_region_code,product_vcpu,line_item_usage_amount,line_item_unblended_cost,resource_tags\n\
               2026-10-01,123456789012,Usage,AmazonEC2,EUW2-BoxUsage:m5.large,Hrs,eu-west-2,2,3,0.3,\"{\"\"user_service\"\":\"\"blue-badge\"\"}\"\n\
               2026-10-01,123456789012,Usage,AmazonS3,EUW2-TimedStorage-ByteHrs,GB-Mo,eu-west-2,,10,0.2,{}\n\
               2026-10-02,123456789012,Usage,AmazonEC2,EUW2-BoxUsage:m5.large,Hrs,eu-west-2,2,5,0.5,\n";
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|l| l.splitn(11, ',').collect())
        .collect();
    let names: Vec<&str> = csv.lines().next().expect("header").split(',').collect();
    let mut fields = Vec::new();
    for name in &names[..10] {
        let field = if name.ends_with("_amount") || name.ends_with("_cost") {
            Type::primitive_type_builder(name, Physical::DOUBLE)
                .with_repetition(Repetition::OPTIONAL)
                .build()
                .expect("double")
        } else {
            text_column(name, true)
        };
        fields.push(Arc::new(field));
    }
    let key_value = Type::group_type_builder("key_value")
        .with_repetition(Repetition::REPEATED)
        .with_converted_type(ConvertedType::MAP_KEY_VALUE)
        .with_fields(vec![
            Arc::new(text_column("key", false)),
            Arc::new(text_column("value", true)),
        ])
        .build()
        .expect("key_value");
    fields.push(Arc::new(
        Type::group_type_builder("resource_tags")
            .with_repetition(Repetition::OPTIONAL)
            .with_converted_type(ConvertedType::MAP)
            .with_fields(vec![Arc::new(key_value)])
            .build()
            .expect("map"),
    ));
    let schema = Type::group_type_builder("schema")
        .with_fields(fields)
        .build()
        .expect("schema");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cur.parquet");
    let file = std::fs::File::create(&path).expect("create");
    let props = Arc::new(WriterProperties::builder().build());
    let mut writer = SerializedFileWriter::new(file, Arc::new(schema), props).expect("writer");
    let mut group = writer.next_row_group().expect("row group");
    let mut column = 0;
    while let Some(mut w) = group.next_column().expect("column") {
        let ones = vec![1_i16; rows.len()];
        match column {
            8 | 9 => {
                let values: Vec<f64> = rows
                    .iter()
                    .map(|r| r[column].parse().expect("number"))
                    .collect();
                w.typed::<DoubleType>()
                    .write_batch(&values, Some(&ones), None)
                    .expect("numbers");
            }
            0..=7 => {
                let values: Vec<ByteArray> = rows
                    .iter()
                    .filter(|r| !r[column].is_empty())
                    .map(|r| ByteArray::from(r[column]))
                    .collect();
                let defs: Vec<i16> = rows
                    .iter()
                    .map(|r| i16::from(!r[column].is_empty()))
                    .collect();
                w.typed::<ByteArrayType>()
                    .write_batch(&values, Some(&defs), None)
                    .expect("text");
            }
            // Keys (at most definition level 2) and values (3): one entry, an empty map, null.
            10 => {
                w.typed::<ByteArrayType>()
                    .write_batch(
                        &[ByteArray::from("user_service")],
                        Some(&[2, 1, 0]),
                        Some(&[0, 0, 0]),
                    )
                    .expect("keys");
            }
            _ => {
                w.typed::<ByteArrayType>()
                    .write_batch(
                        &[ByteArray::from("blue-badge")],
                        Some(&[3, 1, 0]),
                        Some(&[0, 0, 0]),
                    )
                    .expect("values");
            }
        }
        w.close().expect("close column");
        column += 1;
    }
    group.close().expect("close row group");
    writer.close().expect("close file");

    let dims = [Dim::Day, Dim::Tag("service".into())];
    let expected = aggregate(csv, &dims);
    let labels: Vec<&Vec<String>> = expected.groups.iter().map(|g| &g.labels).collect();
    assert_eq!(
        labels,
        [
            &vec!["2026-10-01".to_owned(), String::new()],
            &vec!["2026-10-01".to_owned(), "blue-badge".to_owned()],
            &vec!["2026-10-02".to_owned(), String::new()],
        ]
    );
    let got = from_parquet(&path, &dims, 1);
    assert_eq!(got.groups, expected.groups);
    assert_eq!(got.summary, expected.summary);
}
