//! Reports of `sero page`: a table, a JSON document, a self-contained HTML page.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::{Value, json};

use sero_core::findings::Finding;
use sero_core::page_report::{Group, PageReport};

use super::html::{self, escape, table as html_table};
use super::{Grid, count, number};
use crate::commands::page::Budget;
use crate::text as t;
use crate::text::page as words;

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
        words::budget_row(
            &b.show(b.actual(report.co2e_g, report.transfer_bytes)),
            &b.show_limit(),
            b.used(report),
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
            words::ECOINDEX.to_owned(),
            format!("{}", r.ecoindex.score),
            format!(
                "{} {}; {}",
                t::GRADE,
                r.ecoindex.grade,
                words::ecoindex_estimate(r.ecoindex.ges_g, r.ecoindex.water_cl)
            ),
        ]);
        if let Some(b) = budget_text(budget, r) {
            grid.row(vec![t::BUDGET.to_owned(), String::new(), b]);
        }
        out.push_str(&grid.render("  "));
        for sentence in ratings_and_grid(r) {
            let _ = writeln!(out, "  {sentence}");
        }
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
        let (fix_first, also): (Vec<&Finding>, Vec<&Finding>) =
            r.findings.iter().partition(|f| f.fix_first());
        if !fix_first.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "  {}", words::FIX_FIRST);
            let mut grid = Grid::new(
                &["#", t::FINDING, t::AT_STAKE, t::SAVING, "gCO2e", t::WSG],
                &[true, false, true, true, true, false],
            );
            for (i, f) in fix_first.iter().enumerate() {
                grid.row(vec![
                    (i + 1).to_string(),
                    f.title.to_owned(),
                    bytes(f.bytes_at_stake),
                    saving_bytes(f),
                    saving_grams(f),
                    f.criterion.id.to_owned(),
                ]);
            }
            out.push_str(&grid.render("    "));
        }
        if !also.is_empty() {
            out.push('\n');
            let _ = writeln!(out, "  {}", words::ALSO_FOUND);
            let mut grid = Grid::new(
                &[t::FINDING, t::AT_STAKE, t::SAVING, t::WSG],
                &[false, true, true, false],
            );
            for f in also {
                grid.row(vec![
                    f.title.to_owned(),
                    bytes(f.bytes_at_stake),
                    saving_bytes(f),
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

/// The bytes a fix saves, or "not estimated".
fn saving_bytes(f: &Finding) -> String {
    f.bytes_saved
        .map_or_else(|| t::NOT_ESTIMATED_SHORT.to_owned(), bytes)
}

fn saving_grams(f: &Finding) -> String {
    f.co2e_g_saved.map_or_else(|| "–".to_owned(), number)
}

/// The SWD rating and EcoIndex explained side by side, then the grid the grams are at.
fn ratings_and_grid(r: &PageReport) -> [String; 3] {
    [
        words::swd_sentence(r.rating),
        words::ecoindex_sentence(r.ecoindex.score, r.ecoindex.grade),
        words::grid_sentence(
            r.grid.code.as_deref(),
            &number(r.grid.g_per_kwh),
            r.grid.factor.as_deref(),
        ),
    ]
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
        "grid": {"code": r.grid.code, "g_per_kwh": r.grid.g_per_kwh, "factor": r.grid.factor},
        "rating": r.rating,
        "ecoindex": {
            "score": r.ecoindex.score,
            "raw_score": r.ecoindex.raw_score,
            "grade": r.ecoindex.grade,
            "ges_g": r.ecoindex.ges_g,
            "water_cl": r.ecoindex.water_cl,
            "water_unit": "centilitres",
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
            "fix_first": f.fix_first(),
            "wsg": {"id": f.criterion.id, "title": f.criterion.title, "url": f.criterion.url},
        })).collect::<Vec<_>>(),
        "budget": budget.map(|b| json!({
            "used": b.used(r),
            "over": b.used(r) > 1.0,
            "actual": b.actual(r.co2e_g, r.transfer_bytes),
            "limit": b.limit,
            "unit": b.unit.symbol,
        })),
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

/// A self-contained page: inline CSS, no script, no external resource. One `<main>`, a caption
/// and header scopes on every table, and nothing wider than a 320 px screen outside a table's
/// own scroll box (WCAG 2.2 AA; the tests run axe-core on it).
pub fn html(
    reports: &[PageReport],
    errors: &[(String, String)],
    budget: Option<Budget>,
    hosted_by: &BTreeMap<String, String>,
) -> String {
    let mut out = String::new();
    html::start(&mut out, "en", t::HTML_TITLE);
    for (n, r) in reports.iter().enumerate() {
        let m = &r.measurement;
        let _ = write!(
            out,
            "<section aria-labelledby=\"page-{n}\"><h2 id=\"page-{n}\">{}</h2>",
            escape(&m.url)
        );
        let mut rows = String::new();
        let _ = write!(
            rows,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td>{} {}, {} {}</td></tr>",
            t::FIRST_VIEW,
            bytes(r.transfer_bytes),
            r.requests,
            t::REQUESTS,
            m.dom_elements,
            t::DOM_ELEMENTS
        );
        if let Some(repeat) = r.repeat_transfer_bytes {
            let _ = write!(
                rows,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td></td></tr>",
                t::REPEAT_VIEW,
                bytes(repeat)
            );
        }
        let _ = write!(
            rows,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td>{} {} ({})</td></tr>",
            t::PER_VISIT,
            grams(r.co2e_g),
            t::RATING,
            r.rating,
            t::SWD_V4
        );
        let _ = write!(
            rows,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td>{} {}; {}</td></tr>",
            words::ECOINDEX,
            r.ecoindex.score,
            t::GRADE,
            r.ecoindex.grade,
            escape(&words::ecoindex_estimate(
                r.ecoindex.ges_g,
                r.ecoindex.water_cl
            ))
        );
        if let Some(b) = budget_text(budget, r) {
            let class = if budget.is_some_and(|b| b.used(r) > 1.0) {
                " class=\"over\""
            } else {
                ""
            };
            let _ = write!(
                rows,
                "<tr><th scope=\"row\">{}</th><td></td><td{class}>{}</td></tr>",
                t::BUDGET,
                escape(&b)
            );
        }
        html_table(
            &mut out,
            &format!("summary-{n}"),
            words::SUMMARY,
            &[],
            &rows,
        );
        let [swd, eco, grid] = ratings_and_grid(r);
        let _ = write!(
            out,
            "<div class=\"pair\"><p>{}</p><p>{}</p></div><p>{}</p>",
            escape(&swd),
            escape(&eco),
            escape(&grid)
        );
        let mut rows = String::new();
        for g in &r.by_domain {
            let _ = write!(
                rows,
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                escape(&g.key),
                party(g),
                escape(&hosting_text(g, hosted_by)),
                bytes(g.transfer_bytes)
            );
        }
        html_table(
            &mut out,
            &format!("domains-{n}"),
            words::BY_DOMAIN,
            &[t::DOMAIN, t::PARTY, t::GREEN, t::BYTES],
            &rows,
        );
        let (fix_first, also): (Vec<&Finding>, Vec<&Finding>) =
            r.findings.iter().partition(|f| f.fix_first());
        let finding_row = |rank: Option<usize>, f: &Finding| {
            format!(
                "<tr>{}<th scope=\"row\">{}<br><small>{}</small></th><td class=\"n\">{}</td><td class=\"n\">{}</td>{}<td><a href=\"{}\">{}</a></td></tr>",
                rank.map(|i| format!("<td class=\"n\">{i}</td>"))
                    .unwrap_or_default(),
                escape(f.title),
                escape(&f.detail),
                bytes(f.bytes_at_stake),
                saving_bytes(f),
                if rank.is_some() {
                    format!("<td class=\"n\">{}</td>", saving_grams(f))
                } else {
                    String::new()
                },
                escape(f.criterion.url),
                escape(f.criterion.title)
            )
        };
        if !fix_first.is_empty() {
            let rows: String = fix_first
                .iter()
                .enumerate()
                .map(|(i, f)| finding_row(Some(i + 1), f))
                .collect();
            html_table(
                &mut out,
                &format!("fix-first-{n}"),
                words::FIX_FIRST,
                &[
                    words::RANK,
                    t::FINDING,
                    t::AT_STAKE,
                    t::SAVING,
                    "gCO2e",
                    t::WSG,
                ],
                &rows,
            );
        }
        if !also.is_empty() {
            let rows: String = also.iter().map(|f| finding_row(None, f)).collect();
            html_table(
                &mut out,
                &format!("also-found-{n}"),
                words::ALSO_FOUND,
                &[t::FINDING, t::AT_STAKE, t::SAVING, t::WSG],
                &rows,
            );
        }
        for limit in &m.limits {
            let _ = write!(out, "<p>{}: {}</p>", t::LIMIT, escape(limit));
        }
        out.push_str("</section>");
    }
    for (url, error) in errors {
        let _ = write!(
            out,
            "<section><h2>{}</h2><p class=\"over\">{}: {}</p></section>",
            escape(url),
            t::NOT_MEASURED,
            escape(error)
        );
    }
    html::end(&mut out);
    out
}
