//! Parquet billing exports (AWS CUR in Parquet, or any export above saved as Parquet), read
//! with the `parquet` crate's row API, row group by row group: each row becomes the same record
//! the CSV reader makes, so every format rule applies unchanged. Line numbers in messages are
//! row numbers plus one (as if the column names were line 1).

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;

use crate::Coefficients;
use crate::aggregate::{Aggregator, Error, Options, Report, header_check};
use crate::format;
use crate::text;

/// True when the file starts with Parquet's magic bytes.
pub fn is_parquet(start: &[u8]) -> bool {
    start.starts_with(b"PAR1")
}

fn parquet_error(e: parquet::errors::ParquetError) -> Error {
    Error::Header(text::parquet_error(&e.to_string()))
}

/// Days since 1970-01-01 as `YYYY-MM-DD` (the civil calendar, proleptic Gregorian).
fn civil(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn timestamp(millis: i64) -> String {
    let days = millis.div_euclid(86_400_000);
    let rest = millis.rem_euclid(86_400_000) / 1000;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        civil(days),
        rest / 3600,
        rest / 60 % 60,
        rest % 60
    )
}

/// A field as the text a CSV export would hold.
fn text_of(field: &Field, out: &mut String) {
    use std::fmt::Write;
    out.clear();
    match field {
        Field::Null => {}
        Field::Str(s) => out.push_str(s),
        Field::Date(days) => out.push_str(&civil(i64::from(*days))),
        Field::TimestampMillis(ms) => out.push_str(&timestamp(*ms)),
        Field::TimestampMicros(us) => out.push_str(&timestamp(us.div_euclid(1000))),
        Field::MapInternal(map) => {
            // As JSON, which the tag readers understand (CUR 2.0 `resource_tags`).
            out.push('{');
            let mut value = String::new();
            for (i, (k, v)) in map.entries().iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                let mut key = String::new();
                text_of(k, &mut key);
                text_of(v, &mut value);
                let _ = write!(out, "\"{key}\":\"{value}\"");
            }
            out.push('}');
        }
        other => {
            let _ = write!(out, "{other}");
        }
    }
}

/// Reads a Parquet file and aggregates it.
pub fn aggregate_parquet(
    coefficients: &Coefficients,
    path: &std::path::Path,
    options: Options,
    progress: &mut dyn FnMut(u64),
) -> Result<Report, Error> {
    let file = std::fs::File::open(path).map_err(Error::Io)?;
    let reader = SerializedFileReader::new(file).map_err(parquet_error)?;
    let header: Vec<String> = reader
        .metadata()
        .file_metadata()
        .schema()
        .get_fields()
        .iter()
        .map(|f| f.name().to_owned())
        .collect();
    header_check(&options)?;
    let tags = crate::aggregate::tag_names(&options.group_by);
    let all = format::detect(&header, &tags).map_err(Error::Header)?;
    // Read only the columns sero uses: a Cost and Usage Report has a hundred or more.
    let used = all.used();
    let root = reader.metadata().file_metadata().schema();
    let fields: Vec<_> = used.iter().map(|i| root.get_fields()[*i].clone()).collect();
    let projection = parquet::schema::types::Type::group_type_builder(root.name())
        .with_fields(fields)
        .build()
        .map_err(parquet_error)?;
    let names: Vec<String> = used.iter().map(|i| header[*i].clone()).collect();
    let columns = format::detect(&names, &tags).map_err(Error::Header)?;
    let mut aggregator = Aggregator::new(coefficients, columns, options);
    let mut record = csv::ByteRecord::new();
    let mut text = String::new();
    let rows = reader
        .get_row_iter(Some(projection))
        .map_err(parquet_error)?;
    for (index, row) in rows.enumerate() {
        let row = row.map_err(parquet_error)?;
        record.clear();
        for (_, field) in row.get_column_iter() {
            text_of(field, &mut text);
            record.push_field(text.as_bytes());
        }
        aggregator.line(&record, index as u64 + 2);
        if aggregator.should_stop() {
            aggregator.mark_stopped();
            break;
        }
        if (index as u64 + 1).is_multiple_of(65_536) {
            progress(index as u64 + 1);
        }
    }
    Ok(aggregator.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_timestamps_are_civil_dates() {
        assert_eq!(civil(0), "1970-01-01");
        assert_eq!(civil(20_727), "2026-10-01");
        assert_eq!(civil(-1), "1969-12-31");
        assert_eq!(civil(11_016), "2000-02-29");
        assert_eq!(
            timestamp(1_790_812_800_000 + 3_723_000),
            "2026-10-01T01:02:03Z"
        );
    }
}
