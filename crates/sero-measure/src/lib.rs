//! Measures web pages in a real headless Chromium over the DevTools protocol.
//!
//! Each page is opened in a fresh incognito browser context, so its first view starts with an
//! empty cache; every request's bytes are read from `Network.loadingFinished.encodedDataLength`
//! (what Lighthouse, sitespeed.io's chrome-har and the EcoIndex scraper count), after the page
//! has loaded, the network has gone quiet, and the page has been scrolled to the bottom so that
//! lazily loaded content counts. A second page in the same context then loads the URL again:
//! the repeat view, with the cache the first view left behind. The results fill
//! [`sero_core::page::PageMeasurement`]; the numbers computed from them live in `sero-core`.
//!
//! This crate never downloads a browser: it drives the Chromium installed on the machine (see
//! [`find_chromium`]) and fails with an install hint when there is none.

mod browser;
mod coverage;
mod events;
pub mod green;
pub mod guard;
pub mod guarded;
pub mod http_only;
mod journey;
mod network;
mod proxy;
mod site;
mod view;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use browser::Browser;
pub use journey::{
    Action, Journey, JourneyMeasurement, JourneyStep, START_STEP, StepError, StepFailure,
    StepMeasurement, measure_journey,
};
pub use site::{host_of, registrable_domain, same_party};
pub use view::measure_many;

/// How pages are measured.
#[derive(Clone, Debug)]
pub struct Options {
    /// The Chromium (or Chrome) executable; found with [`find_chromium`] when `None`.
    pub chromium: Option<PathBuf>,
    /// How long a page may take to answer and fire its `load` event.
    pub page_timeout: Duration,
    /// Scroll to the bottom of the page after it loads, so lazily loaded content counts.
    pub scroll: bool,
    /// Load the page a second time with the cache the first view left (the repeat view).
    pub repeat_view: bool,
    /// How long the network must stay quiet, after the load event and again after scrolling,
    /// before the view is over. Each wait ends after [`QUIET_WAIT_LIMIT`] more at most, so a
    /// page that never stops loading (a video, a polling script) still finishes.
    pub settle: Duration,
    /// Collect JavaScript coverage (unused bytes per script) in the first view.
    pub coverage: bool,
    /// Cookies set before each view, for the measured URL's host: a page behind a sign-in is
    /// measured with the session's cookie, as the signed-in person's browser loads it.
    pub cookies: Vec<Cookie>,
}

/// A cookie a measurement sends (its value is not shown by `Debug`: it may be a session).
#[derive(Clone, PartialEq, Eq)]
pub struct Cookie {
    pub name: String,
    pub value: String,
}

impl std::fmt::Debug for Cookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cookie")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            chromium: None,
            page_timeout: Duration::from_secs(30),
            scroll: true,
            repeat_view: true,
            settle: Duration::from_secs(1),
            coverage: true,
            cookies: Vec::new(),
        }
    }
}

/// How much longer than [`Options::settle`] a wait for a quiet network may last.
pub const QUIET_WAIT_LIMIT: Duration = Duration::from_secs(10);

/// Why a page (or the browser) could not be measured.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum MeasureError {
    /// No browser to drive.
    #[error(
        "Chromium was not found ({looked_for}); install it (on Debian: `apt-get install chromium`) \
         or measure without a browser with `--http-only`"
    )]
    ChromiumNotFound { looked_for: String },
    /// Chromium would not start (the sentence says why).
    #[error("{0}")]
    Launch(String),
    /// The page could not be loaded: `reason` is Chromium's network error (`net::ERR_…`) or a
    /// sentence.
    #[error("could not load `{url}`: {reason}{}", navigation_hint(reason))]
    Navigation { url: String, reason: String },
    /// No `load` event within [`Options::page_timeout`].
    #[error(
        "`{url}` did not finish loading within {seconds} s; hint: the server may be down or very \
         slow; a longer page timeout may help"
    )]
    Timeout { url: String, seconds: f64 },
    /// The page's document is not HTML (JSON, a PDF, an image).
    #[error(
        "`{url}` is not an HTML page (its content type is `{content_type}`); only web pages can \
         be measured"
    )]
    NotHtml { url: String, content_type: String },
    /// The page's document answered with a status outside 200–299.
    #[error("`{url}` answered with HTTP status {status}{}", status_hint(*status))]
    Http { url: String, status: u16 },
    /// The DevTools conversation failed (the sentence says where).
    #[error("{0}")]
    Protocol(String),
}

fn navigation_hint(reason: &str) -> &'static str {
    if reason.contains("NAME_NOT_RESOLVED") {
        "; hint: the host name does not resolve: check its spelling and the network"
    } else if reason.contains("CONNECTION_REFUSED") {
        "; hint: nothing is listening on that host and port"
    } else if reason.contains("SSL") || reason.contains("CERT") {
        "; hint: the secure connection failed: check that the site serves HTTPS with a valid \
         certificate, or try the `http://` URL"
    } else if reason.contains("TIMED_OUT") {
        "; hint: the server did not answer in time"
    } else {
        ""
    }
}

fn status_hint(status: u16) -> &'static str {
    match status {
        401 | 403 => "; hint: the page needs a login or refuses automated browsers",
        404 | 410 => "; hint: check the URL",
        500..=599 => "; hint: the server failed; try again later",
        _ => "",
    }
}

/// The browser to drive: `explicit` when given (it must exist), else the first of `chromium`,
/// `chromium-browser` and `google-chrome` on `PATH`, else `/usr/bin/chromium`.
pub fn find_chromium(explicit: Option<&Path>) -> Result<PathBuf, MeasureError> {
    if let Some(path) = explicit {
        return if path.is_file() {
            Ok(path.to_path_buf())
        } else {
            Err(MeasureError::ChromiumNotFound {
                looked_for: format!("there is no file at `{}`", path.display()),
            })
        };
    }
    const NAMES: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];
    const FALLBACK: &str = "/usr/bin/chromium";
    let dirs: Vec<PathBuf> = sero_support::EnvVars::PATH
        .get_os()
        .map(|path| std::env::split_paths(&path).collect())
        .unwrap_or_default();
    let on_path = NAMES
        .iter()
        .flat_map(|name| dirs.iter().map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file());
    let fallback = Path::new(FALLBACK);
    on_path
        .or_else(|| fallback.is_file().then(|| fallback.to_path_buf()))
        .ok_or_else(|| MeasureError::ChromiumNotFound {
            looked_for: format!(
                "looked for `chromium`, `chromium-browser` and `google-chrome` on PATH and for \
                 `{FALLBACK}`"
            ),
        })
}
