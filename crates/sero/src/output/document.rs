//! The one writer of sero's JSON documents on the command line.
//!
//! Every command that prints or writes JSON hands its body to [`write`], which stamps it with
//! `sero-render`'s envelope (`sero_render::document`: `document`, `schema_version`,
//! `generator`, `produced_at` and, for a document about a period, its `start` and `end`) and
//! refuses in the reader's language when it cannot. Each document has a JSON Schema in
//! `crates/sero/schemas/`, embedded here ([`schema`]) and checked against real output by the
//! `schema` tests.

use serde_json::{Map, Value};

use sero_core::service::Period;
use sero_render::document::Refusal;
pub use sero_render::document::{Kind, factor};

use crate::Failure;

/// The document's JSON Schema (draft 2020-12).
pub fn schema(kind: Kind) -> &'static str {
    match kind {
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

/// A refusal of `sero-render`'s writer in the reader's language: `error: …` with its hint.
fn refused(refusal: Refusal) -> Failure {
    match refusal.hint {
        Some(hint) => super::refuse(refusal.error, hint),
        None => Failure::input(crate::tr!("error-line", message = refusal.error)),
    }
}

/// The document as text: stamped, pretty-printed, ending in a newline.
pub fn write(kind: Kind, period: Option<&Period>, body: Value) -> Result<String, Failure> {
    sero_render::document::write(kind, period, body).map_err(refused)
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
