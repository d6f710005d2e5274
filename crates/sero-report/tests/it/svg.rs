//! The SVG document, parsed back with `roxmltree`.

use std::collections::BTreeSet;

use sero_report::{Bar, StackedBars, stacked_bars_svg};

use crate::{bar, number_attribute, sample_chart, with_class};

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg)
        .unwrap_or_else(|error| panic!("not well-formed XML: {error}\n{svg}"))
}

/// The text of a node and its descendants.
fn text(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

#[test]
fn snapshot() {
    insta::assert_snapshot!("stacked_bars", stacked_bars_svg(&sample_chart()));
}

#[test]
fn is_accessible_and_scalable() {
    let svg = stacked_bars_svg(&sample_chart());
    let document = parse(&svg);
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(root.attribute("role"), Some("img"));
    let view_box: Vec<f64> = root
        .attribute("viewBox")
        .expect("the root has a viewBox")
        .split(' ')
        .map(|n| n.parse().expect("viewBox numbers"))
        .collect();
    assert_eq!(view_box[..2], [0.0, 0.0]);
    assert_eq!(view_box[2], number_attribute(root, "width"));
    assert_eq!(view_box[3], number_attribute(root, "height"));

    let labelled_by: Vec<&str> = root
        .attribute("aria-labelledby")
        .expect("the root is labelled")
        .split_whitespace()
        .collect();
    let labels: Vec<&str> = labelled_by
        .iter()
        .map(|id| {
            document
                .descendants()
                .find(|node| node.attribute("id") == Some(*id))
                .unwrap_or_else(|| panic!("aria-labelledby names `{id}`, which exists"))
                .tag_name()
                .name()
        })
        .collect();
    assert_eq!(labels, ["title", "desc"]);

    let title = root.first_element_child().expect("the root has children");
    assert_eq!(title.tag_name().name(), "title", "the title comes first");
    assert_eq!(title.text(), Some("Carbon per application, by channel"));
    let desc = title
        .next_sibling_element()
        .expect("a desc follows the title");
    assert_eq!(desc.tag_name().name(), "desc");
    let description = desc.text().expect("the desc has text");
    for expected in [
        "kgCO2e per application",
        "Online: 0.16 (90% interval 0.11 to 0.23), of which Device energy 0.031, Data transfer 0.0094, Staff time 0.12.",
        "Face to face: 0.6",
    ] {
        assert!(
            description.contains(expected),
            "{description:?} says {expected:?}"
        );
    }
    let visible_title = with_class(&document, "chart-title");
    assert_eq!(visible_title.len(), 1);
    assert_eq!(
        visible_title[0].text(),
        Some("Carbon per application, by channel")
    );
}

#[test]
fn draws_each_non_zero_segment_once_in_key_order_with_one_fill_per_key() {
    let svg = stacked_bars_svg(&sample_chart());
    let document = parse(&svg);
    let bars = with_class(&document, "bar");
    assert_eq!(bars.len(), 3);

    let segments_of = |bar: roxmltree::Node<'_, '_>| -> Vec<(String, String)> {
        bar.children()
            .filter(|node| node.attribute("class") == Some("segment"))
            .map(|node| {
                assert_eq!(node.tag_name().name(), "rect");
                (
                    node.attribute("data-key").unwrap().to_owned(),
                    node.attribute("fill").unwrap().to_owned(),
                )
            })
            .collect()
    };
    let keys = |segments: &[(String, String)]| -> Vec<String> {
        segments.iter().map(|(key, _)| key.clone()).collect()
    };
    let online = segments_of(bars[0]);
    let phone = segments_of(bars[1]);
    let face_to_face = segments_of(bars[2]);
    // The zero `travel` segment of Online is not drawn; Phone's segments, given as staff time
    // then device energy, are drawn in the chart's key order.
    assert_eq!(
        keys(&online),
        ["device-energy", "data-transfer", "staff-time"]
    );
    assert_eq!(keys(&phone), ["device-energy", "staff-time"]);
    assert_eq!(keys(&face_to_face), ["staff-time", "travel"]);
    assert_eq!(with_class(&document, "segment").len(), 7);

    let mut fills = std::collections::BTreeMap::new();
    for (key, fill) in online.iter().chain(&phone).chain(&face_to_face) {
        let first = fills.entry(key.clone()).or_insert_with(|| fill.clone());
        assert_eq!(first, fill, "`{key}` has one fill in every bar");
    }
    let distinct: BTreeSet<&String> = fills.values().collect();
    assert_eq!(distinct.len(), 4, "each key has its own fill: {fills:?}");

    // Segments stack left to right without gaps, from the same origin in every bar.
    let mut origins = BTreeSet::new();
    for bar in &bars {
        let rects: Vec<_> = bar
            .children()
            .filter(|node| node.attribute("class") == Some("segment"))
            .collect();
        origins.insert(rects[0].attribute("x").unwrap().to_owned());
        for pair in rects.windows(2) {
            let end = number_attribute(pair[0], "x") + number_attribute(pair[0], "width");
            assert!(
                (end - number_attribute(pair[1], "x")).abs() <= 0.011,
                "{pair:?}"
            );
        }
    }
    assert_eq!(origins.len(), 1, "{origins:?}");

    let totals: Vec<String> = with_class(&document, "total")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(totals, ["0.16", "0.308", "0.6"]);
    assert_eq!(with_class(&document, "interval").len(), 3);
}

#[test]
fn defines_a_distinct_pattern_per_key_and_shows_it_in_the_legend() {
    let svg = stacked_bars_svg(&sample_chart());
    let document = parse(&svg);

    let patterns: Vec<_> = document
        .descendants()
        .filter(|node| node.has_tag_name("pattern"))
        .collect();
    assert_eq!(patterns.len(), 4);
    let ids: BTreeSet<&str> = patterns
        .iter()
        .map(|p| p.attribute("id").unwrap())
        .collect();
    assert_eq!(ids.len(), 4, "pattern ids are unique");
    // Two keys never look alike: each pattern's content, without its id, is its own.
    let contents: BTreeSet<String> = patterns
        .iter()
        .map(|pattern| {
            let range = pattern.range();
            svg[range].replace(pattern.attribute("id").unwrap(), "")
        })
        .collect();
    assert_eq!(contents.len(), 4);

    let mut referenced = BTreeSet::new();
    for node in document.descendants() {
        if let Some(fill) = node.attribute("fill")
            && let Some(id) = fill.strip_prefix("url(#").and_then(|f| f.strip_suffix(')'))
        {
            assert!(ids.contains(id), "`{fill}` names a defined pattern");
            referenced.insert(id);
        }
    }
    assert_eq!(referenced, ids, "every pattern is used");

    let legend: Vec<(String, String, String)> = with_class(&document, "legend-entry")
        .into_iter()
        .map(|entry| {
            let swatch = entry
                .children()
                .find(|n| n.has_tag_name("rect"))
                .expect("a swatch");
            (
                entry.attribute("data-key").unwrap().to_owned(),
                swatch.attribute("fill").unwrap().to_owned(),
                text(entry),
            )
        })
        .collect();
    let legend_keys: Vec<(&str, &str)> = legend
        .iter()
        .map(|(k, _, l)| (k.as_str(), l.as_str()))
        .collect();
    assert_eq!(
        legend_keys,
        [
            ("device-energy", "Device energy"),
            ("data-transfer", "Data transfer"),
            ("staff-time", "Staff time"),
            ("travel", "Travel"),
        ]
    );
    for segment in with_class(&document, "segment") {
        let key = segment.attribute("data-key").unwrap();
        let (_, swatch_fill, _) = legend.iter().find(|(k, _, _)| k == key).unwrap();
        assert_eq!(
            segment.attribute("fill"),
            Some(swatch_fill.as_str()),
            "`{key}` matches its swatch"
        );
    }

    // The wide segments carry their label; the thin Data transfer one (0.0094) does not.
    let segment_labels: Vec<String> = with_class(&document, "segment-label")
        .into_iter()
        .map(text)
        .collect();
    assert!(
        segment_labels.contains(&"Travel".to_owned()),
        "{segment_labels:?}"
    );
    assert!(
        !segment_labels.contains(&"Data transfer".to_owned()),
        "{segment_labels:?}"
    );
}

#[test]
fn axis_has_four_to_six_round_ticks_and_the_unit() {
    let svg = stacked_bars_svg(&sample_chart());
    let document = parse(&svg);
    let axis = with_class(&document, "axis")[0];
    let labels: Vec<String> = axis
        .children()
        .filter(|node| node.has_tag_name("text") && node.attribute("class").is_none())
        .map(text)
        .collect();
    assert_eq!(labels, ["0", "0.2", "0.4", "0.6", "0.8", "1"]);
    assert_eq!(
        text(with_class(&document, "unit")[0]),
        "kgCO2e per application"
    );
}

#[test]
fn coordinates_have_at_most_two_decimals_and_output_is_deterministic() {
    let chart = sample_chart();
    let svg = stacked_bars_svg(&chart);
    assert_eq!(svg, stacked_bars_svg(&chart.clone()));
    let document = parse(&svg);
    for node in document.descendants().filter(|n| n.is_element()) {
        for name in ["x", "y", "x1", "y1", "x2", "y2", "width", "height", "d"] {
            let Some(value) = node.attribute(name) else {
                continue;
            };
            for number in value.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
                let decimals = number
                    .split_once('.')
                    .map_or(0, |(_, fraction)| fraction.len());
                assert!(
                    decimals <= 2,
                    "`{name}=\"{value}\"` on <{}>",
                    node.tag_name().name()
                );
            }
        }
    }
}

#[test]
fn escapes_special_characters_in_every_label() {
    let nasty = r#"<b>"R&D" & 'ops'</b>"#;
    let chart = StackedBars {
        title: format!("Title {nasty}"),
        unit: format!("kg {nasty}"),
        bars: vec![bar(
            &format!("Channel {nasty}"),
            1.0,
            Some((0.5, 1.5)),
            &[(nasty, &format!("Segment {nasty}"), 1.0)],
        )],
    };
    let svg = stacked_bars_svg(&chart);
    let document = parse(&svg);
    assert_eq!(
        document
            .root_element()
            .first_element_child()
            .unwrap()
            .text(),
        Some(chart.title.as_str())
    );
    assert_eq!(text(with_class(&document, "chart-title")[0]), chart.title);
    assert_eq!(text(with_class(&document, "unit")[0]), chart.unit);
    assert_eq!(
        text(with_class(&document, "channel")[0]),
        chart.bars[0].label
    );
    let entry = with_class(&document, "legend-entry")[0];
    assert_eq!(entry.attribute("data-key"), Some(nasty));
    assert_eq!(text(entry), format!("Segment {nasty}"));
    assert_eq!(
        with_class(&document, "segment")[0].attribute("data-key"),
        Some(nasty)
    );
    // No element came from a label: the only <b> would be one.
    assert!(document.descendants().all(|n| !n.has_tag_name("b")));
}

#[test]
fn control_characters_are_dropped_rather_than_breaking_the_document() {
    let mut chart = sample_chart();
    chart.title = "Bell\u{7} and escape\u{1b}".to_owned();
    let svg = stacked_bars_svg(&chart);
    let document = parse(&svg);
    assert_eq!(
        text(with_class(&document, "chart-title")[0]),
        "Bell and escape"
    );
}

#[test]
fn a_chart_without_bars_still_renders() {
    let chart = StackedBars {
        title: "Nothing yet".to_owned(),
        unit: "kgCO2e per application".to_owned(),
        bars: Vec::new(),
    };
    let svg = stacked_bars_svg(&chart);
    let document = parse(&svg);
    assert!(with_class(&document, "segment").is_empty());
    assert!(with_class(&document, "legend-entry").is_empty());
    assert_eq!(
        text(with_class(&document, "no-data")[0]),
        "No channels to show."
    );
    insta::assert_snapshot!("no_bars", svg);
}

#[test]
fn empty_and_unusable_values_render_as_zero() {
    let chart = StackedBars {
        title: "Odd values".to_owned(),
        unit: "kgCO2e".to_owned(),
        bars: vec![
            Bar {
                label: "Post".to_owned(),
                total: 0.0,
                low: None,
                high: None,
                segments: Vec::new(),
            },
            bar(
                "Phone",
                f64::NAN,
                Some((f64::NEG_INFINITY, f64::INFINITY)),
                &[
                    ("staff-time", "Staff time", -1.0),
                    ("calls", "Calls", f64::NAN),
                ],
            ),
            bar(
                "Online",
                0.0,
                Some((0.0, 0.0)),
                &[("device", "Device", 0.0)],
            ),
        ],
    };
    let svg = stacked_bars_svg(&chart);
    assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    let document = parse(&svg);
    assert_eq!(with_class(&document, "bar").len(), 3);
    assert!(with_class(&document, "segment").is_empty());
    assert_eq!(with_class(&document, "legend-entry").len(), 3);
    let totals: Vec<String> = with_class(&document, "total")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(totals, ["0", "0", "0"]);
}
