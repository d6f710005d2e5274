//! What changed in the result between two versions (component by component, from the stored
//! estimate documents), and a channel-shift scenario computed on request.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::routing::get;
use maud::{Markup, PreEscaped, html};
use serde::Deserialize;
use sero_core::compare::{self, Shift};
use sero_i18n::msg;
use sero_store::Role;

use super::{here, member};
use crate::App;
use crate::assess;
use crate::auth::Signed;
use crate::error::AppError;
use crate::layout::page;
use crate::words::Words;

pub fn routes() -> Router<Arc<App>> {
    Router::new().route("/o/{org}/s/{service}/v/{number}/shift", get(shift))
}

/// One component's figure in two versions.
struct Change {
    path: String,
    a: Option<f64>,
    b: Option<f64>,
}

fn figures(document: &serde_json::Value) -> Vec<(String, f64)> {
    document["components"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|c| Some((c["path"].as_str()?.to_owned(), c["co2e_kg"].as_f64()?)))
                .collect()
        })
        .unwrap_or_default()
}

/// The components whose figure differs between two stored estimate documents (added, removed
/// or changed), largest change first.
fn changes(a: &serde_json::Value, b: &serde_json::Value) -> Vec<Change> {
    let fa = figures(a);
    let fb = figures(b);
    let mut out: Vec<Change> = Vec::new();
    for (path, value) in &fa {
        let other = fb.iter().find(|(p, _)| p == path).map(|(_, v)| *v);
        if other != Some(*value) {
            out.push(Change {
                path: path.clone(),
                a: Some(*value),
                b: other,
            });
        }
    }
    for (path, value) in &fb {
        if !fa.iter().any(|(p, _)| p == path) {
            out.push(Change {
                path: path.clone(),
                a: None,
                b: Some(*value),
            });
        }
    }
    let size = |c: &Change| (c.b.unwrap_or(0.0) - c.a.unwrap_or(0.0)).abs();
    out.sort_by(|x, y| size(y).total_cmp(&size(x)));
    out
}

/// The table of what changed in the result, for the comparison page.
pub fn result_changes(
    words: &Words,
    (a_number, a_result): (i64, &str),
    (b_number, b_result): (i64, &str),
) -> Markup {
    let a = assess::stored(a_result, words.lang()).estimate;
    let b = assess::stored(b_result, words.lang()).estimate;
    let list = changes(&a, &b);
    let kg = |v: Option<f64>| {
        v.map(|v| words.t(msg!("web-kg", value = v)))
            .unwrap_or_default()
    };
    html! {
        h2 { (words.t(msg!("web-compare-result"))) }
        @if list.is_empty() {
            p { (words.t(msg!("web-compare-same-result"))) }
        } @else {
            table {
                caption class="visually-hidden" { (words.t(msg!("web-compare-result"))) }
                thead { tr {
                    th scope="col" { (words.t(msg!("web-col-component"))) }
                    th scope="col" class="num" { (words.t(msg!("web-version-n", number = a_number))) }
                    th scope="col" class="num" { (words.t(msg!("web-version-n", number = b_number))) }
                    th scope="col" class="num" { (words.t(msg!("web-col-change"))) }
                } }
                tbody {
                    @for c in &list {
                        tr {
                            th scope="row" { code { (c.path) } }
                            td class="num" { (kg(c.a)) }
                            td class="num" { (kg(c.b)) }
                            td class="num" { (kg(Some(c.b.unwrap_or(0.0) - c.a.unwrap_or(0.0)))) }
                        }
                    }
                }
            }
        }
    }
}

#[derive(Deserialize)]
struct ShiftQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    /// Percent of `from`'s transactions moved to `to`.
    percent: Option<f64>,
}

/// The form that asks for a shift scenario, on a version's page.
pub fn shift_form(words: &Words, action: &str, channels: &[(String, String)]) -> Markup {
    html! {
        @if channels.len() > 1 {
            form method="get" action=(action) class="compare" {
                div class="field" {
                    label for="shift-from" { (words.t(msg!("web-shift-from"))) }
                    select id="shift-from" name="from" { @for (id, name) in channels { option value=(id) { (name) } } }
                }
                div class="field" {
                    label for="shift-to" { (words.t(msg!("web-shift-to"))) }
                    select id="shift-to" name="to" { @for (id, name) in channels { option value=(id) { (name) } } }
                }
                div class="field" {
                    label for="shift-percent" { (words.t(msg!("web-shift-percent"))) }
                    input id="shift-percent" name="percent" type="number" min="0" max="100" step="any" value="25" required;
                }
                button type="submit" { (words.t(msg!("web-shift-button"))) }
            }
        }
    }
}

/// The channels of a stored estimate document: (id, name).
pub fn channels(result: &str) -> Vec<(String, String)> {
    assess::stored_channels(result)
}

/// A channel-shift scenario on a version, computed now with the factors the server has.
async fn shift(
    State(app): State<Arc<App>>,
    words: Words,
    signed: Signed,
    uri: Uri,
    Path((org, service, number)): Path<(String, String, i64)>,
    Query(q): Query<ShiftQuery>,
) -> Result<Markup, AppError> {
    let membership = member(&app, &signed, &org, Role::Viewer).await?;
    let service = app
        .store
        .service(membership.org.id, &service)
        .await?
        .ok_or(AppError::NotFound)?;
    let version = app
        .store
        .version(membership.org.id, service.id, number)
        .await?
        .ok_or(AppError::NotFound)?;
    let percent = q
        .percent
        .filter(|p| p.is_finite() && (0.0..=100.0).contains(p))
        .ok_or_else(|| AppError::BadRequest(msg!("web-shift-percent-invalid")))?;
    let known = channels(&version.assessment.result);
    if !known.iter().any(|(id, _)| *id == q.from)
        || !known.iter().any(|(id, _)| *id == q.to)
        || q.from == q.to
    {
        return Err(AppError::BadRequest(msg!("web-shift-channels-invalid")));
    }
    let shift = Shift {
        from: q.from.clone(),
        to: q.to.clone(),
        fraction: percent / 100.0,
    };
    let label = format!("{}:{}={percent}%", q.from, q.to);
    let format = assess::format_of(&version.format).unwrap_or(sero_manifest::tree::Format::Yaml);
    let app2 = app.clone();
    let lang = words.lang();
    let sections = tokio::task::spawn_blocking(move || -> Result<String, AppError> {
        let (service, assessment) = assess::read(&app2, &version.manifest, format, &version.files)
            .map_err(|_| AppError::BadRequest(msg!("web-rerun-failed")))?;
        let report = compare::report(
            &service,
            &assessment,
            &app2.registry,
            &app2.factors,
            &[shift],
        )
        .map_err(|e| AppError::BadRequest(msg!("web-shift-failed", reason = e.to_string())))?;
        Ok(sero_render::compare::html_sections(
            &report,
            &[label],
            &[],
            None,
            app2.localizer(lang),
        ))
    })
    .await
    .map_err(|_| AppError::BadRequest(msg!("web-error-internal")))??;
    let back = format!("/o/{}/s/{}/v/{number}", membership.org.slug, service.slug);
    Ok(page(
        &words,
        Some(&here(uri.path(), &signed)),
        &words.t(msg!(
            "web-shift-title",
            name = service.name.as_str(),
            number = number
        )),
        html! {
            p { (words.t(msg!("web-shift-intro", edition = app.edition.as_str()))) }
            p { a href=(back) { (words.t(msg!("web-back-to-version", number = number))) } }
            div class="report" { (PreEscaped(sections)) }
        },
    ))
}
