//! `sero estimate --format csv`: one row per component.

use sero_core::evaluate::Assessment;
use sero_core::impact::Kind;

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
    "scopes",
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

pub fn render(a: &Assessment) -> String {
    let total = a.co2e_kg();
    let mut out = HEADER.join(",");
    out.push('\n');
    for c in &a.components {
        let mut scopes: Vec<_> = c.impact.parts.iter().map(|p| p.scope).collect();
        scopes.sort();
        scopes.dedup();
        let scopes: Vec<String> = scopes.into_iter().map(|s| s.key()).collect();
        let row = [
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
            scopes.join(" "),
            c.error
                .as_ref()
                .map(|e| crate::i18n::tr(&e.message()))
                .unwrap_or_default(),
        ];
        out.push_str(&row.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}
