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
    progress: impl FnMut(u8) + Send,
) -> Result<Guarded, Failure> {
    measure_with(url, policy, options, true, progress).await
}

/// [`measure`], with certificates verified or not (tests serve HTTPS with a certificate of
/// their own).
async fn measure_with(
    url: &str,
    policy: &Policy,
    options: &Options,
    verify_certificates: bool,
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
        Err(denied) => return Err(Failure::plain(denied.message())),
    }
    progress(10);
    let proxy = Proxy::start(policy.clone())
        .await
        .map_err(|error| Failure::plain(msg!("guard-proxy-failed", reason = error.to_string())))?;
    let browser = Browser::launch_through(options, Some(proxy.address), verify_certificates)
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

/// The measurement without the proxy's own answers (a `403` for a refused host, a `502` for
/// one that does not resolve or answer: without the proxy, such a request fails and counts
/// nothing), and the hosts it refused.
fn without_refused(mut measurement: PageMeasurement, denials: &[proxy::Denial]) -> Guarded {
    let answered: Vec<(&str, u16)> = denials
        .iter()
        .filter_map(|denial| Some((denial.url.as_deref()?, denial.status())))
        .collect();
    let ours = |resource: &sero_core::page::Resource| {
        answered.contains(&(resource.url.as_str(), resource.status))
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
/// proxy's `403`, or a tunnel it would not open), the host when it did not resolve (the
/// proxy's `502`), else the measurement's error.
fn failure(url: &str, error: &MeasureError, denials: &[proxy::Denial]) -> Failure {
    let refused_document = matches!(
        error,
        MeasureError::Http {
            status: 403 | 502,
            ..
        } | MeasureError::Navigation { .. }
    );
    if refused_document {
        let first = denials.iter().find_map(|denial| match &denial.denied {
            Denied::Refused(refusal) => Some(refusal.clone()),
            Denied::Unresolved { .. } | Denied::Unreachable { .. } => None,
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

    /// The server runs measurements as background tasks: the future must be `Send`.
    #[test]
    fn the_measurement_can_run_as_a_background_task() {
        fn background<T: Send + 'static>(_: T) {}
        let policy = Policy::default();
        let options = Options::default();
        background(async move { measure("https://example.org/", &policy, &options, |_| {}).await });
    }

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

    use std::collections::HashMap;
    use std::io::{Read, Write};
    use std::net::{SocketAddr, TcpListener};
    use std::sync::{Arc, Mutex};

    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};

    /// An HTTPS server on loopback, one response per connection, with a certificate made for
    /// these tests (`tests/fixtures/loopback-cert.pem`, for 127.0.0.1). Returns its port and
    /// the bytes written per path.
    fn https_server(
        routes: Vec<(&'static str, &'static str, String)>,
    ) -> (u16, Arc<Mutex<HashMap<String, usize>>>) {
        let cert =
            CertificateDer::from_pem_slice(include_bytes!("../tests/fixtures/loopback-cert.pem"))
                .expect("the test certificate");
        let key =
            PrivateKeyDer::from_pem_slice(include_bytes!("../tests/fixtures/loopback-key.pem"))
                .expect("the test key");
        let config = Arc::new(
            rustls::ServerConfig::builder_with_provider(Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_no_client_auth()
            .with_single_cert(vec![cert], key)
            .expect("a TLS server configuration"),
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().expect("an address").port();
        let written = Arc::new(Mutex::new(HashMap::new()));
        let log = Arc::clone(&written);
        let routes: Arc<Vec<(&str, &str, String)>> = Arc::new(routes);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (config, log, routes) =
                    (Arc::clone(&config), Arc::clone(&log), Arc::clone(&routes));
                std::thread::spawn(move || {
                    let Ok(connection) = rustls::ServerConnection::new(config) else {
                        return;
                    };
                    let mut tls = rustls::StreamOwned::new(connection, stream);
                    let mut head = Vec::new();
                    let mut byte = [0; 1];
                    while !head.ends_with(b"\r\n\r\n") {
                        match tls.read(&mut byte) {
                            Ok(1) => head.push(byte[0]),
                            _ => return,
                        }
                    }
                    let head = String::from_utf8_lossy(&head).into_owned();
                    let path = head.split(' ').nth(1).unwrap_or("/").to_owned();
                    let (content_type, body) = routes
                        .iter()
                        .find(|(route, _, _)| *route == path)
                        .map_or(("text/plain", "not found".to_owned()), |(_, kind, body)| {
                            (*kind, body.clone())
                        });
                    let response = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
                         Connection: close\r\n\r\n{body}",
                        body.len()
                    );
                    if tls.write_all(response.as_bytes()).is_ok() && tls.flush().is_ok() {
                        log.lock().unwrap().insert(path, response.len());
                    }
                    tls.conn.send_close_notify();
                    let _ = tls.flush();
                });
            }
        });
        (port, written)
    }

    /// HTTPS goes through the proxy as a `CONNECT` tunnel, TLS untouched, and each resource
    /// counts exactly the bytes the server wrote inside TLS, as without the proxy: the
    /// tunnel's own `200 Connection Established` is counted for no request.
    #[test]
    fn https_through_the_tunnel_counts_what_the_server_wrote() {
        let page = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>TLS\
                    </title><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" \
                    href=\"/style.css\"></head><body><h1>Tunnelled</h1></body></html>\n";
        let (port, written) = https_server(vec![
            ("/", "text/html", page.to_owned()),
            ("/style.css", "text/css", "h1 { color: #222; }\n".repeat(50)),
        ]);
        let url = format!("https://127.0.0.1:{port}/");
        let options = Options {
            settle: std::time::Duration::from_millis(500),
            coverage: false,
            repeat_view: false,
            ..Options::default()
        };
        let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
        let only_this_server = Policy {
            allow_private: false,
            allow: vec![SocketAddr::from(([127, 0, 0, 1], port))],
        };
        let guarded = runtime
            .block_on(measure_with(
                &url,
                &only_this_server,
                &options,
                false,
                |_| {},
            ))
            .unwrap_or_else(|failure| {
                panic!("{failure:?}\nRun `scripts/test`, which installs Chromium.")
            });
        assert!(guarded.refusals.is_empty());
        let resources = &guarded.measurement.first_view.resources;
        let counted: Vec<(&str, u64)> = resources
            .iter()
            .map(|r| (r.url.as_str(), r.transfer_bytes))
            .collect();
        let written = written.lock().unwrap();
        let css = format!("https://127.0.0.1:{port}/style.css");
        assert_eq!(
            counted,
            [
                (url.as_str(), written["/"] as u64),
                (css.as_str(), written["/style.css"] as u64)
            ]
        );
        // And refused by the default policy, inside the browser as before it.
        let refused = runtime.block_on(measure_with(
            &url,
            &Policy::default(),
            &options,
            false,
            |_| {},
        ));
        assert_eq!(
            refused.err().and_then(|f| f.refusal).map(|r| r.port),
            Some(port)
        );
    }
}
