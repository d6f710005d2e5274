//! The one limits policy of every sero reader.
//!
//! A file given to sero may be wrong (a path to a disk image instead of a CSV), broken (a line
//! that never ends) or hostile (an alias bomb). Every reader of user input stops at the limits
//! named here, so that bad input gets a clear error instead of exhausting memory, the stack or
//! the processor. Each limit is a [`Limit`]: a name, a default, what it counts, and whether a
//! person may legitimately need more. Those that may be raised are read from the environment
//! by the binary at start-up (`file-size` by `SERO_LIMIT_FILE_SIZE`, and so on; see
//! [`Limit::var`] and [`configure`]); the others protect the process itself (the stack, the
//! processor) and stay fixed.
//!
//! When input goes over a limit, the reader refuses it with [`Limit::exceeded`] (what went over
//! which limit, with the figure), placed where it happened by [`at`], and
//! [`Limit::hint`] (how to raise it, or why it is fixed).
//!
//! The values live in atomics, set once by the binary before any reader runs; this crate
//! reads no environment itself. Its I/O is the bounded reading every reader shares: whole files
//! ([`read`], [`read_text`]), streamed lines ([`LineBound`]) and written output ([`Bounded`]).

use std::sync::atomic::{AtomicU64, Ordering};

use sero_message::{Message, msg};

/// What a limit counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Bytes: written with a binary suffix when raising it (`64MiB`).
    Bytes,
    /// A number of things (levels, values, points, entries).
    Count,
}

/// One limit: its name, its default, what it counts and whether it may be raised.
#[derive(Debug)]
pub struct Limit {
    name: &'static str,
    var: Option<&'static str>,
    unit: Unit,
    default: u64,
    value: AtomicU64,
}

impl Limit {
    const fn raisable(name: &'static str, var: &'static str, unit: Unit, default: u64) -> Limit {
        Limit {
            name,
            var: Some(var),
            unit,
            default,
            value: AtomicU64::new(default),
        }
    }

    const fn fixed(name: &'static str, unit: Unit, default: u64) -> Limit {
        Limit {
            name,
            var: None,
            unit,
            default,
            value: AtomicU64::new(default),
        }
    }

    /// The limit's name, as in the README's table (`file-size`).
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The environment variable that sets it (`SERO_LIMIT_FILE_SIZE`), or `None` when it is
    /// fixed.
    pub const fn var(&self) -> Option<&'static str> {
        self.var
    }

    /// What it counts.
    pub const fn unit(&self) -> Unit {
        self.unit
    }

    /// The value sero uses when nothing sets it.
    pub const fn default(&self) -> u64 {
        self.default
    }

    /// The value in force.
    pub fn get(&self) -> u64 {
        self.value.load(Ordering::Relaxed)
    }

    /// The value in force as a `usize` (saturating on 32-bit targets).
    pub fn get_usize(&self) -> usize {
        usize::try_from(self.get()).unwrap_or(usize::MAX)
    }

    /// Sets the value in force (at least 1). The binary calls this through [`configure`];
    /// tests of a library may call it to lower a limit.
    pub fn set(&self, value: u64) {
        self.value.store(value.max(1), Ordering::Relaxed);
    }

    /// Whether `found` goes over the limit.
    pub fn over(&self, found: u64) -> bool {
        found > self.get()
    }

    /// What a person reads when input goes over the limit: the limit's name and value, and
    /// the figure found when it is known (a file's size; not the length of a line that was
    /// cut at the limit).
    pub fn exceeded(&self, found: Option<u64>) -> Message {
        // A figure beyond 2^53 would not be shown exactly: the limit alone is.
        match found.filter(|found| *found < 1 << 53) {
            Some(found) => msg!(
                "limit-exceeded",
                limit = self.what(),
                max = self.get(),
                found = found
            ),
            None => msg!(
                "limit-exceeded-unknown",
                limit = self.what(),
                max = self.get()
            ),
        }
    }

    /// How to get past the limit: the variable and an example value, or why it is fixed.
    pub fn hint(&self) -> Message {
        match self.var {
            Some(var) => {
                let example = self.get().saturating_mul(4);
                let example = match self.unit {
                    Unit::Bytes => format_bytes(example),
                    Unit::Count => example.to_string(),
                };
                msg!(
                    "limit-hint-raise",
                    var = var,
                    example = format!("{var}={example}")
                )
            }
            None => msg!("limit-hint-fixed"),
        }
    }

    /// The translated name of what the limit counts.
    fn what(&self) -> Message {
        match self.name {
            "file-size" | "if-file-size" => msg!("limit-file-size"),
            "depth" => msg!("limit-depth"),
            "alias-expansion" => msg!("limit-alias-expansion"),
            "record-length" => msg!("limit-record-length"),
            "columns" => msg!("limit-columns"),
            "output-size" => msg!("limit-output-size"),
            "generated-points" => msg!("limit-generated-points"),
            "list-length" => msg!("limit-list-length"),
            "samples" => msg!("limit-samples"),
            "proxy-connections" => msg!("limit-proxy-connections"),
            "proxy-head-size" => msg!("limit-proxy-head-size"),
            _ => msg!("limit-suggestion-length"),
        }
    }
}

/// Largest file read whole into memory (manifests, factor files, journeys, activity and series
/// files, inventories, Prometheus scrapes, lists of URLs): 16 MiB. Larger
/// files are refused by their size before they are read. Streamed inputs (cloud bills) have no
/// size limit; their records are bounded by [`RECORD_LENGTH`].
pub static FILE_SIZE: Limit = Limit::raisable(
    "file-size",
    "SERO_LIMIT_FILE_SIZE",
    Unit::Bytes,
    16 * 1024 * 1024,
);

/// Deepest nesting of mappings and lists in a YAML, JSON or TOML document: 128 levels. Fixed:
/// the trees built from documents are walked recursively, and the stack is what it protects.
pub static DEPTH: Limit = Limit::fixed("depth", Unit::Count, 128);

/// Most values that YAML aliases may add to a document: 100,000. Keeps a "billion laughs"
/// file of a few hundred bytes from becoming gigabytes.
pub static ALIAS_EXPANSION: Limit = Limit::raisable(
    "alias-expansion",
    "SERO_LIMIT_ALIAS_EXPANSION",
    Unit::Count,
    100_000,
);

/// Longest record (a CSV row, with its quoted newlines) of a streamed file: 1 MiB. A line
/// that never ends (`/dev/zero`, a small gzip of a 4 GiB line) is refused when it reaches it.
pub static RECORD_LENGTH: Limit = Limit::raisable(
    "record-length",
    "SERO_LIMIT_RECORD_LENGTH",
    Unit::Bytes,
    1024 * 1024,
);

/// Most columns in a CSV header: 10,000 (an AWS Cost and Usage Report with many tags has a
/// few hundred).
pub static COLUMNS: Limit = Limit::raisable("columns", "SERO_LIMIT_COLUMNS", Unit::Count, 10_000);

/// Largest Impact Framework manifest read whole: 512 MiB. IF manifests of hundreds of
/// thousands of observations are run on purpose (about 100 bytes each), so they have a limit
/// of their own, above [`FILE_SIZE`]; the reader holds them in about their own size again.
pub static IF_FILE_SIZE: Limit = Limit::raisable(
    "if-file-size",
    "SERO_LIMIT_IF_FILE_SIZE",
    Unit::Bytes,
    512 * 1024 * 1024,
);

/// Largest document sero writes from input it expands (an Impact Framework output manifest):
/// 4 GiB, eight times the largest manifest read. Aliases are bounded by [`ALIAS_EXPANSION`]
/// already; this bounds what plugins add.
pub static OUTPUT_SIZE: Limit = Limit::raisable(
    "output-size",
    "SERO_LIMIT_OUTPUT_SIZE",
    Unit::Bytes,
    4 * 1024 * 1024 * 1024,
);

/// Most points a generator makes from a few settings (Impact Framework's MockObservations and
/// TimeSync: a duration divided by a step): 1,000,000 per plugin run.
pub static GENERATED_POINTS: Limit = Limit::raisable(
    "generated-points",
    "SERO_LIMIT_GENERATED_POINTS",
    Unit::Count,
    1_000_000,
);

/// Most entries in a list file (`sero page --urls`, `--sitemap`, `--green-list`): 100,000.
pub static LIST_LENGTH: Limit = Limit::raisable(
    "list-length",
    "SERO_LIMIT_LIST_LENGTH",
    Unit::Count,
    100_000,
);

/// Most Monte Carlo draws (`--samples`): 1,000,000, a thousand times the default. Fixed, and
/// enforced by the option's range: `usize::MAX` overflowed the allocation of the draws.
pub static SAMPLES: Limit = Limit::fixed("samples", Unit::Count, 1_000_000);

/// Longest word (in characters) the "did you mean" helper compares: 256, well above any key,
/// unit, area or factor id sero knows. A longer unknown word is no typo of a known one, and
/// comparing two 200 KB strings takes minutes. Fixed.
pub static SUGGESTION_LENGTH: Limit = Limit::fixed("suggestion-length", Unit::Count, 256);

/// Most connections open at once through the guarding proxy of a page measured on a server:
/// 256. A page opens six connections per host at most, a few dozen in all; more are held back
/// until others close.
pub static PROXY_CONNECTIONS: Limit = Limit::raisable(
    "proxy-connections",
    "SERO_LIMIT_PROXY_CONNECTIONS",
    Unit::Count,
    256,
);

/// Largest request head (request line and headers) the guarding proxy reads: 64 KiB, twice
/// the 32 KiB (`large_client_header_buffers 4 8k`) nginx accepts by default. A larger head
/// gets `431 Request Header Fields Too Large`.
pub static PROXY_HEAD_SIZE: Limit = Limit::raisable(
    "proxy-head-size",
    "SERO_LIMIT_PROXY_HEAD_SIZE",
    Unit::Bytes,
    64 * 1024,
);

/// Every limit, in the order of the README's table.
pub static ALL: [&Limit; 13] = [
    &FILE_SIZE,
    &IF_FILE_SIZE,
    &DEPTH,
    &ALIAS_EXPANSION,
    &RECORD_LENGTH,
    &COLUMNS,
    &OUTPUT_SIZE,
    &GENERATED_POINTS,
    &LIST_LENGTH,
    &PROXY_CONNECTIONS,
    &PROXY_HEAD_SIZE,
    &SAMPLES,
    &SUGGESTION_LENGTH,
];

/// Most errors of one kind a reader reports before summarising the rest ("and 999,990 more"):
/// 10. Not a limit on input, so not in [`ALL`].
pub const ERRORS_SHOWN: usize = 10;

/// A message placed in a file: `file:line:column: message`, `file:line: message` or
/// `file: message`.
pub fn at(file: &str, line: Option<u64>, column: Option<u64>, message: Message) -> Message {
    match (line, column) {
        (Some(line), Some(column)) => msg!(
            "limit-at",
            file = file,
            line = line,
            column = column,
            message = message
        ),
        (Some(line), None) => msg!("limit-at-line", file = file, line = line, message = message),
        _ => msg!("limit-in-file", file = file, message = message),
    }
}

/// Sets every raisable limit from `lookup` (the value of a variable, when set): a number, with
/// a binary or decimal suffix for sizes (`64MiB`, `1GiB`, `500MB`, `2000000`). Returns the
/// refusal of the first value that is not one, or is 0. The binary calls this before any
/// reader runs, with the environment.
pub fn configure(lookup: impl Fn(&str) -> Option<String>) -> Result<(), Message> {
    for limit in ALL {
        let Some(var) = limit.var else { continue };
        let Some(text) = lookup(var) else { continue };
        match parse_value(&text, limit.unit) {
            Some(value) if value > 0 => limit.set(value),
            _ => {
                return Err(msg!("limit-bad-value", var = var, value = text));
            }
        }
    }
    Ok(())
}

/// A limit's value written by a person: digits (`_` allowed between them), then for sizes
/// an optional suffix `B`, `KB`/`MB`/`GB` (powers of 1000) or `KiB`/`MiB`/`GiB` (powers of
/// 1024), case-insensitive.
pub fn parse_value(text: &str, unit: Unit) -> Option<u64> {
    let text = text.trim();
    let digits_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '_'))
        .unwrap_or(text.len());
    let (digits, suffix) = text.split_at(digits_end);
    let digits: String = digits.chars().filter(|c| *c != '_').collect();
    if digits.is_empty() {
        return None;
    }
    let number: u64 = digits.parse().ok()?;
    let factor: u64 = match (unit, suffix.trim().to_ascii_lowercase().as_str()) {
        (_, "") => 1,
        (Unit::Bytes, "b") => 1,
        (Unit::Bytes, "kb") => 1000,
        (Unit::Bytes, "mb") => 1000 * 1000,
        (Unit::Bytes, "gb") => 1000 * 1000 * 1000,
        (Unit::Bytes, "kib") => 1024,
        (Unit::Bytes, "mib") => 1024 * 1024,
        (Unit::Bytes, "gib") => 1024 * 1024 * 1024,
        _ => return None,
    };
    number.checked_mul(factor)
}

/// A size in the largest binary unit that divides it (`64MiB`), else in bytes.
pub fn format_bytes(bytes: u64) -> String {
    for (suffix, size) in [("GiB", 1u64 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] {
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{}{suffix}", bytes / size);
        }
    }
    bytes.to_string()
}

/// Why a file could not be read whole.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// Over [`FILE_SIZE`]: refused by its size, before it is read (or as soon as more than the
    /// limit has arrived, for a pipe or a file that grows).
    TooLarge {
        /// Its size, or the bytes read before stopping.
        bytes: u64,
        /// The limit it is over ([`FILE_SIZE`], or [`IF_FILE_SIZE`]).
        limit: &'static Limit,
    },
    /// Not UTF-8 text (only from [`read_text`]): the 1-based line and column (in characters)
    /// of the first byte that is not.
    NotUtf8 {
        line: u64,
        column: u64,
    },
}

impl ReadError {
    /// What a person reads: the I/O error's own text, the limit, or where the text stops
    /// being UTF-8. `file` is the name shown.
    pub fn message(&self, file: &str) -> Message {
        match self {
            ReadError::Io(error) => {
                msg!("limit-read-error", file = file, error = error.to_string())
            }
            ReadError::TooLarge { bytes, limit } => {
                at(file, None, None, limit.exceeded(Some(*bytes)))
            }
            ReadError::NotUtf8 { line, column } => {
                at(file, Some(*line), Some(*column), msg!("limit-not-utf8"))
            }
        }
    }

    /// What a person reads where the file is already named (a located diagnostic): the
    /// limit, or the line and column where the text stops being UTF-8; the I/O error's text
    /// with the file's name.
    pub fn what(&self, file: &str) -> Message {
        match self {
            ReadError::Io(_) => self.message(file),
            ReadError::TooLarge { bytes, limit } => limit.exceeded(Some(*bytes)),
            ReadError::NotUtf8 { line, column } => {
                msg!("limit-not-utf8-at", line = *line, column = *column)
            }
        }
    }

    /// The hint that goes with [`ReadError::message`], when there is one.
    pub fn hint(&self) -> Option<Message> {
        match self {
            ReadError::Io(_) => None,
            ReadError::TooLarge { limit, .. } => Some(limit.hint()),
            ReadError::NotUtf8 { .. } => Some(msg!("limit-not-utf8-hint")),
        }
    }
}

/// The bytes of a file, read only when it holds at most [`FILE_SIZE`]: a larger one is refused
/// by its size, so a wrong path to a huge file cannot exhaust memory. `/dev/stdin`, pipes and
/// devices are read up to one byte over the limit, then refused.
pub fn read(path: &std::path::Path) -> Result<Vec<u8>, ReadError> {
    read_within(path, &FILE_SIZE)
}

/// [`read`] within another size limit (an Impact Framework manifest's, [`IF_FILE_SIZE`]).
pub fn read_within(path: &std::path::Path, size: &'static Limit) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let limit = size.get();
    let metadata = file.metadata().map_err(ReadError::Io)?;
    if metadata.is_file() && metadata.len() > limit {
        return Err(ReadError::TooLarge {
            bytes: metadata.len(),
            limit: size,
        });
    }
    let mut bytes = Vec::new();
    // At most one byte more than the limit, in case the file grows while it is read.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: size,
        });
    }
    Ok(bytes)
}

/// The text of a file, bounded as [`read`] is, refused with the line and column where it
/// stops being UTF-8.
pub fn read_text(path: &std::path::Path) -> Result<String, ReadError> {
    utf8(read(path)?)
}

/// [`read_text`] within another size limit (an Impact Framework manifest's, [`IF_FILE_SIZE`]).
pub fn read_text_within(path: &std::path::Path, size: &'static Limit) -> Result<String, ReadError> {
    utf8(read_within(path, size)?)
}

/// `bytes` as text, or where they stop being UTF-8 (1-based line, column in characters).
pub fn utf8(bytes: Vec<u8>) -> Result<String, ReadError> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        let (line, column) = position(&bytes[..valid]);
        ReadError::NotUtf8 { line, column }
    })
}

/// The 1-based line and column (in characters) just after `before`, which is valid UTF-8.
pub fn position(before: &[u8]) -> (u64, u64) {
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count() as u64
        + 1;
    (line, column)
}

/// A writer that refuses to write more than [`OUTPUT_SIZE`] bytes: past it, every write fails
/// with an error that [`is_output_limit`] recognises, so a document expanded from a small
/// input (an alias bomb) cannot fill the disk.
pub struct Bounded<W> {
    inner: W,
    written: u64,
    max: u64,
}

impl<W> Bounded<W> {
    pub fn new(inner: W) -> Self {
        Bounded {
            inner,
            written: 0,
            max: OUTPUT_SIZE.get(),
        }
    }

    pub fn into_inner(self) -> W {
        self.inner
    }
}

/// The error payload of a [`Bounded`] writer over its limit.
#[derive(Debug)]
struct OutputLimit;

impl std::fmt::Display for OutputLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("output-size limit")
    }
}

impl std::error::Error for OutputLimit {}

/// Whether `error` is a [`Bounded`] writer's refusal.
pub fn is_output_limit(error: &std::io::Error) -> bool {
    error
        .get_ref()
        .is_some_and(|inner| inner.is::<OutputLimit>())
}

impl<W: std::io::Write> std::io::Write for Bounded<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.written.saturating_add(buf.len() as u64) > self.max {
            return Err(std::io::Error::other(OutputLimit));
        }
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A reader that refuses a line longer than [`RECORD_LENGTH`]: a streamed file (a cloud bill)
/// whose line never ends (`/dev/zero`, a small gzip of a 4 GiB line) fails at the limit with
/// an error that [`line_too_long`] recognises, with the line's number, instead of growing one
/// record until memory runs out.
pub struct LineBound<R> {
    inner: R,
    /// The number of the line being read (1-based).
    line: u64,
    /// Bytes of it read so far.
    length: u64,
    max: u64,
}

impl<R> LineBound<R> {
    /// `inner`, whose first byte starts line `first_line` (1-based).
    pub fn new(inner: R, first_line: u64) -> Self {
        LineBound {
            inner,
            line: first_line.max(1),
            length: 0,
            max: RECORD_LENGTH.get(),
        }
    }
}

/// The error payload of a [`LineBound`] reader: the line that went over.
#[derive(Debug)]
struct LineTooLong(u64);

impl std::fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {} is over the record-length limit", self.0)
    }
}

impl std::error::Error for LineTooLong {}

/// The line a [`LineBound`] reader refused, when `error` is its refusal.
pub fn line_too_long(error: &std::io::Error) -> Option<u64> {
    error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<LineTooLong>())
        .map(|e| e.0)
}

impl<R: std::io::Read> std::io::Read for LineBound<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let chunk = &buf[..n];
        let too_long = |line| Err(std::io::Error::other(LineTooLong(line)));
        match chunk.iter().rposition(|b| *b == b'\n') {
            None => {
                self.length += n as u64;
                if self.length > self.max {
                    return too_long(self.line);
                }
            }
            Some(last) => {
                let first = chunk.iter().position(|b| *b == b'\n').unwrap_or(last);
                if self.length + first as u64 > self.max {
                    return too_long(self.line);
                }
                // Lines wholly inside the chunk: only a chunk longer than the limit can
                // hold one that is too long.
                if n as u64 > self.max {
                    let mut line = self.line;
                    for segment in chunk[first + 1..=last].split(|b| *b == b'\n') {
                        line += 1;
                        if segment.len() as u64 > self.max {
                            return too_long(line);
                        }
                    }
                }
                self.line += chunk.iter().filter(|b| **b == b'\n').count() as u64;
                self.length = (n - last - 1) as u64;
                if self.length > self.max {
                    return too_long(self.line);
                }
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_read_with_their_units() {
        assert_eq!(parse_value("64MiB", Unit::Bytes), Some(64 << 20));
        assert_eq!(parse_value("500 MB", Unit::Bytes), Some(500_000_000));
        assert_eq!(parse_value("1gib", Unit::Bytes), Some(1 << 30));
        assert_eq!(parse_value("2_000_000", Unit::Count), Some(2_000_000));
        assert_eq!(parse_value("2MiB", Unit::Count), None);
        assert_eq!(parse_value("lots", Unit::Count), None);
        assert_eq!(parse_value("99999999999999999999", Unit::Count), None);
        assert_eq!(parse_value("18446744073709551615GiB", Unit::Bytes), None);
    }

    #[test]
    fn the_hint_names_the_variable_with_an_example() {
        let hint = FILE_SIZE.hint();
        assert_eq!(hint.id(), "limit-hint-raise");
        assert_eq!(
            hint.neutral().to_string(),
            "limit-hint-raise(var=\"SERO_LIMIT_FILE_SIZE\", example=\"SERO_LIMIT_FILE_SIZE=64MiB\")"
        );
        assert_eq!(DEPTH.hint().id(), "limit-hint-fixed");
    }

    #[test]
    fn names_are_unique_and_variables_follow_them() {
        for (i, limit) in ALL.iter().enumerate() {
            assert!(
                ALL[..i].iter().all(|l| l.name != limit.name),
                "{}",
                limit.name
            );
            if limit.name != "suggestion-length" {
                assert_ne!(
                    limit.what().id(),
                    "limit-suggestion-length",
                    "{}",
                    limit.name
                );
            }
            if let Some(var) = limit.var {
                let expected = [
                    "SERO",
                    "LIMIT",
                    &limit.name.replace('-', "_").to_uppercase(),
                ]
                .join("_");
                assert_eq!(var, expected);
            }
        }
    }

    #[test]
    fn a_bad_value_is_refused_with_its_variable() {
        let error = configure(|name| (name == "SERO_LIMIT_COLUMNS").then(|| "0".to_owned()));
        assert_eq!(
            error.unwrap_err().neutral().to_string(),
            "limit-bad-value(var=\"SERO_LIMIT_COLUMNS\", value=\"0\")"
        );
        assert_eq!(COLUMNS.get(), COLUMNS.default());
    }

    #[test]
    fn text_that_stops_being_utf8_is_placed() {
        let error = utf8(b"a,b\nc,\xc3\xa9\xff".to_vec()).unwrap_err();
        assert!(
            matches!(error, ReadError::NotUtf8 { line: 2, column: 4 }),
            "{error:?}"
        );
    }

    #[test]
    fn a_bounded_writer_stops_at_the_limit() {
        use std::io::Write;
        let mut out = Bounded {
            inner: Vec::new(),
            written: 0,
            max: 10,
        };
        out.write_all(b"0123456789").unwrap();
        let error = out.write_all(b"x").unwrap_err();
        assert!(is_output_limit(&error));
        assert_eq!(out.into_inner(), b"0123456789");
    }

    #[test]
    fn a_line_bound_reader_names_the_line_over_the_limit() {
        use std::io::Read;
        let read_all = |text: &[u8], max: u64| {
            let mut reader = LineBound {
                max,
                ..LineBound::new(text, 1)
            };
            let mut out = Vec::new();
            reader.read_to_end(&mut out).map_err(|e| line_too_long(&e))
        };
        assert!(read_all(b"ab\ncd\nef", 2).is_ok());
        assert_eq!(read_all(b"ab\ncde\nf", 2), Err(Some(2)));
        assert_eq!(read_all(b"ab\ncd\nefg", 2), Err(Some(3)));
        assert_eq!(read_all(b"abc", 2), Err(Some(1)));
        // Across reads: a reader that gives one byte at a time.
        let mut slow = LineBound {
            max: 3,
            ..LineBound::new(std::io::repeat(b'x').take(10), 7)
        };
        let mut byte = [0u8; 1];
        let error = (0..10).find_map(|_| slow.read(&mut byte).err()).unwrap();
        assert_eq!(line_too_long(&error), Some(7));
    }

    #[test]
    fn sizes_are_written_in_the_largest_whole_unit() {
        assert_eq!(format_bytes(16 << 20), "16MiB");
        assert_eq!(format_bytes(1536), "1536");
        assert_eq!(format_bytes(3 << 30), "3GiB");
    }
}
