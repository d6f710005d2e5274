//! A version's manifest and files, read and assessed as `sero estimate` does, and the result
//! rendered once, when saved, in both languages: what the service page shows is what was
//! computed then, with the factor edition it used.

use sero_core::compare;
use sero_core::evaluate::{Assessment, Options, assess};
use sero_core::factor::FactorLibrary;
use sero_core::service::Service;
use sero_i18n::{Lang, Message, msg};
use sero_manifest::manifest::{self, ManifestError, Schema};
use sero_manifest::tree::Format;
use sero_store::{Figures, File, NewAssessment};

use crate::App;

/// The Monte Carlo draws of every assessment (as `sero estimate`'s default), and the seed.
pub const SAMPLES: usize = 1000;
pub const SEED: u64 = 1;

/// The longest activity file name kept with a version.
const MAX_FILE_NAME: usize = 100;

/// A manifest that could not be assessed.
pub enum Problem {
    /// The manifest's located error: where, and the error rendered rustc-style.
    Manifest(Box<ManifestError>),
    /// Something about the request itself (a file name, the format).
    Request(Message),
}

impl Problem {
    /// The words of the problem, for a page or a JSON error.
    pub fn render(&self, localizer: &sero_i18n::Localizer) -> String {
        match self {
            Problem::Manifest(e) => e.render(&|m: &Message| localizer.render(m)),
            Problem::Request(m) => localizer.render(m),
        }
    }

    /// `name:line:column`, for a manifest error.
    pub fn location(&self) -> Option<&str> {
        match self {
            Problem::Manifest(e) => Some(&e.location),
            Problem::Request(_) => None,
        }
    }
}

/// The format of a manifest, by name: `yaml`, `toml`, `json`.
pub fn format_of(name: &str) -> Option<Format> {
    match name {
        "yaml" | "yml" => Some(Format::Yaml),
        "toml" => Some(Format::Toml),
        "json" => Some(Format::Json),
        _ => None,
    }
}

pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Yaml => "yaml",
        Format::Toml => "toml",
        Format::Json => "json",
    }
}

/// Whether a file name may be kept with a version (and written in a folder): letters, digits,
/// `.`, `-`, `_`, not starting with a dot.
pub fn safe_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_FILE_NAME
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// A manifest read and assessed.
pub struct Assessed {
    pub assessment: Assessment,
    pub stored: NewAssessment,
}

/// Reads and assesses a manifest with its files, with the current factor library.
pub fn run(app: &App, manifest: &str, format: Format, files: &[File]) -> Result<Assessed, Problem> {
    let (service, assessment) = read(app, manifest, format, files)?;
    let stored = store(app, &service, &assessment);
    Ok(Assessed { assessment, stored })
}

/// Reads a manifest with its files and assesses it (nothing rendered).
pub fn read(
    app: &App,
    manifest: &str,
    format: Format,
    files: &[File],
) -> Result<(Service, Assessment), Problem> {
    for file in files {
        if !safe_file_name(&file.name) {
            return Err(Problem::Request(msg!(
                "web-file-name-refused",
                name = file.name.as_str()
            )));
        }
    }
    let folder = tempfile::tempdir()
        .map_err(|e| Problem::Request(msg!("web-error-files", detail = e.to_string())))?;
    for file in files {
        std::fs::write(folder.path().join(&file.name), &file.content)
            .map_err(|e| Problem::Request(msg!("web-error-files", detail = e.to_string())))?;
    }
    let name = format!("service.{}", format_name(format));
    let exists = |id: &str| app.factors.get(id).is_some();
    let schema = Schema {
        registry: &app.registry,
        factor_exists: &exists,
    };
    let service = manifest::parse_in(manifest, &name, format, &schema, folder.path())
        .map_err(|e| Problem::Manifest(Box::new(e)))?;
    let options = Options {
        samples: SAMPLES,
        seed: SEED,
        explain: true,
    };
    let assessment = assess(&service, &app.registry, &app.factors, options);
    Ok((service, assessment))
}

/// What is kept of an assessment: figures in columns, and the JSON document and the report in
/// both languages, rendered now.
fn store(app: &App, service: &Service, a: &Assessment) -> NewAssessment {
    let interval = a.interval;
    let total = a.co2e_kg();
    let figures = Figures {
        total_kg: total,
        low_kg: interval.map_or(total, |i| i.low),
        high_kg: interval.map_or(total, |i| i.high),
        per_transaction_kg: (a.transactions > 0.0).then(|| a.per_unit_kg()),
    };
    // The channel comparison, when the service has more than one channel to compare.
    let comparison = (a.channels.len() > 1)
        .then(|| compare::report(service, a, &app.registry, &app.factors, &[]).ok())
        .flatten();
    let mut html = serde_json::Map::new();
    let mut csv = serde_json::Map::new();
    for lang in Lang::ALL {
        let localizer = app.localizer(lang);
        let mut sections = sero_render::estimate::html_sections(a, None, &[], localizer);
        if let Some(report) = &comparison {
            sections.push_str(&sero_render::compare::html_sections(
                report,
                &[],
                &[],
                None,
                localizer,
            ));
        }
        sections.push_str(&sero_render::estimate::explain_sections(a, localizer));
        html.insert(lang.code().to_owned(), serde_json::Value::String(sections));
        csv.insert(
            lang.code().to_owned(),
            serde_json::Value::String(sero_render::estimate::csv(a, localizer)),
        );
    }
    // The JSON document as `sero estimate --format json` writes it (its words in English, as
    // the command line's default).
    let body = sero_render::estimate::json(a, &[], app.localizer(Lang::En));
    let estimate =
        sero_render::document::stamp(sero_render::document::Kind::Estimate, Some(&a.period), body)
            .unwrap_or_default();
    let result = serde_json::json!({
        "estimate": estimate,
        "html": html,
        "csv": csv,
    });
    NewAssessment {
        factor_edition: app.edition.clone(),
        samples: SAMPLES as i64,
        seed: SEED as i64,
        figures,
        result: result.to_string(),
    }
}

/// The stored parts of an assessment's result.
pub struct Stored {
    pub estimate: serde_json::Value,
    pub html: String,
    pub csv: String,
}

/// Reads a stored result in a language.
pub fn stored(result: &str, lang: Lang) -> Stored {
    let value: serde_json::Value = serde_json::from_str(result).unwrap_or_default();
    let text = |key: &str| {
        value[key][lang.code()]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    Stored {
        estimate: value["estimate"].clone(),
        html: text("html"),
        csv: text("csv"),
    }
}

/// One part of a stored result in both languages.
#[derive(serde::Deserialize, Default)]
struct Languages {
    #[serde(default)]
    en: String,
    #[serde(default)]
    cy: String,
}

#[derive(serde::Deserialize)]
struct HtmlOnly {
    #[serde(default)]
    html: Languages,
}

/// The stored report of a result in a language, reading nothing else of it (a service page's
/// read path: the other parts are skipped, not built).
pub fn stored_html(result: &str, lang: Lang) -> String {
    let parts: HtmlOnly = serde_json::from_str(result).unwrap_or(HtmlOnly {
        html: Languages::default(),
    });
    match lang {
        Lang::En => parts.html.en,
        Lang::Cy => parts.html.cy,
    }
}

#[derive(serde::Deserialize)]
struct ChannelsOnly {
    estimate: EstimateChannels,
}

#[derive(serde::Deserialize)]
struct EstimateChannels {
    #[serde(default)]
    channels: Vec<Channel>,
}

#[derive(serde::Deserialize)]
struct Channel {
    id: String,
    #[serde(default)]
    name: Option<String>,
}

/// The channels of a stored result: (id, name), reading nothing else of it.
pub fn stored_channels(result: &str) -> Vec<(String, String)> {
    serde_json::from_str::<ChannelsOnly>(result)
        .map(|parts| {
            parts
                .estimate
                .channels
                .into_iter()
                .map(|c| {
                    let name = c.name.unwrap_or_else(|| c.id.clone());
                    (c.id, name)
                })
                .collect()
        })
        .unwrap_or_default()
}
