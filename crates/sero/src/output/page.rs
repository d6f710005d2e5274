//! Reports of `sero page`: a table, a JSON document, a self-contained HTML page.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::{Value, json};

use sero_core::Arg;
use sero_core::findings::Finding;
use sero_core::page_report::{Group, PageReport};

use super::Grid;
use super::layout::{mass, mass_unit, mass_with_unit, symbol, width, wrap};
use crate::i18n::localizer;
use crate::tr;
use sero_core::budget::Budget;
use sero_render::html::{self, escape, table as html_table};

/// Bytes in the unit their size reads best in, to three significant figures.
pub fn bytes(n: u64) -> String {
    let number = |value: f64| localizer().number(value);
    if n >= 1_000_000 {
        format!("{} MB", number(n as f64 / 1e6))
    } else if n >= 1000 {
        format!("{} kB", number(n as f64 / 1e3))
    } else {
        format!("{} B", localizer().count(n as i64))
    }
}

/// Grams of CO2e in the unit their size reads best in (grams for a page view).
pub fn grams(g: f64) -> String {
    let kg = g / 1000.0;
    mass_with_unit(kg, mass_unit(kg, None))
}

/// The name of a resource type (the browser's `Network.ResourceType`, which the JSON keeps as
/// its key) in the reader's language; a type sero does not know is shown as the browser names
/// it.
fn resource_type(key: &str) -> String {
    match key {
        "Document" => tr!("page-type-document"),
        "Stylesheet" => tr!("page-type-stylesheet"),
        "Image" => tr!("page-type-image"),
        "Media" => tr!("page-type-media"),
        "Font" => tr!("page-type-font"),
        "Script" => tr!("page-type-script"),
        "TextTrack" => tr!("page-type-text-track"),
        "XHR" | "Fetch" => tr!("page-type-fetch", kind = key),
        "EventSource" => tr!("page-type-event-source"),
        "WebSocket" => tr!("page-type-websocket"),
        "Manifest" => tr!("page-type-manifest"),
        "Prefetch" => tr!("page-type-prefetch"),
        "Ping" => tr!("page-type-ping"),
        "Preflight" => tr!("page-type-preflight"),
        "Other" => tr!("page-type-other"),
        other => other.to_owned(),
    }
}

/// Rows of a label, a figure and words about it: the labels and figures in aligned columns,
/// the words wrapped under their own column so no line is wider than `width`.
fn label_rows(rows: &[[String; 3]], indent: &str, width: usize) -> String {
    let mut grid = Grid::new(&["", ""], &[false, true]);
    for [label, figure, _] in rows {
        grid.row(vec![label.clone(), figure.clone()]);
    }
    let lead = grid.render(indent);
    let column = lead.lines().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
    let mut out = String::new();
    for (line, [label, figure, words]) in lead.lines().zip(rows) {
        if words.is_empty() {
            let _ = writeln!(out, "{line}");
            continue;
        }
        let first = if label.is_empty() && figure.is_empty() {
            " ".repeat(column)
        } else {
            format!("{line:<column$}")
        };
        out.push_str(&wrap(words, width, &first, &" ".repeat(column)));
    }
    out
}

fn count(n: u64) -> String {
    localizer().count(i64::try_from(n).unwrap_or(i64::MAX))
}

/// How much of a budget is used, as a whole percentage.
fn percent_used(used: f64) -> i64 {
    (used * 100.0).round() as i64
}

/// The budget row of a report: `12.3 kB of 10 kB (123% of the budget) — over budget`.
pub fn budget_row(actual: &str, limit: &str, used: f64) -> String {
    if used > 1.0 {
        tr!(
            "page-budget-row-over",
            actual = actual,
            limit = limit,
            percent = percent_used(used)
        )
    } else {
        tr!(
            "page-budget-row",
            actual = actual,
            limit = limit,
            percent = percent_used(used)
        )
    }
}

/// One line for a page over its budget: its actual value and the limit, in the same unit.
pub fn over_budget(url: &str, actual: &str, limit: &str, used: f64) -> String {
    tr!(
        "page-over-budget",
        url = url,
        actual = actual,
        limit = limit,
        percent = percent_used(used)
    )
}

/// The same for a journey.
pub fn journey_over_budget(name: &str, actual: &str, limit: &str, used: f64) -> String {
    tr!(
        "journey-over-budget",
        name = name,
        actual = actual,
        limit = limit,
        percent = percent_used(used)
    )
}

/// Which grid the grams are at.
pub fn grid_sentence(code: Option<&str>, g_per_kwh: f64, factor: Option<&str>) -> String {
    let intensity = localizer().number(g_per_kwh);
    let intensity = intensity.as_str();
    match (code, factor) {
        (Some("GBR"), Some(factor)) => tr!(
            "page-grid-uk-factor",
            intensity = intensity,
            factor = factor
        ),
        (Some("GBR"), None) => tr!("page-grid-uk", intensity = intensity),
        (Some(code), Some(factor)) => tr!(
            "page-grid-country-factor",
            country = code,
            intensity = intensity,
            factor = factor
        ),
        (Some(code), None) => tr!("page-grid-country", country = code, intensity = intensity),
        (None, Some(factor)) => tr!("page-grid-factor", intensity = intensity, factor = factor),
        (None, None) => tr!("page-grid", intensity = intensity),
    }
}

/// The green column: `green (Provider)` when the greencheck API named the host.
fn hosting_text(g: &Group, hosted_by: &BTreeMap<String, String>) -> String {
    match (g.green, hosted_by.get(&g.key.to_ascii_lowercase())) {
        (Some(true), Some(host)) => tr!("page-green-by", host = host),
        (Some(true), None) => tr!("page-green"),
        (Some(false), _) => tr!("page-not-green"),
        (None, _) => tr!("page-green-unknown"),
    }
}

fn budget_text(budget: Option<Budget>, report: &PageReport) -> Option<String> {
    budget.map(|b| {
        budget_row(
            &show(b, b.actual(report.co2e_g, report.transfer_bytes)),
            &show_limit(b),
            b.used(report),
        )
    })
}

fn ecoindex_estimate(r: &PageReport) -> String {
    tr!(
        "page-ecoindex-grade",
        grade = r.ecoindex.grade,
        // Both lie between 1 and 4.5 and EcoIndex rounds them to 0.01: three significant
        // figures, as every other quantity, show them in full.
        ges = r.ecoindex.ges_g,
        water = r.ecoindex.water_cl
    )
}

/// Column headings, as owned words and as the slices a [`Grid`] takes.
fn heads(ids: &[String]) -> Vec<&str> {
    ids.iter().map(String::as_str).collect()
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
        let width = width();
        let mut summary: Vec<[String; 3]> = Vec::new();
        summary.push([
            tr!("page-first-view"),
            bytes(r.transfer_bytes),
            tr!(
                "page-requests-and-elements",
                requests = r.requests,
                elements = m.dom_elements
            ),
        ]);
        if let Some(repeat) = r.repeat_transfer_bytes {
            summary.push([tr!("page-repeat-view"), bytes(repeat), String::new()]);
        }
        summary.push([
            tr!("page-per-visit"),
            grams(r.co2e_g),
            tr!("page-rating", rating = r.rating),
        ]);
        summary.push([
            "EcoIndex".to_owned(),
            localizer().number_or_count(r.ecoindex.score),
            ecoindex_estimate(r),
        ]);
        if let Some(b) = budget_text(budget, r) {
            summary.push([tr!("page-budget"), String::new(), b]);
        }
        out.push_str(&label_rows(&summary, "  ", width));
        for sentence in ratings_and_grid(r) {
            out.push_str(&wrap(&sentence, width, "  ", "    "));
        }
        out.push('\n');
        let head = [
            tr!("page-column-type"),
            tr!("page-column-requests"),
            tr!("page-column-bytes"),
        ];
        let mut grid = Grid::new(&heads(&head), &[false, true, true]);
        for g in &r.by_type {
            grid.row(vec![
                resource_type(&g.key),
                count(g.requests as u64),
                bytes(g.transfer_bytes),
            ]);
        }
        out.push_str(&grid.render_within("  ", width, &[0]));
        out.push('\n');
        let head = [
            tr!("page-column-domain"),
            tr!("page-column-party"),
            tr!("page-column-green"),
            tr!("page-column-requests"),
            tr!("page-column-bytes"),
        ];
        let mut grid = Grid::new(&heads(&head), &[false, false, false, true, true]);
        for g in &r.by_domain {
            grid.row(vec![
                g.key.clone(),
                party(g),
                hosting_text(g, hosted_by),
                count(g.requests as u64),
                bytes(g.transfer_bytes),
            ]);
        }
        out.push_str(&grid.render_within("  ", width, &[0, 2]));
        let (fix_first, also): (Vec<&Finding>, Vec<&Finding>) =
            r.findings.iter().partition(|f| f.fix_first());
        if !fix_first.is_empty() {
            out.push('\n');
            out.push_str(&wrap(&tr!("page-fix-first"), width, "  ", "  "));
            let unit = saving_unit(&fix_first);
            let head = [
                "#".to_owned(),
                tr!("page-column-finding"),
                tr!("page-column-at-stake"),
                tr!("page-column-saving"),
                symbol(unit).to_owned(),
                tr!("page-column-wsg"),
            ];
            let mut grid = Grid::new(&heads(&head), &[true, false, true, true, true, false]);
            for (i, f) in fix_first.iter().enumerate() {
                grid.row(vec![
                    (i + 1).to_string(),
                    crate::i18n::tr(&f.title),
                    bytes(f.bytes_at_stake),
                    saving_bytes(f),
                    saving_mass(f, unit),
                    f.criterion.id.to_owned(),
                ]);
            }
            out.push_str(&grid.render_within("    ", width, &[1, 5]));
        }
        if !also.is_empty() {
            out.push('\n');
            out.push_str(&wrap(&tr!("page-also-found"), width, "  ", "  "));
            let head = [
                tr!("page-column-finding"),
                tr!("page-column-at-stake"),
                tr!("page-column-saving"),
                tr!("page-column-wsg"),
            ];
            let mut grid = Grid::new(&heads(&head), &[false, true, true, false]);
            for f in also {
                grid.row(vec![
                    crate::i18n::tr(&f.title),
                    bytes(f.bytes_at_stake),
                    saving_bytes(f),
                    f.criterion.id.to_owned(),
                ]);
            }
            out.push_str(&grid.render_within("    ", width, &[0, 3]));
        }
        for limit in &m.limits {
            out.push_str(&wrap(
                &tr!("page-limit", limit = limit),
                width,
                "  ",
                "    ",
            ));
        }
        if r.by_domain.iter().all(|g| g.green.is_none()) {
            out.push_str(&wrap(&tr!("page-green-not-checked"), width, "  ", "    "));
        }
    }
    for (url, error) in errors {
        let _ = writeln!(out, "\n{url}");
        out.push_str(&wrap(
            &tr!("page-not-measured", error = error),
            width(),
            "  ",
            "    ",
        ));
    }
    out
}

/// The bytes a fix saves, or "not estimated".
fn saving_bytes(f: &Finding) -> String {
    f.bytes_saved
        .map_or_else(|| tr!("page-not-estimated"), bytes)
}

/// The unit of a column of savings: the unit of its median.
fn saving_unit(findings: &[&Finding]) -> sero_render::MassUnit {
    super::layout::column_unit(
        findings
            .iter()
            .filter_map(|f| f.co2e_g_saved)
            .map(|g| g / 1000.0),
        None,
    )
}

fn saving_mass(f: &Finding, unit: sero_render::MassUnit) -> String {
    f.co2e_g_saved
        .map_or_else(|| "–".to_owned(), |g| mass(g / 1000.0, unit))
}

/// The SWD rating and EcoIndex explained side by side, then the grid the grams are at.
fn ratings_and_grid(r: &PageReport) -> [String; 3] {
    [
        tr!("page-swd-sentence", rating = r.rating),
        tr!(
            "page-ecoindex-sentence",
            // A whole score out of 100, as EcoIndex shows it: `87/100`, not `87.0/100`.
            score = Arg::Exact(r.ecoindex.score),
            grade = r.ecoindex.grade
        ),
        grid_sentence(
            r.grid.code.as_deref(),
            r.grid.g_per_kwh,
            r.grid.factor.as_deref(),
        ),
    ]
}

fn party(g: &Group) -> String {
    if g.first_party {
        tr!("page-first-party")
    } else {
        tr!("page-third-party")
    }
}

/// The words of the JSON's findings: JSON is data, the same in every language; a program keys
/// on a finding's `id`, and its `title` and `detail` are in English.
static ENGLISH: std::sync::LazyLock<crate::i18n::Localizer> =
    std::sync::LazyLock::new(|| crate::i18n::Localizer::new(crate::i18n::Lang::En));

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
                "cancelled": x.cancelled,
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
            "title": ENGLISH.render(&f.title),
            "detail": ENGLISH.render(&f.detail),
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
    html::start(&mut out, localizer().lang().code(), &tr!("page-html-title"));
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
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td>{}</td></tr>",
            escape(&tr!("page-first-view")),
            bytes(r.transfer_bytes),
            escape(&tr!(
                "page-requests-and-elements",
                requests = r.requests,
                elements = m.dom_elements
            )),
        );
        if let Some(repeat) = r.repeat_transfer_bytes {
            let _ = write!(
                rows,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td></td></tr>",
                escape(&tr!("page-repeat-view")),
                bytes(repeat)
            );
        }
        let _ = write!(
            rows,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td><td>{}</td></tr>",
            escape(&tr!("page-per-visit")),
            grams(r.co2e_g),
            escape(&tr!("page-rating", rating = r.rating)),
        );
        let _ = write!(
            rows,
            "<tr><th scope=\"row\">EcoIndex</th><td class=\"n\">{}</td><td>{}</td></tr>",
            localizer().number_or_count(r.ecoindex.score),
            escape(&ecoindex_estimate(r))
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
                escape(&tr!("page-budget")),
                escape(&b)
            );
        }
        html_table(
            &mut out,
            &format!("summary-{n}"),
            &tr!("page-summary"),
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
                escape(&party(g)),
                escape(&hosting_text(g, hosted_by)),
                bytes(g.transfer_bytes)
            );
        }
        let head = [
            tr!("page-column-domain"),
            tr!("page-column-party"),
            tr!("page-column-green"),
            tr!("page-column-bytes"),
        ];
        html_table(
            &mut out,
            &format!("domains-{n}"),
            &tr!("page-by-domain"),
            &heads(&head),
            &rows,
        );
        let (fix_first, also): (Vec<&Finding>, Vec<&Finding>) =
            r.findings.iter().partition(|f| f.fix_first());
        let unit = saving_unit(&fix_first);
        let finding_row = |rank: Option<usize>, f: &Finding| {
            format!(
                "<tr>{}<th scope=\"row\">{}<br><small>{}</small></th><td class=\"n\">{}</td><td class=\"n\">{}</td>{}<td><a href=\"{}\">{}</a></td></tr>",
                rank.map(|i| format!("<td class=\"n\">{i}</td>"))
                    .unwrap_or_default(),
                escape(&crate::i18n::tr(&f.title)),
                escape(&crate::i18n::tr(&f.detail)),
                bytes(f.bytes_at_stake),
                escape(&saving_bytes(f)),
                if rank.is_some() {
                    format!("<td class=\"n\">{}</td>", saving_mass(f, unit))
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
            let head = [
                tr!("page-column-rank"),
                tr!("page-column-finding"),
                tr!("page-column-at-stake"),
                tr!("page-column-saving"),
                symbol(unit).to_owned(),
                tr!("page-column-wsg"),
            ];
            html_table(
                &mut out,
                &format!("fix-first-{n}"),
                &tr!("page-fix-first"),
                &heads(&head),
                &rows,
            );
        }
        if !also.is_empty() {
            let rows: String = also.iter().map(|f| finding_row(None, f)).collect();
            let head = [
                tr!("page-column-finding"),
                tr!("page-column-at-stake"),
                tr!("page-column-saving"),
                tr!("page-column-wsg"),
            ];
            html_table(
                &mut out,
                &format!("also-found-{n}"),
                &tr!("page-also-found"),
                &heads(&head),
                &rows,
            );
        }
        for limit in &m.limits {
            let _ = write!(out, "<p>{}</p>", escape(&tr!("page-limit", limit = limit)));
        }
        out.push_str("</section>");
    }
    for (url, error) in errors {
        let _ = write!(
            out,
            "<section><h2>{}</h2><p class=\"over\">{}</p></section>",
            escape(url),
            escape(&tr!("page-not-measured", error = error))
        );
    }
    html::end(&mut out);
    out
}

/// A budget's limit as it was written: `0.3 g`, `10 kB`.
pub fn show_limit(budget: Budget) -> String {
    format!("{} {}", budget.limit, budget.unit.symbol)
}

/// A value in a budget's unit: `0.0123 g`, `1.5 MB`.
pub fn show(budget: Budget, value: f64) -> String {
    format!("{} {}", super::number(value), budget.unit.symbol)
}
