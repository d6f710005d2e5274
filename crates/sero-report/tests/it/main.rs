//! Integration tests for `sero-report`, compiled as a single test binary (`it`).
//!
//! - [`svg`]: the document itself, read back with a real XML parser: structure, escaping,
//!   empty and odd inputs, and a snapshot to review by eye.
//! - [`chromium`]: the document drawn by a real browser, checked pixel by pixel.

mod chromium;
mod svg;

use sero_report::{Bar, Segment, StackedBars};

/// Three channels and four segment keys, the first bar with a zero segment, the second with its
/// segments out of key order.
fn sample_chart() -> StackedBars {
    StackedBars {
        title: "Carbon per application, by channel".to_owned(),
        unit: "kgCO2e per application".to_owned(),
        bars: vec![
            bar(
                "Online",
                0.16,
                Some((0.11, 0.23)),
                &[
                    ("device-energy", "Device energy", 0.031),
                    ("data-transfer", "Data transfer", 0.0094),
                    ("staff-time", "Staff time", 0.12),
                    ("travel", "Travel", 0.0),
                ],
            ),
            bar(
                "Phone",
                0.308,
                Some((0.21, 0.44)),
                &[
                    ("staff-time", "Staff time", 0.29),
                    ("device-energy", "Device energy", 0.018),
                ],
            ),
            bar(
                "Face to face",
                0.6,
                Some((0.38, 0.91)),
                &[
                    ("travel", "Travel", 0.41),
                    ("staff-time", "Staff time", 0.19),
                ],
            ),
        ],
    }
}

fn bar(
    label: &str,
    total: f64,
    interval: Option<(f64, f64)>,
    segments: &[(&str, &str, f64)],
) -> Bar {
    Bar {
        label: label.to_owned(),
        total,
        low: interval.map(|(low, _)| low),
        high: interval.map(|(_, high)| high),
        segments: segments
            .iter()
            .map(|&(key, label, value)| Segment {
                key: key.to_owned(),
                label: label.to_owned(),
                value,
            })
            .collect(),
    }
}

/// The elements of `document` with `class` among their classes, in document order.
fn with_class<'a, 'input>(
    document: &'a roxmltree::Document<'input>,
    class: &str,
) -> Vec<roxmltree::Node<'a, 'input>> {
    document
        .descendants()
        .filter(|node| {
            node.attribute("class")
                .is_some_and(|classes| classes.split_whitespace().any(|c| c == class))
        })
        .collect()
}

/// A numeric attribute of an element.
fn number_attribute(node: roxmltree::Node<'_, '_>, name: &str) -> f64 {
    let text = node
        .attribute(name)
        .unwrap_or_else(|| panic!("<{}> has a `{name}` attribute", node.tag_name().name()));
    text.parse()
        .unwrap_or_else(|_| panic!("`{name}=\"{text}\"` is a number"))
}
