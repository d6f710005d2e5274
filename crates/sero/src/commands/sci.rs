//! `sero sci`: a service's Software Carbon Intensity score per functional unit.
//!
//! SCI = ((E × I) + M) per R (Green Software Foundation, "Software Carbon Intensity (SCI)
//! Specification" v1.1.0, <https://sci.greensoftware.foundation/>; published as ISO/IEC
//! 21031:2024). The score is computed by `sero_core::sci` from the same assessment as `sero
//! estimate`; this module reads the arguments and renders the report as a table or JSON.
//! Documented in docs/sci.md.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use sero_core::evaluate::{Assessment, Options, assess};
use sero_core::impact::Element;
use sero_core::model::format_number;
use sero_core::models::Registry;
use sero_core::sci::{
    self, FunctionalUnit, Outside, Per, PerError, SciError, SciReport, Through, UnitName,
};

use super::{load_manifest, print};
use crate::Failure;
use crate::cli::FactorFiles;
use crate::library;
use crate::output::{Grid, number};
use crate::text;
use crate::text::energy as words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SciFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct SciArgs {
    /// The service manifest
    pub manifest: PathBuf,
    /// The functional unit R: `transaction` (the manifest's functional unit, the default),
    /// `period` (the whole reporting period), or `NAME=COUNT` (another unit and how many of
    /// them the period had, such as `request=1200000`)
    #[arg(
        long,
        alias = "functional-unit",
        value_name = "R",
        default_value = "transaction"
    )]
    pub per: String,
    /// Only this channel's share of each component, per its transactions
    #[arg(long, value_name = "ID")]
    pub channel: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = SciFormat::Table)]
    pub format: SciFormat,
    #[command(flatten)]
    pub factors: FactorFiles,
}

/// Why an element is outside the software boundary, in words.
fn outside_reason(element: Element) -> &'static str {
    match sci::outside(element) {
        Some(Outside::Unclassified) => words::SCI_OUT_OTHER,
        _ => words::SCI_OUT_NOT_SOFTWARE,
    }
}

/// How sero covers an item of the specification's boundary list, in words.
fn how(through: Through) -> &'static str {
    match through {
        Through::Hosting => words::SCI_HOW_HOSTING,
        Through::Network => words::SCI_HOW_NETWORK,
        Through::IdlePower => words::SCI_HOW_IDLE,
        Through::CitizenDevices => words::SCI_HOW_DEVICES,
        Through::StaffComputers => words::SCI_HOW_OPERATIONS,
        Through::NotAComponent => words::SCI_HOW_NONE,
        Through::NoModel => words::SCI_HOW_NO_MODEL,
    }
}

/// The name of R.
fn unit_name(unit: &FunctionalUnit) -> String {
    match &unit.name {
        UnitName::Transactions(name) | UnitName::Given(name) => name.clone(),
        UnitName::Period { days } => format!("{days} {}", words::SCI_DAYS),
    }
}

/// The `--per` and `--channel` refusals.
fn refusal(error: SciError, args: &SciArgs) -> Failure {
    match error {
        SciError::UnknownChannel { id, known } => Failure::input(format!(
            "error: --channel {id}: no such channel in `{}`\n  = hint: the channels are {}",
            args.manifest.display(),
            known.join(", ")
        )),
        SciError::NoUnits(_) => Failure::input(format!(
            "error: --per {}: {error}\n  = hint: {}",
            args.per,
            words::SCI_HINT_PER
        )),
    }
}

fn per_refusal(per: &str, error: &PerError) -> Failure {
    Failure::input(format!(
        "error: --per {per}: {error}\n  = hint: {}",
        words::SCI_HINT_PER
    ))
}

/// The sentences that warn about the boundary.
fn boundary_warnings(sci: &SciReport) -> Vec<String> {
    let mut warnings = Vec::new();
    if !sci.unclassified.is_empty() {
        warnings.push(format!(
            "{}: {}",
            words::SCI_WARN_OTHER,
            sci.unclassified.join(", ")
        ));
    }
    if !sci.reported.is_empty() {
        warnings.push(format!(
            "{}: {}",
            words::SCI_WARN_REPORTED,
            sci.reported.join(", ")
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
        seed: 1,
        explain: true,
    };
    let assessment = assess(&service, &registry, &factors, options);
    let per = Per::parse(&args.per, &assessment.functional_unit)
        .map_err(|e| per_refusal(args.per.trim(), &e))?;
    let sci =
        sci::score(&assessment, &per, args.channel.as_deref()).map_err(|e| refusal(e, &args))?;
    let out = match args.format {
        SciFormat::Table => table(&assessment, &sci, &notes),
        SciFormat::Json => crate::output::document::write(
            crate::output::document::Kind::Sci,
            Some(&service.period),
            document(&assessment, &sci, &notes),
        )?,
    };
    print(&out)?;
    super::left_out(&assessment, &args.manifest)
}

fn table(a: &Assessment, sci: &SciReport, notes: &[String]) -> String {
    let spec = &sci::SPECIFICATION;
    let r = sci.unit.count;
    let unit = unit_name(&sci.unit);
    let terms = sci.terms();
    let mut out = format!("{} — {}\n", words::SCI_TITLE, a.service);
    out.push_str(&format!(
        "{}, {} v{} ({})\n\n",
        spec.publisher, spec.title, spec.version, spec.iso
    ));
    out.push_str(&format!(
        "  SCI = (O + M) per R = {} gCO2e per {unit}\n",
        number(terms.score_g),
    ));
    let mut grid = Grid::new(&["", "", ""], &[false, true, false]);
    grid.row(vec![
        format!("R ({})", words::SCI_R),
        number(r),
        format!(
            "{unit}{}",
            sci.channel
                .as_ref()
                .map(|(id, name)| format!(", {} {id} ({name})", text::CHANNEL))
                .unwrap_or_default()
        ),
    ]);
    grid.row(vec![
        format!("O ({})", words::SCI_O),
        number(terms.o_g),
        format!("gCO2e per {unit}"),
    ]);
    grid.row(vec![
        format!("  E × I ({})", words::SCI_E_TIMES_I),
        number(terms.o_energy_based_g),
        format!("gCO2e per {unit}"),
    ]);
    grid.row(vec![
        format!("  {}", words::SCI_O_OTHER),
        number(terms.o_other_g),
        format!("gCO2e per {unit}"),
    ]);
    grid.row(vec![
        format!("E ({})", words::SCI_E),
        format_number(terms.e_kwh),
        format!("kWh per {unit}"),
    ]);
    grid.row(vec![
        format!("I ({})", words::SCI_I),
        terms.i_g_per_kwh.map_or_else(|| "–".to_owned(), number),
        "gCO2e/kWh".to_owned(),
    ]);
    grid.row(vec![
        format!("M ({})", words::SCI_M),
        number(terms.m_g),
        format!("gCO2e per {unit}"),
    ]);
    out.push_str(&grid.render("  "));

    out.push_str(&format!("\n{}\n", words::SCI_BOUNDARY_IN));
    let mut grid = Grid::new(
        &[
            words::SCI_ELEMENT,
            "O g/R",
            "M g/R",
            "E kWh/R",
            words::SCI_COMPONENTS,
        ],
        &[false, true, true, true, false],
    );
    for (e, s) in sci.inside() {
        grid.row(vec![
            text::element_name(*e).to_owned(),
            number(sci.per_unit_g(s.operational_kg)),
            number(sci.per_unit_g(s.embodied_kg)),
            format_number(s.energy_kwh / r),
            s.components.join(", "),
        ]);
    }
    out.push_str(&grid.render("  "));
    out.push_str(&format!("\n{}\n", words::SCI_BOUNDARY_OUT));
    let mut grid = Grid::new(
        &[
            words::SCI_ELEMENT,
            "gCO2e/R",
            words::SCI_WHY,
            words::SCI_COMPONENTS,
        ],
        &[false, true, false, false],
    );
    for (e, s) in sci.outside() {
        grid.row(vec![
            text::element_name(*e).to_owned(),
            number(sci.per_unit_g(s.co2e_kg())),
            outside_reason(*e).to_owned(),
            s.components.join(", "),
        ]);
    }
    out.push_str(&grid.render("  "));
    out.push_str(&format!("\n{}\n", words::SCI_CHECKLIST));
    let mut grid = Grid::new(&["", "", ""], &[false, false, false]);
    for item in sci.checklist() {
        grid.row(vec![
            item.item.to_owned(),
            item.coverage.key().to_owned(),
            how(item.through).to_owned(),
        ]);
    }
    out.push_str(&grid.render("  "));
    out.push_str(&format!("\n{}\n", words::SCI_METHODOLOGY));
    for line in methodology(sci) {
        out.push_str(&format!("  - {line}\n"));
    }
    out.push_str(&format!("\n{}\n", text::FACTORS));
    for f in &sci.factors {
        out.push_str(&format!(
            "  {} = {} {} — {}, {} ({}), {}\n",
            f.id,
            format_number(f.value),
            f.unit,
            f.citation.publisher,
            f.citation.title,
            f.citation.edition,
            f.citation.url
        ));
    }
    let mut assumptions = notes.to_vec();
    assumptions.extend(crate::output::assumption_lines(a));
    if !assumptions.is_empty() {
        out.push_str(&format!("\n{}\n", text::ASSUMPTIONS));
        for line in assumptions {
            out.push_str(&format!("  - {line}\n"));
        }
    }
    let mut warnings = boundary_warnings(sci);
    warnings.extend(crate::output::said(&a.all_warnings()));
    if !warnings.is_empty() {
        out.push_str(&format!("\n{}\n", text::WARNINGS));
        for w in warnings {
            out.push_str(&format!("  - {w}\n"));
        }
    }
    out
}

fn methodology(sci: &SciReport) -> Vec<String> {
    vec![
        format!("{}: {}", words::SCI_MODELS, sci.models.join(", ")),
        words::SCI_LOCATION_BASED.to_owned(),
        words::SCI_NO_MARKET.to_owned(),
        words::SCI_EMBODIED.to_owned(),
        format!(
            "{}: {}",
            words::SCI_MEASURED,
            if sci.measured.is_empty() {
                "–".to_owned()
            } else {
                sci.measured.join(", ")
            }
        ),
        format!(
            "{} {} {} ({})",
            words::SCI_GRANULARITY,
            sci.period_days,
            words::SCI_DAYS,
            words::SCI_GRANULARITY_NOTE
        ),
        format!(
            "{}: {} kgCO2e = {} kgCO2e {} + {} kgCO2e {}",
            words::SCI_RECONCILE,
            number(sci.total_kg),
            number(sci.o_kg() + sci.m_kg()),
            words::SCI_INSIDE,
            number(sci.outside_kg()),
            words::SCI_OUTSIDE
        ),
    ]
}

fn document(a: &Assessment, sci: &SciReport, notes: &[String]) -> Value {
    let spec = &sci::SPECIFICATION;
    let terms = sci.terms();
    let mut assumptions = notes.to_vec();
    assumptions.extend(crate::output::assumption_lines(a));
    let mut warnings = boundary_warnings(sci);
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
                "reason": outside_reason(*e),
                "components": s.components,
            })).collect::<Vec<_>>(),
            "checklist": sci.checklist().into_iter().map(|item| json!({
                "item": item.item, "status": item.coverage.key(), "how": how(item.through),
            })).collect::<Vec<_>>(),
        },
        "methodology": {
            "models": sci.models,
            "intensity": "location-based annual average grid intensity (DESNZ for UK electricity, Ember annual averages elsewhere)",
            "market_based_measures": "none used: no offsets, RECs, PPAs or other market-based instruments reduce the score",
            "embodied": words::SCI_EMBODIED,
            "measured_components": sci.measured,
            "reported_components": sci.reported,
            "factors": sci.factors.iter().map(|f| crate::output::document::factor(f)).collect::<Vec<_>>(),
        },
        "assumptions": assumptions,
        "warnings": warnings,
    })
}
