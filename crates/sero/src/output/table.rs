//! The readable report of `sero estimate`.

use std::fmt::Write;

use sero_core::evaluate::{Assessment, Interval};
use sero_core::impact::Kind;
use sero_core::model::format_number;

use super::{Grid, count, kg, number, percent};
use crate::text as t;

fn interval(i: Option<Interval>) -> String {
    match i {
        Some(i) => format!("{} – {}", kg(i.low), kg(i.high)),
        None => "–".to_owned(),
    }
}

/// Renders the assessment; `explain` adds the calculation of every component.
pub fn render(a: &Assessment, explain: bool, notes: &[String]) -> String {
    let mut out = String::new();
    let total = a.co2e_kg();
    let title = match &a.organisation {
        Some(org) => format!("{} — {org}", a.service),
        None => a.service.clone(),
    };
    let _ = writeln!(out, "{title}");
    let _ = writeln!(
        out,
        "{}: {} days · {}: {} · {} {}",
        t::PERIOD,
        a.period_days,
        t::FUNCTIONAL_UNIT,
        a.functional_unit,
        count(a.transactions),
        t::TRANSACTIONS
    );
    out.push('\n');

    let interval_text = match a.interval {
        Some(i) => format!(
            "{} {} – {} kgCO2e ({} {}, {} {})",
            t::INTERVAL_90,
            kg(i.low),
            kg(i.high),
            a.options.samples,
            t::SAMPLES,
            t::SEED,
            a.options.seed
        ),
        None => t::NO_INTERVAL.to_owned(),
    };
    let mut grid = Grid::new(&["", "kgCO2e", ""], &[false, true, false]);
    grid.row(vec![t::TOTAL.to_owned(), kg(total), interval_text]);
    grid.row(vec![
        format!("  {}", t::OPERATIONAL),
        kg(a.kind_co2e_kg(Kind::Operational)),
        format!("{}: {} kWh", t::ENERGY, number(a.energy_kwh())),
    ]);
    grid.row(vec![
        format!("  {}", t::EMBODIED),
        kg(a.kind_co2e_kg(Kind::Embodied)),
        String::new(),
    ]);
    let per_unit_interval = a
        .per_unit_interval()
        .map(|i| format!("{} {} – {}", t::INTERVAL_90, kg(i.low), kg(i.high)))
        .unwrap_or_default();
    grid.row(vec![
        format!("{} {}", t::PER, a.functional_unit),
        kg(a.per_unit_kg()),
        per_unit_interval,
    ]);
    out.push_str(&grid.render(""));
    out.push('\n');

    let _ = writeln!(out, "{}", t::BY_SCOPE);
    let mut grid = Grid::new(
        &[t::SCOPE, "", "kgCO2e", t::SHARE],
        &[false, false, true, true],
    );
    for (scope, value) in a.by_scope() {
        grid.row(vec![
            scope.to_string(),
            scope.category_name().unwrap_or("").to_owned(),
            kg(value),
            percent(value / total),
        ]);
    }
    out.push_str(&grid.render("  "));
    out.push('\n');

    let _ = writeln!(out, "{}", t::BY_CHANNEL);
    let mut grid = Grid::new(
        &[
            t::CHANNEL,
            t::TRANSACTIONS,
            "kgCO2e",
            &format!("kgCO2e per {}", a.functional_unit),
            t::INTERVAL_90,
        ],
        &[false, true, true, true, false],
    );
    for c in &a.channels {
        let per = c.per_transaction_kg();
        let per_interval = c.interval.map(|i| Interval {
            low: i.low / c.transactions,
            high: i.high / c.transactions,
        });
        grid.row(vec![
            c.name.clone(),
            count(c.transactions),
            kg(c.co2e_kg),
            kg(per),
            interval(per_interval),
        ]);
    }
    out.push_str(&grid.render("  "));
    out.push('\n');

    let _ = writeln!(out, "{}", t::HOTSPOTS);
    let mut grid = Grid::new(
        &[
            "#",
            t::COMPONENT,
            t::MODEL,
            t::CHANNEL,
            "kgCO2e",
            t::SHARE,
            t::INTERVAL_90,
            t::QUALITY,
        ],
        &[true, false, false, false, true, true, false, false],
    );
    for (rank, c) in a.hotspots().iter().enumerate() {
        grid.row(vec![
            (rank + 1).to_string(),
            c.path.clone(),
            c.model.clone(),
            c.channel
                .clone()
                .unwrap_or_else(|| t::ALL_CHANNELS.to_owned()),
            kg(c.co2e_kg()),
            percent(c.co2e_kg() / total),
            interval(c.interval),
            c.impact.quality.key().to_owned(),
        ]);
    }
    out.push_str(&grid.render("  "));

    let by_quality = a.by_quality();
    if by_quality.len() > 1 || by_quality.iter().any(|(q, _)| q.key() != "modelled") {
        out.push('\n');
        let _ = writeln!(out, "{}", t::BY_QUALITY);
        let mut grid = Grid::new(&[t::QUALITY, "kgCO2e", t::SHARE], &[false, true, true]);
        for (quality, value) in by_quality {
            grid.row(vec![
                quality.key().to_owned(),
                kg(value),
                percent(value / total),
            ]);
        }
        out.push_str(&grid.render("  "));
    }

    let assumptions = a.assumptions();
    if !assumptions.is_empty() || !notes.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", t::ASSUMPTIONS);
        for line in notes.iter().chain(&assumptions) {
            let _ = writeln!(out, "  - {line}");
        }
    }
    let warnings = a.all_warnings();
    if !warnings.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", t::WARNINGS);
        for line in warnings {
            let _ = writeln!(out, "  - {line}");
        }
    }
    if explain {
        out.push('\n');
        out.push_str(&explain_all(a));
    }
    out
}

fn explain_all(a: &Assessment) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", t::EXPLAIN);
    for c in &a.components {
        out.push('\n');
        let _ = writeln!(
            out,
            "  {} ({} {}, basis {}, × {} × share {})",
            c.path,
            t::MODEL,
            c.model,
            c.basis.key(),
            number(c.volume),
            format_number(c.share)
        );
        if let Some(error) = &c.error {
            let _ = writeln!(out, "    {}: {error}", t::NOT_ESTIMATED);
            continue;
        }
        let e = &c.explanation;
        let _ = writeln!(out, "    {}: {}", t::FORMULA, e.formula);
        if !e.inputs.is_empty() {
            let _ = writeln!(out, "    {}:", t::INPUTS);
            for input in &e.inputs {
                let mark = if input.defaulted {
                    format!(" {}", t::DEFAULT_MARK)
                } else {
                    String::new()
                };
                let _ = writeln!(out, "      {} = {}{mark}", input.name, input.shown());
            }
        }
        if !e.factors.is_empty() {
            let _ = writeln!(out, "    {}:", t::FACTORS);
            for f in &e.factors {
                let range = if f.spread_assumed() {
                    format!(
                        "{} {}–{}",
                        t::ASSUMED_SPREAD,
                        format_number(f.low),
                        format_number(f.high)
                    )
                } else {
                    format!("range {}–{}", format_number(f.low), format_number(f.high))
                };
                let _ = writeln!(
                    out,
                    "      {} = {} {} ({range}) — {}; {}, {}, {}, {}; {}",
                    f.id,
                    format_number(f.value),
                    f.unit,
                    f.description,
                    f.citation.publisher,
                    f.citation.title,
                    f.citation.edition,
                    f.citation.url,
                    f.licence
                );
            }
        }
        if !e.steps.is_empty() {
            let _ = writeln!(out, "    {}:", t::STEPS);
            for step in &e.steps {
                let _ = writeln!(out, "      {step}");
            }
        }
        let _ = writeln!(
            out,
            "    = {} kgCO2e per {} → {} kgCO2e",
            format_number(c.unit_impact.co2e_kg()),
            c.basis.key(),
            kg(c.co2e_kg())
        );
    }
    out
}
