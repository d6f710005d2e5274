//! `sero estimate`'s report of an [`Assessment`]: HTML (a page of its own, or the sections a
//! page embeds), the JSON body (documented in docs/json-output.md, stamped by
//! [`crate::document`]) and CSV, in the language of the [`Localizer`] given.

use std::fmt::Write;

use serde_json::{Value, json};

use sero_core::evaluate::{Assessment, AssumptionNote, ComponentResult, Interval};
use sero_core::impact::{DataQuality, Kind, Scope};
use sero_core::{Arg, msg};

use crate::html::{self, Bar, escape, row};
use crate::units::{column_unit, mass, mass_unit, mass_with_unit, percent, range, symbol};
use crate::{Localizer, MassUnit, said, tr};

/// What a component is called in reports: its `name:` when it has one, else its path.
pub fn component_label(c: &ComponentResult) -> String {
    c.name.clone().unwrap_or_else(|| c.path.clone())
}

/// Each component's label by path: its name, with its path beside it when two share a name.
pub fn labels(a: &Assessment, l: &Localizer) -> Vec<(String, String)> {
    a.components
        .iter()
        .map(|c| {
            let label = component_label(c);
            let shared = c.name.is_some()
                && a.components
                    .iter()
                    .filter(|o| o.name.as_deref() == c.name.as_deref())
                    .count()
                    > 1;
            let label = if shared {
                tr(
                    l,
                    msg!("component-label-with-id", name = label, id = &c.path),
                )
            } else {
                label
            };
            (c.path.clone(), label)
        })
        .collect()
}

/// The report's title: the service, and its organisation when it names one.
pub fn title(a: &Assessment, l: &Localizer) -> String {
    match &a.organisation {
        Some(org) => tr(
            l,
            msg!(
                "report-title-with-organisation",
                service = &a.service,
                organisation = org
            ),
        ),
        None => a.service.clone(),
    }
}

/// The period, its days, the functional unit and the transactions, in one sentence.
pub fn period(a: &Assessment, l: &Localizer) -> String {
    tr(
        l,
        msg!(
            "estimate-period",
            start = a.period.start.to_string(),
            end = a.period.end.to_string(),
            days = a.period_days,
            unit = &a.functional_unit,
            transactions = Arg::Text(l.number_or_count(a.transactions))
        ),
    )
}

/// The plain-language summary at the top of the report.
pub fn summary(a: &Assessment, forced: Option<MassUnit>, l: &Localizer) -> String {
    let total = a.co2e_kg();
    let per_unit = a.per_unit_kg();
    let mut sentences = vec![tr(
        l,
        msg!(
            "estimate-summary-total",
            total = mass_with_unit(l, total, mass_unit(total, forced)),
            per_unit = mass_with_unit(l, per_unit, mass_unit(per_unit, forced)),
            unit = &a.functional_unit
        ),
    )];
    if let Some(top) = a.hotspots().first()
        && total > 0.0
    {
        sentences.push(tr(
            l,
            msg!(
                "estimate-summary-hotspot",
                component = component_label(top),
                share = percent(l, top.co2e_kg() / total)
            ),
        ));
    }
    let channels: Vec<_> = a
        .channels
        .iter()
        .filter(|c| c.transactions > 0.0 && c.per_transaction_kg().is_finite())
        .collect();
    if channels.len() > 1 {
        let lowest = channels
            .iter()
            .min_by(|x, y| x.per_transaction_kg().total_cmp(&y.per_transaction_kg()));
        let highest = channels
            .iter()
            .max_by(|x, y| x.per_transaction_kg().total_cmp(&y.per_transaction_kg()));
        if let (Some(lowest), Some(highest)) = (lowest, highest) {
            let low = lowest.per_transaction_kg();
            let high = highest.per_transaction_kg();
            sentences.push(tr(
                l,
                msg!(
                    "estimate-summary-channels",
                    unit = &a.functional_unit,
                    lowest = mass_with_unit(l, low, mass_unit(low, forced)),
                    lowest_channel = &lowest.name,
                    highest = mass_with_unit(l, high, mass_unit(high, forced)),
                    highest_channel = &highest.name
                ),
            ));
        }
    }
    let spend: f64 = a
        .by_quality()
        .iter()
        .filter(|(q, _)| *q == DataQuality::SpendBased)
        .map(|(_, v)| v)
        .sum();
    if spend > 0.0 && total > 0.0 {
        sentences.push(tr(
            l,
            msg!(
                "estimate-summary-spend-based",
                share = percent(l, spend / total)
            ),
        ));
    }
    sentences.join(" ")
}

/// One assumption with the components it applies to: every one of them when
/// `every_component`, else up to three and a count beyond.
pub fn assumption_line(note: &AssumptionNote, every_component: bool, l: &Localizer) -> String {
    let components = if every_component || note.components.len() <= 3 {
        note.components.join(", ")
    } else {
        tr(l, msg!("components-count", count = note.components.len()))
    };
    tr(
        l,
        msg!(
            "estimate-assumption-applies",
            assumption = note.message.clone(),
            components = components
        ),
    )
}

/// The assessment's assumptions and model defaults, one line each with every component it
/// applies to.
pub fn assumption_lines(a: &Assessment, l: &Localizer) -> Vec<String> {
    a.assumptions()
        .iter()
        .map(|note| {
            tr(
                l,
                msg!(
                    "estimate-assumption-applies",
                    assumption = note.message.clone(),
                    components = note.components.join(", ")
                ),
            )
        })
        .collect()
}

/// What a bar chart shows, in words: each bar's label and figure.
pub fn chart_description(bars: &[Bar], l: &Localizer) -> String {
    let items: Vec<String> = bars
        .iter()
        .map(|b| {
            tr(
                l,
                msg!("html-chart-bar", label = &b.label, value = &b.shown),
            )
        })
        .collect();
    tr(l, msg!("html-chart-description", bars = items.join("; ")))
}

/// The estimate as a self-contained HTML page (`sero estimate --format html`): the title, then
/// [`html_sections`], with the stylesheet inline.
pub fn html_document(
    a: &Assessment,
    unit: Option<MassUnit>,
    notes: &[String],
    l: &Localizer,
) -> String {
    let mut out = String::new();
    html::start(&mut out, l.lang().code(), &title(a, l));
    out.push_str(&html_sections(a, unit, notes, l));
    html::end(&mut out);
    out
}

/// The estimate's report as sections for a page to embed (headings from `<h2>`, no inline
/// style or script; classes styled by [`crate::html::REPORT_CSS`]): the plain-language summary
/// first, the totals, a bar chart and table of the hotspots, each channel, the scopes, then
/// the assumptions and warnings. Every word from the catalogue, masses to three significant
/// figures. `notes` are the factor library's notes (overridden factors).
pub fn html_sections(
    a: &Assessment,
    unit: Option<MassUnit>,
    notes: &[String],
    l: &Localizer,
) -> String {
    let t = |m| tr(l, m);
    let mut out = String::new();
    let total = a.co2e_kg();
    let _ = write!(
        out,
        "<p>{}</p><p>{}</p>",
        escape(&summary(a, unit, l)),
        escape(&period(a, l))
    );

    let total_unit = mass_unit(total, unit);
    let totals = [
        row(
            &t(msg!("estimate-total")),
            &[
                (&mass(l, total, total_unit), true),
                (&range(l, a.interval, total_unit), false),
            ],
        ),
        row(
            &t(msg!("estimate-operational")),
            &[
                (
                    &mass(l, a.kind_co2e_kg(Kind::Operational), total_unit),
                    true,
                ),
                ("", false),
            ],
        ),
        row(
            &t(msg!("estimate-embodied")),
            &[
                (&mass(l, a.kind_co2e_kg(Kind::Embodied), total_unit), true),
                ("", false),
            ],
        ),
    ]
    .concat();
    let part = t(msg!("html-column-part"));
    html::table(
        &mut out,
        "totals",
        &t(msg!("html-totals")),
        &[&part, symbol(total_unit), &t(msg!("column-interval"))],
        &totals,
    );
    let per_unit_kg = a.per_unit_kg();
    let per_unit = mass_unit(per_unit_kg, unit);
    let _ = write!(
        out,
        "<p>{}</p><p>{}</p>",
        escape(&t(msg!(
            "estimate-per-unit",
            unit = &a.functional_unit,
            value = mass_with_unit(l, per_unit_kg, per_unit)
        ))),
        escape(&t(msg!("estimate-energy", kwh = a.energy_kwh())))
    );

    // Hotspots: the ten largest, as a chart and as a table.
    let hotspots: Vec<_> = a.hotspots().into_iter().take(10).collect();
    let hotspot_unit = column_unit(hotspots.iter().map(|c| c.co2e_kg()), unit);
    let labels = labels(a, l);
    let label = |c: &ComponentResult| {
        labels
            .iter()
            .find(|(path, _)| *path == c.path)
            .map_or_else(|| component_label(c), |(_, l)| l.clone())
    };
    // Channels by the names people gave them.
    let channel = |c: &ComponentResult| match &c.channel {
        Some(id) => a
            .channels
            .iter()
            .find(|ch| ch.id == *id)
            .map_or_else(|| id.clone(), |ch| ch.name.clone()),
        None => t(msg!("channel-all")),
    };
    let heading = t(msg!("estimate-hotspots"));
    let _ = write!(out, "<h2>{}</h2>", escape(&heading));
    let bars: Vec<Bar> = hotspots
        .iter()
        .map(|c| Bar {
            label: label(c),
            value: c.co2e_kg(),
            shown: mass_with_unit(l, c.co2e_kg(), hotspot_unit),
        })
        .collect();
    out.push_str(&html::bar_chart(
        "hotspots-chart",
        &t(msg!("html-chart-hotspots", mass = symbol(hotspot_unit))),
        &chart_description(&bars, l),
        &bars,
    ));
    let rows: String = hotspots
        .iter()
        .map(|c| {
            row(
                &label(c),
                &[
                    (&channel(c), false),
                    (&mass(l, c.co2e_kg(), hotspot_unit), true),
                    (&percent(l, c.co2e_kg() / total), true),
                    (&range(l, c.interval, hotspot_unit), false),
                    (&l.render(&c.impact.quality.message()), false),
                ],
            )
        })
        .collect();
    html::table(
        &mut out,
        "hotspots",
        &heading,
        &[
            &t(msg!("column-component")),
            &t(msg!("column-channel")),
            symbol(hotspot_unit),
            &t(msg!("column-share")),
            &t(msg!("column-interval")),
            &t(msg!("column-quality")),
        ],
        &rows,
    );

    // Channels.
    if !a.channels.is_empty() {
        let heading = t(msg!("estimate-by-channel"));
        let _ = write!(out, "<h2>{}</h2>", escape(&heading));
        let channel_unit = column_unit(a.channels.iter().map(|c| c.co2e_kg), unit);
        let per_channel_unit = column_unit(a.channels.iter().map(|c| c.per_transaction_kg()), unit);
        let rows: String = a
            .channels
            .iter()
            .map(|c| {
                row(
                    &c.name,
                    &[
                        (&l.number_or_count(c.transactions), true),
                        (&mass(l, c.co2e_kg, channel_unit), true),
                        (&mass(l, c.per_transaction_kg(), per_channel_unit), true),
                    ],
                )
            })
            .collect();
        html::table(
            &mut out,
            "channels",
            &heading,
            &[
                &t(msg!("column-channel")),
                &t(msg!("column-transactions")),
                symbol(channel_unit),
                &t(msg!(
                    "column-per-unit",
                    unit = symbol(per_channel_unit),
                    functional_unit = &a.functional_unit
                )),
            ],
            &rows,
        );
    }

    // Scopes.
    let heading = t(msg!("estimate-by-scope"));
    let _ = write!(out, "<h2>{}</h2>", escape(&heading));
    let scope_unit = column_unit(a.by_scope().iter().map(|(_, v)| *v), unit);
    let rows: String = a
        .by_scope()
        .into_iter()
        .map(|(scope, value)| {
            row(
                &l.render(&scope.message()),
                &[
                    (&mass(l, value, scope_unit), true),
                    (&percent(l, value / total), true),
                ],
            )
        })
        .collect();
    html::table(
        &mut out,
        "scopes",
        &heading,
        &[
            &t(msg!("column-scope")),
            symbol(scope_unit),
            &t(msg!("column-share")),
        ],
        &rows,
    );

    let assumptions: Vec<String> = notes
        .iter()
        .cloned()
        .chain(assumption_lines(a, l))
        .collect();
    html::list(&mut out, &t(msg!("estimate-assumptions")), &assumptions);
    html::list(
        &mut out,
        &t(msg!("estimate-warnings")),
        &said(l, &a.all_warnings()),
    );
    out
}

fn finite(value: f64) -> Value {
    if value.is_finite() {
        json!(value)
    } else {
        Value::Null
    }
}

fn low(i: Option<Interval>) -> Value {
    i.map_or(Value::Null, |i| finite(i.low))
}

fn high(i: Option<Interval>) -> Value {
    i.map_or(Value::Null, |i| finite(i.high))
}

fn scope_json(scope: Scope) -> Value {
    let category = match scope {
        Scope::Scope3(c) => json!(c),
        _ => Value::Null,
    };
    let number = match scope {
        Scope::Scope1 => 1,
        Scope::Scope2 => 2,
        Scope::Scope3(_) => 3,
    };
    json!({"key": scope.key(), "scope": number, "category": category, "category_name": scope.category_name()})
}

fn component_json(c: &ComponentResult, total: f64, l: &Localizer) -> Value {
    let parts: Vec<Value> = c
        .impact
        .parts
        .iter()
        .map(|p| {
            json!({
                "element": p.element.key(),
                "label": p.label,
                "kind": match p.kind { Kind::Operational => "operational", Kind::Embodied => "embodied" },
                "scope": p.scope.key(),
                "stage": p.stage.key(),
                "co2e_kg": finite(p.co2e_kg),
                "energy_kwh": finite(p.energy_kwh),
            })
        })
        .collect();
    let e = &c.explanation;
    json!({
        "id": c.id,
        "path": c.path,
        "name": c.name,
        "model": c.model,
        "channel": c.channel,
        "basis": c.basis.key(),
        "volume": finite(c.volume),
        "share": finite(c.share),
        "co2e_kg": finite(c.co2e_kg()),
        "co2e_kg_low": low(c.interval),
        "co2e_kg_high": high(c.interval),
        "co2e_kg_per_basis_unit": finite(c.unit_impact.co2e_kg()),
        "operational_co2e_kg": finite(c.impact.kind_co2e_kg(Kind::Operational)),
        "embodied_co2e_kg": finite(c.impact.kind_co2e_kg(Kind::Embodied)),
        "energy_kwh": finite(c.impact.energy_kwh()),
        "share_of_total": if c.error.is_none() && total != 0.0 { finite(c.co2e_kg() / total) } else { Value::Null },
        "data_quality": c.impact.quality.key(),
        "parts": parts,
        "explain": {
            "formula": e.formula,
            "inputs": e.inputs.iter().map(|i| json!({"name": i.name, "value": i.shown(), "default": i.defaulted})).collect::<Vec<_>>(),
            "factors": e.factors.iter().map(|f| crate::document::factor(f)).collect::<Vec<_>>(),
            "steps": e.steps,
        },
        "assumptions": said(l, &c.assumptions),
        "warnings": said(l, &c.warnings),
        "error": c.error.as_ref().map(|e| l.render(&e.message())),
    })
}

/// The body of `sero estimate --format json`, before [`crate::document::write`] stamps it
/// (`Kind::Estimate`, with the service's period). Keys carry their units; the layout changes
/// only with `schema_version`. Assumptions, warnings and errors are in the localizer's
/// language; `notes` are the factor library's notes, first among the assumptions.
pub fn json(a: &Assessment, notes: &[String], l: &Localizer) -> Value {
    let total = a.co2e_kg();
    let channels: Vec<Value> = a
        .channels
        .iter()
        .map(|c| {
            let per = c.interval.map(|i| Interval {
                low: i.low / c.transactions,
                high: i.high / c.transactions,
            });
            json!({
                "id": c.id,
                "name": c.name,
                "transactions": c.transactions,
                "co2e_kg": finite(c.co2e_kg),
                "co2e_kg_low": low(c.interval),
                "co2e_kg_high": high(c.interval),
                "co2e_kg_per_transaction": finite(c.per_transaction_kg()),
                "co2e_kg_per_transaction_low": low(per),
                "co2e_kg_per_transaction_high": high(per),
            })
        })
        .collect();
    let mut hotspots: Vec<&str> = a.hotspots().iter().map(|c| c.path.as_str()).collect();
    hotspots.truncate(a.components.len());
    let mut assumptions = notes.to_vec();
    assumptions.extend(assumption_lines(a, l));
    json!({
        "service": {
            "name": a.service,
            "organisation": a.organisation,
            "functional_unit": a.functional_unit,
        },
        "period": {"days": a.period_days},
        "transactions": a.transactions,
        "uncertainty": {
            "method": "monte-carlo, triangular distributions over each factor's low–value–high; 5th and 95th percentiles",
            "samples": a.options.samples,
            "seed": a.options.seed,
        },
        "total": {
            "co2e_kg": finite(total),
            "co2e_kg_low": low(a.interval),
            "co2e_kg_high": high(a.interval),
            "operational_co2e_kg": finite(a.kind_co2e_kg(Kind::Operational)),
            "embodied_co2e_kg": finite(a.kind_co2e_kg(Kind::Embodied)),
            "energy_kwh": finite(a.energy_kwh()),
        },
        "per_functional_unit": {
            "co2e_kg": finite(a.per_unit_kg()),
            "co2e_kg_low": low(a.per_unit_interval()),
            "co2e_kg_high": high(a.per_unit_interval()),
        },
        "by_scope": a.by_scope().into_iter().map(|(s, v)| {
            let mut entry = scope_json(s);
            entry["co2e_kg"] = finite(v);
            entry
        }).collect::<Vec<_>>(),
        "by_stage": a.by_stage().into_iter().map(|(s, v)| json!({"stage": s.key(), "co2e_kg": finite(v)})).collect::<Vec<_>>(),
        "by_data_quality": a.by_quality().into_iter().map(|(q, v)| json!({"data_quality": q.key(), "co2e_kg": finite(v)})).collect::<Vec<_>>(),
        "channels": channels,
        "hotspots": hotspots,
        "components": a.components.iter().map(|c| component_json(c, total, l)).collect::<Vec<_>>(),
        "assumptions": assumptions,
        "warnings": said(l, &a.all_warnings()),
    })
}

/// The fixed columns of [`csv`], before one column per scope.
pub const CSV_HEADER: &[&str] = &[
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

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(text: &str) -> String {
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

/// `sero estimate --format csv`: one row per component; after the fixed columns, one column
/// per scope that the service's figures fall in, in scope order, so each scope's total is the
/// sum of its column. A component's error is in the localizer's language.
pub fn csv(a: &Assessment, l: &Localizer) -> String {
    let total = a.co2e_kg();
    let scopes: Vec<Scope> = a.by_scope().into_iter().map(|(s, _)| s).collect();
    let mut header: Vec<String> = CSV_HEADER.iter().map(|h| (*h).to_owned()).collect();
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
                .map(|e| l.render(&e.message()))
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
        out.push_str(
            &row.iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push('\n');
    }
    out
}

/// "How each figure was calculated", as HTML sections: for every component its model, formula,
/// inputs (defaults marked), factors with their range and source (publisher, title, edition,
/// linked, with the licence) and steps, each component in a `<details>` element so the page
/// stays short until a reader opens one. The same words as `sero estimate --explain`.
pub fn explain_sections(a: &Assessment, l: &Localizer) -> String {
    let t = |m| tr(l, m);
    let mut out = String::new();
    let _ = write!(
        out,
        "<h2 id=\"calculation\">{}</h2>",
        escape(&t(msg!("explain-title")))
    );
    for c in &a.components {
        let heading = match &c.name {
            Some(name) => t(msg!(
                "explain-component-named",
                component = name,
                id = &c.path,
                model = &c.model,
                basis = c.basis.key(),
                volume = Arg::Exact(c.volume),
                share = Arg::Exact(c.share)
            )),
            None => t(msg!(
                "explain-component",
                id = &c.path,
                model = &c.model,
                basis = c.basis.key(),
                volume = Arg::Exact(c.volume),
                share = Arg::Exact(c.share)
            )),
        };
        let _ = write!(out, "<details><summary>{}</summary>", escape(&heading));
        if let Some(error) = &c.error {
            let _ = write!(
                out,
                "<p>{}</p></details>",
                escape(&t(msg!("explain-not-estimated", error = error.message())))
            );
            continue;
        }
        let e = &c.explanation;
        let _ = write!(
            out,
            "<p>{}</p>",
            escape(&t(msg!("explain-formula", formula = &e.formula)))
        );
        if !e.inputs.is_empty() {
            let _ = write!(out, "<p>{}</p><ul>", escape(&t(msg!("explain-inputs"))));
            for input in &e.inputs {
                let line = if input.defaulted {
                    t(msg!(
                        "explain-input-default",
                        input = input.name,
                        value = input.shown()
                    ))
                } else {
                    t(msg!(
                        "explain-input",
                        input = input.name,
                        value = input.shown()
                    ))
                };
                let _ = write!(out, "<li>{}</li>", escape(&line));
            }
            out.push_str("</ul>");
        }
        if !e.factors.is_empty() {
            let _ = write!(out, "<p>{}</p><ul>", escape(&t(msg!("explain-factors"))));
            for f in &e.factors {
                let range = if f.spread_assumed() {
                    msg!(
                        "explain-range-assumed",
                        low = Arg::Exact(f.low),
                        high = Arg::Exact(f.high)
                    )
                } else {
                    msg!(
                        "explain-range",
                        low = Arg::Exact(f.low),
                        high = Arg::Exact(f.high)
                    )
                };
                let citation = t(msg!(
                    "explain-citation",
                    publisher = &f.citation.publisher,
                    title = &f.citation.title,
                    edition = &f.citation.edition,
                    licence = &f.licence
                ));
                let line = t(msg!(
                    "explain-factor-web",
                    factor = &f.id,
                    value = Arg::Exact(f.value),
                    unit = &f.unit,
                    range = range,
                    description = &f.description
                ));
                let link = if f.citation.url.starts_with("https://")
                    || f.citation.url.starts_with("http://")
                {
                    format!(
                        "<a href=\"{}\">{}</a>",
                        escape(&f.citation.url),
                        escape(&citation)
                    )
                } else {
                    escape(&citation)
                };
                let _ = write!(out, "<li>{} {}</li>", escape(&line), link);
            }
            out.push_str("</ul>");
        }
        if !e.steps.is_empty() {
            let _ = write!(out, "<p>{}</p><ol>", escape(&t(msg!("explain-steps"))));
            for step in &e.steps {
                let _ = write!(out, "<li><code>{}</code></li>", escape(step));
            }
            out.push_str("</ol>");
        }
        let _ = write!(
            out,
            "<p>{}</p></details>",
            escape(&t(msg!(
                "explain-result",
                per_basis = Arg::Exact(c.unit_impact.co2e_kg()),
                basis = c.basis.key(),
                total = Arg::Exact(c.co2e_kg())
            )))
        );
    }
    out
}
