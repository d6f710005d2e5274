//! Numbers as each language writes them.
//!
//! English and Welsh write numbers the same way: a full stop before the decimals and a comma
//! between groups of three digits (Unicode CLDR, locales `en-GB` and `cy`, `numbers` →
//! `symbols-numberSystem-latn`: decimal `.`, group `,`; https://cldr.unicode.org). The language
//! is still passed, so a language that writes them otherwise needs only a row here.

use crate::Lang;

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En | Lang::Cy => ('.', ','),
    }
}

/// `value` to `figures` significant figures, digits grouped: 8,544.2 → `8,540`, 0.0123456 →
/// `0.0123`, 41.25 → `41.3`. Not finite values are written as Rust writes them.
pub fn format_significant(lang: Lang, value: f64, figures: u32) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    let figures = figures.max(1) as i32;
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = figures - 1 - magnitude;
    // Halves round away from zero, as people round (41.25 → 41.3), not to even.
    let text = if decimals > 0 {
        let scale = 10f64.powi(decimals);
        let rounded = (value * scale).round() / scale;
        format!("{rounded:.prec$}", prec = decimals as usize)
    } else {
        let scale = 10f64.powi(-decimals);
        format!("{:.0}", (value / scale).round() * scale)
    };
    group(lang, &text)
}

/// A count, digits grouped: `12,000`.
pub fn format_count(lang: Lang, value: i64) -> String {
    group(lang, &value.to_string())
}

/// A figure in full (the shortest text that reads back as the same number), digits grouped.
pub fn format_exact(lang: Lang, value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    group(lang, &value.to_string())
}

/// Groups the integer digits of a number written with `.` as its decimal point, and writes
/// the language's decimal point.
fn group(lang: Lang, text: &str) -> String {
    let (decimal, separator) = separators(lang);
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (integer, fraction) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut out = String::with_capacity(text.len() + integer.len() / 3 + 1);
    // "-0" after rounding a tiny negative number reads as zero.
    if !(integer.chars().all(|c| c == '0') && fraction.is_none_or(|f| f.chars().all(|c| c == '0')))
    {
        out.push_str(sign);
    }
    for (i, digit) in integer.chars().enumerate() {
        if i > 0 && (integer.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_significant_figures() {
        let s = |v| format_significant(Lang::En, v, 3);
        assert_eq!(s(8544.2), "8,540");
        assert_eq!(s(0.712), "0.712");
        assert_eq!(s(0.0123456), "0.0123");
        assert_eq!(s(41.25), "41.3");
        assert_eq!(s(999.6), "1,000");
        assert_eq!(s(1_571_000.0), "1,570,000");
        assert_eq!(s(-2.345), "-2.35");
        assert_eq!(s(-0.0), "0");
        assert_eq!(s(5.0), "5.00");
        assert_eq!(s(f64::INFINITY), "inf");
    }

    #[test]
    fn counts_and_exact_figures_are_grouped() {
        assert_eq!(format_count(Lang::Cy, 12_000), "12,000");
        assert_eq!(format_count(Lang::En, -1_234_567), "-1,234,567");
        assert_eq!(format_count(Lang::En, 999), "999");
        assert_eq!(format_exact(Lang::En, 0.000233), "0.000233");
        assert_eq!(format_exact(Lang::En, 1234.5), "1,234.5");
    }
}
