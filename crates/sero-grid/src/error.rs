//! What can go wrong when asking the Carbon Intensity API.

use std::fmt;

use sero_message::{Arg, Message, msg};

/// A failure of the grid client. [`GridError::message`] and [`GridError::hint`] give the
/// sentence and the hint as messages for the binary to render; [`fmt::Display`] writes their
/// neutral forms, for logs.
#[derive(Clone, Debug, PartialEq)]
pub enum GridError {
    /// No connection could be made, or every try timed out or got a 5xx answer.
    Unreachable { base_url: String, detail: Message },
    /// The API answered with an error status (4xx), with its documented error body when it
    /// sent one.
    Api {
        url: String,
        status: u16,
        code: Option<String>,
        message: Option<String>,
    },
    /// The answer was not the documented JSON.
    Malformed { url: String, detail: Message },
    /// The request itself makes no sense (an empty or reversed range, a horizon too long).
    Request { detail: Message },
}

impl GridError {
    pub fn message(&self) -> Message {
        match self {
            GridError::Unreachable { base_url, detail } => msg!(
                "grid-error-unreachable",
                url = base_url.as_str(),
                detail = detail.clone()
            ),
            GridError::Api {
                url,
                status,
                code,
                message,
            } => {
                let refusal: Arg = match code {
                    Some(code) => code.as_str().into(),
                    None => msg!("grid-detail-status", status = *status).into(),
                };
                match message {
                    Some(message) => msg!(
                        "grid-error-api-refused-because",
                        url = url.as_str(),
                        refusal = refusal,
                        reason = message.as_str()
                    ),
                    None => msg!(
                        "grid-error-api-refused",
                        url = url.as_str(),
                        refusal = refusal
                    ),
                }
            }
            GridError::Malformed { url, detail } => msg!(
                "grid-error-malformed",
                url = url.as_str(),
                detail = detail.clone()
            ),
            GridError::Request { detail } => detail.clone(),
        }
    }

    pub fn hint(&self) -> Message {
        match self {
            GridError::Unreachable { .. } => msg!("grid-hint-offline"),
            GridError::Api { .. } => msg!("grid-hint-api-error"),
            GridError::Malformed { .. } => msg!("grid-hint-malformed"),
            GridError::Request { .. } => msg!("grid-hint-request"),
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
        write!(
            f,
            "{} (hint: {})",
            self.message().neutral(),
            self.hint().neutral()
        )
    }
}

impl std::error::Error for GridError {}
