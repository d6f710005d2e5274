//! The Software Carbon Intensity of a service: SCI = ((E × I) + M) per R.
//!
//! Green Software Foundation, "Software Carbon Intensity (SCI) Specification" v1.1.0
//! (<https://github.com/Green-Software-Foundation/sci/blob/main/SPEC.md>), published as
//! ISO/IEC 21031:2024. The score is computed from an [`Assessment`]: the elements inside the
//! software boundary (citizens' devices, networks, hosting, staff computers) give O, their
//! operational emissions (E × I where the model computes energy, the rest per item or
//! reported), and M, their embodied share; every other element (travel, paper, post,
//! buildings, staff time) is outside software and listed as such.
//!
//! Plain values only: the words of the report are the caller's.

use std::sync::Arc;

use sero_message::{Arg, Message, msg};

use crate::evaluate::Assessment;
use crate::factor::Factor;
use crate::impact::{DataQuality, Element, Kind};

/// A publication the score follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Specification {
    pub title: &'static str,
    pub version: &'static str,
    pub publisher: &'static str,
    pub iso: &'static str,
    pub url: &'static str,
    pub formula: &'static str,
}

/// The SCI specification, as cited in every report.
pub const SPECIFICATION: Specification = Specification {
    title: "Software Carbon Intensity (SCI) Specification",
    version: "1.1.0",
    publisher: "Green Software Foundation",
    iso: "ISO/IEC 21031:2024, first edition 2024-03",
    url: "https://github.com/Green-Software-Foundation/sci/blob/main/SPEC.md",
    formula: "SCI = ((E × I) + M) per R",
};

/// Whether sero counts an element as part of the software.
pub fn in_software(element: Element) -> bool {
    matches!(
        element,
        Element::CitizenDevice | Element::Network | Element::Hosting | Element::StaffDevice
    )
}

/// Why an element is outside the software boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outside {
    /// `other`: sero cannot tell whether it is software.
    Unclassified,
    /// The service's offline delivery (travel, paper, post, buildings, staff time).
    NotSoftware,
}

/// Why `element` is outside the boundary, `None` when it is inside.
pub fn outside(element: Element) -> Option<Outside> {
    if in_software(element) {
        None
    } else if element == Element::Other {
        Some(Outside::Unclassified)
    } else {
        Some(Outside::NotSoftware)
    }
}

/// R as asked for: the manifest's functional unit, the whole period, or another unit.
#[derive(Clone, Debug, PartialEq)]
pub enum Per {
    Transaction,
    Period,
    Given { name: String, count: f64 },
}

/// Why a functional unit cannot be read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PerError {
    #[error("`{0}` is not a number")]
    NotANumber(String),
    #[error("a functional unit needs a name and a count above 0")]
    NameAndCount,
    #[error("unknown functional unit")]
    Unknown,
}

impl Per {
    /// Reads `transaction`, `period` or `NAME=COUNT` (the count may hold `,` or `_`);
    /// `functional_unit` (the manifest's own name for a transaction) also means `transaction`.
    pub fn parse(text: &str, functional_unit: &str) -> Result<Per, PerError> {
        let text = text.trim();
        if text == "transaction" || text == functional_unit {
            return Ok(Per::Transaction);
        }
        if text == "period" {
            return Ok(Per::Period);
        }
        let Some((name, count)) = text.split_once('=') else {
            return Err(PerError::Unknown);
        };
        let count: f64 = count
            .trim()
            .replace([',', '_'], "")
            .parse()
            .map_err(|_| PerError::NotANumber(count.trim().to_owned()))?;
        if !(count.is_finite() && count > 0.0) || name.trim().is_empty() {
            return Err(PerError::NameAndCount);
        }
        Ok(Per::Given {
            name: name.trim().to_owned(),
            count,
        })
    }
}

/// The functional unit R of a score: what it is and how many the period (or channel) had.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionalUnit {
    pub name: UnitName,
    pub count: f64,
}

/// What R is.
#[derive(Clone, Debug, PartialEq)]
pub enum UnitName {
    /// The manifest's functional unit, counted by transactions.
    Transactions(String),
    /// The whole reporting period of so many days.
    Period { days: i64 },
    /// A unit the caller named and counted.
    Given(String),
}

impl UnitName {
    /// How R was counted: `transactions`, `period` or `given`.
    pub fn basis(&self) -> &'static str {
        match self {
            UnitName::Transactions(_) => "transactions",
            UnitName::Period { .. } => "period",
            UnitName::Given(_) => "given",
        }
    }
}

/// Why a score cannot be computed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SciError {
    #[error("no such channel `{id}`")]
    UnknownChannel { id: String, known: Vec<String> },
    #[error("R is {0}: a score per unit needs a count of units above 0")]
    NoUnits(f64),
}

impl PerError {
    /// The sentence for people (`Display` is for logs).
    pub fn message(&self) -> Message {
        match self {
            PerError::NotANumber(given) => msg!("sci-per-not-a-number", given = given.as_str()),
            PerError::NameAndCount => msg!("sci-per-name-and-count"),
            PerError::Unknown => msg!("sci-per-unknown"),
        }
    }
}

impl SciError {
    /// The sentence for people (`Display` is for logs); the channels known are the hint's.
    pub fn message(&self) -> Message {
        match self {
            SciError::UnknownChannel { id, .. } => {
                msg!("sci-error-unknown-channel", channel = id.as_str())
            }
            SciError::NoUnits(count) => msg!("sci-error-no-units", count = Arg::Exact(*count)),
        }
    }
}

/// One element's period sums (after the channel's share, when a channel is chosen).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ElementSums {
    pub operational_kg: f64,
    pub embodied_kg: f64,
    pub energy_kwh: f64,
    /// Operational emissions of the components whose model computes energy for it.
    pub energy_based_kg: f64,
    /// Paths of the components that contribute to it, in the assessment's order.
    pub components: Vec<String>,
}

impl ElementSums {
    pub fn co2e_kg(&self) -> f64 {
        self.operational_kg + self.embodied_kg
    }
}

/// The terms of the score, per unit of R.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Terms {
    /// SCI = (O + M) / R, gCO2e.
    pub score_g: f64,
    /// O, gCO2e.
    pub o_g: f64,
    /// E × I: the part of O whose model computes energy, gCO2e.
    pub o_energy_based_g: f64,
    /// The rest of O (per-item or reported figures), gCO2e.
    pub o_other_g: f64,
    /// M, gCO2e.
    pub m_g: f64,
    /// E, kWh.
    pub e_kwh: f64,
    /// I: the effective intensity of E, gCO2e/kWh; `None` without energy.
    pub i_g_per_kwh: Option<f64>,
}

/// Whether the score covers an item of the specification's boundary list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    In,
    NotModelled,
}

impl Coverage {
    pub fn key(self) -> &'static str {
        match self {
            Coverage::In => "in",
            Coverage::NotModelled => "not modelled",
        }
    }
}

/// How sero covers an item of the boundary list, when it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Through {
    Hosting,
    Network,
    IdlePower,
    CitizenDevices,
    StaffComputers,
    /// Not a component sero models on its own (it can be given as a reported figure).
    NotAComponent,
    /// sero has no model for it.
    NoModel,
}

/// An item of the specification's "Software boundary" list with sero's coverage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BoundaryItem {
    /// The specification's name of the item.
    pub item: &'static str,
    pub coverage: Coverage,
    pub through: Through,
}

/// The SCI of a service, or of one channel of it.
#[derive(Clone, Debug)]
pub struct SciReport {
    pub unit: FunctionalUnit,
    /// The channel chosen: id and name.
    pub channel: Option<(String, String)>,
    /// Every element a component contributes to, in [`Element::ALL`] order.
    pub elements: Vec<(Element, ElementSums)>,
    /// Models of the components inside the boundary, first seen first.
    pub models: Vec<String>,
    /// Factors used by the components inside the boundary, once each.
    pub factors: Vec<Arc<Factor>>,
    /// Components inside the boundary whose model is `reported`.
    pub reported: Vec<String>,
    /// Components inside the boundary whose data are measured.
    pub measured: Vec<String>,
    /// Components with parts of element `other` (left outside).
    pub unclassified: Vec<String>,
    /// True when a `server` model is inside (it counts idle power).
    pub has_server: bool,
    /// The service's whole footprint (inside and outside), kgCO2e.
    pub total_kg: f64,
    pub period_days: i64,
}

impl SciReport {
    fn sum(&self, inside: bool, f: impl Fn(&ElementSums) -> f64) -> f64 {
        self.elements
            .iter()
            .filter(|(e, _)| in_software(*e) == inside)
            .map(|(_, s)| f(s))
            .fold(0.0, |a, b| a + b)
    }

    /// Elements inside the software boundary.
    pub fn inside(&self) -> impl Iterator<Item = &(Element, ElementSums)> {
        self.elements.iter().filter(|(e, _)| in_software(*e))
    }

    /// Elements outside it.
    pub fn outside(&self) -> impl Iterator<Item = &(Element, ElementSums)> {
        self.elements.iter().filter(|(e, _)| !in_software(*e))
    }

    /// O for the period, kgCO2e.
    pub fn o_kg(&self) -> f64 {
        self.sum(true, |s| s.operational_kg)
    }

    /// M for the period, kgCO2e.
    pub fn m_kg(&self) -> f64 {
        self.sum(true, |s| s.embodied_kg)
    }

    /// E for the period, kWh.
    pub fn e_kwh(&self) -> f64 {
        self.sum(true, |s| s.energy_kwh)
    }

    /// E × I for the period, kgCO2e.
    pub fn energy_based_kg(&self) -> f64 {
        self.sum(true, |s| s.energy_based_kg)
    }

    /// Emissions outside the boundary for the period, kgCO2e.
    pub fn outside_kg(&self) -> f64 {
        self.sum(false, |s| s.operational_kg + s.embodied_kg)
    }

    /// The effective average intensity of the energy-based part of O, gCO2e/kWh.
    pub fn intensity(&self) -> Option<f64> {
        let e = self.e_kwh();
        (e > 0.0).then(|| self.energy_based_kg() * 1000.0 / e)
    }

    /// A period figure in kgCO2e as gCO2e per unit of R.
    pub fn per_unit_g(&self, kg: f64) -> f64 {
        kg * 1000.0 / self.unit.count
    }

    /// The terms per unit of R.
    pub fn terms(&self) -> Terms {
        let r = self.unit.count;
        let (o, m, ei) = (self.o_kg(), self.m_kg(), self.energy_based_kg());
        Terms {
            score_g: (o + m) * 1000.0 / r,
            o_g: o * 1000.0 / r,
            o_energy_based_g: ei * 1000.0 / r,
            o_other_g: (o - ei) * 1000.0 / r,
            m_g: m * 1000.0 / r,
            e_kwh: self.e_kwh() / r,
            i_g_per_kwh: self.intensity(),
        }
    }

    fn has(&self, element: Element) -> bool {
        self.elements
            .iter()
            .any(|(e, s)| *e == element && s.co2e_kg() != 0.0)
    }

    /// The specification's boundary list, each item with sero's coverage.
    pub fn checklist(&self) -> Vec<BoundaryItem> {
        let status = |present: bool| {
            if present {
                Coverage::In
            } else {
                Coverage::NotModelled
            }
        };
        let hosting = status(self.has(Element::Hosting));
        let item = |item, coverage, through| BoundaryItem {
            item,
            coverage,
            through,
        };
        let none = |name| item(name, Coverage::NotModelled, Through::NotAComponent);
        let no_model = |name| item(name, Coverage::NotModelled, Through::NoModel);
        vec![
            item("compute", hosting, Through::Hosting),
            item("storage", hosting, Through::Hosting),
            item("memory", hosting, Through::Hosting),
            item(
                "networking equipment",
                status(self.has(Element::Network)),
                Through::Network,
            ),
            item("idle machines", status(self.has_server), Through::IdlePower),
            item(
                "end-user devices",
                status(self.has(Element::CitizenDevice)),
                Through::CitizenDevices,
            ),
            item(
                "operations",
                status(self.has(Element::StaffDevice)),
                Through::StaffComputers,
            ),
            none("monitoring"),
            none("logging"),
            none("scanning"),
            none("build and deploy pipelines"),
            none("testing"),
            none("training ML models"),
            none("backup"),
            none("redundancy"),
            none("failover"),
            no_model("IoT devices"),
            no_model("edge devices"),
        ]
    }
}

/// The SCI of the assessed service per `per`, or of one channel's share of every component
/// per that channel's transactions.
pub fn score(
    assessment: &Assessment,
    per: &Per,
    channel: Option<&str>,
) -> Result<SciReport, SciError> {
    let channel_index = match channel {
        None => None,
        Some(id) => Some(
            assessment
                .channels
                .iter()
                .position(|c| c.id == id)
                .ok_or_else(|| SciError::UnknownChannel {
                    id: id.to_owned(),
                    known: assessment.channels.iter().map(|c| c.id.clone()).collect(),
                })?,
        ),
    };
    let transactions = channel_index.map_or(assessment.transactions, |i| {
        assessment.channels[i].transactions
    });
    let unit = match per {
        Per::Transaction => FunctionalUnit {
            name: UnitName::Transactions(assessment.functional_unit.clone()),
            count: transactions,
        },
        Per::Period => FunctionalUnit {
            name: UnitName::Period {
                days: assessment.period_days,
            },
            count: 1.0,
        },
        Per::Given { name, count } => FunctionalUnit {
            name: UnitName::Given(name.clone()),
            count: *count,
        },
    };
    if !(unit.count.is_finite() && unit.count > 0.0) {
        return Err(SciError::NoUnits(unit.count));
    }
    let mut elements: Vec<(Element, ElementSums)> = Element::ALL
        .iter()
        .map(|e| (*e, ElementSums::default()))
        .collect();
    let mut report = SciReport {
        unit,
        channel: channel_index.map(|i| {
            (
                assessment.channels[i].id.clone(),
                assessment.channels[i].name.clone(),
            )
        }),
        elements: Vec::new(),
        models: Vec::new(),
        factors: Vec::new(),
        reported: Vec::new(),
        measured: Vec::new(),
        unclassified: Vec::new(),
        has_server: false,
        total_kg: 0.0,
        period_days: assessment.period_days,
    };
    for c in assessment.components.iter().filter(|c| c.error.is_none()) {
        let weight = channel_index.map_or(1.0, |i| c.channel_weights.get(i));
        if weight == 0.0 {
            continue;
        }
        let mut inside = false;
        for (element, sums) in elements.iter_mut() {
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
            report.total_kg += operational + embodied;
            if !sums.components.contains(&c.path) {
                sums.components.push(c.path.clone());
            }
            if in_software(*element) {
                inside = true;
            }
            if *element == Element::Other && !report.unclassified.contains(&c.path) {
                report.unclassified.push(c.path.clone());
            }
        }
        if inside {
            if !report.models.contains(&c.model) {
                report.models.push(c.model.clone());
            }
            for f in &c.explanation.factors {
                if !report.factors.iter().any(|g| g.id == f.id) {
                    report.factors.push(f.clone());
                }
            }
            if c.model == "reported" {
                report.reported.push(c.path.clone());
            }
            if c.model == "server" {
                report.has_server = true;
            }
            if c.impact.quality == DataQuality::Measured {
                report.measured.push(c.path.clone());
            }
        }
    }
    elements.retain(|(_, s)| !s.components.is_empty());
    report.elements = elements;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_reads_the_three_forms() {
        assert_eq!(
            Per::parse(" transaction ", "application"),
            Ok(Per::Transaction)
        );
        assert_eq!(
            Per::parse("application", "application"),
            Ok(Per::Transaction)
        );
        assert_eq!(Per::parse("period", "application"), Ok(Per::Period));
        assert_eq!(
            Per::parse("request=1_200,000", "application"),
            Ok(Per::Given {
                name: "request".to_owned(),
                count: 1_200_000.0
            })
        );
        assert_eq!(
            Per::parse("request=lots", "application"),
            Err(PerError::NotANumber("lots".to_owned()))
        );
        assert_eq!(Per::parse("request=0", "x"), Err(PerError::NameAndCount));
        assert_eq!(Per::parse(" =5", "x"), Err(PerError::NameAndCount));
        assert_eq!(Per::parse("fortnight", "x"), Err(PerError::Unknown));
    }

    #[test]
    fn boundary_classification() {
        let inside: Vec<Element> = Element::ALL
            .into_iter()
            .filter(|e| in_software(*e))
            .collect();
        assert_eq!(
            inside,
            [
                Element::CitizenDevice,
                Element::Network,
                Element::Hosting,
                Element::StaffDevice
            ]
        );
        for e in Element::ALL {
            assert_eq!(outside(e).is_none(), in_software(e), "{e:?}");
        }
        assert_eq!(outside(Element::Other), Some(Outside::Unclassified));
        assert_eq!(outside(Element::Paper), Some(Outside::NotSoftware));
    }
}
