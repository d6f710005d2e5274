//! A failed run: IF's error class and message, and where in the manifest.

use std::fmt;

use sero_message::Message;

use crate::value::At;

#[derive(Debug, Clone, PartialEq)]
pub struct IfError {
    /// IF's error class (`InputValidationError`, `ConfigError`, …) or a
    /// JavaScript one (`TypeError`) where IF fails with one.
    pub class: String,
    pub message: String,
    /// Character index in the manifest of the node, plugin or input at fault.
    pub at: Option<At>,
    /// What the user can do about it (not part of IF's message, so not in the output
    /// manifest): sero's words, in the reader's language.
    pub hint: Option<Message>,
    /// sero's own message for an error IF does not have (a limit of sero's): shown to the
    /// reader instead of `message`, which stays in the output manifest.
    pub words: Option<Box<Message>>,
}

impl IfError {
    pub fn new(class: &str, message: impl Into<String>) -> IfError {
        IfError {
            class: class.to_string(),
            message: message.into(),
            at: None,
            hint: None,
            words: None,
        }
    }

    /// A run refused by one of sero's limits: over `limit` with `found` (IF has no such
    /// limit, so the class is sero's own, `LimitError`).
    pub fn limit(limit: &'static sero_limits::Limit, found: u64) -> IfError {
        IfError {
            class: "LimitError".to_string(),
            message: format!(
                "{found} is over sero's {} limit of {}",
                limit.name(),
                limit.get()
            ),
            at: None,
            hint: Some(limit.hint()),
            words: Some(Box::new(limit.exceeded(Some(found)))),
        }
    }

    pub fn at(mut self, at: At) -> IfError {
        if self.at.is_none() && at > 0 {
            self.at = Some(at);
        }
        self
    }

    pub fn hint(mut self, hint: Message) -> IfError {
        self.hint = Some(hint);
        self
    }

    /// `error.toString()` as IF writes it into `execution.error`.
    pub fn js_string(&self) -> String {
        format!("{}: {}", self.class, self.message)
    }
}

impl fmt::Display for IfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

impl std::error::Error for IfError {}

pub type Result<T> = std::result::Result<T, IfError>;

pub fn input_validation(message: impl Into<String>) -> IfError {
    IfError::new("InputValidationError", message)
}

pub fn config_error(message: impl Into<String>) -> IfError {
    IfError::new("ConfigError", message)
}
