//! What can go wrong when asking the Carbon Intensity API.

use std::fmt;

use crate::text;

/// A failure of the grid client. [`fmt::Display`] writes the message and, on a second line,
/// `  = hint: …`; [`GridError::message`] and [`GridError::hint`] give them apart.
#[derive(Clone, Debug, PartialEq)]
pub enum GridError {
    /// No connection could be made, or every try timed out or got a 5xx answer.
    Unreachable { base_url: String, detail: String },
    /// The API answered with an error status (4xx), with its documented error body when it
    /// sent one.
    Api {
        url: String,
        status: u16,
        code: Option<String>,
        message: Option<String>,
    },
    /// The answer was not the documented JSON.
    Malformed { url: String, detail: String },
    /// The request itself makes no sense (an empty or reversed range, a horizon too long).
    Request { detail: String },
}

impl GridError {
    pub fn message(&self) -> String {
        match self {
            GridError::Unreachable { base_url, detail } => text::unreachable(base_url, detail),
            GridError::Api {
                url,
                status,
                code,
                message,
            } => text::api_error(url, *status, code.as_deref(), message.as_deref()),
            GridError::Malformed { url, detail } => text::malformed(url, detail),
            GridError::Request { detail } => detail.clone(),
        }
    }

    pub fn hint(&self) -> String {
        match self {
            GridError::Unreachable { .. } => text::OFFLINE_HINT.to_owned(),
            GridError::Api { .. } => text::API_ERROR_HINT.to_owned(),
            GridError::Malformed { .. } => text::MALFORMED_HINT.to_owned(),
            GridError::Request { .. } => text::REQUEST_HINT.to_owned(),
        }
    }

    /// Whether the API could not be reached at all (sero then falls back to the annual
    /// factor).
    pub fn is_offline(&self) -> bool {
        matches!(self, GridError::Unreachable { .. })
    }
}

impl fmt::Display for GridError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n  = hint: {}", self.message(), self.hint())
    }
}

impl std::error::Error for GridError {}
