//! sero's database: organisations, people, roles, sessions, API tokens, services, their immutable
//! versions and assessments, and background jobs, in SQLite (embedded) or PostgreSQL (shared),
//! behind one interface.
//!
//! Every query that reads or writes an organisation's data takes the organisation ([`OrgId`]) as
//! a parameter and filters on it in SQL, so a caller cannot reach another organisation's rows by
//! passing the id of one of its objects. Every save is one transaction: a failed save changes
//! nothing. Migrations run when the store opens; they only add.
//!
//! Secrets (session, invitation, set-up and API tokens) are stored as SHA-256 digests of the
//! random token the person holds ([`digest`]); the store never sees a password, only its Argon2id
//! hash made by the caller.

use jiff::Timestamp;

/// An organisation's id. Every organisation-scoped method takes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgId(pub i64);

/// A person's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(pub i64);

/// A service's id (unique across organisations, but only ever used with its [`OrgId`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceId(pub i64);

/// A background job's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobId(pub i64);

/// Which database a store is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A person's role in one organisation, from least to most trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Viewer,
    Editor,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "viewer" => Some(Role::Viewer),
            "editor" => Some(Role::Editor),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

/// What an API token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Read,
    Write,
}

impl Scope {
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }

    pub fn parse(text: &str) -> Option<Scope> {
        match text {
            "read" => Some(Scope::Read),
            "write" => Some(Scope::Write),
            _ => None,
        }
    }
}

/// A person with an account.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    /// May create organisations and people on this installation.
    pub is_admin: bool,
    pub created_at: Timestamp,
}

/// A person with the Argon2id hash of their password, for signing in.
#[derive(Debug, Clone, PartialEq)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

/// An organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub id: OrgId,
    /// The short name in its URLs (`/o/{slug}`), unique on the installation.
    pub slug: String,
    pub name: String,
    pub created_at: Timestamp,
}

/// An organisation and the role a person has in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub org: Org,
    pub role: Role,
}

/// A member of an organisation, as its administrators see them.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub user: User,
    pub role: Role,
}

/// A signed-in browser session.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub user: User,
    /// The session's anti-forgery token, sent back in every form.
    pub csrf: String,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
}

/// An invitation to join an organisation with a role, redeemed once through its link.
#[derive(Debug, Clone, PartialEq)]
pub struct Invite {
    pub org: Org,
    pub email: String,
    pub role: Role,
    pub expires_at: Timestamp,
}

/// An organisation's API token (its secret is only ever shown once, when made).
#[derive(Debug, Clone, PartialEq)]
pub struct ApiToken {
    pub id: i64,
    pub org: OrgId,
    pub name: String,
    pub scope: Scope,
    pub created_at: Timestamp,
}

/// Who made a version: a person, or a person's API token.
#[derive(Debug, Clone, PartialEq)]
pub enum Author {
    User(UserId),
    Token(i64),
}

/// A service of an organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: ServiceId,
    pub org: OrgId,
    /// The short name in its URLs (`/o/{org}/s/{slug}`), unique in the organisation.
    pub slug: String,
    pub name: String,
    pub created_at: Timestamp,
}

/// A service with its latest version's headline figures, for lists.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceSummary {
    pub service: Service,
    pub latest: VersionMeta,
}

/// A file kept with a version: an activity file (an imported cloud bill, inventory, measured page
/// or journey) that the manifest references by `name`.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub name: String,
    /// What made it: `cloud`, `inventory`, `page`, `journey`, `energy` or `activity`.
    pub kind: String,
    pub content: Vec<u8>,
}

/// The headline figures of an assessment, kept in columns for lists and sorting. Masses in kg
/// CO2e; `low` and `high` bound the interval the assessment reports.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    pub total_kg: f64,
    pub low_kg: f64,
    pub high_kg: f64,
    /// Per transaction (the functional unit), when the service has transactions.
    pub per_transaction_kg: Option<f64>,
}

/// An assessment to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAssessment {
    /// The factor library's edition it used (for example `sero-factors 2026.1 (sha256:…)`).
    pub factor_edition: String,
    pub samples: i64,
    pub seed: i64,
    pub figures: Figures,
    /// The result as `sero estimate --format json` writes it.
    pub result: String,
}

/// A stored assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub id: i64,
    pub version: i64,
    pub factor_edition: String,
    pub samples: i64,
    pub seed: i64,
    pub figures: Figures,
    pub result: String,
    pub created_at: Timestamp,
}

/// A version to save: the manifest as written, the files it references, and its assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct NewVersion {
    pub author: Author,
    pub message: String,
    pub manifest: String,
    /// `yaml`, `toml` or `json`.
    pub format: String,
    pub files: Vec<File>,
    pub assessment: NewAssessment,
}

/// A version's metadata and headline figures.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionMeta {
    /// 1, 2, 3… within the service.
    pub number: i64,
    /// The person's name, or the token's name.
    pub author: String,
    pub message: String,
    pub created_at: Timestamp,
    pub factor_edition: String,
    pub figures: Figures,
}

/// A whole version: its manifest, files and first assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub meta: VersionMeta,
    pub manifest: String,
    pub format: String,
    pub files: Vec<File>,
    pub assessment: Assessment,
}

/// The state of a background job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobStatus {
    Queued,
    Running,
    Done,
    Failed,
}

/// A background job (a page measurement), its progress and result.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    pub id: JobId,
    pub org: OrgId,
    pub service: Option<ServiceId>,
    pub kind: String,
    /// What it was asked (for a page measurement, the URL).
    pub input: String,
    pub status: JobStatus,
    /// 0 to 100.
    pub progress: i64,
    /// JSON, when done.
    pub result: Option<String>,
    /// The message id and arguments as JSON, when failed.
    pub error: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened, read or written.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration could not be applied.
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// A unique name is taken (an organisation's or service's slug, an email).
    #[error("already exists")]
    Conflict,
    /// The object does not exist in the organisation given.
    #[error("not found")]
    NotFound,
    /// A token (set-up, invitation) is unknown, used or expired.
    #[error("token not valid")]
    InvalidToken,
    /// The database URL is neither a SQLite path nor `postgres://`.
    #[error("unsupported database URL")]
    Url,
}

/// The SHA-256 digest, in lowercase hex, of a secret token: what the store keeps.
pub fn digest(token: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(token.as_bytes()))
}

/// A new random secret token: 32 bytes from the operating system, in lowercase hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    hex::encode(bytes)
}

mod store;
pub use store::Store;
