//! Numbers as JavaScript prints and parses them.

/// `Number.prototype.toString()`: the shortest digits that round-trip,
/// plain between 1e-7 and 1e21, exponent form outside.
pub fn to_js_string(x: f64) -> String {
    let mut out = String::new();
    write_js(&mut out, x);
    out
}

pub fn write_js(out: &mut String, x: f64) {
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "Infinity" } else { "-Infinity" });
        return;
    }
    if x == 0.0 {
        out.push('0');
        return;
    }
    // Integers below 2^53 print as themselves.
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        out.push_str(itoa::Buffer::new().format(x as i64));
        return;
    }
    if x < 0.0 {
        out.push('-');
    }
    // Ryū gives the shortest digits that round-trip; lay them out as
    // JavaScript's Number::toString does.
    let mut ryu_buf = ryu::Buffer::new();
    let text = ryu_buf.format_finite(x.abs());
    if !text.contains('e') {
        // Ryū writes 1e-5 <= x < 1e16 in decimal, with the digits
        // JavaScript writes for a number that is not an integer.
        out.push_str(text);
        return;
    }
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits = [0u8; 40];
    let mut k = 0usize;
    for &b in int_part.as_bytes().iter().chain(frac_part.as_bytes()) {
        if k < digits.len() {
            digits[k] = b;
            k += 1;
        }
    }
    let mut point = int_part.len() as i32;
    let mut start = 0usize;
    while start < k && digits[start] == b'0' {
        start += 1;
        point -= 1;
    }
    while k > start && digits[k - 1] == b'0' {
        k -= 1;
    }
    let digits = std::str::from_utf8(&digits[start..k]).unwrap_or("0");
    let k = digits.len() as i32;
    let n = point + exponent;
    if k <= n && n <= 21 {
        out.push_str(digits);
        for _ in 0..(n - k) {
            out.push('0');
        }
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        for _ in 0..(-n) {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if n > 0 { '+' } else { '-' });
        out.push_str(itoa::Buffer::new().format((n - 1).abs()));
    }
}

/// How `js-yaml` writes a number: integers as `toString()`, other numbers
/// as `toString()` with a `.` before a bare exponent (`1.e-7`), `-0.0`,
/// `.nan`, `.inf`.
pub fn write_yaml(out: &mut String, x: f64) {
    if x.is_nan() {
        out.push_str(".nan");
    } else if x.is_infinite() {
        out.push_str(if x > 0.0 { ".inf" } else { "-.inf" });
    } else if x == 0.0 && x.is_sign_negative() {
        out.push_str("-0.0");
    } else if x.fract() == 0.0 || (1e-5..1e16).contains(&x.abs()) {
        write_js(out, x);
    } else {
        let start = out.len();
        write_js(out, x);
        let written = &out[start..];
        let unsigned = written.trim_start_matches('-');
        if let Some(e) = unsigned.find('e')
            && !unsigned[..e].contains('.')
        {
            let at = start + (written.len() - unsigned.len()) + e;
            out.insert(at, '.');
        }
    }
}

/// JavaScript `Number(text)`.
pub fn parse_number(text: &str) -> f64 {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return 0.0;
    }
    let radix = |s: &str, r: u32| {
        if s.is_empty() {
            return f64::NAN;
        }
        let mut acc = 0.0f64;
        for c in s.chars() {
            match c.to_digit(r) {
                Some(d) => acc = acc * f64::from(r) + f64::from(d),
                None => return f64::NAN,
            }
        }
        acc
    };
    let lower = t.get(..2).map(str::to_ascii_lowercase);
    match lower.as_deref() {
        Some("0x") => return radix(&t[2..], 16),
        Some("0o") => return radix(&t[2..], 8),
        Some("0b") => return radix(&t[2..], 2),
        _ => {}
    }
    let (sign, body) = match t.as_bytes()[0] {
        b'-' => (-1.0, &t[1..]),
        b'+' => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    if !is_decimal_literal(body) {
        return f64::NAN;
    }
    body.parse::<f64>().map_or(f64::NAN, |v| sign * v)
}

/// `digits[.digits][e[+-]digits]` or `.digits[...]`, at least one digit.
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut mantissa_digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == b.len()
}

/// JavaScript `parseFloat(text)`: the longest decimal prefix.
pub fn parse_float(text: &str) -> f64 {
    let t = text.trim_start();
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    if body.starts_with("Infinity") {
        return sign * f64::INFINITY;
    }
    let mut end = 0;
    for i in (1..=body.len()).rev() {
        if body.is_char_boundary(i) && is_decimal_literal(&body[..i]) {
            end = i;
            break;
        }
    }
    if end == 0 {
        return f64::NAN;
    }
    body[..end].parse::<f64>().map_or(f64::NAN, |v| sign * v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_javascript() {
        for (x, s) in [
            (0.040991260400811774, "0.040991260400811774"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (7.714285714285713e-7, "7.714285714285713e-7"),
            (0.000001, "0.000001"),
            (1e21, "1e+21"),
            (123456789012345680000.0, "123456789012345680000"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-2.5, "-2.5"),
            (100.0, "100"),
            (1.2345e25, "1.2345e+25"),
        ] {
            assert_eq!(to_js_string(x), s);
        }
    }

    #[test]
    fn writes_like_js_yaml() {
        for (x, s) in [
            (1e-7, "1.e-7"),
            (1.5e-7, "1.5e-7"),
            (-0.0, "-0.0"),
            (1e21, "1e+21"),
        ] {
            let mut out = String::new();
            write_yaml(&mut out, x);
            assert_eq!(out, s);
        }
    }

    #[test]
    fn parses_like_javascript() {
        assert_eq!(parse_number(" 12 "), 12.0);
        assert_eq!(parse_number(""), 0.0);
        assert_eq!(parse_number("0x1F"), 31.0);
        assert!(parse_number("12abc").is_nan());
        assert_eq!(parse_float("12abc"), 12.0);
        assert_eq!(parse_number(".5e1"), 5.0);
        assert!(parse_number("1.e").is_nan());
    }
}
