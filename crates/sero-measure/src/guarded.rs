//! A page measured on a server: the same measurement as `sero page`
//! ([`Browser::measure`]), with every connection of the browser through the guarding proxy
//! (see the `proxy` module), so that a URL typed into the web application cannot reach the
//! server's own network.
//!
//! The page's address is checked before the browser starts; then the proxy checks every
//! connection the page makes: redirects and sub-resources alike. A refused main document
//! (the page itself, or where it redirects) fails the measurement with the refusal; a refused
//! sub-resource is left out of the page's bytes (the proxy never reached it: the `403` it
//! answered is its own, not the server's) and reported as a warning.

use sero_core::page::PageMeasurement;
use sero_message::{Message, msg};

use crate::guard::{self, Denied, Policy, Refusal};
use crate::proxy::{self, Proxy};
use crate::{Browser, MeasureError, Options};

/// A page measured through the guard, with the connections it refused.
#[derive(Clone, Debug)]
pub struct Guarded {
    pub measurement: PageMeasurement,
    /// Hosts of sub-resources the page could not load because their address is refused, each
    /// once, in the order they were first refused.
    pub refusals: Vec<Refusal>,
}

impl Guarded {
    /// One warning per refused host.
    pub fn warnings(&self) -> Vec<Message> {
        self.refusals.iter().map(Refusal::message).collect()
    }
}

/// Why a guarded measurement failed, with a hint when there is one.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub message: Message,
    pub hint: Option<Message>,
    /// The refusal, when the page itself (or where it redirected) was refused.
    pub refusal: Option<Refusal>,
}

impl Failure {
    fn refused(refusal: Refusal) -> Failure {
        Failure {
            message: refusal.message(),
            hint: Some(refusal.hint()),
            refusal: Some(refusal),
        }
    }

    fn plain(message: Message) -> Failure {
        Failure {
            message,
            hint: None,
            refusal: None,
        }
    }
}

/// Measures `url` in headless Chromium, reaching only what `policy` allows. `progress` is
/// called with a percentage as the measurement advances (0, 10, 20, 90, 100).
pub async fn measure(
    url: &str,
    policy: &Policy,
    options: &Options,
    mut progress: impl FnMut(u8) + Send,
) -> Result<Guarded, Failure> {
    progress(0);
    let Some((host, port)) = target_of(url) else {
        return Err(Failure::plain(msg!("guard-bad-url", url = url.to_owned())));
    };
    // Checked before Chromium starts: a refused page costs no browser.
    match guard::resolve(&host, port, policy).await {
        Ok(_) => {}
        Err(Denied::Refused(refusal)) => return Err(Failure::refused(refusal)),
        Err(denied @ Denied::Unresolved { .. }) => return Err(Failure::plain(denied.message())),
    }
    progress(10);
    let proxy = Proxy::start(policy.clone())
        .await
        .map_err(|error| Failure::plain(msg!("guard-proxy-failed", reason = error.to_string())))?;
    let browser = Browser::launch_through(options, Some(proxy.address))
        .await
        .map_err(|error| Failure::plain(failed(url, &error)))?;
    progress(20);
    let result = browser.measure(url).await;
    let _ = browser.close().await;
    progress(90);
    let denials = proxy.denials();
    drop(proxy);
    let outcome = match result {
        Ok(measurement) => Ok(without_refused(measurement, &denials)),
        Err(error) => Err(failure(url, &error, &denials)),
    };
    progress(100);
    outcome
}

/// The measurement without the proxy's own answers, and the hosts it refused.
fn without_refused(mut measurement: PageMeasurement, denials: &[proxy::Denial]) -> Guarded {
    let refused_urls: Vec<&str> = denials
        .iter()
        .filter(|denial| matches!(denial.denied, Denied::Refused(_)))
        .filter_map(|denial| denial.url.as_deref())
        .collect();
    let ours = |resource: &sero_core::page::Resource| {
        resource.status == 403 && refused_urls.contains(&resource.url.as_str())
    };
    measurement.first_view.resources.retain(|r| !ours(r));
    if let Some(view) = &mut measurement.repeat_view {
        view.resources.retain(|r| !ours(r));
    }
    let mut refusals: Vec<Refusal> = Vec::new();
    for denial in denials {
        if let Denied::Refused(refusal) = &denial.denied
            && !refusals
                .iter()
                .any(|seen| seen.host == refusal.host && seen.port == refusal.port)
        {
            refusals.push(refusal.clone());
        }
    }
    Guarded {
        measurement,
        refusals,
    }
}

/// Why the measurement failed: the refusal when the page's own document was refused (the
/// proxy's `403`, or a tunnel it would not open), else the measurement's error.
fn failure(url: &str, error: &MeasureError, denials: &[proxy::Denial]) -> Failure {
    let refused_document = matches!(
        error,
        MeasureError::Http { status: 403, .. } | MeasureError::Navigation { .. }
    );
    if refused_document {
        let first = denials.iter().find_map(|denial| match &denial.denied {
            Denied::Refused(refusal) => Some(refusal.clone()),
            Denied::Unresolved { .. } => None,
        });
        if let Some(refusal) = first {
            return Failure::refused(refusal);
        }
        if let Some(denial) = denials.first() {
            return Failure::plain(denial.denied.message());
        }
    }
    Failure::plain(failed(url, error))
}

/// A measurement error, whose reason is the measuring library's sentence.
fn failed(url: &str, error: &MeasureError) -> Message {
    msg!(
        "guard-measure-failed",
        url = url.to_owned(),
        reason = error.to_string()
    )
}

/// Host and port of an `http://` or `https://` URL (default ports 80 and 443).
fn target_of(url: &str) -> Option<(String, u16)> {
    let (scheme, rest) = url.split_once("://")?;
    let default_port = if scheme.eq_ignore_ascii_case("http") {
        80
    } else if scheme.eq_ignore_ascii_case("https") {
        443
    } else {
        return None;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    proxy::split_authority(authority, Some(default_port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_of_urls() {
        assert_eq!(
            target_of("https://www.gov.wales/"),
            Some(("www.gov.wales".into(), 443))
        );
        assert_eq!(
            target_of("http://user:pw@127.0.0.1:8080/x"),
            Some(("127.0.0.1".into(), 8080))
        );
        assert_eq!(target_of("http://[::1]/"), Some(("[::1]".into(), 80)));
        assert_eq!(target_of("file:///etc/passwd"), None);
        assert_eq!(target_of("not a url"), None);
    }
}
