//! `sero compare`'s report of a [`CompareReport`]: the plain-language summary, the HTML (a page
//! of its own, or the sections a page embeds) and the stacked bar chart of what each channel is
//! made of, in the language of the [`Localizer`] given.

use std::fmt::Write;

use sero_core::compare::{self, CompareReport, ScenarioOf};
use sero_core::evaluate::Interval;
use sero_core::{Message, msg};

use crate::html::{self, Bar, escape, row};
use crate::units::{column_unit, mass, mass_with_unit, symbol};
use crate::{Localizer, MassUnit, said, tr};

/// An interval in `unit`: `1.2–3.4`, or `–` without a finite one.
pub fn interval_text(l: &Localizer, i: Option<Interval>, unit: MassUnit) -> String {
    match i {
        Some(i) if i.low.is_finite() && i.high.is_finite() => tr(
            l,
            msg!(
                "range",
                low = mass(l, i.low, unit),
                high = mass(l, i.high, unit)
            ),
        ),
        _ => "–".to_owned(),
    }
}

/// Plain-language sentences: each channel against the lowest per transaction.
pub fn summary(report: &CompareReport, l: &Localizer) -> Vec<String> {
    let unit = &report.functional_unit;
    report
        .contrasts
        .iter()
        .map(|c| {
            let (channel, baseline) = (&c.channel, &c.baseline);
            let ratio = c.ratio;
            let mut line = if !ratio.is_finite() {
                tr(
                    l,
                    msg!(
                        "compare-contrast-incomparable",
                        unit = unit,
                        channel = channel,
                        baseline = baseline
                    ),
                )
            } else if (0.9..=1.1).contains(&ratio) {
                tr(
                    l,
                    msg!(
                        "compare-contrast-same",
                        unit = unit,
                        channel = channel,
                        baseline = baseline
                    ),
                )
            } else if ratio < 1.0 {
                tr(
                    l,
                    msg!(
                        "compare-contrast-less",
                        unit = unit,
                        channel = channel,
                        baseline = baseline,
                        percent = ratio * 100.0
                    ),
                )
            } else {
                tr(
                    l,
                    msg!(
                        "compare-contrast-more",
                        unit = unit,
                        channel = channel,
                        baseline = baseline,
                        ratio = ratio
                    ),
                )
            };
            let names: Vec<Message> = c.mostly.iter().map(|e| e.message()).collect();
            let difference = match names.as_slice() {
                [] => None,
                [first] => Some(msg!("compare-difference-one", first = first.clone())),
                [first, second] => Some(msg!(
                    "compare-difference-two",
                    first = first.clone(),
                    second = second.clone()
                )),
                [first, second, third, ..] => Some(msg!(
                    "compare-difference-three",
                    first = first.clone(),
                    second = second.clone(),
                    third = third.clone()
                )),
            };
            if let Some(difference) = difference {
                line.push(' ');
                line.push_str(&tr(l, difference));
            }
            line
        })
        .collect()
}

/// What a scenario moves, as the reader asked for it (`shifts` as given, in order).
pub fn scenario_label(of: ScenarioOf, shifts: &[String], l: &Localizer) -> String {
    match of {
        ScenarioOf::Shift(index) => shifts.get(index).cloned().unwrap_or_default(),
        ScenarioOf::AllTogether => tr(l, msg!("compare-all-shifts")),
    }
}

/// "Warning: “Online form” leaves out citizens' travel, which “Face to face” includes…"
pub fn gap_line(gap: &compare::Gap, l: &Localizer) -> String {
    let others = gap
        .included_by
        .iter()
        .map(|c| format!("“{c}”"))
        .collect::<Vec<_>>()
        .join(", ");
    tr(
        l,
        msg!(
            "compare-gap",
            channel = &gap.channel,
            element = gap.element.message(),
            others = others,
            count = gap.included_by.len()
        ),
    )
}

/// The stacked bar chart of each channel per transaction, split by element, with its interval
/// (SVG, drawn by `sero-report`; `sero compare --chart`).
pub fn chart_svg(report: &CompareReport, l: &Localizer) -> String {
    let unit = &report.functional_unit;
    let chart = sero_report::StackedBars {
        title: tr(
            l,
            msg!(
                "compare-chart-title",
                service = &report.service,
                mass = "kgCO2e",
                unit = unit
            ),
        ),
        unit: tr(l, msg!("compare-chart-unit", mass = "kgCO2e", unit = unit)),
        bars: report
            .channels
            .iter()
            .map(|p| sero_report::Bar {
                label: p.name.clone(),
                total: p.per_transaction_kg,
                low: p.per_transaction_interval.map(|i| i.low),
                high: p.per_transaction_interval.map(|i| i.high),
                segments: p
                    .by_element
                    .iter()
                    .map(|(e, v)| sero_report::Segment {
                        key: e.key().to_owned(),
                        label: l.render(&e.message()),
                        value: *v,
                    })
                    .collect(),
            })
            .collect(),
    };
    sero_report::stacked_bars_svg(&chart)
}

/// The comparison's title: the service and its functional unit.
pub fn title(report: &CompareReport, l: &Localizer) -> String {
    tr(
        l,
        msg!(
            "compare-title",
            service = &report.service,
            unit = &report.functional_unit
        ),
    )
}

/// The comparison as a self-contained HTML page (`sero compare --format html`): the title,
/// then [`html_sections`], with the stylesheet inline.
pub fn html_document(
    report: &CompareReport,
    shifts: &[String],
    warnings: &[Message],
    forced: Option<MassUnit>,
    l: &Localizer,
) -> String {
    let mut out = String::new();
    html::start(&mut out, l.lang().code(), &title(report, l));
    out.push_str(&html_sections(report, shifts, warnings, forced, l));
    html::end(&mut out);
    out
}

/// The comparison as sections for a page to embed (headings from `<h2>`, no inline style or
/// script; classes styled by [`crate::html::REPORT_CSS`]): the plain-language summary first, a
/// bar chart of the channels per transaction, the channel table with intervals, what each
/// channel is made of, the boundaries, the scenarios with their savings and the warnings.
/// `shifts` name the scenarios, as the reader wrote them.
pub fn html_sections(
    report: &CompareReport,
    shifts: &[String],
    warnings: &[Message],
    forced: Option<MassUnit>,
    l: &Localizer,
) -> String {
    let t = |m| tr(l, m);
    let unit = &report.functional_unit;
    let profiles = &report.channels;
    let mut out = String::new();
    html::list(&mut out, &t(msg!("compare-summary")), &summary(report, l));

    let per_unit = column_unit(profiles.iter().map(|p| p.per_transaction_kg), forced);
    let period_unit = column_unit(profiles.iter().map(|p| p.co2e_kg), forced);
    let heading = t(msg!("html-channels"));
    let _ = write!(out, "<h2>{}</h2>", escape(&heading));
    let bars: Vec<Bar> = profiles
        .iter()
        .map(|p| Bar {
            label: p.name.clone(),
            value: p.per_transaction_kg,
            shown: mass_with_unit(l, p.per_transaction_kg, per_unit),
        })
        .collect();
    out.push_str(&html::bar_chart(
        "channels-chart",
        &t(msg!(
            "html-chart-channels",
            unit = unit,
            mass = symbol(per_unit)
        )),
        &crate::estimate::chart_description(&bars, l),
        &bars,
    ));
    let interval = t(msg!("column-interval"));
    let rows: String = profiles
        .iter()
        .map(|p| {
            row(
                &p.name,
                &[
                    (&l.number_or_count(p.transactions), true),
                    (&mass(l, p.per_transaction_kg, per_unit), true),
                    (
                        &interval_text(l, p.per_transaction_interval, per_unit),
                        false,
                    ),
                    (&mass(l, p.co2e_kg, period_unit), true),
                    (&interval_text(l, p.interval, period_unit), false),
                ],
            )
        })
        .collect();
    // Its own id, so a page can show it beside the estimate's table of channels.
    html::table(
        &mut out,
        "compare-channels",
        &heading,
        &[
            &t(msg!("column-channel")),
            &t(msg!("column-transactions")),
            &t(msg!(
                "compare-column-per-transaction",
                mass = symbol(per_unit),
                unit = unit
            )),
            &interval,
            &t(msg!("compare-column-period", mass = symbol(period_unit))),
            &interval,
        ],
        &rows,
    );

    let elements = &report.elements;
    let made_unit = column_unit(
        profiles
            .iter()
            .flat_map(|p| elements.iter().map(|e| p.element_kg(*e))),
        forced,
    );
    let element_names: Vec<String> = elements.iter().map(|e| l.render(&e.message())).collect();
    let rows: String = elements
        .iter()
        .zip(&element_names)
        .map(|(e, name)| {
            let cells: Vec<(String, bool)> = profiles
                .iter()
                .map(|p| {
                    if p.includes(*e) {
                        (mass(l, p.element_kg(*e), made_unit), true)
                    } else if p.not_applicable.contains(e) {
                        (t(msg!("compare-not-applicable")), true)
                    } else {
                        (t(msg!("compare-not-modelled")), true)
                    }
                })
                .collect();
            let cells: Vec<(&str, bool)> = cells.iter().map(|(c, f)| (c.as_str(), *f)).collect();
            row(name, &cells)
        })
        .collect();
    let made_of = t(msg!(
        "compare-made-of",
        mass = symbol(made_unit),
        unit = unit
    ));
    let _ = write!(out, "<h2>{}</h2>", escape(&made_of));
    let element = t(msg!("compare-column-element"));
    let mut head: Vec<&str> = vec![&element];
    head.extend(profiles.iter().map(|p| p.name.as_str()));
    html::table(&mut out, "made-of", &made_of, &head, &rows);
    let _ = write!(out, "<p>{}</p>", escape(&t(msg!("compare-legend"))));

    let boundary = if report.gaps.is_empty() {
        vec![t(msg!("compare-boundary-ok"))]
    } else {
        report.gaps.iter().map(|g| gap_line(g, l)).collect()
    };
    html::list(&mut out, &t(msg!("compare-boundary")), &boundary);

    if !report.scenarios.is_empty() {
        let heading = t(msg!("compare-scenarios"));
        let _ = write!(out, "<h2>{}</h2>", escape(&heading));
        let scenario_unit = column_unit(
            report
                .scenarios
                .iter()
                .flat_map(|s| [s.saving.before_kg, s.saving.after_kg]),
            forced,
        );
        let symbol = symbol(scenario_unit);
        let rows: String = report
            .scenarios
            .iter()
            .map(|scenario| {
                let s = &scenario.saving;
                row(
                    &scenario_label(scenario.of, shifts, l),
                    &[
                        (&l.number_or_count(scenario.transactions_moved), true),
                        (&mass(l, s.before_kg, scenario_unit), true),
                        (&mass(l, s.after_kg, scenario_unit), true),
                        (&mass(l, s.saving_kg, scenario_unit), true),
                        (&interval_text(l, s.interval, scenario_unit), false),
                    ],
                )
            })
            .collect();
        html::table(
            &mut out,
            "scenarios",
            &heading,
            &[
                &t(msg!("compare-column-shift")),
                &t(msg!("compare-column-moved")),
                &t(msg!("compare-column-before", mass = symbol)),
                &t(msg!("compare-column-after", mass = symbol)),
                &t(msg!("compare-column-saving", mass = symbol)),
                &interval,
            ],
            &rows,
        );
    }
    html::list(&mut out, &t(msg!("estimate-warnings")), &said(l, warnings));
    out
}
