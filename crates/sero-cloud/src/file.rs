//! A billing file whatever its form: Parquet (known by its magic bytes), gzip-compressed CSV, or
//! plain CSV, read on two threads when it is large. The one place that chooses between the
//! readers: [`crate::aggregate`] (the CSV engine) and [`crate::parquet_input`] (which feeds that
//! engine) do not know of each other's callers.

use std::io::Read;

use crate::Coefficients;
use crate::aggregate::{
    Aggregator, Error, Options, Report, aggregate_csv, csv_reader, feed, header_columns,
};
use crate::parquet_input;

/// Plain files at least this large are read by two threads, one half each.
pub const PARALLEL_FROM_BYTES: u64 = 32 << 20;

/// Reads a billing file and aggregates it. A plain (not compressed) file of at least
/// `from_bytes` (normally [`PARALLEL_FROM_BYTES`]) is split at a line boundary near its middle and its halves are read on
/// `threads` (at most 2) threads, whose results are merged; the split is only made where the
/// first half has an even number of `"` (so the boundary is not inside a quoted field). Gzip
/// input, small files, `max_errors` and an odd quote count read on one thread. `progress` gets
/// the lines read (by the first thread, times the threads, when parallel).
pub fn aggregate_file(
    coefficients: &Coefficients,
    path: &std::path::Path,
    options: Options,
    threads: usize,
    from_bytes: u64,
    progress: &mut dyn FnMut(u64),
) -> Result<Report, Error> {
    use std::io::{BufRead, BufReader, Seek, SeekFrom};
    let size = std::fs::metadata(path).map_err(Error::Io)?.len();
    let mut probe = BufReader::new(std::fs::File::open(path).map_err(Error::Io)?);
    let start = probe.fill_buf().map_err(Error::Io)?;
    if parquet_input::is_parquet(start) {
        return parquet_input::aggregate_parquet(coefficients, path, options, threads, progress);
    }
    let gzip = start.starts_with(&[0x1f, 0x8b]);
    if gzip || threads < 2 || size < from_bytes || options.max_errors.is_some() {
        let input = crate::open(path).map_err(Error::Io)?;
        return aggregate_csv(coefficients, input, options, progress);
    }
    // The header, and where the data starts.
    let mut header_reader = csv_reader(
        sero_limits::LineBound::new(std::fs::File::open(path).map_err(Error::Io)?, 1),
        true,
    );
    let columns = header_columns(&mut header_reader, &options)?;
    let data_start = header_reader.position().byte();
    // A split point: the first line start after the middle.
    let mut file = std::fs::File::open(path).map_err(Error::Io)?;
    let middle = data_start + (size - data_start) / 2;
    file.seek(SeekFrom::Start(middle)).map_err(Error::Io)?;
    let mut tail = BufReader::new(file);
    let mut skipped = Vec::new();
    tail.read_until(b'\n', &mut skipped).map_err(Error::Io)?;
    let split = middle + skipped.len() as u64;
    // Count the quotes and lines of the first half.
    let (quotes, newlines) = {
        let mut first =
            BufReader::with_capacity(1 << 20, std::fs::File::open(path).map_err(Error::Io)?)
                .take(split);
        let (mut q, mut n) = (0u64, 0u64);
        loop {
            let buf = first.fill_buf().map_err(Error::Io)?;
            if buf.is_empty() {
                break;
            }
            q += buf.iter().filter(|b| **b == b'"').count() as u64;
            n += buf.iter().filter(|b| **b == b'\n').count() as u64;
            let len = buf.len();
            first.consume(len);
        }
        (q, n)
    };
    if split >= size || quotes % 2 != 0 {
        let input = crate::open(path).map_err(Error::Io)?;
        return aggregate_csv(coefficients, input, options, progress);
    }
    let header_lines = header_reader.position().line().saturating_sub(1);
    type Half = csv::Reader<sero_limits::LineBound<std::io::Take<std::fs::File>>>;
    let half = |from: u64, to: u64, first_line: u64| -> Result<Half, Error> {
        let mut f = std::fs::File::open(path).map_err(Error::Io)?;
        f.seek(SeekFrom::Start(from)).map_err(Error::Io)?;
        Ok(csv_reader(
            sero_limits::LineBound::new(f.take(to - from), first_line),
            false,
        ))
    };
    let mut first_reader = half(data_start, split, header_lines + 1)?;
    let mut second_reader = half(split, size, newlines + 1)?;
    let mut first = Aggregator::new(coefficients, columns.clone(), options.clone());
    let mut second = Aggregator::new(coefficients, columns, options);
    let (a, b) = std::thread::scope(|scope| {
        let worker = scope.spawn(|| feed(&mut second_reader, &mut second, newlines, &mut |_| {}));
        let a = feed(&mut first_reader, &mut first, header_lines, &mut |n| {
            progress(n * 2)
        });
        let b = worker.join().unwrap_or_else(|_| {
            Err(Error::Io(std::io::Error::other(
                "the second reading thread failed",
            )))
        });
        (a, b)
    });
    a?;
    b?;
    first.merge(second);
    Ok(first.finish())
}
