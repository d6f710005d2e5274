//! The language of a request and its words.
//!
//! The language is the `sero_lang` cookie (set by the switch on every page, `/lang/{code}`), or
//! else the first language of `Accept-Language` sero speaks, or else English.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use jiff::Timestamp;
use sero_i18n::{Lang, Localizer, Message, msg};

use crate::App;

/// The cookie that remembers the language chosen.
pub const LANG_COOKIE: &str = "sero_lang";

/// The words of one request, in its language.
#[derive(Clone)]
pub struct Words {
    app: Arc<App>,
    lang: Lang,
}

impl Words {
    pub fn new(app: Arc<App>, lang: Lang) -> Words {
        Words { app, lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn localizer(&self) -> &Localizer {
        self.app.localizer(self.lang)
    }

    /// The words of a message.
    pub fn t(&self, message: Message) -> String {
        self.localizer().render(&message)
    }

    /// The words of a message held elsewhere.
    pub fn m(&self, message: &Message) -> String {
        self.localizer().render(message)
    }

    /// A quantity to three significant figures, grouped as the language writes numbers.
    pub fn number(&self, value: f64) -> String {
        self.localizer().number(value)
    }

    pub fn count(&self, value: i64) -> String {
        self.localizer().count(value)
    }

    /// A day and time as the language writes them (`3 December 2026, 18:40 UTC`).
    pub fn time(&self, at: Timestamp) -> String {
        let civil = at.to_zoned(jiff::tz::TimeZone::UTC);
        let month = month(civil.month());
        self.t(msg!(
            "web-date-time",
            day = i64::from(civil.day()),
            month = month,
            year = civil.year().to_string(),
            time = format!("{:02}:{:02}", civil.hour(), civil.minute())
        ))
    }
}

fn month(m: i8) -> Message {
    match m {
        1 => msg!("web-month-1"),
        2 => msg!("web-month-2"),
        3 => msg!("web-month-3"),
        4 => msg!("web-month-4"),
        5 => msg!("web-month-5"),
        6 => msg!("web-month-6"),
        7 => msg!("web-month-7"),
        8 => msg!("web-month-8"),
        9 => msg!("web-month-9"),
        10 => msg!("web-month-10"),
        11 => msg!("web-month-11"),
        _ => msg!("web-month-12"),
    }
}

/// The language a request asks for.
pub fn request_lang(parts: &Parts) -> Lang {
    let cookies = axum_extra::extract::CookieJar::from_headers(&parts.headers);
    if let Some(lang) = cookies
        .get(LANG_COOKIE)
        .and_then(|c| Lang::from_tag(c.value()))
    {
        return lang;
    }
    parts
        .headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|list| {
            list.split(',')
                .filter_map(|item| item.split(';').next())
                .find_map(|tag| Lang::from_tag(tag.trim()))
        })
        .unwrap_or(Lang::En)
}

impl FromRequestParts<Arc<App>> for Words {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &Arc<App>,
    ) -> Result<Self, Self::Rejection> {
        Ok(Words::new(app.clone(), request_lang(parts)))
    }
}
