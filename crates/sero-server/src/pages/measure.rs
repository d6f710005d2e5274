//! Measuring a page from the browser: an editor enters a URL, the server measures it in
//! headless Chromium as a background job ([`crate::jobs`]), the job's page shows its progress
//! (refreshed by a link, or by one small script that polls the job's JSON), then the page's
//! bytes, rating and findings, and a button that adds the measurement to the service: the
//! activity file kept with a new version, and a component that reads it with `from:`.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use serde::Deserialize;
use serde_json::Value;
use sero_i18n::{Message, msg};
use sero_manifest::tree::Format;
use sero_store::{File, Job, JobId, JobStatus, Role, Service};

use super::services::{Save, SaveTo, save_manifest, service_of};
use super::{here, member};
use crate::App;
use crate::assess;
use crate::auth::Signed;
use crate::error::AppError;
use crate::jobs;
use crate::layout::{csrf_field, page, problems};
use crate::words::Words;

/// The job page's script; its name changes with its content, so it can be cached for a year.
pub const SCRIPT: &str = "/static/jobs-1.js";

const JS: &str = include_str!("../../assets/jobs.js");

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(SCRIPT, get(script))
        .route("/o/{org}/s/{service}/measure", get(form).post(create))
        .route("/o/{org}/jobs/{job}", get(job_page))
        .route("/o/{org}/jobs/{job}/add", post(add))
}

async fn script() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ),
        ],
        JS,
    )
        .into_response()
}

#[derive(Deserialize)]
struct MeasureForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    url: String,
}

fn measure_form(
    words: &Words,
    action: &str,
    csrf: &str,
    url: &str,
    problem: Option<String>,
) -> Markup {
    let shown: Vec<String> = problem.into_iter().collect();
    html! {
        (problems(words, &shown))
        p { (words.t(msg!("web-measure-intro"))) }
        form method="post" action=(action) {
            (csrf_field(csrf))
            div class="field" {
                label for="url" { (words.t(msg!("web-measure-field-url"))) }
                p class="hint" id="url-hint" { (words.t(msg!("web-measure-url-hint"))) }
                input id="url" name="url" type="url" required maxlength=(jobs::MAX_URL)
                    value=(url) aria-describedby="url-hint" aria-invalid=[(!shown.is_empty()).then_some("true")];
            }
            button type="submit" { (words.t(msg!("web-measure-button"))) }
        }
    }
}

async fn form(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (membership, service) = service_of(&app, &signed, &org, &service, Role::Editor).await?;
    let action = format!("/o/{}/s/{}/measure", membership.org.slug, service.slug);
    let list = app.store.jobs(membership.org.id, Some(service.id)).await?;
    let body = html! {
        (measure_form(&words, &action, signed.csrf(), "", None))
        (recent(&words, &membership.org.slug, &list))
        p { a href=(format!("/o/{}/s/{}", membership.org.slug, service.slug)) { (words.t(msg!("web-measure-back", name = service.name.as_str()))) } }
    };
    let title = words.t(msg!("web-measure-title", name = service.name.as_str()));
    Ok(page(&words, Some(&here(uri.path(), &signed)), &title, body).into_response())
}

/// The service's measurements, newest first (the last ten).
fn recent(words: &Words, org: &str, list: &[Job]) -> Markup {
    html! {
        @if !list.is_empty() {
            h2 { (words.t(msg!("web-measure-recent"))) }
            ul {
                @for job in list.iter().take(10) {
                    li {
                        a href=(format!("/o/{org}/jobs/{}", job.id.0)) { (job.input) }
                        " — " (status_text(words, job))
                    }
                }
            }
        }
    }
}

async fn create(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service)): Path<(String, String)>,
    Form(form): Form<MeasureForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    let (membership, service) = service_of(&app, &signed, &org, &service, Role::Editor).await?;
    let url = match jobs::checked_url(&form.url) {
        Ok(url) => url,
        Err(problem) => {
            let action = format!("/o/{}/s/{}/measure", membership.org.slug, service.slug);
            let shown = words.m(&problem);
            let typed: String = form.url.chars().take(jobs::MAX_URL).collect();
            let title = words.t(msg!("web-measure-title", name = service.name.as_str()));
            let body = measure_form(&words, &action, signed.csrf(), &typed, Some(shown));
            return Ok((
                StatusCode::BAD_REQUEST,
                page(&words, Some(&here(uri.path(), &signed)), &title, body),
            )
                .into_response());
        }
    };
    let job = app
        .store
        .job_create(
            membership.org.id,
            Some(service.id),
            jobs::KIND_PAGE,
            &url,
            signed.session.user.id,
        )
        .await?;
    jobs::start(app.clone(), &job);
    let to = format!("/o/{}/jobs/{}", membership.org.slug, job.id.0);
    Ok(Redirect::to(&to).into_response())
}

/// A job of the organisation, for a member with at least `least`.
async fn job_of(
    app: &App,
    signed: &Signed,
    org: &str,
    id: i64,
    least: Role,
) -> Result<(sero_store::Membership, Job), AppError> {
    let membership = member(app, signed, org, least).await?;
    let job = app
        .store
        .job(membership.org.id, JobId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((membership, job))
}

/// The job's service (when it has one and it still exists).
async fn service_by_id(app: &App, job: &Job) -> Result<Option<Service>, AppError> {
    let Some(id) = job.service else {
        return Ok(None);
    };
    Ok(app
        .store
        .services(job.org)
        .await?
        .into_iter()
        .map(|s| s.service)
        .find(|s| s.id == id))
}

fn status_text(words: &Words, job: &Job) -> String {
    match job.status {
        JobStatus::Queued => words.t(msg!("web-job-queued")),
        JobStatus::Running => words.t(msg!("web-job-running", percent = job.progress)),
        JobStatus::Done => words.t(msg!("web-job-done")),
        JobStatus::Failed => words.t(msg!("web-job-failed")),
    }
}

fn status_key(status: JobStatus) -> &'static str {
    match status {
        JobStatus::Queued => "queued",
        JobStatus::Running => "running",
        JobStatus::Done => "done",
        JobStatus::Failed => "failed",
    }
}

/// `GET /o/{org}/jobs/{id}` (the page) and `GET /o/{org}/jobs/{id}.json` (its state, for the
/// script that polls it).
async fn job_page(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, job)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (id, json) = match job.strip_suffix(".json") {
        Some(id) => (id, true),
        None => (job.as_str(), false),
    };
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let (membership, job) = job_of(&app, &signed, &org, id, Role::Viewer).await?;
    if json {
        let mut body = serde_json::json!({
            "id": job.id.0,
            "status": status_key(job.status),
            "progress": job.progress,
            "text": status_text(&words, &job),
        });
        // The page's figures, when measured.
        if let Some(result) = job
            .result
            .as_deref()
            .and_then(|r| serde_json::from_str::<Value>(r).ok())
        {
            body["result"] = serde_json::json!({
                "url": result["url"],
                "transfer_bytes": result["transfer_bytes"],
                "requests": result["requests"],
                "co2e_g": result["co2e_g"],
                "rating": result["rating"],
            });
        }
        // Why it failed, in the reader's language.
        if let Some((message, hint)) = jobs::error_of(&job) {
            body["error"] = serde_json::json!({
                "id": message.id(),
                "message": words.m(&message),
                "hint": hint.map(|h| words.m(&h)),
            });
        }
        return Ok(axum::Json(body).into_response());
    }
    let service = service_by_id(&app, &job).await?;
    let editor = membership.role >= Role::Editor;
    let channels = match (&service, editor && job.status == JobStatus::Done) {
        (Some(service), true) => channels_of(&app, &job, service).await?,
        _ => Vec::new(),
    };
    let body = job_body(
        &words,
        &signed,
        &membership.org.slug,
        &job,
        service.as_ref(),
        editor,
        &channels,
        None,
    );
    let title = words.t(msg!("web-job-title", url = job.input.as_str()));
    Ok(page(&words, Some(&here(uri.path(), &signed)), &title, body).into_response())
}

#[allow(clippy::too_many_arguments)]
fn job_body(
    words: &Words,
    signed: &Signed,
    org: &str,
    job: &Job,
    service: Option<&Service>,
    editor: bool,
    channels: &[String],
    problem: Option<(String, Option<String>)>,
) -> Markup {
    let path = format!("/o/{org}/jobs/{}", job.id.0);
    let result: Value = job
        .result
        .as_deref()
        .and_then(|r| serde_json::from_str(r).ok())
        .unwrap_or(Value::Null);
    let lang = words.lang().code();
    let finished = matches!(job.status, JobStatus::Done | JobStatus::Failed);
    html! {
        @if let Some((text, location)) = &problem {
            div class="problems" role="alert" id="problems" {
                h2 { (words.t(msg!("web-manifest-problem"))) }
                @if let Some(location) = location {
                    p { (words.t(msg!("web-manifest-problem-at", location = location.as_str()))) }
                }
                pre class="diagnostic" { (text) }
            }
        }
        div class="job" data-poll=[(!finished).then(|| format!("{path}.json"))] {
            @if !finished {
                label for="job-progress" { (words.t(msg!("web-job-progress"))) }
                progress id="job-progress" max="100" value=(job.progress) { (job.progress) "%" }
            }
            p id="job-status" role="status" aria-live="polite" { (status_text(words, job)) }
            @if !finished {
                p class="job-refresh" { a href=(path) { (words.t(msg!("web-job-refresh"))) } }
            }
        }
        @if job.status == JobStatus::Failed {
            @if let Some((message, hint)) = jobs::error_of(job) {
                div class="problems" role="alert" {
                    p { (words.m(&message)) }
                    @if let Some(hint) = hint { p { (words.m(&hint)) } }
                }
            }
        }
        @if job.status == JobStatus::Done {
            (done(words, &result, lang))
            @if let (true, Some(service)) = (editor, service) {
                (add_form(words, signed, org, job, service, channels))
            }
        }
        @if !finished {
            script src=(SCRIPT) defer {}
        }
        @if let Some(service) = service {
            p { a href=(format!("/o/{org}/s/{}", service.slug)) { (words.t(msg!("web-measure-back", name = service.name.as_str()))) } }
        }
    }
}

/// The measured page: bytes, requests, grams and rating, the refused hosts and the findings.
fn done(words: &Words, result: &Value, lang: &str) -> Markup {
    let count = |key: &str| result[key].as_i64().unwrap_or(0);
    let bytes = count("transfer_bytes");
    let grams = result["co2e_g"].as_f64().unwrap_or(0.0);
    let rating = result["rating"].as_str().unwrap_or("–");
    let texts = |key: &str| -> Vec<String> {
        result[key][lang]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let findings: Vec<(String, String)> = result["findings"][lang]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    (
                        f["title"].as_str().unwrap_or_default().to_owned(),
                        f["detail"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let refusals = texts("refusals");
    html! {
        dl class="figures" {
            div {
                dt { (words.t(msg!("web-page-bytes"))) }
                dd id="page-bytes" data-bytes=(bytes) { (words.t(msg!("web-page-bytes-value", bytes = bytes))) }
            }
            div {
                dt { (words.t(msg!("web-page-requests"))) }
                dd { (words.count(count("requests"))) }
            }
            div {
                dt { (words.t(msg!("web-page-co2e"))) }
                dd { (words.t(msg!("web-page-grams", grams = grams))) }
            }
            div {
                dt { (words.t(msg!("web-page-rating"))) }
                dd id="page-rating" { (rating) }
            }
        }
        p class="hint" { (words.t(msg!("web-page-assumptions"))) }
        @if !refusals.is_empty() {
            div class="note" {
                h2 { (words.t(msg!("web-page-refused"))) }
                ul { @for r in &refusals { li { (r) } } }
            }
        }
        h2 { (words.t(msg!("web-page-findings"))) }
        @if findings.is_empty() {
            p { (words.t(msg!("web-page-no-findings"))) }
        } @else {
            ul {
                @for (title, detail) in &findings {
                    li { strong { (title) } " " (detail) }
                }
            }
        }
    }
}

fn add_form(
    words: &Words,
    signed: &Signed,
    org: &str,
    job: &Job,
    service: &Service,
    channels: &[String],
) -> Markup {
    // An `online` channel is where a measured page belongs, when there is one.
    let chosen = channels
        .iter()
        .find(|c| c.as_str() == "online")
        .or(channels.first())
        .map_or("", String::as_str);
    html! {
        h2 { (words.t(msg!("web-page-add-heading"))) }
        p { (words.t(msg!("web-page-add-intro", name = service.name.as_str(), file = file_name(job).as_str()))) }
        form method="post" action=(format!("/o/{org}/jobs/{}/add", job.id.0)) {
            (csrf_field(signed.csrf()))
            @if !channels.is_empty() {
                div class="field" {
                    label for="channel" { (words.t(msg!("web-page-add-channel"))) }
                    p class="hint" id="channel-hint" { (words.t(msg!("web-page-add-channel-hint"))) }
                    select id="channel" name="channel" aria-describedby="channel-hint" {
                        @for c in channels {
                            option value=(c) selected[c == chosen] { (c) }
                        }
                        option value="" selected[chosen.is_empty()] { (words.t(msg!("web-page-add-every-channel"))) }
                    }
                }
            }
            button type="submit" { (words.t(msg!("web-page-add-button"))) }
        }
    }
}

/// The channel ids of the service's latest manifest (none when it does not read).
async fn channels_of(app: &App, job: &Job, service: &Service) -> Result<Vec<String>, AppError> {
    let versions = app.store.versions(job.org, service.id).await?;
    let Some(latest) = versions.first() else {
        return Ok(Vec::new());
    };
    let Some(version) = app
        .store
        .version(job.org, service.id, latest.number)
        .await?
    else {
        return Ok(Vec::new());
    };
    let format = assess::format_of(&version.format).unwrap_or(Format::Yaml);
    let Ok(node) = sero_manifest::tree::parse(&version.manifest, format) else {
        return Ok(Vec::new());
    };
    Ok(node
        .get("channels")
        .and_then(|c| c.as_seq())
        .map(|list| {
            list.iter()
                .filter_map(|c| c.get("id").and_then(|id| id.as_str()).map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

/// The activity file's name in the service's files.
fn file_name(job: &Job) -> String {
    format!("page-{}.json", job.id.0)
}

#[derive(Deserialize)]
struct AddForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    channel: String,
}

/// Adds a measured page to its service: a new version with the activity file and a component
/// that reads it.
async fn add(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, id)): Path<(String, i64)>,
    Form(form): Form<AddForm>,
) -> Result<Response, AppError> {
    signed.check(&form.csrf)?;
    let (membership, job) = job_of(&app, &signed, &org, id, Role::Editor).await?;
    let service = service_by_id(&app, &job).await?.ok_or(AppError::NotFound)?;
    // The service by its slug, through the same membership check as its pages.
    let (_, service) = service_of(&app, &signed, &org, &service.slug, Role::Editor).await?;
    if job.status != JobStatus::Done {
        return Err(AppError::BadRequest(msg!("web-page-add-not-done")));
    }
    let result: Value = job
        .result
        .as_deref()
        .and_then(|r| serde_json::from_str(r).ok())
        .unwrap_or(Value::Null);
    let activity = &result["activity"];
    if !activity.is_object() {
        return Err(AppError::BadRequest(msg!("web-page-add-not-done")));
    }
    let channel = form.channel.trim();
    if !channel.is_empty() && !valid_id(channel) {
        return Err(AppError::BadRequest(msg!(
            "web-page-add-bad-channel",
            channel = channel.to_owned()
        )));
    }
    let versions = app.store.versions(membership.org.id, service.id).await?;
    let latest = versions
        .first()
        .map(|v| v.number)
        .ok_or(AppError::NotFound)?;
    let version = app
        .store
        .version(membership.org.id, service.id, latest)
        .await?
        .ok_or(AppError::NotFound)?;
    let format = assess::format_of(&version.format).unwrap_or(Format::Yaml);
    let name = file_name(&job);
    if version.files.iter().any(|f| f.name == name) {
        return Err(AppError::BadRequest(msg!(
            "web-page-add-already",
            file = name.as_str()
        )));
    }
    let component = Component {
        id: format!("measured-page-{}", job.id.0),
        name: words_en(
            &app,
            msg!("web-page-component-name", url = job.input.as_str()),
        ),
        from: name.clone(),
        channel: (!channel.is_empty()).then(|| channel.to_owned()),
    };
    let manifest = match with_component(&version.manifest, format, &component) {
        Ok(m) => m,
        Err(m) => return Err(AppError::BadRequest(m)),
    };
    let mut content = serde_json::to_string_pretty(activity).unwrap_or_default();
    content.push('\n');
    let file = File {
        name,
        kind: jobs::KIND_PAGE.to_owned(),
        content: content.into_bytes(),
    };
    let message = words_en(&app, msg!("web-page-add-message", url = job.input.as_str()));
    let save = Save {
        manifest,
        format,
        files: vec![file],
        message,
    };
    let author = sero_store::Author::User(signed.session.user.id);
    match save_manifest(&app, &membership, author, SaveTo::Version(&service), save).await? {
        Ok(saved) => Ok(Redirect::to(&saved.path).into_response()),
        Err(refused) => {
            let shown = refused.shown(&words);
            let channels = channels_of(&app, &job, &service).await?;
            let body = job_body(
                &words,
                &signed,
                &membership.org.slug,
                &job,
                Some(&service),
                true,
                &channels,
                Some(shown),
            );
            let title = words.t(msg!("web-job-title", url = job.input.as_str()));
            Ok((
                StatusCode::BAD_REQUEST,
                page(&words, Some(&here(uri.path(), &signed)), &title, body),
            )
                .into_response())
        }
    }
}

/// Text written into a manifest or a version's message is in English, as every activity file
/// and manifest sero writes (they are data, shared across languages).
fn words_en(app: &App, message: Message) -> String {
    app.localizer(sero_i18n::Lang::En).render(&message)
}

/// A manifest id: lower-case letters, digits, `-` and `_`.
fn valid_id(id: &str) -> bool {
    id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_'))
}

/// The component a measured page adds: one view of the page per transaction (of its channel,
/// when one is given).
pub struct Component {
    pub id: String,
    pub name: String,
    pub from: String,
    pub channel: Option<String>,
}

/// `manifest` with `component` added at the end of its top-level `components`, written in the
/// manifest's own format. YAML and TOML are edited as text, so comments and layout stay; JSON
/// is written again whole.
pub fn with_component(
    manifest: &str,
    format: Format,
    component: &Component,
) -> Result<String, Message> {
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
    match format {
        Format::Json => {
            let mut value: Value = serde_json::from_str(manifest)
                .map_err(|e| msg!("web-page-add-manifest-unreadable", reason = e.to_string()))?;
            let root = value.as_object_mut().ok_or_else(|| {
                msg!("web-page-add-manifest-unreadable", reason = "not an object")
            })?;
            let mut entry = serde_json::Map::new();
            entry.insert("id".into(), Value::String(component.id.clone()));
            entry.insert("name".into(), Value::String(component.name.clone()));
            entry.insert("from".into(), Value::String(component.from.clone()));
            entry.insert("basis".into(), Value::String("transaction".into()));
            if let Some(channel) = &component.channel {
                entry.insert("channel".into(), Value::String(channel.clone()));
            }
            let list = root
                .entry("components")
                .or_insert_with(|| Value::Array(Vec::new()));
            let list = list.as_array_mut().ok_or_else(|| {
                msg!(
                    "web-page-add-manifest-unreadable",
                    reason = "`components` is not a list"
                )
            })?;
            list.push(Value::Object(entry));
            let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
            text.push('\n');
            Ok(text)
        }
        Format::Toml => {
            let mut text = manifest.trim_end().to_owned();
            text.push_str("\n\n[[components]]\n");
            text.push_str(&format!("id = {}\n", quoted(&component.id)));
            text.push_str(&format!("name = {}\n", quoted(&component.name)));
            text.push_str(&format!("from = {}\n", quoted(&component.from)));
            text.push_str("basis = \"transaction\"\n");
            if let Some(channel) = &component.channel {
                text.push_str(&format!("channel = {}\n", quoted(channel)));
            }
            Ok(text)
        }
        Format::Yaml => {
            let lines: Vec<&str> = manifest.lines().collect();
            let top_level =
                |line: &str| !line.is_empty() && !line.starts_with([' ', '\t', '#', '-']);
            let start = lines.iter().position(|l| {
                l.strip_prefix("components:").is_some_and(|rest| {
                    rest.trim().is_empty() || rest.trim_start().starts_with('#')
                })
            });
            let item = |indent: usize| {
                let pad = " ".repeat(indent);
                let mut entry = format!(
                    "{pad}- id: {}\n{pad}  name: {}\n{pad}  from: {}\n{pad}  basis: transaction\n",
                    quoted(&component.id),
                    quoted(&component.name),
                    quoted(&component.from)
                );
                if let Some(channel) = &component.channel {
                    entry.push_str(&format!("{pad}  channel: {}\n", quoted(channel)));
                }
                entry
            };
            let Some(start) = start else {
                let mut text = manifest.trim_end().to_owned();
                text.push_str("\n\ncomponents:\n");
                text.push_str(&item(2));
                return Ok(text);
            };
            let end = lines[start + 1..]
                .iter()
                .position(|l| top_level(l))
                .map_or(lines.len(), |i| start + 1 + i);
            // After the block's last line of content (its trailing blank lines and comments
            // stay where they are).
            let last = (start + 1..end)
                .rev()
                .find(|&i| {
                    let t = lines[i].trim_start();
                    !t.is_empty() && !t.starts_with('#')
                })
                .unwrap_or(start);
            let indent = lines[start + 1..end]
                .iter()
                .find(|l| l.trim_start().starts_with('-'))
                .map_or(2, |l| l.len() - l.trim_start().len());
            let mut text = String::new();
            for line in &lines[..=last] {
                text.push_str(line);
                text.push('\n');
            }
            text.push_str(&item(indent));
            for line in &lines[last + 1..] {
                text.push_str(line);
                text.push('\n');
            }
            Ok(text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn component(channel: Option<&str>) -> Component {
        Component {
            id: "measured-page-3".into(),
            name: "Page measured: https://example.org/\"x\"".into(),
            from: "page-3.json".into(),
            channel: channel.map(str::to_owned),
        }
    }

    fn components_of(text: &str, format: Format) -> Vec<(String, Option<String>)> {
        let node = sero_manifest::tree::parse(text, format).expect("the manifest parses");
        node.get("components")
            .and_then(|c| c.as_seq())
            .expect("a list of components")
            .iter()
            .map(|c| {
                (
                    c.get("id")
                        .and_then(|n| n.as_str())
                        .unwrap_or_default()
                        .to_owned(),
                    c.get("from").and_then(|n| n.as_str()).map(str::to_owned),
                )
            })
            .collect()
    }

    #[test]
    fn yaml_gets_the_component_at_the_end_of_its_list_with_its_comments_kept() {
        let yaml = "sero: 1\n# top\ncomponents:\n  - id: a\n    model: reported\n    inputs:\n      co2e: 1 kgCO2e\n\n  # trailing comment\nextra_key_after: 1\n";
        let out = with_component(yaml, Format::Yaml, &component(Some("online"))).unwrap();
        assert!(
            out.contains("# top\n") && out.contains("  # trailing comment\nextra_key_after: 1\n")
        );
        let node = sero_manifest::tree::parse(&out, Format::Yaml).unwrap();
        let list = node.get("components").and_then(|c| c.as_seq()).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(
            list[1].get("from").and_then(|n| n.as_str()),
            Some("page-3.json")
        );
        assert_eq!(
            list[1].get("channel").and_then(|n| n.as_str()),
            Some("online")
        );
        assert_eq!(
            list[1].get("name").and_then(|n| n.as_str()),
            Some("Page measured: https://example.org/\"x\"")
        );
        // Items at the key's own indentation.
        let flush = "components:\n- id: a\n  model: reported\n";
        let out = with_component(flush, Format::Yaml, &component(None)).unwrap();
        assert_eq!(components_of(&out, Format::Yaml).len(), 2);
        // No components yet.
        let out = with_component("sero: 1\n", Format::Yaml, &component(None)).unwrap();
        assert_eq!(
            components_of(&out, Format::Yaml),
            [("measured-page-3".to_owned(), Some("page-3.json".to_owned()))]
        );
    }

    #[test]
    fn toml_and_json_get_the_component_too() {
        let toml = "sero = 1\n\n[[components]]\nid = \"a\"\nmodel = \"reported\"\n\n[components.inputs]\nco2e = \"1 kgCO2e\"\n";
        let out = with_component(toml, Format::Toml, &component(Some("online"))).unwrap();
        let ids: Vec<String> = components_of(&out, Format::Toml)
            .into_iter()
            .map(|c| c.0)
            .collect();
        assert_eq!(ids, ["a", "measured-page-3"]);
        let json = "{\"sero\": 1, \"components\": [{\"id\": \"a\"}]}";
        let out = with_component(json, Format::Json, &component(None)).unwrap();
        assert_eq!(components_of(&out, Format::Json).len(), 2);
        assert!(with_component("[1]", Format::Json, &component(None)).is_err());
    }

    /// The bundled examples, with a measured page added, still read and assess.
    #[test]
    fn the_bundled_examples_take_a_measured_page() {
        for (text, format) in [
            (
                include_str!("../../../../examples/blue-badge-wales.yaml"),
                Format::Yaml,
            ),
            (
                include_str!("../../../../examples/report-a-pothole.toml"),
                Format::Toml,
            ),
        ] {
            let out = with_component(text, format, &component(Some("online"))).unwrap();
            let ids: Vec<String> = components_of(&out, format)
                .into_iter()
                .map(|c| c.0)
                .collect();
            assert_eq!(ids.last().map(String::as_str), Some("measured-page-3"));
        }
    }
}
