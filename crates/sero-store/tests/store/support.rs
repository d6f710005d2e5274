//! Every test runs twice: on SQLite (a temporary file) and on PostgreSQL (a fresh database on
//! the server at `SERO_TEST_POSTGRES_URL`, dropped at the end). When that variable is unset the
//! PostgreSQL half says so on stderr; when it is set but the server cannot be reached, it fails.

use std::future::Future;
use std::io::Write;
use std::path::PathBuf;

use sero_store::{Author, Backend, Figures, File, NewAssessment, NewVersion, OrgId, Store, UserId};
use sqlx::{Connection, Executor};

/// A store to test, its URL (to open it again or reach it with plain SQL) and a scratch folder.
pub struct Db {
    pub store: Store,
    pub url: String,
    pub dir: PathBuf,
}

impl Db {
    pub fn backend(&self) -> Backend {
        self.store.backend()
    }

    /// A plain connection to the same database, for what the store's interface cannot do.
    pub async fn raw(&self) -> sqlx::AnyConnection {
        sqlx::AnyConnection::connect(&self.raw_url())
            .await
            .expect("a plain connection to the test database")
    }

    fn raw_url(&self) -> String {
        match self.backend() {
            Backend::Sqlite => format!("sqlite://{}", self.url),
            Backend::Postgres => self.url.clone(),
        }
    }
}

#[macro_export]
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                $crate::support::on_sqlite(super::$name).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                $crate::support::on_postgres(module_path!(), super::$name).await
            }
        }
    )*};
}

async fn run<F, Fut>(db: Db, test: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    if let Err(error) = tokio::spawn(test(db)).await {
        std::panic::resume_unwind(error.into_panic());
    }
}

pub async fn on_sqlite<F, Fut>(test: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("data").join("sero.db");
    let url = path.to_str().expect("a UTF-8 temporary path").to_owned();
    let store = Store::open(&url).await.expect("open a new SQLite store");
    let scratch = dir.path().to_path_buf();
    run(
        Db {
            store,
            url,
            dir: scratch,
        },
        test,
    )
    .await;
}

pub async fn on_postgres<F, Fut>(name: &str, test: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(admin_url) = sero_support::EnvVars::SERO_TEST_POSTGRES_URL.get() else {
        let _ = writeln!(
            std::io::stderr(),
            "SERO_TEST_POSTGRES_URL is not set: {name} did not run on PostgreSQL"
        );
        return;
    };
    sqlx::any::install_default_drivers();
    let mut admin = sqlx::AnyConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|e| {
            panic!("SERO_TEST_POSTGRES_URL is set, but its server cannot be reached: {e}")
        });
    // A generated identifier (hex digits), not a value: CREATE DATABASE takes no parameters.
    let database = format!("sero_test_{}", &sero_store::new_token()[..16]);
    admin
        .execute(format!("CREATE DATABASE {database}").as_str())
        .await
        .expect("create a test database");
    let url = with_database(&admin_url, &database);
    let store = Store::open(&url)
        .await
        .expect("open a new PostgreSQL store");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let outcome = tokio::spawn(test(Db {
        store,
        url,
        dir: dir.path().to_path_buf(),
    }))
    .await;
    admin
        .execute(format!("DROP DATABASE {database} WITH (FORCE)").as_str())
        .await
        .expect("drop the test database");
    if let Err(error) = outcome {
        std::panic::resume_unwind(error.into_panic());
    }
}

/// `postgres://user@host:port/db?options` with `database` in place of `db`.
fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority = base.find("://").map_or(0, |at| at + 3);
    let base = match base[authority..].find('/') {
        Some(slash) => &base[..authority + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{base}/{database}?{query}"),
        None => format!("{base}/{database}"),
    }
}

pub fn figures(total_kg: f64) -> Figures {
    Figures {
        total_kg,
        low_kg: total_kg * 0.8,
        high_kg: total_kg * 1.25,
        per_transaction_kg: Some(total_kg / 1000.0),
    }
}

pub fn assessment(total_kg: f64) -> NewAssessment {
    NewAssessment {
        factor_edition: "sero-factors 2026.1 (sha256:0123)".into(),
        samples: 10_000,
        seed: 42,
        figures: figures(total_kg),
        result: format!("{{\"total_kg\":{total_kg}}}"),
    }
}

pub fn version(author: Author, message: &str, total_kg: f64, files: Vec<File>) -> NewVersion {
    NewVersion {
        author,
        message: message.into(),
        manifest: format!("name: Test\n# {message}\n"),
        format: "yaml".into(),
        files,
        assessment: assessment(total_kg),
    }
}

pub fn file(name: &str, content: &[u8]) -> File {
    File {
        name: name.into(),
        kind: "activity".into(),
        content: content.to_vec(),
    }
}

/// A person and an organisation they administer.
pub async fn org_with_admin(store: &Store, slug: &str) -> (OrgId, UserId) {
    let user = store
        .user_create(
            &format!("admin@{slug}.example"),
            &format!("Admin of {slug}"),
            "hash",
            false,
        )
        .await
        .expect("create a person");
    let org = store
        .org_create(slug, &format!("Organisation {slug}"))
        .await
        .expect("create an organisation");
    store
        .member_set(org.id, user.id, sero_store::Role::Admin)
        .await
        .expect("make them its administrator");
    (org.id, user.id)
}
