//! The streaming aggregator: one pass over the lines, bounded memory (one entry per distinct
//! group and per distinct usage type, never per line).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Read;

use sero_core::Message;

use crate::Provider;
use crate::classify::{Class, Estimator, PerUnit, Usage, days_in_month};
use crate::coefficients::Coefficients;
use crate::format::{self, Columns, Format, TagSource};
use crate::text;

/// A fast non-cryptographic hash (the Fx hash of rustc): the keys are the file's own strings and
/// small integer tuples, and the default SipHash was a third of the time per line.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ rest.len() as u64);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// A dimension of `--group-by`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dim {
    Day,
    /// The Monday that starts the line's ISO week (`YYYY-MM-DD`), as CCF groups by week.
    Week,
    Month,
    Account,
    Region,
    Service,
    /// The usage class (compute, storage, networking, memory, unknown).
    Class,
    UsageType,
    Tag(String),
}

impl Dim {
    pub fn parse(text: &str) -> Option<Dim> {
        Some(match text {
            "day" => Dim::Day,
            "week" => Dim::Week,
            "month" => Dim::Month,
            "account" => Dim::Account,
            "region" => Dim::Region,
            "service" => Dim::Service,
            "class" | "usage_class" => Dim::Class,
            "usage_type" => Dim::UsageType,
            _ => Dim::Tag(
                text.strip_prefix("tag:")
                    .filter(|t| !t.is_empty())?
                    .to_owned(),
            ),
        })
    }

    pub fn label(&self) -> String {
        match self {
            Dim::Day => "day".into(),
            Dim::Week => "week".into(),
            Dim::Month => "month".into(),
            Dim::Account => "account".into(),
            Dim::Region => "region".into(),
            Dim::Service => "service".into(),
            Dim::Class => "class".into(),
            Dim::UsageType => "usage_type".into(),
            Dim::Tag(t) => format!("tag:{t}"),
        }
    }
}

/// The most group-by dimensions.
pub const MAX_DIMS: usize = 8;
/// Key slots: the dimensions, then the grid the group's electricity is on.
type Key = [u32; MAX_DIMS + 1];

/// What to aggregate by, and when to stop.
#[derive(Clone, Debug)]
pub struct Options {
    pub group_by: Vec<Dim>,
    /// Stop after this many malformed lines.
    pub max_errors: Option<u64>,
    /// CCF's code as it stands, or its methodology with sero's corrections.
    pub method: crate::Method,
}

/// A line that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Malformed {
    /// Line of the file where the record starts (1 = the header).
    pub line: u64,
    pub column: Option<String>,
    pub reason: Message,
}

/// Where a group's electricity comes from, for sero's own grid factors.
#[derive(Clone, Debug, PartialEq)]
pub enum Grid {
    /// The region's country (ISO 3166-1 alpha-3).
    Country(String),
    /// CCF's factor, gCO2e/kWh, for a region whose country sero does not know.
    Intensity(f64),
}

/// One output row.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// Values of the group-by dimensions, in order.
    pub labels: Vec<String>,
    pub grid: Grid,
    pub energy_kwh: f64,
    /// Operational emissions with CCF's grid factors, kgCO2e.
    pub co2e_kg: f64,
    pub embodied_kg: f64,
    pub cost: f64,
    pub lines: u64,
}

/// A count of lines with their cost.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    pub lines: u64,
    pub cost: f64,
}

/// What the summary reports beyond the groups.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub lines_read: u64,
    pub lines_used: u64,
    /// Lines that are not usage (AWS credits, tax, refunds; Google rounding errors and units
    /// CCF's query leaves out).
    pub not_usage: Tally,
    /// Usage outside CCF's boundary (internet transfer, double-counted usage).
    pub excluded: Tally,
    pub excluded_types: Vec<(String, u64)>,
    /// Usage with no coefficient, estimated by the cost (or amount) ratio of known usage.
    pub unknown: Tally,
    pub unknown_kwh: f64,
    pub unknown_types: Vec<(String, u64, f64)>,
    /// How unknown usage was estimated.
    pub unknown_method: UnknownMethod,
    /// Unknown usage that nothing could estimate (no known usage to take a ratio from).
    pub unestimated: Tally,
    /// Assumptions, with the number of lines each applies to.
    pub assumed: Vec<(Message, u64)>,
    /// Regions CCF has no grid factor for (its provider average was used).
    pub unknown_regions: Vec<String>,
    pub malformed_count: u64,
    /// The first malformed lines (at most [`KEEP_MALFORMED`]).
    pub malformed: Vec<Malformed>,
    /// True when `max_errors` stopped the reading.
    pub stopped: bool,
}

/// How many malformed lines are kept with their details (all are counted).
pub const KEEP_MALFORMED: usize = 100;

/// The whole result.
#[derive(Clone, Debug)]
pub struct Report {
    pub format: Format,
    pub provider: Provider,
    pub dims: Vec<Dim>,
    pub groups: Vec<Group>,
    pub summary: Summary,
}

impl Report {
    pub fn total(&self) -> Group {
        let mut total = Group {
            labels: Vec::new(),
            grid: Grid::Intensity(0.0),
            energy_kwh: 0.0,
            co2e_kg: 0.0,
            embodied_kg: 0.0,
            cost: 0.0,
            lines: 0,
        };
        for g in &self.groups {
            total.energy_kwh += g.energy_kwh;
            total.co2e_kg += g.co2e_kg;
            total.embodied_kg += g.embodied_kg;
            total.cost += g.cost;
            total.lines += g.lines;
        }
        total
    }
}

/// Why the aggregation stopped with nothing to show.
#[derive(Debug)]
pub enum Error {
    /// The header is not a known export, or a needed column is missing.
    Header(Message),
    Io(std::io::Error),
    /// Over one of sero's limits (a line too long, too many columns) at `line`.
    Limit {
        limit: &'static sero_limits::Limit,
        line: u64,
    },
}

/// How usage with no coefficient is estimated (CCF's ESTIMATE_UNKNOWN_USAGE_BY).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UnknownMethod {
    /// By the kWh per unit of cost of known usage (AWS, Google Cloud).
    #[default]
    Cost,
    /// By the kWh per unit of usage amount of known usage (Azure).
    Amount,
    /// By the kWh per unit of cost of known usage of the same unit only, as CCF's AWS code
    /// does (`--method ccf`).
    CostSameUnitCcf,
    /// By the kWh per unit of amount of known usage of the same unit only, as CCF's Azure and
    /// Google Cloud code does (`--method ccf`).
    AmountSameUnitCcf,
}

impl UnknownMethod {
    pub fn message(self) -> Message {
        match self {
            UnknownMethod::Cost => text::method_cost(),
            UnknownMethod::Amount => text::method_amount(),
            UnknownMethod::CostSameUnitCcf => text::method_cost_same_unit_ccf(),
            UnknownMethod::AmountSameUnitCcf => text::method_amount_same_unit_ccf(),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Header(m) => write!(f, "{}", m.neutral()),
            Error::Io(e) => write!(f, "{e}"),
            Error::Limit { limit, line } => {
                write!(f, "line {line}: {}", limit.exceeded(None).neutral())
            }
        }
    }
}

#[derive(Default)]
struct Interner {
    ids: Map<Box<[u8]>, u32>,
    names: Vec<Box<str>>,
}

impl Interner {
    fn id(&mut self, bytes: &[u8]) -> u32 {
        if let Some(id) = self.ids.get(bytes) {
            return *id;
        }
        let id = self.names.len() as u32;
        self.names
            .push(String::from_utf8_lossy(bytes).into_owned().into_boxed_str());
        self.ids.insert(bytes.into(), id);
        id
    }

    fn name(&self, id: u32) -> &str {
        &self.names[id as usize]
    }
}

#[derive(Default, Clone, Copy)]
struct Sums {
    kwh: f64,
    co2e_kg: f64,
    embodied_kg: f64,
    cost: f64,
    amount: f64,
    lines: u64,
}

/// Known usage, for the ratio that estimates unknown usage.
#[derive(Default, Clone, Copy)]
struct Known {
    kwh: f64,
    cost: f64,
    amount: f64,
}

/// What the cache knows of one (provider, service, usage type, unit, vCPUs, region).
struct Entry {
    per_unit: PerUnit,
    /// kgCO2e/kWh.
    grid: f64,
    grid_id: u32,
    service: u32,
    usage_type: u32,
    unit: u32,
    region: u32,
    /// Known usage of these lines, for the ratio that estimates unknown usage.
    known: Known,
    lines: u64,
}

/// The aggregation state; feed it lines with [`Aggregator::line`].
pub struct Aggregator<'c> {
    estimator: Estimator<'c>,
    columns: Columns,
    options: Options,
    strings: Interner,
    /// Raw key (provider, service, usage type, unit, vCPUs, region) → index in `entries`.
    cache: Map<Box<[u8]>, u32>,
    entries: Vec<Entry>,
    raw: Vec<u8>,
    last_day: [u8; 10],
    /// The last value and id of each group-by slot.
    memos: Vec<(Vec<u8>, u32)>,
    groups: Map<Key, Sums>,
    /// Unknown usage by (group key, service, unit, region).
    unknown: Map<(Key, u32, u32, u32), Sums>,
    unknown_types: Map<u32, (u64, f64)>,
    excluded_types: Map<u32, u64>,
    unknown_regions: Vec<String>,
    summary: Summary,
    empty: u32,
}

/// One line of a bill, as the aggregator reads it: a CSV record, or a Parquet row whose
/// numbers are already numbers (no text round trip).
pub trait Record {
    /// The number of fields.
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A field as bytes (empty when the record is short or the cell is null).
    fn bytes(&self, i: usize) -> &[u8];
    /// A field as a number.
    fn number(&self, i: usize) -> Number {
        Number::of(self.bytes(i))
    }
}

/// A field read as a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Blank,
    Value(f64),
    /// Not a finite number (the message names the field's bytes).
    Invalid,
}

impl Number {
    /// A number written as text.
    pub fn of(bytes: &[u8]) -> Number {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Number::Blank;
        }
        parse_number(bytes).map_or(Number::Invalid, Number::Value)
    }
}

impl Record for csv::ByteRecord {
    fn len(&self) -> usize {
        csv::ByteRecord::len(self)
    }

    fn bytes(&self, i: usize) -> &[u8] {
        self.get(i).unwrap_or(b"")
    }
}

fn parse_number(bytes: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(bytes).ok()?.trim();
    if text.is_empty() {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The day of a timestamp as `YYYY-MM-DD` (ISO dates and times, or Azure's `MM/DD/YYYY`).
fn day_of(bytes: &[u8], out: &mut [u8; 10]) -> bool {
    let digits = |b: &[u8]| b.iter().all(u8::is_ascii_digit);
    if bytes.len() >= 10 && bytes[4] == b'-' && bytes[7] == b'-' {
        if digits(&bytes[0..4]) && digits(&bytes[5..7]) && digits(&bytes[8..10]) {
            out.copy_from_slice(&bytes[..10]);
            return valid_day(out);
        }
        return false;
    }
    // MM/DD/YYYY, as Azure's US-locale exports write it.
    if bytes.len() >= 10 && bytes[2] == b'/' && bytes[5] == b'/' {
        let (m, d, y) = (&bytes[0..2], &bytes[3..5], &bytes[6..10]);
        if digits(m) && digits(d) && digits(y) {
            out[0..4].copy_from_slice(y);
            out[4] = b'-';
            out[5..7].copy_from_slice(m);
            out[7] = b'-';
            out[8..10].copy_from_slice(d);
            return valid_day(out);
        }
    }
    false
}

/// The Monday of the ISO week of a valid `YYYY-MM-DD` day.
fn week_start(day: &[u8; 10]) -> [u8; 10] {
    let text = std::str::from_utf8(day).unwrap_or("");
    let date = text.parse::<jiff::civil::Date>().ok();
    let monday = date.map(|d| {
        let back = i64::from(d.weekday().to_monday_zero_offset());
        d.checked_sub(jiff::Span::new().days(back)).unwrap_or(d)
    });
    let mut out = *day;
    if let Some(m) = monday {
        out.copy_from_slice(m.to_string().as_bytes());
    }
    out
}

fn valid_day(day: &[u8; 10]) -> bool {
    let text = std::str::from_utf8(day).unwrap_or("");
    let d: u32 = text[8..10].parse().unwrap_or(0);
    days_in_month(text).is_some_and(|n| (1..=n).contains(&d))
}

impl<'c> Aggregator<'c> {
    pub fn new(coefficients: &'c Coefficients, columns: Columns, options: Options) -> Self {
        let mut strings = Interner::default();
        let empty = strings.id(b"");
        Aggregator {
            estimator: Estimator::new(coefficients, options.method),
            columns,
            options,
            strings,
            cache: Map::default(),
            entries: Vec::new(),
            raw: Vec::new(),
            last_day: [0; 10],
            memos: vec![(Vec::new(), u32::MAX); MAX_DIMS],
            groups: Map::default(),
            unknown: Map::default(),
            unknown_types: Map::default(),
            excluded_types: Map::default(),
            unknown_regions: Vec::new(),
            summary: Summary::default(),
            empty,
        }
    }

    fn malformed(&mut self, line: u64, column: Option<usize>, reason: Message) {
        self.summary.malformed_count += 1;
        if self.summary.malformed.len() < KEEP_MALFORMED {
            self.summary.malformed.push(Malformed {
                line,
                column: column.map(|c| self.columns.names[c].clone()),
                reason,
            });
        }
    }

    /// The estimate of a (service, usage type, unit, vCPUs, region) seen for the first time.
    fn new_entry<R: Record + ?Sized>(
        &mut self,
        record: &R,
        provider: Provider,
        region: &[u8],
    ) -> Entry {
        let c = &self.columns;
        let (service_i, usage_i, unit_i, vcpus_i) = (c.service, c.usage_type, c.unit, c.vcpus);
        let service = self.strings.id(record.bytes(service_i));
        let usage_type = self.strings.id(record.bytes(usage_i));
        let unit = self.strings.id(record.bytes(unit_i));
        let vcpus = vcpus_i.and_then(|i| parse_number(record.bytes(i)));
        let machine_type = c
            .machine_type
            .map(|i| String::from_utf8_lossy(record.bytes(i)).into_owned())
            .unwrap_or_default();
        let region_name = String::from_utf8_lossy(region).into_owned();
        let region = self.strings.id(self
            .estimator
            .region_label(provider, &region_name)
            .as_bytes());
        let per_unit = self.estimator.per_unit(
            provider,
            &Usage {
                service: self.strings.name(service),
                usage_type: self.strings.name(usage_type),
                unit: self.strings.name(unit),
                vcpus,
                region: &region_name,
                machine_type: &machine_type,
            },
        );
        // The unit CCF's code files the line under (Google's Secret Manager and KMS: `Unknown`).
        let unit = match per_unit.ratio_unit.as_deref() {
            Some(other) if provider != Provider::Aws => self.strings.id(other.as_bytes()),
            _ => unit,
        };
        let (grid, fallback) = self.estimator.grid_kg_per_kwh(provider, &region_name);
        if fallback && !self.unknown_regions.contains(&region_name) {
            self.unknown_regions.push(region_name.clone());
        }
        // A region sero's `grid:` knows is named as such (its country's grid, with the
        // provider-region factor shown beside it); otherwise its country, else CCF's factor.
        let known_region = sero_core::models::grid::CLOUD_REGIONS
            .iter()
            .find(|c| c.provider == provider.key() && c.region == region_name);
        let grid_text = match (
            known_region,
            self.estimator
                .coefficients
                .region(provider, &self.estimator.region_key(provider, &region_name))
                .and_then(|r| r.country),
        ) {
            (Some(c), _) => format!("cloud:{}:{}", c.provider, c.region),
            (None, Some(country)) => country.to_owned(),
            (None, None) => format!("{}", grid * 1000.0),
        };
        let grid_id = self.strings.id(grid_text.as_bytes());
        Entry {
            per_unit,
            grid,
            grid_id,
            service,
            usage_type,
            unit,
            region,
            known: Known::default(),
            lines: 0,
        }
    }

    /// Records that `max_errors` stopped the reading.
    pub fn mark_stopped(&mut self) {
        self.summary.stopped = true;
    }

    /// True when reading must stop (`max_errors` reached).
    pub fn should_stop(&self) -> bool {
        self.options
            .max_errors
            .is_some_and(|m| self.summary.malformed_count >= m)
    }

    /// Adds one record; `line` is where it starts in the file.
    pub fn line<R: Record + ?Sized>(&mut self, record: &R, line: u64) {
        self.summary.lines_read += 1;
        let c = &self.columns;
        if record.len() < c.names.len() {
            let reason = text::short_record(record.len(), c.names.len());
            let first_missing = Some(record.len());
            self.malformed(line, first_missing, reason);
            return;
        }
        let provider = match c.provider_column {
            Some(i) => match Provider::parse(&String::from_utf8_lossy(record.bytes(i))) {
                Some(p) => p,
                None => {
                    let found = String::from_utf8_lossy(record.bytes(i)).into_owned();
                    self.malformed(line, Some(i), text::bad_provider(&found));
                    return;
                }
            },
            None => c.provider,
        };
        if c.provider_column.is_some() && provider != c.provider {
            if self.summary.lines_used == 0 && self.summary.not_usage.lines == 0 {
                // A query result says its provider on every line; the first one sets it.
                self.columns.provider = provider;
            } else {
                let found = provider.name().to_owned();
                let i = c.provider_column;
                self.malformed(line, i, text::mixed_providers(&found));
                return;
            }
        }
        let c = &self.columns;
        let cost = match record.number(c.cost) {
            Number::Blank => 0.0,
            Number::Value(v) => v,
            Number::Invalid => {
                let found = String::from_utf8_lossy(record.bytes(c.cost)).into_owned();
                self.malformed(line, Some(c.cost), text::not_a_number(&found));
                return;
            }
        };
        if let Some(i) = c.line_type {
            let t = record.bytes(i);
            if !matches!(
                t,
                b"Usage" | b"DiscountedUsage" | b"SavingsPlanCoveredUsage"
            ) {
                self.summary.not_usage.lines += 1;
                self.summary.not_usage.cost += cost;
                return;
            }
        }
        if let Some(i) = c.cost_type
            && record.bytes(i) == b"rounding_error"
        {
            self.summary.not_usage.lines += 1;
            self.summary.not_usage.cost += cost;
            return;
        }
        if c.format == Format::Gcp
            && !matches!(
                record.bytes(c.unit),
                b"byte-seconds" | b"seconds" | b"bytes" | b"requests"
            )
        {
            self.summary.not_usage.lines += 1;
            self.summary.not_usage.cost += cost;
            return;
        }
        let amount = match record.number(c.amount) {
            Number::Value(v) if v >= 0.0 => v,
            Number::Value(v) => {
                self.malformed(line, Some(c.amount), text::negative(v));
                return;
            }
            Number::Blank | Number::Invalid => {
                let found = String::from_utf8_lossy(record.bytes(c.amount)).into_owned();
                self.malformed(line, Some(c.amount), text::not_a_number(&found));
                return;
            }
        };
        if provider == Provider::Azure {
            // `NaN Hours`, `inf GB`: a unit of measure whose count is not a finite number would
            // make the line's figures NaN or infinite.
            let unit = String::from_utf8_lossy(record.bytes(c.unit));
            let count = unit.split_whitespace().next().unwrap_or("");
            if count.parse::<f64>().is_ok_and(|n| !n.is_finite()) {
                let found = unit.into_owned();
                self.malformed(line, Some(c.unit), text::bad_unit(&found));
                return;
            }
        }
        let mut day = [0u8; 10];
        let day_field = record.bytes(c.day);
        if day_field.len() >= 10 && day_field[..10] == self.last_day[..] {
            day = self.last_day;
        } else if day_of(day_field, &mut day) {
            self.last_day = day;
        } else {
            let found = String::from_utf8_lossy(day_field).into_owned();
            self.malformed(line, Some(c.day), text::bad_date(&found));
            return;
        }
        if let Some(i) = c.vcpus {
            let v = record.bytes(i);
            if !v.is_empty() && parse_number(v).is_none() {
                let found = String::from_utf8_lossy(v).into_owned();
                self.malformed(line, Some(i), text::not_a_number(&found));
                return;
            }
        }
        let mut region_bytes = record.bytes(c.region);
        if region_bytes.is_empty()
            && let Some(i) = c.region_fallback
        {
            region_bytes = record.bytes(i);
        }
        // What decides a line's estimate, as one key of the file's own bytes: one lookup per
        // line instead of one per field.
        let mut raw = std::mem::take(&mut self.raw);
        raw.clear();
        raw.push(provider as u8);
        for i in [c.service, c.usage_type, c.unit] {
            raw.extend_from_slice(record.bytes(i));
            raw.push(0x1f);
        }
        if let Some(i) = c.vcpus {
            raw.extend_from_slice(record.bytes(i));
        }
        raw.push(0x1f);
        if let Some(i) = c.machine_type {
            raw.extend_from_slice(record.bytes(i));
            raw.push(0x1f);
        }
        if provider == Provider::Azure {
            // `UK South` and `uksouth` are one region.
            raw.extend(
                region_bytes
                    .iter()
                    .filter(|b| !b.is_ascii_whitespace())
                    .map(u8::to_ascii_lowercase),
            );
        } else {
            raw.extend_from_slice(region_bytes);
        }
        let index = match self.cache.get(raw.as_slice()) {
            Some(i) => *i,
            None => {
                let region_start = raw.iter().rposition(|b| *b == 0x1f).map_or(0, |p| p + 1);
                let entry = self.new_entry(record, provider, &raw[region_start..]);
                let i = self.entries.len() as u32;
                self.entries.push(entry);
                self.cache.insert(raw.as_slice().into(), i);
                i
            }
        };
        self.raw = raw;
        let entry = &mut self.entries[index as usize];
        entry.lines += 1;
        let amount = amount * entry.per_unit.amount_scale;
        let (service, usage_type, unit, region) =
            (entry.service, entry.usage_type, entry.unit, entry.region);
        let (class, grid, grid_id) = (entry.per_unit.class, entry.grid, entry.grid_id);
        if class == Class::Excluded {
            self.summary.excluded.lines += 1;
            self.summary.excluded.cost += cost;
            *self.excluded_types.entry(usage_type).or_default() += 1;
            return;
        }
        self.summary.lines_used += 1;
        let hours = if entry.per_unit.per_month {
            let day_text = std::str::from_utf8(&day).unwrap_or("");
            24.0 * f64::from(days_in_month(day_text).unwrap_or(30))
        } else {
            1.0
        };
        let base = if entry.per_unit.per_line { 1.0 } else { amount };
        let kwh = base * entry.per_unit.kwh * hours;
        let embodied_kg = base * entry.per_unit.embodied_kg;
        if class != Class::Unknown && entry.per_unit.known_ratio {
            entry.known.kwh += match entry.per_unit.ratio_kwh {
                Some(r) => base * r * hours,
                None => kwh,
            };
            entry.known.cost += cost;
            entry.known.amount += amount;
        }
        let key = self.key(
            record, &day, provider, class, region, service, usage_type, grid_id,
        );
        if class == Class::Unknown {
            let sums = self
                .unknown
                .entry((key, service, unit, region))
                .or_default();
            sums.cost += cost;
            sums.amount += amount;
            sums.lines += 1;
            let t = self.unknown_types.entry(usage_type).or_default();
            t.0 += 1;
            t.1 += cost;
            return;
        }
        let sums = self.groups.entry(key).or_default();
        sums.kwh += kwh;
        sums.co2e_kg += kwh * grid;
        sums.embodied_kg += embodied_kg;
        sums.cost += cost;
        sums.lines += 1;
    }

    /// The id of `bytes` in group-by slot `slot`: consecutive lines mostly repeat the value,
    /// so the last one is remembered and compared before the interner is asked.
    fn memo(memo: &mut (Vec<u8>, u32), strings: &mut Interner, bytes: &[u8]) -> u32 {
        let (last, id) = memo;
        if last.as_slice() != bytes || *id == u32::MAX {
            last.clear();
            last.extend_from_slice(bytes);
            *id = strings.id(bytes);
        }
        *id
    }

    #[allow(clippy::too_many_arguments)]
    fn key<R: Record + ?Sized>(
        &mut self,
        record: &R,
        day: &[u8; 10],
        _provider: Provider,
        class: Class,
        region: u32,
        service: u32,
        usage_type: u32,
        grid_id: u32,
    ) -> Key {
        let mut key = [self.empty; MAX_DIMS + 1];
        for (slot, dim) in self.options.group_by.iter().enumerate() {
            key[slot] = match dim {
                Dim::Day => Self::memo(&mut self.memos[slot], &mut self.strings, day),
                Dim::Week => {
                    let monday = week_start(day);
                    Self::memo(&mut self.memos[slot], &mut self.strings, &monday)
                }
                Dim::Month => Self::memo(&mut self.memos[slot], &mut self.strings, &day[..7]),
                Dim::Account => {
                    let i = self.columns.account;
                    Self::memo(&mut self.memos[slot], &mut self.strings, record.bytes(i))
                }
                Dim::Region => region,
                Dim::Service => service,
                Dim::Class => self.strings.id(class.label().as_bytes()),
                Dim::UsageType => usage_type,
                Dim::Tag(_) => {
                    let source = &self.columns.tags[slot_tag(&self.options.group_by, slot)];
                    let value: Vec<u8> = match source {
                        TagSource::Column(i) => {
                            let i = *i;
                            key[slot] = Self::memo(
                                &mut self.memos[slot],
                                &mut self.strings,
                                record.bytes(i),
                            );
                            continue;
                        }
                        TagSource::JsonKey(i, k) => {
                            let text = String::from_utf8_lossy(record.bytes(*i));
                            format::json_key(&text, k).unwrap_or("").as_bytes().to_vec()
                        }
                        TagSource::KeyValueList(i, k) => {
                            let text = String::from_utf8_lossy(record.bytes(*i));
                            format::key_value_list(&text, k)
                                .unwrap_or("")
                                .as_bytes()
                                .to_vec()
                        }
                        TagSource::ColonLists(list, k) => list
                            .iter()
                            .filter_map(|i| {
                                let text = String::from_utf8_lossy(record.bytes(*i));
                                format::colon_list(&text, k).map(str::to_owned)
                            })
                            .next_back()
                            .unwrap_or_default()
                            .into_bytes(),
                        TagSource::Absent => Vec::new(),
                    };
                    self.strings.id(&value)
                }
            };
        }
        key[MAX_DIMS] = grid_id;
        key
    }

    /// Adds `other`'s lines (read from a later part of the same file) to these.
    pub fn merge(&mut self, other: Aggregator<'_>) {
        let mut map: Vec<u32> = Vec::with_capacity(other.strings.names.len());
        for name in &other.strings.names {
            map.push(self.strings.id(name.as_bytes()));
        }
        let t = |id: u32| map[id as usize];
        let key_of = |key: &Key| {
            let mut k = *key;
            for slot in k.iter_mut() {
                *slot = t(*slot);
            }
            k
        };
        for (key, s) in &other.groups {
            let g = self.groups.entry(key_of(key)).or_default();
            g.kwh += s.kwh;
            g.co2e_kg += s.co2e_kg;
            g.embodied_kg += s.embodied_kg;
            g.cost += s.cost;
            g.amount += s.amount;
            g.lines += s.lines;
        }
        for ((key, service, unit, region), s) in &other.unknown {
            let u = self
                .unknown
                .entry((key_of(key), t(*service), t(*unit), t(*region)))
                .or_default();
            u.cost += s.cost;
            u.amount += s.amount;
            u.lines += s.lines;
        }
        for (id, (n, cost)) in &other.unknown_types {
            let u = self.unknown_types.entry(t(*id)).or_default();
            u.0 += n;
            u.1 += cost;
        }
        for (id, n) in &other.excluded_types {
            *self.excluded_types.entry(t(*id)).or_default() += n;
        }
        for (raw, index) in other.cache {
            let entry = &other.entries[index as usize];
            match self.cache.get(&raw) {
                Some(i) => {
                    let mine = &mut self.entries[*i as usize];
                    mine.known.kwh += entry.known.kwh;
                    mine.known.cost += entry.known.cost;
                    mine.known.amount += entry.known.amount;
                    mine.lines += entry.lines;
                }
                None => {
                    let entry = Entry {
                        per_unit: entry.per_unit.clone(),
                        service: t(entry.service),
                        usage_type: t(entry.usage_type),
                        unit: t(entry.unit),
                        region: t(entry.region),
                        grid_id: t(entry.grid_id),
                        ..*entry
                    };
                    self.cache.insert(raw, self.entries.len() as u32);
                    self.entries.push(entry);
                }
            }
        }
        for region in other.unknown_regions {
            if !self.unknown_regions.contains(&region) {
                self.unknown_regions.push(region);
            }
        }
        let (s, o) = (&mut self.summary, other.summary);
        s.lines_read += o.lines_read;
        s.lines_used += o.lines_used;
        s.not_usage.lines += o.not_usage.lines;
        s.not_usage.cost += o.not_usage.cost;
        s.excluded.lines += o.excluded.lines;
        s.excluded.cost += o.excluded.cost;
        s.malformed_count += o.malformed_count;
        for m in o.malformed {
            if s.malformed.len() < KEEP_MALFORMED {
                s.malformed.push(m);
            }
        }
        s.stopped |= o.stopped;
    }

    /// Estimates unknown usage and returns the report.
    pub fn finish(mut self) -> Report {
        let provider = self.columns.provider;
        // CCF's code: Azure and Google Cloud estimate unknown usage from its amount, with the
        // kWh per unit of known usage of the same unit only (its estimator is not given the
        // service, so its same-service step never applies).
        let ccf_by_unit = self.options.method == crate::Method::Ccf
            && matches!(provider, Provider::Azure | Provider::Gcp);
        let by_amount = ccf_by_unit
            || (provider == Provider::Azure && self.columns.format != Format::QueryResult);
        self.summary.unknown_method = if ccf_by_unit {
            UnknownMethod::AmountSameUnitCcf
        } else if by_amount {
            UnknownMethod::Amount
        } else {
            UnknownMethod::Cost
        };
        let mut known_by_service: Map<(u32, u32), Known> = Map::default();
        let mut known_by_unit: Map<u32, Known> = Map::default();
        let mut known_total = Known::default();
        // Assumptions are told apart by their neutral form (id and arguments).
        let mut assumed: HashMap<String, (Message, u64)> = HashMap::new();
        for entry in &self.entries {
            let unit = match &entry.per_unit.ratio_unit {
                Some(u) => self.strings.id(u.as_bytes()),
                None => entry.unit,
            };
            for k in [
                known_by_service.entry((entry.service, unit)).or_default(),
                known_by_unit.entry(unit).or_default(),
                &mut known_total,
            ] {
                k.kwh += entry.known.kwh;
                k.cost += entry.known.cost;
                k.amount += entry.known.amount;
            }
            if let Some(note) = &entry.per_unit.assumed {
                assumed
                    .entry(note.neutral().to_string())
                    .or_insert_with(|| (note.clone(), 0))
                    .1 += entry.lines;
            }
        }
        let mut assumed: Vec<(String, (Message, u64))> = assumed.into_iter().collect();
        assumed.sort_by(|a, b| b.1.1.cmp(&a.1.1).then_with(|| a.0.cmp(&b.0)));
        self.summary.assumed = assumed.into_iter().map(|(_, note)| note).collect();
        // CCF's code estimates unknown usage once any line has an estimate; a unit with no known
        // usage then gets 0 kWh (the line keeps its cost).
        let any_known = self
            .entries
            .iter()
            .any(|e| e.lines > 0 && !matches!(e.per_unit.class, Class::Unknown | Class::Excluded));
        let unknown = std::mem::take(&mut self.unknown);
        if self.options.method == crate::Method::Ccf && provider == Provider::Aws {
            self.estimate_unknown_ccf_aws(unknown, &known_by_unit);
            return self.report();
        }
        for ((key, service, unit, region), sums) in unknown {
            let ratio = |k: &Known| {
                if by_amount {
                    (k.amount > 0.0).then(|| k.kwh / k.amount)
                } else {
                    (k.cost > 0.0).then(|| k.kwh / k.cost)
                }
            };
            let rate = if ccf_by_unit {
                known_by_unit
                    .get(&unit)
                    .and_then(ratio)
                    .or(any_known.then_some(0.0))
            } else {
                known_by_service
                    .get(&(service, unit))
                    .and_then(ratio)
                    .or_else(|| known_by_unit.get(&unit).and_then(ratio))
                    .or_else(|| ratio(&known_total))
            };
            self.summary.unknown.lines += sums.lines;
            self.summary.unknown.cost += sums.cost;
            let Some(rate) = rate else {
                // Nothing to estimate it from: listed as unestimated, its cost kept in its group.
                self.summary.unestimated.lines += sums.lines;
                self.summary.unestimated.cost += sums.cost;
                let g = self.groups.entry(key).or_default();
                g.cost += sums.cost;
                g.lines += sums.lines;
                continue;
            };
            let base = if by_amount { sums.amount } else { sums.cost };
            let kwh = (rate * base).max(0.0);
            self.add_unknown(key, provider, region, kwh, &sums);
        }
        self.report()
    }

    /// Adds unknown usage's estimate (`kwh`, at its region's grid factor), cost and lines to its
    /// group.
    fn add_unknown(&mut self, key: Key, provider: Provider, region: u32, kwh: f64, sums: &Sums) {
        let region_name = self.strings.name(region).to_owned();
        let (grid, _) = self.estimator.grid_kg_per_kwh(provider, &region_name);
        self.summary.unknown_kwh += kwh;
        let g = self.groups.entry(key).or_default();
        g.kwh += kwh;
        g.co2e_kg += kwh * grid;
        g.cost += sums.cost;
        g.lines += sums.lines;
    }

    /// CCF's AWS unknown-usage estimate, as its code does it (`UnknownEstimator` fed by
    /// `getEstimateForUnknownUsage`, which passes no service): the kWh per unit of cost of the
    /// known usage of the same unit, times the line's cost; 0 kWh when no known usage has that
    /// unit (the line keeps its cost). When no known line gave an estimate, CCF returns no
    /// unknown line at all.
    fn estimate_unknown_ccf_aws(
        &mut self,
        unknown: Map<(Key, u32, u32, u32), Sums>,
        known_by_unit: &Map<u32, Known>,
    ) {
        self.summary.unknown_method = UnknownMethod::CostSameUnitCcf;
        let any_known = !self.groups.is_empty();
        for ((key, _service, unit, region), sums) in unknown {
            self.summary.unknown.lines += sums.lines;
            self.summary.unknown.cost += sums.cost;
            if !any_known {
                self.summary.unestimated.lines += sums.lines;
                self.summary.unestimated.cost += sums.cost;
                continue;
            }
            let kwh = known_by_unit
                .get(&unit)
                .map(|k| k.kwh / k.cost * sums.cost)
                .filter(|k| k.is_finite())
                .unwrap_or(0.0);
            if kwh == 0.0 {
                self.summary.unestimated.lines += sums.lines;
                self.summary.unestimated.cost += sums.cost;
            }
            self.add_unknown(key, Provider::Aws, region, kwh, &sums);
        }
    }

    /// The groups and summary, once unknown usage is estimated.
    fn report(mut self) -> Report {
        let provider = self.columns.provider;
        let strings = &self.strings;
        let mut groups: Vec<Group> = self
            .groups
            .iter()
            .map(|(key, s)| {
                let grid_text = strings.name(key[MAX_DIMS]);
                Group {
                    labels: (0..self.options.group_by.len())
                        .map(|i| strings.name(key[i]).to_owned())
                        .collect(),
                    grid: match grid_text.parse::<f64>() {
                        Ok(g) => Grid::Intensity(g),
                        Err(_) => Grid::Country(grid_text.to_owned()),
                    },
                    energy_kwh: s.kwh,
                    co2e_kg: s.co2e_kg,
                    embodied_kg: s.embodied_kg,
                    cost: s.cost,
                    lines: s.lines,
                }
            })
            .collect();
        groups.sort_by(|a, b| {
            a.labels
                .cmp(&b.labels)
                .then_with(|| grid_key(&a.grid).cmp(&grid_key(&b.grid)))
        });
        let mut unknown_types: Vec<(String, u64, f64)> = self
            .unknown_types
            .iter()
            .map(|(id, (n, cost))| (strings.name(*id).to_owned(), *n, *cost))
            .collect();
        unknown_types.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        self.summary.unknown_types = unknown_types;
        let mut excluded: Vec<(String, u64)> = self
            .excluded_types
            .iter()
            .map(|(id, n)| (strings.name(*id).to_owned(), *n))
            .collect();
        excluded.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        self.summary.excluded_types = excluded;
        self.unknown_regions.sort();
        self.summary.unknown_regions = self.unknown_regions;
        Report {
            format: self.columns.format,
            provider,
            dims: self.options.group_by,
            groups,
            summary: self.summary,
        }
    }
}

fn grid_key(grid: &Grid) -> String {
    match grid {
        Grid::Country(c) => c.clone(),
        Grid::Intensity(g) => format!("{g:020.6}"),
    }
}

/// Index into `Columns::tags` of the tag at `slot` of the group-by list.
fn slot_tag(dims: &[Dim], slot: usize) -> usize {
    dims[..slot]
        .iter()
        .filter(|d| matches!(d, Dim::Tag(_)))
        .count()
}

/// The tag names of a group-by list, in order.
pub fn tag_names(dims: &[Dim]) -> Vec<String> {
    dims.iter()
        .filter_map(|d| match d {
            Dim::Tag(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

/// Reads CSV from `input` and aggregates it. `progress` is called now and then with the
/// number of lines read.
pub fn aggregate_csv<R: Read>(
    coefficients: &Coefficients,
    input: R,
    options: Options,
    progress: &mut dyn FnMut(u64),
) -> Result<Report, Error> {
    let mut reader = csv_reader(input, true);
    let columns = header_columns(&mut reader, &options)?;
    let mut aggregator = Aggregator::new(coefficients, columns, options);
    feed(&mut reader, &mut aggregator, 0, progress)?;
    Ok(aggregator.finish())
}

pub(crate) fn csv_reader<R: Read>(input: R, has_headers: bool) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(has_headers)
        .buffer_capacity(1 << 20)
        .from_reader(input)
}

/// Refuses more group-by dimensions than a key holds.
pub fn header_check(options: &Options) -> Result<(), Error> {
    if options.group_by.len() > MAX_DIMS {
        return Err(Error::Header(text::too_many_dims(MAX_DIMS)));
    }
    Ok(())
}

pub(crate) fn header_columns<R: Read>(
    reader: &mut csv::Reader<R>,
    options: &Options,
) -> Result<Columns, Error> {
    // Read as bytes, so that a header that is not UTF-8 is refused with its position.
    let bytes = reader.byte_headers().map_err(csv_error)?;
    if sero_limits::COLUMNS.over(bytes.len() as u64) {
        return Err(Error::Limit {
            limit: &sero_limits::COLUMNS,
            line: 1,
        });
    }
    let mut header = Vec::with_capacity(bytes.len());
    for (i, field) in bytes.iter().enumerate() {
        let name =
            std::str::from_utf8(field).map_err(|_| Error::Header(text::header_not_utf8(i + 1)))?;
        header.push(name.trim_start_matches('\u{feff}').trim().to_owned());
    }
    if options.group_by.len() > MAX_DIMS {
        return Err(Error::Header(text::too_many_dims(MAX_DIMS)));
    }
    format::detect(&header, &tag_names(&options.group_by)).map_err(Error::Header)
}

/// Feeds every record of `reader` to `aggregator`; `first_line` is added to the reader's line
/// numbers (the lines before the reader's first byte).
pub(crate) fn feed<R: Read>(
    reader: &mut csv::Reader<R>,
    aggregator: &mut Aggregator<'_>,
    first_line: u64,
    progress: &mut dyn FnMut(u64),
) -> Result<(), Error> {
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = first_line + e.position().map_or(0, |p| p.line());
                match e.into_kind() {
                    csv::ErrorKind::Io(io) => {
                        return Err(match sero_limits::line_too_long(&io) {
                            Some(line) => Error::Limit {
                                limit: &sero_limits::RECORD_LENGTH,
                                line,
                            },
                            None => Error::Io(io),
                        });
                    }
                    other => {
                        aggregator.summary.lines_read += 1;
                        aggregator.malformed(line, None, describe(&other));
                        if aggregator.should_stop() {
                            aggregator.summary.stopped = true;
                            break;
                        }
                        continue;
                    }
                }
            }
        }
        let line = first_line + record.position().map_or(0, |p| p.line());
        if record.len() > aggregator.columns.names.len() {
            // A field too many shifts every column after it: the line is malformed, not
            // "not usage".
            aggregator.summary.lines_read += 1;
            let reason = text::long_record(record.len(), aggregator.columns.names.len());
            aggregator.malformed(line, None, reason);
        } else {
            aggregator.line(&record, line);
        }
        if aggregator.should_stop() {
            aggregator.summary.stopped = true;
            break;
        }
        if aggregator.summary.lines_read.is_multiple_of(65_536) {
            progress(aggregator.summary.lines_read);
        }
    }
    Ok(())
}

fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => match sero_limits::line_too_long(&io) {
            Some(line) => Error::Limit {
                limit: &sero_limits::RECORD_LENGTH,
                line,
            },
            None => Error::Io(io),
        },
        other => Error::Header(describe(&other)),
    }
}

/// What the CSV reader found wrong, in words (never its debug dump), with the field where it
/// knows it.
fn describe(kind: &csv::ErrorKind) -> Message {
    match kind {
        csv::ErrorKind::Utf8 { err, .. } => text::not_utf8(err.field() + 1),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => text::short_record(*len as usize, *expected_len as usize),
        _ => text::csv_unreadable(),
    }
}
