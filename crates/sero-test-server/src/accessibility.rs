//! Accessibility checks of an HTML report for sero's tests: the document is served from a
//! loopback [`Server`], loaded in headless Chromium, checked with axe-core's WCAG 2.0, 2.1 and
//! 2.2 level A and AA rules, and measured at 320 CSS pixels wide (WCAG 1.4.10, Reflow).
//!
//! axe-core is not bundled: `scripts/axe-core` installs it with npm and prints the path of its
//! `axe.min.js`, which the tests read from `SERO_AXE_JS` (`scripts/test` sets it). A test that
//! calls [`check`] without it fails with that hint.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::emulation::{
    ClearDeviceMetricsOverrideParams, SetDeviceMetricsOverrideParams,
};
use futures::StreamExt;
use sero_support::env::EnvVars;

use crate::{Fixture, Server};

/// The axe-core tags run: WCAG 2.0, 2.1 and 2.2, levels A and AA.
pub const WCAG_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// The width of the reflow check, CSS pixels (WCAG 2.2 success criterion 1.4.10).
pub const REFLOW_WIDTH: i64 = 320;

/// One rule an HTML document breaks, with the elements that break it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// axe-core's rule id, such as `image-alt`.
    pub id: String,
    pub impact: String,
    pub help: String,
    /// A CSS selector of each element concerned.
    pub targets: Vec<String>,
}

/// What [`check`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accessibility {
    pub violations: Vec<Violation>,
    /// `document.documentElement.scrollWidth` with a 320 px wide viewport: more than 320 means
    /// the page scrolls sideways (a table inside its own scroll box does not count, since its
    /// overflow stays inside the box).
    pub scroll_width: i64,
    /// The elements wider than the viewport that are not inside a scroll box, as selectors.
    pub too_wide: Vec<String>,
}

impl Accessibility {
    /// True when there is no violation and nothing scrolls sideways at 320 px.
    pub fn passes(&self) -> bool {
        self.violations.is_empty() && self.scroll_width <= REFLOW_WIDTH && self.too_wide.is_empty()
    }
}

/// The path of axe-core's `axe.min.js`, from `SERO_AXE_JS`; panics with how to get it.
pub fn axe_path() -> PathBuf {
    let hint = "run `scripts/axe-core` (it installs axe-core with npm and prints the path) and \
                set SERO_AXE_JS to what it prints, or run the tests with `scripts/test`";
    let Some(path) = EnvVars::SERO_AXE_JS.get_os() else {
        panic!("SERO_AXE_JS is not set: the accessibility tests need axe-core; {hint}");
    };
    let path = PathBuf::from(path);
    assert!(
        path.is_file(),
        "SERO_AXE_JS is `{}`, which is not a file; {hint}",
        path.display()
    );
    path
}

/// The Chromium to run: `SERO_CHROMIUM`, else `chromium` or `chromium-browser` on `PATH`,
/// else `/usr/bin/chromium`.
pub fn chromium() -> PathBuf {
    if let Some(path) = EnvVars::SERO_CHROMIUM.get_os() {
        return PathBuf::from(path);
    }
    let on_path = EnvVars::PATH.get_os().and_then(|paths| {
        std::env::split_paths(&paths).find_map(|dir| {
            ["chromium", "chromium-browser"]
                .iter()
                .map(|name| dir.join(name))
                .find(|candidate| candidate.is_file())
        })
    });
    on_path.unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// Loads `html` in headless Chromium at 320 px wide, runs axe-core on it with [`WCAG_TAGS`] and
/// measures its width. Panics when Chromium or axe-core cannot be run: a check that cannot
/// run must not pass.
pub fn check(html: &str) -> Accessibility {
    let axe = std::fs::read_to_string(axe_path()).expect("axe-core's axe.min.js is readable");
    let server = Server::start("127.0.0.1", vec![("/report.html", Fixture::html(html))]);
    let url = server.url("/report.html");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime
        .block_on(async {
            tokio::time::timeout(Duration::from_secs(120), run(&chromium(), &url, &axe)).await
        })
        .expect("the accessibility check finished within 120 s")
        .unwrap_or_else(|e| panic!("the accessibility check could not run: {e}"))
}

async fn run(executable: &Path, url: &str, axe: &str) -> Result<Accessibility, String> {
    let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
    let config = BrowserConfig::builder()
        .chrome_executable(executable)
        .no_sandbox()
        .viewport(None)
        .user_data_dir(profile.path())
        .args([
            "disable-gpu",
            "disable-dev-shm-usage",
            "disable-background-networking",
            "disable-component-update",
            "no-first-run",
        ])
        .build()?;
    let (mut browser, mut handler) = Browser::launch(config)
        .await
        .map_err(|e| format!("cannot start `{}`: {e}", executable.display()))?;
    let events = tokio::spawn(async move { while handler.next().await.is_some() {} });
    let result = inspect(&browser, url, axe).await;
    let _ = browser.close().await;
    let _ = browser.wait().await;
    events.abort();
    result
}

async fn inspect(browser: &Browser, url: &str, axe_js: &str) -> Result<Accessibility, String> {
    let page = browser
        .new_page("about:blank")
        .await
        .map_err(|e| e.to_string())?;
    page.execute(SetDeviceMetricsOverrideParams::new(
        REFLOW_WIDTH,
        640,
        1.0,
        false,
    ))
    .await
    .map_err(|e| e.to_string())?;
    page.goto(url).await.map_err(|e| e.to_string())?;
    page.wait_for_navigation()
        .await
        .map_err(|e| e.to_string())?;
    let violations = axe(&page, axe_js).await?;
    let (scroll_width, too_wide) = widths(&page).await?;
    Ok(Accessibility {
        violations,
        scroll_width,
        too_wide,
    })
}

/// How the document `page` shows lays out in a viewport [`REFLOW_WIDTH`] pixels wide (WCAG
/// 2.2 success criterion 1.4.10, Reflow): its `scrollWidth`, and the elements wider than the
/// viewport outside any box that scrolls sideways. The page's own viewport is restored after.
pub async fn reflow(page: &chromiumoxide::Page) -> Result<(i64, Vec<String>), String> {
    page.execute(SetDeviceMetricsOverrideParams::new(
        REFLOW_WIDTH,
        640,
        1.0,
        false,
    ))
    .await
    .map_err(|e| e.to_string())?;
    let widths = widths(page).await;
    page.execute(ClearDeviceMetricsOverrideParams::default())
        .await
        .map_err(|e| e.to_string())?;
    widths
}

/// The document's `scrollWidth` and the elements that pass the viewport's right edge outside
/// any box that scrolls sideways, in the viewport the page has now.
async fn widths(page: &chromiumoxide::Page) -> Result<(i64, Vec<String>), String> {
    let scroll_width: i64 = page
        .evaluate_expression("document.documentElement.scrollWidth")
        .await
        .map_err(|e| e.to_string())?
        .into_value()
        .map_err(|e| e.to_string())?;
    // Elements whose right edge passes the viewport, outside any box that scrolls sideways.
    let too_wide: Vec<String> = page
        .evaluate_expression(format!(
            "JSON.stringify([...document.body.querySelectorAll('*')].filter(e => {{\
               if (e.getBoundingClientRect().right <= {REFLOW_WIDTH} + 0.5) return false;\
               for (let p = e.parentElement; p; p = p.parentElement) {{\
                 const o = getComputedStyle(p).overflowX;\
                 if (o === 'auto' || o === 'scroll') return false;\
               }}\
               return true;\
             }}).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + \
                         (e.className ? '.' + String(e.className).split(' ').join('.') : '')))"
        ))
        .await
        .map_err(|e| e.to_string())?
        .into_value::<String>()
        .map_err(|e| e.to_string())
        .and_then(|json| serde_json::from_str(&json).map_err(|e| e.to_string()))?;
    Ok((scroll_width, too_wide))
}

/// Injects axe-core (`axe_js`, the text of `axe.min.js`) into the document `page` shows and
/// runs it with [`WCAG_TAGS`]: the rules it finds broken. DevTools evaluates the script, so a
/// page's Content-Security-Policy does not stop it.
pub async fn axe(page: &chromiumoxide::Page, axe_js: &str) -> Result<Vec<Violation>, String> {
    page.evaluate_expression(axe_js)
        .await
        .map_err(|e| format!("axe-core did not load: {e}"))?;
    let tags = serde_json::to_string(&WCAG_TAGS).map_err(|e| e.to_string())?;
    let script = format!(
        "axe.run(document, {{runOnly: {{type: 'tag', values: {tags}}}, resultTypes: ['violations']}})\
         .then(r => JSON.stringify(r.violations.map(v => ({{id: v.id, impact: v.impact || '', \
         help: v.help, targets: v.nodes.map(n => n.target.join(' '))}}))))"
    );
    let violations: String = page
        .evaluate_expression(script)
        .await
        .map_err(|e| format!("axe.run failed: {e}"))?
        .into_value()
        .map_err(|e| e.to_string())?;
    let violations: Vec<serde_json::Value> =
        serde_json::from_str(&violations).map_err(|e| e.to_string())?;
    let text = |v: &serde_json::Value, key: &str| v[key].as_str().unwrap_or_default().to_owned();
    Ok(violations
        .iter()
        .map(|v| Violation {
            id: text(v, "id"),
            impact: text(v, "impact"),
            help: text(v, "help"),
            targets: v["targets"]
                .as_array()
                .map(|ts| {
                    ts.iter()
                        .filter_map(|t| t.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect())
}

/// `violations`, one rule a paragraph with its elements, for a test's failure message.
pub fn describe(violations: &[Violation]) -> String {
    violations
        .iter()
        .map(|v| {
            format!(
                "{} ({}): {}\n{}",
                v.id,
                v.impact,
                v.help,
                v.targets
                    .iter()
                    .map(|t| format!("  - {t}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
