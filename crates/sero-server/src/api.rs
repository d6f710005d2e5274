//! The JSON API under `/api/v1/`, and its OpenAPI 3.1 document at `/api/openapi.json`,
//! generated from the types and handlers below (`utoipa`), so the two cannot drift apart.
//!
//! Every route takes an organisation's API token (`Authorization: Bearer …`): a read token for
//! `GET`, a write token for `POST`. The organisation in the path must be the token's own;
//! any other is "not found", whether it exists or not. Errors are JSON problems
//! (`{status, error, message}`) in the language of `Accept-Language`; a manifest's error is
//! `422` with where it is (`location`, `line`, `column`). Versions are saved through
//! [`crate::save`], the path the pages use.

use std::sync::{Arc, OnceLock};

use axum::Json;
use axum::Router;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use base64::Engine;
use serde::{Deserialize, Serialize};
use sero_i18n::msg;
use sero_manifest::diagnostic::SourceFile;
use sero_manifest::tree::Format;
use sero_store::{Author, Figures, File, Org, Service, VersionMeta};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

use crate::App;
use crate::assess::{self, Problem};
use crate::auth::ApiCaller;
use crate::error::{AppError, ErrorPage};
use crate::save::{Draft, SaveError, Target, save};
use crate::words::Words;

/// Where the OpenAPI document is served.
pub const OPENAPI_PATH: &str = "/api/openapi.json";

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route(OPENAPI_PATH, get(openapi_json))
        .route("/api/v1/token", get(token_info))
        .route("/api/v1/orgs/{org}", get(org_info))
        .route(
            "/api/v1/orgs/{org}/services",
            get(list_services).post(create_service),
        )
        .route("/api/v1/orgs/{org}/services/{service}", get(service_detail))
        .route(
            "/api/v1/orgs/{org}/services/{service}/versions",
            axum::routing::post(create_version),
        )
        .route(
            "/api/v1/orgs/{org}/services/{service}/versions/{number}",
            get(version_detail),
        )
        .route(
            "/api/v1/orgs/{org}/services/{service}/versions/{number}/manifest",
            get(version_manifest),
        )
}

/// The OpenAPI document of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "sero",
        description = "The JSON API of sero's web application: an organisation's services, their immutable versions and their assessments. Every route takes an organisation's API token as `Authorization: Bearer <token>` (read scope for GET, write scope for POST). Errors are JSON problems in the language of `Accept-Language` (English or Welsh)."
    ),
    paths(
        token_info,
        org_info,
        list_services,
        create_service,
        service_detail,
        create_version,
        version_detail,
        version_manifest
    ),
    modifiers(&BearerToken),
    security(("token" = [])),
    tags((name = "services", description = "Services, versions and their assessments"))
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An organisation's API token, made on the organisation's API tokens page or by `sero admin create-token`",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document as JSON, made once.
pub fn openapi_document() -> &'static str {
    static DOC: OnceLock<String> = OnceLock::new();
    DOC.get_or_init(|| ApiDoc::openapi().to_pretty_json().unwrap_or_default())
}

async fn openapi_json() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        openapi_document(),
    )
        .into_response()
}

// ---- the documents ------------------------------------------------------------------------

/// An error: its HTTP status, its message id (stable, for programs) and its words.
#[derive(Serialize, ToSchema)]
pub struct ApiProblem {
    pub status: u16,
    /// The message's id, such as `web-error-not-found`.
    pub error: String,
    /// The message in the request's language.
    pub message: String,
}

/// A manifest that could not be read: nothing was saved.
#[derive(Serialize, ToSchema)]
pub struct ManifestProblem {
    /// 422.
    pub status: u16,
    /// The message id of the manifest's error, such as `manifest-unknown-key`.
    pub error: String,
    /// The error rendered as `sero check` shows it, with the source line, in the request's
    /// language.
    pub message: String,
    /// `file:line:column` (or the file alone when the error is about the whole manifest).
    pub location: String,
    /// 1-based line, when the error has a place.
    pub line: Option<u64>,
    /// 1-based column (in characters), when the error has a place.
    pub column: Option<u64>,
}

/// Headline figures of an assessment, in kg CO2e for the manifest's period.
#[derive(Serialize, ToSchema)]
pub struct ApiFigures {
    pub total_kg: f64,
    /// The low end of the 90% interval.
    pub low_kg: f64,
    /// The high end of the 90% interval.
    pub high_kg: f64,
    /// Per transaction (the functional unit), when the service has transactions.
    pub per_transaction_kg: Option<f64>,
}

impl From<&Figures> for ApiFigures {
    fn from(f: &Figures) -> Self {
        ApiFigures {
            total_kg: f.total_kg,
            low_kg: f.low_kg,
            high_kg: f.high_kg,
            per_transaction_kg: f.per_transaction_kg,
        }
    }
}

/// A version's metadata and figures.
#[derive(Serialize, ToSchema)]
pub struct VersionSummary {
    /// 1, 2, 3… within the service.
    pub number: i64,
    /// The person's name, or the API token's name.
    pub author: String,
    pub message: String,
    /// RFC 3339.
    pub created_at: String,
    /// The factor library's edition the assessment used.
    pub factor_edition: String,
    pub figures: ApiFigures,
}

impl From<&VersionMeta> for VersionSummary {
    fn from(v: &VersionMeta) -> Self {
        VersionSummary {
            number: v.number,
            author: v.author.clone(),
            message: v.message.clone(),
            created_at: v.created_at.to_string(),
            factor_edition: v.factor_edition.clone(),
            figures: (&v.figures).into(),
        }
    }
}

/// A service with its latest version.
#[derive(Serialize, ToSchema)]
pub struct ServiceItem {
    pub slug: String,
    pub name: String,
    pub created_at: String,
    pub latest: VersionSummary,
    /// The service's page in the web application.
    pub url: String,
}

/// An organisation's services, by name.
#[derive(Serialize, ToSchema)]
pub struct ServiceList {
    pub org: String,
    pub services: Vec<ServiceItem>,
}

/// An organisation.
#[derive(Serialize, ToSchema)]
pub struct OrgInfo {
    pub slug: String,
    pub name: String,
    pub created_at: String,
    /// How many people are members.
    pub members: u64,
    /// How many services it has.
    pub services: u64,
}

/// A service with all its versions, newest first.
#[derive(Serialize, ToSchema)]
pub struct ServiceDetail {
    pub slug: String,
    pub name: String,
    pub created_at: String,
    pub url: String,
    pub versions: Vec<VersionSummary>,
}

/// An activity file kept with a version.
#[derive(Serialize, ToSchema)]
pub struct FileInfo {
    pub name: String,
    /// `cloud`, `inventory`, `page`, `journey`, `energy` or `activity`.
    pub kind: String,
    pub bytes: u64,
}

/// A version: its metadata, figures, files and the stored estimate document.
#[derive(Serialize, ToSchema)]
pub struct VersionDetail {
    /// The service's short name.
    pub service: String,
    pub number: i64,
    pub author: String,
    pub message: String,
    pub created_at: String,
    pub factor_edition: String,
    pub format: ManifestFormat,
    pub figures: ApiFigures,
    pub files: Vec<FileInfo>,
    /// The assessment's JSON document, as stored when the version was saved.
    #[schema(value_type = Object)]
    pub estimate: serde_json::Value,
    /// The version's page in the web application.
    pub url: String,
    /// The manifest's address in this API.
    pub manifest_url: String,
}

/// The language a manifest is written in.
#[derive(Serialize, Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum ManifestFormat {
    Yaml,
    Toml,
    Json,
}

impl ManifestFormat {
    fn format(self) -> Format {
        match self {
            ManifestFormat::Yaml => Format::Yaml,
            ManifestFormat::Toml => Format::Toml,
            ManifestFormat::Json => Format::Json,
        }
    }

    fn of(name: &str) -> ManifestFormat {
        match name {
            "toml" => ManifestFormat::Toml,
            "json" => ManifestFormat::Json,
            _ => ManifestFormat::Yaml,
        }
    }
}

/// An activity file sent with a manifest, which the manifest references by name.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FileUpload {
    /// Letters, digits, `.`, `-`, `_`; not starting with a dot.
    pub name: String,
    /// The file's bytes in base64 (RFC 4648, with padding).
    pub content_base64: String,
}

/// A new service: its first version's manifest.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewService {
    /// The service's name (else the manifest's `service` name).
    pub name: Option<String>,
    /// The short name in its addresses (else made from the name).
    pub slug: Option<String>,
    pub format: ManifestFormat,
    /// The manifest's text.
    pub manifest: String,
    /// What changed, for the version history.
    pub message: Option<String>,
    /// Activity files the manifest references (at most 20).
    pub files: Option<Vec<FileUpload>>,
}

/// A service's next version. Files not sent again are kept from the latest version.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewVersion {
    pub format: ManifestFormat,
    pub manifest: String,
    pub message: Option<String>,
    pub files: Option<Vec<FileUpload>>,
}

// ---- helpers ------------------------------------------------------------------------------

/// The token's organisation, when it is the one named in the path.
async fn org_of(app: &App, caller: &ApiCaller, slug: &str) -> Result<Org, AppError> {
    match app.store.org_by_slug(slug).await? {
        Some(org) if org.id == caller.token.org => Ok(org),
        _ => Err(AppError::NotFound),
    }
}

async fn service_of(app: &App, org: &Org, slug: &str) -> Result<Service, AppError> {
    app.store
        .service(org.id, slug)
        .await?
        .ok_or(AppError::NotFound)
}

fn number_of(text: &str) -> Result<i64, AppError> {
    text.parse::<i64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or(AppError::NotFound)
}

fn service_url(app: &App, org: &Org, service: &Service) -> String {
    format!(
        "{}/o/{}/s/{}",
        app.config.base_url(),
        org.slug,
        service.slug
    )
}

/// A problem with a status the [`AppError`]s do not have, rendered by `render_errors`.
fn problem(status: StatusCode, message: sero_i18n::Message) -> Response {
    let mut response = status.into_response();
    response.extensions_mut().insert(ErrorPage(message));
    response
}

fn body<T>(sent: Result<Json<T>, JsonRejection>) -> Result<T, AppError> {
    sent.map(|Json(t)| t)
        .map_err(|e| AppError::BadRequest(msg!("web-api-bad-body", detail = e.body_text())))
}

fn files_of(sent: Option<Vec<FileUpload>>) -> Result<Vec<File>, AppError> {
    let sent = sent.unwrap_or_default();
    if sent.len() > crate::pages::MAX_FILES {
        return Err(AppError::BadRequest(msg!(
            "web-too-many-files",
            maximum = crate::pages::MAX_FILES
        )));
    }
    sent.into_iter()
        .map(|f| {
            let content = base64::engine::general_purpose::STANDARD
                .decode(f.content_base64.as_bytes())
                .map_err(|_| {
                    AppError::BadRequest(msg!("web-api-bad-base64", name = f.name.as_str()))
                })?;
            Ok(File {
                kind: crate::pages::kind_of(&f.name).to_owned(),
                name: f.name,
                content,
            })
        })
        .collect()
}

/// The response to a failed save.
fn refused(words: &Words, error: SaveError) -> Response {
    match error {
        SaveError::Problem(Problem::Manifest(e)) => {
            let (line, column) = match e.diagnostic.span {
                Some(span) => {
                    let (line, column) = SourceFile::new(&e.name, &e.text).line_col(span.start);
                    (Some(line as u64), Some(column as u64))
                }
                None => (None, None),
            };
            let body = ManifestProblem {
                status: 422,
                error: e.diagnostic.message.id().to_owned(),
                message: e.render(&|m: &sero_i18n::Message| words.localizer().render(m)),
                location: e.location.clone(),
                line,
                column,
            };
            (StatusCode::UNPROCESSABLE_ENTITY, Json(body)).into_response()
        }
        SaveError::Problem(Problem::Request(m)) | SaveError::Name(m) => {
            AppError::BadRequest(m).into_response()
        }
        SaveError::Exists(m) => problem(StatusCode::CONFLICT, m),
        SaveError::App(e) => e.into_response(),
    }
}

async fn version_response(
    app: &App,
    org: &Org,
    service: &Service,
    number: i64,
) -> Result<VersionDetail, AppError> {
    let version = app
        .store
        .version(org.id, service.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let stored = assess::stored(&version.assessment.result, sero_i18n::Lang::En);
    let meta = &version.meta;
    Ok(VersionDetail {
        service: service.slug.clone(),
        number,
        author: meta.author.clone(),
        message: meta.message.clone(),
        created_at: meta.created_at.to_string(),
        factor_edition: meta.factor_edition.clone(),
        format: ManifestFormat::of(&version.format),
        figures: (&meta.figures).into(),
        files: version
            .files
            .iter()
            .map(|f| FileInfo {
                name: f.name.clone(),
                kind: f.kind.clone(),
                bytes: f.content.len() as u64,
            })
            .collect(),
        estimate: stored.estimate,
        url: format!("{}/v/{number}", service_url(app, org, service)),
        manifest_url: format!(
            "/api/v1/orgs/{}/services/{}/versions/{number}/manifest",
            org.slug, service.slug
        ),
    })
}

fn created(detail: VersionDetail, org: &Org) -> Response {
    let location = format!(
        "/api/v1/orgs/{}/services/{}/versions/{}",
        org.slug, detail.service, detail.number
    );
    let mut response = (StatusCode::CREATED, Json(detail)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

// ---- the routes ---------------------------------------------------------------------------

/// What a token is: its organisation, name and scope.
#[derive(Serialize, ToSchema)]
pub struct TokenInfo {
    /// The organisation's short name.
    pub org: String,
    /// The token's name.
    pub name: String,
    pub scope: TokenScope,
}

/// What a token may do.
#[derive(Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum TokenScope {
    Read,
    Write,
}

/// The token sent: its organisation, name and scope.
#[utoipa::path(
    get,
    path = "/api/v1/token",
    tag = "services",
    responses(
        (status = 200, description = "The token", body = TokenInfo),
        (status = 401, description = "No valid token", body = ApiProblem),
    )
)]
async fn token_info(
    State(app): State<Arc<App>>,
    caller: ApiCaller,
) -> Result<Json<TokenInfo>, AppError> {
    let org = app
        .store
        .orgs()
        .await?
        .into_iter()
        .find(|o| o.id == caller.token.org)
        .ok_or(AppError::Unauthorized)?;
    Ok(Json(TokenInfo {
        org: org.slug,
        name: caller.token.name.clone(),
        scope: match caller.token.scope {
            sero_store::Scope::Read => TokenScope::Read,
            sero_store::Scope::Write => TokenScope::Write,
        },
    }))
}

/// An organisation: its name and how many members and services it has.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org}",
    tag = "services",
    params(("org" = String, Path, description = "The organisation's short name")),
    responses(
        (status = 200, description = "The organisation", body = OrgInfo),
        (status = 401, description = "No valid token", body = ApiProblem),
        (status = 404, description = "Not the token's organisation", body = ApiProblem),
    )
)]
async fn org_info(
    State(app): State<Arc<App>>,
    caller: ApiCaller,
    Path(org): Path<String>,
) -> Result<Json<OrgInfo>, AppError> {
    let org = org_of(&app, &caller, &org).await?;
    let members = app.store.members(org.id).await?.len() as u64;
    let services = app.store.services(org.id).await?.len() as u64;
    Ok(Json(OrgInfo {
        slug: org.slug,
        name: org.name,
        created_at: org.created_at.to_string(),
        members,
        services,
    }))
}

/// The organisation's services, each with its latest version.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org}/services",
    tag = "services",
    params(("org" = String, Path, description = "The organisation's short name")),
    responses(
        (status = 200, description = "The services, by name", body = ServiceList),
        (status = 401, description = "No valid token", body = ApiProblem),
        (status = 404, description = "Not the token's organisation", body = ApiProblem),
    )
)]
async fn list_services(
    State(app): State<Arc<App>>,
    caller: ApiCaller,
    Path(org): Path<String>,
) -> Result<Json<ServiceList>, AppError> {
    let org = org_of(&app, &caller, &org).await?;
    let services = app.store.services(org.id).await?;
    Ok(Json(ServiceList {
        org: org.slug.clone(),
        services: services
            .iter()
            .map(|s| ServiceItem {
                slug: s.service.slug.clone(),
                name: s.service.name.clone(),
                created_at: s.service.created_at.to_string(),
                latest: (&s.latest).into(),
                url: service_url(&app, &org, &s.service),
            })
            .collect(),
    }))
}

/// Creates a service from a manifest: its first version, assessed.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org}/services",
    tag = "services",
    params(("org" = String, Path, description = "The organisation's short name")),
    request_body = NewService,
    responses(
        (status = 201, description = "The service's first version, assessed", body = VersionDetail),
        (status = 400, description = "The request cannot be read (its JSON, a file, the name)", body = ApiProblem),
        (status = 401, description = "No valid token", body = ApiProblem),
        (status = 403, description = "The token may only read", body = ApiProblem),
        (status = 404, description = "Not the token's organisation", body = ApiProblem),
        (status = 409, description = "A service with that short name exists", body = ApiProblem),
        (status = 422, description = "The manifest has an error; nothing was saved", body = ManifestProblem),
    )
)]
async fn create_service(
    State(app): State<Arc<App>>,
    words: Words,
    caller: ApiCaller,
    Path(org): Path<String>,
    sent: Result<Json<NewService>, JsonRejection>,
) -> Result<Response, AppError> {
    let org = org_of(&app, &caller, &org).await?;
    caller.may_write()?;
    let sent = body(sent)?;
    let draft = Draft {
        author: Author::Token(caller.token.id),
        message: sent.message.unwrap_or_default().trim().to_owned(),
        manifest: sent.manifest,
        format: sent.format.format(),
        files: files_of(sent.files)?,
    };
    let target = Target::NewService {
        org: org.id,
        name: sent.name.as_deref(),
        slug: sent.slug.as_deref(),
    };
    match save(&app, target, draft).await {
        Ok(saved) => {
            let detail = version_response(&app, &org, &saved.service, saved.number).await?;
            Ok(created(detail, &org))
        }
        Err(e) => Ok(refused(&words, e)),
    }
}

/// A service with its versions, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org}/services/{service}",
    tag = "services",
    params(
        ("org" = String, Path, description = "The organisation's short name"),
        ("service" = String, Path, description = "The service's short name"),
    ),
    responses(
        (status = 200, description = "The service", body = ServiceDetail),
        (status = 401, description = "No valid token", body = ApiProblem),
        (status = 404, description = "No such service in the token's organisation", body = ApiProblem),
    )
)]
async fn service_detail(
    State(app): State<Arc<App>>,
    caller: ApiCaller,
    Path((org, service)): Path<(String, String)>,
) -> Result<Json<ServiceDetail>, AppError> {
    let org = org_of(&app, &caller, &org).await?;
    let service = service_of(&app, &org, &service).await?;
    let versions = app.store.versions(org.id, service.id).await?;
    Ok(Json(ServiceDetail {
        url: service_url(&app, &org, &service),
        slug: service.slug,
        name: service.name,
        created_at: service.created_at.to_string(),
        versions: versions.iter().map(VersionSummary::from).collect(),
    }))
}

/// Saves a service's next version from a manifest, assessed.
#[utoipa::path(
    post,
    path = "/api/v1/orgs/{org}/services/{service}/versions",
    tag = "services",
    params(
        ("org" = String, Path, description = "The organisation's short name"),
        ("service" = String, Path, description = "The service's short name"),
    ),
    request_body = NewVersion,
    responses(
        (status = 201, description = "The new version, assessed", body = VersionDetail),
        (status = 400, description = "The request cannot be read (its JSON, a file)", body = ApiProblem),
        (status = 401, description = "No valid token", body = ApiProblem),
        (status = 403, description = "The token may only read", body = ApiProblem),
        (status = 404, description = "No such service in the token's organisation", body = ApiProblem),
        (status = 422, description = "The manifest has an error; nothing was saved", body = ManifestProblem),
    )
)]
async fn create_version(
    State(app): State<Arc<App>>,
    words: Words,
    caller: ApiCaller,
    Path((org, service)): Path<(String, String)>,
    sent: Result<Json<NewVersion>, JsonRejection>,
) -> Result<Response, AppError> {
    let org = org_of(&app, &caller, &org).await?;
    let service = service_of(&app, &org, &service).await?;
    caller.may_write()?;
    let sent = body(sent)?;
    let draft = Draft {
        author: Author::Token(caller.token.id),
        message: sent.message.unwrap_or_default().trim().to_owned(),
        manifest: sent.manifest,
        format: sent.format.format(),
        files: files_of(sent.files)?,
    };
    let target = Target::Version {
        org: org.id,
        service: &service,
    };
    match save(&app, target, draft).await {
        Ok(saved) => {
            let detail = version_response(&app, &org, &saved.service, saved.number).await?;
            Ok(created(detail, &org))
        }
        Err(e) => Ok(refused(&words, e)),
    }
}

/// A version with its figures, files and stored estimate.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org}/services/{service}/versions/{number}",
    tag = "services",
    params(
        ("org" = String, Path, description = "The organisation's short name"),
        ("service" = String, Path, description = "The service's short name"),
        ("number" = i64, Path, minimum = 1, description = "The version's number"),
    ),
    responses(
        (status = 200, description = "The version", body = VersionDetail),
        (status = 401, description = "No valid token", body = ApiProblem),
        (status = 404, description = "No such version in the token's organisation", body = ApiProblem),
    )
)]
async fn version_detail(
    State(app): State<Arc<App>>,
    caller: ApiCaller,
    Path((org, service, number)): Path<(String, String, String)>,
) -> Result<Json<VersionDetail>, AppError> {
    let org = org_of(&app, &caller, &org).await?;
    let service = service_of(&app, &org, &service).await?;
    let number = number_of(&number)?;
    Ok(Json(version_response(&app, &org, &service, number).await?))
}

/// A version's manifest, as it was saved, in its own format.
#[utoipa::path(
    get,
    path = "/api/v1/orgs/{org}/services/{service}/versions/{number}/manifest",
    tag = "services",
    params(
        ("org" = String, Path, description = "The organisation's short name"),
        ("service" = String, Path, description = "The service's short name"),
        ("number" = i64, Path, minimum = 1, description = "The version's number"),
    ),
    responses(
        (status = 200, description = "The manifest's text, byte for byte as saved",
            content(
                (Value = "application/yaml"),
                (String = "application/toml"),
                (Value = "application/json"),
            )
        ),
        (status = 401, description = "No valid token", body = ApiProblem),
        (status = 404, description = "No such version in the token's organisation", body = ApiProblem),
    )
)]
async fn version_manifest(
    State(app): State<Arc<App>>,
    caller: ApiCaller,
    Path((org, service, number)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let org = org_of(&app, &caller, &org).await?;
    let service = service_of(&app, &org, &service).await?;
    let number = number_of(&number)?;
    let version = app
        .store
        .version(org.id, service.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let content_type = match version.format.as_str() {
        "json" => "application/json; charset=utf-8",
        "toml" => "application/toml; charset=utf-8",
        _ => "application/yaml; charset=utf-8",
    };
    let name = format!("{}-v{number}.{}", service.slug, version.format);
    let disposition = format!("inline; filename=\"{name}\"");
    let mut response = (
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        version.manifest,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
