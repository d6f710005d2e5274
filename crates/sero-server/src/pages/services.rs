//! Services: creating one (from a manifest, typed or uploaded, with its activity files), its
//! versions and their assessments, downloads, comparing two versions, re-running with today's
//! factors.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, PreEscaped, html};
use serde::Deserialize;
use sero_i18n::{Lang, Message, msg};
use sero_store::{Author, File, Role, Service, Version};

use super::{CsrfOnly, here, member};
use crate::App;
use crate::assess::{self, Problem};
use crate::auth::Signed;
use crate::error::AppError;
use crate::layout::{csrf_field, page};
use crate::words::Words;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/o/{org}/services/new", get(new_service))
        .route("/o/{org}/services", post(create_service))
        .route("/o/{org}/s/{service}", get(latest))
        .route("/o/{org}/s/{service}/versions", post(save_version))
        .route("/o/{org}/s/{service}/compare", get(compare))
        .route("/o/{org}/s/{service}/v/{number}", get(version_page))
        .route(
            "/o/{org}/s/{service}/v/{number}/manifest",
            get(download_manifest),
        )
        .route(
            "/o/{org}/s/{service}/v/{number}/estimate.json",
            get(download_json),
        )
        .route(
            "/o/{org}/s/{service}/v/{number}/estimate.csv",
            get(download_csv),
        )
        .route("/o/{org}/s/{service}/v/{number}/rerun", post(rerun))
}

/// The most activity files one version keeps.
pub(crate) const MAX_FILES: usize = 20;

/// What a service form sent (multipart: text fields, the manifest as text or a file, and
/// activity files).
#[derive(Default)]
pub struct Upload {
    pub fields: HashMap<String, String>,
    /// The manifest file's name and text, when one was uploaded.
    pub manifest_file: Option<(String, String)>,
    pub files: Vec<File>,
}

impl Upload {
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Reads a multipart form. The body as a whole is bounded by the server's body limit.
pub async fn read_upload(mut multipart: Multipart) -> Result<Upload, AppError> {
    let mut upload = Upload::default();
    let bad = |_| AppError::BadRequest(msg!("web-error-form"));
    while let Some(field) = multipart.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or("").to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await.map_err(bad)?;
        match (name.as_str(), file_name) {
            ("manifest_file", Some(file)) if !file.is_empty() && !bytes.is_empty() => {
                let text = String::from_utf8(bytes.to_vec())
                    .map_err(|_| AppError::BadRequest(msg!("web-manifest-not-utf8")))?;
                upload.manifest_file = Some((file, text));
            }
            ("files", Some(file)) if !file.is_empty() => {
                if upload.files.len() >= MAX_FILES {
                    return Err(AppError::BadRequest(msg!(
                        "web-too-many-files",
                        maximum = MAX_FILES
                    )));
                }
                let base = file.rsplit(['/', '\\']).next().unwrap_or("").to_owned();
                upload.files.push(File {
                    kind: kind_of(&base).to_owned(),
                    name: base,
                    content: bytes.to_vec(),
                });
            }
            (_, Some(_)) => {}
            (key, None) => {
                let text = String::from_utf8(bytes.to_vec())
                    .map_err(|_| AppError::BadRequest(msg!("web-error-form")))?;
                upload.fields.insert(key.to_owned(), text);
            }
        }
    }
    Ok(upload)
}

/// The kind of an activity file, from the name `sero import` gives it.
pub(crate) fn kind_of(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    if lower.contains("cloud") {
        "cloud"
    } else if lower.contains("inventory") {
        "inventory"
    } else if lower.contains("journey") {
        "journey"
    } else if lower.contains("page") {
        "page"
    } else if lower.contains("energy") {
        "energy"
    } else {
        "activity"
    }
}

/// The manifest of an upload (the file wins over the text box) and its format.
fn manifest_of(upload: &Upload) -> Result<(String, sero_manifest::tree::Format), Message> {
    if let Some((name, text)) = &upload.manifest_file {
        return Ok((text.clone(), sero_manifest::tree::Format::from_path(name)));
    }
    let text = upload.field("manifest");
    if text.trim().is_empty() {
        return Err(msg!("web-manifest-needed"));
    }
    let format =
        assess::format_of(upload.field("format")).unwrap_or(sero_manifest::tree::Format::Yaml);
    Ok((text.replace("\r\n", "\n"), format))
}

/// The form that makes a version: the manifest (typed or a file), activity files, a message.
fn manifest_form(
    words: &Words,
    action: &str,
    csrf: &str,
    manifest: &str,
    format: &str,
    new_service: bool,
    problem: Option<&(String, Option<String>)>,
) -> Markup {
    html! {
        @if let Some((text, location)) = problem {
            div class="problems" role="alert" id="problems" {
                h2 { (words.t(msg!("web-manifest-problem"))) }
                @if let Some(location) = location {
                    p { (words.t(msg!("web-manifest-problem-at", location = location.as_str()))) }
                }
                pre class="diagnostic" { (text) }
            }
        }
        form method="post" action=(action) enctype="multipart/form-data" {
            (csrf_field(csrf))
            @if new_service {
                div class="field" {
                    label for="name" { (words.t(msg!("web-field-service-name"))) }
                    p class="hint" id="name-hint" { (words.t(msg!("web-service-name-hint"))) }
                    input id="name" name="name" type="text" maxlength="200" aria-describedby="name-hint";
                }
            }
            div class="field" {
                label for="manifest" { (words.t(msg!("web-field-manifest"))) }
                p class="hint" id="manifest-hint" { (words.t(msg!("web-manifest-hint"))) }
                textarea id="manifest" name="manifest" rows="20" spellcheck="false" aria-describedby="manifest-hint" { (manifest) }
            }
            div class="field" {
                label for="format" { (words.t(msg!("web-field-format"))) }
                select id="format" name="format" {
                    @for f in ["yaml", "toml", "json"] {
                        option value=(f) selected[f == format] { (f.to_uppercase()) }
                    }
                }
            }
            div class="field" {
                label for="manifest_file" { (words.t(msg!("web-field-manifest-file"))) }
                input id="manifest_file" name="manifest_file" type="file" accept=".yaml,.yml,.toml,.json";
            }
            div class="field" {
                label for="files" { (words.t(msg!("web-field-files"))) }
                p class="hint" id="files-hint" { (words.t(msg!("web-files-hint"))) }
                input id="files" name="files" type="file" multiple aria-describedby="files-hint";
            }
            div class="field" {
                label for="message" { (words.t(msg!("web-field-message"))) }
                input id="message" name="message" type="text" maxlength="500";
            }
            button type="submit" { (words.t(msg!("web-save-version"))) }
        }
    }
}

async fn new_service(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
) -> Result<Markup, AppError> {
    let membership = member(&app, &signed, &org, Role::Editor).await?;
    let action = format!("/o/{}/services", membership.org.slug);
    Ok(page(
        &words,
        Some(&here(uri.path(), &signed)),
        &words.t(msg!("web-service-new")),
        html! {
            p { (words.t(msg!("web-service-new-intro"))) }
            p { a href=(format!("/o/{}/services/new/form", membership.org.slug)) { (words.t(msg!("web-form-link-new"))) } }
            (manifest_form(&words, &action, signed.csrf(), "", "yaml", true, None))
        },
    ))
}

/// A manifest problem, as the form shows it.
pub fn problem_text(words: &Words, problem: &Problem) -> (String, Option<String>) {
    (
        problem.render(words.localizer()),
        problem.location().map(str::to_owned),
    )
}

async fn create_service(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path(org): Path<String>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let upload = read_upload(multipart).await?;
    signed.check(upload.field("csrf"))?;
    let membership = member(&app, &signed, &org, Role::Editor).await?;
    let action = format!("/o/{}/services", membership.org.slug);
    let again = |problem: (String, Option<String>), manifest: &str, format: &str| {
        page(
            &words,
            Some(&here(uri.path(), &signed)),
            &words.t(msg!("web-service-new")),
            manifest_form(
                &words,
                &action,
                signed.csrf(),
                manifest,
                format,
                true,
                Some(&problem),
            ),
        )
    };
    let (manifest, format) = match manifest_of(&upload) {
        Ok(m) => m,
        Err(m) => {
            return Ok((
                StatusCode::BAD_REQUEST,
                again((words.m(&m), None), "", "yaml"),
            )
                .into_response());
        }
    };
    let format_name = assess::format_name(format);
    let to = SaveTo::NewService {
        name: upload.field("name"),
    };
    let save = Save {
        manifest: manifest.clone(),
        format,
        files: upload.files.clone(),
        message: upload.field("message").to_owned(),
    };
    let author = Author::User(signed.session.user.id);
    match save_manifest(&app, &membership, author, to, save).await? {
        Ok(saved) => Ok(Redirect::to(&saved.path).into_response()),
        Err(refused) => {
            let status = refused.status();
            let shown = refused.shown(&words);
            Ok((status, again(shown, &manifest, format_name)).into_response())
        }
    }
}

/// Where a save goes: a new service, or a new version of a service.
pub enum SaveTo<'a> {
    /// A new service named `name`, or after the manifest's `service.name` when blank.
    NewService { name: &'a str },
    /// A new version of this service; activity files not given again are kept from its
    /// latest version.
    Version(&'a Service),
}

/// What a save is made of.
pub struct Save {
    pub manifest: String,
    pub format: sero_manifest::tree::Format,
    pub files: Vec<File>,
    /// What changed, as the author wrote it.
    pub message: String,
}

/// A save done.
pub struct Saved {
    /// The new version's page: `/o/{org}/s/{service}/v/{number}`, or `/o/{org}/s/{service}`
    /// for a new service.
    pub path: String,
}

/// Why a save was refused (nothing was stored).
pub enum Refused {
    /// The manifest (or a file) could not be read and assessed.
    Problem(Problem),
    /// No usable service name (the message says why).
    NameNeeded(Message),
    /// The organisation has a service of that name.
    Exists(Message),
}

impl Refused {
    pub fn status(&self) -> StatusCode {
        match self {
            Refused::Exists(_) => StatusCode::CONFLICT,
            _ => StatusCode::BAD_REQUEST,
        }
    }

    /// The problem as the manifest form shows it: its words and its location.
    pub fn shown(&self, words: &Words) -> (String, Option<String>) {
        match self {
            Refused::Problem(problem) => problem_text(words, problem),
            Refused::NameNeeded(m) | Refused::Exists(m) => (words.m(m), None),
        }
    }
}

/// The one way a manifest becomes a version (the manifest form, the guided form): read and
/// assessed as `sero estimate` does, then stored with its assessment in one transaction.
pub async fn save_manifest(
    app: &Arc<App>,
    membership: &sero_store::Membership,
    author: Author,
    to: SaveTo<'_>,
    save: Save,
) -> Result<Result<Saved, Refused>, AppError> {
    let org = &membership.org;
    let target = match to {
        SaveTo::NewService { name } => crate::save::Target::NewService {
            org: org.id,
            name: Some(name),
            slug: None,
        },
        SaveTo::Version(service) => crate::save::Target::Version {
            org: org.id,
            service,
        },
    };
    let draft = crate::save::Draft {
        author,
        message: save.message.trim().to_owned(),
        manifest: save.manifest,
        format: save.format,
        files: save.files,
    };
    let new_service = matches!(target, crate::save::Target::NewService { .. });
    match crate::save::save(app, target, draft).await {
        Ok(saved) => Ok(Ok(Saved {
            path: if new_service {
                format!("/o/{}/s/{}", org.slug, saved.service.slug)
            } else {
                format!(
                    "/o/{}/s/{}/v/{}",
                    org.slug, saved.service.slug, saved.number
                )
            },
        })),
        Err(crate::save::SaveError::Problem(problem)) => Ok(Err(Refused::Problem(problem))),
        Err(crate::save::SaveError::Name(m)) => Ok(Err(Refused::NameNeeded(m))),
        Err(crate::save::SaveError::Exists(m)) => Ok(Err(Refused::Exists(m))),
        Err(crate::save::SaveError::App(e)) => Err(e),
    }
}

/// The number of a service's latest version.
async fn latest_number(
    app: &App,
    membership: &sero_store::Membership,
    service: &Service,
) -> Result<i64, AppError> {
    let versions = app.store.versions(membership.org.id, service.id).await?;
    versions.first().map(|v| v.number).ok_or(AppError::NotFound)
}

/// The organisation's service by slug, for a member with at least `least`.
pub async fn service_of(
    app: &App,
    signed: &Signed,
    org: &str,
    service: &str,
    least: Role,
) -> Result<(sero_store::Membership, Service), AppError> {
    let membership = member(app, signed, org, least).await?;
    let service = app
        .store
        .service(membership.org.id, service)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((membership, service))
}

async fn latest(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (membership, service) = service_of(&app, &signed, &org, &service, Role::Viewer).await?;
    let versions = app.store.versions(membership.org.id, service.id).await?;
    let number = versions
        .first()
        .map(|v| v.number)
        .ok_or(AppError::NotFound)?;
    show_version(
        &app,
        &words,
        &signed,
        uri.path(),
        &membership,
        &service,
        number,
        None,
    )
    .await
}

async fn version_page(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service, number)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let (membership, service) = service_of(&app, &signed, &org, &service, Role::Viewer).await?;
    show_version(
        &app,
        &words,
        &signed,
        uri.path(),
        &membership,
        &service,
        number,
        None,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn show_version(
    app: &App,
    words: &Words,
    signed: &Signed,
    path: &str,
    membership: &sero_store::Membership,
    service: &Service,
    number: i64,
    problem: Option<(String, Option<String>)>,
) -> Result<Response, AppError> {
    let org = membership.org.id;
    let version = app
        .store
        .version(org, service.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let versions = app.store.versions(org, service.id).await?;
    let assessments = app.store.assessments(org, service.id, number).await?;
    let base = format!("/o/{}/s/{}", membership.org.slug, service.slug);
    let vbase = format!("{base}/v/{number}");
    let report = assess::stored_html(&version.assessment.result, words.lang());
    let figures = &version.meta.figures;
    let editor = membership.role >= Role::Editor;
    let status = if problem.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let body = html! {
        p class="lede" {
            (words.t(msg!("web-version-of", number = number, author = version.meta.author.as_str(), time = words.time(version.meta.created_at))))
            @if !version.meta.message.is_empty() { " — " q { (version.meta.message) } }
        }
        dl class="figures" {
            div {
                dt { (words.t(msg!("web-total"))) }
                dd { (words.t(msg!("web-kg-interval", value = figures.total_kg, low = figures.low_kg, high = figures.high_kg))) }
            }
            @if let Some(p) = figures.per_transaction_kg {
                div {
                    dt { (words.t(msg!("web-per-transaction"))) }
                    dd { (words.t(msg!("web-kg", value = p))) }
                }
            }
            div {
                dt { (words.t(msg!("web-factor-edition"))) }
                dd { code { (version.meta.factor_edition) } }
            }
        }
        nav class="subnav" aria-label=(words.t(msg!("web-downloads"))) {
            a href=(format!("{vbase}/manifest")) download { (words.t(msg!("web-download-manifest"))) }
            a href=(format!("{vbase}/estimate.json")) download { (words.t(msg!("web-download-json"))) }
            a href=(format!("{vbase}/estimate.csv")) download { (words.t(msg!("web-download-csv"))) }
        }
        @if !version.files.is_empty() {
            section aria-labelledby="files" {
                h2 id="files" { (words.t(msg!("web-version-files"))) }
                ul class="files" { @for f in &version.files { li { code { (f.name) } } } }
            }
        }
        section aria-labelledby="assessment" {
            h2 id="assessment" { (words.t(msg!("web-assessment"))) }
            div class="report" { (PreEscaped(report)) }
        }
        section aria-labelledby="shift" {
            h2 id="shift" { (words.t(msg!("web-shift-heading"))) }
            p { (words.t(msg!("web-shift-explain"))) }
            (super::results::shift_form(words, &format!("{vbase}/shift"), &super::results::channels(&version.assessment.result)))
        }
        @if assessments.len() > 1 {
            section aria-labelledby="reruns" {
                h2 id="reruns" { (words.t(msg!("web-reruns"))) }
                table {
                    caption class="visually-hidden" { (words.t(msg!("web-reruns"))) }
                    thead { tr {
                        th scope="col" { (words.t(msg!("web-col-created"))) }
                        th scope="col" { (words.t(msg!("web-factor-edition"))) }
                        th scope="col" class="num" { (words.t(msg!("web-col-total"))) }
                    } }
                    tbody {
                        @for a in &assessments {
                            tr {
                                th scope="row" { (words.time(a.created_at)) }
                                td { code { (a.factor_edition) } }
                                td class="num" { (words.t(msg!("web-kg-interval", value = a.figures.total_kg, low = a.figures.low_kg, high = a.figures.high_kg))) }
                            }
                        }
                    }
                }
            }
        }
        @if editor {
            p { a href=(format!("{base}/measure")) { (words.t(msg!("web-measure-link"))) } }
            form method="post" action=(format!("{vbase}/rerun")) {
                (csrf_field(signed.csrf()))
                button type="submit" class="secondary" { (words.t(msg!("web-rerun"))) }
            }
        }
        section aria-labelledby="versions" {
            h2 id="versions" { (words.t(msg!("web-versions"))) }
            @if versions.len() > 1 {
                form method="get" action=(format!("{base}/compare")) class="compare" {
                    div class="field" {
                        label for="a" { (words.t(msg!("web-compare-a"))) }
                        select id="a" name="a" { @for v in &versions { option value=(v.number) selected[v.number == versions[1.min(versions.len() - 1)].number] { (v.number) } } }
                    }
                    div class="field" {
                        label for="b" { (words.t(msg!("web-compare-b"))) }
                        select id="b" name="b" { @for v in &versions { option value=(v.number) selected[v.number == versions[0].number] { (v.number) } } }
                    }
                    button type="submit" { (words.t(msg!("web-compare-button"))) }
                }
            }
            table {
                caption class="visually-hidden" { (words.t(msg!("web-versions"))) }
                thead { tr {
                    th scope="col" class="num" { (words.t(msg!("web-col-version"))) }
                    th scope="col" { (words.t(msg!("web-col-author"))) }
                    th scope="col" { (words.t(msg!("web-col-message"))) }
                    th scope="col" { (words.t(msg!("web-col-created"))) }
                    th scope="col" class="num" { (words.t(msg!("web-col-total"))) }
                } }
                tbody {
                    @for v in &versions {
                        tr {
                            th scope="row" class="num" {
                                @if v.number == number { (v.number) } @else { a href=(format!("{base}/v/{}", v.number)) { (v.number) } }
                            }
                            td { (v.author) }
                            td { (v.message) }
                            td { (words.time(v.created_at)) }
                            td class="num" { (words.t(msg!("web-kg", value = v.figures.total_kg))) }
                        }
                    }
                }
            }
        }
        @if editor {
            section aria-labelledby="new-version" {
                h2 id="new-version" { (words.t(msg!("web-new-version"))) }
                p { a href=(format!("{base}/form")) { (words.t(msg!("web-form-link-edit"))) } }
                p { (words.t(msg!("web-new-version-intro", count = version.files.len()))) }
                (manifest_form(words, &format!("{base}/versions"), signed.csrf(), &version.manifest, &version.format, false, problem.as_ref()))
            }
        }
    };
    Ok((
        status,
        page(words, Some(&here(path, signed)), &service.name, body),
    )
        .into_response())
}

async fn save_version(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service)): Path<(String, String)>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let upload = read_upload(multipart).await?;
    signed.check(upload.field("csrf"))?;
    let (membership, service) = service_of(&app, &signed, &org, &service, Role::Editor).await?;
    let path = format!("/o/{}/s/{}", membership.org.slug, service.slug);
    let (manifest, format) = match manifest_of(&upload) {
        Ok(m) => m,
        Err(m) => {
            let shown = (words.m(&m), None);
            let latest = latest_number(&app, &membership, &service).await?;
            return show_version(
                &app,
                &words,
                &signed,
                &path,
                &membership,
                &service,
                latest,
                Some(shown),
            )
            .await;
        }
    };
    let save = Save {
        manifest,
        format,
        files: upload.files.clone(),
        message: upload.field("message").to_owned(),
    };
    let author = Author::User(signed.session.user.id);
    match save_manifest(&app, &membership, author, SaveTo::Version(&service), save).await? {
        Ok(saved) => Ok(Redirect::to(&saved.path).into_response()),
        Err(refused) => {
            let shown = refused.shown(&words);
            let latest = latest_number(&app, &membership, &service).await?;
            show_version(
                &app,
                &words,
                &signed,
                uri.path(),
                &membership,
                &service,
                latest,
                Some(shown),
            )
            .await
        }
    }
}

async fn version_of(
    app: &App,
    signed: &Signed,
    org: &str,
    service: &str,
    number: i64,
) -> Result<(Service, Version), AppError> {
    let (membership, service) = service_of(app, signed, org, service, Role::Viewer).await?;
    let version = app
        .store
        .version(membership.org.id, service.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((service, version))
}

fn download(content_type: &'static str, file_name: &str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"{file_name}\"");
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition)
                    .unwrap_or(HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response()
}

async fn download_manifest(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((org, service, number)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let (service, version) = version_of(&app, &signed, &org, &service, number).await?;
    let content_type = match version.format.as_str() {
        "json" => "application/json; charset=utf-8",
        "toml" => "application/toml; charset=utf-8",
        _ => "application/yaml; charset=utf-8",
    };
    let name = format!("{}-v{number}.{}", service.slug, version.format);
    Ok(download(content_type, &name, version.manifest))
}

async fn download_json(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((org, service, number)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let (service, version) = version_of(&app, &signed, &org, &service, number).await?;
    let stored = assess::stored(&version.assessment.result, Lang::En);
    let text = serde_json::to_string_pretty(&stored.estimate).unwrap_or_default();
    let name = format!("{}-v{number}-estimate.json", service.slug);
    Ok(download(
        "application/json; charset=utf-8",
        &name,
        text + "\n",
    ))
}

async fn download_csv(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    Path((org, service, number)): Path<(String, String, i64)>,
) -> Result<Response, AppError> {
    let (service, version) = version_of(&app, &signed, &org, &service, number).await?;
    let stored = assess::stored(&version.assessment.result, words.lang());
    let name = format!("{}-v{number}-estimate.csv", service.slug);
    Ok(download("text/csv; charset=utf-8", &name, stored.csv))
}

async fn rerun(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((org, service, number)): Path<(String, String, i64)>,
    axum::extract::Form(form): axum::extract::Form<CsrfOnly>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    let (membership, service) = service_of(&app, &signed, &org, &service, Role::Editor).await?;
    let version = app
        .store
        .version(membership.org.id, service.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let format = assess::format_of(&version.format).unwrap_or(sero_manifest::tree::Format::Yaml);
    let app2 = app.clone();
    let assessed = tokio::task::spawn_blocking(move || {
        assess::run(&app2, &version.manifest, format, &version.files)
    })
    .await
    .map_err(|_| AppError::BadRequest(msg!("web-error-internal")))?
    .map_err(|_| AppError::BadRequest(msg!("web-rerun-failed")))?;
    app.store
        .assessment_add(membership.org.id, service.id, number, assessed.stored)
        .await?;
    Ok(Redirect::to(&format!(
        "/o/{}/s/{}/v/{number}",
        membership.org.slug, service.slug
    ))
    .into_response())
}

#[derive(Deserialize)]
struct CompareQuery {
    a: Option<i64>,
    b: Option<i64>,
}

/// The most lines of each manifest a comparison diffs (longer ones are compared by figures).
const MAX_DIFF_LINES: usize = 20_000;

async fn compare(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service)): Path<(String, String)>,
    Query(q): Query<CompareQuery>,
) -> Result<Markup, AppError> {
    let (membership, service) = service_of(&app, &signed, &org, &service, Role::Viewer).await?;
    let (Some(a), Some(b)) = (q.a, q.b) else {
        return Err(AppError::BadRequest(msg!("web-compare-needs-two")));
    };
    let va = app
        .store
        .version(membership.org.id, service.id, a)
        .await?
        .ok_or(AppError::NotFound)?;
    let vb = app
        .store
        .version(membership.org.id, service.id, b)
        .await?
        .ok_or(AppError::NotFound)?;
    let fa = &va.meta.figures;
    let fb = &vb.meta.figures;
    let change = fb.total_kg - fa.total_kg;
    let too_long = va.manifest.lines().count() > MAX_DIFF_LINES
        || vb.manifest.lines().count() > MAX_DIFF_LINES;
    let diff = (!too_long).then(|| {
        similar::TextDiff::configure()
            .timeout(std::time::Duration::from_secs(2))
            .diff_lines(&va.manifest, &vb.manifest)
            .iter_all_changes()
            .map(|c| (c.tag(), c.to_string()))
            .collect::<Vec<_>>()
    });
    let base = format!("/o/{}/s/{}", membership.org.slug, service.slug);
    Ok(page(
        &words,
        Some(&here(
            uri.path_and_query().map_or(uri.path(), |p| p.as_str()),
            &signed,
        )),
        &words.t(msg!(
            "web-compare-title",
            name = service.name.as_str(),
            a = a,
            b = b
        )),
        html! {
            table {
                caption { (words.t(msg!("web-compare-figures"))) }
                thead { tr {
                    td {}
                    th scope="col" class="num" { a href=(format!("{base}/v/{a}")) { (words.t(msg!("web-version-n", number = a))) } }
                    th scope="col" class="num" { a href=(format!("{base}/v/{b}")) { (words.t(msg!("web-version-n", number = b))) } }
                } }
                tbody {
                    tr {
                        th scope="row" { (words.t(msg!("web-total"))) }
                        td class="num" { (words.t(msg!("web-kg-interval", value = fa.total_kg, low = fa.low_kg, high = fa.high_kg))) }
                        td class="num" { (words.t(msg!("web-kg-interval", value = fb.total_kg, low = fb.low_kg, high = fb.high_kg))) }
                    }
                    tr {
                        th scope="row" { (words.t(msg!("web-per-transaction"))) }
                        td class="num" { @if let Some(p) = fa.per_transaction_kg { (words.t(msg!("web-kg", value = p))) } }
                        td class="num" { @if let Some(p) = fb.per_transaction_kg { (words.t(msg!("web-kg", value = p))) } }
                    }
                    tr {
                        th scope="row" { (words.t(msg!("web-factor-edition"))) }
                        td { code { (va.meta.factor_edition) } }
                        td { code { (vb.meta.factor_edition) } }
                    }
                }
            }
            p { (words.t(msg!("web-compare-change", change = change))) }
            (super::results::result_changes(&words, (a, &va.assessment.result), (b, &vb.assessment.result)))
            h2 { (words.t(msg!("web-compare-manifest"))) }
            @match diff {
                None => p { (words.t(msg!("web-compare-too-long", lines = MAX_DIFF_LINES))) },
                Some(lines) => {
                    @if lines.iter().all(|(tag, _)| *tag == similar::ChangeTag::Equal) {
                        p { (words.t(msg!("web-compare-same-manifest"))) }
                    } @else {
                        p class="hint" { (words.t(msg!("web-compare-legend"))) }
                        pre class="diff" {
                            @for (tag, line) in &lines {
                                @match tag {
                                    similar::ChangeTag::Delete => del { "- " (line) },
                                    similar::ChangeTag::Insert => ins { "+ " (line) },
                                    similar::ChangeTag::Equal => span { "  " (line) },
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}
