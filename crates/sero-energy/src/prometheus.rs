//! The Prometheus text exposition format, version 0.0.4 (Prometheus, "Exposition formats",
//! <https://prometheus.io/docs/instrumenting/exposition_formats/>), as Scaphandre and Kepler
//! serve it.
//!
//! Lines are `# HELP name text`, `# TYPE name type`, other `#` comments, blank lines, and
//! samples: `name{label="value",…} value [timestamp]`. Label values escape `\\`, `\"` and `\n`;
//! HELP text escapes `\\` and `\n`. Values are floats, including `NaN`, `+Inf` and `-Inf`;
//! timestamps are milliseconds since the Unix epoch. Errors give the line and column.

use std::fmt;

use sero_message::{Message, msg};

/// A metric family's declared type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricType {
    Counter,
    Gauge,
    Histogram,
    Summary,
    Untyped,
}

impl MetricType {
    fn parse(text: &str) -> Option<MetricType> {
        Some(match text {
            "counter" => MetricType::Counter,
            "gauge" => MetricType::Gauge,
            "histogram" => MetricType::Histogram,
            "summary" => MetricType::Summary,
            "untyped" => MetricType::Untyped,
            _ => return None,
        })
    }
}

/// What `# HELP` and `# TYPE` said about a metric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Family {
    pub name: String,
    pub help: Option<String>,
    pub kind: Option<MetricType>,
}

/// One sample line.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    pub name: String,
    /// Labels in the order written.
    pub labels: Vec<(String, String)>,
    pub value: f64,
    pub timestamp_ms: Option<i64>,
    /// 1-based line number.
    pub line: usize,
}

impl Sample {
    pub fn label(&self, name: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A parsed exposition.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Exposition {
    pub families: Vec<Family>,
    pub samples: Vec<Sample>,
}

impl Exposition {
    pub fn family(&self, name: &str) -> Option<&Family> {
        self.families.iter().find(|f| f.name == name)
    }
}

/// A syntax error, located.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: Message,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line,
            self.column,
            self.message.neutral()
        )
    }
}

impl std::error::Error for ParseError {}

/// A cursor over one line.
struct Cursor<'a> {
    line: &'a str,
    pos: usize,
    number: usize,
}

impl<'a> Cursor<'a> {
    fn error(&self, message: Message) -> ParseError {
        ParseError {
            line: self.number,
            column: self.line[..self.pos].chars().count() + 1,
            message,
        }
    }

    fn peek(&self) -> Option<char> {
        self.line[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.pos += 1;
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.line.len()
    }

    /// A metric name (`[a-zA-Z_:][a-zA-Z0-9_:]*`) or, with `colon` false, a label name.
    fn name(&mut self, colon: bool, what: Message) -> Result<&'a str, ParseError> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            let ok = c.is_ascii_alphabetic()
                || c == '_'
                || (colon && c == ':')
                || (self.pos > start && c.is_ascii_digit());
            if !ok {
                break;
            }
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.error(msg!("prometheus-error-expected", what = what)));
        }
        Ok(&self.line[start..self.pos])
    }

    /// A token up to the next blank.
    fn token(&mut self) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c == ' ' || c == '\t' {
                break;
            }
            self.pos += c.len_utf8();
        }
        &self.line[start..self.pos]
    }

    /// A quoted label value, after its opening quote.
    fn label_value(&mut self) -> Result<String, ParseError> {
        let mut value = String::new();
        loop {
            let escape_at = self.pos;
            match self.bump() {
                None => return Err(self.error(msg!("prometheus-error-unterminated-label"))),
                Some('"') => return Ok(value),
                Some('\\') => match self.bump() {
                    Some('\\') => value.push('\\'),
                    Some('"') => value.push('"'),
                    Some('n') => value.push('\n'),
                    _ => {
                        self.pos = escape_at;
                        return Err(self.error(msg!("prometheus-error-invalid-escape")));
                    }
                },
                Some(c) => value.push(c),
            }
        }
    }
}

/// Reads a value as Go's `ParseFloat` does for the format (`NaN`, `+Inf`, `-Inf`, decimals
/// and exponents).
pub fn parse_value(text: &str) -> Option<f64> {
    match text {
        "NaN" => Some(f64::NAN),
        "+Inf" | "Inf" => Some(f64::INFINITY),
        "-Inf" => Some(f64::NEG_INFINITY),
        _ => {
            let ok = !text.is_empty()
                && text
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
            if ok { text.parse().ok() } else { None }
        }
    }
}

fn unescape_help(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('\\') => out.push('\\'),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Parses a whole exposition.
pub fn parse(text: &str) -> Result<Exposition, ParseError> {
    let mut exposition = Exposition::default();
    for (index, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let mut cursor = Cursor {
            line,
            pos: 0,
            number: index + 1,
        };
        cursor.skip_blanks();
        if cursor.at_end() {
            continue;
        }
        if cursor.peek() == Some('#') {
            comment(&mut cursor, &mut exposition)?;
        } else {
            let sample = sample(&mut cursor)?;
            exposition.samples.push(sample);
        }
    }
    Ok(exposition)
}

fn family<'e>(exposition: &'e mut Exposition, name: &str) -> &'e mut Family {
    if let Some(i) = exposition.families.iter().position(|f| f.name == name) {
        &mut exposition.families[i]
    } else {
        exposition.families.push(Family {
            name: name.to_owned(),
            help: None,
            kind: None,
        });
        exposition.families.last_mut().expect("just pushed")
    }
}

fn comment(cursor: &mut Cursor<'_>, exposition: &mut Exposition) -> Result<(), ParseError> {
    cursor.bump();
    cursor.skip_blanks();
    let keyword = cursor.token();
    if keyword != "HELP" && keyword != "TYPE" {
        return Ok(());
    }
    cursor.skip_blanks();
    let name = cursor.name(true, msg!("prometheus-what-metric-after-comment"))?;
    if keyword == "HELP" {
        // One blank separates the name from the text; the rest is the text.
        if matches!(cursor.peek(), Some(' ' | '\t')) {
            cursor.bump();
        }
        let help = unescape_help(&cursor.line[cursor.pos..]);
        let entry = family(exposition, name);
        // Several scrapes written one after the other repeat the same HELP: that is fine.
        match &entry.help {
            Some(existing) if *existing != help => {
                cursor.pos = 0;
                return Err(cursor.error(msg!("prometheus-error-second-help", name = name)));
            }
            _ => entry.help = Some(help),
        }
        return Ok(());
    }
    cursor.skip_blanks();
    let type_at = cursor.pos;
    let kind_text = cursor.token();
    let Some(kind) = MetricType::parse(kind_text) else {
        cursor.pos = type_at;
        return Err(cursor.error(msg!("prometheus-error-unknown-type", kind = kind_text)));
    };
    match exposition.family(name).and_then(|f| f.kind) {
        // The same declaration again, as in several scrapes written one after the other.
        Some(existing) if existing == kind => return Ok(()),
        Some(_) => {
            cursor.pos = 0;
            return Err(cursor.error(msg!("prometheus-error-second-type", name = name)));
        }
        None => {}
    }
    if exposition
        .samples
        .iter()
        .any(|s| s.name == name || s.name.strip_prefix(name).is_some_and(is_sub_suffix))
    {
        cursor.pos = 0;
        return Err(cursor.error(msg!("prometheus-error-type-after-samples", name = name)));
    }
    family(exposition, name).kind = Some(kind);
    Ok(())
}

/// Suffixes of the samples of histograms and summaries.
fn is_sub_suffix(suffix: &str) -> bool {
    matches!(suffix, "_sum" | "_count" | "_bucket")
}

fn sample(cursor: &mut Cursor<'_>) -> Result<Sample, ParseError> {
    let line = cursor.number;
    let name = cursor
        .name(true, msg!("prometheus-what-metric"))?
        .to_owned();
    let mut labels: Vec<(String, String)> = Vec::new();
    // The names seen, once there are many: a sample of a million labels is checked for a
    // repeated name in linear time, not quadratic.
    let mut names: Option<std::collections::HashSet<String>> = None;
    cursor.skip_blanks();
    if cursor.peek() == Some('{') {
        cursor.bump();
        loop {
            cursor.skip_blanks();
            if cursor.peek() == Some('}') {
                cursor.bump();
                break;
            }
            let label_at = cursor.pos;
            let label = cursor
                .name(false, msg!("prometheus-what-label"))?
                .to_owned();
            let repeated = if labels.len() < 16 {
                labels.iter().any(|(n, _)| *n == label)
            } else {
                let names =
                    names.get_or_insert_with(|| labels.iter().map(|(n, _)| n.clone()).collect());
                !names.insert(label.clone())
            };
            if repeated {
                cursor.pos = label_at;
                return Err(cursor.error(msg!("prometheus-error-label-twice", label = &label)));
            }
            cursor.skip_blanks();
            if cursor.peek() != Some('=') {
                return Err(cursor.error(msg!("prometheus-error-expected-equals", label = &label)));
            }
            cursor.bump();
            cursor.skip_blanks();
            if cursor.peek() != Some('"') {
                return Err(cursor.error(msg!("prometheus-error-unquoted-value")));
            }
            cursor.bump();
            let value = cursor.label_value()?;
            labels.push((label, value));
            cursor.skip_blanks();
            match cursor.peek() {
                Some(',') => {
                    cursor.bump();
                }
                Some('}') => {}
                _ => return Err(cursor.error(msg!("prometheus-error-expected-comma"))),
            }
        }
    }
    cursor.skip_blanks();
    let value_at = cursor.pos;
    let value_text = cursor.token();
    if value_text.is_empty() {
        return Err(cursor.error(msg!("prometheus-error-no-value", name = &name)));
    }
    let Some(value) = parse_value(value_text) else {
        cursor.pos = value_at;
        return Err(cursor.error(msg!("prometheus-error-not-a-number", value = value_text)));
    };
    cursor.skip_blanks();
    let mut timestamp_ms = None;
    if !cursor.at_end() {
        let at = cursor.pos;
        let text = cursor.token();
        match text.parse::<i64>() {
            Ok(t) => timestamp_ms = Some(t),
            Err(_) => {
                cursor.pos = at;
                return Err(cursor.error(msg!("prometheus-error-not-a-timestamp", value = text)));
            }
        }
        cursor.skip_blanks();
        if !cursor.at_end() {
            return Err(cursor.error(msg!("prometheus-error-after-timestamp")));
        }
    }
    Ok(Sample {
        name,
        labels,
        value,
        timestamp_ms,
        line,
    })
}
