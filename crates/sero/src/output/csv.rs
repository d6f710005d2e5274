//! `sero estimate --format csv`: one row per component.

use sero_core::evaluate::Assessment;
use sero_core::impact::{Kind, Scope};

pub const HEADER: &[&str] = &[
    "path",
    "id",
    "name",
    "model",
    "channel",
    "basis",
    "volume",
    "share",
    "co2e_kg",
    "co2e_kg_low",
    "co2e_kg_high",
    "operational_co2e_kg",
    "embodied_co2e_kg",
    "energy_kwh",
    "share_of_total",
    "data_quality",
    "error",
];

/// Quotes a field when it holds a comma, a quote or a line break (RFC 4180).
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn num(value: f64) -> String {
    if value.is_finite() {
        value.to_string()
    } else {
        String::new()
    }
}

/// The column of a scope's emissions: `co2e_kg_scope_2`, `co2e_kg_scope_3_cat_11`.
fn scope_column(scope: Scope) -> String {
    format!("co2e_kg_{}", scope.key().replace('-', "_"))
}

/// One row per component; after the fixed columns, one column per scope that the service's
/// figures fall in, in scope order, so each scope's total is the sum of its column.
pub fn render(a: &Assessment) -> String {
    let total = a.co2e_kg();
    let scopes: Vec<Scope> = a.by_scope().into_iter().map(|(s, _)| s).collect();
    let mut header: Vec<String> = HEADER.iter().map(|h| (*h).to_owned()).collect();
    header.extend(scopes.iter().map(|s| scope_column(*s)));
    let mut out = header.join(",");
    out.push('\n');
    for c in &a.components {
        let mut row = vec![
            c.path.clone(),
            c.id.clone(),
            c.name.clone().unwrap_or_default(),
            c.model.clone(),
            c.channel.clone().unwrap_or_default(),
            c.basis.key().to_owned(),
            num(c.volume),
            num(c.share),
            num(c.co2e_kg()),
            c.interval.map(|i| num(i.low)).unwrap_or_default(),
            c.interval.map(|i| num(i.high)).unwrap_or_default(),
            num(c.impact.kind_co2e_kg(Kind::Operational)),
            num(c.impact.kind_co2e_kg(Kind::Embodied)),
            num(c.impact.energy_kwh()),
            if c.error.is_none() && total != 0.0 {
                num(c.co2e_kg() / total)
            } else {
                String::new()
            },
            c.impact.quality.key().to_owned(),
            c.error
                .as_ref()
                .map(|e| crate::i18n::tr(&e.message()))
                .unwrap_or_default(),
        ];
        for scope in &scopes {
            let kg = c
                .impact
                .parts
                .iter()
                .filter(|p| p.scope == *scope)
                .fold(0.0, |sum, p| sum + p.co2e_kg);
            row.push(if c.error.is_none() {
                num(kg)
            } else {
                String::new()
            });
        }
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}
