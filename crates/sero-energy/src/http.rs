//! Fetching an exposition from an exporter's URL (`http://host:8080/metrics`).

use std::time::Duration;

use sero_http::{Timeouts, ureq};

use sero_message::{Message, msg};

use crate::text;

/// Why a URL could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("cannot reach `{url}`: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("`{url}` answered with HTTP status {status}")]
    Status { url: String, status: u16 },
    #[error("`{url}` did not send UTF-8 text")]
    NotText { url: String },
}

impl FetchError {
    /// What went wrong, for the reader.
    pub fn message(&self) -> Message {
        match self {
            FetchError::Unreachable { url, reason } => {
                msg!("prometheus-error-unreachable", url = url, reason = reason)
            }
            FetchError::Status { url, status } => {
                msg!("prometheus-error-status", url = url, status = *status)
            }
            FetchError::NotText { url } => msg!("prometheus-error-not-text", url = url),
        }
    }

    pub fn hint(&self) -> Message {
        text::hint_fetch()
    }
}

/// The body of `url`, read within `timeout`, up to 64 MiB.
pub fn fetch(url: &str, timeout: Duration) -> Result<String, FetchError> {
    let agent = sero_http::agent(Timeouts::total(timeout));
    let unreachable = |e: ureq::Error| FetchError::Unreachable {
        url: url.to_owned(),
        reason: e.to_string(),
    };
    let mut response = agent
        .get(url)
        .header("Accept", "text/plain;version=0.0.4")
        .call()
        .map_err(unreachable)?;
    let status = response.status().as_u16();
    if status != 200 {
        return Err(FetchError::Status {
            url: url.to_owned(),
            status,
        });
    }
    let body = response
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_vec()
        .map_err(unreachable)?;
    String::from_utf8(body).map_err(|_| FetchError::NotText {
        url: url.to_owned(),
    })
}
