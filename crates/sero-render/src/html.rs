//! What every HTML report shares: one stylesheet, escaping, tables in their own scroll box and
//! bar charts as inline SVG. A report is its sections (headings from `<h2>`, no inline style
//! or script, so a page under a strict Content-Security-Policy can embed them and serve
//! [`REPORT_CSS`] as a file) and, for a file of its own, the page around them ([`start`],
//! [`end`]: inline CSS, no script, no external resource). Both meet WCAG 2.2 AA: one `<main>`,
//! a heading outline, a caption and header scopes on every table, and nothing wider than a
//! 320 px screen outside a table's scroll box.

use std::fmt::Write;

/// The stylesheet of a report page's body (a page of its own only).
pub const PAGE_CSS: &str = "\
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#0b0c0c;overflow-wrap:anywhere}\
";

/// The stylesheet of a report's sections: tables in their scroll box, figures, charts. A page
/// that embeds the sections serves it as a file.
pub const REPORT_CSS: &str = "\
.table{overflow-x:auto;margin:.5rem 0 1.5rem}.table:focus{outline:3px solid #ffdd00}\
table{border-collapse:collapse}caption{text-align:left;font-weight:bold;padding:.25rem 0}\
th,td{border-bottom:1px solid #b1b4b6;padding:.25rem .75rem;text-align:left;vertical-align:top;overflow-wrap:normal}\
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}h2{margin-top:2.5rem}\
.pair{display:flex;flex-wrap:wrap;gap:0 2rem}.pair p{flex:1 1 16rem;margin:.25rem 0}.over{color:#d4351c;font-weight:bold}\
figure{margin:1rem 0}svg{max-width:100%;height:auto}svg text{font:14px system-ui,sans-serif;fill:#0b0c0c}\
";

/// `text` safe inside an element or an attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The start of a page in language `lang` (a BCP 47 tag), up to and including its `<h1>`.
pub fn start(out: &mut String, lang: &str, title: &str) {
    let title = escape(title);
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><style>{PAGE_CSS}{REPORT_CSS}</style></head><body><main><h1>{title}</h1>"
    );
}

/// The end of a page begun with [`start`].
pub fn end(out: &mut String) {
    out.push_str("</main></body></html>\n");
}

/// A table inside its own scroll box (a focusable region named by the caption), so a wide
/// table scrolls sideways by itself and the page never does at 320 px. `rows` is the markup
/// of the body's rows.
pub fn table(out: &mut String, id: &str, caption: &str, head: &[&str], rows: &str) {
    let _ = write!(
        out,
        "<div class=\"table\" role=\"region\" aria-labelledby=\"{id}\" tabindex=\"0\"><table><caption id=\"{id}\">{}</caption>",
        escape(caption)
    );
    if !head.is_empty() {
        out.push_str("<thead><tr>");
        for h in head {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
        }
        out.push_str("</tr></thead>");
    }
    let _ = write!(out, "<tbody>{rows}</tbody></table></div>");
}

/// A row headed by `header`, with `cells` of figures (right-aligned) or words.
pub fn row(header: &str, cells: &[(&str, bool)]) -> String {
    let mut out = format!("<tr><th scope=\"row\">{}</th>", escape(header));
    for (cell, figure) in cells {
        let class = if *figure { " class=\"n\"" } else { "" };
        let _ = write!(out, "<td{class}>{}</td>", escape(cell));
    }
    out.push_str("</tr>");
    out
}

/// One bar of a chart: its label, its value (any unit, the same for every bar) and that
/// value as people read it.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub shown: String,
}

/// A horizontal bar chart as inline SVG, each label above its bar so it reads on a narrow
/// screen. The chart is an image named by `title`, described by `description` (which says
/// what each bar shows, so the figures do not depend on seeing it).
pub fn bar_chart(id: &str, title: &str, description: &str, bars: &[Bar]) -> String {
    // Narrow, so its words stay legible when a phone scales it down.
    const WIDTH: f64 = 360.0;
    const BAR: f64 = 18.0;
    const STEP: f64 = 48.0;
    let largest = bars
        .iter()
        .map(|b| b.value)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    let height = STEP * bars.len() as f64 + 4.0;
    let mut out = String::new();
    let _ = write!(
        out,
        "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(description)
    );
    for (i, bar) in bars.iter().enumerate() {
        let top = STEP * i as f64;
        // Room is kept on the right for the figure.
        let length = if largest > 0.0 && bar.value.is_finite() {
            (bar.value.max(0.0) / largest * (WIDTH - 110.0)).max(1.0)
        } else {
            1.0
        };
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text><rect x=\"0\" y=\"{}\" width=\"{length:.1}\" height=\"{BAR}\" fill=\"#1d70b8\"/><text x=\"{:.1}\" y=\"{}\">{}</text>",
            top + 16.0,
            escape(&bar.label),
            top + 22.0,
            length + 6.0,
            top + 36.0,
            escape(&bar.shown)
        );
    }
    let _ = write!(
        out,
        "</svg><figcaption>{}</figcaption></figure>",
        escape(title)
    );
    out
}

/// A section headed `heading` listing `items`; nothing when there are none.
pub fn list(out: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = write!(out, "<h2>{}</h2><ul>", escape(heading));
    for item in items {
        let _ = write!(out, "<li>{}</li>", escape(item));
    }
    out.push_str("</ul>");
}
