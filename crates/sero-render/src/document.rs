//! The envelope of sero's JSON documents.
//!
//! Every document sero prints, writes or serves has its body stamped by [`write`] (or
//! [`stamp`]), which puts the same envelope first: `document` (its name, which
//! `sero schema --document NAME` takes), `schema_version` (per document), `generator`
//! (`sero <version>`), `produced_at` (RFC 3339 UTC; `SOURCE_DATE_EPOCH` pins it, for tests and
//! reproducible builds) and, for a document about a period, that period's `start` and `end`
//! inside its `period` object. Each document's JSON Schema is in the command line's
//! `schemas/` folder, checked against real output by its `schema` tests.

use jiff::Timestamp;
use serde_json::{Map, Value, json};

use sero_core::factor::{Factor, Spread};
use sero_core::service::Period;
use sero_core::{Arg, msg};

/// A kind of JSON document sero writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Estimate,
    Compare,
    Sci,
    Page,
    Journey,
    Energy,
    ImportCloud,
    ImportInventory,
    ImportPrometheus,
    Activity,
    GridNow,
    GridForecast,
    GridWindow,
    GridOffline,
    Factors,
    Transfer,
}

impl Kind {
    pub const ALL: [Kind; 16] = [
        Kind::Estimate,
        Kind::Compare,
        Kind::Sci,
        Kind::Page,
        Kind::Journey,
        Kind::Energy,
        Kind::ImportCloud,
        Kind::ImportInventory,
        Kind::ImportPrometheus,
        Kind::Activity,
        Kind::GridNow,
        Kind::GridForecast,
        Kind::GridWindow,
        Kind::GridOffline,
        Kind::Factors,
        Kind::Transfer,
    ];

    /// The name written as `document` and taken by `sero schema --document`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Estimate => "estimate",
            Kind::Compare => "compare",
            Kind::Sci => "sci",
            Kind::Page => "page",
            Kind::Journey => "journey",
            Kind::Energy => "energy",
            Kind::ImportCloud => "import-cloud",
            Kind::ImportInventory => "import-inventory",
            Kind::ImportPrometheus => "import-prometheus",
            Kind::Activity => "activity",
            Kind::GridNow => "grid-now",
            Kind::GridForecast => "grid-forecast",
            Kind::GridWindow => "grid-window",
            Kind::GridOffline => "grid-offline",
            Kind::Factors => "factors",
            Kind::Transfer => "transfer",
        }
    }

    /// The layout's version: it changes only when a key is renamed, removed or changes type.
    pub fn version(self) -> u32 {
        match self {
            // Version 2: one factor shape (`range` an object, `licence` beside `source`), and
            // `factors` an object with the envelope instead of a bare list.
            Kind::Estimate | Kind::Sci | Kind::Energy | Kind::Factors | Kind::GridOffline => 2,
            _ => 1,
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Why a document could not be written: an error and, when there is one, a hint, for the
/// caller to show in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub error: Arg,
    pub hint: Option<Arg>,
}

/// The envelope's keys, in the order they are written.
pub const ENVELOPE_KEYS: [&str; 4] = ["document", "schema_version", "generator", "produced_at"];

/// The generator written in every envelope: `sero <version>`.
pub fn generator() -> String {
    format!("sero {}", env!("CARGO_PKG_VERSION"))
}

/// When the document was produced: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set,
/// else now; whole seconds, RFC 3339 in UTC.
pub fn produced_at() -> Result<String, Refusal> {
    let at = match sero_support::env::EnvVars::SOURCE_DATE_EPOCH.get() {
        Some(text) => text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| Timestamp::from_second(s).ok())
            .ok_or_else(|| Refusal {
                error: msg!("error-source-date-epoch", value = text.as_str()).into(),
                hint: Some(msg!("hint-source-date-epoch").into()),
            })?,
        None => Timestamp::now(),
    };
    Ok(at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// `body` (a JSON object) with the envelope first and, given a period, its `start` and `end`
/// in `period` (kept with whatever the body already says there).
pub fn stamp(kind: Kind, period: Option<&Period>, body: Value) -> Result<Value, Refusal> {
    let Value::Object(body) = body else {
        return Err(Refusal {
            error: msg!("error-document-not-an-object", document = kind.name()).into(),
            hint: None,
        });
    };
    let mut out = Map::new();
    out.insert("document".to_owned(), json!(kind.name()));
    out.insert("schema_version".to_owned(), json!(kind.version()));
    out.insert("generator".to_owned(), json!(generator()));
    out.insert("produced_at".to_owned(), json!(produced_at()?));
    for (key, value) in body {
        if !ENVELOPE_KEYS.contains(&key.as_str()) {
            out.insert(key, value);
        }
    }
    if let Some(period) = period {
        let mut dates = Map::new();
        dates.insert("start".to_owned(), json!(period.start.to_string()));
        dates.insert("end".to_owned(), json!(period.end.to_string()));
        if let Some(Value::Object(existing)) = out.get("period") {
            for (k, v) in existing {
                dates.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        out.insert("period".to_owned(), Value::Object(dates));
    }
    Ok(Value::Object(out))
}

/// The document as text: stamped, pretty-printed, ending in a newline.
pub fn write(kind: Kind, period: Option<&Period>, body: Value) -> Result<String, Refusal> {
    let document = stamp(kind, period, body)?;
    let mut text = serde_json::to_string_pretty(&document).map_err(|e| Refusal {
        error: Arg::Text(e.to_string()),
        hint: None,
    })?;
    text.push('\n');
    Ok(text)
}

/// One factor: the same shape in every document (`factors`, and the factors behind the figures
/// of `estimate`, `sci`, `energy` and `import-inventory`).
pub fn factor(f: &Factor) -> Value {
    let (kind, relative, reason) = match &f.spread {
        Spread::Published => ("published", Value::Null, Value::Null),
        Spread::Assumed { relative, reason } => ("assumed", json!(relative), json!(reason)),
    };
    json!({
        "id": f.id,
        "description": f.description,
        "value": f.value,
        "unit": f.unit,
        "range": {
            "low": f.low,
            "high": f.high,
            "kind": kind,
            "relative": relative,
            "reason": reason,
        },
        "data_year": f.data_year,
        "source": {
            "publisher": f.citation.publisher,
            "title": f.citation.title,
            "edition": f.citation.edition,
            "url": f.citation.url,
        },
        "licence": f.licence,
        "tags": f.tags,
    })
}
