//! `sero estimate --format html` and `sero compare --format html` on the Welsh Blue Badge
//! example, in English and Welsh: self-contained pages that pass axe-core's WCAG 2.2 AA rules
//! and do not scroll sideways at 320 px, with the names given in the manifest, the summary
//! first, a bar chart with a text alternative, and every word in the page's language.

use crate::{Sandbox, example};

/// The page `sero --lang LANG COMMAND <example> ARGS --format html` writes.
fn report(lang: &str, command: &str, extra: &[&str]) -> String {
    let manifest = example("blue-badge-wales.yaml");
    let manifest = manifest.to_str().expect("UTF-8 path");
    let mut args = vec!["--lang", lang, command, manifest, "--format", "html"];
    args.extend_from_slice(extra);
    Sandbox::new().run(&args).success()
}

/// What every report is made of, whatever its language.
#[track_caller]
fn assert_structure(html: &str, lang: &str, mentions: usize) {
    assert!(
        html.starts_with(&format!("<!doctype html><html lang=\"{lang}\">")),
        "{}",
        &html[..200]
    );
    assert_eq!(html.matches("<main>").count(), 1);
    assert!(html.matches("<h1>").count() == 1 && html.contains("<h2>"));
    let tables = html.matches("<table>").count();
    assert!(tables >= 2, "{html}");
    assert_eq!(html.matches("<caption").count(), tables, "a caption each");
    assert!(!html.contains("<th>"), "every header has a scope");
    assert!(html.contains("<th scope=\"col\">") && html.contains("<th scope=\"row\">"));
    // Each table scrolls by itself, in a focusable region named by its caption.
    assert_eq!(
        html.matches("<div class=\"table\" role=\"region\" aria-labelledby=\"")
            .count(),
        tables
    );
    // A chart with a text alternative.
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(html.contains("role=\"img\" aria-labelledby=\""));
    assert!(html.contains("<desc id="));
    // Self-contained, and light.
    for outside in ["<script", "src=", "href=", "url(", "@import", "<link"] {
        assert!(!html.contains(outside), "`{outside}` in the report");
    }
    assert!(html.len() < 100_000, "{} bytes", html.len());
    for name in [
        "Online form",
        "Paper form by post",
        "Phone, with a call handler",
        "Face to face at the one-stop shop",
    ] {
        assert!(
            html.matches(name).count() >= mentions,
            "`{name}` named {mentions} times or more"
        );
    }
}

/// The text of the first element after the `<h1>`.
fn after_title(html: &str) -> &str {
    let rest = &html[html.find("</h1>").expect("a title") + "</h1>".len()..];
    &rest[..rest.len().min(300)]
}

#[test]
fn estimate_html_in_english_and_welsh_passes_wcag_aa_and_fits_320_px() {
    let _turn = crate::page::CHROMIUM
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    let english = report("en", "estimate", &[]);
    assert_structure(&english, "en", 1);
    // The names people gave in the manifest.
    assert!(
        english.contains(
            "<h1>Apply for a Blue Badge — Example County Council (Cyngor Sir Enghreifftiol)</h1>"
        ),
        "{english}"
    );
    assert!(
        after_title(&english).starts_with("<p>In short: about "),
        "{}",
        after_title(&english)
    );
    assert!(english.contains("<h2>Hotspots (largest first)</h2>"));
    assert!(english.contains("Post-room scanner (spend-based)"));
    assert!(english.contains("<caption id=\"totals\">Totals</caption>"));
    let welsh = report("cy", "estimate", &[]);
    assert_structure(&welsh, "cy", 1);
    assert!(
        after_title(&welsh).starts_with("<p>Yn fyr: tua "),
        "{}",
        after_title(&welsh)
    );
    assert!(welsh.contains("<h2>Mannau poeth (y mwyaf yn gyntaf)</h2>"));
    assert!(welsh.contains("<caption id=\"totals\">Cyfansymiau</caption>"));
    for english_word in ["Hotspots", "In short", "Totals", "Warnings", "bar chart"] {
        assert!(!welsh.contains(english_word), "`{english_word}` in Welsh");
    }
    for html in [&english, &welsh] {
        let checked = sero_test_server::accessibility::check(html);
        assert!(checked.passes(), "{checked:#?}");
    }
}

#[test]
fn compare_html_in_english_and_welsh_passes_wcag_aa_and_fits_320_px() {
    let _turn = crate::page::CHROMIUM
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    let shift = ["--shift", "paper:online=25%"];
    let english = report("en", "compare", &shift);
    assert_structure(&english, "en", 3);
    assert!(
        english.contains("<h1>Apply for a Blue Badge — channels compared per application</h1>")
    );
    assert!(
        after_title(&english).starts_with("<h2>In short</h2><ul><li>One application by “"),
        "{}",
        after_title(&english)
    );
    assert!(english.contains(
        "<title id=\"channels-chart-title\">Each channel per application (gCO2e)</title>"
    ));
    assert!(english.contains("Online form: 200 gCO2e; Paper form by post: 799 gCO2e"));
    assert!(english.contains("<th scope=\"row\">paper:online=25%</th>"));
    assert!(english.contains("leaves out networks"));
    let welsh = report("cy", "compare", &shift);
    assert_structure(&welsh, "cy", 3);
    assert!(
        after_title(&welsh).starts_with("<h2>Yn fyr</h2><ul><li>Mae un application drwy “"),
        "{}",
        after_title(&welsh)
    );
    assert!(welsh.contains("<h2>Senarios</h2>") && welsh.contains("<h2>Ffiniau</h2>"));
    for english_word in [
        "In short",
        "Scenarios",
        "Boundaries",
        "per application",
        "What each channel",
    ] {
        assert!(!welsh.contains(english_word), "`{english_word}` in Welsh");
    }
    for html in [&english, &welsh] {
        let checked = sero_test_server::accessibility::check(html);
        assert!(checked.passes(), "{checked:#?}");
    }
}

#[test]
fn unit_applies_to_the_html_reports() {
    let html = report("en", "compare", &["--unit", "kg"]);
    assert!(html.contains("Online form: 0.200 kgCO2e"), "{html}");
    assert!(
        html.contains("<th scope=\"col\">kgCO2e per application</th>"),
        "{html}"
    );
    let html = report("en", "estimate", &["--unit", "t"]);
    assert!(html.contains("<th scope=\"col\">tCO2e</th>"), "{html}");
    assert!(
        html.contains(
            "In short: about 8.54 tCO2e in the period, or 0.000712 tCO2e per application."
        ),
        "{html}"
    );
    for other in [
        "kgCO2e</th>",
        "<th scope=\"col\">gCO2e",
        " gCO2e per application</th>",
    ] {
        assert!(!html.contains(other), "`{other}` in {html}");
    }
}

#[test]
fn time_series_accounting_is_refused_in_html_with_a_hint() {
    let manifest = example("blue-badge-wales.yaml");
    let manifest = manifest.to_str().expect("UTF-8 path");
    let refused = Sandbox::new()
        .run(&[
            "estimate",
            manifest,
            "--format",
            "html",
            "--accounting",
            "both",
            "--offline",
        ])
        .refused();
    insta::assert_snapshot!(refused, @"
    error: time-series accounting is shown in the table and JSON reports, not yet in HTML
      = hint: use `--format json`, or `--accounting location` for HTML
    ");
}
