//! sero's renderings of results for people and tools: an assessment (`sero estimate`) and a
//! comparison of channels (`sero compare`) as HTML, JSON and CSV, and the envelope every JSON
//! document carries.
//!
//! Every function takes the [`Localizer`] of the reader it renders for, so the command line
//! (one language per run) and the web application (one language per request) render the same
//! reports from the same code. No I/O: functions return strings and JSON values.

pub mod compare;
pub mod document;
pub mod estimate;
pub mod html;
pub mod units;

pub use sero_i18n::Localizer;
pub use units::MassUnit;

use sero_core::Message;

/// The words of `message` in the localizer's language.
pub fn tr(l: &Localizer, message: Message) -> String {
    l.render(&message)
}

/// Messages in the localizer's language, in order.
pub fn said(l: &Localizer, messages: &[Message]) -> Vec<String> {
    messages.iter().map(|m| l.render(m)).collect()
}
