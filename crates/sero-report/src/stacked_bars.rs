//! Horizontal stacked bars: one bar per channel, split into what its footprint is made of, with
//! the 90% interval of the total as a whisker and the total written at the end.

use std::fmt::Write as _;

use crate::format::{coordinate, escape, number, ticks, truncate};
use crate::style::{fill_id, pattern_element};

/// One part of a bar: what one kind of activity contributes to a channel's footprint.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Identifies the part across bars, e.g. `staff-time`: the same key is drawn at the same
    /// position and with the same fill in every bar.
    pub key: String,
    /// What the legend and the segment say, e.g. `Staff time`.
    pub label: String,
    /// kgCO2e per transaction, ≥ 0. Negative or non-finite values are drawn as 0.
    pub value: f64,
}

/// One channel's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The channel's name, written before the bar.
    pub label: String,
    /// The central estimate of the channel's footprint per transaction, written after the bar.
    pub total: f64,
    /// The lower end of the 90% interval of `total`, if known.
    pub low: Option<f64>,
    /// The upper end of the 90% interval of `total`, if known.
    pub high: Option<f64>,
    /// The parts of the bar, in any order: they are drawn in the chart's key order.
    pub segments: Vec<Segment>,
}

/// A chart of horizontal stacked bars.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedBars {
    pub title: String,
    /// The unit of every value, written under the axis, e.g. `kgCO2e per application`.
    pub unit: String,
    pub bars: Vec<Bar>,
}

/// The chart's width in user units; the height follows from the number of bars and keys.
const WIDTH: f64 = 900.0;
const PADDING: f64 = 16.0;
const TITLE_BASELINE: f64 = 30.0;
const PLOT_TOP: f64 = 48.0;
const BAR_HEIGHT: f64 = 32.0;
/// Labels and totals sit in a bar's upper part and the interval's whisker in its lower part, so
/// that neither hides the other.
const LABEL_LINE: f64 = 10.5;
const WHISKER_LINE: f64 = 23.5;
const WHISKER_CAP: f64 = 5.0;
const BAR_GAP: f64 = 14.0;
/// Room right of the longest bar for its total.
const TOTAL_ROOM: f64 = 80.0;
/// A rough advance width of one character at the chart's 12 px font size, to fit labels
/// without measuring text (which would need fonts, and so I/O).
const CHAR_WIDTH: f64 = 7.0;
/// The same at the 11 px size of the labels inside segments.
const SMALL_CHAR_WIDTH: f64 = 6.4;
/// Longer labels are cut with an ellipsis before the bar and in the legend; segments' tooltips
/// and the description keep them whole.
const CHANNEL_LABEL_MAX_CHARS: usize = 40;
const LEGEND_LABEL_MAX_CHARS: usize = 60;
const LEGEND_ROW_HEIGHT: f64 = 24.0;
const SWATCH_WIDTH: f64 = 22.0;
const SWATCH_HEIGHT: f64 = 16.0;
const TEXT_COLOUR: &str = "#222";

/// Appends one line to the document; writing to a `String` cannot fail.
macro_rules! line {
    ($document:expr, $($argument:tt)*) => {
        writeln!($document, $($argument)*).expect("writing to a String cannot fail")
    };
}

/// The SVG document for `chart`.
///
/// Segments are ordered by the first appearance of their key across the bars. The scale runs
/// from 0 to the round tick at or above the largest total, interval end or sum of segments. A
/// chart with no bars, or with bars of zero, still renders a complete document.
pub fn stacked_bars_svg(chart: &StackedBars) -> String {
    let keys = keys(chart);
    let bars: Vec<BarValues> = chart
        .bars
        .iter()
        .map(|bar| BarValues::of(bar, &keys))
        .collect();

    let longest_channel_label = chart
        .bars
        .iter()
        .map(|bar| bar.label.chars().count().min(CHANNEL_LABEL_MAX_CHARS))
        .max()
        .unwrap_or(0);
    let plot_left = (PADDING + longest_channel_label as f64 * CHAR_WIDTH + 12.0).max(80.0);
    let plot_width = WIDTH - plot_left - TOTAL_ROOM;
    let largest = bars.iter().map(BarValues::extent).fold(0.0, f64::max);
    let ticks = ticks(largest);
    let axis_max = *ticks.last().expect("an axis has at least two ticks");
    let x = |value: f64| plot_left + value / axis_max * plot_width;

    let rows = chart.bars.len().max(1) as f64;
    let plot_bottom = PLOT_TOP + rows * (BAR_HEIGHT + BAR_GAP);
    let legend_top = plot_bottom + 64.0;
    let longest_key_label = keys
        .iter()
        .map(|key| key.label.chars().count().min(LEGEND_LABEL_MAX_CHARS))
        .max();
    let legend_column_width =
        SWATCH_WIDTH + 8.0 + longest_key_label.unwrap_or(0) as f64 * CHAR_WIDTH + 24.0;
    let legend_columns = (((WIDTH - 2.0 * PADDING) / legend_column_width).floor() as usize).max(1);
    let legend_rows = keys.len().div_ceil(legend_columns);
    let height = legend_top + legend_rows as f64 * LEGEND_ROW_HEIGHT + PADDING;

    let mut svg = String::new();
    line!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="sero-chart-title sero-chart-desc" font-family="system-ui, sans-serif" font-size="12" fill="{TEXT_COLOUR}">"#,
        width = coordinate(WIDTH),
        height = coordinate(height),
    );
    line!(
        svg,
        r#"  <title id="sero-chart-title">{}</title>"#,
        escape(&chart.title)
    );
    line!(
        svg,
        r#"  <desc id="sero-chart-desc">{}</desc>"#,
        escape(&description(chart, &keys, &bars))
    );
    line!(svg, "  <defs>");
    for index in 0..keys.len() {
        line!(svg, "    {}", pattern_element(index));
    }
    line!(svg, "  </defs>");
    line!(
        svg,
        r##"  <rect class="background" width="{width}" height="{height}" fill="#fff"/>"##,
        width = coordinate(WIDTH),
        height = coordinate(height),
    );
    line!(
        svg,
        r#"  <text class="chart-title" x="{}" y="{}" font-size="18" font-weight="bold">{}</text>"#,
        coordinate(PADDING),
        coordinate(TITLE_BASELINE),
        escape(&chart.title),
    );

    line!(
        svg,
        r##"  <g class="grid" stroke="#e3e3e3" stroke-width="1">"##
    );
    for &tick in &ticks[1..] {
        line!(
            svg,
            r#"    <line x1="{x}" y1="{}" x2="{x}" y2="{}"/>"#,
            coordinate(PLOT_TOP),
            coordinate(plot_bottom),
            x = coordinate(x(tick)),
        );
    }
    line!(svg, "  </g>");

    line!(svg, r#"  <g class="bars">"#);
    if chart.bars.is_empty() {
        line!(
            svg,
            r#"    <text class="no-data" x="{}" y="{}" dy="0.35em">No channels to show.</text>"#,
            coordinate(plot_left + 8.0),
            coordinate(PLOT_TOP + (BAR_HEIGHT + BAR_GAP) / 2.0),
        );
    }
    for (row, (bar, values)) in chart.bars.iter().zip(&bars).enumerate() {
        let top = PLOT_TOP + row as f64 * (BAR_HEIGHT + BAR_GAP) + BAR_GAP / 2.0;
        let middle = top + BAR_HEIGHT / 2.0;
        let label_line = top + LABEL_LINE;
        let whisker_line = top + WHISKER_LINE;
        line!(svg, r#"    <g class="bar">"#);
        line!(
            svg,
            r#"      <text class="channel" x="{}" y="{}" dy="0.35em" text-anchor="end">{}</text>"#,
            coordinate(plot_left - 8.0),
            coordinate(middle),
            escape(&truncate(&bar.label, CHANNEL_LABEL_MAX_CHARS)),
        );
        let mut start = 0.0;
        for &(key_index, value) in &values.segments {
            if value <= 0.0 {
                continue;
            }
            let key = &keys[key_index];
            let left = x(start);
            let right = x(start + value);
            start += value;
            line!(
                svg,
                r##"      <rect class="segment" data-key="{key}" x="{x}" y="{y}" width="{width}" height="{height}" fill="url(#{fill})" stroke="#fff" stroke-width="1"><title>{channel}, {label}: {value} {unit}</title></rect>"##,
                key = escape(key.key),
                x = coordinate(left),
                y = coordinate(top),
                width = coordinate(right - left),
                height = coordinate(BAR_HEIGHT),
                fill = fill_id(key_index),
                channel = escape(&bar.label),
                label = escape(key.label),
                value = number(value),
                unit = escape(&chart.unit),
            );
            if right - left >= key.label.chars().count() as f64 * SMALL_CHAR_WIDTH + 8.0 {
                line!(
                    svg,
                    r##"      <text class="segment-label" x="{}" y="{}" dy="0.35em" text-anchor="middle" font-size="11" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
                    coordinate((left + right) / 2.0),
                    coordinate(label_line),
                    escape(key.label),
                );
            }
        }
        if let Some((low, high)) = values.interval {
            let path = format!(
                "M{left},{middle}H{right}M{left},{above}V{below}M{right},{above}V{below}",
                left = coordinate(x(low)),
                right = coordinate(x(high)),
                middle = coordinate(whisker_line),
                above = coordinate(whisker_line - WHISKER_CAP),
                below = coordinate(whisker_line + WHISKER_CAP),
            );
            // A white line under the whisker keeps it visible over any fill.
            line!(
                svg,
                r##"      <path class="interval-halo" d="{path}" stroke="#fff" stroke-width="4" fill="none"/>"##
            );
            line!(
                svg,
                r#"      <path class="interval" d="{path}" stroke="{TEXT_COLOUR}" stroke-width="1.5" fill="none"><title>90% interval: {} to {}</title></path>"#,
                number(low),
                number(high),
            );
        }
        line!(
            svg,
            r##"      <text class="total" x="{}" y="{}" dy="0.35em" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
            coordinate(x(values.end()) + 5.0),
            coordinate(label_line),
            number(values.total),
        );
        line!(svg, "    </g>");
    }
    line!(svg, "  </g>");

    line!(svg, r#"  <g class="axis">"#);
    line!(
        svg,
        r##"    <path d="M{left},{bottom}H{right}" stroke="#555" stroke-width="1" fill="none"/>"##,
        left = coordinate(plot_left),
        right = coordinate(plot_left + plot_width),
        bottom = coordinate(plot_bottom),
    );
    for &tick in &ticks {
        line!(
            svg,
            r##"    <path d="M{x},{bottom}V{end}" stroke="#555" stroke-width="1"/><text x="{x}" y="{label}" text-anchor="middle">{value}</text>"##,
            x = coordinate(x(tick)),
            bottom = coordinate(plot_bottom),
            end = coordinate(plot_bottom + 5.0),
            label = coordinate(plot_bottom + 20.0),
            value = number(tick),
        );
    }
    line!(
        svg,
        r#"    <text class="unit" x="{}" y="{}" text-anchor="middle">{}</text>"#,
        coordinate(plot_left + plot_width / 2.0),
        coordinate(plot_bottom + 40.0),
        escape(&chart.unit),
    );
    line!(svg, "  </g>");

    line!(svg, r#"  <g class="legend">"#);
    for (index, key) in keys.iter().enumerate() {
        let left = PADDING + (index % legend_columns) as f64 * legend_column_width;
        let top = legend_top + (index / legend_columns) as f64 * LEGEND_ROW_HEIGHT;
        line!(
            svg,
            r##"    <g class="legend-entry" data-key="{key}"><rect x="{x}" y="{y}" width="{width}" height="{height}" fill="url(#{fill})" stroke="#555" stroke-width="1"/><text x="{text_x}" y="{text_y}" dy="0.35em">{label}</text></g>"##,
            key = escape(key.key),
            x = coordinate(left),
            y = coordinate(top),
            width = coordinate(SWATCH_WIDTH),
            height = coordinate(SWATCH_HEIGHT),
            fill = fill_id(index),
            text_x = coordinate(left + SWATCH_WIDTH + 8.0),
            text_y = coordinate(top + SWATCH_HEIGHT / 2.0),
            label = escape(&truncate(key.label, LEGEND_LABEL_MAX_CHARS)),
        );
    }
    line!(svg, "  </g>");
    svg.push_str("</svg>\n");
    svg
}

/// A segment key and the label it was first given.
struct Key<'a> {
    key: &'a str,
    label: &'a str,
}

/// The segment keys in order of first appearance across the bars.
fn keys(chart: &StackedBars) -> Vec<Key<'_>> {
    let mut keys: Vec<Key<'_>> = Vec::new();
    for segment in chart.bars.iter().flat_map(|bar| &bar.segments) {
        if !keys.iter().any(|key| key.key == segment.key) {
            keys.push(Key {
                key: &segment.key,
                label: &segment.label,
            });
        }
    }
    keys
}

/// A bar's numbers as drawn: cleaned of negative and non-finite values, segments in key order.
struct BarValues {
    total: f64,
    /// The interval's ends, lowest first; a missing end is the total.
    interval: Option<(f64, f64)>,
    /// Each segment as its key's index and its value.
    segments: Vec<(usize, f64)>,
}

impl BarValues {
    fn of(bar: &Bar, keys: &[Key<'_>]) -> Self {
        let total = drawable(bar.total);
        let interval = match (bar.low, bar.high) {
            (None, None) => None,
            (low, high) => {
                let low = low.map_or(total, drawable);
                let high = high.map_or(total, drawable);
                Some((low.min(high), low.max(high)))
            }
        };
        let mut segments: Vec<(usize, f64)> = bar
            .segments
            .iter()
            .map(|segment| {
                let index = keys
                    .iter()
                    .position(|key| key.key == segment.key)
                    .expect("every segment's key is among the chart's keys");
                (index, drawable(segment.value))
            })
            .collect();
        // Stable, so two segments with one key keep their order.
        segments.sort_by_key(|&(index, _)| index);
        Self {
            total,
            interval,
            segments,
        }
    }

    /// Where the bar ends and its total is written: the total, or the sum of its segments
    /// where that is larger.
    fn end(&self) -> f64 {
        let sum: f64 = self.segments.iter().map(|&(_, value)| value).sum();
        self.total.max(sum)
    }

    /// How far right anything of the bar reaches, the whisker included.
    fn extent(&self) -> f64 {
        let high = self.interval.map_or(0.0, |(_, high)| high);
        self.end().max(high)
    }
}

/// `value`, or 0 where it cannot be drawn as a length.
fn drawable(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// The text alternative: every number the picture shows, for a screen reader.
fn description(chart: &StackedBars, keys: &[Key<'_>], bars: &[BarValues]) -> String {
    let mut text = format!(
        "Horizontal stacked bar chart, one bar per channel, in {}.",
        chart.unit
    );
    if chart.bars.is_empty() {
        text.push_str(" No channels to show.");
    }
    for (bar, values) in chart.bars.iter().zip(bars) {
        write!(text, " {}: {}", bar.label, number(values.total))
            .expect("writing to a String cannot fail");
        if let Some((low, high)) = values.interval {
            write!(text, " (90% interval {} to {})", number(low), number(high))
                .expect("writing to a String cannot fail");
        }
        let parts: Vec<String> = values
            .segments
            .iter()
            .filter(|&&(_, value)| value > 0.0)
            .map(|&(index, value)| format!("{} {}", keys[index].label, number(value)))
            .collect();
        if !parts.is_empty() {
            write!(text, ", of which {}", parts.join(", "))
                .expect("writing to a String cannot fail");
        }
        text.push('.');
    }
    text
}
