//! `sero compare FILE`: the channels of a service on equal terms, with scenarios.

use std::fmt::Write;

use serde_json::{Value, json};

use sero_core::compare::{self, CompareReport, ScenarioOf, Shift};
use sero_core::evaluate::{Interval, Options, assess};
use sero_core::models::Registry;
use sero_core::units::{FRACTION, parse_quantity};
use sero_support::did_you_mean;

use super::{load_manifest, print};
use crate::Failure;
use crate::cli::{CompareArgs, CompareFormat};
use crate::library;
use crate::output::{Grid, count, kg};
use crate::text as t;

/// Reads `FROM:TO=PERCENT`.
fn parse_shift(text: &str, channel_ids: &[&str]) -> Result<Shift, Failure> {
    let bad = |why: &str| {
        Failure::input(format!(
            "error: --shift {text}: {why}\n  = hint: write FROM:TO=PERCENT with channel ids, for example `--shift paper:online=25%`"
        ))
    };
    let (channels, amount) = text.split_once('=').ok_or_else(|| bad("no `=`"))?;
    let (from, to) = channels
        .split_once(':')
        .ok_or_else(|| bad("no `:` between the channels"))?;
    let fraction = parse_quantity(amount, &FRACTION).map_err(|e| bad(&e.to_string()))?;
    for id in [from, to] {
        if !channel_ids.contains(&id) {
            let hint = match did_you_mean(id, channel_ids.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the channels are: {}", channel_ids.join(", ")),
            };
            return Err(Failure::input(format!(
                "error: --shift {text}: unknown channel `{id}`\n  = hint: {hint}"
            )));
        }
    }
    Ok(Shift {
        from: from.to_owned(),
        to: to.to_owned(),
        fraction,
    })
}

fn interval_text(i: Option<Interval>) -> String {
    match i {
        Some(i) if i.low.is_finite() && i.high.is_finite() => {
            format!("{} – {}", kg(i.low), kg(i.high))
        }
        _ => "–".to_owned(),
    }
}

/// Plain-language sentences: each channel against the lowest per transaction.
fn summary(report: &CompareReport) -> Vec<String> {
    report
        .contrasts
        .iter()
        .map(|c| {
            let mostly: Vec<&str> = c.mostly.iter().map(|e| t::element_name(*e)).collect();
            t::summary_line(
                &report.functional_unit,
                &c.channel,
                &c.baseline,
                c.ratio,
                &mostly,
            )
        })
        .collect()
}

/// What a scenario moves, as the reader asked for it.
fn scenario_label(of: ScenarioOf, shifts: &[String]) -> String {
    match of {
        ScenarioOf::Shift(index) => shifts[index].clone(),
        ScenarioOf::AllTogether => "all shifts together".to_owned(),
    }
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
            ScenarioOf::Shift(index) => {
                Failure::input(format!("error: --shift {}: {e}", args.shifts[index]))
            }
            ScenarioOf::AllTogether => Failure::input(format!("error: --shift: {e}")),
        },
    )?;
    let unit = &report.functional_unit;
    let profiles = &report.channels;

    if let Some(path) = &args.chart {
        let chart = sero_report::StackedBars {
            title: format!("{}: kgCO2e per {unit}, by channel", report.service),
            unit: format!("kgCO2e per {unit}"),
            bars: profiles
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
                            label: t::element_name(*e).to_owned(),
                            value: *v,
                        })
                        .collect(),
                })
                .collect(),
        };
        std::fs::write(path, sero_report::stacked_bars_svg(&chart)).map_err(|e| {
            Failure::input(format!(
                "error: cannot write the chart to `{}`: {e}",
                path.display()
            ))
        })?;
        eprintln!("{} {}", t::CHART_WRITTEN, path.display());
    }

    let text = match args.format {
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
        CompareFormat::Table => {
            // (a channel with no transactions has no figure per transaction)
            let mut out = String::new();
            let _ = writeln!(
                out,
                "{} — {} ({} {unit})",
                report.service,
                t::COMPARE_TITLE,
                t::PER_TRANSACTION
            );
            out.push('\n');
            let per_header = format!("kgCO2e {} {unit}", t::PER_TRANSACTION);
            let period_header = format!("kgCO2e {}", t::A_YEAR);
            let mut grid = Grid::new(
                &[
                    t::CHANNEL,
                    t::TRANSACTIONS,
                    &per_header,
                    t::INTERVAL_90,
                    &period_header,
                    t::INTERVAL_90,
                ],
                &[false, true, true, false, true, false],
            );
            for p in profiles {
                grid.row(vec![
                    p.name.clone(),
                    count(p.transactions),
                    kg(p.per_transaction_kg),
                    interval_text(p.per_transaction_interval),
                    kg(p.co2e_kg),
                    interval_text(p.interval),
                ]);
            }
            out.push_str(&grid.render("  "));
            out.push('\n');
            let _ = writeln!(out, "{} (kgCO2e {} {unit})", t::MADE_OF, t::PER_TRANSACTION);
            let elements = &report.elements;
            let mut header: Vec<String> = vec![t::CHANNEL.to_owned()];
            header.extend(elements.iter().map(|e| t::element_name(*e).to_owned()));
            let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
            let mut right = vec![true; header.len()];
            right[0] = false;
            let mut grid = Grid::new(&header_refs, &right);
            for p in profiles {
                let mut row = vec![p.name.clone()];
                for e in elements {
                    row.push(if p.includes(*e) {
                        kg(p.element_kg(*e))
                    } else if p.not_applicable.contains(e) {
                        "n/a".to_owned()
                    } else {
                        "·".to_owned()
                    });
                }
                grid.row(row);
            }
            out.push_str(&grid.render("  "));
            let _ = writeln!(out, "  (· not modelled; n/a declared not applicable)");
            let sentences = summary(&report);
            if !sentences.is_empty() {
                out.push('\n');
                let _ = writeln!(out, "{}", t::SUMMARY);
                for line in &sentences {
                    let _ = writeln!(out, "  - {line}");
                }
            }
            out.push('\n');
            let _ = writeln!(out, "{}", t::BOUNDARY);
            if report.gaps.is_empty() {
                let _ = writeln!(out, "  {}", t::BOUNDARY_OK);
            } else {
                for gap in &report.gaps {
                    let _ = writeln!(
                        out,
                        "  warning: {}",
                        t::gap_line(&gap.channel, t::element_name(gap.element), &gap.included_by)
                    );
                }
            }
            if !report.scenarios.is_empty() {
                out.push('\n');
                let _ = writeln!(out, "{}", t::SCENARIOS);
                let mut grid = Grid::new(
                    &[
                        "shift",
                        "transactions moved",
                        "kgCO2e before",
                        "kgCO2e after",
                        "saving kgCO2e",
                        t::INTERVAL_90,
                    ],
                    &[false, true, true, true, true, false],
                );
                for scenario in &report.scenarios {
                    let s = &scenario.saving;
                    grid.row(vec![
                        scenario_label(scenario.of, &args.shifts),
                        count(scenario.transactions_moved),
                        kg(s.before_kg),
                        kg(s.after_kg),
                        kg(s.saving_kg),
                        interval_text(s.interval),
                    ]);
                }
                out.push_str(&grid.render("  "));
            }
            let warnings = assessment.all_warnings();
            if !warnings.is_empty() {
                out.push('\n');
                let _ = writeln!(out, "{}", t::WARNINGS);
                for w in warnings {
                    let _ = writeln!(out, "  - {}", crate::i18n::tr(&w));
                }
            }
            out
        }
    };
    print(&text)?;
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
