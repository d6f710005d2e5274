//! One page measured: a first view and a repeat view, each in a page of its own inside the
//! page's incognito context.
//!
//! The repeat view opens a second page in the same context rather than navigating the first one
//! again: the HTTP cache belongs to the context, so the second page sees everything the first
//! view cached, as a returning visitor would, while the in-memory state of the first page (its
//! image cache, its back-forward cache entry) plays no part, as it would not a day later.

use std::time::Duration;

use chromiumoxide::Page;
use chromiumoxide::cdp::IntoEventKind;
use chromiumoxide::cdp::browser_protocol::browser::{BrowserContextId, EventDownloadWillBegin};
use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
use chromiumoxide::cdp::browser_protocol::network::{
    CookieParam, EventDataReceived, EventLoadingFailed, EventLoadingFinished,
    EventRequestServedFromCache, EventRequestWillBeSent, EventResponseReceived, SetCookiesParams,
    SetUserAgentOverrideParams,
};
use chromiumoxide::cdp::browser_protocol::page::{
    DialogType, EventJavascriptDialogOpening, HandleJavaScriptDialogParams, NavigateParams,
};
use chromiumoxide::cdp::browser_protocol::target::{CreateTargetParams, EventAttachedToTarget};
use chromiumoxide::cdp::js_protocol::profiler::{
    EnableParams as ProfilerEnableParams, StartPreciseCoverageParams, StopPreciseCoverageParams,
    TakePreciseCoverageParams,
};
use chromiumoxide::cdp::js_protocol::runtime::EvaluateParams;
use chromiumoxide::error::CdpError;
use chromiumoxide::types::MethodType;
use futures::StreamExt;
use futures::stream::BoxStream;
use serde::Deserialize;
use sero_core::page::{Coverage, ImageUse, Method, PageMeasurement, View};
use tokio::time::Instant;

use crate::browser::{Browser, Sessions, protocol_error};
use crate::coverage::{self, Range};
use crate::events::{self, NetworkEvent};
use crate::network::{ChildTarget, Collected, Collector, MainDocument};
use crate::{MeasureError, Options, QUIET_WAIT_LIMIT};

const CLOSE_TIMEOUT: Duration = Duration::from_secs(10);

/// The viewport, in CSS pixels at a device scale factor of 1: EcoIndex's 1920×1080. (A
/// 1920×1080 headless window alone leaves a viewport about 140 pixels shorter, the height of
/// the browser's own bar.)
const VIEWPORT: (i64, i64) = (1920, 1080);

/// Scrolls one viewport at a time to the bottom, pausing after each step so that lazy loading
/// (which watches what enters the viewport) sees every part of the page, then jumps to
/// `document.body.scrollHeight` as EcoIndex does. At most 100 steps, so an endless page ends.
const SCROLL_SCRIPT: &str = r#"(async () => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
  const root = document.scrollingElement || document.documentElement;
  const bottom = () => Math.max(root.scrollHeight, document.body ? document.body.scrollHeight : 0);
  for (let step = 0; step < 100; step++) {
    if (window.scrollY + window.innerHeight >= bottom() - 1) break;
    window.scrollBy(0, window.innerHeight);
    await pause();
  }
  window.scrollTo(0, document.body ? document.body.scrollHeight : root.scrollHeight);
  await pause();
  return window.scrollY;
})()"#;

/// DOM size as EcoIndex counts it (every element minus the descendants of SVG elements), the
/// images as displayed, and the videos that play by themselves.
const FACTS_SCRIPT: &str = r#"(() => {
  const shortUrl = (url) => url.startsWith('data:') ? url.slice(0, 64) + '…' : url;
  const images = Array.from(document.images)
    .filter((image) => image.currentSrc)
    .map((image) => ({
      url: shortUrl(image.currentSrc),
      naturalWidth: image.naturalWidth,
      naturalHeight: image.naturalHeight,
      renderedWidth: image.clientWidth,
      renderedHeight: image.clientHeight,
    }));
  const autoplayVideos = Array.from(document.querySelectorAll('video'))
    .filter((video) => video.autoplay)
    .map((video) => {
      const source = video.currentSrc || video.src
        || (video.querySelector('source[src]') || {}).src;
      return source ? shortUrl(source) : 'a video without a source';
    });
  return {
    domElements: document.querySelectorAll('*').length - document.querySelectorAll('svg *').length,
    images,
    autoplayVideos,
  };
})()"#;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Visit {
    First,
    Repeat,
}

impl Visit {
    fn name(self) -> &'static str {
        match self {
            Visit::First => "first view",
            Visit::Repeat => "repeat view",
        }
    }
}

#[derive(Debug)]
struct ViewOutcome {
    collected: Collected,
    final_url: String,
    facts: Option<PageFacts>,
    coverage: Vec<Coverage>,
    limits: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PageFacts {
    dom_elements: u64,
    images: Vec<ImageFacts>,
    autoplay_videos: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ImageFacts {
    url: String,
    natural_width: u32,
    natural_height: u32,
    rendered_width: u32,
    rendered_height: u32,
}

pub(crate) async fn measure_page(
    browser: &Browser,
    context: &BrowserContextId,
    url: &str,
) -> Result<PageMeasurement, MeasureError> {
    let first = open_view(browser, context, url, Visit::First).await?;
    let mut limits = first.limits;
    // A repeat view that fails (a server that stops answering) leaves the first view standing.
    let repeat = if browser.options.repeat_view {
        match open_view(browser, context, url, Visit::Repeat).await {
            Ok(view) => Some(view),
            Err(error) => {
                limits.push(format!("the repeat view could not be measured: {error}"));
                None
            }
        }
    } else {
        None
    };
    let facts = first.facts.unwrap_or_default();
    limits.extend(repeat.iter().flat_map(|view| view.limits.iter().cloned()));
    Ok(PageMeasurement {
        url: url.to_owned(),
        final_url: first.final_url,
        method: Method::Chromium,
        dom_elements: facts.dom_elements,
        first_view: View {
            resources: first.collected.resources,
        },
        repeat_view: repeat.map(|view| View {
            resources: view.collected.resources,
        }),
        images: facts
            .images
            .into_iter()
            .map(|image| ImageUse {
                url: image.url,
                natural_width: image.natural_width,
                natural_height: image.natural_height,
                rendered_width: image.rendered_width,
                rendered_height: image.rendered_height,
            })
            .collect(),
        coverage: first.coverage,
        autoplay_videos: facts.autoplay_videos,
        limits,
    })
}

async fn open_view(
    browser: &Browser,
    context: &BrowserContextId,
    url: &str,
    visit: Visit,
) -> Result<ViewOutcome, MeasureError> {
    let page = open_page(browser, context, url).await?;
    let outcome = run_view(browser, &page, url, visit).await;
    close_page(page).await;
    outcome
}

/// A blank page in `context`; `url` is what errors name.
pub(crate) async fn open_page(
    browser: &Browser,
    context: &BrowserContextId,
    url: &str,
) -> Result<Page, MeasureError> {
    let params = CreateTargetParams::builder()
        .url("about:blank")
        .browser_context_id(context.clone())
        .build()
        .map_err(|error| MeasureError::Protocol(format!("could not open a page: {error}")))?;
    browser
        .chromium
        .new_page(params)
        .await
        .map_err(|error| protocol_error(url, "open a page", &error))
}

pub(crate) async fn close_page(page: Page) {
    let _ = tokio::time::timeout(CLOSE_TIMEOUT, page.close()).await;
}

/// A page being listened to: its network events, and the dialogs it opens being closed. Both
/// stop when this is dropped.
pub(crate) struct Listening {
    pub(crate) events: BoxStream<'static, PageEvent>,
    _registration: Registration,
    _dialogs: DialogCloser,
}

/// Starts listening to `page` and gives it sero's viewport and user agent.
pub(crate) async fn prepare(
    browser: &Browser,
    page: &Page,
    url: &str,
) -> Result<Listening, MeasureError> {
    // chromiumoxide has already sent `Network.enable` while attaching to the page.
    let (events, registration) = listen(&browser.sessions, page)
        .await
        .map_err(|error| protocol_error(url, "listen to network events", &error))?;
    let dialogs = DialogCloser::start(page)
        .await
        .map_err(|error| protocol_error(url, "listen to dialogs", &error))?;
    page.execute(SetDeviceMetricsOverrideParams::new(
        VIEWPORT.0, VIEWPORT.1, 1.0, false,
    ))
    .await
    .map_err(|error| protocol_error(url, "set the viewport", &error))?;
    if let Some(agent) = &browser.user_agent {
        page.execute(SetUserAgentOverrideParams::new(agent.clone()))
            .await
            .map_err(|error| protocol_error(url, "set the user agent", &error))?;
    }
    if !browser.options.cookies.is_empty() {
        let cookies = browser
            .options
            .cookies
            .iter()
            .map(|cookie| {
                CookieParam::builder()
                    .name(cookie.name.clone())
                    .value(cookie.value.clone())
                    .url(url)
                    .build()
                    .map_err(|error| {
                        MeasureError::Protocol(format!("could not set a cookie: {error}"))
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        page.execute(SetCookiesParams::new(cookies))
            .await
            .map_err(|error| protocol_error(url, "set the cookies", &error))?;
    }
    Ok(Listening {
        events,
        _registration: registration,
        _dialogs: dialogs,
    })
}

async fn run_view(
    browser: &Browser,
    page: &Page,
    url: &str,
    visit: Visit,
) -> Result<ViewOutcome, MeasureError> {
    let options = &browser.options;
    let mut limits = Vec::new();
    let mut listening = prepare(browser, page, url).await?;
    let events = &mut listening.events;
    let coverage_started = if visit == Visit::First && options.coverage {
        match start_coverage(page).await {
            Ok(()) => true,
            Err(error) => {
                limits.push(format!("JavaScript coverage could not be started: {error}"));
                false
            }
        }
    } else {
        false
    };

    let loader_id = navigate(browser, page, url, options.page_timeout).await?;
    let mut collector = Collector::default();
    wait_for_quiet(events, &mut collector, options.settle).await;
    let main = collector.main_document(&loader_id);
    if visit == Visit::First {
        check_main_document(url, main.as_ref())?;
    }
    if options.scroll {
        match evaluate(page, SCROLL_SCRIPT, options.page_timeout).await {
            Ok(_) => {
                wait_for_quiet(events, &mut collector, options.settle).await;
            }
            Err(error) => limits.push(format!(
                "the page could not be scrolled in the {} ({error}); content it loads lazily \
                 is not counted",
                visit.name()
            )),
        }
    }
    let facts = if visit == Visit::First {
        let value = evaluate(page, FACTS_SCRIPT, options.page_timeout)
            .await
            .map_err(|error| {
                MeasureError::Protocol(format!("could not read the DOM of `{url}`: {error}"))
            })?;
        Some(serde_json::from_value::<PageFacts>(value).map_err(|error| {
            MeasureError::Protocol(format!("could not read the DOM of `{url}`: {error}"))
        })?)
    } else {
        None
    };
    let coverage = if coverage_started {
        take_coverage(page).await.unwrap_or_else(|error| {
            limits.push(format!(
                "JavaScript coverage could not be collected: {error}"
            ));
            Vec::new()
        })
    } else {
        Vec::new()
    };

    let final_url = main.map_or_else(|| url.to_owned(), |main| main.url);
    let collected = collector.finish(&final_url);
    for child in &collected.children {
        let kind = match child.kind.as_str() {
            "worker" => "web worker",
            "shared_worker" => "shared worker",
            "service_worker" => "service worker",
            "iframe" => "frame in a process of its own",
            other => other,
        };
        limits.push(format!(
            "the page started a {kind} (`{}`) in the {}; the requests it makes, its own script \
             included, are not counted",
            child.url,
            visit.name()
        ));
    }
    if collected.unfinished > 0 {
        limits.push(format!(
            "{} request(s) still loading when the {} ended are not counted",
            collected.unfinished,
            visit.name()
        ));
    }
    let cancelled = collected.cancelled();
    if cancelled > 0 {
        limits.push(format!(
            "{cancelled} request(s) cancelled by the browser or the page in the {} are counted \
             with the bytes that had arrived (marked `cancelled` in the resources)",
            visit.name()
        ));
    }
    Ok(ViewOutcome {
        collected,
        final_url,
        facts,
        coverage,
        limits,
    })
}

/// Navigates and waits for the `load` event; returns the navigation's loader id, which is also
/// the request id of the main document.
pub(crate) async fn navigate(
    browser: &Browser,
    page: &Page,
    url: &str,
    timeout: Duration,
) -> Result<String, MeasureError> {
    let timed_out = || MeasureError::Timeout {
        url: url.to_owned(),
        seconds: timeout.as_secs_f64(),
    };
    let download = || MeasureError::Navigation {
        url: url.to_owned(),
        reason: "the URL starts a download rather than showing a page".to_owned(),
    };
    // A download never loads a document, so chromiumoxide would wait for one until the
    // timeout; Chromium announces it on the browser's session, with the page's main frame
    // (whose id is the target's).
    let main_frame = page.target_id().as_ref().to_owned();
    let mut downloads = browser
        .chromium
        .event_listener::<EventDownloadWillBegin>()
        .await
        .map_err(|error| protocol_error(url, "listen to downloads", &error))?
        .filter(move |event| futures::future::ready(event.frame_id.as_ref() == main_frame));
    // chromiumoxide answers a `Page.navigate` once the page and all its frames have fired
    // `load` (or once Chromium has shown its error page).
    let navigation = async {
        tokio::select! {
            reply = page.execute(NavigateParams::new(url)) => Some(reply),
            Some(_) = downloads.next() => None,
        }
    };
    let reply = match tokio::time::timeout(timeout, navigation).await {
        Ok(None) => return Err(download()),
        Err(_) | Ok(Some(Err(CdpError::Timeout))) => return Err(timed_out()),
        Ok(Some(Err(CdpError::Chrome(error)))) => {
            return Err(MeasureError::Navigation {
                url: url.to_owned(),
                reason: error.message,
            });
        }
        Ok(Some(Err(error))) => return Err(protocol_error(url, "load the page", &error)),
        Ok(Some(Ok(reply))) => reply.result,
    };
    if reply.is_download == Some(true) {
        return Err(download());
    }
    if let Some(reason) = reply.error_text.filter(|text| !text.is_empty()) {
        return Err(MeasureError::Navigation {
            url: url.to_owned(),
            reason,
        });
    }
    reply
        .loader_id
        .map(|id| id.inner().clone())
        .ok_or_else(|| MeasureError::Navigation {
            url: url.to_owned(),
            reason: "the navigation started no document".to_owned(),
        })
}

pub(crate) fn check_main_document(
    url: &str,
    main: Option<&MainDocument>,
) -> Result<(), MeasureError> {
    let Some(main) = main else {
        return Err(MeasureError::Navigation {
            url: url.to_owned(),
            reason: "no response arrived for the page itself".to_owned(),
        });
    };
    if !(200..300).contains(&main.status) {
        return Err(MeasureError::Http {
            url: url.to_owned(),
            status: main.status,
        });
    }
    let mime_type = main.mime_type.to_ascii_lowercase();
    if mime_type != "text/html" && mime_type != "application/xhtml+xml" {
        return Err(MeasureError::NotHtml {
            url: url.to_owned(),
            content_type: main.mime_type.clone(),
        });
    }
    Ok(())
}

/// Reads events until no request has been in flight for `settle`, or until `settle` plus
/// [`QUIET_WAIT_LIMIT`] has passed (requests still loading then are reported by the caller).
/// The shortest quiet wait, whatever `settle` says.
const MIN_SETTLE: Duration = Duration::from_millis(100);

pub(crate) async fn wait_for_quiet(
    events: &mut BoxStream<'static, PageEvent>,
    collector: &mut Collector,
    settle: Duration,
) {
    // Events the browser has already sent may still be on their way through the protocol
    // connection: even with no settle time, wait this long for them before deciding the network
    // is quiet (without it, `--settle 0` could end a view before its main document's response).
    let settle = settle.max(MIN_SETTLE);
    let start = Instant::now();
    let deadline = start + settle + QUIET_WAIT_LIMIT;
    let mut last_activity = start;
    loop {
        let now = Instant::now();
        let idle = collector.in_flight() == 0;
        if (idle && now >= last_activity + settle) || now >= deadline {
            return;
        }
        let wake = if idle {
            (last_activity + settle).min(deadline)
        } else {
            deadline
        };
        tokio::select! {
            event = events.next() => match event {
                Some(PageEvent::Network(event)) => {
                    collector.apply(event);
                    last_activity = Instant::now();
                }
                Some(PageEvent::Child(child)) => collector.child_target(child),
                // The page is gone.
                None => return,
            },
            () = tokio::time::sleep_until(wake) => {}
        }
    }
}

/// Closes every JavaScript dialog the page opens (`alert`, `confirm`, `prompt`, and
/// `beforeunload`, which it accepts), since an open dialog stops the page until someone
/// answers. Stops when dropped.
struct DialogCloser(tokio::task::JoinHandle<()>);

impl DialogCloser {
    async fn start(page: &Page) -> Result<DialogCloser, CdpError> {
        let mut dialogs = page
            .event_listener::<EventJavascriptDialogOpening>()
            .await?;
        let page = page.clone();
        Ok(DialogCloser(tokio::spawn(async move {
            while let Some(dialog) = dialogs.next().await {
                let accept = dialog.r#type == DialogType::Beforeunload;
                let _ = page
                    .execute(HandleJavaScriptDialogParams::new(accept))
                    .await;
            }
        })))
    }
}

impl Drop for DialogCloser {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// What the view reads from the page's session.
#[derive(Debug)]
pub(crate) enum PageEvent {
    Network(NetworkEvent),
    Child(ChildTarget),
}

/// Removes a page's session from the forwarding table when its view is over.
struct Registration {
    sessions: Sessions,
    session: String,
}

impl Drop for Registration {
    fn drop(&mut self) {
        let mut sessions = self
            .sessions
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        sessions.remove(&self.session);
    }
}

/// Every `Network` event of the page, parsed or not by chromiumoxide, and the targets it
/// starts, as one stream.
async fn listen(
    sessions: &Sessions,
    page: &Page,
) -> Result<(BoxStream<'static, PageEvent>, Registration), CdpError> {
    let mut streams = vec![
        typed::<EventRequestWillBeSent>(page).await?,
        typed::<EventResponseReceived>(page).await?,
        typed::<EventRequestServedFromCache>(page).await?,
        typed::<EventDataReceived>(page).await?,
        typed::<EventLoadingFinished>(page).await?,
        typed::<EventLoadingFailed>(page).await?,
    ];
    let children = page
        .event_listener::<EventAttachedToTarget>()
        .await?
        .map(|event| {
            PageEvent::Child(ChildTarget {
                kind: event.target_info.r#type.clone(),
                url: event.target_info.url.clone(),
            })
        });
    streams.push(children.boxed());
    let (sender, receiver) = futures::channel::mpsc::unbounded();
    let session = page.session_id().as_ref().to_owned();
    sessions
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .insert(session.clone(), sender);
    streams.push(receiver.map(PageEvent::Network).boxed());
    let registration = Registration {
        sessions: sessions.clone(),
        session,
    };
    Ok((futures::stream::select_all(streams).boxed(), registration))
}

/// A chromiumoxide event stream, read through our own event types (see `events.rs`).
async fn typed<T>(page: &Page) -> Result<BoxStream<'static, PageEvent>, CdpError>
where
    T: IntoEventKind + MethodType + serde::Serialize + Unpin + Send + Sync + 'static,
{
    let method = T::method_id();
    let stream = page.event_listener::<T>().await?;
    Ok(stream
        .filter_map(move |event| {
            let parsed = serde_json::to_value(&*event)
                .ok()
                .and_then(|params| events::parse(&method, params))
                .map(PageEvent::Network);
            futures::future::ready(parsed)
        })
        .boxed())
}

pub(crate) async fn evaluate(
    page: &Page,
    expression: &str,
    timeout: Duration,
) -> Result<serde_json::Value, String> {
    let params = EvaluateParams::builder()
        .expression(expression)
        .return_by_value(true)
        .await_promise(true)
        .build()
        .map_err(|error| error.to_string())?;
    let reply = match tokio::time::timeout(timeout, page.execute(params)).await {
        Err(_) => return Err(format!("no answer within {} s", timeout.as_secs_f64())),
        Ok(reply) => reply.map_err(|error| error.to_string())?.result,
    };
    if let Some(exception) = reply.exception_details {
        return Err(exception.text);
    }
    Ok(reply.result.value.unwrap_or_default())
}

async fn start_coverage(page: &Page) -> Result<(), CdpError> {
    page.execute(ProfilerEnableParams::default()).await?;
    // Block coverage ("detailed") without call counts: enough to tell used code from unused.
    let start = StartPreciseCoverageParams::builder()
        .call_count(false)
        .detailed(true)
        .build();
    page.execute(start).await?;
    Ok(())
}

async fn take_coverage(page: &Page) -> Result<Vec<Coverage>, CdpError> {
    let reply = page.execute(TakePreciseCoverageParams::default()).await?;
    let _ = page.execute(StopPreciseCoverageParams::default()).await;
    let offset = |value: i64| u64::try_from(value).unwrap_or(0);
    let scripts = reply.result.result.into_iter().map(|script| {
        let ranges = script
            .functions
            .into_iter()
            .flat_map(|function| function.ranges)
            .map(|range| Range {
                start: offset(range.start_offset),
                end: offset(range.end_offset),
                count: offset(range.count),
            })
            .collect();
        (script.url, ranges)
    });
    Ok(coverage::by_url(scripts))
}

impl Browser {
    /// Measures one page in a new incognito context, which is disposed of afterwards.
    pub async fn measure(&self, url: &str) -> Result<PageMeasurement, MeasureError> {
        let context = self.new_context(url).await?;
        let result = measure_page(self, &context, url).await;
        self.dispose_context(context).await;
        result
    }
}

/// Measures `urls` with one browser, `concurrency` pages at a time (at least one), and returns
/// the results in the order of `urls`. `on_done` is called as each page finishes, with its index
/// in `urls` and its URL. One page's failure never stops the others; when the browser cannot
/// start, every URL gets that error.
pub async fn measure_many(
    urls: &[String],
    options: &Options,
    concurrency: usize,
    mut on_done: impl FnMut(usize, &str) + Send,
) -> Vec<(String, Result<PageMeasurement, MeasureError>)> {
    let browser = match Browser::launch(options).await {
        Ok(browser) => browser,
        Err(error) => {
            return urls
                .iter()
                .map(|url| (url.clone(), Err(error.clone())))
                .collect();
        }
    };
    let mut results: Vec<Option<Result<PageMeasurement, MeasureError>>> = vec![None; urls.len()];
    {
        let browser = &browser;
        let mut pages = futures::stream::iter(urls.iter().enumerate())
            .map(|(index, url)| async move { (index, browser.measure(url).await) })
            .buffer_unordered(concurrency.max(1));
        while let Some((index, result)) = pages.next().await {
            on_done(index, &urls[index]);
            results[index] = Some(result);
        }
    }
    // A browser that fails to close has still measured every page.
    let _ = browser.close().await;
    urls.iter()
        .cloned()
        .zip(results)
        .map(|(url, result)| {
            let result = result.unwrap_or_else(|| {
                Err(MeasureError::Protocol(format!("`{url}` was not measured")))
            });
            (url, result)
        })
        .collect()
}
