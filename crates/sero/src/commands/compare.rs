//! `sero compare FILE`: the channels of a service on equal terms, with scenarios.

use std::fmt::Write;

use serde_json::{Value, json};

use sero_core::compare::{self, CompareReport, ScenarioOf, Shift};
use sero_core::evaluate::{Interval, Options, assess};
use sero_core::models::Registry;
use sero_core::units::{FRACTION, parse_quantity};
use sero_support::did_you_mean;

use super::load_manifest;
use crate::Failure;
use crate::cli::{CompareArgs, CompareFormat};
use crate::i18n::{localizer, tr};
use crate::library;
use crate::output::Grid;
use crate::output::layout::{column_unit, mass, symbol, width, wrap};
use crate::output::table::View;
use crate::tr;
use sero_render::MassUnit;
use sero_render::compare as render;

fn interval_text(i: Option<Interval>, unit: MassUnit) -> String {
    render::interval_text(localizer(), i, unit)
}

fn summary(report: &CompareReport) -> Vec<String> {
    render::summary(report, localizer())
}

fn scenario_label(of: ScenarioOf, shifts: &[String]) -> String {
    render::scenario_label(of, shifts, localizer())
}

fn gap_line(gap: &compare::Gap) -> String {
    render::gap_line(gap, localizer())
}

/// `error: --shift TEXT: REASON`, with a hint below it when there is one.
fn shift_error(text: &str, reason: String, hint: Option<String>) -> Failure {
    let mut message = tr!("compare-shift-error", shift = text, reason = reason);
    if let Some(hint) = hint {
        message.push_str("\n  ");
        message.push_str(&tr!("compare-hint", hint = hint));
    }
    Failure::input(message)
}

/// Reads `FROM:TO=PERCENT`.
fn parse_shift(text: &str, channel_ids: &[&str]) -> Result<Shift, Failure> {
    let bad = |reason: String| shift_error(text, reason, Some(tr!("compare-shift-hint-form")));
    let (channels, amount) = text
        .split_once('=')
        .ok_or_else(|| bad(tr!("compare-shift-no-equals")))?;
    let (from, to) = channels
        .split_once(':')
        .ok_or_else(|| bad(tr!("compare-shift-no-colon")))?;
    let fraction = parse_quantity(amount, &FRACTION).map_err(|e| bad(e.to_string()))?;
    for id in [from, to] {
        if !channel_ids.contains(&id) {
            let hint = match did_you_mean(id, channel_ids.iter().copied()) {
                Some(s) => tr!("compare-shift-hint-did-you-mean", suggestion = s),
                None => tr!(
                    "compare-shift-hint-channels",
                    channels = channel_ids.join(", ")
                ),
            };
            return Err(shift_error(
                text,
                tr!("compare-shift-unknown-channel", channel = id),
                Some(hint),
            ));
        }
    }
    Ok(Shift {
        from: from.to_owned(),
        to: to.to_owned(),
        fraction,
    })
}

/// The longest line of `text`, in characters.
fn widest(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// The readable report: every word from the catalogue, masses to three significant figures
/// in units chosen for their size (or `--unit`), lines fitted to the width (or `--wide`).
fn table(
    report: &CompareReport,
    shifts: &[String],
    warnings: &[sero_core::Message],
    view: View,
) -> String {
    let width = if view.wide { usize::MAX } else { width() };
    let text_width = width.min(100);
    let unit = &report.functional_unit;
    let profiles = &report.channels;
    let mut out = String::new();

    // (a channel with no transactions has no figure per transaction)
    let title = render::title(report, localizer());
    out.push_str(&wrap(&title, text_width, "", "  "));
    out.push('\n');
    let per_unit = column_unit(profiles.iter().map(|p| p.per_transaction_kg), view.unit);
    let period_unit = column_unit(profiles.iter().map(|p| p.co2e_kg), view.unit);
    let per_header = tr!(
        "compare-column-per-transaction",
        mass = symbol(per_unit),
        unit = unit
    );
    let period_header = tr!("compare-column-period", mass = symbol(period_unit));
    let channel = tr!("column-channel");
    let transactions = tr!("column-transactions");
    let interval = tr!("column-interval");
    let channels = |with_intervals: bool| {
        let mut header = vec![channel.as_str(), transactions.as_str(), &per_header];
        let mut right = vec![false, true, true];
        if with_intervals {
            header.push(&interval);
            right.push(false);
        }
        header.push(&period_header);
        right.push(true);
        if with_intervals {
            header.push(&interval);
            right.push(false);
        }
        let mut grid = Grid::new(&header, &right);
        for p in profiles {
            let mut row = vec![
                p.name.clone(),
                localizer().number_or_count(p.transactions),
                mass(p.per_transaction_kg, per_unit),
            ];
            if with_intervals {
                row.push(interval_text(p.per_transaction_interval, per_unit));
            }
            row.push(mass(p.co2e_kg, period_unit));
            if with_intervals {
                row.push(interval_text(p.interval, period_unit));
            }
            grid.row(row);
        }
        // Narrow: the intervals go, then the names and the headers are cut (the figures are
        // narrower than the narrowest column).
        let shrinkable: &[usize] = if with_intervals { &[0] } else { &[0, 1, 2, 3] };
        grid.render_within("  ", width, shrinkable)
    };
    let full = channels(true);
    out.push_str(&if view.wide || widest(&full) <= width {
        full
    } else {
        channels(false)
    });
    out.push('\n');

    // What each channel is made of: one column per element, or one row per element when
    // that does not fit.
    let elements = &report.elements;
    let made_unit = column_unit(
        profiles
            .iter()
            .flat_map(|p| elements.iter().map(|e| p.element_kg(*e))),
        view.unit,
    );
    let made_of = tr!("compare-made-of", mass = symbol(made_unit), unit = unit);
    out.push_str(&wrap(&made_of, text_width, "", "  "));
    let cell = |p: &compare::ChannelProfile, e: sero_core::Element| {
        if p.includes(e) {
            mass(p.element_kg(e), made_unit)
        } else if p.not_applicable.contains(&e) {
            tr!("compare-not-applicable")
        } else {
            tr!("compare-not-modelled")
        }
    };
    let element_names: Vec<String> = elements.iter().map(|e| tr(&e.message())).collect();
    let by_column = {
        let mut header: Vec<&str> = vec![&channel];
        header.extend(element_names.iter().map(String::as_str));
        let mut right = vec![true; header.len()];
        right[0] = false;
        let mut grid = Grid::new(&header, &right);
        for p in profiles {
            let mut row = vec![p.name.clone()];
            row.extend(elements.iter().map(|e| cell(p, *e)));
            grid.row(row);
        }
        grid.render_within("  ", width, &[0])
    };
    if view.wide || widest(&by_column) <= width {
        out.push_str(&by_column);
    } else {
        let element = tr!("compare-column-element");
        let mut header: Vec<&str> = vec![&element];
        header.extend(profiles.iter().map(|p| p.name.as_str()));
        let mut right = vec![true; header.len()];
        right[0] = false;
        let mut grid = Grid::new(&header, &right);
        for (e, name) in elements.iter().zip(&element_names) {
            let mut row = vec![name.clone()];
            row.extend(profiles.iter().map(|p| cell(p, *e)));
            grid.row(row);
        }
        let shrinkable: Vec<usize> = (0..header.len()).collect();
        out.push_str(&grid.render_within("  ", width, &shrinkable));
    }
    out.push_str(&wrap(&tr!("compare-legend"), text_width, "  ", "  "));

    let sentences = summary(report);
    if !sentences.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("compare-summary"));
        for line in &sentences {
            out.push_str(&wrap(line, text_width, "  - ", "    "));
        }
    }
    out.push('\n');
    let _ = writeln!(out, "{}", tr!("compare-boundary"));
    if report.gaps.is_empty() {
        out.push_str(&wrap(&tr!("compare-boundary-ok"), text_width, "  ", "  "));
    } else {
        for gap in &report.gaps {
            out.push_str(&wrap(&gap_line(gap), text_width, "  - ", "    "));
        }
    }
    if !report.scenarios.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("compare-scenarios"));
        let scenario_unit = column_unit(
            report
                .scenarios
                .iter()
                .flat_map(|s| [s.saving.before_kg, s.saving.after_kg]),
            view.unit,
        );
        let symbol = symbol(scenario_unit);
        let (shift, moved) = (tr!("compare-column-shift"), tr!("compare-column-moved"));
        let before = tr!("compare-column-before", mass = symbol);
        let after = tr!("compare-column-after", mass = symbol);
        let saving = tr!("compare-column-saving", mass = symbol);
        let scenarios = |with_interval: bool| {
            let mut header = vec![
                shift.as_str(),
                moved.as_str(),
                before.as_str(),
                after.as_str(),
                saving.as_str(),
            ];
            let mut right = vec![false, true, true, true, true];
            if with_interval {
                header.push(&interval);
                right.push(false);
            }
            let mut grid = Grid::new(&header, &right);
            for scenario in &report.scenarios {
                let s = &scenario.saving;
                let mut row = vec![
                    scenario_label(scenario.of, shifts),
                    localizer().number_or_count(scenario.transactions_moved),
                    mass(s.before_kg, scenario_unit),
                    mass(s.after_kg, scenario_unit),
                    mass(s.saving_kg, scenario_unit),
                ];
                if with_interval {
                    row.push(interval_text(s.interval, scenario_unit));
                }
                grid.row(row);
            }
            // Narrow: the interval goes first, then the shifts and the headers are cut.
            let shrinkable: &[usize] = if with_interval {
                &[0]
            } else {
                &[0, 1, 2, 3, 4]
            };
            grid.render_within("  ", width, shrinkable)
        };
        let full = scenarios(true);
        out.push_str(&if view.wide || widest(&full) <= width {
            full
        } else {
            scenarios(false)
        });
    }
    if !warnings.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("estimate-warnings"));
        for w in warnings {
            out.push_str(&wrap(&tr(w), text_width, "  - ", "    "));
        }
    }
    out
}

pub fn run(args: CompareArgs) -> Result<(), Failure> {
    let (factors, notes) = library::load(&args.factors)?;
    let registry = Registry::bundled();
    let service = load_manifest(&args.manifest, &registry, &factors)?;
    let channel_ids: Vec<&str> = service.channels.iter().map(|c| c.id.as_str()).collect();
    let shifts: Vec<Shift> = args
        .shifts
        .iter()
        .map(|s| parse_shift(s, &channel_ids))
        .collect::<Result<_, _>>()?;
    let options = Options {
        samples: args.uncertainty.samples,
        seed: args.uncertainty.seed,
        explain: false,
    };
    let assessment = assess(&service, &registry, &factors, options);
    let report = compare::report(&service, &assessment, &registry, &factors, &shifts).map_err(
        |e| match e.of {
            ScenarioOf::Shift(index) => shift_error(&args.shifts[index], e.to_string(), None),
            ScenarioOf::AllTogether => shift_error("", e.to_string(), None),
        },
    )?;
    if let Some(path) = &args.chart {
        std::fs::write(path, render::chart_svg(&report, localizer())).map_err(|e| {
            Failure::input(tr!(
                "compare-chart-not-written",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        eprintln!(
            "{}",
            tr!("compare-chart-written", path = path.display().to_string())
        );
    }

    let text = match args.report.format {
        CompareFormat::Json => {
            let assumptions: Vec<String> = notes
                .iter()
                .cloned()
                .chain(crate::output::assumption_lines(&assessment))
                .collect();
            let doc = to_json(
                &report,
                &args.shifts,
                &assumptions,
                &crate::output::said(&assessment.all_warnings()),
            );
            crate::output::document::write(
                crate::output::document::Kind::Compare,
                Some(&service.period),
                doc,
            )?
        }
        CompareFormat::Html => render::html_document(
            &report,
            &args.shifts,
            &assessment.all_warnings(),
            args.layout.unit.map(|u| u.0),
            localizer(),
        ),
        CompareFormat::Table => table(
            &report,
            &args.shifts,
            &assessment.all_warnings(),
            View {
                unit: args.layout.unit.map(|u| u.0),
                wide: args.layout.wide,
                ..View::default()
            },
        ),
    };
    super::emit(args.report.output.as_deref(), &text)?;
    super::left_out(&assessment, &args.manifest)
}

fn finite(value: f64) -> Value {
    if value.is_finite() {
        json!(value)
    } else {
        Value::Null
    }
}

/// The JSON document of a comparison (`shifts` as given, to name the scenarios).
fn to_json(
    report: &CompareReport,
    shifts: &[String],
    assumptions: &[String],
    warnings: &[String],
) -> Value {
    json!({
        "service": {
            "name": report.service,
            "organisation": report.organisation,
            "functional_unit": report.functional_unit,
        },
        "uncertainty": {"samples": report.samples, "seed": report.seed},
        "channels": report.channels.iter().map(|p| json!({
            "id": p.id,
            "name": p.name,
            "transactions": p.transactions,
            "co2e_kg": finite(p.co2e_kg),
            "co2e_kg_low": p.interval.map(|i| i.low),
            "co2e_kg_high": p.interval.map(|i| i.high),
            "co2e_kg_per_transaction": finite(p.per_transaction_kg),
            "co2e_kg_per_transaction_low": p.per_transaction_interval.map(|i| i.low),
            "co2e_kg_per_transaction_high": p.per_transaction_interval.map(|i| i.high),
            "by_element_co2e_kg_per_transaction": p.by_element.iter().map(|(e, v)| (e.key().to_owned(), finite(*v))).collect::<serde_json::Map<_, _>>(),
            "not_applicable": p.not_applicable.iter().map(|e| e.key()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "boundary_gaps": report.gaps.iter().map(|g| json!({
            "channel": g.channel_id,
            "channel_name": g.channel,
            "element": g.element.key(),
            "included_by": g.included_by_ids,
            "included_by_names": g.included_by,
        })).collect::<Vec<_>>(),
        "summary": summary(report),
        "scenarios": report.scenarios.iter().map(|scenario| {
            let s = &scenario.saving;
            json!({
                "shift": scenario_label(scenario.of, shifts),
                "transactions_moved": scenario.transactions_moved,
                "co2e_kg_before": s.before_kg,
                "co2e_kg_after": s.after_kg,
                "saving_co2e_kg": s.saving_kg,
                "saving_co2e_kg_low": s.interval.map(|i| i.low),
                "saving_co2e_kg_high": s.interval.map(|i| i.high),
            })
        }).collect::<Vec<_>>(),
        "assumptions": assumptions,
        "warnings": warnings,
    })
}
