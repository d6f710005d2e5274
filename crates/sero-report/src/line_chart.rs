//! A step line over evenly spaced periods (half hours of a forecast, say): one value per period,
//! drawn flat across it, with a marker carrying the period's label and value, axes with their
//! labels, and a text alternative (`<title>`, `<desc>`) that states the lowest and highest
//! periods, so the chart reads without sight and without colour.

use std::fmt::Write as _;

use crate::format::{coordinate, escape, number, ticks};

/// One period.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The period for readers, e.g. `Sat 28 Nov 13:00–13:30 UTC`; shown in the marker's tooltip
    /// and the description.
    pub label: String,
    /// The value, ≥ 0; a non-finite value leaves a gap.
    pub value: f64,
    /// A label under the axis at this period's start (`13:00`), or none.
    pub tick: Option<String>,
    /// A word shown with the value (the API's index, `low`), or none.
    pub note: Option<String>,
}

/// A step line chart.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub title: String,
    /// What the horizontal axis shows, e.g. `Start of half hour (UTC)`.
    pub x_label: String,
    /// What the vertical axis shows, with the unit, e.g. `gCO2/kWh`.
    pub y_label: String,
    /// The description, whole: the source, what the values are, the lowest and the highest.
    pub description: String,
    /// The name of the points' notes (`index`): when given, a strip above the plot shows each
    /// run of periods with the same note, shaded in turn and labelled in words.
    pub note_label: Option<String>,
    pub points: Vec<Point>,
}

const WIDTH: f64 = 900.0;
const HEIGHT: f64 = 420.0;
const LEFT: f64 = 72.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 66.0;
const BOTTOM: f64 = 78.0;
const LINE_COLOUR: &str = "#0072B2";
const TEXT_COLOUR: &str = "#222";

macro_rules! line {
    ($document:expr, $($argument:tt)*) => {
        writeln!($document, $($argument)*).expect("writing to a String cannot fail")
    };
}

/// The SVG document for `chart`.
pub fn line_chart_svg(chart: &LineChart) -> String {
    let values: Vec<f64> = chart
        .points
        .iter()
        .map(|p| {
            if p.value.is_finite() {
                p.value.max(0.0)
            } else {
                f64::NAN
            }
        })
        .collect();
    let max = values
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let ticks_y = ticks(max);
    let top_value = ticks_y
        .last()
        .copied()
        .unwrap_or(1.0)
        .max(f64::MIN_POSITIVE);
    let plot_width = WIDTH - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let step = plot_width / chart.points.len().max(1) as f64;
    let x = |i: usize| LEFT + step * i as f64;
    let y = |v: f64| TOP + plot_height * (1.0 - v / top_value);

    let mut doc = String::new();
    line!(
        doc,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-labelledby="sero-line-title sero-line-desc" font-family="system-ui, sans-serif" font-size="12">"#,
        w = coordinate(WIDTH),
        h = coordinate(HEIGHT)
    );
    line!(
        doc,
        r#"<title id="sero-line-title">{}</title>"#,
        escape(&chart.title)
    );
    line!(
        doc,
        r#"<desc id="sero-line-desc">{}</desc>"#,
        escape(&description(chart))
    );
    line!(doc, r##"<rect width="100%" height="100%" fill="#fff"/>"##);
    line!(
        doc,
        r#"<text x="{}" y="30" font-size="16" font-weight="bold" fill="{TEXT_COLOUR}">{}</text>"#,
        coordinate(LEFT),
        escape(&chart.title)
    );

    // Horizontal grid lines with the value axis's ticks.
    line!(doc, r#"<g class="y-axis" aria-hidden="true">"#);
    for tick in &ticks_y {
        let ty = coordinate(y(*tick));
        line!(
            doc,
            r##"<line x1="{}" x2="{}" y1="{ty}" y2="{ty}" stroke="#ccc" stroke-width="1"/>"##,
            coordinate(LEFT),
            coordinate(WIDTH - RIGHT)
        );
        line!(
            doc,
            r#"<text x="{}" y="{ty}" dy="4" text-anchor="end" fill="{TEXT_COLOUR}">{}</text>"#,
            coordinate(LEFT - 8.0),
            number(*tick)
        );
    }
    line!(doc, "</g>");
    line!(
        doc,
        r#"<text transform="translate(18 {}) rotate(-90)" text-anchor="middle" fill="{TEXT_COLOUR}">{}</text>"#,
        coordinate(TOP + plot_height / 2.0),
        escape(&chart.y_label)
    );

    // The time axis and its labels.
    line!(doc, r#"<g class="x-axis" aria-hidden="true">"#);
    let axis_y = coordinate(TOP + plot_height);
    line!(
        doc,
        r#"<line x1="{}" x2="{}" y1="{axis_y}" y2="{axis_y}" stroke="{TEXT_COLOUR}" stroke-width="1"/>"#,
        coordinate(LEFT),
        coordinate(WIDTH - RIGHT)
    );
    for (i, point) in chart.points.iter().enumerate() {
        if let Some(tick) = &point.tick {
            let tx = coordinate(x(i));
            line!(
                doc,
                r#"<line x1="{tx}" x2="{tx}" y1="{axis_y}" y2="{}" stroke="{TEXT_COLOUR}" stroke-width="1"/>"#,
                coordinate(TOP + plot_height + 5.0)
            );
            line!(
                doc,
                r#"<text x="{tx}" y="{}" text-anchor="middle" fill="{TEXT_COLOUR}">{}</text>"#,
                coordinate(TOP + plot_height + 20.0),
                escape(tick)
            );
        }
    }
    line!(doc, "</g>");
    line!(
        doc,
        r#"<text x="{}" y="{}" text-anchor="middle" fill="{TEXT_COLOUR}">{}</text>"#,
        coordinate(LEFT + plot_width / 2.0),
        coordinate(HEIGHT - 16.0),
        escape(&chart.x_label)
    );

    if let Some(label) = &chart.note_label {
        notes_strip(&mut doc, chart, label, step);
    }

    // The step line: flat across each period, vertical between periods; a gap at a missing
    // value.
    let mut path = String::new();
    let mut pen_down = false;
    for (i, v) in values.iter().enumerate() {
        if !v.is_finite() {
            pen_down = false;
            continue;
        }
        let (x0, x1, vy) = (coordinate(x(i)), coordinate(x(i + 1)), coordinate(y(*v)));
        if pen_down {
            let _ = write!(path, "V{vy}H{x1}");
        } else {
            let _ = write!(path, "M{x0},{vy}H{x1}");
        }
        pen_down = true;
    }
    line!(
        doc,
        r#"<path class="line" d="{path}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2.5"/>"#
    );

    // A marker per period, with its label and value for pointer and screen-reader users.
    line!(doc, r#"<g class="points">"#);
    for (i, (point, v)) in chart.points.iter().zip(&values).enumerate() {
        if !v.is_finite() {
            continue;
        }
        line!(
            doc,
            r#"<circle class="point" cx="{}" cy="{}" r="2.5" fill="{LINE_COLOUR}" data-value="{}"><title>{}</title></circle>"#,
            coordinate(x(i) + step / 2.0),
            coordinate(y(*v)),
            point.value,
            escape(&point_text(point, &chart.y_label))
        );
    }
    line!(doc, "</g>");
    line!(doc, "</svg>");
    doc
}

/// Runs of equal notes as a strip above the plot: alternate shades with a border, and the note
/// in words wherever it fits, so the strip reads without colour.
fn notes_strip(doc: &mut String, chart: &LineChart, label: &str, step: f64) {
    const STRIP_TOP: f64 = 38.0;
    const STRIP_HEIGHT: f64 = 16.0;
    const CHAR_WIDTH: f64 = 6.4;
    line!(doc, r#"<g class="notes" aria-hidden="true">"#);
    line!(
        doc,
        r#"<text x="{}" y="{}" text-anchor="end" font-size="11" fill="{TEXT_COLOUR}">{}</text>"#,
        coordinate(LEFT - 8.0),
        coordinate(STRIP_TOP + 12.0),
        escape(label)
    );
    let mut start = 0;
    let mut shade = false;
    while start < chart.points.len() {
        let note = &chart.points[start].note;
        let end = chart.points[start..]
            .iter()
            .position(|p| p.note != *note)
            .map_or(chart.points.len(), |n| start + n);
        let (x0, width) = (LEFT + step * start as f64, step * (end - start) as f64);
        line!(
            doc,
            r##"<rect class="note" x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#888" stroke-width="0.5"/>"##,
            coordinate(x0),
            coordinate(STRIP_TOP),
            coordinate(width),
            coordinate(STRIP_HEIGHT),
            if shade { "#ddd" } else { "#f4f4f4" }
        );
        if let Some(note) = note
            && (note.chars().count() as f64 + 1.0) * CHAR_WIDTH <= width
        {
            line!(
                doc,
                r#"<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="{TEXT_COLOUR}">{}</text>"#,
                coordinate(x0 + width / 2.0),
                coordinate(STRIP_TOP + 12.0),
                escape(note)
            );
        }
        shade = !shade;
        start = end;
    }
    line!(doc, "</g>");
}

fn point_text(point: &Point, unit: &str) -> String {
    match &point.note {
        Some(note) => format!("{}: {} {unit} ({note})", point.label, number(point.value)),
        None => format!("{}: {} {unit}", point.label, number(point.value)),
    }
}

/// The description: the caller's sentences (the source, what the values are, the lowest and
/// the highest, in the reader's language; this crate writes no words of its own).
fn description(chart: &LineChart) -> String {
    chart.description.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: &[f64]) -> LineChart {
        LineChart {
            title: "Forecast <Wales>".into(),
            x_label: "Start of half hour (UTC)".into(),
            y_label: "gCO2/kWh".into(),
            description: "Forecast.".into(),
            note_label: Some("index".into()),
            points: values
                .iter()
                .enumerate()
                .map(|(i, v)| Point {
                    label: format!("period {i}"),
                    value: *v,
                    tick: (i % 2 == 0).then(|| format!("t{i}")),
                    note: Some(if i < 2 { "low" } else { "moderate" }.into()),
                })
                .collect(),
        }
    }

    #[test]
    fn parses_with_a_marker_per_period_and_a_text_alternative() {
        let svg = line_chart_svg(&chart(&[120.0, 80.0, f64::NAN, 200.0]));
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        let title = root.children().find(|n| n.has_tag_name("title")).unwrap();
        assert_eq!(title.text(), Some("Forecast <Wales>"));
        let desc = root.children().find(|n| n.has_tag_name("desc")).unwrap();
        let desc = desc.text().unwrap();
        assert_eq!(desc, "Forecast.");
        let values: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("point"))
            .map(|n| n.attribute("data-value").unwrap())
            .collect();
        assert_eq!(values, ["120", "80", "200"]);
        let path = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("line"))
            .unwrap()
            .attribute("d")
            .unwrap();
        // Two runs: the gap at the missing value lifts the pen.
        assert_eq!(path.matches('M').count(), 2, "{path}");
        assert_eq!(path.matches('V').count(), 1, "{path}");
        let ticks = doc
            .descendants()
            .filter(|n| n.has_tag_name("text") && n.text().is_some_and(|t| t.starts_with('t')))
            .count();
        assert_eq!(ticks, 2);
        // Two runs of notes, each a shaded box with its word.
        let runs: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("note"))
            .map(|n| n.attribute("width").unwrap())
            .collect();
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!(runs[0], runs[1], "two periods each");
        let words: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text") && matches!(n.text(), Some("low" | "moderate")))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(words, ["low", "moderate"]);
    }

    #[test]
    fn higher_values_sit_higher() {
        let svg = line_chart_svg(&chart(&[10.0, 300.0]));
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let ys: Vec<f64> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("point"))
            .map(|n| n.attribute("cy").unwrap().parse().unwrap())
            .collect();
        assert!(ys[1] < ys[0], "{ys:?}");
    }
}
