//! Plain scalars resolved as `js-yaml` 4's default schema does (null, bool,
//! int, float and timestamp), shared by both readers (`fast.rs`, `yaml.rs`)
//! and by the writer, which quotes a string that would read back as another
//! type.

use crate::pool::Pool;
use crate::value::Value;

/// js-yaml's resolution of a plain scalar.
pub fn resolve_plain(text: &str, pool: &mut Pool) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let first = text.as_bytes()[0];
    if first.is_ascii_digit() || matches!(first, b'-' | b'+' | b'.') {
        if let Some(n) = resolve_int(text) {
            return Value::Num(n);
        }
        if let Some(n) = resolve_float(text) {
            return Value::Num(n);
        }
        if let Some(ms) = crate::time::parse_yaml_timestamp(text) {
            return Value::Date(ms);
        }
    }
    Value::str(pool, text)
}

pub fn resolve_int(text: &str) -> Option<f64> {
    let (sign, body) = match text.as_bytes()[0] {
        b'-' => (-1.0, &text[1..]),
        b'+' => (1.0, &text[1..]),
        _ => (1.0, text),
    };
    let radix = |digits: &str, r: u32| -> Option<f64> {
        if digits.is_empty() {
            return None;
        }
        let mut acc = 0.0f64;
        for c in digits.chars() {
            acc = acc * f64::from(r) + f64::from(c.to_digit(r)?);
        }
        acc.is_finite().then_some(sign * acc)
    };
    if body == "0" {
        return Some(sign * 0.0);
    }
    if let Some(rest) = body.strip_prefix("0b") {
        return radix(rest, 2);
    }
    if let Some(rest) = body.strip_prefix("0x") {
        return radix(rest, 16);
    }
    if let Some(rest) = body.strip_prefix("0o") {
        return radix(rest, 8);
    }
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: f64 = body.parse().ok()?;
    v.is_finite().then_some(sign * v)
}

pub fn resolve_float(text: &str) -> Option<f64> {
    match text {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    let b = text.as_bytes();
    let mut i = 0;
    let signed = matches!(b[0], b'-' | b'+');
    if signed {
        i = 1;
    }
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - int_start;
    if int_digits == 0 {
        // `.5` and `.5e3` (unsigned only)
        if signed || b.get(i) != Some(&b'.') {
            return None;
        }
        i += 1;
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return None;
        }
    } else if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == s {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    let v = crate::jsnum::parse_float(text);
    v.is_finite().then_some(v)
}
