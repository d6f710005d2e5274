//! The streaming aggregator: one pass over the lines, bounded memory (one entry per distinct
//! group and per distinct usage type, never per line).

use std::collections::HashMap;
use std::io::Read;

use crate::Provider;
use crate::classify::{Class, Estimator, PerUnit, Usage, days_in_month};
use crate::coefficients::Coefficients;
use crate::format::{self, Columns, Format, TagSource};
use crate::text;

/// A dimension of `--group-by`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dim {
    Day,
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
}

/// A line that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Malformed {
    /// Line of the file where the record starts (1 = the header).
    pub line: u64,
    pub column: Option<String>,
    pub reason: String,
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
    pub unknown_method: &'static str,
    /// Unknown usage that nothing could estimate (no known usage to take a ratio from).
    pub unestimated: Tally,
    /// Assumptions, with the number of lines each applies to.
    pub assumed: Vec<(String, u64)>,
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
    Header(String),
    Io(std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Header(m) => f.write_str(m),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Default)]
struct Interner {
    ids: HashMap<Box<[u8]>, u32>,
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

/// The aggregation state; feed it lines with [`Aggregator::line`].
pub struct Aggregator<'c> {
    estimator: Estimator<'c>,
    columns: Columns,
    options: Options,
    strings: Interner,
    cache: HashMap<[u32; 6], (PerUnit, f64, u32)>,
    groups: HashMap<Key, Sums>,
    known_by_service: HashMap<(u32, u32), Known>,
    known_by_unit: HashMap<u32, Known>,
    known_total: Known,
    /// Unknown usage by (group key, service, unit, region).
    unknown: HashMap<(Key, u32, u32, u32), Sums>,
    unknown_types: HashMap<u32, (u64, f64)>,
    excluded_types: HashMap<u32, u64>,
    assumed: HashMap<String, u64>,
    unknown_regions: Vec<String>,
    summary: Summary,
    empty: u32,
}

/// A field of a record, as bytes (empty when the record is short).
fn field(record: &csv::ByteRecord, i: usize) -> &[u8] {
    record.get(i).unwrap_or(b"")
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
            estimator: Estimator::new(coefficients),
            columns,
            options,
            strings,
            cache: HashMap::new(),
            groups: HashMap::new(),
            known_by_service: HashMap::new(),
            known_by_unit: HashMap::new(),
            known_total: Known::default(),
            unknown: HashMap::new(),
            unknown_types: HashMap::new(),
            excluded_types: HashMap::new(),
            assumed: HashMap::new(),
            unknown_regions: Vec::new(),
            summary: Summary::default(),
            empty,
        }
    }

    fn malformed(&mut self, line: u64, column: Option<usize>, reason: String) {
        self.summary.malformed_count += 1;
        if self.summary.malformed.len() < KEEP_MALFORMED {
            self.summary.malformed.push(Malformed {
                line,
                column: column.map(|c| self.columns.names[c].clone()),
                reason,
            });
        }
    }

    /// True when reading must stop (`max_errors` reached).
    pub fn should_stop(&self) -> bool {
        self.options
            .max_errors
            .is_some_and(|m| self.summary.malformed_count >= m)
    }

    /// Adds one record; `line` is where it starts in the file.
    pub fn line(&mut self, record: &csv::ByteRecord, line: u64) {
        self.summary.lines_read += 1;
        let c = &self.columns;
        if record.len() < c.names.len() {
            let reason = text::short_record(record.len(), c.names.len());
            let first_missing = Some(record.len());
            self.malformed(line, first_missing, reason);
            return;
        }
        let provider = match c.provider_column {
            Some(i) => match Provider::parse(&String::from_utf8_lossy(field(record, i))) {
                Some(p) => p,
                None => {
                    let found = String::from_utf8_lossy(field(record, i)).into_owned();
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
        let cost_bytes = field(record, c.cost);
        let cost = if cost_bytes.iter().all(u8::is_ascii_whitespace) {
            0.0
        } else {
            match parse_number(cost_bytes) {
                Some(v) => v,
                None => {
                    let found = String::from_utf8_lossy(cost_bytes).into_owned();
                    self.malformed(line, Some(c.cost), text::not_a_number(&found));
                    return;
                }
            }
        };
        if let Some(i) = c.line_type {
            let t = field(record, i);
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
            && field(record, i) == b"rounding_error"
        {
            self.summary.not_usage.lines += 1;
            self.summary.not_usage.cost += cost;
            return;
        }
        if c.format == Format::Gcp
            && !matches!(
                field(record, c.unit),
                b"byte-seconds" | b"seconds" | b"bytes" | b"requests"
            )
        {
            self.summary.not_usage.lines += 1;
            self.summary.not_usage.cost += cost;
            return;
        }
        let amount_bytes = field(record, c.amount);
        let amount = match parse_number(amount_bytes) {
            Some(v) if v >= 0.0 => v,
            Some(v) => {
                self.malformed(line, Some(c.amount), text::negative(v));
                return;
            }
            None => {
                let found = String::from_utf8_lossy(amount_bytes).into_owned();
                self.malformed(line, Some(c.amount), text::not_a_number(&found));
                return;
            }
        };
        let mut day = [0u8; 10];
        if !day_of(field(record, c.day), &mut day) {
            let found = String::from_utf8_lossy(field(record, c.day)).into_owned();
            self.malformed(line, Some(c.day), text::bad_date(&found));
            return;
        }
        let vcpu_id = match c.vcpus {
            Some(i) => {
                let v = field(record, i);
                if !v.is_empty() && parse_number(v).is_none() {
                    let found = String::from_utf8_lossy(v).into_owned();
                    self.malformed(line, Some(i), text::not_a_number(&found));
                    return;
                }
                self.strings.id(v)
            }
            None => self.empty,
        };
        let mut region_bytes = field(record, c.region);
        if region_bytes.is_empty()
            && let Some(i) = c.region_fallback
        {
            region_bytes = field(record, i);
        }
        let region = if provider == Provider::Azure {
            // `UK South` and `uksouth` are one region.
            let normal: Vec<u8> = region_bytes
                .iter()
                .filter(|b| !b.is_ascii_whitespace())
                .map(u8::to_ascii_lowercase)
                .collect();
            self.strings.id(&normal)
        } else {
            self.strings.id(region_bytes)
        };
        let service = self.strings.id(field(record, c.service));
        let usage_type = self.strings.id(field(record, c.usage_type));
        let unit = self.strings.id(field(record, c.unit));
        let cache_key = [provider as u32, service, usage_type, unit, vcpu_id, region];
        if !self.cache.contains_key(&cache_key) {
            let region_name = self.strings.name(region).to_owned();
            let per_unit = {
                let usage = Usage {
                    service: self.strings.name(service),
                    usage_type: self.strings.name(usage_type),
                    unit: self.strings.name(unit),
                    vcpus: parse_number(self.strings.name(vcpu_id).as_bytes()),
                    region: &region_name,
                };
                self.estimator.per_unit(provider, &usage)
            };
            let (grid, fallback) = self.estimator.grid_kg_per_kwh(provider, &region_name);
            if fallback && !self.unknown_regions.contains(&region_name) {
                self.unknown_regions.push(region_name.clone());
            }
            let grid_text = match self
                .estimator
                .coefficients
                .region(provider, &region_name)
                .and_then(|r| r.country)
            {
                Some(country) => country.to_owned(),
                None => format!("{}", grid * 1000.0),
            };
            let grid_id = self.strings.id(grid_text.as_bytes());
            self.cache.insert(cache_key, (per_unit, grid, grid_id));
        }
        let (per_unit, grid, grid_id) = &self.cache[&cache_key];
        let (class, grid, grid_id) = (per_unit.class, *grid, *grid_id);
        if let Some(note) = &per_unit.assumed {
            if let Some(n) = self.assumed.get_mut(note.as_str()) {
                *n += 1;
            } else {
                self.assumed.insert(note.clone(), 1);
            }
        }
        if class == Class::Excluded {
            self.summary.excluded.lines += 1;
            self.summary.excluded.cost += cost;
            *self.excluded_types.entry(usage_type).or_default() += 1;
            return;
        }
        self.summary.lines_used += 1;
        let hours = if per_unit.per_month {
            let day_text = std::str::from_utf8(&day).unwrap_or("");
            24.0 * f64::from(days_in_month(day_text).unwrap_or(30))
        } else {
            1.0
        };
        let kwh = amount * per_unit.kwh * hours;
        let embodied_kg = amount * per_unit.embodied_kg;
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
        for known in [
            self.known_by_service.entry((service, unit)).or_default(),
            self.known_by_unit.entry(unit).or_default(),
            &mut self.known_total,
        ] {
            known.kwh += kwh;
            known.cost += cost;
            known.amount += amount;
        }
        let sums = self.groups.entry(key).or_default();
        sums.kwh += kwh;
        sums.co2e_kg += kwh * grid;
        sums.embodied_kg += embodied_kg;
        sums.cost += cost;
        sums.lines += 1;
    }

    #[allow(clippy::too_many_arguments)]
    fn key(
        &mut self,
        record: &csv::ByteRecord,
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
                Dim::Day => self.strings.id(day),
                Dim::Month => self.strings.id(&day[..7]),
                Dim::Account => {
                    let i = self.columns.account;
                    self.strings.id(field(record, i))
                }
                Dim::Region => region,
                Dim::Service => service,
                Dim::Class => self.strings.id(class.label().as_bytes()),
                Dim::UsageType => usage_type,
                Dim::Tag(_) => {
                    let source = &self.columns.tags[slot_tag(&self.options.group_by, slot)];
                    let value: Vec<u8> = match source {
                        TagSource::Column(i) => field(record, *i).to_vec(),
                        TagSource::JsonKey(i, k) => {
                            let text = String::from_utf8_lossy(field(record, *i));
                            format::json_key(&text, k).unwrap_or("").as_bytes().to_vec()
                        }
                        TagSource::KeyValueList(i, k) => {
                            let text = String::from_utf8_lossy(field(record, *i));
                            format::key_value_list(&text, k)
                                .unwrap_or("")
                                .as_bytes()
                                .to_vec()
                        }
                        TagSource::Absent => Vec::new(),
                    };
                    self.strings.id(&value)
                }
            };
        }
        key[MAX_DIMS] = grid_id;
        key
    }

    /// Estimates unknown usage and returns the report.
    pub fn finish(mut self) -> Report {
        let provider = self.columns.provider;
        // AWS and GCP estimate unknown usage from its cost; Azure from its amount
        // (ESTIMATE_UNKNOWN_USAGE_BY in CCF's constants).
        let by_amount = provider == Provider::Azure && self.columns.format != Format::QueryResult;
        self.summary.unknown_method = if by_amount {
            text::METHOD_AMOUNT
        } else {
            text::METHOD_COST
        };
        let unknown = std::mem::take(&mut self.unknown);
        for ((key, service, unit, region), sums) in unknown {
            let ratio = |k: &Known| {
                if by_amount {
                    (k.amount > 0.0).then(|| k.kwh / k.amount)
                } else {
                    (k.cost > 0.0).then(|| k.kwh / k.cost)
                }
            };
            let rate = self
                .known_by_service
                .get(&(service, unit))
                .and_then(ratio)
                .or_else(|| self.known_by_unit.get(&unit).and_then(ratio))
                .or_else(|| ratio(&self.known_total));
            self.summary.unknown.lines += sums.lines;
            self.summary.unknown.cost += sums.cost;
            let Some(rate) = rate else {
                self.summary.unestimated.lines += sums.lines;
                self.summary.unestimated.cost += sums.cost;
                continue;
            };
            let base = if by_amount { sums.amount } else { sums.cost };
            let kwh = (rate * base).max(0.0);
            let region_name = self.strings.name(region).to_owned();
            let (grid, _) = self.estimator.grid_kg_per_kwh(provider, &region_name);
            self.summary.unknown_kwh += kwh;
            let g = self.groups.entry(key).or_default();
            g.kwh += kwh;
            g.co2e_kg += kwh * grid;
            g.cost += sums.cost;
            g.lines += sums.lines;
        }
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
        let mut assumed: Vec<(String, u64)> = self.assumed.into_iter().collect();
        assumed.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        self.summary.assumed = assumed;
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
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .buffer_capacity(1 << 20)
        .from_reader(input);
    let header: Vec<String> = reader
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    if options.group_by.len() > MAX_DIMS {
        return Err(Error::Header(text::too_many_dims(MAX_DIMS)));
    }
    let columns = format::detect(&header, &tag_names(&options.group_by)).map_err(Error::Header)?;
    let mut aggregator = Aggregator::new(coefficients, columns, options);
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                match e.into_kind() {
                    csv::ErrorKind::Io(io) => return Err(Error::Io(io)),
                    other => {
                        aggregator.summary.lines_read += 1;
                        aggregator.malformed(line, None, text::csv_error(&format!("{other:?}")));
                        if aggregator.should_stop() {
                            aggregator.summary.stopped = true;
                            break;
                        }
                        continue;
                    }
                }
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        aggregator.line(&record, line);
        if aggregator.should_stop() {
            aggregator.summary.stopped = true;
            break;
        }
        if aggregator.summary.lines_read.is_multiple_of(65_536) {
            progress(aggregator.summary.lines_read);
        }
    }
    Ok(aggregator.finish())
}

fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::Io(io),
        other => Error::Header(text::csv_error(&format!("{other:?}"))),
    }
}
