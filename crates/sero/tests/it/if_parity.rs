//! Parity of `sero if run` with the Impact Framework 1.1.0 (`@grnsft/if`, the Green Software
//! Foundation's reference implementation, https://www.npmjs.com/package/@grnsft/if/v/1.1.0).
//!
//! The package is installed by `scripts/if-reference` into the folder named by `SERO_IF_DIR`
//! (`scripts/test` sets it). Without it these tests fail and say how to install it.
//!
//! - [`every_example_matches_the_impact_framework`]: every example manifest the package ships
//!   (`manifests/examples/**`) runs through `sero if run`; the result is compared with the
//!   expected result listed in `fixtures/if/examples.tsv` (written by `scripts/if-fixtures`):
//!   the package's shipped output, an if-run 1.1.0 output committed under `fixtures/if/expected/`,
//!   or a failure, which sero must report with a non-zero exit code and a message.
//! - [`generated_manifests_match_if_run`]: manifests from `scripts/if-generate` (1,000 and
//!   10,000 observations through an 8-plugin pipeline, 1,000 split over ten components, TimeSync,
//!   MockObservations) run through
//!   both `sero if run` and the package's `if-run` (Node.js), and the outputs are compared.
//!
//! Outputs are compared the way the Impact Framework's `if-diff` compares them (top-level
//! `name`, `description` and `tags` are ignored, of `execution` only `status` is compared, of
//! `initialize` not `outputs`; an expected `"*"` matches any value), except that numbers agree
//! when they are within a relative 1e-9 of each other, and every difference is listed.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::Command;

use saphyr_parser::{Event, Parser, ScalarStyle};

use super::Sandbox;

/// Relative tolerance on numbers: summation order differs between implementations.
const RELATIVE_TOLERANCE: f64 = 1e-9;

/// Examples on which sero deliberately differs from if-run 1.1.0, each with the Impact
/// Framework bug that makes if-run's result wrong. An entry that starts to match fails the test,
/// so the list cannot go stale.
const KNOWN_MISMATCHES: &[(&str, &str)] = &[];

/// Where the Impact Framework is installed: `$SERO_IF_DIR` (an npm project folder).
fn reference_dir() -> PathBuf {
    let hint = "run scripts/if-reference (it installs @grnsft/if@1.1.0 with npm and prints the \
                folder) and set SERO_IF_DIR to the folder it prints; scripts/test does both";
    let Some(dir) = sero_support::EnvVars::SERO_IF_DIR.get_os() else {
        panic!("SERO_IF_DIR is not set, so the Impact Framework parity tests cannot run: {hint}");
    };
    let dir = PathBuf::from(dir);
    if !dir.join("node_modules/@grnsft/if/package.json").is_file() {
        panic!(
            "SERO_IF_DIR={} holds no node_modules/@grnsft/if: {hint}",
            dir.display()
        );
    }
    dir
}

fn package_dir() -> PathBuf {
    reference_dir().join("node_modules/@grnsft/if")
}

// ---------------------------------------------------------------------------------------------
// A YAML reader that resolves scalars the way js-yaml 4 (the Impact Framework's) does.

/// A YAML value.
#[derive(Debug, Clone, PartialEq)]
enum Yaml {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    /// A plain scalar that js-yaml reads as a date, in the form js-yaml writes dates back
    /// (`2023-07-06T00:00:00.000Z`).
    Timestamp(String),
    Sequence(Vec<Yaml>),
    Mapping(Vec<(String, Yaml)>),
}

impl fmt::Display for Yaml {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Yaml::Null => f.write_str("null"),
            Yaml::Bool(b) => write!(f, "{b}"),
            Yaml::Number(n) => write!(f, "{n:?}"),
            Yaml::String(s) => write!(f, "{s:?}"),
            Yaml::Timestamp(s) => f.write_str(s),
            Yaml::Sequence(items) => write!(f, "[{} items]", items.len()),
            Yaml::Mapping(entries) => {
                let keys: Vec<&str> = entries.iter().take(4).map(|(k, _)| k.as_str()).collect();
                let more = if entries.len() > 4 { ", …" } else { "" };
                write!(f, "{{{}{more}}}", keys.join(", "))
            }
        }
    }
}

/// A collection being read: its anchor and what it holds so far (for a mapping, also a key
/// waiting for its value).
enum Frame {
    Sequence(usize, Vec<Yaml>),
    Mapping(usize, Vec<(String, Yaml)>, Option<String>),
}

/// Puts a finished value into the collection being read, or makes it the document.
fn finish(
    value: Yaml,
    anchor: usize,
    stack: &mut [Frame],
    anchors: &mut HashMap<usize, Yaml>,
    root: &mut Option<Yaml>,
) -> Result<(), String> {
    if anchor != 0 {
        anchors.insert(anchor, value.clone());
    }
    match stack.last_mut() {
        None => *root = Some(value),
        Some(Frame::Sequence(_, items)) => items.push(value),
        Some(Frame::Mapping(_, entries, key)) => match key.take() {
            None => match value {
                Yaml::String(k) | Yaml::Timestamp(k) => *key = Some(k),
                Yaml::Number(n) => *key = Some(number_key(n)),
                Yaml::Bool(b) => *key = Some(b.to_string()),
                Yaml::Null => *key = Some("null".to_owned()),
                other => return Err(format!("a mapping key that is not a scalar: {other}")),
            },
            Some(k) => entries.push((k, value)),
        },
    }
    Ok(())
}

/// Parses one YAML document.
fn parse_yaml(text: &str) -> Result<Yaml, String> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, Yaml> = HashMap::new();
    let mut root = None;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| format!("{e}"))?;
        match event {
            Event::Scalar(value, style, anchor, tag) => {
                let tagged_string = tag.as_ref().is_some_and(|t| t.suffix == "str");
                let resolved = if style == ScalarStyle::Plain && !tagged_string {
                    resolve_plain(&value)
                } else {
                    Yaml::String(value.into_owned())
                };
                finish(resolved, anchor, &mut stack, &mut anchors, &mut root)?;
            }
            Event::SequenceStart(anchor, _) => stack.push(Frame::Sequence(anchor, Vec::new())),
            Event::MappingStart(anchor, _) => {
                stack.push(Frame::Mapping(anchor, Vec::new(), None));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (anchor, value) = match stack.pop() {
                    Some(Frame::Sequence(anchor, items)) => (anchor, Yaml::Sequence(items)),
                    Some(Frame::Mapping(anchor, entries, _)) => (anchor, Yaml::Mapping(entries)),
                    None => return Err(format!("unbalanced YAML at byte {}", span.start.index())),
                };
                finish(value, anchor, &mut stack, &mut anchors, &mut root)?;
            }
            Event::Alias(id) => {
                let value = anchors
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| format!("an alias to an unknown anchor ({id})"))?;
                finish(value, 0, &mut stack, &mut anchors, &mut root)?;
            }
            Event::DocumentStart(_) if root.is_some() => {
                return Err("more than one YAML document".to_owned());
            }
            Event::StreamEnd => break,
            _ => {}
        }
    }
    Ok(root.unwrap_or(Yaml::Null))
}

fn number_key(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// js-yaml 4's default schema for a plain scalar: null, booleans, integers (decimal, `0b`,
/// `0o`, `0x`, with `_`), floats (with `.inf`, `.nan`), timestamps, else a string.
fn resolve_plain(text: &str) -> Yaml {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Yaml::Null,
        "true" | "True" | "TRUE" => return Yaml::Bool(true),
        "false" | "False" | "FALSE" => return Yaml::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Yaml::Number(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Yaml::Number(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Yaml::Number(f64::NAN),
        _ => {}
    }
    if let Some(n) = integer(text) {
        return Yaml::Number(n);
    }
    if is_float(text)
        && let Ok(n) = text.replace('_', "").parse::<f64>()
    {
        return Yaml::Number(n);
    }
    if let Some(ts) = timestamp(text) {
        return Yaml::Timestamp(ts);
    }
    Yaml::String(text.to_owned())
}

fn integer(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (radix, digits) = if let Some(d) = body.strip_prefix("0b") {
        (2, d)
    } else if let Some(d) = body.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = body.strip_prefix("0o") {
        (8, d)
    } else {
        (10, body)
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || !digits.chars().all(|c| c == '_' || c.is_digit(radix))
    {
        return None;
    }
    let mut value = 0f64;
    for c in digits.chars().filter(|&c| c != '_') {
        value = value * f64::from(radix) + f64::from(c.to_digit(radix)?);
    }
    Some(if negative { -value } else { value })
}

/// js-yaml's float pattern: `[-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?` or
/// `\.[0-9_]+(?:[eE][-+]?[0-9]+)?`, with at least one digit.
fn is_float(text: &str) -> bool {
    let s = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    if let Some(e) = exponent {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        if e.is_empty() || !e.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    if !digits(whole) || !fraction.is_none_or(digits) {
        return false;
    }
    if whole.is_empty() {
        fraction.is_some_and(|f| f.bytes().any(|b| b.is_ascii_digit()))
    } else {
        whole.as_bytes()[0].is_ascii_digit()
    }
}

/// js-yaml's timestamp type, written back as js-yaml writes a `Date` (UTC, milliseconds):
/// `YYYY-MM-DD`, or `YYYY-M-D` then `T`, `t` or blanks, `h:mm:ss`, an optional fraction and an
/// optional `Z` or `±h[:mm]` offset.
fn timestamp(text: &str) -> Option<String> {
    /// Takes `min..=max` ASCII digits from the front of `s`.
    fn digits(s: &mut &str, min: usize, max: usize) -> Option<i64> {
        let n = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
        if n < min {
            return None;
        }
        let (d, rest) = s.split_at(n);
        *s = rest;
        d.parse().ok()
    }
    fn literal(s: &mut &str, c: char) -> Option<()> {
        *s = s.strip_prefix(c)?;
        Some(())
    }
    let mut s = text;
    let year = digits(&mut s, 4, 4)?;
    literal(&mut s, '-')?;
    if text.len() == 10 {
        let month = digits(&mut s, 2, 2)?;
        literal(&mut s, '-')?;
        let day = digits(&mut s, 2, 2)?;
        return s.is_empty().then(|| utc(year, month, day, 0, 0, 0, 0));
    }
    let month = digits(&mut s, 1, 2)?;
    literal(&mut s, '-')?;
    let day = digits(&mut s, 1, 2)?;
    s = match s.strip_prefix(['T', 't']) {
        Some(rest) => rest,
        None => {
            let rest = s.trim_start_matches([' ', '\t']);
            if rest.len() == s.len() {
                return None;
            }
            rest
        }
    };
    let hour = digits(&mut s, 1, 2)?;
    literal(&mut s, ':')?;
    let minute = digits(&mut s, 2, 2)?;
    literal(&mut s, ':')?;
    let second = digits(&mut s, 2, 2)?;
    let mut millis = 0;
    if let Some(rest) = s.strip_prefix('.') {
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        let fraction = format!("{:0<3}", &rest[..n.min(3)]);
        millis = fraction.parse().ok()?;
        s = &rest[n..];
    }
    s = s.trim_start_matches([' ', '\t']);
    let mut offset = 0;
    if let Some(sign) = s.chars().next().filter(|c| *c == '+' || *c == '-') {
        s = &s[1..];
        let h = digits(&mut s, 1, 2)?;
        let m = if s.starts_with(':') {
            s = &s[1..];
            digits(&mut s, 2, 2)?
        } else {
            0
        };
        offset = (h * 60 + m) * if sign == '-' { -1 } else { 1 };
    } else if let Some(rest) = s.strip_prefix('Z') {
        s = rest;
    }
    if !s.is_empty() {
        return None;
    }
    Some(utc(year, month, day, hour, minute - offset, second, millis))
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` for a civil date and time (minutes may be out of range: they
/// carry into hours and days, as JavaScript's `Date.UTC` does), by Howard Hinnant's
/// `days_from_civil` and `civil_from_days`.
fn utc(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
) -> String {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let minutes = (era * 146_097 + doe - 719_468) * 1440 + hour * 60 + minute;
    let (days, minute_of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{second:02}.{millis:03}Z",
        minute_of_day / 60,
        minute_of_day % 60
    )
}

fn read_yaml(path: &Path) -> Result<Yaml, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_yaml(&text).map_err(|e| format!("{}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------------
// Comparison.

/// How numbers are compared.
#[derive(Clone, Copy, PartialEq)]
enum Numbers {
    /// Within [`RELATIVE_TOLERANCE`].
    Close,
    /// Not at all, only that a number is there (random inputs).
    Ignored,
}

/// Every difference between an expected and an actual output manifest, as
/// `path: expected … got …`.
fn differences(expected: &Yaml, got: &Yaml, numbers: Numbers) -> Vec<String> {
    let mut out = Vec::new();
    compare(Some(expected), Some(got), "", numbers, &mut out);
    out
}

fn compare(
    expected: Option<&Yaml>,
    got: Option<&Yaml>,
    path: &str,
    numbers: Numbers,
    out: &mut Vec<String>,
) {
    let show = |v: Option<&Yaml>| v.map_or_else(|| "(missing)".to_owned(), ToString::to_string);
    let mut differ = || {
        out.push(format!(
            "{path}: expected {} got {}",
            show(expected),
            show(got)
        ))
    };
    match (expected, got) {
        (Some(Yaml::String(s)), _) if s == "*" => {}
        (Some(Yaml::Number(a)), Some(Yaml::Number(b))) => {
            let close = (a - b).abs() <= RELATIVE_TOLERANCE * a.abs().max(b.abs())
                || (a.is_nan() && b.is_nan())
                || a == b;
            if numbers == Numbers::Close && !close {
                differ();
            }
        }
        (
            Some(Yaml::Timestamp(a) | Yaml::String(a)),
            Some(Yaml::Timestamp(b) | Yaml::String(b)),
        ) => {
            if a != b {
                differ();
            }
        }
        (Some(Yaml::Sequence(a)), Some(Yaml::Sequence(b))) => {
            for i in 0..a.len().max(b.len()) {
                compare(a.get(i), b.get(i), &format!("{path}[{i}]"), numbers, out);
            }
        }
        (Some(Yaml::Mapping(a)), Some(Yaml::Mapping(b))) => {
            let b_index: HashMap<&str, &Yaml> = b.iter().map(|(k, v)| (k.as_str(), v)).collect();
            let a_index: HashMap<&str, &Yaml> = a.iter().map(|(k, v)| (k.as_str(), v)).collect();
            let keys = a.iter().map(|(k, _)| k.as_str()).chain(
                b.iter()
                    .map(|(k, _)| k.as_str())
                    .filter(|k| !a_index.contains_key(k)),
            );
            for key in keys {
                let ignored = match path {
                    "" => matches!(key, "name" | "description" | "tags"),
                    "initialize" => key == "outputs",
                    "execution" => key != "status",
                    _ => false,
                };
                if !ignored {
                    let child = if path.is_empty() {
                        key.to_owned()
                    } else {
                        format!("{path}.{key}")
                    };
                    compare(
                        a_index.get(key).copied(),
                        b_index.get(key).copied(),
                        &child,
                        numbers,
                        out,
                    );
                }
            }
        }
        (Some(a), Some(b)) if a == b => {}
        _ => differ(),
    }
}

// ---------------------------------------------------------------------------------------------
// The package's examples.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Expected {
    Shipped,
    IfRun,
    Failure,
}

struct Example {
    path: String,
    expected: Expected,
    note: String,
}

fn examples_index() -> Vec<Example> {
    let index = super::fixture("if/examples.tsv");
    let text = std::fs::read_to_string(&index)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/if-fixtures", index.display()));
    text.lines()
        .skip(1)
        .enumerate()
        .map(|(i, line)| {
            let mut fields = line.splitn(3, '\t');
            let (Some(path), Some(expected), Some(note)) =
                (fields.next(), fields.next(), fields.next())
            else {
                panic!(
                    "{}:{}: expected three tab-separated fields",
                    index.display(),
                    i + 2
                );
            };
            let expected = match expected {
                "shipped" => Expected::Shipped,
                "if-run" => Expected::IfRun,
                "failure" => Expected::Failure,
                other => panic!(
                    "{}:{}: unknown expected result {other:?}",
                    index.display(),
                    i + 2
                ),
            };
            Example {
                path: path.to_owned(),
                expected,
                note: note.to_owned(),
            }
        })
        .collect()
}

/// Every file under `dir`, as paths relative to `dir` with `/` separators, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let entry = entry.expect("a directory entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = format!("{prefix}{name}");
            if entry.path().is_dir() {
                walk(&entry.path(), &format!("{relative}/"), out);
            } else {
                out.push(relative);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out);
    out.sort();
    out
}

/// Copies the package's `manifests/examples` into the sandbox at the same relative path (some
/// examples read files by paths relative to the working directory), pointing every URL at a
/// closed loopback port: the test suite never reaches the internet, and an example that needs a
/// file from the web must fail in sero as it fails in an offline if-run.
fn copy_examples(sandbox: &Sandbox, from: &Path) {
    for relative in files_under(from) {
        let target = sandbox.path(&format!("manifests/examples/{relative}"));
        std::fs::create_dir_all(target.parent().expect("a parent")).expect("create a folder");
        let bytes = std::fs::read(from.join(&relative)).expect("read an example");
        let bytes = match String::from_utf8(bytes) {
            Ok(text) => text.replace("https://", "http://127.0.0.1:9/").into_bytes(),
            Err(e) => e.into_bytes(),
        };
        std::fs::write(&target, bytes).expect("write an example");
    }
}

fn is_manifest(path: &str) -> bool {
    path.ends_with(".yml") || path.ends_with(".yaml")
}

#[test]
fn every_example_matches_the_impact_framework() {
    let package = package_dir();
    let examples_dir = package.join("manifests/examples");
    let index = examples_index();
    let sandbox = Sandbox::new();
    copy_examples(&sandbox, &examples_dir);

    let mut problems: Vec<String> = Vec::new();
    let shipped: Vec<String> = files_under(&examples_dir)
        .into_iter()
        .filter(|p| is_manifest(p))
        .collect();
    for path in &shipped {
        if !index.iter().any(|e| &e.path == path) {
            problems.push(format!(
                "{path}: an example the package ships but fixtures/if/examples.tsv does not list \
                 (run scripts/if-fixtures)"
            ));
        }
    }
    for (known, _) in KNOWN_MISMATCHES {
        if !index.iter().any(|e| e.path == *known) {
            problems.push(format!(
                "{known}: listed as a known mismatch but not an example"
            ));
        }
    }

    let mut table = String::from("\nexample | expected | result\n--- | --- | ---\n");
    for (i, example) in index.iter().enumerate() {
        if !shipped.contains(&example.path) {
            problems.push(format!(
                "{}: listed in fixtures/if/examples.tsv but not in the package",
                example.path
            ));
            continue;
        }
        let output = format!("out-{i}.yaml");
        let run = sandbox.run(&[
            "if",
            "run",
            &format!("manifests/examples/{}", example.path),
            "-o",
            &output,
        ]);
        let mut found: Vec<String> = Vec::new();
        let expected_label = match example.expected {
            Expected::Shipped => "shipped",
            Expected::IfRun => "if-run",
            Expected::Failure => "failure",
        };
        if example.expected == Expected::Failure {
            if run.code == 0 {
                found.push(format!(
                    "sero succeeded; expected a failure ({})",
                    example.note
                ));
            } else if !(run.code == 1 || run.code == 2) || run.stderr.contains("panicked") {
                found.push(format!(
                    "sero exited {} (expected 1 or 2 with a message): {}",
                    run.code,
                    run.stderr.trim()
                ));
            } else if run.stderr.trim().is_empty() {
                found.push("sero failed without a message on stderr".to_owned());
            }
        } else if run.code != 0 {
            found.push(format!("sero exited {}: {}", run.code, run.stderr.trim()));
        } else {
            // `x.yml` and `x.yaml` both have their output in `x.yaml`.
            let base = example
                .path
                .rsplit_once('.')
                .map_or(&*example.path, |p| p.0);
            let expected_path = if example.expected == Expected::Shipped {
                package.join(format!("manifests/outputs/{base}.yaml"))
            } else {
                super::fixture(&format!("if/expected/{base}.yaml"))
            };
            match (read_yaml(&expected_path), read_yaml(&sandbox.path(&output))) {
                (Ok(expected), Ok(got)) => found = differences(&expected, &got, Numbers::Close),
                (Err(e), _) => found.push(format!("expected output unreadable: {e}")),
                (_, Err(e)) => found.push(format!("sero's output unreadable: {e}")),
            }
        }
        let known = KNOWN_MISMATCHES.iter().find(|(p, _)| *p == example.path);
        let result = match (found.is_empty(), known) {
            (true, None) => "ok".to_owned(),
            (true, Some(_)) => {
                problems.push(format!(
                    "{}: listed as a known mismatch but now matches; remove it from \
                     KNOWN_MISMATCHES",
                    example.path
                ));
                "ok (stale known mismatch)".to_owned()
            }
            (false, Some((_, reason))) => format!("known mismatch: {reason}"),
            (false, None) => {
                let shown = found.len().min(5);
                let mut text = format!("{}: {} difference(s)", example.path, found.len());
                for line in &found[..shown] {
                    let _ = write!(text, "\n    {line}");
                }
                if found.len() > shown {
                    let _ = write!(text, "\n    … and {} more", found.len() - shown);
                }
                problems.push(text);
                format!("MISMATCH ({} difference(s))", found.len())
            }
        };
        let _ = writeln!(table, "{} | {expected_label} | {result}", example.path);
    }
    println!("{table}");
    assert!(
        problems.is_empty(),
        "{} of {} examples differ from the Impact Framework 1.1.0:\n{}\n{table}",
        problems.len(),
        index.len(),
        problems.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// Generated manifests through both implementations.

/// Runs the package's `if-run` on `manifest`, writing `output` (a `.yaml` file name: if-run
/// cuts `-o` at its last dot and adds `.yaml`, so a name without one could lose a folder).
fn if_run(manifest: &Path, output: &Path) -> PathBuf {
    let reference = reference_dir();
    let run = Command::new(reference.join("node_modules/.bin/if-run"))
        .arg("-m")
        .arg(manifest)
        .arg("-o")
        .arg(output)
        // if-run calls `npm list` in its working directory.
        .current_dir(&reference)
        .output()
        .unwrap_or_else(|e| panic!("run if-run (Node.js) from {}: {e}", reference.display()));
    let written = output.to_path_buf();
    assert!(
        run.status.success() && written.is_file(),
        "if-run failed on {}:\n{}",
        manifest.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    written
}

/// Writes `scripts/if-generate <kind> <n> [<children>]` into the sandbox as `<name>.yml`.
fn generate(sandbox: &Sandbox, name: &str, kind: &str, n: usize, children: usize) -> PathBuf {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/if-generate");
    let mut command = Command::new("python3");
    command.arg(&script).arg(kind).arg(n.to_string());
    if children > 1 {
        command.arg(children.to_string());
    }
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("run python3 {}: {e}", script.display()));
    assert!(
        output.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let file = format!("{name}.yml");
    sandbox.write(&file, &String::from_utf8(output.stdout).expect("UTF-8"));
    sandbox.path(&file)
}

#[test]
fn generated_manifests_match_if_run() {
    // (kind, observations, children, how numbers compare)
    let cases = [
        ("manifest", 1_000, 1, Numbers::Close),
        ("manifest", 10_000, 1, Numbers::Close),
        // Ten components side by side: component aggregation of the grouping node.
        ("manifest", 1_000, 10, Numbers::Close),
        ("ts", 100, 1, Numbers::Close),
        // MockObservations draws unseeded random utilisations: shape, timestamps and counts.
        ("mock", 200, 1, Numbers::Ignored),
    ];
    let sandbox = Sandbox::new();
    let mut problems = Vec::new();
    for (kind, n, children, numbers) in cases {
        let name = format!("{kind}-{n}-x{children}");
        let manifest = generate(&sandbox, &name, kind, n, children);
        let reference = if_run(&manifest, &sandbox.path(&format!("{name}-if-run.yaml")));
        let output = format!("{name}-sero.yaml");
        let run = sandbox.run(&["if", "run", &format!("{name}.yml"), "-o", &output]);
        if run.code != 0 {
            problems.push(format!(
                "{name}: sero exited {}: {}",
                run.code,
                run.stderr.trim()
            ));
            continue;
        }
        let expected = read_yaml(&reference).expect("if-run's output");
        let status = match &expected {
            Yaml::Mapping(entries) => entries.iter().find(|(k, _)| k == "execution"),
            _ => None,
        };
        assert!(
            matches!(status, Some((_, Yaml::Mapping(e))) if e.iter().any(|(k, v)| k == "status" && *v == Yaml::String("success".into()))),
            "if-run did not succeed on {name}"
        );
        let got = read_yaml(&sandbox.path(&output)).expect("sero's output");
        let found = differences(&expected, &got, numbers);
        if !found.is_empty() {
            problems.push(format!(
                "{name}: {} difference(s):\n    {}",
                found.len(),
                found
                    .iter()
                    .take(5)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n    ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// The comparison itself can fail.

#[test]
fn the_comparison_finds_every_difference_and_tolerates_rounding() {
    let expected = parse_yaml(
        "name: a\nexecution: {status: success, command: x}\ntree:\n  children:\n    c:\n      \
         outputs:\n        - {timestamp: 2023-07-06T00:00:00Z, carbon: 1.0, random: '*'}\n        \
         - {timestamp: '2023-07-06T00:01', carbon: 2.5e-3, on: true, off: ~}\n",
    )
    .expect("valid YAML");
    let same = parse_yaml(
        "name: b\nexecution: {status: success}\ntree:\n  children:\n    c:\n      outputs:\n        \
         - {timestamp: '2023-07-06T00:00:00.000Z', carbon: 1.0000000000001, random: 7}\n        \
         - {timestamp: '2023-07-06T00:01', carbon: 0.0025, on: true, off: null}\n",
    )
    .expect("valid YAML");
    assert_eq!(
        differences(&expected, &same, Numbers::Close),
        Vec::<String>::new()
    );

    let different = parse_yaml(
        "execution: {status: fail}\ntree:\n  children:\n    c:\n      outputs:\n        \
         - {timestamp: 2023-07-06T00:00:01Z, carbon: 1.000001}\n        \
         - {timestamp: '2023-07-06T00:01', carbon: 0.0025, on: 'true', extra: 1}\n        - {}\n",
    )
    .expect("valid YAML");
    assert_eq!(
        differences(&expected, &different, Numbers::Close),
        [
            "execution.status: expected \"success\" got \"fail\"",
            "tree.children.c.outputs[0].timestamp: expected 2023-07-06T00:00:00.000Z got \
             2023-07-06T00:00:01.000Z",
            "tree.children.c.outputs[0].carbon: expected 1.0 got 1.000001",
            "tree.children.c.outputs[1].on: expected true got \"true\"",
            "tree.children.c.outputs[1].off: expected null got (missing)",
            "tree.children.c.outputs[1].extra: expected (missing) got 1.0",
            "tree.children.c.outputs[2]: expected (missing) got {}",
        ]
    );
    assert_eq!(
        differences(&expected, &different, Numbers::Ignored).len(),
        6,
        "with numbers ignored only the carbon difference goes"
    );
}

#[test]
fn plain_scalars_resolve_as_in_js_yaml() {
    assert_eq!(resolve_plain("0x1F"), Yaml::Number(31.0));
    assert_eq!(resolve_plain("-1_000"), Yaml::Number(-1000.0));
    assert_eq!(resolve_plain(".5"), Yaml::Number(0.5));
    assert_eq!(resolve_plain("1e3"), Yaml::Number(1000.0));
    assert_eq!(resolve_plain("1."), Yaml::Number(1.0));
    assert_eq!(resolve_plain("e3"), Yaml::String("e3".into()));
    assert_eq!(resolve_plain("uk-west"), Yaml::String("uk-west".into()));
    assert_eq!(
        resolve_plain("2023-08-06T00:00"),
        Yaml::String("2023-08-06T00:00".into())
    );
    assert_eq!(
        resolve_plain("2023-08-06"),
        Yaml::Timestamp("2023-08-06T00:00:00.000Z".into())
    );
    assert_eq!(
        resolve_plain("2024-03-01T00:30:00.12+01:00"),
        Yaml::Timestamp("2024-02-29T23:30:00.120Z".into())
    );
    assert_eq!(
        resolve_plain("2023-07-06 00:00:00"),
        Yaml::Timestamp("2023-07-06T00:00:00.000Z".into())
    );
}
