//! A user journey measured step by step in one page of one incognito context, so that the
//! cache and cookies one step leaves are there for the next, as they are for a person.
//!
//! Each step is an action (go to a URL, click, fill a field, submit a form) and what it
//! caused on the network: every request from the action until the network has been quiet for
//! [`Options::settle`](crate::Options::settle) (bounded as for pages, by
//! [`QUIET_WAIT_LIMIT`](crate::QUIET_WAIT_LIMIT)), counted by the same rules as a page view
//! (`network.rs`). Actions run as page scripts (`element.click()`, `form.requestSubmit()`),
//! which fire the same events a person's click would, without depending on where the element
//! is on screen.
//!
//! A step that fails ends the journey; the steps measured before it are kept in the result
//! ([`JourneyMeasurement::failure`]), so a report can show how far the journey got.

use std::time::Duration;

use chromiumoxide::Page;
use chromiumoxide::cdp::browser_protocol::browser::BrowserContextId;
use futures::stream::BoxStream;
use serde::Deserialize;
use sero_core::page::View;
use tokio::time::Instant;

use crate::network::Collector;
use crate::view::{self, PageEvent};
use crate::{Browser, MeasureError};

/// How often an element or a new document is looked for while waiting.
const POLL_INTERVAL: Duration = Duration::from_millis(100);

pub use sero_core::journey::{Action, Journey, JourneyStep};

/// The name of the step that opens the journey's `start` URL.
pub const START_STEP: &str = "Start";

/// A journey as far as it went.
#[derive(Clone, Debug, PartialEq)]
pub struct JourneyMeasurement {
    pub name: String,
    /// The opening of `start` (named [`START_STEP`]), then each step measured, in order.
    pub steps: Vec<StepMeasurement>,
    /// The step that failed, which ended the journey; `None` when every step ran.
    pub failure: Option<StepFailure>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StepMeasurement {
    pub name: String,
    pub action: Action,
    /// The page's URL when the step was over.
    pub url: String,
    /// The requests the step caused.
    pub view: View,
    /// Elements in the document when the step was over, counted as for pages (every element
    /// but those inside SVG images).
    pub dom_elements: u64,
    /// What the step's numbers leave out.
    pub limits: Vec<String>,
}

/// The step that ended a journey: `step` counts from 1 in [`JourneyMeasurement::steps`]'s
/// numbering (the start is step 1).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("step {step} (`{name}`) failed: {error}")]
pub struct StepFailure {
    pub step: usize,
    pub name: String,
    pub error: StepError,
}

/// Why a step failed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StepError {
    #[error(
        "no element matches `{selector}` within {seconds} s (the page was `{url}`); hint: check \
         the selector against that page, or allow more time with a longer timeout"
    )]
    SelectorNotFound {
        selector: String,
        seconds: f64,
        url: String,
    },
    #[error("`{selector}` is not a valid CSS selector")]
    InvalidSelector { selector: String },
    #[error("the element `{selector}` matches is not a form, so it cannot be submitted")]
    NotAForm { selector: String },
    #[error("the element `{selector}` matches has no value to fill in")]
    NotAField { selector: String },
    #[error(
        "submitting `{selector}` led to no new page within {seconds} s; hint: a form checked \
         by the browser (a `required` field left empty) or handled by a script does not \
         navigate: fill its fields first, or use `click` on its button"
    )]
    NoNavigation { selector: String, seconds: f64 },
    #[error("{0}")]
    Measure(#[from] MeasureError),
}

/// Measures `journey` in a new incognito context with `browser`'s options: `page_timeout`
/// bounds each load and each wait for an element, `settle` is the quiet that ends a step.
/// `Err` only when the journey could not begin (no context, no page); a failing step is
/// [`JourneyMeasurement::failure`], with the steps before it measured.
pub async fn measure_journey(
    browser: &Browser,
    journey: &Journey,
) -> Result<JourneyMeasurement, MeasureError> {
    let context = browser.new_context(&journey.start).await?;
    let result = run(browser, &context, journey).await;
    browser.dispose_context(context).await;
    result
}

async fn run(
    browser: &Browser,
    context: &BrowserContextId,
    journey: &Journey,
) -> Result<JourneyMeasurement, MeasureError> {
    let page = view::open_page(browser, context, &journey.start).await?;
    let result = async {
        let mut listening = view::prepare(browser, &page, &journey.start).await?;
        let start = JourneyStep {
            name: START_STEP.to_owned(),
            action: Action::Navigate(journey.start.clone()),
            wait_for: None,
        };
        let mut measurement = JourneyMeasurement {
            name: journey.name.clone(),
            steps: Vec::new(),
            failure: None,
        };
        for (index, step) in std::iter::once(&start).chain(&journey.steps).enumerate() {
            match run_step(browser, &page, &mut listening.events, step).await {
                Ok(measured) => measurement.steps.push(measured),
                Err(error) => {
                    measurement.failure = Some(StepFailure {
                        step: index + 1,
                        name: step.name.clone(),
                        error,
                    });
                    break;
                }
            }
        }
        Ok(measurement)
    }
    .await;
    view::close_page(page).await;
    result
}

/// What the page says at the end of a step.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StepEnd {
    url: String,
    dom_elements: u64,
}

/// The page's URL and DOM size (as `view.rs`'s `FACTS_SCRIPT` counts it).
const END_SCRIPT: &str = "({url: location.href, domElements: document.querySelectorAll('*').length \
     - document.querySelectorAll('svg *').length})";

async fn run_step(
    browser: &Browser,
    page: &Page,
    events: &mut BoxStream<'static, PageEvent>,
    step: &JourneyStep,
) -> Result<StepMeasurement, StepError> {
    let options = &browser.options;
    let timeout = options.page_timeout;
    let mut collector = Collector::default();
    match &step.action {
        Action::Navigate(url) => {
            let loader_id = view::navigate(browser, page, url, timeout).await?;
            view::wait_for_quiet(events, &mut collector, options.settle).await;
            view::check_main_document(url, collector.main_document(&loader_id).as_ref())?;
        }
        Action::Click(selector) => {
            wait_for_element(page, selector, timeout).await?;
            let script = format!("document.querySelector({}).click()", js_string(selector));
            run_script(page, &script, timeout).await?;
        }
        Action::Fill { selector, value } => {
            wait_for_element(page, selector, timeout).await?;
            let script = format!(
                "(() => {{ const field = document.querySelector({}); \
                 if (!('value' in field)) return 'not a field'; \
                 field.focus(); field.value = {}; \
                 field.dispatchEvent(new Event('input', {{bubbles: true}})); \
                 field.dispatchEvent(new Event('change', {{bubbles: true}})); \
                 return 'filled'; }})()",
                js_string(selector),
                js_string(value)
            );
            if run_script(page, &script, timeout).await? != "filled" {
                return Err(StepError::NotAField {
                    selector: selector.clone(),
                });
            }
        }
        Action::Submit(selector) => {
            wait_for_element(page, selector, timeout).await?;
            // The mark is gone once another document has replaced this one.
            let script = format!(
                "(() => {{ const form = document.querySelector({}); \
                 if (!(form instanceof HTMLFormElement)) return 'not a form'; \
                 window.__seroJourneyMark = true; form.requestSubmit(); return 'submitted'; }})()",
                js_string(selector)
            );
            if run_script(page, &script, timeout).await? != "submitted" {
                return Err(StepError::NotAForm {
                    selector: selector.clone(),
                });
            }
            let new_document = "window.__seroJourneyMark === undefined \
                                && document.readyState === 'complete'";
            if !poll(page, new_document, timeout).await {
                return Err(StepError::NoNavigation {
                    selector: selector.clone(),
                    seconds: timeout.as_secs_f64(),
                });
            }
        }
    }
    if let Some(selector) = &step.wait_for {
        wait_for_element(page, selector, timeout).await?;
    }
    view::wait_for_quiet(events, &mut collector, options.settle).await;
    let mut limits = Vec::new();
    if !poll(page, "document.readyState === 'complete'", timeout).await {
        limits.push(format!(
            "the page had not finished loading {} s after the step `{}`",
            timeout.as_secs_f64(),
            step.name
        ));
    }
    let end = page_end(page, timeout).await?;
    let collected = collector.finish(&end.url);
    for child in &collected.children {
        limits.push(format!(
            "the step `{}` started a {} (`{}`) whose requests are not counted",
            step.name, child.kind, child.url
        ));
    }
    if collected.unfinished > 0 {
        limits.push(format!(
            "{} request(s) still loading when the step `{}` ended are not counted",
            collected.unfinished, step.name
        ));
    }
    let cancelled = collected.cancelled();
    if cancelled > 0 {
        limits.push(format!(
            "{cancelled} request(s) cancelled by the browser or the page in the step `{}` are \
             counted with the bytes that had arrived (marked `cancelled` in the resources)",
            step.name
        ));
    }
    Ok(StepMeasurement {
        name: step.name.clone(),
        action: step.action.clone(),
        url: end.url,
        view: View {
            resources: collected.resources,
        },
        dom_elements: end.dom_elements,
        limits,
    })
}

/// `text` as a JavaScript string literal (JSON's string syntax is a subset of JavaScript's).
fn js_string(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// Runs a script that returns text (or nothing).
async fn run_script(page: &Page, script: &str, timeout: Duration) -> Result<String, StepError> {
    let value = view::evaluate(page, script, timeout)
        .await
        .map_err(|error| {
            MeasureError::Protocol(format!("a step's script failed in the page: {error}"))
        })?;
    Ok(value.as_str().unwrap_or_default().to_owned())
}

async fn page_end(page: &Page, timeout: Duration) -> Result<StepEnd, StepError> {
    let value = view::evaluate(page, END_SCRIPT, timeout)
        .await
        .map_err(|error| MeasureError::Protocol(format!("could not read the DOM: {error}")))?;
    serde_json::from_value(value)
        .map_err(|error| MeasureError::Protocol(format!("could not read the DOM: {error}")).into())
}

/// Waits until `selector` matches an element. A page that is between documents cannot answer,
/// which counts as "not yet".
async fn wait_for_element(page: &Page, selector: &str, timeout: Duration) -> Result<(), StepError> {
    let script = format!(
        "(() => {{ try {{ return document.querySelector({}) ? 'found' : 'missing'; }} \
         catch (error) {{ return 'invalid'; }} }})()",
        js_string(selector)
    );
    let deadline = Instant::now() + timeout;
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let answer = view::evaluate(page, &script, remaining.max(POLL_INTERVAL)).await;
        match answer.as_ref().ok().and_then(serde_json::Value::as_str) {
            Some("found") => return Ok(()),
            Some("invalid") => {
                return Err(StepError::InvalidSelector {
                    selector: selector.to_owned(),
                });
            }
            _ => {}
        }
        if Instant::now() + POLL_INTERVAL > deadline {
            let url = view::evaluate(page, "location.href", POLL_INTERVAL * 10)
                .await
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default();
            return Err(StepError::SelectorNotFound {
                selector: selector.to_owned(),
                seconds: timeout.as_secs_f64(),
                url,
            });
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}

/// Waits until `condition` (a script returning a boolean) is true; false if it never was
/// within `timeout`.
async fn poll(page: &Page, condition: &str, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let answer = view::evaluate(page, condition, remaining.max(POLL_INTERVAL)).await;
        if answer.is_ok_and(|value| value == serde_json::Value::Bool(true)) {
            return true;
        }
        if Instant::now() + POLL_INTERVAL > deadline {
            return false;
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}
