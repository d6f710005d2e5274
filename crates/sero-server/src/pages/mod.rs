//! The pages and their routes.

mod account;
mod form;
pub mod measure;
mod orgs;
mod results;
mod services;

pub use orgs::{slug_of, valid_slug};
pub(crate) use services::{MAX_FILES, kind_of};

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use maud::html;
use serde::Deserialize;
use sero_i18n::{Lang, msg};
use sero_store::{Membership, Role};

use crate::App;
use crate::auth::Signed;
use crate::error::AppError;
use crate::layout::{Here, page};
pub use crate::layout::{STYLESHEET, encode, local_path};
use crate::words::{LANG_COOKIE, Words};

const CSS: &str = include_str!("../../assets/sero.css");

/// The stylesheet: the report sections' (`sero-render`), then the application's own, whose
/// rules win where both style the same element (the application's tables wrap at 320 px; the
/// report's scroll inside their boxes).
fn stylesheet_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| format!("{}\n{CSS}", sero_render::html::REPORT_CSS))
}

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/", get(home))
        .route(STYLESHEET, get(stylesheet))
        .route("/lang/{code}", get(language))
        .merge(account::routes())
        .merge(orgs::routes())
        .merge(services::routes())
        .merge(results::routes())
        .merge(measure::routes())
        .merge(form::routes())
        .fallback(|| async { AppError::NotFound })
}

async fn stylesheet() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        stylesheet_text(),
    )
        .into_response()
}

/// A form with nothing but its anti-forgery token.
#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}

#[derive(Deserialize)]
struct Next {
    next: Option<String>,
}

/// Switches the language and goes back.
async fn language(
    State(app): State<Arc<App>>,
    Path(code): Path<String>,
    Query(q): Query<Next>,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let lang = Lang::from_tag(&code).ok_or(AppError::NotFound)?;
    let cookie = Cookie::build((LANG_COOKIE, lang.code()))
        .path("/")
        .same_site(SameSite::Lax)
        .secure(app.config.secure_cookies())
        .max_age(cookie::time::Duration::days(365))
        .build();
    Ok((
        jar.add(cookie),
        Redirect::to(&local_path(q.next.as_deref())),
    )
        .into_response())
}

/// The organisations of the signed-in person (or the way in).
async fn home(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Option<Signed>,
    uri: Uri,
) -> Result<Response, AppError> {
    let Some(signed) = signed else {
        if app.store.is_empty().await? {
            return Ok(page(
                &words,
                Some(&Here {
                    path: uri.path(),
                    user: None,
                }),
                &words.t(msg!("web-setup-title")),
                html! { p { (words.t(msg!("web-setup-needed"))) } },
            )
            .into_response());
        }
        return Ok(Redirect::to("/signin").into_response());
    };
    let memberships = app.store.memberships(signed.session.user.id).await?;
    let user = &signed.session.user;
    let body = html! {
        @if memberships.is_empty() {
            p { (words.t(msg!("web-home-no-orgs"))) }
        } @else {
            h2 { (words.t(msg!("web-home-orgs"))) }
            ul class="cards" {
                @for m in &memberships {
                    li {
                        a href=(format!("/o/{}", m.org.slug)) { (m.org.name) }
                        " "
                        span class="role" { (role_name(&words, m.role)) }
                    }
                }
            }
        }
        @if user.is_admin {
            p { a href="/admin/orgs" { (words.t(msg!("web-admin-orgs"))) } }
        }
    };
    Ok(page(
        &words,
        Some(&here(uri.path(), &signed)),
        &words.t(msg!("web-home-title")),
        body,
    )
    .into_response())
}

/// The header's view of a signed-in page.
pub fn here<'a>(path: &'a str, signed: &'a Signed) -> Here<'a> {
    Here {
        path,
        user: Some((&signed.session.user.name, signed.csrf())),
    }
}

pub fn role_name(words: &Words, role: Role) -> String {
    match role {
        Role::Viewer => words.t(msg!("web-role-viewer")),
        Role::Editor => words.t(msg!("web-role-editor")),
        Role::Admin => words.t(msg!("web-role-admin")),
    }
}

/// The signed-in person's membership of an organisation with at least `least`: not a member
/// gets "not found" (so an organisation's existence does not leak), too small a role
/// "forbidden".
pub async fn member(
    app: &App,
    signed: &Signed,
    org: &str,
    least: Role,
) -> Result<Membership, AppError> {
    let membership = app
        .store
        .membership(signed.session.user.id, org)
        .await?
        .ok_or(AppError::NotFound)?;
    if membership.role < least {
        return Err(AppError::Forbidden);
    }
    Ok(membership)
}

/// An optional signed-in session (pages open to both).
impl axum::extract::OptionalFromRequestParts<Arc<App>> for Signed {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &Arc<App>,
    ) -> Result<Option<Self>, AppError> {
        let jar = CookieJar::from_headers(&parts.headers);
        Ok(crate::auth::session_of(app, &jar)
            .await?
            .map(|(session, digest)| Signed { session, digest }))
    }
}
