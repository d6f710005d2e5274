//! The accessibility check finds what it should: a page that breaks a WCAG rule or scrolls
//! sideways at 320 px fails it, the same page mended passes, and a wide table inside its own
//! scroll box does not count as the page scrolling.

use sero_test_server::accessibility::{REFLOW_WIDTH, check};

/// Chromium runs one at a time across the tests of this binary.
static CHROMIUM: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn page(body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>Test</title>\
         <style>.scroll{{overflow-x:auto}}</style></head><body><main><h1>Test</h1>{body}</main></body></html>"
    )
}

/// A 1×1 transparent GIF.
const GIF: &str = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";

#[test]
fn an_image_without_alt_text_is_a_violation_and_with_it_passes() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let broken = check(&page(&format!("<img src=\"{GIF}\">")));
    let ids: Vec<&str> = broken.violations.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, ["image-alt"], "{broken:#?}");
    assert_eq!(broken.violations[0].targets, ["img"]);
    assert!(!broken.passes());

    let mended = check(&page(&format!("<img src=\"{GIF}\" alt=\"A dot\">")));
    assert!(mended.passes(), "{mended:#?}");
}

#[test]
fn a_page_wider_than_320_px_fails_but_a_table_in_its_own_scroll_box_does_not() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let wide = "<table><caption>Wide</caption><tr><th scope=\"col\">Name</th></tr>\
                <tr><td style=\"white-space:nowrap\">aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</td></tr></table>";
    let sideways = check(&page(wide));
    assert!(sideways.scroll_width > REFLOW_WIDTH, "{sideways:#?}");
    assert!(
        sideways.too_wide.iter().any(|e| e.starts_with("table")),
        "{sideways:#?}"
    );
    assert!(!sideways.passes());

    let boxed = check(&page(&format!(
        "<div class=\"scroll\" role=\"region\" aria-label=\"Wide\" tabindex=\"0\">{wide}</div>"
    )));
    assert!(boxed.passes(), "{boxed:#?}");
}
