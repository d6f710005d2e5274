//! What every request shares: the store, the configuration, the factor library and model
//! registry, the two languages' localizers and the sign-in limiter.

use std::net::SocketAddr;
use std::sync::Arc;

use sero_core::factor::FactorSet;
use sero_core::models::Registry;
use sero_i18n::{Lang, Localizer};
use sero_store::Store;

use crate::limit::Limiter;

/// How the server runs (from `sero serve`'s flags and configuration file).
#[derive(Debug, Clone)]
pub struct Config {
    /// The address it listens on.
    pub listen: SocketAddr,
    /// The database: a SQLite path or a `postgres://` URL.
    pub database: String,
    /// The address people reach it at (`https://sero.example.gov.wales`), for the links it
    /// prints; `https` makes its cookies `Secure`.
    pub public_url: Option<String>,
    /// Whether page measurement may reach private, loopback and link-local addresses.
    pub allow_private_addresses: bool,
}

impl Config {
    /// The base of links the server prints (the public URL, or the listening address).
    pub fn base_url(&self) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.listen),
        }
    }

    /// Cookies are `Secure` when people reach the server over TLS.
    pub fn secure_cookies(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }
}

/// Page measurements run at once: Chromium takes a few hundred megabytes and a core.
pub const JOBS_AT_ONCE: usize = 2;

/// The queue of background jobs (`crate::jobs`): a job waits for one of [`JOBS_AT_ONCE`]
/// places before its browser starts.
pub struct JobQueue {
    pub(crate) permits: Arc<tokio::sync::Semaphore>,
    /// How pages are measured (Chromium found on the PATH).
    pub options: sero_measure::Options,
}

impl Default for JobQueue {
    fn default() -> Self {
        JobQueue {
            permits: Arc::new(tokio::sync::Semaphore::new(JOBS_AT_ONCE)),
            options: sero_measure::Options::default(),
        }
    }
}

/// The application's shared state.
pub struct App {
    pub store: Store,
    pub config: Config,
    pub registry: Registry,
    pub factors: FactorSet,
    /// The factor library's edition, recorded with every assessment.
    pub edition: String,
    pub limiter: Limiter,
    /// The queue of background jobs (page measurements).
    pub jobs: JobQueue,
    english: Localizer,
    welsh: Localizer,
}

impl App {
    pub fn new(store: Store, config: Config) -> Result<Arc<App>, sero_factors::LoadError> {
        Ok(Arc::new(App {
            store,
            config,
            registry: Registry::bundled(),
            factors: sero_factors::bundled()?,
            edition: edition(),
            limiter: Limiter::default(),
            jobs: JobQueue::default(),
            english: Localizer::new(Lang::En),
            welsh: Localizer::new(Lang::Cy),
        }))
    }

    pub fn localizer(&self, lang: Lang) -> &Localizer {
        match lang {
            Lang::En => &self.english,
            Lang::Cy => &self.welsh,
        }
    }
}

/// `sero-factors <version> sha256:<first 16 hex digits>` over the bundled data files: two
/// assessments with the same edition used the same factors.
pub fn edition() -> String {
    use sha2::Digest;
    let mut hasher = sha2::Sha256::new();
    for source in sero_factors::bundled_sources() {
        hasher.update((source.len() as u64).to_le_bytes());
        hasher.update(source.as_bytes());
    }
    let digest = hex::encode(hasher.finalize());
    format!(
        "sero {} sha256:{}",
        env!("CARGO_PKG_VERSION"),
        &digest[..16]
    )
}
