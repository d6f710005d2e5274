//! Errors of handlers, turned into pages (or JSON for the API) in the request's language by
//! [`render_errors`].

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use sero_i18n::{Message, msg};
use sero_store::StoreError;

use crate::App;
use crate::words::{Words, request_lang};

/// Why a request failed.
#[derive(Debug)]
pub enum AppError {
    /// Not there, or not this person's to see (the same answer, so existence does not leak).
    NotFound,
    /// Signed in but the role is not enough.
    Forbidden,
    /// The request cannot be done as asked; the message says why.
    BadRequest(Message),
    /// The anti-forgery token is missing or wrong.
    Csrf,
    /// Too many attempts; try later.
    TooMany,
    /// Not signed in: go to the sign-in page, then back to `next`.
    SignIn(String),
    /// The API's caller has no valid token.
    Unauthorized,
    /// The database failed.
    Store(StoreError),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => AppError::NotFound,
            other => AppError::Store(other),
        }
    }
}

/// The error a response carries to [`render_errors`].
#[derive(Clone, Debug)]
pub struct ErrorPage(pub Message);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, msg!("web-error-not-found")),
            AppError::Forbidden => (StatusCode::FORBIDDEN, msg!("web-error-forbidden")),
            AppError::BadRequest(m) => (StatusCode::BAD_REQUEST, m),
            AppError::Csrf => (StatusCode::FORBIDDEN, msg!("web-error-csrf")),
            AppError::TooMany => (StatusCode::TOO_MANY_REQUESTS, msg!("web-error-too-many")),
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, msg!("web-error-unauthorized")),
            AppError::SignIn(next) => {
                let to = format!("/signin?next={}", crate::layout::encode(&next));
                return Redirect::to(&to).into_response();
            }
            AppError::Store(e) => {
                // The error's kind only: it may quote data.
                tracing::error!(error = %kind(&e), "database error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    msg!("web-error-internal"),
                )
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage(message));
        response
    }
}

fn kind(e: &StoreError) -> &'static str {
    match e {
        StoreError::Database(_) => "database",
        StoreError::Migration(_) => "migration",
        StoreError::Conflict => "conflict",
        StoreError::NotFound => "not found",
        StoreError::InvalidToken => "invalid token",
        StoreError::Url => "url",
    }
}

/// Middleware: a response carrying an [`ErrorPage`] gets its body, a page in the request's
/// language (or, under `/api/`, a JSON problem document).
pub async fn render_errors(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let lang = request_lang(&parts);
    let api = parts.uri.path().starts_with("/api/");
    // The language switch comes back to the page that failed, when it can be asked for again.
    let here = if parts.method == axum::http::Method::GET {
        parts
            .uri
            .path_and_query()
            .map_or_else(|| "/".to_owned(), |p| p.as_str().to_owned())
    } else {
        "/".to_owned()
    };
    let request = Request::from_parts(parts, body);
    let response = next.run(request).await;
    let Some(ErrorPage(message)) = response.extensions().get::<ErrorPage>().cloned() else {
        return response;
    };
    let status = response.status();
    let words = Words::new(app, lang);
    let text = words.m(&message);
    if api {
        let body = serde_json::json!({
            "status": status.as_u16(),
            "error": message.id(),
            "message": text,
        });
        let mut response = (status, axum::Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            // How to authenticate (RFC 6750).
            response.headers_mut().insert(
                axum::http::header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer realm=\"sero\""),
            );
        }
        return response;
    }
    let page = crate::layout::page(
        &words,
        Some(&crate::layout::Here {
            path: &here,
            user: None,
        }),
        &words.t(msg!("web-error-title", status = i64::from(status.as_u16()))),
        maud::html! {
            p { (text) }
            p { a href="/" { (words.t(msg!("web-error-home"))) } }
        },
    );
    (status, page).into_response()
}
