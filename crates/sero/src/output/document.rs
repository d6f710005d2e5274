//! The one writer of sero's JSON documents.
//!
//! Every command that prints or writes JSON hands its body to [`write`], which puts the same
//! envelope first: `document` (its name, which `sero schema --document NAME` takes),
//! `schema_version` (per document), `generator` (`sero <version>`), `produced_at` (RFC 3339
//! UTC; `SOURCE_DATE_EPOCH` pins it, for tests and reproducible builds) and, for a document
//! about a period, that period's `start` and `end` inside its `period` object. Each document has
//! a JSON Schema in `crates/sero/schemas/`, embedded here and checked against real output by the
//! `schema` tests.

use jiff::Timestamp;
use serde_json::{Map, Value, json};

use sero_core::factor::{Factor, Spread};
use sero_core::service::Period;

use crate::Failure;

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

    /// The document's JSON Schema (draft 2020-12).
    pub fn schema(self) -> &'static str {
        match self {
            Kind::Estimate => include_str!("../../schemas/estimate.schema.json"),
            Kind::Compare => include_str!("../../schemas/compare.schema.json"),
            Kind::Sci => include_str!("../../schemas/sci.schema.json"),
            Kind::Page => include_str!("../../schemas/page.schema.json"),
            Kind::Journey => include_str!("../../schemas/journey.schema.json"),
            Kind::Energy => include_str!("../../schemas/energy.schema.json"),
            Kind::ImportCloud => include_str!("../../schemas/import-cloud.schema.json"),
            Kind::ImportInventory => include_str!("../../schemas/import-inventory.schema.json"),
            Kind::ImportPrometheus => {
                include_str!("../../schemas/import-prometheus.schema.json")
            }
            Kind::Activity => include_str!("../../schemas/activity.schema.json"),
            Kind::GridNow => include_str!("../../schemas/grid-now.schema.json"),
            Kind::GridForecast => include_str!("../../schemas/grid-forecast.schema.json"),
            Kind::GridWindow => include_str!("../../schemas/grid-window.schema.json"),
            Kind::GridOffline => include_str!("../../schemas/grid-offline.schema.json"),
            Kind::Factors => include_str!("../../schemas/factors.schema.json"),
            Kind::Transfer => include_str!("../../schemas/transfer.schema.json"),
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The envelope's keys, in the order they are written.
pub const ENVELOPE_KEYS: [&str; 4] = ["document", "schema_version", "generator", "produced_at"];

/// When the document was produced: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set,
/// else now; whole seconds, RFC 3339 in UTC.
pub fn produced_at() -> Result<String, Failure> {
    let at = match sero_support::env::EnvVars::SOURCE_DATE_EPOCH.get() {
        Some(text) => text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| Timestamp::from_second(s).ok())
            .ok_or_else(|| {
                super::refuse(
                    sero_core::msg!("error-source-date-epoch", value = text.as_str()),
                    sero_core::msg!("hint-source-date-epoch"),
                )
            })?,
        None => Timestamp::now(),
    };
    Ok(at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// `body` (a JSON object) with the envelope first and, given a period, its `start` and `end`
/// in `period` (kept with whatever the body already says there).
pub fn stamp(kind: Kind, period: Option<&Period>, body: Value) -> Result<Value, Failure> {
    let Value::Object(body) = body else {
        return Err(Failure::input(crate::tr!(
            "error-line",
            message = sero_core::msg!("error-document-not-an-object", document = kind.name())
        )));
    };
    let mut out = Map::new();
    out.insert("document".to_owned(), json!(kind.name()));
    out.insert("schema_version".to_owned(), json!(kind.version()));
    out.insert(
        "generator".to_owned(),
        json!(format!("sero {}", env!("CARGO_PKG_VERSION"))),
    );
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
pub fn write(kind: Kind, period: Option<&Period>, body: Value) -> Result<String, Failure> {
    let document = stamp(kind, period, body)?;
    let mut text = serde_json::to_string_pretty(&document)
        .map_err(|e| Failure::input(crate::tr!("error-line", message = e.to_string())))?;
    text.push('\n');
    Ok(text)
}

/// An activity file through its one writer (`sero_manifest::activity::to_json`), with the
/// envelope and any keys a command adds beside the rows: `import-cloud` is an activity file
/// with the bill's summary, every other activity file is `activity`.
pub fn activity(
    kind: Kind,
    file: &sero_core::activity::ActivityFile,
    extra: Map<String, Value>,
) -> Result<String, Failure> {
    let mut body = sero_manifest::activity::to_json(file);
    body.extend(extra);
    write(kind, None, Value::Object(body))
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
