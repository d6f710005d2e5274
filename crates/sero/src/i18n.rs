//! The reader's language for this run, and the one door through which words reach them.
//!
//! `main` chooses the language once (`--lang`, `SERO_LANG`, the locale); every report, error
//! and hint is then rendered through [`tr`] or the [`tr!`] macro from the Fluent catalogues of
//! `sero-i18n`. Nothing in the binary writes a word a person reads any other way.

use std::sync::OnceLock;

use sero_core::Message;
pub use sero_i18n::{Lang, Localizer};

static LOCALIZER: OnceLock<Localizer> = OnceLock::new();

/// Sets the language of this run (the first call wins).
pub fn init(lang: Lang) {
    let _ = LOCALIZER.set(Localizer::new(lang));
}

/// The localizer of this run (English until [`init`] is called).
pub fn localizer() -> &'static Localizer {
    LOCALIZER.get_or_init(|| Localizer::new(Lang::En))
}

/// The words of `message` in the reader's language.
pub fn tr(message: &Message) -> String {
    localizer().render(message)
}

/// `tr!("id", name = value, …)`: the words of a catalogue message, as a `String`.
#[macro_export]
macro_rules! tr {
    ($($message:tt)*) => {
        $crate::i18n::tr(&sero_core::msg!($($message)*))
    };
}
