//! sero's one configured HTTP client. Every crate that asks something over HTTP (the Carbon
//! Intensity API in `sero-grid`, the greencheck API in `sero-measure`, Prometheus exporters in
//! `sero-energy`) builds its `ureq` agent with [`agent`], so they all:
//!
//! - name sero and its version in `User-Agent` ([`user_agent`]), with the project's address when
//!   Cargo metadata has one;
//! - give up after the caller's [`Timeouts`] (connecting, and the whole request);
//! - go through the proxy named by the standard variables `ALL_PROXY`, `HTTPS_PROXY`,
//!   `HTTP_PROXY` (or their lower-case forms, first set wins, in that order), except for the
//!   hosts in `NO_PROXY`/`no_proxy`. `ureq` reads them itself ([`ureq::Proxy::try_from_env`]);
//!   this crate's tests check that a request does go through such a proxy, and that `NO_PROXY`
//!   is honoured. The variables are listed in `sero_support::EnvVars`.
//! - read answers whatever their status (`http_status_as_error(false)`): each caller says what
//!   a status means for it.
//!
//! It is its own crate so that crates without HTTP do not compile `ureq` and rustls.

use std::sync::OnceLock;
use std::time::Duration;

pub use ureq;

/// The version of sero (the workspace's, which the `sero` binary carries too).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// How long a request may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// Connecting: name resolution, TCP and TLS (each at most this long).
    pub connect: Duration,
    /// The whole request: connecting, sending, and reading the answer to its last byte.
    pub total: Duration,
}

impl Timeouts {
    /// The longest a connection may take when the caller does not say: a host that has not
    /// answered within 5 s is down or unreachable, whatever the request.
    pub const CONNECT: Duration = Duration::from_secs(5);

    /// `total` for the whole request, and [`Timeouts::CONNECT`] (or `total`, when shorter) to
    /// connect.
    pub fn total(total: Duration) -> Timeouts {
        Timeouts {
            connect: total.min(Timeouts::CONNECT),
            total,
        }
    }
}

/// `sero/<version>`, followed by ` (+<address>)` when the package metadata names the
/// project's repository or home page.
pub fn user_agent() -> &'static str {
    static AGENT: OnceLock<String> = OnceLock::new();
    AGENT.get_or_init(|| {
        let address = [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")]
            .into_iter()
            .find(|a| !a.is_empty());
        match address {
            Some(address) => format!("sero/{VERSION} (+{address})"),
            None => format!("sero/{VERSION}"),
        }
    })
}

/// An agent with sero's user agent, `timeouts` and the proxy of the environment, that returns
/// answers of any status.
pub fn agent(timeouts: Timeouts) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeouts.total))
        .timeout_connect(Some(timeouts.connect))
        .http_status_as_error(false)
        .user_agent(user_agent())
        .proxy(ureq::Proxy::try_from_env())
        .build()
        .into()
}
