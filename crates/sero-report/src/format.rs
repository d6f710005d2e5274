//! Text in the SVG: numbers for people, coordinates for the renderer, and escaped labels.
//!
//! Every number that reaches the document goes through here, so the output stays deterministic
//! and compact whatever the arithmetic before it produced.

/// A number for a reader: three significant figures, no trailing zeros, plain decimals for
/// everyday magnitudes and scientific notation for very large or very small ones
/// (`0.0123`, `12.3`, `1230`, `1.23e-5`).
pub(crate) fn number(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    if value == 0.0 {
        return "0".to_owned();
    }
    // Rounding to three significant figures first, then reading the exponent of the rounded
    // value, keeps 9.996 from becoming "10.0" with a stray figure.
    let scientific = format!("{value:.2e}");
    let (mantissa, exponent) = scientific
        .split_once('e')
        .expect("`{:e}` formatting always writes an exponent");
    let exponent: i32 = exponent
        .parse()
        .expect("`{:e}` formatting writes an integer exponent");
    if (-4..3).contains(&exponent) {
        let decimals = usize::try_from(2 - exponent).expect("the exponent is at most 2");
        trim_zeros(format!("{value:.decimals$}"))
    } else if (3..6).contains(&exponent) {
        // Whole numbers: the three figures, then zeros.
        let zeros = usize::try_from(exponent - 2).expect("the exponent is at least 3");
        format!("{}{}", mantissa.replace('.', ""), "0".repeat(zeros))
    } else {
        format!("{}e{exponent}", trim_zeros(mantissa.to_owned()))
    }
}

/// A coordinate or length: at most two decimals, which is a hundredth of a pixel at the chart's
/// own size, and no `-0`.
pub(crate) fn coordinate(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 0.0 || !rounded.is_finite() {
        return "0".to_owned();
    }
    // `Display` writes the shortest decimal that reads back as the same `f64`; for a multiple of
    // a hundredth that is the two-decimal form.
    format!("{rounded}")
}

fn trim_zeros(mut text: String) -> String {
    if text.contains('.') {
        while text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    text
}

/// `text` as XML character data or attribute value: the five special characters as entities,
/// and the control characters XML 1.0 forbids left out.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' | '\n' | '\r' => escaped.push(character),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            _ => escaped.push(character),
        }
    }
    escaped
}

/// `text` shortened to at most `max_chars` characters, with an ellipsis when cut.
pub(crate) fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    short.push('…');
    short
}

/// Round tick values from 0 up to at least `max`: steps of 1, 2 or 5 times a power of ten,
/// the smallest step that needs at most five intervals. As the candidate steps grow by at most
/// 2.5 times, that step needs at least three, so an axis has four to six ticks.
pub(crate) fn ticks(max: f64) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let mut exponent = (max / 5.0).log10().floor() as i32 - 1;
    loop {
        for mantissa in [1_u32, 2, 5] {
            let step = tick_value(1, mantissa, exponent);
            // The allowance keeps 0.30000000000000004 / 0.1 from asking for a fourth interval.
            let intervals = (max / step - 1e-9).ceil();
            if intervals <= 5.0 {
                let intervals = intervals.max(1.0) as u32;
                return (0..=intervals)
                    .map(|index| tick_value(index, mantissa, exponent))
                    .collect();
            }
        }
        exponent += 1;
    }
}

/// `index × mantissa × 10^exponent`, divided rather than multiplied by the power of ten for
/// negative exponents so that 0.05 is the `f64` nearest to 0.05.
fn tick_value(index: u32, mantissa: u32, exponent: i32) -> f64 {
    let multiple = f64::from(index * mantissa);
    if exponent >= 0 {
        multiple * 10_f64.powi(exponent)
    } else {
        multiple / 10_f64.powi(-exponent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_three_significant_figures() {
        let cases = [
            (0.0, "0"),
            (0.012345, "0.0123"),
            (0.1, "0.1"),
            (0.15, "0.15"),
            (1.0, "1"),
            (9.996, "10"),
            (12.34, "12.3"),
            (1234.5, "1230"),
            (123_456.0, "123000"),
            (1_234_567.0, "1.23e6"),
            (0.000_012_3, "1.23e-5"),
            (0.000_1, "0.0001"),
            (-0.5, "-0.5"),
        ];
        for (value, expected) in cases {
            assert_eq!(number(value), expected, "number({value})");
        }
    }

    #[test]
    fn coordinates_have_at_most_two_decimals() {
        assert_eq!(coordinate(0.1 + 0.2), "0.3");
        assert_eq!(coordinate(123.456), "123.46");
        assert_eq!(coordinate(-0.001), "0");
        assert_eq!(coordinate(900.0), "900");
    }

    #[test]
    fn ticks_are_round_and_four_to_six() {
        let cases: [(f64, &[f64]); 6] = [
            (0.27, &[0.0, 0.1, 0.2, 0.3]),
            (0.3, &[0.0, 0.1, 0.2, 0.3]),
            (0.31, &[0.0, 0.1, 0.2, 0.3, 0.4]),
            (0.52, &[0.0, 0.2, 0.4, 0.6]),
            (1.0, &[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
            (4_400.0, &[0.0, 1000.0, 2000.0, 3000.0, 4000.0, 5000.0]),
        ];
        for (max, expected) in cases {
            assert_eq!(ticks(max), expected, "ticks({max})");
        }
        for step in 1..2_000 {
            let max = f64::from(step) * 0.001_37;
            let ticks = ticks(max);
            assert!((4..=6).contains(&ticks.len()), "{max}: {ticks:?}");
            assert!(*ticks.last().unwrap() >= max, "{max}: {ticks:?}");
        }
    }

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            escape("<a & \"b\" 'c'>\u{0}\u{1b}"),
            "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;"
        );
    }
}
