//! The readable report of `sero estimate`: a summary in plain words, then the figures, in
//! the reader's language, three significant figures, units chosen for the size of each figure,
//! lines no wider than the terminal.

use std::fmt::Write;

use sero_core::Arg;
use sero_core::evaluate::{Assessment, AssumptionNote, ComponentResult, Interval};
use sero_core::impact::{DataQuality, Kind, Scope};
use sero_core::model::format_number;

use super::Grid;
use super::layout::{column_unit, mass, mass_unit, mass_with_unit, symbol, width, wrap};
use crate::cli::MassUnit;
use crate::i18n::{localizer, tr};
use crate::tr;

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

/// What a component is called in reports: its `name:` when it has one, else its path.
pub fn component_label(c: &ComponentResult) -> String {
    c.name.clone().unwrap_or_else(|| c.path.clone())
}

fn percent(fraction: f64) -> String {
    if fraction.is_finite() {
        tr!(
            "percent",
            value = Arg::Text(format!("{:.1}", fraction * 100.0))
        )
    } else {
        "–".to_owned()
    }
}

fn range(i: Option<Interval>, unit: MassUnit) -> String {
    match i {
        Some(i) => tr!("range", low = mass(i.low, unit), high = mass(i.high, unit)),
        None => "–".to_owned(),
    }
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

    let title = match &a.organisation {
        Some(org) => tr!(
            "report-title-with-organisation",
            service = &a.service,
            organisation = org
        ),
        None => a.service.clone(),
    };
    out.push_str(&wrap(&title, text_width, "", "  "));
    let period = tr!(
        "estimate-period",
        start = a.period.start.to_string(),
        end = a.period.end.to_string(),
        days = a.period_days,
        unit = &a.functional_unit,
        transactions = Arg::Text(localizer().number_or_count(a.transactions))
    );
    out.push_str(&wrap(&period, text_width, "", "  "));
    out.push('\n');

    out.push_str(&wrap(&summary(a, view.unit), text_width, "", ""));
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
    let labels = labels(a);
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

/// Each component's label: its name, with its path beside it when two share a name.
fn labels(a: &Assessment) -> Vec<(String, String)> {
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
                tr!("component-label-with-id", name = label, id = &c.path)
            } else {
                label
            };
            (c.path.clone(), label)
        })
        .collect()
}

/// The plain-language summary at the top of the report.
fn summary(a: &Assessment, forced: Option<MassUnit>) -> String {
    let total = a.co2e_kg();
    let per_unit = a.per_unit_kg();
    let mut sentences = vec![tr!(
        "estimate-summary-total",
        total = mass_with_unit(total, mass_unit(total, forced)),
        per_unit = mass_with_unit(per_unit, mass_unit(per_unit, forced)),
        unit = &a.functional_unit
    )];
    if let Some(top) = a.hotspots().first()
        && total > 0.0
    {
        sentences.push(tr!(
            "estimate-summary-hotspot",
            component = component_label(top),
            share = percent(top.co2e_kg() / total)
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
            sentences.push(tr!(
                "estimate-summary-channels",
                unit = &a.functional_unit,
                lowest = mass_with_unit(low, mass_unit(low, forced)),
                lowest_channel = &lowest.name,
                highest = mass_with_unit(high, mass_unit(high, forced)),
                highest_channel = &highest.name
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
        sentences.push(tr!(
            "estimate-summary-spend-based",
            share = percent(spend / total)
        ));
    }
    sentences.join(" ")
}

fn assumption_line(note: &AssumptionNote, every_component: bool) -> String {
    let components = if every_component || note.components.len() <= 3 {
        note.components.join(", ")
    } else {
        tr!("components-count", count = note.components.len())
    };
    tr!(
        "estimate-assumption-applies",
        assumption = note.message.clone(),
        components = components
    )
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

/// The estimate as a self-contained HTML page: the plain-language summary first, the totals,
/// each channel, a bar chart and table of the hotspots, the scopes, then the assumptions and
/// warnings. Every word from the catalogue, masses to three significant figures.
pub fn html(a: &Assessment, unit: Option<MassUnit>, notes: &[String]) -> String {
    use super::html::{self, Bar, escape, row};
    let mut out = String::new();
    let total = a.co2e_kg();
    let title = match &a.organisation {
        Some(org) => tr!(
            "report-title-with-organisation",
            service = &a.service,
            organisation = org
        ),
        None => a.service.clone(),
    };
    html::start(&mut out, localizer().lang().code(), &title);
    let _ = write!(
        out,
        "<p>{}</p><p>{}</p>",
        escape(&summary(a, unit)),
        escape(&tr!(
            "estimate-period",
            start = a.period.start.to_string(),
            end = a.period.end.to_string(),
            days = a.period_days,
            unit = &a.functional_unit,
            transactions = Arg::Text(localizer().number_or_count(a.transactions))
        ))
    );

    let total_unit = mass_unit(total, unit);
    let totals = [
        row(
            &tr!("estimate-total"),
            &[
                (&mass(total, total_unit), true),
                (&range(a.interval, total_unit), false),
            ],
        ),
        row(
            &tr!("estimate-operational"),
            &[
                (&mass(a.kind_co2e_kg(Kind::Operational), total_unit), true),
                ("", false),
            ],
        ),
        row(
            &tr!("estimate-embodied"),
            &[
                (&mass(a.kind_co2e_kg(Kind::Embodied), total_unit), true),
                ("", false),
            ],
        ),
    ]
    .concat();
    let part = tr!("html-column-part");
    html::table(
        &mut out,
        "totals",
        &tr!("html-totals"),
        &[&part, symbol(total_unit), &tr!("column-interval")],
        &totals,
    );
    let per_unit_kg = a.per_unit_kg();
    let per_unit = mass_unit(per_unit_kg, unit);
    let _ = write!(
        out,
        "<p>{}</p><p>{}</p>",
        escape(&tr!(
            "estimate-per-unit",
            unit = &a.functional_unit,
            value = mass_with_unit(per_unit_kg, per_unit)
        )),
        escape(&tr!("estimate-energy", kwh = a.energy_kwh()))
    );

    // Hotspots: the ten largest, as a chart and as a table.
    let hotspots: Vec<_> = a.hotspots().into_iter().take(10).collect();
    let hotspot_unit = column_unit(hotspots.iter().map(|c| c.co2e_kg()), unit);
    let labels = labels(a);
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
        None => tr!("channel-all"),
    };
    let heading = tr!("estimate-hotspots");
    let _ = write!(out, "<h2>{}</h2>", escape(&heading));
    let bars: Vec<Bar> = hotspots
        .iter()
        .map(|c| Bar {
            label: label(c),
            value: c.co2e_kg(),
            shown: mass_with_unit(c.co2e_kg(), hotspot_unit),
        })
        .collect();
    out.push_str(&html::bar_chart(
        "hotspots-chart",
        &tr!("html-chart-hotspots", mass = symbol(hotspot_unit)),
        &chart_description(&bars),
        &bars,
    ));
    let rows: String = hotspots
        .iter()
        .map(|c| {
            row(
                &label(c),
                &[
                    (&channel(c), false),
                    (&mass(c.co2e_kg(), hotspot_unit), true),
                    (&percent(c.co2e_kg() / total), true),
                    (&range(c.interval, hotspot_unit), false),
                    (&tr(&c.impact.quality.message()), false),
                ],
            )
        })
        .collect();
    html::table(
        &mut out,
        "hotspots",
        &heading,
        &[
            &tr!("column-component"),
            &tr!("column-channel"),
            symbol(hotspot_unit),
            &tr!("column-share"),
            &tr!("column-interval"),
            &tr!("column-quality"),
        ],
        &rows,
    );

    // Channels.
    if !a.channels.is_empty() {
        let heading = tr!("estimate-by-channel");
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
                        (&localizer().number_or_count(c.transactions), true),
                        (&mass(c.co2e_kg, channel_unit), true),
                        (&mass(c.per_transaction_kg(), per_channel_unit), true),
                    ],
                )
            })
            .collect();
        html::table(
            &mut out,
            "channels",
            &heading,
            &[
                &tr!("column-channel"),
                &tr!("column-transactions"),
                symbol(channel_unit),
                &tr!(
                    "column-per-unit",
                    unit = symbol(per_channel_unit),
                    functional_unit = &a.functional_unit
                ),
            ],
            &rows,
        );
    }

    // Scopes.
    let heading = tr!("estimate-by-scope");
    let _ = write!(out, "<h2>{}</h2>", escape(&heading));
    let scope_unit = column_unit(a.by_scope().iter().map(|(_, v)| *v), unit);
    let rows: String = a
        .by_scope()
        .into_iter()
        .map(|(scope, value)| {
            row(
                &tr(&scope.message()),
                &[
                    (&mass(value, scope_unit), true),
                    (&percent(value / total), true),
                ],
            )
        })
        .collect();
    html::table(
        &mut out,
        "scopes",
        &heading,
        &[
            &tr!("column-scope"),
            symbol(scope_unit),
            &tr!("column-share"),
        ],
        &rows,
    );

    let assumptions: Vec<String> = notes
        .iter()
        .cloned()
        .chain(super::assumption_lines(a))
        .collect();
    html::list(&mut out, &tr!("estimate-assumptions"), &assumptions);
    html::list(
        &mut out,
        &tr!("estimate-warnings"),
        &super::said(&a.all_warnings()),
    );
    html::end(&mut out);
    out
}

/// What a bar chart shows, in words: each bar's label and figure.
pub fn chart_description(bars: &[super::html::Bar]) -> String {
    let items: Vec<String> = bars
        .iter()
        .map(|b| tr!("html-chart-bar", label = &b.label, value = &b.shown))
        .collect();
    tr!("html-chart-description", bars = items.join("; "))
}
