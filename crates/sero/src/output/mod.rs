//! Renderings of results for the terminal: readable tables fitted to its width. HTML, JSON and
//! CSV of an assessment or a comparison are `sero-render`'s, in the reader's language.

pub mod document;
pub mod inventory;
pub mod layout;
pub mod page;
pub mod table;

/// How every command refuses: `error: …` and, under it, `  = hint: …`, in the reader's
/// language (each a `Message` or words already rendered).
pub fn refuse(error: impl Into<sero_core::Arg>, hint: impl Into<sero_core::Arg>) -> crate::Failure {
    crate::Failure::input(format!(
        "{}\n  {}",
        crate::tr!("error-line", message = error.into()),
        crate::tr!("hint-line", hint = hint.into())
    ))
}

/// `  = hint: …`: a hint under an error line.
pub fn hint_line(hint: &str) -> String {
    format!("  {}", crate::tr!("hint-line", hint = hint))
}

/// Messages in the reader's language, in order.
pub fn said(messages: &[sero_core::Message]) -> Vec<String> {
    sero_render::said(crate::i18n::localizer(), messages)
}

/// The assessment's assumptions and model defaults, one line each with the components it
/// applies to, in the reader's language.
pub fn assumption_lines(a: &sero_core::Assessment) -> Vec<String> {
    sero_render::estimate::assumption_lines(a, crate::i18n::localizer())
}

/// A number with precision by magnitude: 12,346 / 123.5 / 1.235 / 0.01235.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let abs = value.abs();
    let decimals = if abs >= 1000.0 {
        0
    } else if abs >= 100.0 {
        1
    } else if abs >= 1.0 {
        2
    } else if abs == 0.0 {
        0
    } else {
        // three significant figures
        (2 - abs.log10().floor() as i32).clamp(0, 12) as usize
    };
    let text = format!("{value:.decimals$}");
    group_thousands(&text)
}

fn group_thousands(text: &str) -> String {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A percentage with one decimal.
pub fn percent(fraction: f64) -> String {
    if fraction.is_finite() {
        format!("{:.1}%", fraction * 100.0)
    } else {
        "–".to_owned()
    }
}

/// Left- and right-aligned columns, widths by character count.
pub struct Grid {
    rows: Vec<Vec<String>>,
    right: Vec<bool>,
    header: bool,
}

impl Grid {
    pub fn new(header: &[&str], right: &[bool]) -> Self {
        Grid {
            rows: vec![header.iter().map(|s| (*s).to_owned()).collect()],
            right: right.to_vec(),
            header: header.iter().any(|h| !h.is_empty()),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self, indent: &str) -> String {
        self.render_within(indent, usize::MAX, &[])
    }

    /// Renders no wider than `width` characters when it can, by cutting the cells of the
    /// `shrinkable` columns (text columns such as names) with a `…` marker; other columns are
    /// never cut.
    pub fn render_within(&self, indent: &str, width: usize, shrinkable: &[usize]) -> String {
        let mut widths = self.widths();
        let gaps = 2 * widths.len().saturating_sub(1);
        let natural = indent.chars().count() + widths.iter().sum::<usize>() + gaps;
        let mut excess = natural.saturating_sub(width);
        const NARROWEST: usize = 8;
        while excess > 0 {
            let Some(&widest) = shrinkable
                .iter()
                .filter(|c| widths.get(**c).is_some_and(|w| *w > NARROWEST))
                .max_by_key(|c| widths[**c])
            else {
                break;
            };
            let cut = excess.min(widths[widest] - NARROWEST);
            widths[widest] -= cut;
            excess -= cut;
        }
        self.render_widths(indent, &widths)
    }

    /// Renders the last column's cells (prose, such as descriptions) wrapped under their own
    /// column so no line is wider than `width` when the other columns leave it room, else on
    /// lines of their own under each row. Words longer than a line are kept whole.
    pub fn render_wrapping_last(&self, indent: &str, width: usize) -> String {
        let widths = self.widths();
        let Some((_, lead)) = widths.split_last() else {
            return String::new();
        };
        let natural = indent.chars().count() + lead.iter().map(|w| w + 2).sum::<usize>();
        // Too little room left for prose beside the other columns: under them.
        let longest_word = self
            .rows
            .iter()
            .filter_map(|r| r.get(widths.len() - 1))
            .flat_map(|c| c.split(' '))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0);
        let below = natural + 20.max(longest_word) > width;
        let column = if below {
            indent.chars().count() + 4
        } else {
            natural
        };
        let last = widths.len() - 1;
        let mut out = String::new();
        let skip = usize::from(!self.header);
        let mut lead_widths = lead.to_vec();
        lead_widths.push(0);
        for (index, row) in self.rows.iter().enumerate().skip(skip) {
            let mut cells = row.clone();
            let words = if cells.len() > last {
                std::mem::take(&mut cells[last])
            } else {
                String::new()
            };
            // A grid without a header skips its first row, the header's place.
            let lead = Grid {
                rows: vec![Vec::new(), cells],
                right: self.right.clone(),
                header: false,
            }
            .render_widths(indent, &lead_widths);
            let lead = lead.trim_end_matches('\n');
            if words.is_empty() || (below && index == 0 && self.header) {
                out.push_str(lead.trim_end());
                out.push('\n');
            } else if below {
                out.push_str(lead.trim_end());
                out.push('\n');
                let pad = " ".repeat(column);
                out.push_str(&layout::wrap(&words, width, &pad, &pad));
            } else {
                let first = format!("{lead:<column$}");
                out.push_str(&layout::wrap(&words, width, &first, &" ".repeat(column)));
            }
            if index == 0 && self.header {
                let rule = if below {
                    (natural - indent.chars().count()).saturating_sub(2)
                } else {
                    column - indent.chars().count() + widths[last].min(width - column)
                };
                out.push_str(indent);
                out.push_str(&"-".repeat(rule.min(width - indent.chars().count())));
                out.push('\n');
            }
        }
        out
    }

    fn widths(&self) -> Vec<usize> {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|s| s.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    fn render_widths(&self, indent: &str, widths: &[usize]) -> String {
        let mut out = String::new();
        let skip = usize::from(!self.header);
        for (index, row) in self.rows.iter().enumerate().skip(skip) {
            let mut line = String::from(indent);
            for (c, cell) in row.iter().enumerate() {
                let cell = &layout::truncate(cell, widths[c]);
                let pad = widths[c].saturating_sub(cell.chars().count());
                if c > 0 {
                    line.push_str("  ");
                }
                if self.right.get(c).copied().unwrap_or(false) {
                    line.push_str(&" ".repeat(pad));
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    if c + 1 < row.len() {
                        line.push_str(&" ".repeat(pad));
                    }
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
            if index == 0 && self.header {
                let total: usize =
                    widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
                out.push_str(indent);
                out.push_str(&"-".repeat(total));
                out.push('\n');
            }
        }
        out
    }
}
