//! Passwords (Argon2id), sessions (a random token in an HttpOnly cookie; the store keeps its
//! SHA-256 digest), anti-forgery tokens for every form, API tokens and the sign-in limiter.

use std::sync::Arc;

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use sero_i18n::msg;
use sero_store::{ApiToken, Scope, Session, digest};
use subtle::ConstantTimeEq;

use crate::App;
use crate::error::AppError;

/// The session cookie.
pub const SESSION_COOKIE: &str = "sero_session";
/// The anti-forgery cookie of forms shown before signing in.
pub const CSRF_COOKIE: &str = "sero_csrf";
/// How long a session lasts.
pub const SESSION_DAYS: i64 = 14;
/// The shortest password accepted (NCSC's guidance favours length over complexity).
pub const MIN_PASSWORD: usize = 12;
/// The longest password hashed (longer ones are refused, not truncated).
pub const MAX_PASSWORD: usize = 1024;

/// The Argon2id hash of a password (PHC string: algorithm, parameters, salt, hash), with the
/// crate's default parameters (Argon2id, 19 MiB, 2 passes, 1 lane: OWASP's minimum).
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
}

/// Whether `password` matches a stored hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Hashing takes tens of milliseconds of CPU: done off the async threads.
pub async fn hash_password_async(password: String) -> String {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .unwrap_or_default()
}

pub async fn verify_password_async(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false)
}

/// A password's problem, if it has one.
pub fn password_problem(password: &str) -> Option<sero_i18n::Message> {
    let length = password.chars().count();
    if length < MIN_PASSWORD {
        Some(msg!("web-password-too-short", minimum = MIN_PASSWORD))
    } else if password.len() > MAX_PASSWORD {
        Some(msg!("web-password-too-long", maximum = MAX_PASSWORD))
    } else {
        None
    }
}

/// Whether two tokens are equal, in time that does not depend on where they differ.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// The session cookie for `token`.
pub fn session_cookie(token: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::days(SESSION_DAYS))
        .build()
}

/// The cookie that removes the session cookie.
pub fn session_cookie_removal(secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, ""))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .max_age(cookie::time::Duration::ZERO)
        .build()
}

/// Starts a session for a person: stores it and returns the cookie to set.
pub async fn start_session(
    app: &App,
    user: sero_store::UserId,
) -> Result<Cookie<'static>, AppError> {
    let token = sero_store::new_token();
    let csrf = sero_store::new_token();
    let expires = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(24 * SESSION_DAYS))
        .unwrap_or(jiff::Timestamp::MAX);
    app.store
        .session_create(&digest(&token), user, &csrf, expires)
        .await?;
    Ok(session_cookie(token, app.config.secure_cookies()))
}

/// A signed-in person's session, or `None`.
pub async fn session_of(app: &App, jar: &CookieJar) -> Result<Option<(Session, String)>, AppError> {
    let Some(cookie) = jar.get(SESSION_COOKIE) else {
        return Ok(None);
    };
    let token_digest = digest(cookie.value());
    let session = app
        .store
        .session(&token_digest, jiff::Timestamp::now())
        .await?;
    Ok(session.map(|s| (s, token_digest)))
}

/// A request by a signed-in person. Without a session, pages send the person to sign in.
pub struct Signed {
    pub session: Session,
    /// The digest of the session's token (to sign out this session).
    pub digest: String,
}

impl Signed {
    /// Checks a form's anti-forgery token against the session's.
    pub fn check(&self, given: &str) -> Result<(), AppError> {
        if same(&self.session.csrf, given) {
            Ok(())
        } else {
            Err(AppError::Csrf)
        }
    }

    pub fn csrf(&self) -> &str {
        &self.session.csrf
    }
}

impl FromRequestParts<Arc<App>> for Signed {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, AppError> {
        let jar = CookieJar::from_headers(&parts.headers);
        match session_of(app, &jar).await? {
            Some((session, digest)) => Ok(Signed { session, digest }),
            None => {
                let next = parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_else(|| "/".to_owned());
                Err(AppError::SignIn(next))
            }
        }
    }
}

/// The anti-forgery token of a form shown to someone not signed in (double submit: the same
/// random value in a strict HttpOnly cookie and in the form).
pub struct AnonCsrf {
    pub token: String,
    /// The cookie to set when the request had none.
    pub cookie: Option<Cookie<'static>>,
}

impl AnonCsrf {
    pub fn check(jar: &CookieJar, given: &str) -> Result<(), AppError> {
        match jar.get(CSRF_COOKIE) {
            Some(c) if !given.is_empty() && same(c.value(), given) => Ok(()),
            _ => Err(AppError::Csrf),
        }
    }
}

impl FromRequestParts<Arc<App>> for AnonCsrf {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &Arc<App>,
    ) -> Result<Self, std::convert::Infallible> {
        let jar = CookieJar::from_headers(&parts.headers);
        if let Some(c) = jar.get(CSRF_COOKIE)
            && c.value().len() == 64
        {
            return Ok(AnonCsrf {
                token: c.value().to_owned(),
                cookie: None,
            });
        }
        let token = sero_store::new_token();
        let cookie = Cookie::build((CSRF_COOKIE, token.clone()))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(app.config.secure_cookies())
            .build();
        Ok(AnonCsrf {
            token,
            cookie: Some(cookie),
        })
    }
}

/// A request of the API with a valid organisation token (`Authorization: Bearer …`).
pub struct ApiCaller {
    pub token: ApiToken,
}

impl ApiCaller {
    /// Refuses a read-only token for a write.
    pub fn may_write(&self) -> Result<(), AppError> {
        if self.token.scope == Scope::Write {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

impl FromRequestParts<Arc<App>> for ApiCaller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, AppError> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() <= 256)
            .ok_or(AppError::Unauthorized)?;
        match app.store.api_token(&digest(token)).await? {
            Some(token) => Ok(ApiCaller { token }),
            None => Err(AppError::Unauthorized),
        }
    }
}
