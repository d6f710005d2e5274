//! sero's factor library: the bundled factors (compiled into the binary) and the reader for
//! users' factor files, which add factors or override bundled ones.
//!
//! The data live in `data/`: `factors.yaml` (every factor with its source),
//! `devices.yaml` (the device and server archetypes, derived by `scripts/device-archetypes` from
//! Boavizta's environmental-footprint-data under the Open Database License) and
//! `grid-average-intensity-ember.csv` (annual grid averages by country, as bundled in CO2.js
//! 0.19.0). This crate reads files only when asked to load a user's file.

use std::collections::HashMap;
use std::path::Path;

use sero_core::factor::{Citation, Factor, FactorLibrary, FactorSet, Spread};
use sero_core::msg;
use sero_core::units::find_unit;
use sero_manifest::diagnostic::{Diagnostic, suggestion};
use sero_manifest::manifest::ManifestError;
use sero_manifest::read;
use sero_manifest::tree::{self, Format, Node};

const BUNDLED_FACTORS: &str = include_str!("../data/factors.yaml");
/// The device and server archetypes (ODbL 1.0, derived from Boavizta's data); it may name the
/// sources and spread classes of `factors.yaml`.
const BUNDLED_DEVICES: &str = include_str!("../data/devices.yaml");
const BUNDLED_GRID_AVERAGES: &str = include_str!("../data/grid-average-intensity-ember.csv");

/// The bundled library's data files, in a fixed order: what an edition digest is taken over, so
/// that a stored assessment names exactly the factors it used.
pub fn bundled_sources() -> [&'static str; 3] {
    [BUNDLED_FACTORS, BUNDLED_DEVICES, BUNDLED_GRID_AVERAGES]
}

/// Citation of the Ember annual grid averages as CO2.js 0.19.0 bundles them.
const EMBER_PUBLISHER: &str = "Ember, via The Green Web Foundation's CO2.js";
const EMBER_TITLE: &str = "Yearly electricity data: emissions intensity (gCO2e/kWh), latest year per country, as bundled in CO2.js (src/data/average-intensities.min.js)";
const EMBER_EDITION: &str = "@tgwf/co2 0.19.0 (data refreshed 2025-08-03)";
const EMBER_URL: &str = "https://ember-climate.org/data/data-explorer/";
const EMBER_LICENCE: &str = "CC BY-SA 4.0";
/// The Ember averages give no range; the default spread for national statistics applies.
const EMBER_SPREAD_CLASS: &str = "official";

/// Why a factor file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read factor file `{path}`: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A located problem: the diagnostic with the file it points into (rendered with file,
    /// line and column by the caller, in the reader's language).
    #[error(transparent)]
    Invalid(Box<ManifestError>),
}

/// The library sero ships with.
pub fn bundled() -> Result<FactorSet, LoadError> {
    let mut set = FactorSet::new();
    let document = Document::parse(BUNDLED_FACTORS, "factors.yaml (bundled)", Format::Yaml)?;
    for factor in document.factors {
        set.insert(factor);
    }
    let devices = Document::parse_with_bundled_classes(
        BUNDLED_DEVICES,
        "devices.yaml (bundled)",
        Format::Yaml,
        true,
    )?;
    for factor in devices.factors {
        let id = factor.id.clone();
        if set.insert(factor).is_some() {
            return Err(invalid(
                &Diagnostic::new(msg!("manifest-factor-defined-twice", factor = id)),
                "devices.yaml (bundled)",
                BUNDLED_DEVICES,
            ));
        }
    }
    for factor in grid_averages(&document.spreads)? {
        set.insert(factor);
    }
    Ok(set)
}

/// Reads a user's factor file (YAML, TOML or JSON by extension).
pub fn load_file(path: &Path) -> Result<Vec<Factor>, LoadError> {
    let name = path.display().to_string();
    // Read whole only within sero's limit on a file's size, and as UTF-8 (else placed).
    let text = sero_manifest::tree::read_source(path).map_err(|error| match error {
        sero_manifest::tree::SourceError::Io(source) => LoadError::Io {
            path: name.clone(),
            source,
        },
        other => LoadError::Invalid(Box::new(ManifestError::new(
            tree::refusal(&other, &name, None),
            &name,
            "",
        ))),
    })?;
    let format = Format::from_path(&name);
    Ok(Document::parse_with_bundled_classes(&text, &name, format, false)?.factors)
}

/// Adds `factors` to `set`, returning the ids that replaced bundled ones.
pub fn apply_overrides(set: &mut FactorSet, factors: Vec<Factor>) -> Vec<String> {
    let mut replaced = Vec::new();
    for factor in factors {
        let id = factor.id.clone();
        if set.insert(factor).is_some() {
            replaced.push(id);
        }
    }
    replaced
}

/// Factors whose id starts with `prefix` or whose tags contain it.
pub fn filter<'l>(library: &'l dyn FactorLibrary, query: Option<&str>) -> Vec<&'l Factor> {
    library
        .all()
        .into_iter()
        .filter(|f| match query {
            None => true,
            Some(q) => {
                let q = q.to_ascii_lowercase();
                f.id.to_ascii_lowercase().starts_with(&q)
                    || f.tags.iter().any(|t| t.eq_ignore_ascii_case(&q))
            }
        })
        .collect()
}

#[derive(Clone, Debug)]
struct SpreadClass {
    relative: f64,
    reason: String,
}

#[derive(Clone, Debug)]
struct SourceEntry {
    citation: Citation,
    licence: String,
}

struct Document {
    spreads: HashMap<String, SpreadClass>,
    factors: Vec<Factor>,
}

impl Document {
    /// The bundled factors: not subject to the limit on the size of people's files.
    fn parse(text: &str, name: &str, format: Format) -> Result<Document, LoadError> {
        Self::parse_inner(text, name, format, HashMap::new(), HashMap::new(), true)
    }

    /// A file that may name the bundled sources and spread classes: a user's file, or the
    /// bundled device archetypes (`bundled`: not subject to the limit on people's files).
    fn parse_with_bundled_classes(
        text: &str,
        name: &str,
        format: Format,
        bundled: bool,
    ) -> Result<Document, LoadError> {
        let bundled_root = tree::parse_bundled(BUNDLED_FACTORS, Format::Yaml)
            .map_err(|d| invalid(&d, "factors.yaml (bundled)", BUNDLED_FACTORS))?;
        let sources = read_sources(&bundled_root)
            .map_err(|d| invalid(&d, "factors.yaml (bundled)", BUNDLED_FACTORS))?;
        let spreads = read_spreads(&bundled_root)
            .map_err(|d| invalid(&d, "factors.yaml (bundled)", BUNDLED_FACTORS))?;
        Self::parse_inner(text, name, format, sources, spreads, bundled)
    }

    fn parse_inner(
        text: &str,
        name: &str,
        format: Format,
        mut sources: HashMap<String, SourceEntry>,
        mut spreads: HashMap<String, SpreadClass>,
        bundled: bool,
    ) -> Result<Document, LoadError> {
        let result = (|| {
            let root = if bundled {
                tree::parse_bundled(text, format)?
            } else {
                tree::parse(text, format)?
            };
            let what = &msg!("manifest-what-factor-file");
            let entries = read::map(&root, what)?;
            read::known_keys(entries, &["sources", "spreads", "factors"], what)?;
            sources.extend(read_sources(&root)?);
            spreads.extend(read_spreads(&root)?);
            let list = read::required(&root, entries, "factors", what)?;
            let mut factors: Vec<Factor> = Vec::new();
            let mut seen: HashMap<String, tree::Span> = HashMap::new();
            for item in read::seq(list, &read::key("factors"))? {
                let factor = read_factor(item, &sources, &spreads)?;
                if let Some(first) = seen.get(&factor.id) {
                    return Err(Diagnostic::at(
                        item.span,
                        msg!("manifest-factor-defined-twice", factor = &factor.id),
                    )
                    .with_note_at(*first, msg!("manifest-first-defined-here"))
                    .with_hint(msg!("manifest-factor-defined-twice-hint")));
                }
                seen.insert(factor.id.clone(), item.span);
                factors.push(factor);
            }
            Ok(Document { spreads, factors })
        })();
        result.map_err(|d: Diagnostic| invalid(&d, name, text))
    }
}

fn invalid(diagnostic: &Diagnostic, name: &str, text: &str) -> LoadError {
    LoadError::Invalid(Box::new(ManifestError::new(diagnostic.clone(), name, text)))
}

fn read_sources(root: &Node) -> Result<HashMap<String, SourceEntry>, Diagnostic> {
    let mut sources = HashMap::new();
    let Some(entries) = root.as_map() else {
        return Ok(sources);
    };
    let Some(node) = read::optional(entries, "sources") else {
        return Ok(sources);
    };
    for entry in read::map(node, &read::key("sources"))? {
        sources.insert(entry.key.clone(), read_source(&entry.value)?);
    }
    Ok(sources)
}

fn read_source(node: &Node) -> Result<SourceEntry, Diagnostic> {
    let what = &msg!("manifest-what-source");
    let entries = read::map(node, what)?;
    read::known_keys(
        entries,
        &["publisher", "title", "edition", "url", "licence"],
        what,
    )?;
    let field = |key: &str| -> Result<String, Diagnostic> {
        read::text(read::required(node, entries, key, what)?, &read::key(key))
    };
    Ok(SourceEntry {
        citation: Citation {
            publisher: field("publisher")?,
            title: field("title")?,
            edition: field("edition")?,
            url: field("url")?,
        },
        licence: field("licence")?,
    })
}

fn read_spreads(root: &Node) -> Result<HashMap<String, SpreadClass>, Diagnostic> {
    let mut spreads = HashMap::new();
    let Some(entries) = root.as_map() else {
        return Ok(spreads);
    };
    let Some(node) = read::optional(entries, "spreads") else {
        return Ok(spreads);
    };
    for entry in read::map(node, &read::key("spreads"))? {
        let what = &msg!("manifest-what-spread-class");
        let fields = read::map(&entry.value, what)?;
        read::known_keys(fields, &["relative", "reason"], what)?;
        let relative_node = read::required(&entry.value, fields, "relative", what)?;
        let relative = read::number(relative_node, &read::key("relative"))?;
        if !(0.0..=1.0).contains(&relative) {
            return Err(
                Diagnostic::at(relative_node.span, msg!("manifest-relative-range"))
                    .with_hint(msg!("manifest-relative-range-hint")),
            );
        }
        let reason = read::text(
            read::required(&entry.value, fields, "reason", what)?,
            &read::key("reason"),
        )?;
        spreads.insert(entry.key.clone(), SpreadClass { relative, reason });
    }
    Ok(spreads)
}

const FACTOR_KEYS: &[&str] = &[
    "id",
    "description",
    "value",
    "unit",
    "low",
    "high",
    "spread",
    "source",
    "data_year",
    "tags",
];

fn read_factor(
    node: &Node,
    sources: &HashMap<String, SourceEntry>,
    spreads: &HashMap<String, SpreadClass>,
) -> Result<Factor, Diagnostic> {
    let what = &msg!("manifest-what-factor");
    let entries = read::map(node, what)?;
    read::known_keys(entries, FACTOR_KEYS, what)?;
    let id = read::text(read::required(node, entries, "id", what)?, &read::key("id"))?;
    let description = read::text(
        read::required(node, entries, "description", what)?,
        &read::key("description"),
    )?;
    let value_node = read::required(node, entries, "value", what)?;
    let value = read::number(value_node, &read::key("value"))?;
    let unit_node = read::required(node, entries, "unit", what)?;
    let unit = read::text(unit_node, &read::key("unit"))?;
    if find_unit(&unit).is_none() {
        let symbols = sero_core::units::UNITS.iter().map(|u| u.symbol);
        let hint = match sero_support::did_you_mean(&unit, symbols.clone()) {
            Some(s) => msg!("manifest-unit-did-you-mean", suggestion = s),
            None => msg!(
                "manifest-units-known",
                units = symbols.collect::<Vec<_>>().join(", ")
            ),
        };
        return Err(
            Diagnostic::at(unit_node.span, msg!("manifest-unknown-unit", unit = &unit))
                .with_hint(hint),
        );
    }
    let source_node = read::required(node, entries, "source", what)?;
    let source = match source_node.as_str() {
        Some(key) => sources.get(key).cloned().ok_or_else(|| {
            let hint = match suggestion(key, sources.keys().map(String::as_str)) {
                hint if hint.id() == "manifest-did-you-mean" => hint,
                _ => msg!("manifest-unknown-source-hint"),
            };
            Diagnostic::at(
                source_node.span,
                msg!("manifest-unknown-source", source = key),
            )
            .with_hint(hint)
        })?,
        None => read_source(source_node)?,
    };
    let low = read::optional(entries, "low")
        .map(|n| read::number(n, &read::key("low")))
        .transpose()?;
    let high = read::optional(entries, "high")
        .map(|n| read::number(n, &read::key("high")))
        .transpose()?;
    let spread_node = read::optional(entries, "spread");
    let (low, high, spread) = match (low, high, spread_node) {
        (Some(low), Some(high), None) => {
            if !(low <= value && value <= high) {
                return Err(Diagnostic::at(
                    node.span,
                    msg!(
                        "manifest-factor-range-order",
                        factor = &id,
                        low = low.to_string(),
                        value = value.to_string(),
                        high = high.to_string()
                    ),
                ));
            }
            (low, high, Spread::Published)
        }
        (None, None, Some(spread_node)) => {
            let class_name = read::text(spread_node, &read::key("spread"))?;
            let class = spreads.get(&class_name).ok_or_else(|| {
                let mut names: Vec<&str> = spreads.keys().map(String::as_str).collect();
                names.sort_unstable();
                Diagnostic::at(
                    spread_node.span,
                    msg!("manifest-unknown-spread", class = &class_name),
                )
                .with_hint(msg!("manifest-spread-classes", classes = names.join(", ")))
            })?;
            let half = value.abs() * class.relative;
            (
                value - half,
                value + half,
                Spread::Assumed {
                    relative: class.relative,
                    reason: class.reason.clone(),
                },
            )
        }
        _ => {
            return Err(Diagnostic::at(
                read::start_of(node),
                msg!("manifest-factor-needs-range", factor = &id),
            )
            .with_hint(msg!("manifest-factor-needs-range-hint")));
        }
    };
    let data_year = read::optional(entries, "data_year")
        .map(|n| read::number(n, &read::key("data_year")))
        .transpose()?
        .map(|y| y as u16);
    let tags = match read::optional(entries, "tags") {
        Some(list) => read::seq(list, &read::key("tags"))?
            .iter()
            .map(|t| read::text(t, &msg!("manifest-what-tag")))
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    Ok(Factor {
        id,
        description,
        value,
        unit,
        low,
        high,
        spread,
        citation: source.citation,
        licence: source.licence,
        data_year,
        tags,
    })
}

fn grid_averages(spreads: &HashMap<String, SpreadClass>) -> Result<Vec<Factor>, LoadError> {
    let class = spreads.get(EMBER_SPREAD_CLASS).cloned().ok_or_else(|| {
        invalid(
            &Diagnostic::new(msg!(
                "manifest-bundled-spread-missing",
                class = EMBER_SPREAD_CLASS
            )),
            "factors.yaml (bundled)",
            BUNDLED_FACTORS,
        )
    })?;
    let mut factors = Vec::new();
    for (index, line) in BUNDLED_GRID_AVERAGES.lines().enumerate().skip(1) {
        let fields = split_csv_line(line);
        let bad = || {
            invalid(
                &Diagnostic::new(msg!(
                    "manifest-bundled-grid-row",
                    row = index + 1,
                    line = line
                )),
                "grid-average-intensity-ember.csv (bundled)",
                BUNDLED_GRID_AVERAGES,
            )
        };
        let [key, name, year, value] = fields.as_slice() else {
            return Err(bad());
        };
        let value: f64 = value.parse().map_err(|_| bad())?;
        let data_year = if year.is_empty() {
            None
        } else {
            Some(year.parse::<u16>().map_err(|_| bad())?)
        };
        let half = value * class.relative;
        factors.push(Factor {
            id: format!("grid/ember/{key}"),
            description: format!(
                "{name}: annual average grid intensity ({})",
                data_year.map_or("latest year in the CO2.js data".to_owned(), |y| y
                    .to_string())
            ),
            value,
            unit: "gCO2e/kWh".to_owned(),
            low: value - half,
            high: value + half,
            spread: Spread::Assumed {
                relative: class.relative,
                reason: class.reason.clone(),
            },
            citation: Citation {
                publisher: EMBER_PUBLISHER.to_owned(),
                title: EMBER_TITLE.to_owned(),
                edition: EMBER_EDITION.to_owned(),
                url: EMBER_URL.to_owned(),
            },
            licence: EMBER_LICENCE.to_owned(),
            data_year,
            tags: vec!["grid".to_owned(), "country".to_owned()],
        });
    }
    Ok(factors)
}

/// Splits one CSV line; fields may be double-quoted (names with commas).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                current.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    fields.push(current);
    fields
}
