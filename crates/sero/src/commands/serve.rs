//! `sero serve`, `sero admin …` and `sero backup`: the web application, its set-up from a
//! script, and a consistent copy of its SQLite database.
//!
//! The server itself is `sero-server`; its database `sero-store`. This module reads the flags
//! and the configuration file (TOML, located errors), opens the store, prints the one-time
//! administrator link on a first start, and runs.

use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use sero_core::msg;
use sero_manifest::diagnostic::SourceFile;
use sero_manifest::read;
use sero_manifest::tree::{self, Format};
use sero_store::{Role, Scope, Store, StoreError, digest, new_token};

use super::refuse;
use crate::Failure;
use crate::cli::{
    AdminCommand, BackupArgs, DatabaseChoice, LogFormat, RoleArg, ScopeArg, ServeArgs,
};
use crate::tr;

/// The default address: loopback only, so a first start exposes nothing.
const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// How long the first administrator's link works.
const SETUP_HOURS: i64 = 24;

/// What the configuration file may say.
#[derive(Debug, Default)]
struct FileConfig {
    listen: Option<SocketAddr>,
    database: Option<String>,
    public_url: Option<String>,
    allow_private_addresses: Option<bool>,
    log_format: Option<LogFormat>,
}

const CONFIG_KEYS: &[&str] = &[
    "listen",
    "database",
    "public_url",
    "allow_private_addresses",
    "log_format",
];

/// Reads the configuration file, its errors located at file:line:column.
fn read_config(path: &Path) -> Result<FileConfig, Failure> {
    let name = path.display().to_string();
    let text = tree::read_source(path).map_err(|e| match e {
        tree::SourceError::Io(e) => refuse(
            msg!(
                "serve-config-unreadable",
                path = name.as_str(),
                error = e.to_string()
            ),
            msg!("serve-config-hint"),
        ),
        other => Failure::input(render(&tree::refusal(&other, &name, None), &name, "")),
    })?;
    parse_config(&text).map_err(|d| Failure::input(render(&d, &name, &text)))
}

fn render(d: &sero_manifest::diagnostic::Diagnostic, name: &str, text: &str) -> String {
    d.render(&SourceFile::new(name, text), &crate::i18n::tr)
}

fn parse_config(text: &str) -> Result<FileConfig, sero_manifest::diagnostic::Diagnostic> {
    use sero_manifest::diagnostic::Diagnostic;
    let root = tree::parse(text, Format::Toml)?;
    let mut config = FileConfig::default();
    if root.is_null() {
        return Ok(config);
    }
    let what = &msg!("serve-config-what");
    let entries = read::map(&root, what)?;
    read::known_keys(entries, CONFIG_KEYS, what)?;
    if let Some(node) = read::optional(entries, "listen") {
        let text = read::text(node, &read::key("listen"))?;
        config.listen = Some(text.parse().map_err(|_| {
            Diagnostic::at(
                node.span,
                msg!("serve-config-listen", value = text.as_str()),
            )
            .with_hint(msg!("serve-config-listen-hint"))
        })?);
    }
    if let Some(node) = read::optional(entries, "database") {
        config.database = Some(read::text(node, &read::key("database"))?);
    }
    if let Some(node) = read::optional(entries, "public_url") {
        let url = read::text(node, &read::key("public_url"))?;
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(Diagnostic::at(
                node.span,
                msg!("serve-config-public-url", value = url.as_str()),
            )
            .with_hint(msg!("serve-config-public-url-hint")));
        }
        config.public_url = Some(url);
    }
    if let Some(node) = read::optional(entries, "allow_private_addresses") {
        config.allow_private_addresses =
            Some(read::boolean(node, &read::key("allow_private_addresses"))?);
    }
    if let Some(node) = read::optional(entries, "log_format") {
        let value = read::text(node, &read::key("log_format"))?;
        config.log_format = Some(match value.as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            _ => {
                return Err(Diagnostic::at(
                    node.span,
                    msg!("serve-config-log-format", value = value.as_str()),
                ));
            }
        });
    }
    Ok(config)
}

/// The database named by the flag, the configuration file, or the data folder's `sero.db`.
fn database(choice: &DatabaseChoice, file: &FileConfig) -> Result<String, Failure> {
    if let Some(db) = choice.database.clone().or_else(|| file.database.clone()) {
        return Ok(db);
    }
    let dir = sero_support::env::data_dir()
        .ok_or_else(|| refuse(msg!("serve-no-data-dir"), msg!("serve-no-data-dir-hint")))?;
    Ok(dir.join("sero.db").display().to_string())
}

fn file_config(choice: &DatabaseChoice) -> Result<FileConfig, Failure> {
    match &choice.config {
        Some(path) => read_config(path),
        None => Ok(FileConfig::default()),
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(Failure::from)
}

/// Opens the store, turning its errors into words.
async fn open(url: &str) -> Result<Store, Failure> {
    Store::open(url).await.map_err(|e| store_failure(&e, url))
}

/// A store error in words; a database URL's password is never printed.
fn store_failure(e: &StoreError, url: &str) -> Failure {
    let shown = redact(url);
    match e {
        StoreError::Url => refuse(
            msg!("serve-database-url", database = shown.as_str()),
            msg!("serve-database-url-hint"),
        ),
        StoreError::Migration(e) => refuse(
            msg!(
                "serve-migration-failed",
                database = shown.as_str(),
                error = e.to_string()
            ),
            msg!("serve-migration-hint"),
        ),
        other => refuse(
            msg!(
                "serve-database-failed",
                database = shown.as_str(),
                error = other.to_string()
            ),
            msg!("serve-database-hint"),
        ),
    }
}

/// A database URL without its password.
fn redact(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((userinfo, host)) = rest.split_once('@')
    {
        let user = userinfo.split(':').next().unwrap_or("");
        return format!("{scheme}://{user}@{host}");
    }
    url.to_owned()
}

pub fn run(args: ServeArgs) -> Result<(), Failure> {
    let file = file_config(&args.database)?;
    let listen = match args.listen.or(file.listen) {
        Some(l) => l,
        None => DEFAULT_LISTEN
            .parse()
            .map_err(|_| Failure::input(String::new()))?,
    };
    let log_format = args.log_format.or(file.log_format).unwrap_or_default();
    init_logs(log_format);
    let demo_dir = if args.demo {
        Some(tempfile::Builder::new().prefix("sero-demo-").tempdir()?)
    } else {
        None
    };
    let database = match &demo_dir {
        Some(dir) => dir.path().join("demo.db").display().to_string(),
        None => database(&args.database, &file)?,
    };
    let public_url = args.public_url.clone().or(file.public_url.clone());
    let config = sero_server::Config {
        listen,
        database: database.clone(),
        public_url,
        allow_private_addresses: args.allow_private_addresses
            || file.allow_private_addresses.unwrap_or(false),
    };
    runtime()?.block_on(async move {
        let store = open(&database).await?;
        let listener = tokio::net::TcpListener::bind(listen).await.map_err(|e| {
            refuse(
                msg!(
                    "serve-cannot-listen",
                    address = listen.to_string(),
                    error = e.to_string()
                ),
                msg!("serve-cannot-listen-hint"),
            )
        })?;
        // With port 0 the system chooses: links name the real one.
        let bound = listener.local_addr().unwrap_or(listen);
        let config = sero_server::Config {
            listen: bound,
            ..config
        };
        let abandoned = store.jobs_abandon().await.unwrap_or(0);
        if abandoned > 0 {
            tracing::warn!(
                jobs = abandoned,
                "jobs left by an earlier run marked failed"
            );
        }
        let app = sero_server::App::new(store.clone(), config.clone())
            .map_err(|e| Failure::input(e.to_string()))?;
        if args.demo {
            let login = sero_server::demo::seed(&app)
                .await
                .map_err(|e| store_failure(&e, &database))?;
            println!(
                "{}",
                tr!(
                    "serve-demo-ready",
                    url = config.base_url(),
                    email = login.email,
                    password = login.password
                )
            );
        } else if store
            .is_empty()
            .await
            .map_err(|e| store_failure(&e, &database))?
        {
            let link = setup_link(&store, &config.base_url())
                .await
                .map_err(|e| store_failure(&e, &database))?;
            println!("{}", tr!("serve-first-start", link = link));
        }
        println!(
            "{}",
            tr!(
                "serve-listening",
                url = config.base_url(),
                database = redact(&database)
            )
        );
        sero_server::serve(app, listener).await?;
        drop(demo_dir);
        Ok(())
    })
}

/// A new one-time link that creates the first administrator.
async fn setup_link(store: &Store, base: &str) -> Result<String, StoreError> {
    let token = new_token();
    let expires = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(SETUP_HOURS))
        .unwrap_or(jiff::Timestamp::MAX);
    store.setup_token_put(&digest(&token), expires).await?;
    Ok(format!("{base}/setup/{token}"))
}

/// Structured logs on stderr, filtered by `RUST_LOG` (default `info`).
fn init_logs(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

pub fn admin(command: AdminCommand) -> Result<(), Failure> {
    runtime()?.block_on(async move {
        match command {
            AdminCommand::SetupLink(args) => {
                let file = file_config(&args.database)?;
                let url = database(&args.database, &file)?;
                let store = open(&url).await?;
                if !store
                    .is_empty()
                    .await
                    .map_err(|e| store_failure(&e, &url))?
                {
                    return Err(refuse(
                        msg!("admin-setup-done"),
                        msg!("admin-setup-done-hint"),
                    ));
                }
                let base = args.public_url.or(file.public_url).unwrap_or_else(|| {
                    format!(
                        "http://{}",
                        file.listen
                            .map_or(DEFAULT_LISTEN.to_owned(), |l| l.to_string())
                    )
                });
                let link = setup_link(&store, base.trim_end_matches('/'))
                    .await
                    .map_err(|e| store_failure(&e, &url))?;
                println!("{link}");
                Ok(())
            }
            AdminCommand::CreateUser(args) => {
                let file = file_config(&args.database)?;
                let url = database(&args.database, &file)?;
                let store = open(&url).await?;
                let mut password = String::new();
                std::io::stdin()
                    .take(sero_server::auth::MAX_PASSWORD as u64 + 2)
                    .read_to_string(&mut password)?;
                let password = password.trim_end_matches(['\n', '\r']).to_owned();
                if let Some(problem) = sero_server::auth::password_problem(&password) {
                    return Err(refuse(problem, msg!("admin-password-hint")));
                }
                let hash = sero_server::auth::hash_password(&password);
                match store
                    .user_create(&args.email, &args.name, &hash, args.admin)
                    .await
                {
                    Ok(user) => {
                        println!("{}", tr!("admin-user-created", email = user.email));
                        Ok(())
                    }
                    Err(StoreError::Conflict) => Err(refuse(
                        msg!("admin-user-exists", email = args.email.as_str()),
                        msg!("admin-user-exists-hint"),
                    )),
                    Err(e) => Err(store_failure(&e, &url)),
                }
            }
            AdminCommand::CreateOrg(args) => {
                let file = file_config(&args.database)?;
                let url = database(&args.database, &file)?;
                if !sero_server::pages::valid_slug(&args.slug) {
                    return Err(refuse(
                        msg!("admin-slug-invalid", slug = args.slug.as_str()),
                        msg!("admin-slug-hint"),
                    ));
                }
                let store = open(&url).await?;
                match store.org_create(&args.slug, &args.name).await {
                    Ok(org) => {
                        println!("{}", tr!("admin-org-created", slug = org.slug));
                        Ok(())
                    }
                    Err(StoreError::Conflict) => Err(refuse(
                        msg!("admin-org-exists", slug = args.slug.as_str()),
                        msg!("admin-slug-hint"),
                    )),
                    Err(e) => Err(store_failure(&e, &url)),
                }
            }
            AdminCommand::AddMember(args) => {
                let file = file_config(&args.database)?;
                let url = database(&args.database, &file)?;
                let store = open(&url).await?;
                let org = find_org(&store, &args.org, &url).await?;
                let user = store
                    .credentials(&args.email.to_lowercase())
                    .await
                    .map_err(|e| store_failure(&e, &url))?
                    .ok_or_else(|| {
                        refuse(
                            msg!("admin-no-user", email = args.email.as_str()),
                            msg!("admin-no-user-hint"),
                        )
                    })?;
                let role = match args.role {
                    RoleArg::Viewer => Role::Viewer,
                    RoleArg::Editor => Role::Editor,
                    RoleArg::Admin => Role::Admin,
                };
                store
                    .member_set(org.id, user.user.id, role)
                    .await
                    .map_err(|e| store_failure(&e, &url))?;
                println!(
                    "{}",
                    tr!(
                        "admin-member-set",
                        email = user.user.email,
                        org = org.slug,
                        role = role.as_str()
                    )
                );
                Ok(())
            }
            AdminCommand::CreateToken(args) => {
                let file = file_config(&args.database)?;
                let url = database(&args.database, &file)?;
                let store = open(&url).await?;
                let org = find_org(&store, &args.org, &url).await?;
                let scope = match args.scope {
                    ScopeArg::Read => Scope::Read,
                    ScopeArg::Write => Scope::Write,
                };
                // A token made from the command line is made by the organisation's first
                // administrator (the store records who made each token).
                let members = store
                    .members(org.id)
                    .await
                    .map_err(|e| store_failure(&e, &url))?;
                let Some(by) = members.iter().find(|m| m.role == Role::Admin) else {
                    return Err(refuse(
                        msg!("admin-token-no-admin", org = org.slug.as_str()),
                        msg!("admin-token-no-admin-hint"),
                    ));
                };
                let token = format!("sero_{}", new_token());
                store
                    .api_token_create(org.id, &args.name, scope, &digest(&token), by.user.id)
                    .await
                    .map_err(|e| store_failure(&e, &url))?;
                println!("{token}");
                Ok(())
            }
        }
    })
}

async fn find_org(store: &Store, slug: &str, url: &str) -> Result<sero_store::Org, Failure> {
    store
        .org_by_slug(slug)
        .await
        .map_err(|e| store_failure(&e, url))?
        .ok_or_else(|| refuse(msg!("admin-no-org", slug = slug), msg!("admin-no-org-hint")))
}

pub fn backup(args: BackupArgs) -> Result<(), Failure> {
    let file = file_config(&args.database)?;
    let url = database(&args.database, &file)?;
    if args.destination.exists() {
        return Err(refuse(
            msg!(
                "backup-exists",
                path = args.destination.display().to_string()
            ),
            msg!("backup-exists-hint"),
        ));
    }
    let destination: PathBuf = args.destination.clone();
    runtime()?.block_on(async move {
        if !url.starts_with("postgres") && !Path::new(url.trim_start_matches("sqlite:")).exists() {
            return Err(refuse(
                msg!("backup-no-database", database = url.as_str()),
                msg!("serve-database-hint"),
            ));
        }
        let store = open(&url).await?;
        match store.backup(&destination).await {
            Ok(()) => {
                println!(
                    "{}",
                    tr!("backup-done", path = destination.display().to_string())
                );
                Ok(())
            }
            Err(StoreError::Url) => Err(refuse(
                msg!("backup-postgres"),
                msg!("backup-postgres-hint"),
            )),
            Err(e) => Err(store_failure(&e, &url)),
        }
    })
}
