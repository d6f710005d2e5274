//! Findings and page reports on hand-made measurements.

use sero_core::factor::FactorLibrary;
use sero_core::findings::{WSG_2026, cacheable, findings};
use sero_core::page::{ImageUse, Method, PageMeasurement, Resource, View};
use sero_core::page_report::{GridUsed, default_template, page_report};

fn resource(url: &str, kind: &str, mime: &str, bytes: u64) -> Resource {
    Resource {
        url: url.to_owned(),
        domain: url.split('/').nth(2).unwrap_or("").to_owned(),
        first_party: url.contains("example.gov.wales"),
        resource_type: kind.to_owned(),
        mime_type: mime.to_owned(),
        status: 200,
        transfer_bytes: bytes,
        body_bytes: Some(bytes),
        content_encoding: None,
        cache_control: Some("max-age=3600".to_owned()),
        has_etag: false,
        has_last_modified: false,
        has_expires: false,
        from_cache: false,
        cancelled: false,
    }
}

fn page() -> PageMeasurement {
    let doc = resource(
        "https://example.gov.wales/apply",
        "Document",
        "text/html",
        20_000,
    );
    let mut photo = resource(
        "https://example.gov.wales/hero.jpg",
        "Image",
        "image/jpeg",
        400_000,
    );
    photo.cache_control = None;
    let mut script = resource(
        "https://example.gov.wales/app.js",
        "Script",
        "application/javascript",
        300_000,
    );
    script.content_encoding = None;
    let font = resource(
        "https://fonts.example.net/font.woff2",
        "Font",
        "font/woff2",
        50_000,
    );
    let tracker = resource(
        "https://tracker.example.com/t.js",
        "Script",
        "application/javascript",
        30_000,
    );
    let first = View {
        resources: vec![doc.clone(), photo.clone(), script.clone(), font, tracker],
    };
    let mut cached_script = script;
    cached_script.from_cache = true;
    cached_script.transfer_bytes = 0;
    let repeat = View {
        resources: vec![doc, photo, cached_script],
    };
    PageMeasurement {
        url: "https://example.gov.wales/apply".to_owned(),
        final_url: "https://example.gov.wales/apply".to_owned(),
        method: Method::Chromium,
        dom_elements: 600,
        first_view: first,
        repeat_view: Some(repeat),
        images: vec![ImageUse {
            url: "https://example.gov.wales/hero.jpg".to_owned(),
            natural_width: 2000,
            natural_height: 1000,
            rendered_width: 500,
            rendered_height: 250,
        }],
        coverage: vec![],
        autoplay_videos: vec![],
        limits: vec![],
    }
}

#[test]
fn findings_come_from_what_was_measured() {
    let found = findings(&page(), 1e-6, &WSG_2026);
    let ids: Vec<&str> = found.iter().map(|f| f.id).collect();
    for id in [
        "oversized-images",
        "modern-image-formats",
        "uncompressed-text",
        "cache-headers",
        "web-fonts",
        "third-party",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert!(!ids.contains(&"autoplay-video") && !ids.contains(&"unused-javascript"));
    let get = |id| found.iter().find(|f| f.id == id).unwrap();
    // 2000×1000 shown at 500×250: 1/16 of the pixels are needed.
    assert_eq!(get("oversized-images").bytes_saved, Some(375_000));
    // The photo has no cache headers; the repeat view downloaded it again (400 kB).
    assert_eq!(get("cache-headers").bytes_saved, Some(400_000));
    assert_eq!(
        get("cache-headers").resources,
        ["https://example.gov.wales/hero.jpg"]
    );
    assert_eq!(get("third-party").bytes_saved, Some(80_000));
    assert_eq!(get("modern-image-formats").bytes_saved, None);
    assert_eq!(get("uncompressed-text").bytes_at_stake, 350_000);
    assert!(
        get("web-fonts")
            .criterion
            .url
            .ends_with("#pre-installed-typefaces")
    );
    // Largest saving first; the findings without an estimated saving come last, the larger
    // at stake first, and are not "fix first".
    assert_eq!(
        ids,
        [
            "cache-headers",
            "oversized-images",
            "third-party",
            "web-fonts",
            "modern-image-formats",
            "uncompressed-text",
        ]
    );
    let fix_first: Vec<bool> = found.iter().map(|f| f.fix_first()).collect();
    assert_eq!(fix_first, [true, true, true, true, false, false]);
    assert_eq!(get("oversized-images").co2e_g_saved, Some(0.375));
}

#[test]
fn a_finding_that_saves_nothing_is_not_fix_first() {
    // Web fonts already in the cache: a finding with a saving of 0 bytes.
    let mut measured = page();
    for r in &mut measured.first_view.resources {
        if r.resource_type == "Font" {
            r.transfer_bytes = 0;
        }
    }
    let found = findings(&measured, 1e-6, &WSG_2026);
    let fonts = found.iter().position(|f| f.id == "web-fonts").unwrap();
    assert_eq!(found[fonts].bytes_saved, Some(0));
    assert!(!found[fonts].fix_first());
    // Every finding with a saving comes before every finding without one.
    let fix_first: Vec<bool> = found.iter().map(|f| f.fix_first()).collect();
    assert!(
        fix_first.windows(2).all(|pair| pair[0] >= pair[1]),
        "{:?}",
        found
            .iter()
            .map(|f| (f.id, f.bytes_saved))
            .collect::<Vec<_>>()
    );
    assert_eq!(fix_first.iter().filter(|f| **f).count(), 3);
}

#[test]
fn cache_headers_are_read_as_browsers_read_them() {
    let mut r = resource("https://x/a.css", "Stylesheet", "text/css", 1);
    for (control, expires, expected) in [
        (Some("max-age=600"), false, true),
        (Some("public, s-maxage=60"), false, true),
        (Some("max-age=0"), false, false),
        (Some("no-store"), true, false),
        (Some("no-cache, max-age=600"), false, false),
        (None, true, true),
        (None, false, false),
    ] {
        r.cache_control = control.map(str::to_owned);
        r.has_expires = expires;
        assert_eq!(cacheable(&r), expected, "{control:?} expires={expires}");
    }
}

#[test]
fn report_groups_bytes_and_rates_the_page() {
    let library = super::library();
    let report = page_report(
        page(),
        &|d| Some(d == "example.gov.wales"),
        &default_template(),
        library,
    )
    .unwrap();
    assert_eq!(report.transfer_bytes, 800_000);
    assert_eq!(report.repeat_transfer_bytes, Some(420_000));
    assert_eq!(report.requests, 5);
    // By default every segment's operational energy is at the United Kingdom's annual average
    // (Ember, as CO2.js bundles it); SWD v4's embodied energy stays at its global 494 gCO2e/kWh.
    let uk = library.get("grid/ember/GBR").unwrap().value;
    assert_eq!(
        report.grid,
        GridUsed {
            code: Some("GBR".to_owned()),
            g_per_kwh: uk,
            factor: Some("grid/ember/GBR".to_owned()),
        }
    );
    // Green first-party bytes (720 kB): network 0.059 and devices 0.080 kWh/GB operational;
    // grey third parties (80 kB) also data centres' 0.055; embodied 0.106 kWh/GB × 494.
    let expected = 720_000.0 / 1e9 * ((0.059 + 0.080) * uk + 0.106 * 494.0)
        + 80_000.0 / 1e9 * ((0.055 + 0.059 + 0.080) * uk + 0.106 * 494.0);
    assert!(
        (report.co2e_g - expected).abs() < 1e-9,
        "{} vs {expected}",
        report.co2e_g
    );
    // 0.0668 g: between 0.040 and 0.079 g, an A on the SWD v4 scale.
    assert_eq!(report.rating, "A");
    let domains: Vec<(&str, u64, Option<bool>)> = report
        .by_domain
        .iter()
        .map(|g| (g.key.as_str(), g.transfer_bytes, g.green))
        .collect();
    assert_eq!(
        domains,
        [
            ("example.gov.wales", 720_000, Some(true)),
            ("fonts.example.net", 50_000, Some(false)),
            ("tracker.example.com", 30_000, Some(false)),
        ]
    );
    assert_eq!(report.by_type[0].key, "Image");
    // EcoIndex of 600 elements, 5 requests, 800 kB.
    assert_eq!(
        report.ecoindex,
        sero_core::ecoindex::ecoindex(600.0, 5.0, 800.0)
    );
}

/// A journey's estimate: each step weighed as a page view of its bytes, the totals their sums.
#[test]
fn journey_steps_are_weighed_as_page_views_and_added_up() {
    use sero_core::journey::estimate;
    use sero_core::model::Context;
    use sero_core::models::data_transfer::estimate_transfer;
    let steps = [(2_000_000_u64, 40_usize), (0, 0), (150_000, 3)];
    let journey = estimate(steps, &default_template(), super::library()).unwrap();
    assert_eq!(journey.steps.len(), 3);
    for (step, (bytes, requests)) in journey.steps.iter().zip(steps) {
        let mut request = default_template();
        request.bytes = bytes as f64;
        let mut ctx = Context::explaining(super::library(), 0.0);
        let expected = estimate_transfer(&request, &mut ctx).unwrap().co2e_g;
        assert_eq!(step.co2e_g, expected);
        assert_eq!((step.transfer_bytes, step.requests), (bytes, requests));
    }
    assert_eq!(journey.steps[1].co2e_g, 0.0);
    assert!(journey.steps[0].co2e_g > journey.steps[2].co2e_g);
    assert_eq!(journey.transfer_bytes, 2_150_000);
    assert_eq!(journey.requests, 43);
    assert_eq!(
        journey.co2e_g,
        journey.steps[0].co2e_g + journey.steps[1].co2e_g + journey.steps[2].co2e_g
    );
    // No steps, no grams.
    let empty = estimate([], &default_template(), super::library()).unwrap();
    assert_eq!(
        (empty.transfer_bytes, empty.requests, empty.co2e_g),
        (0, 0, 0.0)
    );
}
