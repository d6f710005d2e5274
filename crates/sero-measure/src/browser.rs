//! One Chromium process, the task that drives its DevTools connection, and the batch runner.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chromiumoxide::browser::BrowserConfig;
use chromiumoxide::cdp::browser_protocol::browser::{
    BrowserContextId, SetDownloadBehaviorBehavior, SetDownloadBehaviorParams,
};
use chromiumoxide::cdp::browser_protocol::target::CreateBrowserContextParams;
use chromiumoxide::error::CdpError;
use futures::StreamExt;
use futures::channel::mpsc::UnboundedSender;
use tokio::task::JoinHandle;

use crate::events::{self, NetworkEvent};
use crate::{MeasureError, Options, find_chromium};

/// How long closing a page, a context or the browser may take before we stop waiting.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(10);

/// Where events that chromiumoxide could not parse are sent: one channel per page session.
pub(crate) type Sessions = Arc<Mutex<HashMap<String, UnboundedSender<NetworkEvent>>>>;

/// A headless Chromium ready to measure pages; several pages may be measured at once.
pub struct Browser {
    // Declared before `profile` so that the process is gone before its profile is removed.
    pub(crate) chromium: chromiumoxide::Browser,
    handler: JoinHandle<()>,
    pub(crate) sessions: Sessions,
    pub(crate) options: Options,
    /// The user agent with `HeadlessChrome` replaced by `Chrome`, as Lighthouse does: some
    /// servers refuse or reshape pages for a browser that says it is headless.
    pub(crate) user_agent: Option<String>,
    profile: tempfile::TempDir,
}

impl std::fmt::Debug for Browser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Browser")
            .field("profile", &self.profile.path())
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Browser {
    /// Starts Chromium headless with a fresh temporary profile (removed by [`Browser::close`]).
    pub async fn launch(options: &Options) -> Result<Browser, MeasureError> {
        Browser::launch_through(options, None, true).await
    }

    /// [`Browser::launch`], with every connection of the browser sent through the HTTP proxy
    /// at `proxy` when it is given: loopback addresses included (Chromium bypasses a proxy for
    /// them unless told not to), WebRTC's UDP refused, and no host name resolved by the browser
    /// itself (the proxy resolves them), so that nothing reaches the network past the proxy.
    /// `verify_certificates` is false only in tests, whose HTTPS servers have certificates
    /// of their own.
    pub(crate) async fn launch_through(
        options: &Options,
        proxy: Option<std::net::SocketAddr>,
        verify_certificates: bool,
    ) -> Result<Browser, MeasureError> {
        let executable = find_chromium(options.chromium.as_deref())?;
        let profile = tempfile::Builder::new()
            .prefix("sero-measure-")
            .tempdir()
            .map_err(|error| {
                MeasureError::Launch(format!(
                    "could not create a temporary Chromium profile: {error}"
                ))
            })?;
        // chromiumoxide starts Chromium with `--headless` (the new headless mode, the only one
        // left in Chromium 132 and later) and Puppeteer's default flags, several of which are
        // repeated below to state what sero relies on.
        let mut config = BrowserConfig::builder();
        if verify_certificates {
            // A certificate error is a navigation error, as it is for a person.
            config = config.respect_https_errors();
        }
        config = config
            .chrome_executable(&executable)
            // We run as root in containers, where Chromium's sandbox cannot start.
            .no_sandbox()
            .window_size(1920, 1080)
            // The viewport is set on each page (see `view.rs`): chromiumoxide's own emulation
            // would also turn touch emulation on.
            .viewport(None)
            .user_data_dir(profile.path())
            // Events chromiumoxide cannot parse reach the handler loop below as raw JSON.
            .surface_invalid_messages()
            .request_timeout(options.page_timeout + Duration::from_secs(30))
            .args([
                "disable-gpu",
                "disable-dev-shm-usage",
                "disable-background-networking",
                "disable-component-update",
                "disable-sync",
                "no-first-run",
                "disable-extensions",
                // Cross-site iframes in their own processes would report their requests on
                // sessions of their own; in the page's process they are counted with the page.
                "disable-site-isolation-trials",
            ])
            .arg((
                "disable-features",
                ["IsolateOrigins", "site-per-process"].as_slice(),
            ));
        if let Some(proxy) = proxy {
            config = config
                .arg(("proxy-server", format!("http://{proxy}").as_str()))
                // `<-loopback>` removes the implicit bypass of `localhost` and 127.0.0.0/8.
                .arg(("proxy-bypass-list", "<-loopback>"))
                .arg(("force-webrtc-ip-handling-policy", "disable_non_proxied_udp"))
                .arg("disable-quic")
                // Any name the browser would resolve itself fails: only the proxy resolves.
                .arg(("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"));
        }
        let config = config.build().map_err(|error| {
            MeasureError::Launch(format!("could not configure Chromium: {error}"))
        })?;
        let (chromium, mut handler) = chromiumoxide::Browser::launch(config).await.map_err(|error| {
            MeasureError::Launch(format!(
                "could not start Chromium `{}`: {error}; hint: run it by hand with `--headless` to \
                 see why",
                executable.display()
            ))
        })?;
        let sessions = Sessions::default();
        let handler = tokio::spawn({
            let sessions = Arc::clone(&sessions);
            async move {
                while let Some(message) = handler.next().await {
                    // Chromium 156 sends, for example, `requestWillBeSentExtraInfo` events that
                    // chromiumoxide 0.9.1 cannot parse; those we do not need are dropped here.
                    if let Err(CdpError::InvalidMessage(text, _)) = message {
                        forward_unparsed(&sessions, &text);
                    }
                }
            }
        });
        let user_agent = chromium
            .user_agent()
            .await
            .ok()
            .filter(|agent| agent.contains("HeadlessChrome"))
            .map(|agent| agent.replace("HeadlessChrome", "Chrome"));
        Ok(Browser {
            chromium,
            handler,
            sessions,
            options: options.clone(),
            user_agent,
            profile,
        })
    }

    /// A new incognito context (its own cache and cookies) that refuses downloads; `url` is
    /// what errors name.
    pub(crate) async fn new_context(&self, url: &str) -> Result<BrowserContextId, MeasureError> {
        let context = self
            .chromium
            .create_browser_context(CreateBrowserContextParams::default())
            .await
            .map_err(|error| protocol_error(url, "create a browser context", &error))?;
        // A URL that downloads a file must not write it to disk; the navigation then fails
        // and says it was a download.
        let deny_downloads = SetDownloadBehaviorParams::builder()
            .behavior(SetDownloadBehaviorBehavior::Deny)
            .browser_context_id(context.clone())
            .events_enabled(true)
            .build();
        let denied = match deny_downloads {
            Ok(params) => match self.chromium.execute(params).await {
                Ok(_) => Ok(()),
                Err(error) => Err(protocol_error(url, "turn downloads off", &error)),
            },
            Err(error) => Err(MeasureError::Protocol(format!(
                "could not turn downloads off: {error}"
            ))),
        };
        match denied {
            Ok(()) => Ok(context),
            Err(error) => {
                self.dispose_context(context).await;
                Err(error)
            }
        }
    }

    /// Disposes of a context made by [`Browser::new_context`]. The context holds its pages'
    /// cache and cookies; failing to dispose of it leaks memory in the browser but changes no
    /// result.
    pub(crate) async fn dispose_context(&self, context: BrowserContextId) {
        let _ = tokio::time::timeout(
            CLOSE_TIMEOUT,
            self.chromium.dispose_browser_context(context),
        )
        .await;
    }

    /// Closes Chromium, waits for it to exit and removes its temporary profile.
    pub async fn close(self) -> Result<(), MeasureError> {
        let Browser {
            mut chromium,
            mut handler,
            profile,
            ..
        } = self;
        let closed = tokio::time::timeout(CLOSE_TIMEOUT, chromium.close()).await;
        let exited = tokio::time::timeout(CLOSE_TIMEOUT, chromium.wait()).await;
        if !matches!((&closed, &exited), (Ok(Ok(_)), Ok(Ok(_)))) {
            // It did not close cleanly: make sure no process outlives us.
            let _ = chromium.kill().await;
        }
        drop(chromium);
        // The connection ends with the process, and the task with it.
        if tokio::time::timeout(CLOSE_TIMEOUT, &mut handler)
            .await
            .is_err()
        {
            handler.abort();
        }
        let path = profile.path().to_path_buf();
        profile.close().map_err(|error| {
            MeasureError::Protocol(format!(
                "could not remove Chromium's temporary profile `{}`: {error}",
                path.display()
            ))
        })
    }
}

/// Sends a `Network` event that chromiumoxide could not parse to the page it belongs to.
fn forward_unparsed(sessions: &Sessions, text: &str) {
    let Some((session, event)) = events::parse_raw_message(text) else {
        return;
    };
    let sessions = sessions
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(sender) = sessions.get(&session) {
        let _ = sender.unbounded_send(event);
    }
}

/// A DevTools failure while measuring `url`, as a sentence.
pub(crate) fn protocol_error(url: &str, doing: &str, error: &CdpError) -> MeasureError {
    MeasureError::Protocol(format!(
        "the DevTools protocol failed to {doing} while measuring `{url}`: {error}"
    ))
}
