//! Parquet billing exports (AWS CUR in Parquet, or any export above saved as Parquet). Only the
//! columns sero uses are read, column chunk by column chunk: each row group is decoded a batch
//! of rows at a time into the text a CSV export would hold, and each row then goes to the same
//! aggregator as a CSV line, so every format rule applies unchanged. A file whose used columns
//! are nested (a map of tags, a list) is read with the `parquet` crate's row API instead. Line
//! numbers in messages are row numbers plus one (as if the column names were line 1).

use std::fmt::Write as _;

use parquet::basic::{ConvertedType, Type as PhysicalType};
use parquet::column::reader::{ColumnReader, ColumnReaderImpl};
use parquet::data_type::DataType;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use parquet::schema::types::ColumnDescPtr;

use crate::Coefficients;
use crate::aggregate::{Aggregator, Error, Number, Options, Record, Report, header_check};
use crate::format;
use crate::text;

/// Rows decoded at a time from each column chunk.
const BATCH: usize = 4096;

/// True when the file starts with Parquet's magic bytes.
pub fn is_parquet(start: &[u8]) -> bool {
    start.starts_with(b"PAR1")
}

fn parquet_error(e: parquet::errors::ParquetError) -> Error {
    Error::Header(text::parquet_error(&e.to_string()))
}

/// Writes days since 1970-01-01 as `YYYY-MM-DD` (the civil calendar, proleptic Gregorian).
fn write_civil(days: i64, out: &mut String) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    if (0..=9999).contains(&y) {
        push_digits(out, y, 4);
        out.push('-');
        push_digits(out, m, 2);
        out.push('-');
        push_digits(out, d, 2);
    } else {
        let _ = write!(out, "{y:04}-{m:02}-{d:02}");
    }
}

/// Pushes `value` (0 ≤ value < 10^width) as exactly `width` decimal digits.
fn push_digits(out: &mut String, value: i64, width: u32) {
    let mut unit = 10_i64.pow(width - 1);
    while unit > 0 {
        out.push(char::from(b'0' + (value / unit % 10) as u8));
        unit /= 10;
    }
}

/// Writes milliseconds since 1970 as `YYYY-MM-DDTHH:MM:SSZ`.
fn write_timestamp(millis: i64, out: &mut String) {
    let days = millis.div_euclid(86_400_000);
    let rest = millis.rem_euclid(86_400_000) / 1000;
    write_civil(days, out);
    out.push('T');
    push_digits(out, rest / 3600, 2);
    out.push(':');
    push_digits(out, rest / 60 % 60, 2);
    out.push(':');
    push_digits(out, rest % 60, 2);
    out.push('Z');
}

#[cfg(test)]
fn civil(days: i64) -> String {
    let mut out = String::new();
    write_civil(days, &mut out);
    out
}

#[cfg(test)]
fn timestamp(millis: i64) -> String {
    let mut out = String::new();
    write_timestamp(millis, &mut out);
    out
}

/// A field as the text a CSV export would hold.
fn text_of(field: &Field, out: &mut String) {
    out.clear();
    match field {
        Field::Null => {}
        Field::Str(s) => out.push_str(s),
        Field::Date(days) => write_civil(i64::from(*days), out),
        Field::TimestampMillis(ms) => write_timestamp(*ms, out),
        Field::TimestampMicros(us) => write_timestamp(us.div_euclid(1000), out),
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

/// One batch of one column as text: the bytes of every row, and where each row's text ends.
#[derive(Default)]
struct Texts {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Texts {
    fn clear(&mut self) {
        self.bytes.clear();
        self.ends.clear();
    }

    fn row(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.bytes[start..self.ends[i]]
    }

    fn end_row(&mut self) {
        self.ends.push(self.bytes.len());
    }
}

/// The decoding state of one used column.
struct Column {
    descr: ColumnDescPtr,
    leaf: usize,
    /// Plain text (UTF-8 strings, enums, JSON): the bytes are copied as they are.
    plain_text: bool,
    /// A number the aggregator reads as a number (usage amount, cost): kept as `f64`, one per
    /// row (`None` for null), and never written as text.
    typed: bool,
    numbers: Vec<Option<f64>>,
    defs: Vec<i16>,
    texts: Texts,
    scratch: String,
    /// The last integer value seen and its text: dates and timestamps repeat row after row.
    last: Option<i64>,
    last_text: Vec<u8>,
}

impl Column {
    fn new(descr: ColumnDescPtr, leaf: usize, numeric: bool) -> Self {
        let plain_number = matches!(
            descr.physical_type(),
            PhysicalType::DOUBLE | PhysicalType::FLOAT | PhysicalType::INT32 | PhysicalType::INT64
        ) && descr.converted_type() == ConvertedType::NONE
            && descr.logical_type_ref().is_none();
        let plain_text = descr.physical_type() == PhysicalType::BYTE_ARRAY
            && matches!(
                descr.converted_type(),
                ConvertedType::UTF8 | ConvertedType::ENUM | ConvertedType::JSON
            );
        Column {
            descr,
            leaf,
            plain_text,
            typed: numeric && plain_number,
            numbers: Vec::with_capacity(BATCH),
            defs: Vec::with_capacity(BATCH),
            texts: Texts::default(),
            scratch: String::new(),
            last: None,
            last_text: Vec::new(),
        }
    }

    /// Appends a field's text (as the row API would give it) to this batch.
    fn push_field(&mut self, field: &Field) {
        text_of(field, &mut self.scratch);
        self.texts.bytes.extend_from_slice(self.scratch.as_bytes());
    }

    /// Appends an integer's text, reusing the previous row's text when the value repeats.
    fn push_integer(&mut self, key: i64, field: impl FnOnce(&ColumnDescPtr) -> Field) {
        if self.last != Some(key) {
            let f = field(&self.descr);
            text_of(&f, &mut self.scratch);
            self.last_text.clear();
            self.last_text.extend_from_slice(self.scratch.as_bytes());
            self.last = Some(key);
        }
        self.texts.bytes.extend_from_slice(&self.last_text);
    }
}

/// Reads `want` rows of one column chunk into `column.texts`, one text per row (empty for null),
/// `push` writing each non-null value.
fn fill<T: DataType>(
    reader: &mut ColumnReaderImpl<T>,
    want: usize,
    column: &mut Column,
    values: &mut Vec<T::T>,
    mut push: impl FnMut(&mut Column, &T::T) -> Result<(), Error>,
) -> Result<(), Error> {
    let max_def = column.descr.max_def_level();
    let mut got = 0;
    while got < want {
        column.defs.clear();
        values.clear();
        let (records, _, levels) = reader
            .read_records(want - got, Some(&mut column.defs), None, values)
            .map_err(parquet_error)?;
        if records == 0 {
            return Err(Error::Header(text::parquet_error(&format!(
                "column {} ends after {got} of {want} rows",
                column.descr.name()
            ))));
        }
        let mut next = values.iter();
        for i in 0..records {
            let present = max_def == 0 || (i < levels && column.defs[i] == max_def);
            if present {
                let Some(value) = next.next() else {
                    return Err(Error::Header(text::parquet_error(&format!(
                        "column {} has fewer values than rows",
                        column.descr.name()
                    ))));
                };
                push(column, value)?;
            } else if column.typed {
                column.numbers.push(None);
            }
            column.texts.end_row();
        }
        got += records;
    }
    Ok(())
}

/// Decodes the next `want` rows of one column.
fn read_batch(reader: &mut ColumnReader, want: usize, column: &mut Column) -> Result<(), Error> {
    column.texts.clear();
    column.numbers.clear();
    match reader {
        ColumnReader::ByteArrayColumnReader(r) => fill(r, want, column, &mut Vec::new(), |c, v| {
            if c.plain_text {
                let bytes = v.data();
                if !bytes.is_ascii() {
                    std::str::from_utf8(bytes).map_err(|e| {
                        Error::Header(text::parquet_error(&format!(
                            "column {}: not UTF-8 ({e})",
                            c.descr.name()
                        )))
                    })?;
                }
                c.texts.bytes.extend_from_slice(bytes);
            } else {
                let field =
                    Field::convert_byte_array(&c.descr, v.clone()).map_err(parquet_error)?;
                c.push_field(&field);
            }
            Ok(())
        }),
        ColumnReader::FixedLenByteArrayColumnReader(r) => {
            fill(r, want, column, &mut Vec::new(), |c, v| {
                let field =
                    Field::convert_byte_array(&c.descr, v.clone().into()).map_err(parquet_error)?;
                c.push_field(&field);
                Ok(())
            })
        }
        ColumnReader::Int32ColumnReader(r) => fill(r, want, column, &mut Vec::new(), |c, v| {
            let v = *v;
            if c.typed {
                c.numbers.push(Some(f64::from(v)));
                return Ok(());
            }
            c.push_integer(i64::from(v), |d| Field::convert_int32(d, v));
            Ok(())
        }),
        ColumnReader::Int64ColumnReader(r) => fill(r, want, column, &mut Vec::new(), |c, v| {
            let v = *v;
            if c.typed {
                c.numbers.push(Some(v as f64));
                return Ok(());
            }
            c.push_integer(v, |d| Field::convert_int64(d, v));
            Ok(())
        }),
        ColumnReader::Int96ColumnReader(r) => fill(r, want, column, &mut Vec::new(), |c, v| {
            let field = Field::convert_int96(&c.descr, *v);
            c.push_field(&field);
            Ok(())
        }),
        ColumnReader::BoolColumnReader(r) => fill(r, want, column, &mut Vec::new(), |c, v| {
            c.push_field(&Field::convert_bool(&c.descr, *v));
            Ok(())
        }),
        ColumnReader::FloatColumnReader(r) => fill(r, want, column, &mut Vec::new(), |c, v| {
            if c.typed {
                c.numbers.push(Some(f64::from(*v)));
                return Ok(());
            }
            c.push_field(&Field::convert_float(&c.descr, *v));
            Ok(())
        }),
        ColumnReader::DoubleColumnReader(r) => fill(r, want, column, &mut Vec::new(), |c, v| {
            if c.typed {
                c.numbers.push(Some(*v));
                return Ok(());
            }
            c.push_field(&Field::convert_double(&c.descr, *v));
            Ok(())
        }),
    }
}

/// One row of a batch, as the aggregator reads it.
struct Row<'a> {
    columns: &'a [Column],
    i: usize,
}

impl Record for Row<'_> {
    fn len(&self) -> usize {
        self.columns.len()
    }

    fn bytes(&self, i: usize) -> &[u8] {
        self.columns.get(i).map_or(b"", |c| c.texts.row(self.i))
    }

    fn number(&self, i: usize) -> Number {
        match self.columns.get(i) {
            Some(c) if c.typed => match c.numbers[self.i] {
                None => Number::Blank,
                Some(x) if x.is_finite() => Number::Value(x),
                Some(_) => Number::Invalid,
            },
            _ => Number::of(self.bytes(i)),
        }
    }
}

/// Reads a Parquet file and aggregates it: flat files on `threads` (at most 2) threads, each
/// reading half of the row groups, whose results are merged.
///
/// The `parquet` crate panics on some malformed files (Thrift metadata out of range, RLE runs
/// past their buffer, a length that overflows) where it should return an error; such a file is
/// refused as unreadable Parquet, with the crate's words, rather than ending the process.
pub fn aggregate_parquet(
    coefficients: &Coefficients,
    path: &std::path::Path,
    options: Options,
    threads: usize,
    progress: &mut dyn FnMut(u64),
) -> Result<Report, Error> {
    let read = std::panic::AssertUnwindSafe(|| {
        read_parquet(coefficients, path, options, threads, progress)
    });
    // The crate's panic is an answer here, not a bug of sero's: its message is not printed
    // (the previous hook is back as soon as the file is read).
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let caught = std::panic::catch_unwind(read);
    std::panic::set_hook(hook);
    caught.unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Error::Header(text::parquet_error(&detail)))
    })
}

fn read_parquet(
    coefficients: &Coefficients,
    path: &std::path::Path,
    options: Options,
    threads: usize,
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
    let names: Vec<String> = used.iter().map(|i| header[*i].clone()).collect();
    let columns = format::detect(&names, &tags).map_err(Error::Header)?;
    let numeric = [columns.amount, columns.cost];
    let Some(flat) = flat_columns(&reader, &used, &numeric) else {
        let aggregator = Aggregator::new(coefficients, columns, options);
        return by_rows(&reader, &used, aggregator, progress);
    };
    let groups = reader.num_row_groups();
    let rows_before = |g: usize| -> u64 {
        (0..g)
            .map(|i| u64::try_from(reader.metadata().row_group(i).num_rows()).unwrap_or(0))
            .sum()
    };
    if threads < 2 || groups < 2 || options.max_errors.is_some() {
        let aggregator = Aggregator::new(coefficients, columns, options);
        return by_columns(&reader, flat, aggregator, 0..groups, 0, progress)
            .map(Aggregator::finish);
    }
    // Split the row groups where half of the rows have gone.
    let total = rows_before(groups);
    let split = (1..groups)
        .find(|g| rows_before(*g) * 2 >= total)
        .unwrap_or(groups - 1);
    let second_rows = rows_before(split);
    let first = Aggregator::new(coefficients, columns.clone(), options.clone());
    let second = Aggregator::new(coefficients, columns, options);
    let (a, b) = std::thread::scope(|scope| {
        let worker = scope.spawn(|| -> Result<Aggregator<'_>, Error> {
            let file = std::fs::File::open(path).map_err(Error::Io)?;
            let reader = SerializedFileReader::new(file).map_err(parquet_error)?;
            let flat = flat_columns(&reader, &used, &numeric)
                .ok_or_else(|| Error::Header(text::parquet_changed()))?;
            by_columns(
                &reader,
                flat,
                second,
                split..groups,
                second_rows,
                &mut |_| {},
            )
        });
        let a = by_columns(&reader, flat, first, 0..split, 0, &mut |n| progress(n * 2));
        // A panic of the `parquet` crate on that thread is answered as one on this thread is.
        let b = worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (a, b)
    });
    let mut first = a?;
    first.merge(b?);
    Ok(first.finish())
}

/// The used columns, when each is a top-level column holding one value per row (no map or
/// list): those can be read column chunk by column chunk. The columns at `numeric` (amount,
/// cost) are read as numbers when they are stored as numbers.
fn flat_columns(
    reader: &SerializedFileReader<std::fs::File>,
    used: &[usize],
    numeric: &[usize],
) -> Option<Vec<Column>> {
    let schema = reader.metadata().file_metadata().schema_descr();
    used.iter()
        .enumerate()
        .map(|(position, &root)| {
            let leaf =
                (0..schema.num_columns()).find(|&l| schema.get_column_root_idx(l) == root)?;
            let descr = schema.column(leaf);
            let flat = schema.root_schema().get_fields()[root].is_primitive()
                && descr.max_rep_level() == 0;
            flat.then(|| Column::new(descr, leaf, numeric.contains(&position)))
        })
        .collect()
}

/// Feeds the rows of the row groups `groups` to `aggregator`; `first_row` is the number of
/// rows before them (for line numbers).
fn by_columns<'c>(
    reader: &SerializedFileReader<std::fs::File>,
    mut columns: Vec<Column>,
    mut aggregator: Aggregator<'c>,
    groups: std::ops::Range<usize>,
    first_row: u64,
    progress: &mut dyn FnMut(u64),
) -> Result<Aggregator<'c>, Error> {
    let mut index: u64 = first_row;
    'groups: for g in groups {
        let group = reader.get_row_group(g).map_err(parquet_error)?;
        let rows = usize::try_from(group.metadata().num_rows()).unwrap_or(0);
        let mut readers = columns
            .iter()
            .map(|c| group.get_column_reader(c.leaf))
            .collect::<Result<Vec<_>, _>>()
            .map_err(parquet_error)?;
        let mut done = 0;
        while done < rows {
            let want = BATCH.min(rows - done);
            for (r, c) in readers.iter_mut().zip(columns.iter_mut()) {
                read_batch(r, want, c)?;
            }
            for i in 0..want {
                aggregator.line(
                    &Row {
                        columns: &columns,
                        i,
                    },
                    index + 2,
                );
                index += 1;
                if aggregator.should_stop() {
                    aggregator.mark_stopped();
                    break 'groups;
                }
                if (index - first_row).is_multiple_of(65_536) {
                    progress(index - first_row);
                }
            }
            done += want;
        }
    }
    Ok(aggregator)
}

/// The row API, for files whose used columns are nested.
fn by_rows(
    reader: &SerializedFileReader<std::fs::File>,
    used: &[usize],
    mut aggregator: Aggregator<'_>,
    progress: &mut dyn FnMut(u64),
) -> Result<Report, Error> {
    let root = reader.metadata().file_metadata().schema();
    let fields: Vec<_> = used.iter().map(|i| root.get_fields()[*i].clone()).collect();
    let projection = parquet::schema::types::Type::group_type_builder(root.name())
        .with_fields(fields)
        .build()
        .map_err(parquet_error)?;
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
