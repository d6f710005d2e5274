//! How reports fit a person's screen: units chosen for the size of a figure, three
//! significant figures, and lines no wider than the terminal.

use std::io::IsTerminal;

use crate::cli::MassUnit;
use crate::i18n::localizer;

/// The width reports are laid out for: `COLUMNS` when set, else the terminal's, else 100.
pub fn width() -> usize {
    if let Some(columns) = sero_support::env::EnvVars::COLUMNS
        .get()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
    {
        return columns.max(40);
    }
    if std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
    {
        return usize::from(w).max(40);
    }
    100
}

/// The unit a mass of `kg` reads best in, unless one is forced: tonnes from a tonne, grams
/// under a kilogram, else kilograms.
pub fn mass_unit(kg: f64, forced: Option<MassUnit>) -> MassUnit {
    if let Some(unit) = forced {
        return unit;
    }
    let abs = kg.abs();
    if abs >= 1000.0 {
        MassUnit::T
    } else if abs < 1.0 && abs > 0.0 {
        MassUnit::G
    } else {
        MassUnit::Kg
    }
}

/// The unit a column of masses reads best in: the unit of its median, so most rows have few
/// digits and the largest still reads (a column of 2,600 kg and 1.2 kg is in kilograms).
pub fn column_unit(values: impl Iterator<Item = f64>, forced: Option<MassUnit>) -> MassUnit {
    let mut values: Vec<f64> = values
        .filter(|v| v.is_finite() && *v != 0.0)
        .map(f64::abs)
        .collect();
    if values.is_empty() {
        return mass_unit(0.0, forced);
    }
    values.sort_by(f64::total_cmp);
    mass_unit(values[values.len() / 2], forced)
}

/// The unit symbol, which is the same in every language.
pub fn symbol(unit: MassUnit) -> &'static str {
    match unit {
        MassUnit::T => "tCO2e",
        MassUnit::Kg => "kgCO2e",
        MassUnit::G => "gCO2e",
    }
}

/// `kg` expressed in `unit`, to three significant figures, digits grouped.
pub fn mass(kg: f64, unit: MassUnit) -> String {
    if !kg.is_finite() {
        return "–".to_owned();
    }
    let value = match unit {
        MassUnit::T => kg / 1000.0,
        MassUnit::Kg => kg,
        MassUnit::G => kg * 1000.0,
    };
    localizer().number(value)
}

/// `kg` in `unit` with its symbol: `8.54 tCO2e`.
pub fn mass_with_unit(kg: f64, unit: MassUnit) -> String {
    format!("{} {}", mass(kg, unit), symbol(unit))
}

/// Wraps `text` at spaces so no line is wider than `width` characters; continuation lines
/// start with `indent`. A word longer than a line is kept whole.
pub fn wrap(text: &str, width: usize, first: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(first);
    let mut line_len = first.chars().count();
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if !empty && line_len + 1 + len > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(indent);
            line_len = indent.chars().count();
            empty = true;
        }
        if !empty {
            line.push(' ');
            line_len += 1;
        }
        line.push_str(word);
        line_len += len;
        empty = false;
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// Cuts `text` to `max` characters, marking the cut with `…`.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_follow_the_size() {
        assert_eq!(mass_unit(8544.0, None), MassUnit::T);
        assert_eq!(mass_unit(0.712, None), MassUnit::G);
        assert_eq!(mass_unit(12.0, None), MassUnit::Kg);
        assert_eq!(mass_unit(0.0, None), MassUnit::Kg);
        assert_eq!(mass_unit(8544.0, Some(MassUnit::Kg)), MassUnit::Kg);
        assert_eq!(mass(8544.0, MassUnit::T), "8.54");
        assert_eq!(mass(0.712, MassUnit::G), "712");
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let text = "one two three four five six seven eight nine ten";
        let wrapped = wrap(text, 16, "  - ", "    ");
        assert!(
            wrapped.lines().all(|l| l.chars().count() <= 16),
            "{wrapped}"
        );
        let words: Vec<&str> = wrapped.split_whitespace().filter(|w| *w != "-").collect();
        assert_eq!(words.join(" "), text);
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
