//! sero's words, in English and Welsh.
//!
//! Every sentence, label and hint a person reads comes from a Project Fluent catalogue, one file
//! per language (`locales/en.ftl`, `locales/cy.ftl`), compiled into the binary. Libraries hand
//! over [`Message`] values (an id with typed arguments); a [`Localizer`] turns them into words in
//! one language, with numbers formatted for that language.
//!
//! What this crate must never do: decide what to say. It only says, in the reader's language,
//! what a library decided.

mod catalogue;
mod lang;
mod number;

pub use catalogue::{CatalogueProblem, check_catalogues, message_ids_in_source};
pub use lang::{Lang, resolve_lang};
pub use number::{format_count, format_exact, format_significant};
pub use sero_message::{Arg, Message, msg};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English catalogue, as shipped.
pub const ENGLISH: &str = include_str!("../locales/en.ftl");
/// The Welsh catalogue, as shipped.
pub const WELSH: &str = include_str!("../locales/cy.ftl");

/// Renders messages in one language, falling back to English for an id the language lacks
/// (the catalogue test keeps that from happening in a release) and to the id itself last.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

impl Localizer {
    /// The localizer of `lang`, from the shipped catalogues.
    pub fn new(lang: Lang) -> Self {
        let bundle = bundle(lang);
        let english = (lang != Lang::En).then(|| bundle_of(Lang::En));
        Localizer {
            lang,
            bundle,
            english,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The words of `message`.
    pub fn render(&self, message: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in message.args() {
            let value: FluentValue<'_> = match arg {
                Arg::Text(text) => FluentValue::from(text.as_str()),
                Arg::Count(n) => FluentValue::Number(FluentNumber::from(*n)),
                Arg::Number(x) => FluentValue::from(self.number(*x)),
                Arg::Exact(x) => FluentValue::from(format_exact(self.lang, *x)),
                Arg::Message(inner) => FluentValue::from(self.render(inner)),
            };
            args.set(*name, value);
        }
        for bundle in std::iter::once(&self.bundle).chain(self.english.as_ref()) {
            if let Some(pattern) = bundle.get_message(message.id()).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                return text.into_owned();
            }
        }
        message.id().to_owned()
    }

    /// A quantity to three significant figures, grouped as the language groups digits.
    pub fn number(&self, value: f64) -> String {
        format_significant(self.lang, value, 3)
    }

    /// A whole number as a count (`12,000`), anything else as a quantity.
    pub fn number_or_count(&self, value: f64) -> String {
        if value.fract() == 0.0 && value.abs() < 9.0e15 {
            format_count(self.lang, value as i64)
        } else {
            self.number(value)
        }
    }

    /// A count, grouped as the language groups digits.
    pub fn count(&self, value: i64) -> String {
        format_count(self.lang, value)
    }
}

fn bundle_of(lang: Lang) -> FluentBundle<FluentResource> {
    bundle(lang)
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let source = match lang {
        Lang::En => ENGLISH,
        Lang::Cy => WELSH,
    };
    let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier()]);
    // Terminals and plain text have no use for Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_fluent_number));
    // A catalogue that does not parse is a bug the catalogue test catches; what does parse
    // is still used.
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _errors)) => resource,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// Counts reach Fluent as numbers (so they choose plural forms) and leave it grouped.
fn format_fluent_number<M>(value: &FluentValue<'_>, _memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
            // Both languages group digits the same way (see `number`).
            Some(format_count(Lang::En, n.value as i64))
        }
        _ => None,
    }
}
