//! Organisations: creating them (installation administrators), their services list, their
//! members and invitations, and their API tokens.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use serde::Deserialize;
use sero_i18n::msg;
use sero_store::{Role, Scope, StoreError, digest, new_token};

use super::{here, member, role_name};
use crate::App;
use crate::auth::Signed;
use crate::error::AppError;
use crate::layout::{csrf_field, page, problems};
pub use crate::save::{slug_of, valid_slug};
use crate::words::Words;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/admin/orgs", get(admin_orgs).post(org_create))
        .route("/o/{org}", get(org_page))
        .route("/o/{org}/members", get(members).post(invite))
        .route("/o/{org}/tokens", get(tokens).post(token_create))
        .route("/o/{org}/tokens/{id}/revoke", post(token_revoke))
}

#[derive(Deserialize)]
struct OrgForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    slug: String,
}

fn admin_page(
    words: &Words,
    path: &str,
    signed: &Signed,
    orgs: &[sero_store::Org],
    errors: &[String],
) -> Markup {
    page(
        words,
        Some(&here(path, signed)),
        &words.t(msg!("web-admin-orgs")),
        html! {
            @if orgs.is_empty() {
                p { (words.t(msg!("web-admin-no-orgs"))) }
            } @else {
                ul { @for org in orgs { li { a href=(format!("/o/{}", org.slug)) { (org.name) } } } }
            }
            h2 { (words.t(msg!("web-org-create"))) }
            (problems(words, errors))
            form method="post" action="/admin/orgs" {
                (csrf_field(signed.csrf()))
                div class="field" {
                    label for="name" { (words.t(msg!("web-field-org-name"))) }
                    input id="name" name="name" type="text" required maxlength="200";
                }
                div class="field" {
                    label for="slug" { (words.t(msg!("web-field-slug"))) }
                    p class="hint" id="slug-hint" { (words.t(msg!("web-slug-hint"))) }
                    input id="slug" name="slug" type="text" maxlength="60" aria-describedby="slug-hint";
                }
                button type="submit" { (words.t(msg!("web-org-create-button"))) }
            }
        },
    )
}

async fn admin_orgs(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
) -> Result<Markup, AppError> {
    if !signed.session.user.is_admin {
        return Err(AppError::Forbidden);
    }
    let orgs = app.store.orgs().await?;
    Ok(admin_page(&words, uri.path(), &signed, &orgs, &[]))
}

async fn org_create(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Form(form): Form<OrgForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    if !signed.session.user.is_admin {
        return Err(AppError::Forbidden);
    }
    let name = form.name.trim();
    let slug = if form.slug.trim().is_empty() {
        slug_of(name)
    } else {
        form.slug.trim().to_owned()
    };
    let mut errors = Vec::new();
    if name.is_empty() || name.len() > 200 {
        errors.push(words.t(msg!("web-name-needed")));
    }
    if !valid_slug(&slug) {
        errors.push(words.t(msg!("web-slug-invalid", slug = slug.as_str())));
    }
    if errors.is_empty() {
        match app.store.org_create(&slug, name).await {
            Ok(org) => {
                app.store
                    .member_set(org.id, signed.session.user.id, Role::Admin)
                    .await?;
                return Ok(Redirect::to(&format!("/o/{}", org.slug)).into_response());
            }
            Err(StoreError::Conflict) => {
                errors.push(words.t(msg!("web-slug-taken", slug = slug.as_str())))
            }
            Err(e) => return Err(e.into()),
        }
    }
    let orgs = app.store.orgs().await?;
    Ok((
        StatusCode::BAD_REQUEST,
        admin_page(&words, uri.path(), &signed, &orgs, &errors),
    )
        .into_response())
}

async fn org_page(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
) -> Result<Markup, AppError> {
    let membership = member(&app, &signed, &org, Role::Viewer).await?;
    let services = app.store.services(membership.org.id).await?;
    let base = format!("/o/{}", membership.org.slug);
    Ok(page(
        &words,
        Some(&here(uri.path(), &signed)),
        &membership.org.name,
        html! {
            p { (words.t(msg!("web-your-role", role = role_name(&words, membership.role)))) }
            nav aria-label=(words.t(msg!("web-org-nav-label"))) class="subnav" {
                @if membership.role >= Role::Editor {
                    a href=(format!("{base}/services/new")) { (words.t(msg!("web-service-new"))) }
                }
                @if membership.role >= Role::Admin {
                    a href=(format!("{base}/members")) { (words.t(msg!("web-members"))) }
                    a href=(format!("{base}/tokens")) { (words.t(msg!("web-tokens"))) }
                }
            }
            h2 { (words.t(msg!("web-services"))) }
            @if services.is_empty() {
                p { (words.t(msg!("web-no-services"))) }
            } @else {
                table {
                    caption class="visually-hidden" { (words.t(msg!("web-services"))) }
                    thead { tr {
                        th scope="col" { (words.t(msg!("web-col-service"))) }
                        th scope="col" class="num" { (words.t(msg!("web-col-total"))) }
                        th scope="col" class="num" { (words.t(msg!("web-col-per-transaction"))) }
                        th scope="col" class="num" { (words.t(msg!("web-col-version"))) }
                        th scope="col" { (words.t(msg!("web-col-updated"))) }
                    } }
                    tbody {
                        @for s in &services {
                            tr {
                                th scope="row" { a href=(format!("{base}/s/{}", s.service.slug)) { (s.service.name) } }
                                td class="num" { (words.t(msg!("web-kg", value = s.latest.figures.total_kg))) }
                                td class="num" {
                                    @if let Some(p) = s.latest.figures.per_transaction_kg {
                                        (words.t(msg!("web-kg", value = p)))
                                    }
                                }
                                td class="num" { (words.count(s.latest.number)) }
                                td { (words.time(s.latest.created_at)) }
                            }
                        }
                    }
                }
            }
        },
    ))
}

#[derive(Deserialize)]
struct InviteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

async fn members_page(
    app: &App,
    words: &Words,
    signed: &Signed,
    path: &str,
    org: &sero_store::Org,
    link: Option<String>,
    errors: &[String],
) -> Result<Markup, AppError> {
    let members = app.store.members(org.id).await?;
    Ok(page(
        words,
        Some(&here(path, signed)),
        &words.t(msg!("web-members-title", org = org.name.as_str())),
        html! {
            table {
                caption class="visually-hidden" { (words.t(msg!("web-members"))) }
                thead { tr {
                    th scope="col" { (words.t(msg!("web-field-name"))) }
                    th scope="col" { (words.t(msg!("web-field-email"))) }
                    th scope="col" { (words.t(msg!("web-col-role"))) }
                } }
                tbody {
                    @for m in &members {
                        tr { th scope="row" { (m.user.name) } td { (m.user.email) } td { (role_name(words, m.role)) } }
                    }
                }
            }
            h2 { (words.t(msg!("web-invite-heading"))) }
            @if let Some(link) = link {
                div class="note" role="status" {
                    p { (words.t(msg!("web-invite-link-made"))) }
                    p { code class="secret" { (link) } }
                }
            }
            (problems(words, errors))
            form method="post" {
                (csrf_field(signed.csrf()))
                div class="field" {
                    label for="email" { (words.t(msg!("web-field-email"))) }
                    input id="email" name="email" type="email" required maxlength="320";
                }
                (role_select(words))
                button type="submit" { (words.t(msg!("web-invite-create-button"))) }
            }
        },
    ))
}

fn role_select(words: &Words) -> Markup {
    html! {
        div class="field" {
            label for="role" { (words.t(msg!("web-col-role"))) }
            select id="role" name="role" {
                option value="viewer" { (role_name(words, Role::Viewer)) }
                option value="editor" selected { (role_name(words, Role::Editor)) }
                option value="admin" { (role_name(words, Role::Admin)) }
            }
        }
    }
}

async fn members(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
) -> Result<Markup, AppError> {
    let membership = member(&app, &signed, &org, Role::Admin).await?;
    members_page(
        &app,
        &words,
        &signed,
        uri.path(),
        &membership.org,
        None,
        &[],
    )
    .await
}

/// How long an invitation link works.
const INVITE_DAYS: i64 = 7;

async fn invite(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
    Form(form): Form<InviteForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    let membership = member(&app, &signed, &org, Role::Admin).await?;
    let email = form.email.trim().to_lowercase();
    let mut errors = Vec::new();
    if !super::account::plausible_email(&email) {
        errors.push(words.t(msg!("web-email-needed")));
    }
    let role = Role::parse(&form.role);
    if role.is_none() {
        errors.push(words.t(msg!("web-role-needed")));
    }
    if let (true, Some(role)) = (errors.is_empty(), role) {
        let token = new_token();
        let expires = jiff::Timestamp::now()
            .checked_add(jiff::SignedDuration::from_hours(24 * INVITE_DAYS))
            .unwrap_or(jiff::Timestamp::MAX);
        app.store
            .invite_create(
                membership.org.id,
                &email,
                role,
                &digest(&token),
                signed.session.user.id,
                expires,
            )
            .await?;
        let link = format!("{}/invite/{token}", app.config.base_url());
        let body = members_page(
            &app,
            &words,
            &signed,
            uri.path(),
            &membership.org,
            Some(link),
            &[],
        )
        .await?;
        return Ok(body.into_response());
    }
    let body = members_page(
        &app,
        &words,
        &signed,
        uri.path(),
        &membership.org,
        None,
        &errors,
    )
    .await?;
    Ok((StatusCode::BAD_REQUEST, body).into_response())
}

async fn tokens_page(
    app: &App,
    words: &Words,
    signed: &Signed,
    path: &str,
    org: &sero_store::Org,
    made: Option<String>,
) -> Result<Markup, AppError> {
    let tokens = app.store.api_tokens(org.id).await?;
    let base = format!("/o/{}", org.slug);
    Ok(page(
        words,
        Some(&here(path, signed)),
        &words.t(msg!("web-tokens-title", org = org.name.as_str())),
        html! {
            p { (words.t(msg!("web-tokens-intro"))) }
            @if let Some(token) = made {
                div class="note" role="status" {
                    p { (words.t(msg!("web-token-made"))) }
                    p { code class="secret" { (token) } }
                }
            }
            @if !tokens.is_empty() {
                table {
                    caption class="visually-hidden" { (words.t(msg!("web-tokens"))) }
                    thead { tr {
                        th scope="col" { (words.t(msg!("web-field-name"))) }
                        th scope="col" { (words.t(msg!("web-col-scope"))) }
                        th scope="col" { (words.t(msg!("web-col-created"))) }
                        th scope="col" { span class="visually-hidden" { (words.t(msg!("web-col-actions"))) } }
                    } }
                    tbody {
                        @for t in &tokens {
                            tr {
                                th scope="row" { (t.name) }
                                td { (scope_name(words, t.scope)) }
                                td { (words.time(t.created_at)) }
                                td {
                                    form method="post" action=(format!("{base}/tokens/{}/revoke", t.id)) {
                                        (csrf_field(signed.csrf()))
                                        button type="submit" { (words.t(msg!("web-token-revoke", name = t.name.as_str()))) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (words.t(msg!("web-token-create"))) }
            form method="post" action=(format!("{base}/tokens")) {
                (csrf_field(signed.csrf()))
                div class="field" {
                    label for="name" { (words.t(msg!("web-field-name"))) }
                    input id="name" name="name" type="text" required maxlength="100";
                }
                div class="field" {
                    label for="scope" { (words.t(msg!("web-col-scope"))) }
                    select id="scope" name="scope" {
                        option value="read" { (scope_name(words, Scope::Read)) }
                        option value="write" { (scope_name(words, Scope::Write)) }
                    }
                }
                button type="submit" { (words.t(msg!("web-token-create-button"))) }
            }
        },
    ))
}

pub fn scope_name(words: &Words, scope: Scope) -> String {
    match scope {
        Scope::Read => words.t(msg!("web-scope-read")),
        Scope::Write => words.t(msg!("web-scope-write")),
    }
}

async fn tokens(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
) -> Result<Markup, AppError> {
    let membership = member(&app, &signed, &org, Role::Admin).await?;
    tokens_page(&app, &words, &signed, uri.path(), &membership.org, None).await
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: String,
}

async fn token_create(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    let membership = member(&app, &signed, &org, Role::Admin).await?;
    let name = form.name.trim();
    let scope =
        Scope::parse(&form.scope).ok_or_else(|| AppError::BadRequest(msg!("web-scope-needed")))?;
    if name.is_empty() || name.len() > 100 {
        return Err(AppError::BadRequest(msg!("web-name-needed")));
    }
    let token = format!("sero_{}", new_token());
    app.store
        .api_token_create(
            membership.org.id,
            name,
            scope,
            &digest(&token),
            signed.session.user.id,
        )
        .await?;
    Ok(tokens_page(
        &app,
        &words,
        &signed,
        uri.path(),
        &membership.org,
        Some(token),
    )
    .await?
    .into_response())
}

async fn token_revoke(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((org, id)): Path<(String, i64)>,
    Form(form): Form<super::CsrfOnly>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    let membership = member(&app, &signed, &org, Role::Admin).await?;
    app.store.api_token_revoke(membership.org.id, id).await?;
    Ok(Redirect::to(&format!("/o/{}/tokens", membership.org.slug)).into_response())
}
