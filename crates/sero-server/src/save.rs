//! Saving a version: the one path every way of making a version goes through (the pages'
//! manifest form, the JSON API). The manifest is assessed off the async threads, then stored
//! with its assessment in one transaction: a manifest with an error stores nothing.

use std::sync::Arc;

use sero_i18n::{Message, msg};
use sero_manifest::tree::Format;
use sero_store::{Author, File, NewVersion, OrgId, Service, StoreError};

use crate::App;
use crate::assess::{self, Problem};
use crate::error::AppError;

/// The longest service name kept.
pub const MAX_NAME: usize = 200;

/// Where a version goes.
pub enum Target<'a> {
    /// A new service: its name (else the manifest's service name) and short name (else made
    /// from the name).
    NewService {
        org: OrgId,
        name: Option<&'a str>,
        slug: Option<&'a str>,
    },
    /// The next version of a service. Files not sent again are kept from its latest version.
    Version { org: OrgId, service: &'a Service },
}

/// A version to save, as sent.
pub struct Draft {
    pub author: Author,
    pub message: String,
    pub manifest: String,
    pub format: Format,
    pub files: Vec<File>,
}

/// A saved version.
pub struct Saved {
    pub service: Service,
    pub number: i64,
}

/// Why a version was not saved.
pub enum SaveError {
    /// The manifest (or a file name) has a problem; nothing was stored.
    Problem(Problem),
    /// The service's name or short name cannot be used.
    Name(Message),
    /// A service with that short name exists.
    Exists(Message),
    /// The request failed otherwise.
    App(AppError),
}

impl From<AppError> for SaveError {
    fn from(e: AppError) -> Self {
        SaveError::App(e)
    }
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::App(e.into())
    }
}

/// Assesses `draft` and stores it as `target`.
pub async fn save(app: &Arc<App>, target: Target<'_>, draft: Draft) -> Result<Saved, SaveError> {
    // PostgreSQL's text cannot hold U+0000: refused here, alike on both databases.
    let name_nul = matches!(&target, Target::NewService { name: Some(n), .. } if n.contains('\0'));
    if name_nul || draft.message.contains('\0') {
        return Err(SaveError::Name(msg!("web-text-nul")));
    }
    let mut files = draft.files;
    if let Target::Version { org, service } = &target {
        let versions = app.store.versions(*org, service.id).await?;
        let latest = versions
            .first()
            .map(|v| v.number)
            .ok_or(AppError::NotFound)?;
        let previous = app
            .store
            .version(*org, service.id, latest)
            .await?
            .ok_or(AppError::NotFound)?;
        for old in previous.files {
            if !files.iter().any(|f| f.name == old.name) {
                files.push(old);
            }
        }
    }
    let assessed = {
        let app = app.clone();
        let manifest = draft.manifest.clone();
        let files = files.clone();
        let format = draft.format;
        tokio::task::spawn_blocking(move || assess::run(&app, &manifest, format, &files))
            .await
            .map_err(|_| SaveError::App(AppError::BadRequest(msg!("web-error-internal"))))?
            .map_err(SaveError::Problem)?
    };
    let version = NewVersion {
        author: draft.author,
        message: draft.message,
        manifest: draft.manifest,
        format: assess::format_name(draft.format).to_owned(),
        files,
        assessment: assessed.stored,
    };
    match target {
        Target::NewService { org, name, slug } => {
            let name = match name.map(str::trim) {
                None | Some("") => assessed.assessment.service.clone(),
                Some(name) => name.to_owned(),
            };
            let slug = match slug.map(str::trim) {
                None | Some("") => slug_of(&name),
                Some(slug) => slug.to_owned(),
            };
            if name.trim().is_empty() || name.len() > MAX_NAME || !valid_slug(&slug) {
                return Err(SaveError::Name(msg!("web-name-needed")));
            }
            match app.store.service_create(org, &slug, &name, version).await {
                Ok((service, number)) => Ok(Saved { service, number }),
                Err(StoreError::Conflict) => Err(SaveError::Exists(msg!(
                    "web-service-exists",
                    name = name.as_str()
                ))),
                Err(e) => Err(e.into()),
            }
        }
        Target::Version { org, service } => {
            let number = app.store.version_save(org, service.id, version).await?;
            Ok(Saved {
                service: service.clone(),
                number,
            })
        }
    }
}

/// A slug: lowercase letters, digits and single hyphens, 1 to 60 characters.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 60
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A slug made from a name: lowercase ASCII letters and digits, runs of anything else one
/// hyphen.
pub fn slug_of(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        let c = match c {
            'â' | 'á' | 'à' | 'ä' => 'a',
            'ê' | 'é' | 'è' | 'ë' => 'e',
            'î' | 'í' | 'ì' | 'ï' => 'i',
            'ô' | 'ó' | 'ò' | 'ö' => 'o',
            'û' | 'ú' | 'ù' | 'ü' => 'u',
            'ŵ' | 'ẃ' | 'ẁ' | 'ẅ' => 'w',
            'ŷ' | 'ý' | 'ỳ' | 'ÿ' => 'y',
            other => other.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}
