//! `sero sci`: a service's Software Carbon Intensity score per functional unit.
//!
//! SCI = ((E × I) + M) per R (Green Software Foundation, "Software Carbon Intensity (SCI)
//! Specification" v1.1.0, <https://sci.greensoftware.foundation/>; published as ISO/IEC
//! 21031:2024). The score is computed by `sero_core::sci` from the same assessment as `sero
//! estimate`; this module reads the arguments and renders the report as a table or JSON.
//! Documented in docs/sci.md.

use serde_json::{Value, json};

use sero_core::evaluate::{Assessment, Options, assess};
use sero_core::impact::Element;
use sero_core::models::Registry;
use sero_core::sci::{
    self, Coverage, FunctionalUnit, Outside, Per, SciError, SciReport, Through, UnitName,
};
use sero_core::{Message, msg};

use super::load_manifest;
use super::refuse;
use crate::Failure;
use crate::cli::{SciArgs, SciFormat};
use crate::i18n::{localizer, tr};
use crate::library;
use crate::output::{Grid, layout};
use crate::tr;
use sero_render::MassUnit;

/// Why an element is outside the software boundary.
fn outside_reason(element: Element) -> Message {
    match sci::outside(element) {
        Some(Outside::Unclassified) => msg!("sci-outside-unclassified"),
        _ => msg!("sci-outside-not-software"),
    }
}

/// How sero covers an item of the specification's boundary list.
fn how(through: Through) -> Message {
    match through {
        Through::Hosting => msg!("sci-how-hosting"),
        Through::Network => msg!("sci-how-network"),
        Through::IdlePower => msg!("sci-how-idle"),
        Through::CitizenDevices => msg!("sci-how-devices"),
        Through::StaffComputers => msg!("sci-how-operations"),
        Through::NotAComponent => msg!("sci-how-none"),
        Through::NoModel => msg!("sci-how-no-model"),
    }
}

/// An item of the specification's boundary list, in the reader's language (the JSON keeps
/// the specification's own English name).
fn item_name(item: &str) -> Message {
    match item {
        "compute" => msg!("sci-item-compute"),
        "storage" => msg!("sci-item-storage"),
        "memory" => msg!("sci-item-memory"),
        "networking equipment" => msg!("sci-item-networking-equipment"),
        "idle machines" => msg!("sci-item-idle-machines"),
        "end-user devices" => msg!("sci-item-end-user-devices"),
        "operations" => msg!("sci-item-operations"),
        "monitoring" => msg!("sci-item-monitoring"),
        "logging" => msg!("sci-item-logging"),
        "scanning" => msg!("sci-item-scanning"),
        "build and deploy pipelines" => msg!("sci-item-pipelines"),
        "testing" => msg!("sci-item-testing"),
        "training ML models" => msg!("sci-item-training"),
        "backup" => msg!("sci-item-backup"),
        "redundancy" => msg!("sci-item-redundancy"),
        "failover" => msg!("sci-item-failover"),
        "IoT devices" => msg!("sci-item-iot-devices"),
        "edge devices" => msg!("sci-item-edge-devices"),
        other => msg!("sci-item-other", item = other),
    }
}

fn coverage(coverage: Coverage) -> Message {
    match coverage {
        Coverage::In => msg!("sci-coverage-in"),
        Coverage::NotModelled => msg!("sci-coverage-not-modelled"),
    }
}

/// The name of R.
fn unit_name(unit: &FunctionalUnit) -> String {
    match &unit.name {
        UnitName::Transactions(name) | UnitName::Given(name) => name.clone(),
        UnitName::Period { days } => tr!("sci-unit-period", days = *days),
    }
}

/// The `--per` and `--channel` refusals.
fn refusal(error: SciError, args: &SciArgs) -> Failure {
    match &error {
        SciError::UnknownChannel { known, .. } => refuse(
            msg!(
                "sci-error-channel",
                manifest = args.manifest.display().to_string(),
                problem = error.message()
            ),
            msg!("sci-hint-channels", channels = known.join(", ")),
        ),
        SciError::NoUnits(_) => per_refusal(args.per.trim(), error.message()),
    }
}

fn per_refusal(per: &str, problem: Message) -> Failure {
    refuse(
        msg!("sci-error-per", per = per, problem = problem),
        msg!("sci-hint-per"),
    )
}

/// The sentences that warn about the boundary.
fn boundary_warnings(sci: &SciReport) -> Vec<Message> {
    let mut warnings = Vec::new();
    if !sci.unclassified.is_empty() {
        warnings.push(msg!(
            "sci-warning-unclassified",
            components = sci.unclassified.join(", ")
        ));
    }
    if !sci.reported.is_empty() {
        warnings.push(msg!(
            "sci-warning-reported",
            components = sci.reported.join(", ")
        ));
    }
    warnings
}

pub fn run(args: SciArgs) -> Result<(), Failure> {
    let (factors, notes) = library::load(&args.factors)?;
    let registry = Registry::bundled();
    let service = load_manifest(&args.manifest, &registry, &factors)?;
    let options = Options {
        samples: 0,
        seed: crate::cli::DEFAULT_SEED,
        explain: true,
    };
    let assessment = assess(&service, &registry, &factors, options);
    let per = Per::parse(&args.per, &assessment.functional_unit)
        .map_err(|e| per_refusal(args.per.trim(), e.message()))?;
    let sci =
        sci::score(&assessment, &per, args.channel.as_deref()).map_err(|e| refusal(e, &args))?;
    let out = match args.report.format {
        SciFormat::Table => table(&assessment, &sci, &notes, args.layout.unit.map(|u| u.0)),
        SciFormat::Json => crate::output::document::write(
            crate::output::document::Kind::Sci,
            Some(&service.period),
            document(&assessment, &sci, &notes),
        )?,
    };
    super::emit(args.report.output.as_deref(), &out)?;
    super::left_out(&assessment, &args.manifest)
}

/// A mass per unit in `unit`, three significant figures.
fn per_unit(g: f64, unit: MassUnit) -> String {
    layout::mass(g / 1000.0, unit)
}

fn table(a: &Assessment, sci: &SciReport, notes: &[String], forced: Option<MassUnit>) -> String {
    let spec = &sci::SPECIFICATION;
    let width = layout::width();
    let r = sci.unit.count;
    let name = unit_name(&sci.unit);
    let terms = sci.terms();
    let mut out = layout::wrap(
        &tr!("sci-title", service = a.service.as_str()),
        width,
        "",
        "  ",
    );
    out.push_str(&layout::wrap(
        &tr!(
            "sci-specification",
            publisher = spec.publisher,
            title = spec.title,
            version = spec.version,
            iso = spec.iso
        ),
        width,
        "",
        "  ",
    ));
    out.push('\n');
    let score_unit = layout::mass_unit(terms.score_g / 1000.0, forced);
    out.push_str(&layout::wrap(
        &tr!(
            "sci-score",
            score = layout::mass_with_unit(terms.score_g / 1000.0, score_unit),
            unit = name.as_str()
        ),
        width,
        "  ",
        "    ",
    ));
    // O, its two parts and M share one unit, chosen for their size.
    let unit = layout::column_unit(
        [
            terms.o_g,
            terms.o_energy_based_g,
            terms.o_other_g,
            terms.m_g,
        ]
        .into_iter()
        .map(|g| g / 1000.0),
        forced,
    );
    let per = |symbol: &str| tr!("sci-per-unit", symbol = symbol, unit = name.as_str());
    let mass_per = per(layout::symbol(unit));
    let mut grid = Grid::new(&["", "", ""], &[false, true, false]);
    grid.row(vec![
        tr!("sci-term-r"),
        localizer().number_or_count(r),
        match &sci.channel {
            Some((id, channel)) => tr!(
                "sci-unit-of-channel",
                unit = name.as_str(),
                channel = id.as_str(),
                name = channel.as_str()
            ),
            None => name.clone(),
        },
    ]);
    grid.row(vec![
        tr!("sci-term-o"),
        per_unit(terms.o_g, unit),
        mass_per.clone(),
    ]);
    grid.row(vec![
        format!("  {}", tr!("sci-term-e-times-i")),
        per_unit(terms.o_energy_based_g, unit),
        mass_per.clone(),
    ]);
    grid.row(vec![
        format!("  {}", tr!("sci-term-o-other")),
        per_unit(terms.o_other_g, unit),
        mass_per.clone(),
    ]);
    grid.row(vec![
        tr!("sci-term-e"),
        localizer().number(terms.e_kwh),
        per("kWh"),
    ]);
    grid.row(vec![
        tr!("sci-term-i"),
        terms
            .i_g_per_kwh
            .map_or_else(|| "–".to_owned(), |i| localizer().number(i)),
        "gCO2e/kWh".to_owned(),
    ]);
    grid.row(vec![tr!("sci-term-m"), per_unit(terms.m_g, unit), mass_per]);
    out.push_str(&grid.render_within("  ", width, &[0, 2]));

    out.push_str(&format!("\n{}\n", tr!("sci-boundary-in")));
    let inside: Vec<_> = sci.inside().collect();
    let unit = layout::column_unit(
        inside
            .iter()
            .flat_map(|(_, s)| [s.operational_kg / r, s.embodied_kg / r]),
        forced,
    );
    let symbol = layout::symbol(unit);
    let header = [
        tr!("sci-column-element"),
        tr!("sci-column-o", unit = symbol),
        tr!("sci-column-m", unit = symbol),
        tr!("sci-column-e"),
        tr!("sci-column-components"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut grid = Grid::new(&header, &[false, true, true, true, false]);
    for (e, s) in &inside {
        grid.row(vec![
            tr(&e.message()),
            per_unit(sci.per_unit_g(s.operational_kg), unit),
            per_unit(sci.per_unit_g(s.embodied_kg), unit),
            localizer().number(s.energy_kwh / r),
            s.components.join(", "),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[4, 0]));
    out.push('\n');
    out.push_str(&layout::wrap(&tr!("sci-boundary-out"), width, "", "  "));
    let outside: Vec<_> = sci.outside().collect();
    let unit = layout::column_unit(outside.iter().map(|(_, s)| s.co2e_kg() / r), forced);
    let header = [
        tr!("sci-column-element"),
        tr!("sci-column-co2e", unit = layout::symbol(unit)),
        tr!("sci-column-why"),
        tr!("sci-column-components"),
    ];
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut grid = Grid::new(&header, &[false, true, false, false]);
    for (e, s) in &outside {
        grid.row(vec![
            tr(&e.message()),
            per_unit(sci.per_unit_g(s.co2e_kg()), unit),
            tr(&outside_reason(*e)),
            s.components.join(", "),
        ]);
    }
    out.push_str(&grid.render_within("  ", width, &[2, 3, 0]));
    out.push_str(&format!("\n{}\n", tr!("sci-checklist")));
    // One item a line, wrapped rather than cut: how sero covers it is a sentence.
    for item in sci.checklist() {
        let line = tr!(
            "sci-checklist-item",
            item = item_name(item.item),
            coverage = coverage(item.coverage),
            how = how(item.through)
        );
        out.push_str(&layout::wrap(&line, width, "  - ", "    "));
    }
    out.push_str(&format!("\n{}\n", tr!("sci-methodology")));
    for line in methodology(sci) {
        out.push_str(&layout::wrap(&tr(&line), width, "  - ", "    "));
    }
    out.push_str(&format!("\n{}\n", tr!("sci-factors")));
    for f in &sci.factors {
        out.push_str(&layout::wrap(
            &format!(
                "{} = {} {} — {}, {} ({}), {}",
                f.id,
                localizer().number(f.value),
                f.unit,
                f.citation.publisher,
                f.citation.title,
                f.citation.edition,
                f.citation.url
            ),
            width,
            "  ",
            "    ",
        ));
    }
    let mut assumptions = notes.to_vec();
    assumptions.extend(crate::output::assumption_lines(a));
    if !assumptions.is_empty() {
        out.push_str(&format!("\n{}\n", tr!("estimate-assumptions")));
        for line in assumptions {
            out.push_str(&layout::wrap(&line, width, "  - ", "    "));
        }
    }
    let mut warnings = crate::output::said(&boundary_warnings(sci));
    warnings.extend(crate::output::said(&a.all_warnings()));
    if !warnings.is_empty() {
        out.push_str(&format!("\n{}\n", tr!("estimate-warnings")));
        for w in warnings {
            out.push_str(&layout::wrap(&w, width, "  - ", "    "));
        }
    }
    out
}

fn methodology(sci: &SciReport) -> Vec<Message> {
    let kg = |kg: f64| layout::mass_with_unit(kg, layout::mass_unit(sci.total_kg, None));
    vec![
        msg!("sci-method-models", models = sci.models.join(", ")),
        msg!("sci-method-location-based"),
        msg!("sci-method-no-market"),
        msg!("sci-method-embodied"),
        if sci.measured.is_empty() {
            msg!("sci-method-measured-none")
        } else {
            msg!("sci-method-measured", components = sci.measured.join(", "))
        },
        msg!("sci-method-granularity", days = sci.period_days),
        msg!(
            "sci-method-reconcile",
            total = kg(sci.total_kg),
            inside = kg(sci.o_kg() + sci.m_kg()),
            outside = kg(sci.outside_kg())
        ),
    ]
}

fn document(a: &Assessment, sci: &SciReport, notes: &[String]) -> Value {
    let spec = &sci::SPECIFICATION;
    let terms = sci.terms();
    let mut assumptions = notes.to_vec();
    assumptions.extend(crate::output::assumption_lines(a));
    let mut warnings = crate::output::said(&boundary_warnings(sci));
    warnings.extend(crate::output::said(&a.all_warnings()));
    json!({
        "specification": {
            "title": spec.title,
            "version": spec.version,
            "publisher": spec.publisher,
            "iso": spec.iso,
            "url": spec.url,
            "formula": spec.formula,
        },
        "service": {"name": a.service, "organisation": a.organisation, "functional_unit": a.functional_unit},
        "period": {"days": a.period_days},
        "channel": sci.channel.as_ref().map(|(id, name)| json!({"id": id, "name": name})),
        "functional_unit": {"name": unit_name(&sci.unit), "count": sci.unit.count, "basis": sci.unit.name.basis()},
        "sci": {
            "score_gco2e_per_unit": terms.score_g,
            "o_gco2e_per_unit": terms.o_g,
            "o_energy_based_gco2e_per_unit": terms.o_energy_based_g,
            "o_other_gco2e_per_unit": terms.o_other_g,
            "m_gco2e_per_unit": terms.m_g,
            "e_kwh_per_unit": terms.e_kwh,
            "i_gco2e_per_kwh": terms.i_g_per_kwh,
        },
        "period_totals": {
            "o_kg": sci.o_kg(),
            "m_kg": sci.m_kg(),
            "e_kwh": sci.e_kwh(),
            "inside_boundary_kg": sci.o_kg() + sci.m_kg(),
            "outside_boundary_kg": sci.outside_kg(),
            "service_kg": sci.total_kg,
        },
        "boundary": {
            "included": sci.inside().map(|(e, s)| json!({
                "element": e.key(),
                "o_kg": s.operational_kg,
                "m_kg": s.embodied_kg,
                "e_kwh": s.energy_kwh,
                "components": s.components,
            })).collect::<Vec<_>>(),
            "excluded": sci.outside().map(|(e, s)| json!({
                "element": e.key(),
                "co2e_kg": s.co2e_kg(),
                "reason": tr(&outside_reason(*e)),
                "components": s.components,
            })).collect::<Vec<_>>(),
            "checklist": sci.checklist().into_iter().map(|item| json!({
                "item": item.item, "status": item.coverage.key(), "how": tr(&how(item.through)),
            })).collect::<Vec<_>>(),
        },
        "methodology": {
            "models": sci.models,
            "intensity": tr!("sci-json-intensity"),
            "market_based_measures": tr!("sci-json-market-based"),
            "embodied": tr!("sci-method-embodied"),
            "measured_components": sci.measured,
            "reported_components": sci.reported,
            "factors": sci.factors.iter().map(|f| crate::output::document::factor(f)).collect::<Vec<_>>(),
        },
        "assumptions": assumptions,
        "warnings": warnings,
    })
}
