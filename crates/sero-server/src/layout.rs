//! The page every screen sits in: a skip link, the header with the language switch and the
//! signed-in person's menu, the main content, and one stylesheet (no inline style or script).

use maud::{DOCTYPE, Markup, html};
use sero_i18n::{Lang, msg};

use crate::words::Words;

/// Where the page is and who is looking at it.
pub struct Here<'a> {
    /// The path of this page, with its query when the page depends on it (for the language
    /// switch to come back to the same page).
    pub path: &'a str,
    /// The signed-in person's name and the session's anti-forgery token.
    pub user: Option<(&'a str, &'a str)>,
}

/// A whole page.
pub fn page(words: &Words, here: Option<&Here<'_>>, title: &str, body: Markup) -> Markup {
    let lang = words.lang();
    let app_name = words.t(msg!("web-app-name"));
    let full_title = words.t(msg!("web-title", page = title));
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (full_title) }
                link rel="stylesheet" href=(STYLESHEET);
                link rel="icon" href="data:,";
            }
            body {
                a class="skip" href="#main" { (words.t(msg!("web-skip-to-content"))) }
                header {
                    nav aria-label=(words.t(msg!("web-nav-label"))) {
                        a class="brand" href="/" { (app_name) }
                        @if let Some(here) = here {
                            (switch(words, here.path))
                            @if let Some((name, csrf)) = here.user {
                                span class="who" { (words.t(msg!("web-signed-in-as", name = name))) }
                                a href="/account" { (words.t(msg!("web-account"))) }
                                form method="post" action="/signout" class="inline" {
                                    input type="hidden" name="csrf" value=(csrf);
                                    button type="submit" { (words.t(msg!("web-sign-out"))) }
                                }
                            }
                        }
                    }
                }
                main id="main" {
                    h1 { (title) }
                    (body)
                }
                footer {
                    p { (words.t(msg!("web-footer"))) }
                }
            }
        }
    }
}

/// The link to the other language, in that language.
fn switch(words: &Words, path: &str) -> Markup {
    let other = match words.lang() {
        Lang::En => Lang::Cy,
        Lang::Cy => Lang::En,
    };
    let name = match other {
        Lang::En => words.t(msg!("web-lang-en")),
        Lang::Cy => words.t(msg!("web-lang-cy")),
    };
    let href = format!("/lang/{}?next={}", other.code(), encode(path));
    html! {
        a href=(href) lang=(other.code()) hreflang=(other.code()) { (name) }
    }
}

/// A form's hidden anti-forgery field.
pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// A list of problems above a form, with an id the fields can point at.
pub fn problems(words: &Words, problems: &[String]) -> Markup {
    html! {
        @if !problems.is_empty() {
            div class="problems" role="alert" id="problems" {
                h2 { (words.t(msg!("web-problems-heading"))) }
                ul { @for p in problems { li { (p) } } }
            }
        }
    }
}

/// The stylesheet's path; its name changes with its content, so it can be cached for a year.
pub const STYLESHEET: &str = "/static/sero-4.css";

/// Percent-encodes a value for a query string.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A local path to go back to after signing in or switching language: only paths on this site.
pub fn local_path(next: Option<&str>) -> String {
    match next {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => p.to_owned(),
        _ => "/".to_owned(),
    }
}
