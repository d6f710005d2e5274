//! Reports of `sero page`: a table, a JSON document, a self-contained HTML page.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::{Value, json};

use sero_core::page_report::{Group, PageReport};

use super::{Grid, count, number};
use crate::commands::page::Budget;
use crate::text as t;

fn bytes(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{} MB", number(n as f64 / 1e6))
    } else if n >= 1000 {
        format!("{} kB", number(n as f64 / 1e3))
    } else {
        format!("{n} B")
    }
}

fn grams(g: f64) -> String {
    format!("{} g", number(g))
}

fn green_text(green: Option<bool>) -> &'static str {
    match green {
        Some(true) => t::GREEN_YES,
        Some(false) => t::GREEN_NO,
        None => t::GREEN_UNKNOWN,
    }
}

/// The green column: `green (Provider)` when the greencheck API named the host.
fn hosting_text(g: &Group, hosted_by: &BTreeMap<String, String>) -> String {
    match (g.green, hosted_by.get(&g.key.to_ascii_lowercase())) {
        (Some(true), Some(host)) => format!("{} ({host})", t::GREEN_YES),
        (green, _) => green_text(green).to_owned(),
    }
}

fn budget_text(budget: Option<Budget>, report: &PageReport) -> Option<String> {
    budget.map(|b| {
        let used = b.used(report);
        format!(
            "{:.0}% {}{}",
            used * 100.0,
            t::OF_BUDGET,
            if used > 1.0 { t::OVER_BUDGET } else { "" }
        )
    })
}

pub fn table(
    reports: &[PageReport],
    errors: &[(String, String)],
    budget: Option<Budget>,
    hosted_by: &BTreeMap<String, String>,
) -> String {
    let mut out = String::new();
    for (index, r) in reports.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let m = &r.measurement;
        let _ = writeln!(out, "{}", m.url);
        let mut grid = Grid::new(&["", "", ""], &[false, true, false]);
        grid.row(vec![
            t::FIRST_VIEW.to_owned(),
            bytes(r.transfer_bytes),
            format!(
                "{} {}, {} {}",
                count(r.requests as f64),
                t::REQUESTS,
                count(m.dom_elements as f64),
                t::DOM_ELEMENTS
            ),
        ]);
        if let Some(repeat) = r.repeat_transfer_bytes {
            grid.row(vec![
                t::REPEAT_VIEW.to_owned(),
                bytes(repeat),
                String::new(),
            ]);
        }
        grid.row(vec![
            t::PER_VISIT.to_owned(),
            grams(r.co2e_g),
            format!("{} {} ({})", t::RATING, r.rating, t::SWD_V4),
        ]);
        grid.row(vec![
            "EcoIndex".to_owned(),
            format!("{}", r.ecoindex.score),
            format!(
                "{} {}, {} gCO2e, {} cl",
                t::GRADE,
                r.ecoindex.grade,
                r.ecoindex.ges_g,
                r.ecoindex.water_cl
            ),
        ]);
        if let Some(b) = budget_text(budget, r) {
            grid.row(vec![t::BUDGET.to_owned(), String::new(), b]);
        }
        out.push_str(&grid.render("  "));
        out.push('\n');
        let mut grid = Grid::new(
            &[t::RESOURCE_TYPE, t::REQUESTS, t::BYTES],
            &[false, true, true],
        );
        for g in &r.by_type {
            grid.row(vec![
                g.key.clone(),
                g.requests.to_string(),
                bytes(g.transfer_bytes),
            ]);
        }
        out.push_str(&grid.render("  "));
        out.push('\n');
        let mut grid = Grid::new(
            &[t::DOMAIN, t::PARTY, t::GREEN, t::REQUESTS, t::BYTES],
            &[false, false, false, true, true],
        );
        for g in &r.by_domain {
            grid.row(vec![
                g.key.clone(),
                party(g).to_owned(),
                hosting_text(g, hosted_by),
                g.requests.to_string(),
                bytes(g.transfer_bytes),
            ]);
        }
        out.push_str(&grid.render("  "));
        if !r.findings.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "  {}", t::FINDINGS);
            let mut grid = Grid::new(
                &["#", t::FINDING, t::AT_STAKE, t::SAVING, "gCO2e", t::WSG],
                &[true, false, true, true, true, false],
            );
            for (i, f) in r.findings.iter().enumerate() {
                grid.row(vec![
                    (i + 1).to_string(),
                    f.title.to_owned(),
                    bytes(f.bytes_at_stake),
                    f.bytes_saved
                        .map_or_else(|| t::NOT_ESTIMATED_SHORT.to_owned(), bytes),
                    f.co2e_g_saved.map_or_else(|| "–".to_owned(), number),
                    f.criterion.id.to_owned(),
                ]);
            }
            out.push_str(&grid.render("    "));
        }
        for limit in &m.limits {
            let _ = writeln!(out, "  {}: {limit}", t::LIMIT);
        }
        if r.by_domain.iter().all(|g| g.green.is_none()) {
            let _ = writeln!(out, "  {}", t::GREEN_NOT_CHECKED);
        }
    }
    for (url, error) in errors {
        let _ = writeln!(out, "\n{url}\n  {}: {error}", t::NOT_MEASURED);
    }
    out
}

fn party(g: &Group) -> &'static str {
    if g.first_party {
        t::FIRST_PARTY
    } else {
        t::THIRD_PARTY
    }
}

fn report_json(
    r: &PageReport,
    budget: Option<Budget>,
    hosted_by: &BTreeMap<String, String>,
) -> Value {
    let m = &r.measurement;
    let resources: Vec<Value> = m
        .first_view
        .resources
        .iter()
        .map(|x| {
            json!({
                "url": x.url,
                "domain": x.domain,
                "first_party": x.first_party,
                "type": x.resource_type,
                "mime_type": x.mime_type,
                "status": x.status,
                "transfer_bytes": x.transfer_bytes,
                "body_bytes": x.body_bytes,
                "content_encoding": x.content_encoding,
                "cache_control": x.cache_control,
                "from_cache": x.from_cache,
            })
        })
        .collect();
    let group = |g: &Group| json!({"key": g.key, "requests": g.requests, "transfer_bytes": g.transfer_bytes, "first_party": g.first_party, "green": g.green});
    let domain = |g: &Group| {
        let mut value = group(g);
        value["hosted_by"] = json!(hosted_by.get(&g.key.to_ascii_lowercase()));
        value
    };
    json!({
        "url": m.url,
        "final_url": m.final_url,
        "method": m.method.key(),
        "transfer_bytes": r.transfer_bytes,
        "repeat_transfer_bytes": r.repeat_transfer_bytes,
        "requests": r.requests,
        "dom_elements": m.dom_elements,
        "co2e_g": r.co2e_g,
        "repeat_co2e_g": r.repeat_co2e_g,
        "model": "swd-v4",
        "rating": r.rating,
        "ecoindex": {
            "score": r.ecoindex.score,
            "raw_score": r.ecoindex.raw_score,
            "grade": r.ecoindex.grade,
            "ges_g": r.ecoindex.ges_g,
            "water_cl": r.ecoindex.water_cl,
        },
        "by_type": r.by_type.iter().map(group).collect::<Vec<_>>(),
        "by_domain": r.by_domain.iter().map(domain).collect::<Vec<_>>(),
        "resources": resources,
        "findings": r.findings.iter().map(|f| json!({
            "id": f.id,
            "title": f.title,
            "detail": f.detail,
            "resources": f.resources,
            "bytes_at_stake": f.bytes_at_stake,
            "bytes_saved": f.bytes_saved,
            "co2e_g_saved": f.co2e_g_saved,
            "wsg": {"id": f.criterion.id, "title": f.criterion.title, "url": f.criterion.url},
        })).collect::<Vec<_>>(),
        "budget": budget.map(|b| json!({"used": b.used(r), "over": b.used(r) > 1.0})),
        "limits": m.limits,
    })
}

pub fn json(
    reports: &[PageReport],
    errors: &[(String, String)],
    budget: Option<Budget>,
    hosted_by: &BTreeMap<String, String>,
) -> Result<String, crate::Failure> {
    let doc = json!({
        "pages": reports.iter().map(|r| report_json(r, budget, hosted_by)).collect::<Vec<_>>(),
        "errors": errors.iter().map(|(url, e)| json!({"url": url, "error": e})).collect::<Vec<_>>(),
    });
    super::document::write(super::document::Kind::Page, None, doc)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A self-contained page: inline CSS, no script, no external resource.
pub fn html(
    reports: &[PageReport],
    errors: &[(String, String)],
    budget: Option<Budget>,
    hosted_by: &BTreeMap<String, String>,
) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title><style>\
body{{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}}\
table{{border-collapse:collapse;margin:.5rem 0 1.5rem}}th,td{{border-bottom:1px solid #b1b4b6;padding:.25rem .75rem;text-align:left}}\
td.n{{text-align:right;font-variant-numeric:tabular-nums}}h2{{margin-top:2.5rem;word-break:break-all}}.over{{color:#d4351c;font-weight:bold}}\
</style></head><body><h1>{}</h1>",
        t::HTML_TITLE,
        t::HTML_TITLE
    );
    for r in reports {
        let m = &r.measurement;
        let _ = write!(out, "<h2>{}</h2><table>", escape(&m.url));
        let _ = write!(
            out,
            "<tr><th>{}</th><td class=\"n\">{}</td><td>{} {}, {} {}</td></tr>",
            t::FIRST_VIEW,
            bytes(r.transfer_bytes),
            r.requests,
            t::REQUESTS,
            m.dom_elements,
            t::DOM_ELEMENTS
        );
        if let Some(repeat) = r.repeat_transfer_bytes {
            let _ = write!(
                out,
                "<tr><th>{}</th><td class=\"n\">{}</td><td></td></tr>",
                t::REPEAT_VIEW,
                bytes(repeat)
            );
        }
        let _ = write!(
            out,
            "<tr><th>{}</th><td class=\"n\">{}</td><td>{} {} ({})</td></tr>",
            t::PER_VISIT,
            grams(r.co2e_g),
            t::RATING,
            r.rating,
            t::SWD_V4
        );
        let _ = write!(
            out,
            "<tr><th>EcoIndex</th><td class=\"n\">{}</td><td>{} {}</td></tr>",
            r.ecoindex.score,
            t::GRADE,
            r.ecoindex.grade
        );
        if let Some(b) = budget_text(budget, r) {
            let class = if budget.is_some_and(|b| b.used(r) > 1.0) {
                " class=\"over\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<tr><th>{}</th><td></td><td{class}>{}</td></tr>",
                t::BUDGET,
                escape(&b)
            );
        }
        out.push_str("</table>");
        let _ = write!(
            out,
            "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            t::DOMAIN,
            t::PARTY,
            t::GREEN,
            t::BYTES
        );
        for g in &r.by_domain {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                escape(&g.key),
                party(g),
                escape(&hosting_text(g, hosted_by)),
                bytes(g.transfer_bytes)
            );
        }
        out.push_str("</table>");
        if !r.findings.is_empty() {
            let _ = write!(
                out,
                "<h3>{}</h3><table><tr><th>{}</th><th>{}</th><th>{}</th><th>gCO2e</th><th>{}</th></tr>",
                t::FINDINGS,
                t::FINDING,
                t::AT_STAKE,
                t::SAVING,
                t::WSG
            );
            for f in &r.findings {
                let _ = write!(
                    out,
                    "<tr><td>{}<br><small>{}</small></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td><a href=\"{}\">{}</a></td></tr>",
                    escape(f.title),
                    escape(&f.detail),
                    bytes(f.bytes_at_stake),
                    f.bytes_saved
                        .map_or_else(|| t::NOT_ESTIMATED_SHORT.to_owned(), bytes),
                    f.co2e_g_saved.map_or_else(|| "–".to_owned(), number),
                    escape(f.criterion.url),
                    escape(f.criterion.title)
                );
            }
            out.push_str("</table>");
        }
        for limit in &m.limits {
            let _ = write!(out, "<p>{}: {}</p>", t::LIMIT, escape(limit));
        }
    }
    for (url, error) in errors {
        let _ = write!(
            out,
            "<h2>{}</h2><p class=\"over\">{}: {}</p>",
            escape(url),
            t::NOT_MEASURED,
            escape(error)
        );
    }
    out.push_str("</body></html>\n");
    out
}
