//! The store: one pool on SQLite or PostgreSQL, the same SQL on both.
//!
//! Queries go through `sqlx::AnyPool` with `$1, $2…` placeholders (SQLite accepts them too) and
//! the types both drivers share: times are `i64` milliseconds since the Unix epoch, booleans
//! `0`/`1`. On SQLite, writes go through a second pool of one connection and begin with
//! `BEGIN IMMEDIATE`, so concurrent saves queue instead of failing with `SQLITE_BUSY`; reads use
//! a pool of their own (WAL lets them run beside the writer).

use std::borrow::Cow;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::Duration;

use jiff::Timestamp;
use sqlx::AnyConnection;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::error::{BoxDynError, ErrorKind};
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::{Any, Row, Transaction};

use crate::{
    ApiToken, Assessment, Author, Backend, Credentials, Figures, File, Invite, Job, JobId,
    JobStatus, Member, Membership, NewAssessment, NewVersion, Org, OrgId, Role, Scope, Service,
    ServiceId, ServiceSummary, Session, StoreError, User, UserId, Version, VersionMeta,
};

type Result<T> = std::result::Result<T, StoreError>;

/// The migrations, embedded in the binary: version, description, SQL. Files are named
/// `<version>_<description>.sql`, as `sqlx migrate` names them, so the checksums recorded in
/// `_sqlx_migrations` are the ones sqlx's own tools compute. They only add.
const SQLITE_MIGRATIONS: Migrations = Migrations(&[(
    1,
    "initial",
    include_str!("../migrations/sqlite/0001_initial.sql"),
)]);
const POSTGRES_MIGRATIONS: Migrations = Migrations(&[(
    1,
    "initial",
    include_str!("../migrations/postgres/0001_initial.sql"),
)]);

#[derive(Debug, Clone, Copy)]
struct Migrations(&'static [(i64, &'static str, &'static str)]);

impl MigrationSource<'static> for Migrations {
    fn resolve(
        self,
    ) -> Pin<Box<dyn Future<Output = std::result::Result<Vec<Migration>, BoxDynError>> + Send>>
    {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

impl Migrations {
    async fn run(self, pool: &sqlx::AnyPool) -> Result<()> {
        Migrator::new(self).await?.run(pool).await?;
        Ok(())
    }
}

/// Every SQLite connection: foreign keys enforced, each commit synced to disk (WAL and
/// `synchronous = FULL`: an acknowledged save survives a crash or a power cut), and a lock held
/// elsewhere waited for up to 5 s. The writer also puts the file in WAL mode (kept in the file).
async fn sqlite_pragmas(conn: &mut AnyConnection, writer: bool) -> sqlx::Result<()> {
    use sqlx::Executor;
    if writer {
        conn.execute("PRAGMA journal_mode = WAL;").await?;
    }
    conn.execute(
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;",
    )
    .await?;
    Ok(())
}

/// What `jobs_abandon` records as a job's error: a message id with no arguments.
const JOB_ABANDONED: &str = r#"{"id":"server-job-abandoned","args":{}}"#;

/// Readers beside SQLite's one writer; PostgreSQL's pool.
const SQLITE_READERS: u32 = 4;
const POSTGRES_CONNECTIONS: u32 = 10;

/// sero's database. Cheap to clone (a pool).
#[derive(Clone)]
pub struct Store {
    pool: sqlx::AnyPool,
    /// Where writes go: on SQLite a pool of one connection, on PostgreSQL `pool` itself.
    writer: sqlx::AnyPool,
    backend: Backend,
}

/// What a database URL names.
#[derive(Debug, PartialEq)]
enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

fn target(url: &str) -> Result<Target> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(Target::Postgres(url.to_owned()));
    }
    let path = match url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
    {
        // sqlx's query parameters (`?mode=ro`) are not taken: the store sets its own.
        Some(rest) if rest.contains('?') => return Err(StoreError::Url),
        Some(rest) => rest,
        None if url.contains("://") => return Err(StoreError::Url),
        None => url,
    };
    if path.is_empty() || path == ":memory:" {
        return Err(StoreError::Url);
    }
    Ok(Target::Sqlite(PathBuf::from(path)))
}

/// A `sqlite://` URL for sqlx that names exactly `path` (sqlx percent-decodes the path).
fn sqlite_url(path: &Path, mode: &str) -> Result<String> {
    let text = path.to_str().ok_or(StoreError::Url)?;
    let mut url = String::from("sqlite://");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            url.push(byte as char);
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url.push_str("?mode=");
    url.push_str(mode);
    Ok(url)
}

fn io(error: std::io::Error) -> StoreError {
    StoreError::Database(sqlx::Error::Io(error))
}

/// A unique violation is a `Conflict`, a missing parent row `NotFound`.
fn constraint(error: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(db) = &error {
        match db.kind() {
            ErrorKind::UniqueViolation => return StoreError::Conflict,
            ErrorKind::ForeignKeyViolation => return StoreError::NotFound,
            _ => {}
        }
    }
    StoreError::Database(error)
}

fn ms(time: Timestamp) -> i64 {
    time.as_millisecond()
}

fn decode_error(what: String) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(what.into()))
}

fn time(row: &AnyRow, column: &str) -> Result<Timestamp> {
    let value: i64 = row.try_get(column)?;
    Timestamp::from_millisecond(value)
        .map_err(|e| decode_error(format!("{column}: {value} ms is not a time ({e})")))
}

fn role(row: &AnyRow, column: &str) -> Result<Role> {
    let text: String = row.try_get(column)?;
    Role::parse(&text).ok_or_else(|| decode_error(format!("{column}: unknown role {text:?}")))
}

fn scope(row: &AnyRow, column: &str) -> Result<Scope> {
    let text: String = row.try_get(column)?;
    Scope::parse(&text).ok_or_else(|| decode_error(format!("{column}: unknown scope {text:?}")))
}

fn status_str(status: JobStatus) -> &'static str {
    match status {
        JobStatus::Queued => "queued",
        JobStatus::Running => "running",
        JobStatus::Done => "done",
        JobStatus::Failed => "failed",
    }
}

fn status(row: &AnyRow, column: &str) -> Result<JobStatus> {
    let text: String = row.try_get(column)?;
    Ok(match text.as_str() {
        "queued" => JobStatus::Queued,
        "running" => JobStatus::Running,
        "done" => JobStatus::Done,
        "failed" => JobStatus::Failed,
        _ => return Err(decode_error(format!("{column}: unknown status {text:?}"))),
    })
}

/// Emails compare case-blind: the store keeps and looks them up in lowercase.
fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

macro_rules! user_columns {
    () => {
        "u.id AS user_id, u.email AS user_email, u.name AS user_name, \
         u.is_admin AS user_is_admin, u.created_at AS user_created_at"
    };
}

macro_rules! org_columns {
    () => {
        "o.id AS org_id, o.slug AS org_slug, o.name AS org_name, o.created_at AS org_created_at"
    };
}

macro_rules! service_columns {
    () => {
        "s.id AS service_id, s.org_id AS service_org, s.slug AS service_slug, \
         s.name AS service_name, s.created_at AS service_created_at"
    };
}

/// A version's metadata with its first assessment's figures; needs `versions v`, `users u`
/// and `api_tokens t` (left joined on the author) and `assessments a` (the first).
macro_rules! meta_columns {
    () => {
        "v.number AS v_number, COALESCE(u.name, t.name) AS v_author, v.message AS v_message, \
         v.created_at AS v_created_at, a.factor_edition AS a_factor_edition, \
         a.total_kg AS a_total_kg, a.low_kg AS a_low_kg, a.high_kg AS a_high_kg, \
         a.per_transaction_kg AS a_per_transaction_kg"
    };
}

macro_rules! meta_joins {
    () => {
        " LEFT JOIN users u ON u.id = v.author_user \
          LEFT JOIN api_tokens t ON t.id = v.author_token \
          JOIN assessments a ON a.id = (SELECT MIN(f.id) FROM assessments f WHERE f.version_id = v.id)"
    };
}

macro_rules! assessment_columns {
    () => {
        "a.id AS a_id, v.number AS v_number, a.factor_edition AS a_factor_edition, \
         a.samples AS a_samples, a.seed AS a_seed, a.total_kg AS a_total_kg, a.low_kg AS a_low_kg, \
         a.high_kg AS a_high_kg, a.per_transaction_kg AS a_per_transaction_kg, \
         a.result AS a_result, a.created_at AS a_created_at"
    };
}

macro_rules! job_columns {
    () => {
        "id, org_id, service_id, kind, input, status, progress, result, error, created_at, \
         updated_at"
    };
}

fn user(row: &AnyRow) -> Result<User> {
    Ok(User {
        id: UserId(row.try_get("user_id")?),
        email: row.try_get("user_email")?,
        name: row.try_get("user_name")?,
        is_admin: row.try_get::<i64, _>("user_is_admin")? != 0,
        created_at: time(row, "user_created_at")?,
    })
}

fn org(row: &AnyRow) -> Result<Org> {
    Ok(Org {
        id: OrgId(row.try_get("org_id")?),
        slug: row.try_get("org_slug")?,
        name: row.try_get("org_name")?,
        created_at: time(row, "org_created_at")?,
    })
}

fn service(row: &AnyRow) -> Result<Service> {
    Ok(Service {
        id: ServiceId(row.try_get("service_id")?),
        org: OrgId(row.try_get("service_org")?),
        slug: row.try_get("service_slug")?,
        name: row.try_get("service_name")?,
        created_at: time(row, "service_created_at")?,
    })
}

fn figures(row: &AnyRow) -> Result<Figures> {
    Ok(Figures {
        total_kg: row.try_get("a_total_kg")?,
        low_kg: row.try_get("a_low_kg")?,
        high_kg: row.try_get("a_high_kg")?,
        per_transaction_kg: row.try_get("a_per_transaction_kg")?,
    })
}

fn meta(row: &AnyRow) -> Result<VersionMeta> {
    Ok(VersionMeta {
        number: row.try_get("v_number")?,
        author: row.try_get("v_author")?,
        message: row.try_get("v_message")?,
        created_at: time(row, "v_created_at")?,
        factor_edition: row.try_get("a_factor_edition")?,
        figures: figures(row)?,
    })
}

fn assessment(row: &AnyRow) -> Result<Assessment> {
    Ok(Assessment {
        id: row.try_get("a_id")?,
        version: row.try_get("v_number")?,
        factor_edition: row.try_get("a_factor_edition")?,
        samples: row.try_get("a_samples")?,
        seed: row.try_get("a_seed")?,
        figures: figures(row)?,
        result: row.try_get("a_result")?,
        created_at: time(row, "a_created_at")?,
    })
}

fn job(row: &AnyRow) -> Result<Job> {
    Ok(Job {
        id: JobId(row.try_get("id")?),
        org: OrgId(row.try_get("org_id")?),
        service: row.try_get::<Option<i64>, _>("service_id")?.map(ServiceId),
        kind: row.try_get("kind")?,
        input: row.try_get("input")?,
        status: status(row, "status")?,
        progress: row.try_get("progress")?,
        result: row.try_get("result")?,
        error: row.try_get("error")?,
        created_at: time(row, "created_at")?,
        updated_at: time(row, "updated_at")?,
    })
}

fn sort_by_name<T>(items: &mut [T], name: impl Fn(&T) -> (&str, i64)) {
    items.sort_by(|a, b| {
        let (a, a_id) = name(a);
        let (b, b_id) = name(b);
        a.to_lowercase()
            .cmp(&b.to_lowercase())
            .then_with(|| a.cmp(b))
            .then(a_id.cmp(&b_id))
    });
}

/// Adds a version (with its files and first assessment) to a service in `tx`, numbering it
/// after the service's latest. The `UPDATE` of the service row both checks that it is the
/// organisation's and holds the row (PostgreSQL) or the database (SQLite) until commit, so
/// concurrent saves to one service are numbered one after the other.
async fn insert_version(
    tx: &mut Transaction<'static, Any>,
    org: OrgId,
    service: ServiceId,
    version: &NewVersion,
    now: Timestamp,
) -> Result<i64> {
    let number: i64 = sqlx::query_scalar(
        "UPDATE services SET latest = latest + 1 WHERE id = $1 AND org_id = $2 RETURNING latest",
    )
    .bind(service.0)
    .bind(org.0)
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(StoreError::NotFound)?;
    let (author_user, author_token) = match version.author {
        Author::User(user) => (Some(user.0), None),
        Author::Token(token) => {
            let count: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM api_tokens WHERE id = $1 AND org_id = $2")
                    .bind(token)
                    .bind(org.0)
                    .fetch_one(&mut **tx)
                    .await?;
            if count == 0 {
                return Err(StoreError::NotFound);
            }
            (None, Some(token))
        }
    };
    let version_id: i64 = sqlx::query_scalar(
        "INSERT INTO versions (service_id, number, author_user, author_token, message, manifest, \
         format, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(service.0)
    .bind(number)
    .bind(author_user)
    .bind(author_token)
    .bind(&version.message)
    .bind(&version.manifest)
    .bind(&version.format)
    .bind(ms(now))
    .fetch_one(&mut **tx)
    .await
    .map_err(constraint)?;
    for file in &version.files {
        sqlx::query("INSERT INTO files (version_id, name, kind, content) VALUES ($1, $2, $3, $4)")
            .bind(version_id)
            .bind(&file.name)
            .bind(&file.kind)
            .bind(&file.content)
            .execute(&mut **tx)
            .await
            .map_err(constraint)?;
    }
    insert_assessment(tx, version_id, &version.assessment, now).await?;
    Ok(number)
}

async fn insert_assessment(
    tx: &mut Transaction<'static, Any>,
    version_id: i64,
    assessment: &NewAssessment,
    now: Timestamp,
) -> Result<i64> {
    let figures = &assessment.figures;
    // sqlx's Any driver sends a NULL `f64` to PostgreSQL as a `real`, which PostgreSQL then
    // refuses for a prepared `double precision` parameter: a missing figure is left out of the
    // statement instead (the column defaults to NULL).
    let sql = if figures.per_transaction_kg.is_some() {
        "INSERT INTO assessments (version_id, factor_edition, samples, seed, total_kg, low_kg, \
         high_kg, result, created_at, per_transaction_kg) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"
    } else {
        "INSERT INTO assessments (version_id, factor_edition, samples, seed, total_kg, low_kg, \
         high_kg, result, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id"
    };
    let mut query = sqlx::query_scalar(sql)
        .bind(version_id)
        .bind(&assessment.factor_edition)
        .bind(assessment.samples)
        .bind(assessment.seed)
        .bind(figures.total_kg)
        .bind(figures.low_kg)
        .bind(figures.high_kg)
        .bind(&assessment.result)
        .bind(ms(now));
    if let Some(per_transaction_kg) = figures.per_transaction_kg {
        query = query.bind(per_transaction_kg);
    }
    Ok(query.fetch_one(&mut **tx).await?)
}

impl Store {
    /// Opens (and creates, when it is a SQLite file that does not exist) the database at `url`
    /// (`postgres://…`, `sqlite:…` or a file path) and applies the migrations it lacks.
    pub async fn open(url: &str) -> Result<Store> {
        sqlx::any::install_default_drivers();
        match target(url)? {
            Target::Postgres(url) => {
                let pool = AnyPoolOptions::new()
                    .max_connections(POSTGRES_CONNECTIONS)
                    .connect(&url)
                    .await?;
                POSTGRES_MIGRATIONS.run(&pool).await?;
                Ok(Store {
                    writer: pool.clone(),
                    pool,
                    backend: Backend::Postgres,
                })
            }
            Target::Sqlite(path) => {
                let path = std::path::absolute(&path).map_err(io)?;
                if let Some(folder) = path.parent() {
                    std::fs::create_dir_all(folder).map_err(io)?;
                }
                let writer = AnyPoolOptions::new()
                    .max_connections(1)
                    .after_connect(|conn, _| Box::pin(sqlite_pragmas(conn, true)))
                    .connect(&sqlite_url(&path, "rwc")?)
                    .await?;
                SQLITE_MIGRATIONS.run(&writer).await?;
                let pool = AnyPoolOptions::new()
                    .max_connections(SQLITE_READERS)
                    .idle_timeout(Duration::from_secs(600))
                    .after_connect(|conn, _| Box::pin(sqlite_pragmas(conn, false)))
                    .connect(&sqlite_url(&path, "rw")?)
                    .await?;
                Ok(Store {
                    pool,
                    writer,
                    backend: Backend::Sqlite,
                })
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A write transaction: on SQLite `BEGIN IMMEDIATE`, which takes the write lock at once
    /// (waiting for it up to the busy timeout) rather than failing when it upgrades later.
    async fn write(&self) -> Result<Transaction<'static, Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.writer.begin().await?,
        })
    }

    // ---- set-up ---------------------------------------------------------------------------

    /// True when nobody has an account yet.
    pub async fn is_empty(&self) -> Result<bool> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&self.pool)
            .await?;
        Ok(count == 0)
    }

    /// Stores the digest of a one-time set-up token valid until `expires_at`, replacing any
    /// earlier one.
    pub async fn setup_token_put(&self, token_digest: &str, expires_at: Timestamp) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO setup_tokens (id, token_digest, expires_at, used_at) \
             VALUES (1, $1, $2, NULL) ON CONFLICT (id) DO UPDATE SET \
             token_digest = excluded.token_digest, expires_at = excluded.expires_at, used_at = NULL",
        )
        .bind(token_digest)
        .bind(ms(expires_at))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates the first administrator with a set-up token, which is used up. `InvalidToken` when
    /// the token is unknown, used or expired, or when someone already has an account.
    pub async fn setup_complete(
        &self,
        token_digest: &str,
        email: &str,
        name: &str,
        password_hash: &str,
    ) -> Result<User> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        let used = sqlx::query(
            "UPDATE setup_tokens SET used_at = $2 \
             WHERE token_digest = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_digest)
        .bind(ms(now))
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() != 1 {
            return Err(StoreError::InvalidToken);
        }
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
            .fetch_one(&mut *tx)
            .await?;
        if count != 0 {
            return Err(StoreError::InvalidToken);
        }
        let user = insert_user(&mut tx, email, name, password_hash, true, now).await?;
        tx.commit().await?;
        Ok(user)
    }

    // ---- people ---------------------------------------------------------------------------

    /// Creates an account. `Conflict` when the email is taken (emails compare case-blind).
    pub async fn user_create(
        &self,
        email: &str,
        name: &str,
        password_hash: &str,
        is_admin: bool,
    ) -> Result<User> {
        let mut tx = self.write().await?;
        let user = insert_user(
            &mut tx,
            email,
            name,
            password_hash,
            is_admin,
            Timestamp::now(),
        )
        .await?;
        tx.commit().await?;
        Ok(user)
    }

    pub async fn credentials(&self, email: &str) -> Result<Option<Credentials>> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", u.password_hash FROM users u WHERE u.email = $1"
        ))
        .bind(email_key(email))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| credentials(&row)).transpose()
    }

    pub async fn credentials_of(&self, user: UserId) -> Result<Credentials> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", u.password_hash FROM users u WHERE u.id = $1"
        ))
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        credentials(&row)
    }

    /// Changes a password and ends every session of the person.
    pub async fn password_set(&self, user: UserId, password_hash: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let changed = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        if changed.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            " FROM users u ORDER BY u.id"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(user).collect()
    }

    // ---- sessions -------------------------------------------------------------------------

    pub async fn session_create(
        &self,
        token_digest: &str,
        user: UserId,
        csrf: &str,
        expires_at: Timestamp,
    ) -> Result<()> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        // Expired sessions are of no use to anyone: they go as new ones come.
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(ms(now))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO sessions (token_digest, user_id, csrf, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_digest)
        .bind(user.0)
        .bind(csrf)
        .bind(ms(now))
        .bind(ms(expires_at))
        .execute(&mut *tx)
        .await
        .map_err(constraint)?;
        tx.commit().await?;
        Ok(())
    }

    /// The session with this digest, when it has not expired.
    pub async fn session(&self, token_digest: &str, now: Timestamp) -> Result<Option<Session>> {
        let row = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", s.csrf, s.created_at, s.expires_at FROM sessions s \
             JOIN users u ON u.id = s.user_id WHERE s.token_digest = $1 AND s.expires_at > $2"
        ))
        .bind(token_digest)
        .bind(ms(now))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(Session {
                user: user(&row)?,
                csrf: row.try_get("csrf")?,
                created_at: time(&row, "created_at")?,
                expires_at: time(&row, "expires_at")?,
            })
        })
        .transpose()
    }

    pub async fn session_delete(&self, token_digest: &str) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM sessions WHERE token_digest = $1")
            .bind(token_digest)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Signs a person out everywhere.
    pub async fn sessions_delete_all(&self, user: UserId) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    // ---- organisations and roles ----------------------------------------------------------

    /// `Conflict` when the slug is taken.
    pub async fn org_create(&self, slug: &str, name: &str) -> Result<Org> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO orgs (slug, name, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(slug)
        .bind(name)
        .bind(ms(now))
        .fetch_one(&mut *tx)
        .await
        .map_err(constraint)?;
        tx.commit().await?;
        Ok(Org {
            id: OrgId(id),
            slug: slug.to_owned(),
            name: name.to_owned(),
            created_at: Timestamp::from_millisecond(ms(now)).unwrap_or(now),
        })
    }

    /// Every organisation (for installation administrators).
    pub async fn orgs(&self) -> Result<Vec<Org>> {
        let rows = sqlx::query(concat!("SELECT ", org_columns!(), " FROM orgs o"))
            .fetch_all(&self.pool)
            .await?;
        let mut orgs = rows.iter().map(org).collect::<Result<Vec<_>>>()?;
        sort_by_name(&mut orgs, |o| (&o.name, o.id.0));
        Ok(orgs)
    }

    pub async fn org_by_slug(&self, slug: &str) -> Result<Option<Org>> {
        let row = sqlx::query(concat!(
            "SELECT ",
            org_columns!(),
            " FROM orgs o WHERE o.slug = $1"
        ))
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| org(&row)).transpose()
    }

    /// The organisations a person belongs to, with their role in each, by name.
    pub async fn memberships(&self, user: UserId) -> Result<Vec<Membership>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            org_columns!(),
            ", m.role FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.user_id = $1"
        ))
        .bind(user.0)
        .fetch_all(&self.pool)
        .await?;
        let mut memberships = rows
            .iter()
            .map(|row| {
                Ok(Membership {
                    org: org(row)?,
                    role: role(row, "role")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        sort_by_name(&mut memberships, |m| (&m.org.name, m.org.id.0));
        Ok(memberships)
    }

    /// A person's membership of the organisation with this slug; `None` when they are not a
    /// member (or it does not exist).
    pub async fn membership(&self, user: UserId, org_slug: &str) -> Result<Option<Membership>> {
        let row = sqlx::query(concat!(
            "SELECT ",
            org_columns!(),
            ", m.role FROM memberships m JOIN orgs o ON o.id = m.org_id \
             WHERE m.user_id = $1 AND o.slug = $2"
        ))
        .bind(user.0)
        .bind(org_slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(Membership {
                org: org(&row)?,
                role: role(&row, "role")?,
            })
        })
        .transpose()
    }

    /// Adds a person to an organisation, or changes their role there.
    pub async fn member_set(&self, org: OrgId, user: UserId, role: Role) -> Result<()> {
        let mut tx = self.write().await?;
        upsert_member(&mut tx, org, user, role).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn member_remove(&self, org: OrgId, user: UserId) -> Result<()> {
        let mut tx = self.write().await?;
        let removed = sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(org.0)
            .bind(user.0)
            .execute(&mut *tx)
            .await?;
        if removed.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn members(&self, org: OrgId) -> Result<Vec<Member>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            user_columns!(),
            ", m.role FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1"
        ))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        let mut members = rows
            .iter()
            .map(|row| {
                Ok(Member {
                    user: user(row)?,
                    role: role(row, "role")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        sort_by_name(&mut members, |m| (&m.user.name, m.user.id.0));
        Ok(members)
    }

    /// Stores an invitation (the digest of its link's token).
    pub async fn invite_create(
        &self,
        org: OrgId,
        email: &str,
        role: Role,
        token_digest: &str,
        created_by: UserId,
        expires_at: Timestamp,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO invites (org_id, email, role, token_digest, created_by, created_at, \
             expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(org.0)
        .bind(email_key(email))
        .bind(role.as_str())
        .bind(token_digest)
        .bind(created_by.0)
        .bind(ms(Timestamp::now()))
        .bind(ms(expires_at))
        .execute(&mut *tx)
        .await
        .map_err(constraint)?;
        tx.commit().await?;
        Ok(())
    }

    /// The invitation with this digest, when it is unused and unexpired.
    pub async fn invite(&self, token_digest: &str, now: Timestamp) -> Result<Option<Invite>> {
        let row = sqlx::query(concat!(
            "SELECT ",
            org_columns!(),
            ", i.email, i.role, i.expires_at FROM invites i JOIN orgs o ON o.id = i.org_id \
             WHERE i.token_digest = $1 AND i.accepted_at IS NULL AND i.expires_at > $2"
        ))
        .bind(token_digest)
        .bind(ms(now))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(Invite {
                org: org(&row)?,
                email: row.try_get("email")?,
                role: role(&row, "role")?,
                expires_at: time(&row, "expires_at")?,
            })
        })
        .transpose()
    }

    /// Redeems an invitation for a person (a new person's account is created first), making them
    /// a member with the invitation's role. `InvalidToken` when it is unknown, used or expired.
    pub async fn invite_accept(
        &self,
        token_digest: &str,
        now: Timestamp,
        user: UserId,
    ) -> Result<Membership> {
        let mut tx = self.write().await?;
        let row = sqlx::query(
            "UPDATE invites SET accepted_at = $2, accepted_by = $3 \
             WHERE token_digest = $1 AND accepted_at IS NULL AND expires_at > $2 \
             RETURNING org_id, role",
        )
        .bind(token_digest)
        .bind(ms(now))
        .bind(user.0)
        .fetch_optional(&mut *tx)
        .await
        .map_err(constraint)?
        .ok_or(StoreError::InvalidToken)?;
        let org_id = OrgId(row.try_get("org_id")?);
        let role = role(&row, "role")?;
        upsert_member(&mut tx, org_id, user, role).await?;
        let row = sqlx::query(concat!(
            "SELECT ",
            org_columns!(),
            " FROM orgs o WHERE o.id = $1"
        ))
        .bind(org_id.0)
        .fetch_one(&mut *tx)
        .await?;
        let org = org(&row)?;
        tx.commit().await?;
        Ok(Membership { org, role })
    }

    // ---- API tokens -----------------------------------------------------------------------

    pub async fn api_token_create(
        &self,
        org: OrgId,
        name: &str,
        scope: Scope,
        token_digest: &str,
        created_by: UserId,
    ) -> Result<ApiToken> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_tokens (org_id, name, scope, token_digest, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(org.0)
        .bind(name)
        .bind(scope.as_str())
        .bind(token_digest)
        .bind(created_by.0)
        .bind(ms(now))
        .fetch_one(&mut *tx)
        .await
        .map_err(constraint)?;
        tx.commit().await?;
        Ok(ApiToken {
            id,
            org,
            name: name.to_owned(),
            scope,
            created_at: Timestamp::from_millisecond(ms(now)).unwrap_or(now),
        })
    }

    /// The unrevoked token with this digest.
    pub async fn api_token(&self, token_digest: &str) -> Result<Option<ApiToken>> {
        let row = sqlx::query(
            "SELECT id, org_id, name, scope, created_at FROM api_tokens \
             WHERE token_digest = $1 AND revoked_at IS NULL",
        )
        .bind(token_digest)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| api_token(&row)).transpose()
    }

    pub async fn api_tokens(&self, org: OrgId) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query(
            "SELECT id, org_id, name, scope, created_at FROM api_tokens \
             WHERE org_id = $1 AND revoked_at IS NULL ORDER BY id",
        )
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(api_token).collect()
    }

    pub async fn api_token_revoke(&self, org: OrgId, id: i64) -> Result<()> {
        let mut tx = self.write().await?;
        let revoked = sqlx::query(
            "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $3) \
             WHERE id = $1 AND org_id = $2",
        )
        .bind(id)
        .bind(org.0)
        .bind(ms(Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        if revoked.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    // ---- services, versions, assessments ---------------------------------------------------

    /// Creates a service with its first version, in one transaction. `Conflict` when the slug is
    /// taken in the organisation. Returns the service and the version's number (1).
    pub async fn service_create(
        &self,
        org: OrgId,
        slug: &str,
        name: &str,
        first: NewVersion,
    ) -> Result<(Service, i64)> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO services (org_id, slug, name, created_at, latest) \
             VALUES ($1, $2, $3, $4, 0) RETURNING id",
        )
        .bind(org.0)
        .bind(slug)
        .bind(name)
        .bind(ms(now))
        .fetch_one(&mut *tx)
        .await
        .map_err(constraint)?;
        let number = insert_version(&mut tx, org, ServiceId(id), &first, now).await?;
        tx.commit().await?;
        let service = Service {
            id: ServiceId(id),
            org,
            slug: slug.to_owned(),
            name: name.to_owned(),
            created_at: Timestamp::from_millisecond(ms(now)).unwrap_or(now),
        };
        Ok((service, number))
    }

    /// The organisation's services with their latest version, by name.
    pub async fn services(&self, org: OrgId) -> Result<Vec<ServiceSummary>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            service_columns!(),
            ", ",
            meta_columns!(),
            " FROM services s JOIN versions v ON v.service_id = s.id AND v.number = s.latest",
            meta_joins!(),
            " WHERE s.org_id = $1"
        ))
        .bind(org.0)
        .fetch_all(&self.pool)
        .await?;
        let mut services = rows
            .iter()
            .map(|row| {
                Ok(ServiceSummary {
                    service: service(row)?,
                    latest: meta(row)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        sort_by_name(&mut services, |s| (&s.service.name, s.service.id.0));
        Ok(services)
    }

    pub async fn service(&self, org: OrgId, slug: &str) -> Result<Option<Service>> {
        let row = sqlx::query(concat!(
            "SELECT ",
            service_columns!(),
            " FROM services s WHERE s.org_id = $1 AND s.slug = $2"
        ))
        .bind(org.0)
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| service(&row)).transpose()
    }

    /// Renames a service (its slug stays).
    pub async fn service_rename(&self, org: OrgId, service: ServiceId, name: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let renamed = sqlx::query("UPDATE services SET name = $1 WHERE id = $2 AND org_id = $3")
            .bind(name)
            .bind(service.0)
            .bind(org.0)
            .execute(&mut *tx)
            .await?;
        if renamed.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Saves a new immutable version with its files and assessment, in one transaction; returns
    /// its number. `NotFound` when the service is not the organisation's.
    pub async fn version_save(
        &self,
        org: OrgId,
        service: ServiceId,
        version: NewVersion,
    ) -> Result<i64> {
        let mut tx = self.write().await?;
        let number = insert_version(&mut tx, org, service, &version, Timestamp::now()).await?;
        tx.commit().await?;
        Ok(number)
    }

    /// The service's versions, newest first.
    pub async fn versions(&self, org: OrgId, service: ServiceId) -> Result<Vec<VersionMeta>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            meta_columns!(),
            " FROM versions v JOIN services s ON s.id = v.service_id",
            meta_joins!(),
            " WHERE s.org_id = $1 AND s.id = $2 ORDER BY v.number DESC"
        ))
        .bind(org.0)
        .bind(service.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(meta).collect()
    }

    pub async fn version(
        &self,
        org: OrgId,
        service: ServiceId,
        number: i64,
    ) -> Result<Option<Version>> {
        let mut conn = self.pool.acquire().await?;
        let Some(row) = sqlx::query(concat!(
            "SELECT v.id AS v_id, v.manifest AS v_manifest, v.format AS v_format, ",
            meta_columns!(),
            ", a.id AS a_id, a.samples AS a_samples, a.seed AS a_seed, a.result AS a_result, \
             a.created_at AS a_created_at FROM versions v JOIN services s ON s.id = v.service_id",
            meta_joins!(),
            " WHERE s.org_id = $1 AND s.id = $2 AND v.number = $3"
        ))
        .bind(org.0)
        .bind(service.0)
        .bind(number)
        .fetch_optional(&mut *conn)
        .await?
        else {
            return Ok(None);
        };
        let version_id: i64 = row.try_get("v_id")?;
        let files =
            sqlx::query("SELECT name, kind, content FROM files WHERE version_id = $1 ORDER BY id")
                .bind(version_id)
                .fetch_all(&mut *conn)
                .await?
                .iter()
                .map(|file| {
                    Ok(File {
                        name: file.try_get("name")?,
                        kind: file.try_get("kind")?,
                        content: file.try_get("content")?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
        Ok(Some(Version {
            meta: meta(&row)?,
            manifest: row.try_get("v_manifest")?,
            format: row.try_get("v_format")?,
            files,
            assessment: assessment(&row)?,
        }))
    }

    /// Stores a re-run of a version's assessment (with today's factors, say) beside the first.
    pub async fn assessment_add(
        &self,
        org: OrgId,
        service: ServiceId,
        number: i64,
        assessment: NewAssessment,
    ) -> Result<Assessment> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        let version_id: i64 = sqlx::query_scalar(
            "SELECT v.id FROM versions v JOIN services s ON s.id = v.service_id \
             WHERE s.org_id = $1 AND s.id = $2 AND v.number = $3",
        )
        .bind(org.0)
        .bind(service.0)
        .bind(number)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id = insert_assessment(&mut tx, version_id, &assessment, now).await?;
        tx.commit().await?;
        Ok(Assessment {
            id,
            version: number,
            factor_edition: assessment.factor_edition,
            samples: assessment.samples,
            seed: assessment.seed,
            figures: assessment.figures,
            result: assessment.result,
            created_at: Timestamp::from_millisecond(ms(now)).unwrap_or(now),
        })
    }

    /// Every assessment of a version, oldest first (the first is the one made when saved).
    pub async fn assessments(
        &self,
        org: OrgId,
        service: ServiceId,
        number: i64,
    ) -> Result<Vec<Assessment>> {
        let rows = sqlx::query(concat!(
            "SELECT ",
            assessment_columns!(),
            " FROM assessments a JOIN versions v ON v.id = a.version_id \
             JOIN services s ON s.id = v.service_id \
             WHERE s.org_id = $1 AND s.id = $2 AND v.number = $3 ORDER BY a.id"
        ))
        .bind(org.0)
        .bind(service.0)
        .bind(number)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(assessment).collect()
    }

    // ---- background jobs ------------------------------------------------------------------

    pub async fn job_create(
        &self,
        org: OrgId,
        service: Option<ServiceId>,
        kind: &str,
        input: &str,
        created_by: UserId,
    ) -> Result<Job> {
        let now = Timestamp::now();
        let mut tx = self.write().await?;
        if let Some(service) = service {
            let count: i64 =
                sqlx::query_scalar("SELECT COUNT(*) FROM services WHERE id = $1 AND org_id = $2")
                    .bind(service.0)
                    .bind(org.0)
                    .fetch_one(&mut *tx)
                    .await?;
            if count == 0 {
                return Err(StoreError::NotFound);
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO jobs (org_id, service_id, kind, input, status, progress, created_by, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, 'queued', 0, $5, $6, $6) RETURNING id",
        )
        .bind(org.0)
        .bind(service.map(|s| s.0))
        .bind(kind)
        .bind(input)
        .bind(created_by.0)
        .bind(ms(now))
        .fetch_one(&mut *tx)
        .await
        .map_err(constraint)?;
        tx.commit().await?;
        let now = Timestamp::from_millisecond(ms(now)).unwrap_or(now);
        Ok(Job {
            id: JobId(id),
            org,
            service,
            kind: kind.to_owned(),
            input: input.to_owned(),
            status: JobStatus::Queued,
            progress: 0,
            result: None,
            error: None,
            created_at: now,
            updated_at: now,
        })
    }

    pub async fn job(&self, org: OrgId, job: JobId) -> Result<Option<Job>> {
        let row = sqlx::query(concat!(
            "SELECT ",
            job_columns!(),
            " FROM jobs WHERE org_id = $1 AND id = $2"
        ))
        .bind(org.0)
        .bind(job.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| self::job(&row)).transpose()
    }

    pub async fn jobs(&self, org: OrgId, service: Option<ServiceId>) -> Result<Vec<Job>> {
        let rows = match service {
            None => {
                sqlx::query(concat!(
                    "SELECT ",
                    job_columns!(),
                    " FROM jobs WHERE org_id = $1 ORDER BY id DESC"
                ))
                .bind(org.0)
                .fetch_all(&self.pool)
                .await?
            }
            Some(service) => {
                sqlx::query(concat!(
                    "SELECT ",
                    job_columns!(),
                    " FROM jobs WHERE org_id = $1 AND service_id = $2 ORDER BY id DESC"
                ))
                .bind(org.0)
                .bind(service.0)
                .fetch_all(&self.pool)
                .await?
            }
        };
        rows.iter().map(job).collect()
    }

    /// Records a job's progress, and its result or error when it ends.
    pub async fn job_update(
        &self,
        org: OrgId,
        job: JobId,
        status: JobStatus,
        progress: i64,
        result: Option<&str>,
        error: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let updated = sqlx::query(
            "UPDATE jobs SET status = $1, progress = $2, result = $3, error = $4, updated_at = $5 \
             WHERE org_id = $6 AND id = $7",
        )
        .bind(status_str(status))
        .bind(progress)
        .bind(result)
        .bind(error)
        .bind(ms(Timestamp::now()))
        .bind(org.0)
        .bind(job.0)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Jobs left queued or running by a server that stopped: marked failed on start, with the
    /// error `{"id":"server-job-abandoned","args":{}}`.
    pub async fn jobs_abandon(&self) -> Result<u64> {
        let mut tx = self.write().await?;
        let abandoned = sqlx::query(
            "UPDATE jobs SET status = 'failed', error = $1, updated_at = $2 \
             WHERE status IN ('queued', 'running')",
        )
        .bind(JOB_ABANDONED)
        .bind(ms(Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(abandoned.rows_affected())
    }

    // ---- maintenance ----------------------------------------------------------------------

    /// A consistent copy of a SQLite database, made while it is in use (`VACUUM INTO`).
    /// PostgreSQL deployments use `pg_dump`; this returns `Url` for them. The copy must not
    /// exist yet; it is synced to disk before this returns.
    pub async fn backup(&self, to: &Path) -> Result<()> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Url);
        }
        let to = std::path::absolute(to).map_err(io)?;
        let text = to.to_str().ok_or(StoreError::Url)?;
        sqlx::query("VACUUM INTO $1")
            .bind(text)
            .execute(&self.pool)
            .await?;
        std::fs::File::open(&to)
            .and_then(|file| file.sync_all())
            .map_err(io)?;
        Ok(())
    }

    /// SQLite's `PRAGMA integrity_check` (and `foreign_key_check`): the problems it lists, none
    /// when the file is sound. On both databases, checks the server's own invariants too: every
    /// version has an assessment, every service a version, and each service's latest number is
    /// its newest version's.
    pub async fn integrity_check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut conn = self.pool.acquire().await?;
        if self.backend == Backend::Sqlite {
            for row in sqlx::query("PRAGMA integrity_check")
                .fetch_all(&mut *conn)
                .await?
            {
                let text: String = row.try_get(0)?;
                if text != "ok" {
                    problems.push(text);
                }
            }
            for row in sqlx::query("PRAGMA foreign_key_check")
                .fetch_all(&mut *conn)
                .await?
            {
                let table: String = row.try_get(0)?;
                let rowid: Option<i64> = row.try_get(1)?;
                let parent: String = row.try_get(2)?;
                problems.push(format!(
                    "{table} row {} refers to a missing row of {parent}",
                    rowid.map_or_else(|| "?".to_owned(), |id| id.to_string())
                ));
            }
        }
        let invariants: [(&str, &str); 3] = [
            (
                "SELECT v.id FROM versions v WHERE NOT EXISTS \
                 (SELECT 1 FROM assessments a WHERE a.version_id = v.id) ORDER BY v.id",
                "version {} has no assessment",
            ),
            (
                "SELECT s.id FROM services s WHERE NOT EXISTS \
                 (SELECT 1 FROM versions v WHERE v.service_id = s.id) ORDER BY s.id",
                "service {} has no version",
            ),
            (
                "SELECT s.id FROM services s WHERE s.latest <> \
                 (SELECT COALESCE(MAX(v.number), 0) FROM versions v WHERE v.service_id = s.id) \
                 ORDER BY s.id",
                "service {}'s latest version number is not its newest version's",
            ),
        ];
        for (query, problem) in invariants {
            for id in sqlx::query_scalar::<_, i64>(query)
                .fetch_all(&mut *conn)
                .await?
            {
                problems.push(problem.replace("{}", &id.to_string()));
            }
        }
        Ok(problems)
    }
}

fn credentials(row: &AnyRow) -> Result<Credentials> {
    Ok(Credentials {
        user: user(row)?,
        password_hash: row.try_get("password_hash")?,
    })
}

fn api_token(row: &AnyRow) -> Result<ApiToken> {
    Ok(ApiToken {
        id: row.try_get("id")?,
        org: OrgId(row.try_get("org_id")?),
        name: row.try_get("name")?,
        scope: scope(row, "scope")?,
        created_at: time(row, "created_at")?,
    })
}

async fn insert_user(
    tx: &mut Transaction<'static, Any>,
    email: &str,
    name: &str,
    password_hash: &str,
    is_admin: bool,
    now: Timestamp,
) -> Result<User> {
    let email = email_key(email);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, is_admin, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(&email)
    .bind(name)
    .bind(password_hash)
    .bind(i64::from(is_admin))
    .bind(ms(now))
    .fetch_one(&mut **tx)
    .await
    .map_err(constraint)?;
    Ok(User {
        id: UserId(id),
        email,
        name: name.to_owned(),
        is_admin,
        created_at: Timestamp::from_millisecond(ms(now)).unwrap_or(now),
    })
}

async fn upsert_member(
    tx: &mut Transaction<'static, Any>,
    org: OrgId,
    user: UserId,
    role: Role,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3) \
         ON CONFLICT (org_id, user_id) DO UPDATE SET role = excluded.role",
    )
    .bind(org.0)
    .bind(user.0)
    .bind(role.as_str())
    .execute(&mut **tx)
    .await
    .map_err(constraint)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_sqlite_files_or_postgres() {
        assert_eq!(
            target("sero.db").unwrap(),
            Target::Sqlite(PathBuf::from("sero.db"))
        );
        assert_eq!(
            target("sqlite:data/sero.db").unwrap(),
            Target::Sqlite(PathBuf::from("data/sero.db"))
        );
        assert_eq!(
            target("sqlite:///var/lib/sero/sero.db").unwrap(),
            Target::Sqlite(PathBuf::from("/var/lib/sero/sero.db"))
        );
        assert_eq!(
            target("postgresql://sero@db/sero").unwrap(),
            Target::Postgres("postgresql://sero@db/sero".into())
        );
        for bad in [
            "",
            "sqlite:",
            "sqlite::memory:",
            "mysql://db/sero",
            "sqlite:a.db?mode=ro",
        ] {
            assert!(matches!(target(bad), Err(StoreError::Url)), "{bad}");
        }
    }

    #[tokio::test]
    async fn sqlite_connections_sync_every_commit_and_enforce_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("sero.db").to_str().unwrap())
            .await
            .unwrap();
        for pool in [&store.writer, &store.pool] {
            let mut conn = pool.acquire().await.unwrap();
            let mut pragma = async |name: &str| -> String {
                let row = sqlx::query(&format!("PRAGMA {name}"))
                    .fetch_one(&mut *conn)
                    .await
                    .unwrap();
                row.try_get::<String, _>(0)
                    .or_else(|_| row.try_get::<i64, _>(0).map(|n| n.to_string()))
                    .unwrap()
            };
            assert_eq!(pragma("journal_mode").await, "wal");
            // 2 is FULL.
            assert_eq!(pragma("synchronous").await, "2");
            assert_eq!(pragma("foreign_keys").await, "1");
            assert_eq!(pragma("busy_timeout").await, "5000");
        }
    }

    #[test]
    fn sqlite_urls_escape_what_sqlx_would_decode() {
        assert_eq!(
            sqlite_url(Path::new("/tmp/a b%20?#.db"), "rwc").unwrap(),
            "sqlite:///tmp/a%20b%2520%3F%23.db?mode=rwc"
        );
    }
}
