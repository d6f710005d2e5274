//! The readable report of `sero estimate`: a summary in plain words, then the figures, in
//! the reader's language, three significant figures, units chosen for the size of each figure,
//! lines no wider than the terminal.

use std::fmt::Write;

use sero_core::Arg;
use sero_core::evaluate::{Assessment, AssumptionNote, Interval};
use sero_core::impact::{DataQuality, Kind, Scope};
use sero_core::model::format_number;

use sero_render::MassUnit;
use sero_render::estimate::{labels, summary};

use super::Grid;
use super::layout::{column_unit, mass, mass_unit, mass_with_unit, symbol, width, wrap};
use crate::i18n::{localizer, tr};
use crate::tr;

fn percent(fraction: f64) -> String {
    sero_render::units::percent(localizer(), fraction)
}

fn range(i: Option<Interval>, unit: MassUnit) -> String {
    sero_render::units::range(localizer(), i, unit)
}

fn assumption_line(note: &AssumptionNote, every_component: bool) -> String {
    sero_render::estimate::assumption_line(note, every_component, localizer())
}

/// How the report is laid out.
#[derive(Clone, Copy, Debug, Default)]
pub struct View {
    /// Show how each component was calculated, every component each note applies to, and
    /// the sources, each cited once.
    pub explain: bool,
    /// Show every column at full width, whatever the terminal's width.
    pub wide: bool,
    /// Force one unit for every mass.
    pub unit: Option<MassUnit>,
}

/// Renders the assessment. `notes` are the factor library's notes (overridden factors).
pub fn render(a: &Assessment, view: View, notes: &[String]) -> String {
    let width = if view.wide { usize::MAX } else { width() };
    let text_width = width.min(100);
    let mut out = String::new();
    let total = a.co2e_kg();
    let total_unit = mass_unit(total, view.unit);
    let per_unit_kg = a.per_unit_kg();
    let per_unit = mass_unit(per_unit_kg, view.unit);

    let title = sero_render::estimate::title(a, localizer());
    out.push_str(&wrap(&title, text_width, "", "  "));
    let period = sero_render::estimate::period(a, localizer());
    out.push_str(&wrap(&period, text_width, "", "  "));
    out.push('\n');

    out.push_str(&wrap(
        &summary(a, view.unit, localizer()),
        text_width,
        "",
        "",
    ));
    out.push('\n');

    // Totals.
    let mut grid = Grid::new(
        &["", symbol(total_unit), &tr!("column-interval")],
        &[false, true, false],
    );
    grid.row(vec![
        tr!("estimate-total"),
        mass(total, total_unit),
        range(a.interval, total_unit),
    ]);
    grid.row(vec![
        format!("  {}", tr!("estimate-operational")),
        mass(a.kind_co2e_kg(Kind::Operational), total_unit),
        String::new(),
    ]);
    grid.row(vec![
        format!("  {}", tr!("estimate-embodied")),
        mass(a.kind_co2e_kg(Kind::Embodied), total_unit),
        String::new(),
    ]);
    out.push_str(&grid.render_within("", width, &[]));
    let per = match a.per_unit_interval() {
        Some(i) => tr!(
            "estimate-per-unit-with-interval",
            unit = &a.functional_unit,
            value = mass_with_unit(per_unit_kg, per_unit),
            low = mass(i.low, per_unit),
            high = mass(i.high, per_unit)
        ),
        None => tr!(
            "estimate-per-unit",
            unit = &a.functional_unit,
            value = mass_with_unit(per_unit_kg, per_unit)
        ),
    };
    let _ = writeln!(out, "{per}");
    let _ = writeln!(out, "{}", tr!("estimate-energy", kwh = a.energy_kwh()));
    match a.interval {
        Some(_) => {
            let _ = writeln!(
                out,
                "{}",
                tr!(
                    "estimate-samples",
                    samples = a.options.samples,
                    seed = a.options.seed
                )
            );
        }
        None => {
            let _ = writeln!(out, "{}", tr!("estimate-no-interval"));
        }
    }
    out.push('\n');

    // By scope.
    let scope_unit = column_unit(a.by_scope().iter().map(|(_, v)| *v), view.unit);
    let _ = writeln!(out, "{}", tr!("estimate-by-scope"));
    let mut grid = Grid::new(
        &[
            &tr!("column-scope"),
            symbol(scope_unit),
            &tr!("column-share"),
        ],
        &[false, true, true],
    );
    for (scope, value) in a.by_scope() {
        grid.row(vec![
            tr(&scope.message()),
            mass(value, scope_unit),
            percent(value / total),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[0]));
    out.push('\n');

    // By channel.
    let _ = writeln!(out, "{}", tr!("estimate-by-channel"));
    let channel_unit = column_unit(a.channels.iter().map(|c| c.co2e_kg), view.unit);
    let per_channel_unit =
        column_unit(a.channels.iter().map(|c| c.per_transaction_kg()), view.unit);
    let per_header = tr!(
        "column-per-unit",
        unit = symbol(per_channel_unit),
        functional_unit = &a.functional_unit
    );
    let mut grid = Grid::new(
        &[
            &tr!("column-channel"),
            &tr!("column-transactions"),
            symbol(channel_unit),
            &per_header,
            &tr!("column-interval"),
        ],
        &[false, true, true, true, false],
    );
    for c in &a.channels {
        let per_interval = c.interval.map(|i| Interval {
            low: i.low / c.transactions,
            high: i.high / c.transactions,
        });
        grid.row(vec![
            c.name.clone(),
            localizer().number_or_count(c.transactions),
            mass(c.co2e_kg, channel_unit),
            mass(c.per_transaction_kg(), per_channel_unit),
            range(per_interval, per_channel_unit),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[0]));
    out.push('\n');

    // Hotspots.
    let _ = writeln!(out, "{}", tr!("estimate-hotspots"));
    let hotspots = a.hotspots();
    let hotspot_unit = column_unit(hotspots.iter().map(|c| c.co2e_kg()), view.unit);
    let labels = labels(a, localizer());
    // The model and the id are detail: `--wide` (and `--explain`) show them.
    let mut header = vec!["#".to_owned(), tr!("column-component")];
    let mut right = vec![true, false];
    if view.wide {
        header.extend([tr!("column-id"), tr!("column-model")]);
        right.extend([false, false]);
    }
    header.extend([
        tr!("column-channel"),
        symbol(hotspot_unit).to_owned(),
        tr!("column-share"),
        tr!("column-interval"),
        tr!("column-quality"),
    ]);
    right.extend([false, true, true, false, false]);
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut grid = Grid::new(&header, &right);
    for (rank, c) in hotspots.iter().enumerate() {
        let mut row = vec![
            (rank + 1).to_string(),
            labels
                .iter()
                .find(|(path, _)| *path == c.path)
                .map_or_else(|| c.path.clone(), |(_, l)| l.clone()),
        ];
        if view.wide {
            row.extend([c.path.clone(), c.model.clone()]);
        }
        row.extend([
            c.channel.clone().unwrap_or_else(|| tr!("channel-all")),
            mass(c.co2e_kg(), hotspot_unit),
            percent(c.co2e_kg() / total),
            range(c.interval, hotspot_unit),
            tr(&c.impact.quality.message()),
        ]);
        grid.row(row);
    }
    out.push_str(&grid.render_within("  ", width, &[1]));

    let by_quality = a.by_quality();
    if by_quality.len() > 1 || by_quality.iter().any(|(q, _)| *q != DataQuality::Modelled) {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("estimate-by-quality"));
        let quality_unit = column_unit(by_quality.iter().map(|(_, v)| *v), view.unit);
        let mut grid = Grid::new(
            &[
                &tr!("column-quality"),
                symbol(quality_unit),
                &tr!("column-share"),
            ],
            &[false, true, true],
        );
        for (quality, value) in by_quality {
            grid.row(vec![
                tr(&quality.message()),
                mass(value, quality_unit),
                percent(value / total),
            ]);
        }
        out.push_str(&grid.render_within("  ", width, &[]));
    }

    let assumptions = a.assumptions();
    if !assumptions.is_empty() || !notes.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("estimate-assumptions"));
        for note in notes {
            out.push_str(&wrap(note, text_width, "  - ", "    "));
        }
        let (defaults, others): (Vec<&AssumptionNote>, Vec<&AssumptionNote>) = assumptions
            .iter()
            .partition(|n| n.message.id() == "assumed-model-default");
        for note in others {
            out.push_str(&wrap(
                &assumption_line(note, view.explain),
                text_width,
                "  - ",
                "    ",
            ));
        }
        if view.explain {
            for note in defaults {
                out.push_str(&wrap(
                    &assumption_line(note, true),
                    text_width,
                    "  - ",
                    "    ",
                ));
            }
        } else if !defaults.is_empty() {
            let list: Vec<String> = defaults
                .iter()
                .map(|n| {
                    let text = |name| match n.message.get(name) {
                        Some(Arg::Text(text)) => text.clone(),
                        _ => String::new(),
                    };
                    tr!(
                        "estimate-default-count",
                        input = text("input"),
                        value = text("value"),
                        count = n.components.len()
                    )
                })
                .collect();
            let line = tr!(
                "estimate-defaults-summary",
                count = defaults.len(),
                list = list.join(", ")
            );
            out.push_str(&wrap(&line, text_width, "  - ", "    "));
        }
    }
    let warnings = a.all_warnings();
    if !warnings.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("estimate-warnings"));
        for warning in warnings {
            out.push_str(&wrap(&tr(&warning), text_width, "  - ", "    "));
        }
    }

    let footnotes = footnotes(a);
    if !footnotes.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("estimate-terms"));
        for note in footnotes {
            out.push_str(&wrap(&note, text_width, "  ", "    "));
        }
    }
    if view.explain {
        out.push('\n');
        out.push_str(&explain_all(a, text_width));
    }
    out
}

/// Words of the report a newcomer may not know, explained once each.
fn footnotes(a: &Assessment) -> Vec<String> {
    let mut notes = Vec::new();
    if a.kind_co2e_kg(Kind::Embodied) != 0.0 {
        notes.push(tr!("term-embodied"));
    }
    if a.interval.is_some() {
        notes.push(tr!("term-interval", samples = a.options.samples));
    }
    if a.by_scope().iter().any(|(s, _)| *s == Scope::Scope3(11)) {
        notes.push(tr!("term-scope-3-category-11"));
    }
    notes
}

fn explain_all(a: &Assessment, text_width: usize) -> String {
    let mut out = String::new();
    let mut citations: Vec<String> = Vec::new();
    let _ = writeln!(out, "{}", tr!("explain-title"));
    for c in &a.components {
        out.push('\n');
        let heading = match &c.name {
            Some(name) => tr!(
                "explain-component-named",
                component = name,
                id = &c.path,
                model = &c.model,
                basis = c.basis.key(),
                volume = Arg::Exact(c.volume),
                share = Arg::Exact(c.share)
            ),
            None => tr!(
                "explain-component",
                id = &c.path,
                model = &c.model,
                basis = c.basis.key(),
                volume = Arg::Exact(c.volume),
                share = Arg::Exact(c.share)
            ),
        };
        let _ = writeln!(out, "  {heading}");
        if let Some(error) = &c.error {
            let _ = writeln!(
                out,
                "    {}",
                tr!("explain-not-estimated", error = error.message())
            );
            continue;
        }
        let e = &c.explanation;
        let _ = writeln!(out, "    {}", tr!("explain-formula", formula = &e.formula));
        if !e.inputs.is_empty() {
            let _ = writeln!(out, "    {}", tr!("explain-inputs"));
            for input in &e.inputs {
                let line = if input.defaulted {
                    tr!(
                        "explain-input-default",
                        input = input.name,
                        value = input.shown()
                    )
                } else {
                    tr!("explain-input", input = input.name, value = input.shown())
                };
                let _ = writeln!(out, "      {line}");
            }
        }
        if !e.factors.is_empty() {
            let _ = writeln!(out, "    {}", tr!("explain-factors"));
            for f in &e.factors {
                let citation = format!(
                    "{}; {}, {}, {}; {}",
                    f.citation.publisher,
                    f.citation.title,
                    f.citation.edition,
                    f.citation.url,
                    f.licence
                );
                let number = match citations.iter().position(|c| *c == citation) {
                    Some(i) => i + 1,
                    None => {
                        citations.push(citation);
                        citations.len()
                    }
                };
                let low = format_number(f.low);
                let high = format_number(f.high);
                let range = if f.spread_assumed() {
                    tr!("explain-range-assumed", low = low, high = high)
                } else {
                    tr!("explain-range", low = low, high = high)
                };
                let line = tr!(
                    "explain-factor",
                    factor = &f.id,
                    value = format_number(f.value),
                    unit = &f.unit,
                    range = range,
                    description = &f.description,
                    source = number
                );
                out.push_str(&wrap(&line, text_width, "      ", "        "));
            }
        }
        if !e.steps.is_empty() {
            let _ = writeln!(out, "    {}", tr!("explain-steps"));
            for step in &e.steps {
                let _ = writeln!(out, "      {step}");
            }
        }
        let _ = writeln!(
            out,
            "    {}",
            tr!(
                "explain-result",
                per_basis = format_number(c.unit_impact.co2e_kg()),
                basis = c.basis.key(),
                total = format_number(c.co2e_kg())
            )
        );
    }
    if !citations.is_empty() {
        out.push('\n');
        let _ = writeln!(out, "{}", tr!("explain-sources"));
        for (i, citation) in citations.iter().enumerate() {
            out.push_str(&wrap(
                &format!("[{}] {citation}", i + 1),
                text_width,
                "  ",
                "      ",
            ));
        }
    }
    out
}
