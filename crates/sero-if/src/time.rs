//! ISO 8601 timestamps as milliseconds since 1970-01-01T00:00:00Z.
//!
//! This is sero's one date code that is not `jiff`, on purpose: the Impact Framework runs on
//! JavaScript, and parity with its outputs needs JavaScript's `Date` semantics exactly. Times
//! are `f64` milliseconds as a JavaScript `Date` holds them; `format_iso` writes what
//! `Date.toISOString()` writes; `parse_iso` accepts what Luxon's `DateTime.fromISO` accepts
//! (basic and extended forms, `24:00`, a comma before the fraction, fractions cut to
//! milliseconds), `parse_yaml_timestamp` what js-yaml takes for a timestamp and
//! `is_zod_datetime` what zod's `datetime()` takes. `jiff`'s parser accepts and refuses other
//! texts (and keeps nanoseconds), so building these on it would change IF's answers.

use std::fmt::Write;

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Milliseconds from date and time fields (UTC), if they form a real date.
pub fn from_fields(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64, ms: i64) -> Option<f64> {
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) {
        return None;
    }
    if h > 24 || mi > 59 || s > 59 || (h == 24 && (mi, s, ms) != (0, 0, 0)) {
        return None;
    }
    let days = days_from_civil(y, mo, d);
    Some((((days * 24 + h) * 60 + mi) * 60 + s) as f64 * 1000.0 + ms as f64)
}

/// `YYYY-MM-DDTHH:mm:ss.SSSZ`, as `Date.toISOString()` and Luxon's `toISO()` in UTC write it.
pub fn format_iso(ms: f64) -> String {
    let mut out = String::with_capacity(24);
    write_iso(&mut out, ms);
    out
}

pub fn write_iso(out: &mut String, ms: f64) {
    let total = ms.floor() as i64;
    let days = total.div_euclid(86_400_000);
    let rest = total.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    let _ = write!(
        out,
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3_600_000,
        rest / 60_000 % 60,
        rest / 1000 % 60,
        rest % 1000
    );
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, min: usize, max: usize) -> Option<(i64, usize)> {
        let start = self.i;
        while self.i < self.b.len() && self.i - start < max && self.b[self.i].is_ascii_digit() {
            self.i += 1;
        }
        let n = self.i - start;
        if n < min {
            return None;
        }
        let mut v = 0i64;
        for &c in &self.b[start..self.i] {
            v = v * 10 + i64::from(c - b'0');
        }
        Some((v, n))
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn done(&self) -> bool {
        self.i == self.b.len()
    }
}

/// Luxon's `DateTime.fromISO` for calendar dates, with times and offsets;
/// a time without an offset is UTC (as IF sets Luxon's default zone).
pub fn parse_iso(text: &str) -> Option<f64> {
    let mut c = Cursor {
        b: text.as_bytes(),
        i: 0,
    };
    let (y, _) = c.digits(4, 4)?;
    let dashed = c.eat(b'-');
    let (mo, _) = c.digits(2, 2)?;
    if dashed && !c.eat(b'-') {
        return None;
    }
    let (d, _) = c.digits(2, 2)?;
    let (mut h, mut mi, mut s, mut ms) = (0, 0, 0, 0);
    let mut offset_min = 0i64;
    if c.eat(b'T') || c.eat(b't') {
        h = c.digits(2, 2)?.0;
        let extended = c.eat(b':');
        if let Some((v, _)) = c.digits(2, 2) {
            mi = v;
            if !extended || c.eat(b':') {
                if let Some((v, _)) = c.digits(2, 2) {
                    s = v;
                    if c.eat(b'.') || c.eat(b',') {
                        let (frac, n) = c.digits(1, 9)?;
                        ms = match n {
                            1 => frac * 100,
                            2 => frac * 10,
                            3 => frac,
                            _ => frac / 10i64.pow(n as u32 - 3),
                        };
                    }
                } else if extended {
                    return None;
                }
            }
        } else if extended {
            return None;
        }
        if c.eat(b'Z') || c.eat(b'z') {
        } else if let Some(&sign) = c.b.get(c.i).filter(|b| **b == b'+' || **b == b'-') {
            c.i += 1;
            let (oh, _) = c.digits(2, 2)?;
            c.eat(b':');
            let om = c.digits(2, 2).map_or(0, |v| v.0);
            offset_min = (oh * 60 + om) * if sign == b'-' { -1 } else { 1 };
        }
    }
    if !c.done() {
        return None;
    }
    from_fields(y, mo, d, h, mi, s, ms).map(|t| t - offset_min as f64 * 60_000.0)
}

/// zod's `z.string().datetime()`: `YYYY-MM-DDTHH:mm:ss[.f+]Z` only.
pub fn is_zod_datetime(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.len() < 20 {
        return false;
    }
    let fixed = (0..4).all(digit)
        && b[4] == b'-'
        && digit(5)
        && digit(6)
        && b[7] == b'-'
        && digit(8)
        && digit(9)
        && b[10] == b'T'
        && digit(11)
        && digit(12)
        && b[13] == b':'
        && digit(14)
        && digit(15)
        && b[16] == b':'
        && digit(17)
        && digit(18);
    if !fixed {
        return false;
    }
    let rest = &b[19..];
    match rest {
        [b'Z'] => true,
        [b'.', frac @ .., b'Z'] => !frac.is_empty() && frac.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

/// js-yaml's implicit timestamp: `YYYY-MM-DD`, or with a time (`T`, `t` or
/// blanks), optional fraction and optional zone. Returns milliseconds.
pub fn parse_yaml_timestamp(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    if b.first().is_none_or(|c| !c.is_ascii_digit()) || b.len() < 8 {
        return None;
    }
    let mut c = Cursor { b, i: 0 };
    let (y, _) = c.digits(4, 4)?;
    if !c.eat(b'-') {
        return None;
    }
    if b.len() == 10 {
        let (mo, n1) = c.digits(2, 2)?;
        if !c.eat(b'-') || n1 != 2 {
            return None;
        }
        let (d, _) = c.digits(2, 2)?;
        if !c.done() {
            return None;
        }
        return Some(date_utc(y, mo, d, 0, 0, 0, 0));
    }
    let (mo, _) = c.digits(1, 2)?;
    if !c.eat(b'-') {
        return None;
    }
    let (d, _) = c.digits(1, 2)?;
    if !(c.eat(b'T') || c.eat(b't')) {
        let start = c.i;
        while c.eat(b' ') || c.eat(b'\t') {}
        if c.i == start {
            return None;
        }
    }
    let (h, _) = c.digits(1, 2)?;
    if !c.eat(b':') {
        return None;
    }
    let (mi, _) = c.digits(2, 2)?;
    if !c.eat(b':') {
        return None;
    }
    let (s, _) = c.digits(2, 2)?;
    let mut ms = 0;
    if c.eat(b'.') {
        let start = c.i;
        while c.i < b.len() && b[c.i].is_ascii_digit() {
            c.i += 1;
        }
        let frac = &text[start..c.i];
        let mut f: String = frac.chars().take(3).collect();
        while f.len() < 3 {
            f.push('0');
        }
        ms = f.parse::<i64>().unwrap_or(0);
    }
    while c.eat(b' ') || c.eat(b'\t') {}
    let mut delta = 0i64;
    if c.eat(b'Z') {
    } else if let Some(&sign) = b.get(c.i).filter(|x| **x == b'+' || **x == b'-') {
        c.i += 1;
        let (th, _) = c.digits(1, 2)?;
        let tm = if c.eat(b':') { c.digits(2, 2)?.0 } else { 0 };
        delta = (th * 60 + tm) * 60_000 * if sign == b'-' { -1 } else { 1 };
    }
    if !c.done() {
        return None;
    }
    Some(date_utc(y, mo, d, h, mi, s, ms) - delta as f64)
}

/// `Date.UTC`, which rolls over out-of-range fields.
fn date_utc(y: i64, mo: i64, d: i64, h: i64, mi: i64, s: i64, ms: i64) -> f64 {
    let y = y + (mo - 1).div_euclid(12);
    let mo = (mo - 1).rem_euclid(12) + 1;
    let days = days_from_civil(y, mo, 1) + d - 1;
    (((days * 24 + h) * 60 + mi) * 60 + s) as f64 * 1000.0 + ms as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let t = parse_iso("2024-01-01T00:01:00.000Z").unwrap();
        assert_eq!(t, 1_704_067_260_000.0);
        assert_eq!(format_iso(t), "2024-01-01T00:01:00.000Z");
        assert_eq!(parse_iso("2023-08-06T00:00"), Some(1_691_280_000_000.0));
        assert_eq!(
            parse_iso("2023-08-06T02:00+02:00"),
            Some(1_691_280_000_000.0)
        );
        assert_eq!(parse_iso("2023-02-30T00:00"), None);
        assert!(is_zod_datetime("2023-12-12T00:00:00.000Z"));
        assert!(!is_zod_datetime("2023-12-12T00:00:00"));
        assert_eq!(
            parse_yaml_timestamp("2023-12-12T00:00:00.000Z"),
            parse_iso("2023-12-12T00:00:00.000Z")
        );
        assert_eq!(parse_yaml_timestamp("2023-08-06T00:00"), None);
        assert_eq!(parse_yaml_timestamp("2024-01-01"), parse_iso("2024-01-01"));
    }
}
