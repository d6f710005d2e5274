//! The CSV files of `CSVLookup` and `CSVImport`: local files only (sero does
//! not fetch URLs at run time), read as csv-parse reads them with `columns`,
//! `skip_empty_lines` and `cast`, and the `output` spec both builtins share.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::{IfError, Result};
use crate::pool::{Pool, Sym};
use crate::value::Value;
use crate::zod::Issues;

/// `'*'`, one column, `[column, rename]`, or `[[column, rename], …]`.
pub enum Output {
    All,
    Columns(Vec<(String, String)>),
}

pub fn output_spec(v: Option<&Value>, pool: &Pool) -> Option<Output> {
    let text = |v: &Value| v.as_str(pool).map(str::to_string);
    match v? {
        Value::Str(s) if pool.str(*s) == "*" => Some(Output::All),
        Value::Str(s) => Some(Output::Columns(vec![(
            pool.str(*s).to_string(),
            pool.str(*s).to_string(),
        )])),
        Value::Seq(seq) => {
            if seq.items.iter().all(|i| matches!(i, Value::Seq(_))) && !seq.items.is_empty() {
                let mut cols = Vec::new();
                for item in &seq.items {
                    let pair = item.as_seq()?;
                    let names: Option<Vec<String>> = pair.items.iter().map(text).collect();
                    let names = names?;
                    let column = names.first().cloned().unwrap_or_else(|| "undefined".into());
                    let title = names
                        .get(1)
                        .filter(|t| !t.is_empty())
                        .cloned()
                        .unwrap_or_else(|| column.clone());
                    cols.push((column, title));
                }
                Some(Output::Columns(cols))
            } else {
                let names: Option<Vec<String>> = seq.items.iter().map(text).collect();
                let names = names?;
                let column = names.first().cloned().unwrap_or_else(|| "undefined".into());
                let title = names
                    .get(1)
                    .filter(|t| !t.is_empty())
                    .cloned()
                    .unwrap_or_else(|| column.clone());
                Some(Output::Columns(vec![(column, title)]))
            }
        }
        _ => None,
    }
}

pub struct Table {
    pub columns: Vec<Sym>,
    pub rows: Vec<Vec<Value>>,
}

fn is_url(path: &str) -> bool {
    let scheme_end = path.find(':');
    match scheme_end {
        Some(i) if i > 1 => path[..i]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')),
        _ => false,
    }
}

fn read(filepath: &str, dirs: &[PathBuf]) -> Result<String> {
    if is_url(filepath) {
        return Err(IfError::new(
            "FetchingFileError",
            format!("Failed fetching the file: {filepath}.\nsero does not fetch files while it runs a manifest"),
        )
        .hint(sero_message::msg!("if-hint-fetch", url = filepath.to_string())));
    }
    let direct = Path::new(filepath);
    let mut candidates = vec![direct.to_path_buf()];
    if direct.is_relative() {
        candidates.extend(dirs.iter().map(|d| d.join(direct)));
    }
    let mut first_error = None;
    for c in &candidates {
        // Read whole only within the limit on an IF file's size, as UTF-8 (else placed).
        match sero_limits::read_text_within(c, &sero_limits::IF_FILE_SIZE) {
            Ok(text) => return Ok(text),
            Err(sero_limits::ReadError::Io(e)) => {
                first_error.get_or_insert(e);
            }
            Err(sero_limits::ReadError::TooLarge { bytes, limit }) => {
                return Err(IfError::limit(limit, bytes));
            }
            Err(other) => {
                let shown = c.display().to_string();
                let mut error = IfError::new(
                    "ReadFileError",
                    format!("Failed reading the file: {filepath}. \nnot UTF-8 text"),
                );
                error.words = Some(Box::new(other.message(&shown)));
                error.hint = other.hint();
                return Err(error);
            }
        }
    }
    let e = first_error.map(|e| e.to_string()).unwrap_or_default();
    Err(IfError::new(
        "ReadFileError",
        format!("Failed reading the file: {filepath}. \n{e}"),
    )
    .hint(sero_message::msg!("if-hint-file-path")))
}

/// csv-parse's `cast: true`: a field that is wholly a number becomes one.
fn cast(field: &str, pool: &mut Pool) -> Value {
    let n = crate::jsnum::parse_number(field);
    let f = crate::jsnum::parse_float(field);
    if n - f + 1.0 >= 0.0 {
        Value::Num(f)
    } else {
        Value::str(pool, field)
    }
}

/// Parses CSV text: quoted fields with `""` escapes, any line ending,
/// empty lines skipped, the first record as column names.
pub fn parse(text: &str, pool: &mut Pool) -> Result<Table> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records: Vec<(Vec<String>, usize)> = Vec::new();
    let mut field = String::new();
    let mut record: Vec<String> = Vec::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut line = 1usize;
    let mut record_line = 1usize;
    let mut chars = text.chars().peekable();
    let end_record = |record: &mut Vec<String>,
                      field: &mut String,
                      was_quoted: &mut bool,
                      records: &mut Vec<(Vec<String>, usize)>,
                      at: usize| {
        record.push(std::mem::take(field));
        let empty = record.len() == 1 && record[0].is_empty() && !*was_quoted;
        if !empty {
            records.push((std::mem::take(record), at));
        } else {
            record.clear();
        }
        *was_quoted = false;
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                quoted = true;
                was_quoted = true;
            }
            ',' => record.push(std::mem::take(&mut field)),
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_record(
                    &mut record,
                    &mut field,
                    &mut was_quoted,
                    &mut records,
                    record_line,
                );
                line += 1;
                record_line = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(IfError::new(
            "CSVParseError",
            format!(
                "CsvError: Quote Not Closed: the parsing is finished with an opening quote at line {record_line}"
            ),
        ));
    }
    if !field.is_empty() || !record.is_empty() || was_quoted {
        end_record(
            &mut record,
            &mut field,
            &mut was_quoted,
            &mut records,
            record_line,
        );
    }
    let mut iter = records.into_iter();
    let Some((header, _)) = iter.next() else {
        return Ok(Table {
            columns: Vec::new(),
            rows: Vec::new(),
        });
    };
    let columns: Vec<Sym> = header.iter().map(|h| pool.sym(h)).collect();
    let mut rows = Vec::new();
    for (fields, at) in iter {
        if fields.len() != columns.len() {
            return Err(IfError::new(
                "CSVParseError",
                format!(
                    "CsvError: Invalid Record Length: columns length is {}, got {} on line {at}",
                    columns.len(),
                    fields.len()
                ),
            ));
        }
        rows.push(fields.iter().map(|f| cast(f, pool)).collect());
    }
    Ok(Table { columns, rows })
}

fn nanify(v: &Value, pool: &mut Pool) -> Value {
    match v {
        Value::Null => Value::str(pool, "nan"),
        Value::Str(s) if pool.str(*s).is_empty() => Value::str(pool, "nan"),
        other => other.clone(),
    }
}

impl Table {
    pub fn get(&self, row: &[Value], column: Sym) -> Option<Value> {
        // A repeated column name keeps its last value, as a JavaScript object would.
        self.columns
            .iter()
            .rposition(|c| *c == column)
            .map(|i| row[i].clone())
    }

    /// The distinct columns in first-seen order.
    fn keys(&self) -> Vec<Sym> {
        let mut out: Vec<Sym> = Vec::new();
        for c in &self.columns {
            if !out.contains(c) {
                out.push(*c);
            }
        }
        out
    }

    pub fn filter(
        &self,
        row: &[Value],
        output: &Output,
        exclude: &[Sym],
        pool: &mut Pool,
    ) -> Result<Vec<(Sym, Value)>> {
        match output {
            Output::All => Ok(self
                .keys()
                .into_iter()
                .filter(|k| !exclude.contains(k))
                .map(|k| {
                    let v = self.get(row, k).unwrap_or(Value::Undefined);
                    (k, nanify(&v, pool))
                })
                .collect()),
            Output::Columns(cols) => {
                let mut out: Vec<(Sym, Value)> = Vec::new();
                for (column, title) in cols {
                    let c = pool.sym(column);
                    let Some(v) = self.get(row, c) else {
                        return Err(IfError::new(
                            "MissingCSVColumnError",
                            format!("There is no column with the name: {column}."),
                        ));
                    };
                    let t = pool.sym(title);
                    let v = nanify(&v, pool);
                    match out.iter_mut().find(|(k, _)| *k == t) {
                        Some(e) => e.1 = v,
                        None => out.push((t, v)),
                    }
                }
                Ok(out)
            }
        }
    }
}

/// Adds zod's issue for an `output` that is none of the shapes it takes.
pub fn check_output(issues: &mut Issues, config: &Config, pool: &Pool) {
    if output_spec(config.get_str(pool, "output"), pool).is_none() {
        issues.union("output", "Invalid input");
    }
}

/// The table `filepath` names, looked up in `search_dirs` when relative.
pub fn load(config: &Config, pool: &mut Pool, search_dirs: &[PathBuf]) -> Result<Table> {
    let path = config
        .get_str(pool, "filepath")
        .map(|v| v.to_js_string(pool))
        .unwrap_or_default();
    let text = read(&path, search_dirs)?;
    parse(&text, pool)
}

/// What IF keeps of either builtin's config (`CSVImport` keeps a `query` too).
pub fn kept(config: &Config, pool: &mut Pool) -> Config {
    config.pick(pool, ["filepath", "query", "output"])
}
