//! Signing in and out, the first administrator, invitations, and a person's own account.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum_extra::extract::CookieJar;
use maud::{Markup, html};
use serde::Deserialize;
use sero_i18n::msg;
use sero_store::{StoreError, digest};

use super::{here, local_path};
use crate::App;
use crate::auth::{
    AnonCsrf, Signed, hash_password_async, password_problem, session_cookie_removal, start_session,
    verify_password_async,
};
use crate::error::AppError;
use crate::layout::{Here, csrf_field, page, problems};
use crate::words::Words;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/signin", get(signin_form).post(signin))
        .route("/signout", axum::routing::post(signout))
        .route("/setup/{token}", get(setup_form).post(setup))
        .route("/invite/{token}", get(invite_form).post(invite_accept))
        .route("/account", get(account))
        .route("/account/password", axum::routing::post(password))
        .route(
            "/account/signout-everywhere",
            axum::routing::post(signout_everywhere),
        )
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

#[derive(Deserialize)]
struct SigninForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

fn signin_page(words: &Words, path: &str, csrf: &str, next: &str, errors: &[String]) -> Markup {
    page(
        words,
        Some(&Here { path, user: None }),
        &words.t(msg!("web-signin-title")),
        html! {
            (problems(words, errors))
            form method="post" action="/signin" {
                (csrf_field(csrf))
                input type="hidden" name="next" value=(next);
                div class="field" {
                    label for="email" { (words.t(msg!("web-field-email"))) }
                    input id="email" name="email" type="email" autocomplete="username" required;
                }
                div class="field" {
                    label for="password" { (words.t(msg!("web-field-password"))) }
                    input id="password" name="password" type="password" autocomplete="current-password" required;
                }
                button type="submit" { (words.t(msg!("web-signin-button"))) }
            }
        },
    )
}

async fn signin_form(
    words: Words,
    csrf: AnonCsrf,
    jar: CookieJar,
    uri: Uri,
    Query(q): Query<NextQuery>,
) -> Response {
    let next = local_path(q.next.as_deref());
    let body = signin_page(&words, uri.path(), &csrf.token, &next, &[]);
    match csrf.cookie {
        Some(c) => (jar.add(c), body).into_response(),
        None => body.into_response(),
    }
}

async fn signin(
    State(app): State<Arc<App>>,
    words: Words,
    jar: CookieJar,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    uri: Uri,
    Form(form): Form<SigninForm>,
) -> Result<Response, AppError> {
    AnonCsrf::check(&jar, &form.csrf)?;
    let email = form.email.trim().to_lowercase();
    let by_email = format!("email:{email}");
    let by_address = format!("address:{}", peer.ip());
    if !app.limiter.allowed(&by_email) || !app.limiter.allowed(&by_address) {
        return Err(AppError::TooMany);
    }
    let credentials = app.store.credentials(&email).await?;
    // A missing account still costs one hash, so timing does not say who has an account.
    let hash = credentials
        .as_ref()
        .map(|c| c.password_hash.clone())
        .unwrap_or_else(|| DUMMY_HASH.clone());
    let ok = verify_password_async(form.password.clone(), hash).await && credentials.is_some();
    let Some(credentials) = credentials.filter(|_| ok) else {
        app.limiter.failed(&by_email);
        app.limiter.failed(&by_address);
        let csrf = jar
            .get(crate::auth::CSRF_COOKIE)
            .map(|c| c.value().to_owned())
            .unwrap_or_default();
        let body = signin_page(
            &words,
            uri.path(),
            &csrf,
            &local_path(Some(&form.next)),
            &[words.t(msg!("web-signin-failed"))],
        );
        return Ok((axum::http::StatusCode::UNAUTHORIZED, body).into_response());
    };
    app.limiter.succeeded(&by_email);
    let cookie = start_session(&app, credentials.user.id).await?;
    tracing::info!(user = credentials.user.id.0, "signed in");
    Ok((jar.add(cookie), Redirect::to(&local_path(Some(&form.next)))).into_response())
}

/// The Argon2id hash of a random password nobody knows, made once with the same parameters as
/// every stored hash, and verified when the email is unknown (so both cost the same).
static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| crate::auth::hash_password(&sero_store::new_token()));

#[derive(Deserialize)]
struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

async fn signout(
    State(app): State<Arc<App>>,
    signed: Signed,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    app.store.session_delete(&signed.digest).await?;
    let removal = session_cookie_removal(app.config.secure_cookies());
    Ok((jar.add(removal), Redirect::to("/signin")).into_response())
}

async fn signout_everywhere(
    State(app): State<Arc<App>>,
    signed: Signed,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    app.store
        .sessions_delete_all(signed.session.user.id)
        .await?;
    let removal = session_cookie_removal(app.config.secure_cookies());
    Ok((jar.add(removal), Redirect::to("/signin")).into_response())
}

#[derive(Deserialize)]
struct NewPersonForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// The fields of a new account (name, email unless fixed, password).
fn person_fields(words: &Words, email: Option<&str>) -> Markup {
    html! {
        div class="field" {
            label for="name" { (words.t(msg!("web-field-name"))) }
            input id="name" name="name" type="text" autocomplete="name" required maxlength="200";
        }
        @if let Some(email) = email {
            p { (words.t(msg!("web-invite-email", email = email))) }
        } @else {
            div class="field" {
                label for="email" { (words.t(msg!("web-field-email"))) }
                input id="email" name="email" type="email" autocomplete="username" required maxlength="320";
            }
        }
        div class="field" {
            label for="password" { (words.t(msg!("web-field-new-password"))) }
            p class="hint" id="password-hint" { (words.t(msg!("web-password-hint", minimum = crate::auth::MIN_PASSWORD))) }
            input id="password" name="password" type="password" autocomplete="new-password" required aria-describedby="password-hint";
        }
    }
}

fn person_problems(words: &Words, form: &NewPersonForm, check_email: bool) -> Vec<String> {
    let mut errors = Vec::new();
    if form.name.trim().is_empty() || form.name.len() > 200 {
        errors.push(words.t(msg!("web-name-needed")));
    }
    if check_email && !plausible_email(&form.email) {
        errors.push(words.t(msg!("web-email-needed")));
    }
    if let Some(problem) = password_problem(&form.password) {
        errors.push(words.m(&problem));
    }
    errors
}

/// An email address's shape (something@something, no spaces): what a form can check.
pub fn plausible_email(email: &str) -> bool {
    let email = email.trim();
    email.len() <= 320
        && !email.contains(char::is_whitespace)
        && email
            .split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'))
}

fn setup_page(words: &Words, path: &str, csrf: &str, errors: &[String]) -> Markup {
    page(
        words,
        Some(&Here { path, user: None }),
        &words.t(msg!("web-setup-title")),
        html! {
            p { (words.t(msg!("web-setup-intro"))) }
            (problems(words, errors))
            form method="post" {
                (csrf_field(csrf))
                (person_fields(words, None))
                button type="submit" { (words.t(msg!("web-setup-button"))) }
            }
        },
    )
}

async fn setup_form(
    State(app): State<Arc<App>>,
    words: Words,
    csrf: AnonCsrf,
    jar: CookieJar,
    uri: Uri,
) -> Result<Response, AppError> {
    if !app.store.is_empty().await? {
        return Err(AppError::NotFound);
    }
    let body = setup_page(&words, uri.path(), &csrf.token, &[]);
    Ok(match csrf.cookie {
        Some(c) => (jar.add(c), body).into_response(),
        None => body.into_response(),
    })
}

async fn setup(
    State(app): State<Arc<App>>,
    words: Words,
    jar: CookieJar,
    uri: Uri,
    Path(token): Path<String>,
    Form(form): Form<NewPersonForm>,
) -> Result<Response, AppError> {
    AnonCsrf::check(&jar, &form.csrf)?;
    let errors = person_problems(&words, &form, true);
    if !errors.is_empty() {
        let csrf = form.csrf.clone();
        let body = setup_page(&words, uri.path(), &csrf, &errors);
        return Ok((axum::http::StatusCode::BAD_REQUEST, body).into_response());
    }
    let hash = hash_password_async(form.password.clone()).await;
    let user = match app
        .store
        .setup_complete(&digest(&token), form.email.trim(), form.name.trim(), &hash)
        .await
    {
        Ok(user) => user,
        Err(StoreError::InvalidToken) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    tracing::info!(user = user.id.0, "first administrator created");
    let cookie = start_session(&app, user.id).await?;
    Ok((jar.add(cookie), Redirect::to("/admin/orgs")).into_response())
}

fn invite_page(
    words: &Words,
    path: &str,
    csrf: &str,
    invite: &sero_store::Invite,
    signed_in: bool,
    errors: &[String],
) -> Markup {
    page(
        words,
        Some(&Here { path, user: None }),
        &words.t(msg!("web-invite-title", org = invite.org.name.as_str())),
        html! {
            p { (words.t(msg!("web-invite-intro", org = invite.org.name.as_str(), role = super::role_name(words, invite.role)))) }
            (problems(words, errors))
            form method="post" {
                (csrf_field(csrf))
                @if !signed_in {
                    (person_fields(words, Some(&invite.email)))
                }
                button type="submit" { (words.t(msg!("web-invite-button"))) }
            }
        },
    )
}

async fn invite_form(
    State(app): State<Arc<App>>,
    words: Words,
    csrf: AnonCsrf,
    signed: Option<Signed>,
    jar: CookieJar,
    uri: Uri,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let invite = app
        .store
        .invite(&digest(&token), jiff::Timestamp::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let body = invite_page(
        &words,
        uri.path(),
        &csrf.token,
        &invite,
        signed.is_some(),
        &[],
    );
    Ok(match csrf.cookie {
        Some(c) => (jar.add(c), body).into_response(),
        None => body.into_response(),
    })
}

async fn invite_accept(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Option<Signed>,
    jar: CookieJar,
    uri: Uri,
    Path(token): Path<String>,
    Form(form): Form<NewPersonForm>,
) -> Result<Response, AppError> {
    AnonCsrf::check(&jar, &form.csrf)?;
    let now = jiff::Timestamp::now();
    let token_digest = digest(&token);
    let invite = app
        .store
        .invite(&token_digest, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let (user, cookie) = match signed {
        Some(signed) => (signed.session.user.id, None),
        None => {
            let errors = person_problems(&words, &form, false);
            if !errors.is_empty() {
                let body = invite_page(&words, uri.path(), &form.csrf, &invite, false, &errors);
                return Ok((axum::http::StatusCode::BAD_REQUEST, body).into_response());
            }
            let hash = hash_password_async(form.password.clone()).await;
            let user = match app
                .store
                .user_create(&invite.email, form.name.trim(), &hash, false)
                .await
            {
                Ok(user) => user,
                Err(StoreError::Conflict) => {
                    let body = invite_page(
                        &words,
                        uri.path(),
                        &form.csrf,
                        &invite,
                        false,
                        &[words.t(msg!("web-invite-account-exists"))],
                    );
                    return Ok((axum::http::StatusCode::CONFLICT, body).into_response());
                }
                Err(e) => return Err(e.into()),
            };
            (user.id, Some(start_session(&app, user.id).await?))
        }
    };
    let membership = match app.store.invite_accept(&token_digest, now, user).await {
        Ok(m) => m,
        Err(StoreError::InvalidToken) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let to = format!("/o/{}", membership.org.slug);
    Ok(match cookie {
        Some(c) => (jar.add(c), Redirect::to(&to)).into_response(),
        None => Redirect::to(&to).into_response(),
    })
}

#[derive(Deserialize)]
struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
}

fn account_page(
    words: &Words,
    path: &str,
    signed: &Signed,
    note: Option<&str>,
    errors: &[String],
) -> Markup {
    page(
        words,
        Some(&here(path, signed)),
        &words.t(msg!("web-account-title")),
        html! {
            @if let Some(note) = note { p class="note" role="status" { (note) } }
            h2 { (words.t(msg!("web-password-change"))) }
            (problems(words, errors))
            form method="post" action="/account/password" {
                (csrf_field(signed.csrf()))
                div class="field" {
                    label for="current" { (words.t(msg!("web-field-current-password"))) }
                    input id="current" name="current" type="password" autocomplete="current-password" required;
                }
                div class="field" {
                    label for="password" { (words.t(msg!("web-field-new-password"))) }
                    p class="hint" id="password-hint" { (words.t(msg!("web-password-hint", minimum = crate::auth::MIN_PASSWORD))) }
                    input id="password" name="password" type="password" autocomplete="new-password" required aria-describedby="password-hint";
                }
                button type="submit" { (words.t(msg!("web-password-change-button"))) }
            }
            h2 { (words.t(msg!("web-signout-everywhere"))) }
            p { (words.t(msg!("web-signout-everywhere-intro"))) }
            form method="post" action="/account/signout-everywhere" {
                (csrf_field(signed.csrf()))
                button type="submit" { (words.t(msg!("web-signout-everywhere-button"))) }
            }
        },
    )
}

async fn account(words: Words, signed: Signed, uri: Uri) -> Markup {
    account_page(&words, uri.path(), &signed, None, &[])
}

async fn password(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    jar: CookieJar,
    Form(form): Form<PasswordForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    let key = format!("user:{}", signed.session.user.id.0);
    if !app.limiter.allowed(&key) {
        return Err(AppError::TooMany);
    }
    let credentials = app.store.credentials_of(signed.session.user.id).await?;
    let mut errors = Vec::new();
    if !verify_password_async(form.current.clone(), credentials.password_hash).await {
        app.limiter.failed(&key);
        errors.push(words.t(msg!("web-password-current-wrong")));
    }
    if let Some(problem) = password_problem(&form.password) {
        errors.push(words.m(&problem));
    }
    if !errors.is_empty() {
        let body = account_page(&words, "/account", &signed, None, &errors);
        return Ok((axum::http::StatusCode::BAD_REQUEST, body).into_response());
    }
    let hash = hash_password_async(form.password.clone()).await;
    // Changing the password ends every session, this one too; a new one starts here.
    app.store
        .password_set(signed.session.user.id, &hash)
        .await?;
    let cookie = start_session(&app, signed.session.user.id).await?;
    Ok((jar.add(cookie), Redirect::to("/account")).into_response())
}
