//! The renderers on the bundled Welsh example, in English and Welsh: the sections a page embeds
//! carry no page, style or script of their own and their words follow the localizer; the page of
//! its own is exactly its start, the sections and its end; JSON and CSV keep their shapes.

use sero_core::compare::{self, CompareReport, Shift};
use sero_core::evaluate::{Options, assess};
use sero_core::factor::FactorSet;
use sero_core::{Assessment, Registry, Service};
use sero_i18n::{Lang, Localizer};
use sero_render::{MassUnit, compare as compare_render, document, estimate, html};

fn library() -> &'static FactorSet {
    static LIBRARY: std::sync::OnceLock<FactorSet> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| sero_factors::bundled().expect("the bundled factor library parses"))
}

fn example() -> Service {
    let registry = Registry::bundled();
    let exists = |id: &str| sero_core::FactorLibrary::get(library(), id).is_some();
    let schema = sero_manifest::manifest::Schema {
        registry: &registry,
        factor_exists: &exists,
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/blue-badge-wales.yaml");
    sero_manifest::manifest::load(&path, &schema).expect("the example manifest reads")
}

fn assessed(service: &Service) -> Assessment {
    let options = Options {
        samples: 200,
        seed: 1,
        explain: true,
    };
    assess(service, &Registry::bundled(), library(), options)
}

fn compared(service: &Service, a: &Assessment) -> CompareReport {
    let shift = Shift {
        from: "paper".to_owned(),
        to: "online".to_owned(),
        fraction: 0.25,
    };
    compare::report(service, a, &Registry::bundled(), library(), &[shift])
        .expect("the shift applies")
}

/// The sections, inside one element, as XML: they must be well formed, with every element
/// closed, so a page can embed them anywhere. Each element's name, with its attributes' names.
fn parsed(sections: &str) -> Vec<(String, Vec<String>)> {
    let wrapped = format!("<div>{sections}</div>");
    let doc = roxmltree::Document::parse(&wrapped).expect("the sections are well formed");
    doc.descendants()
        .filter(|n| n.is_element())
        .map(|n| {
            let attributes = n.attributes().map(|a| a.name().to_owned()).collect();
            (n.tag_name().name().to_owned(), attributes)
        })
        .collect()
}

fn elements(sections: &str) -> Vec<String> {
    parsed(sections).into_iter().map(|(tag, _)| tag).collect()
}

/// What a strict Content-Security-Policy page forbids or owns itself.
fn assert_embeddable(sections: &str) {
    let tags = elements(sections);
    for own in [
        "html", "head", "body", "main", "style", "script", "h1", "link", "meta",
    ] {
        assert!(
            !tags.iter().any(|t| t == own),
            "<{own}> in the sections: {sections}"
        );
    }
    for (tag, attributes) in parsed(sections) {
        for name in attributes {
            assert!(
                name != "style" && !name.starts_with("on"),
                "<{tag} {name}>: inline style or script"
            );
        }
    }
    assert!(
        tags.iter().any(|t| t == "h2"),
        "the sections are headed by <h2>"
    );
    assert!(tags.iter().any(|t| t == "svg"), "the chart is inline SVG");
}

#[test]
fn estimate_sections_embed_under_a_strict_policy_and_speak_welsh() {
    let service = example();
    let a = assessed(&service);
    let english = estimate::html_sections(&a, None, &[], &Localizer::new(Lang::En));
    let welsh = estimate::html_sections(&a, None, &[], &Localizer::new(Lang::Cy));
    assert_embeddable(&english);
    assert_embeddable(&welsh);
    // Headings and column names from each catalogue.
    assert!(
        english.contains("<h2>Hotspots (largest first)</h2>"),
        "{english}"
    );
    assert!(
        welsh.contains("<h2>Mannau poeth (y mwyaf yn gyntaf)</h2>"),
        "{welsh}"
    );
    assert!(
        welsh.contains("<h2>Fesul cwmpas y GHG Protocol</h2>"),
        "{welsh}"
    );
    assert!(
        !welsh.contains("Hotspots"),
        "an English heading in Welsh: {welsh}"
    );
    assert!(!welsh.contains("By GHG Protocol scope"), "{welsh}");
    // The same figures in both: the structure differs only in words.
    assert_eq!(elements(&english), elements(&welsh));
}

#[test]
fn estimate_document_is_its_start_sections_and_end() {
    let service = example();
    let a = assessed(&service);
    let notes = vec!["A factor overridden for this test.".to_owned()];
    for lang in [Lang::En, Lang::Cy] {
        let l = Localizer::new(lang);
        let document = estimate::html_document(&a, Some(MassUnit::Kg), &notes, &l);
        let mut expected = String::new();
        html::start(&mut expected, lang.code(), &estimate::title(&a, &l));
        expected.push_str(&estimate::html_sections(&a, Some(MassUnit::Kg), &notes, &l));
        html::end(&mut expected);
        assert_eq!(document, expected);
        assert!(document.starts_with(&format!("<!doctype html><html lang=\"{}\">", lang.code())));
        // The page's own stylesheet is the page's rule and the sections' stylesheet.
        assert!(document.contains(&format!(
            "<style>{}{}</style>",
            html::PAGE_CSS,
            html::REPORT_CSS
        )));
        assert!(document.contains("A factor overridden for this test."));
    }
    assert!(html::REPORT_CSS.contains(".table{") && !html::REPORT_CSS.contains("body{"));
}

#[test]
fn compare_sections_show_channels_intervals_and_scenarios_in_welsh() {
    let service = example();
    let a = assessed(&service);
    let report = compared(&service, &a);
    let shifts = vec!["paper:online=25%".to_owned()];
    let l = Localizer::new(Lang::Cy);
    let welsh = compare_render::html_sections(&report, &shifts, &a.all_warnings(), None, &l);
    assert_embeddable(&welsh);
    assert!(welsh.contains("<h2>Yn fyr</h2>"), "{welsh}");
    assert!(welsh.contains("<h2>Sianeli</h2>"), "{welsh}");
    assert!(welsh.contains("<h2>Senarios</h2>"), "{welsh}");
    assert!(
        welsh.contains("paper:online=25%"),
        "the scenario named as asked"
    );
    assert!(!welsh.contains("<h2>Scenarios</h2>") && !welsh.contains("In short"));
    // Every channel, each with its interval per transaction.
    for channel in &report.channels {
        assert!(
            welsh.contains(&html::escape(&channel.name)),
            "{}",
            channel.name
        );
    }
    let english = compare_render::html_sections(
        &report,
        &shifts,
        &a.all_warnings(),
        None,
        &Localizer::new(Lang::En),
    );
    assert_eq!(elements(&english), elements(&welsh));

    let document = compare_render::html_document(&report, &shifts, &a.all_warnings(), None, &l);
    assert!(document.starts_with("<!doctype html><html lang=\"cy\">"));
    assert!(document.contains(&welsh));

    // The stacked chart of what each channel is made of, with the Welsh names of elements.
    let svg = compare_render::chart_svg(&report, &l);
    let chart = roxmltree::Document::parse(&svg).expect("the chart is well formed SVG");
    assert_eq!(chart.root_element().tag_name().name(), "svg");
}

/// Every `id` in `html`.
fn ids(html: &str) -> Vec<String> {
    parsed_ids(&format!("<div>{html}</div>"))
}

fn parsed_ids(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well formed");
    doc.descendants()
        .filter_map(|n| n.attribute("id"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_estimate_and_the_comparison_share_a_page_without_sharing_an_id() {
    let service = example();
    let a = assessed(&service);
    let report = compared(&service, &a);
    let l = Localizer::new(Lang::En);
    let both = format!(
        "{}{}",
        estimate::html_sections(&a, None, &[], &l),
        compare_render::html_sections(&report, &["paper:online=25%".to_owned()], &[], None, &l)
    );
    let mut all = ids(&both);
    let count = all.len();
    assert!(count > 10, "{all:?}");
    all.sort();
    all.dedup();
    assert_eq!(all.len(), count, "an id twice on one page");
}

#[test]
fn json_and_csv_keep_their_shapes_and_render_messages_in_the_language() {
    let service = example();
    let a = assessed(&service);
    let l = Localizer::new(Lang::Cy);
    let body = estimate::json(&a, &[], &l);
    for key in [
        "service",
        "total",
        "per_functional_unit",
        "channels",
        "components",
        "warnings",
    ] {
        assert!(body.get(key).is_some(), "{key}");
    }
    let warnings: Vec<String> = a.all_warnings().iter().map(|w| l.render(w)).collect();
    assert_eq!(body["warnings"], serde_json::json!(warnings));
    let text = document::write(document::Kind::Estimate, Some(&service.period), body)
        .expect("an object stamps");
    let stamped: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let keys: Vec<&str> = stamped
        .as_object()
        .expect("an object")
        .keys()
        .take(4)
        .map(String::as_str)
        .collect();
    assert_eq!(keys, document::ENVELOPE_KEYS);
    assert_eq!(stamped["document"], "estimate");
    assert_eq!(stamped["period"]["start"], service.period.start.to_string());
    assert!(text.ends_with("}\n"));
    let refused = document::stamp(document::Kind::Estimate, None, serde_json::json!([1]))
        .expect_err("a list is not a document");
    assert!(refused.hint.is_none());

    let csv = estimate::csv(&a, &l);
    let mut lines = csv.lines();
    let header = lines.next().expect("a header");
    assert!(header.starts_with(&estimate::CSV_HEADER.join(",")));
    assert_eq!(lines.count(), a.components.len());
}
