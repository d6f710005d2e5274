//! How reports fit a person's screen: units chosen for the size of a figure, three
//! significant figures, and lines no wider than the terminal.

use std::io::IsTerminal;

use sero_render::MassUnit;
pub use sero_render::units::{column_unit, mass_unit, symbol};

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

/// `kg` expressed in `unit`, to three significant figures, digits grouped as the reader's
/// language groups them.
pub fn mass(kg: f64, unit: MassUnit) -> String {
    sero_render::units::mass(localizer(), kg, unit)
}

/// `kg` in `unit` with its symbol: `8.54 tCO2e`.
pub fn mass_with_unit(kg: f64, unit: MassUnit) -> String {
    sero_render::units::mass_with_unit(localizer(), kg, unit)
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
