//! `sero sci`: a service's Software Carbon Intensity score per functional unit.
//!
//! SCI = ((E × I) + M) per R (Green Software Foundation, "Software Carbon Intensity (SCI)
//! Specification" v1.1.0, <https://sci.greensoftware.foundation/>; published as ISO/IEC
//! 21031:2024). sero computes it from the same assessment as `sero estimate`: the parts inside
//! the software boundary (citizens' devices, networks, hosting, staff computers) give O (their
//! operational emissions; E × I where the model computes energy) and M (their embodied share);
//! everything else (travel, paper, post, buildings, staff time) is outside software and listed
//! as such. Documented in docs/sci.md.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde_json::{Value, json};

use sero_core::evaluate::{Assessment, Options, assess};
use sero_core::impact::{DataQuality, Element, Kind};
use sero_core::model::format_number;
use sero_core::models::Registry;

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

/// The SCI specification, as cited in every report.
const SPEC_TITLE: &str = "Software Carbon Intensity (SCI) Specification";
const SPEC_VERSION: &str = "1.1.0";
const SPEC_PUBLISHER: &str = "Green Software Foundation";
const SPEC_ISO: &str = "ISO/IEC 21031:2024, first edition 2024-03";
const SPEC_URL: &str = "https://github.com/Green-Software-Foundation/sci/blob/main/SPEC.md";

/// Whether sero counts an element as part of the software.
fn in_software(element: Element) -> bool {
    matches!(
        element,
        Element::CitizenDevice | Element::Network | Element::Hosting | Element::StaffDevice
    )
}

/// Why an element is outside the software boundary.
fn outside_reason(element: Element) -> &'static str {
    match element {
        Element::Other => words::SCI_OUT_OTHER,
        _ => words::SCI_OUT_NOT_SOFTWARE,
    }
}

/// The functional unit: its name and how many the period (or channel) had.
struct Unit {
    name: String,
    count: f64,
    basis: &'static str,
}

fn unit(per: &str, assessment: &Assessment, transactions: f64) -> Result<Unit, Failure> {
    let per = per.trim();
    if per == "transaction" || per == assessment.functional_unit {
        return Ok(Unit {
            name: assessment.functional_unit.clone(),
            count: transactions,
            basis: "transactions",
        });
    }
    if per == "period" {
        return Ok(Unit {
            name: format!("{} {}", assessment.period_days, words::SCI_DAYS),
            count: 1.0,
            basis: "period",
        });
    }
    if let Some((name, count)) = per.split_once('=') {
        let count: f64 = count.trim().replace([',', '_'], "").parse().map_err(|_| {
            Failure::input(format!(
                "error: --per {per}: `{}` is not a number\n  = hint: {}",
                count.trim(),
                words::SCI_HINT_PER
            ))
        })?;
        if !(count.is_finite() && count > 0.0) || name.trim().is_empty() {
            return Err(Failure::input(format!(
                "error: --per {per}: a functional unit needs a name and a count above 0\n  = hint: {}",
                words::SCI_HINT_PER
            )));
        }
        return Ok(Unit {
            name: name.trim().to_owned(),
            count,
            basis: "given",
        });
    }
    Err(Failure::input(format!(
        "error: --per {per}: unknown functional unit\n  = hint: {}",
        words::SCI_HINT_PER
    )))
}

/// One element's sums.
#[derive(Default, Clone)]
struct Sums {
    operational_kg: f64,
    embodied_kg: f64,
    energy_kwh: f64,
    /// Operational emissions of components whose model computes energy for this element.
    energy_based_kg: f64,
    components: Vec<String>,
}

struct Sci {
    unit: Unit,
    channel: Option<(String, String)>,
    by_element: Vec<(Element, Sums)>,
    models: Vec<String>,
    factors: Vec<std::sync::Arc<sero_core::Factor>>,
    reported: Vec<String>,
    quality: Vec<(String, DataQuality)>,
    has_server: bool,
    total_kg: f64,
    warnings: Vec<String>,
}

impl Sci {
    fn sum(&self, inside: bool, f: impl Fn(&Sums) -> f64) -> f64 {
        self.by_element
            .iter()
            .filter(|(e, _)| in_software(*e) == inside)
            .map(|(_, s)| f(s))
            .fold(0.0, |a, b| a + b)
    }
    fn o_kg(&self) -> f64 {
        self.sum(true, |s| s.operational_kg)
    }
    fn m_kg(&self) -> f64 {
        self.sum(true, |s| s.embodied_kg)
    }
    fn e_kwh(&self) -> f64 {
        self.sum(true, |s| s.energy_kwh)
    }
    fn energy_based_kg(&self) -> f64 {
        self.sum(true, |s| s.energy_based_kg)
    }
    fn outside_kg(&self) -> f64 {
        self.sum(false, |s| s.operational_kg + s.embodied_kg)
    }
    /// gCO2e per R.
    fn score_g(&self) -> f64 {
        (self.o_kg() + self.m_kg()) * 1000.0 / self.unit.count
    }
    fn has(&self, element: Element) -> bool {
        self.by_element
            .iter()
            .any(|(e, s)| *e == element && s.operational_kg + s.embodied_kg != 0.0)
    }
    /// The effective average intensity of the energy-based part of O, gCO2e/kWh.
    fn intensity(&self) -> Option<f64> {
        let e = self.e_kwh();
        (e > 0.0).then(|| self.energy_based_kg() * 1000.0 / e)
    }
}

fn compute(assessment: &Assessment, args: &SciArgs) -> Result<Sci, Failure> {
    let channel_index = match &args.channel {
        None => None,
        Some(id) => Some(
            assessment
                .channels
                .iter()
                .position(|c| c.id == *id)
                .ok_or_else(|| {
                    let ids: Vec<&str> = assessment.channels.iter().map(|c| c.id.as_str()).collect();
                    Failure::input(format!(
                        "error: --channel {id}: no such channel in `{}`\n  = hint: the channels are {}",
                        args.manifest.display(),
                        ids.join(", ")
                    ))
                })?,
        ),
    };
    let transactions = channel_index.map_or(assessment.transactions, |i| {
        assessment.channels[i].transactions
    });
    let unit = unit(&args.per, assessment, transactions)?;
    let mut by_element: Vec<(Element, Sums)> =
        Element::ALL.iter().map(|e| (*e, Sums::default())).collect();
    let mut models: Vec<String> = Vec::new();
    let mut factors: Vec<std::sync::Arc<sero_core::Factor>> = Vec::new();
    let mut reported = Vec::new();
    let mut quality = Vec::new();
    let mut has_server = false;
    let mut total_kg = 0.0;
    let mut other = Vec::new();
    for c in assessment.components.iter().filter(|c| c.error.is_none()) {
        let weight =
            channel_index.map_or(1.0, |i| c.channel_weights.get(i).copied().unwrap_or(0.0));
        if weight == 0.0 {
            continue;
        }
        let mut inside = false;
        for (element, sums) in by_element.iter_mut() {
            let parts: Vec<_> = c
                .impact
                .parts
                .iter()
                .filter(|p| p.element == *element)
                .collect();
            if parts.is_empty() {
                continue;
            }
            let operational: f64 = parts
                .iter()
                .filter(|p| p.kind == Kind::Operational)
                .map(|p| p.co2e_kg * weight)
                .sum();
            let embodied: f64 = parts
                .iter()
                .filter(|p| p.kind == Kind::Embodied)
                .map(|p| p.co2e_kg * weight)
                .sum();
            let energy: f64 = parts
                .iter()
                .filter(|p| p.kind == Kind::Operational)
                .map(|p| p.energy_kwh * weight)
                .sum();
            sums.operational_kg += operational;
            sums.embodied_kg += embodied;
            sums.energy_kwh += energy;
            if energy > 0.0 {
                sums.energy_based_kg += operational;
            }
            total_kg += operational + embodied;
            if !sums.components.contains(&c.path) {
                sums.components.push(c.path.clone());
            }
            if in_software(*element) {
                inside = true;
            }
            if *element == Element::Other && !other.contains(&c.path) {
                other.push(c.path.clone());
            }
        }
        if inside {
            if !models.contains(&c.model) {
                models.push(c.model.clone());
            }
            for f in &c.explanation.factors {
                if !factors.iter().any(|g| g.id == f.id) {
                    factors.push(f.clone());
                }
            }
            if c.model == "reported" {
                reported.push(c.path.clone());
            }
            if c.model == "server" {
                has_server = true;
            }
            quality.push((c.path.clone(), c.impact.quality));
        }
    }
    by_element.retain(|(_, s)| !s.components.is_empty());
    let mut warnings = Vec::new();
    if !other.is_empty() {
        warnings.push(format!("{}: {}", words::SCI_WARN_OTHER, other.join(", ")));
    }
    if !reported.is_empty() {
        warnings.push(format!(
            "{}: {}",
            words::SCI_WARN_REPORTED,
            reported.join(", ")
        ));
    }
    Ok(Sci {
        unit,
        channel: channel_index.map(|i| {
            (
                assessment.channels[i].id.clone(),
                assessment.channels[i].name.clone(),
            )
        }),
        by_element,
        models,
        factors,
        reported,
        quality,
        has_server,
        total_kg,
        warnings,
    })
}

/// The specification's boundary list ("Software boundary"), each with sero's status.
fn checklist(sci: &Sci) -> Vec<(&'static str, &'static str, &'static str)> {
    let hosting = sci.has(Element::Hosting);
    let status = |present: bool| if present { "in" } else { "not modelled" };
    vec![
        ("compute", status(hosting), words::SCI_HOW_HOSTING),
        ("storage", status(hosting), words::SCI_HOW_HOSTING),
        ("memory", status(hosting), words::SCI_HOW_HOSTING),
        (
            "networking equipment",
            status(sci.has(Element::Network)),
            words::SCI_HOW_NETWORK,
        ),
        ("idle machines", status(sci.has_server), words::SCI_HOW_IDLE),
        (
            "end-user devices",
            status(sci.has(Element::CitizenDevice)),
            words::SCI_HOW_DEVICES,
        ),
        (
            "operations",
            status(sci.has(Element::StaffDevice)),
            words::SCI_HOW_OPERATIONS,
        ),
        ("monitoring", "not modelled", words::SCI_HOW_NONE),
        ("logging", "not modelled", words::SCI_HOW_NONE),
        ("scanning", "not modelled", words::SCI_HOW_NONE),
        (
            "build and deploy pipelines",
            "not modelled",
            words::SCI_HOW_NONE,
        ),
        ("testing", "not modelled", words::SCI_HOW_NONE),
        ("training ML models", "not modelled", words::SCI_HOW_NONE),
        ("backup", "not modelled", words::SCI_HOW_NONE),
        ("redundancy", "not modelled", words::SCI_HOW_NONE),
        ("failover", "not modelled", words::SCI_HOW_NONE),
        ("IoT devices", "not modelled", words::SCI_HOW_NO_MODEL),
        ("edge devices", "not modelled", words::SCI_HOW_NO_MODEL),
    ]
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
    let sci = compute(&assessment, &args)?;
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

fn g(kg: f64) -> String {
    number(kg * 1000.0)
}

fn table(a: &Assessment, sci: &Sci, notes: &[String]) -> String {
    let r = sci.unit.count;
    let mut out = format!("{} — {}\n", words::SCI_TITLE, a.service);
    out.push_str(&format!(
        "{SPEC_PUBLISHER}, {SPEC_TITLE} v{SPEC_VERSION} ({SPEC_ISO})\n\n"
    ));
    out.push_str(&format!(
        "  SCI = (O + M) per R = {} gCO2e per {}\n",
        number(sci.score_g()),
        sci.unit.name
    ));
    let mut grid = Grid::new(&["", "", ""], &[false, true, false]);
    grid.row(vec![
        format!("R ({})", words::SCI_R),
        number(r),
        format!(
            "{}{}",
            sci.unit.name,
            sci.channel
                .as_ref()
                .map(|(id, name)| format!(", {} {id} ({name})", text::CHANNEL))
                .unwrap_or_default()
        ),
    ]);
    grid.row(vec![
        format!("O ({})", words::SCI_O),
        g(sci.o_kg() / r),
        format!("gCO2e per {}", sci.unit.name),
    ]);
    grid.row(vec![
        format!("  E × I ({})", words::SCI_E_TIMES_I),
        g(sci.energy_based_kg() / r),
        format!("gCO2e per {}", sci.unit.name),
    ]);
    grid.row(vec![
        format!("  {}", words::SCI_O_OTHER),
        g((sci.o_kg() - sci.energy_based_kg()) / r),
        format!("gCO2e per {}", sci.unit.name),
    ]);
    grid.row(vec![
        format!("E ({})", words::SCI_E),
        format_number(sci.e_kwh() / r),
        format!("kWh per {}", sci.unit.name),
    ]);
    grid.row(vec![
        format!("I ({})", words::SCI_I),
        sci.intensity().map_or_else(|| "–".to_owned(), number),
        "gCO2e/kWh".to_owned(),
    ]);
    grid.row(vec![
        format!("M ({})", words::SCI_M),
        g(sci.m_kg() / r),
        format!("gCO2e per {}", sci.unit.name),
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
    for (e, s) in sci.by_element.iter().filter(|(e, _)| in_software(*e)) {
        grid.row(vec![
            text::element_name(*e).to_owned(),
            g(s.operational_kg / r),
            g(s.embodied_kg / r),
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
    for (e, s) in sci.by_element.iter().filter(|(e, _)| !in_software(*e)) {
        grid.row(vec![
            text::element_name(*e).to_owned(),
            g((s.operational_kg + s.embodied_kg) / r),
            outside_reason(*e).to_owned(),
            s.components.join(", "),
        ]);
    }
    out.push_str(&grid.render("  "));
    out.push_str(&format!("\n{}\n", words::SCI_CHECKLIST));
    let mut grid = Grid::new(&["", "", ""], &[false, false, false]);
    for (item, status, how) in checklist(sci) {
        grid.row(vec![item.to_owned(), status.to_owned(), how.to_owned()]);
    }
    out.push_str(&grid.render("  "));
    out.push_str(&format!("\n{}\n", words::SCI_METHODOLOGY));
    for line in methodology(a, sci) {
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
    assumptions.extend(a.assumptions());
    if !assumptions.is_empty() {
        out.push_str(&format!("\n{}\n", text::ASSUMPTIONS));
        for line in assumptions {
            out.push_str(&format!("  - {line}\n"));
        }
    }
    let mut warnings = sci.warnings.clone();
    warnings.extend(a.all_warnings());
    if !warnings.is_empty() {
        out.push_str(&format!("\n{}\n", text::WARNINGS));
        for w in warnings {
            out.push_str(&format!("  - {w}\n"));
        }
    }
    out
}

fn methodology(a: &Assessment, sci: &Sci) -> Vec<String> {
    let measured: Vec<&str> = sci
        .quality
        .iter()
        .filter(|(_, q)| *q == DataQuality::Measured)
        .map(|(p, _)| p.as_str())
        .collect();
    vec![
        format!("{}: {}", words::SCI_MODELS, sci.models.join(", ")),
        words::SCI_LOCATION_BASED.to_owned(),
        words::SCI_NO_MARKET.to_owned(),
        words::SCI_EMBODIED.to_owned(),
        format!(
            "{}: {}",
            words::SCI_MEASURED,
            if measured.is_empty() {
                "–".to_owned()
            } else {
                measured.join(", ")
            }
        ),
        format!(
            "{} {} {} ({})",
            words::SCI_GRANULARITY,
            a.period_days,
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

fn document(a: &Assessment, sci: &Sci, notes: &[String]) -> Value {
    let r = sci.unit.count;
    let mut assumptions = notes.to_vec();
    assumptions.extend(a.assumptions());
    let mut warnings = sci.warnings.clone();
    warnings.extend(a.all_warnings());
    json!({
        "specification": {
            "title": SPEC_TITLE,
            "version": SPEC_VERSION,
            "publisher": SPEC_PUBLISHER,
            "iso": SPEC_ISO,
            "url": SPEC_URL,
            "formula": "SCI = ((E × I) + M) per R",
        },
        "service": {"name": a.service, "organisation": a.organisation, "functional_unit": a.functional_unit},
        "period": {"days": a.period_days},
        "channel": sci.channel.as_ref().map(|(id, name)| json!({"id": id, "name": name})),
        "functional_unit": {"name": sci.unit.name, "count": r, "basis": sci.unit.basis},
        "sci": {
            "score_gco2e_per_unit": sci.score_g(),
            "o_gco2e_per_unit": sci.o_kg() * 1000.0 / r,
            "o_energy_based_gco2e_per_unit": sci.energy_based_kg() * 1000.0 / r,
            "o_other_gco2e_per_unit": (sci.o_kg() - sci.energy_based_kg()) * 1000.0 / r,
            "m_gco2e_per_unit": sci.m_kg() * 1000.0 / r,
            "e_kwh_per_unit": sci.e_kwh() / r,
            "i_gco2e_per_kwh": sci.intensity(),
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
            "included": sci.by_element.iter().filter(|(e, _)| in_software(*e)).map(|(e, s)| json!({
                "element": e.key(),
                "o_kg": s.operational_kg,
                "m_kg": s.embodied_kg,
                "e_kwh": s.energy_kwh,
                "components": s.components,
            })).collect::<Vec<_>>(),
            "excluded": sci.by_element.iter().filter(|(e, _)| !in_software(*e)).map(|(e, s)| json!({
                "element": e.key(),
                "co2e_kg": s.operational_kg + s.embodied_kg,
                "reason": outside_reason(*e),
                "components": s.components,
            })).collect::<Vec<_>>(),
            "checklist": checklist(sci).into_iter().map(|(item, status, how)| json!({
                "item": item, "status": status, "how": how,
            })).collect::<Vec<_>>(),
        },
        "methodology": {
            "models": sci.models,
            "intensity": "location-based annual average grid intensity (DESNZ for UK electricity, Ember annual averages elsewhere)",
            "market_based_measures": "none used: no offsets, RECs, PPAs or other market-based instruments reduce the score",
            "embodied": words::SCI_EMBODIED,
            "measured_components": sci.quality.iter().filter(|(_, q)| *q == DataQuality::Measured).map(|(p, _)| p.clone()).collect::<Vec<_>>(),
            "reported_components": sci.reported,
            "factors": sci.factors.iter().map(|f| crate::output::document::factor(f)).collect::<Vec<_>>(),
        },
        "assumptions": assumptions,
        "warnings": warnings,
    })
}
