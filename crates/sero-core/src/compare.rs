//! Channels compared on equal terms: each channel's footprint per transaction, what it is made
//! of (the elements of its delivery), the gaps in its boundary against the other channels, and
//! "what if" scenarios that move transactions from one channel to another, gathered in one
//! [`CompareReport`] by [`report`].

use crate::evaluate::{Assessment, Interval, assess, interval};
use crate::factor::FactorLibrary;
use crate::impact::Element;
use crate::models::Registry;
use crate::service::Service;

/// One channel, per transaction and for the period.
#[derive(Clone, Debug)]
pub struct ChannelProfile {
    pub id: String,
    pub name: String,
    pub transactions: f64,
    pub co2e_kg: f64,
    pub interval: Option<Interval>,
    pub per_transaction_kg: f64,
    pub per_transaction_interval: Option<Interval>,
    /// Emissions per transaction by element, for every element the channel includes, in
    /// [`Element::ALL`] order.
    pub by_element: Vec<(Element, f64)>,
    /// Elements declared not to apply to this channel.
    pub not_applicable: Vec<Element>,
}

impl ChannelProfile {
    pub fn includes(&self, element: Element) -> bool {
        self.by_element.iter().any(|(e, _)| *e == element)
    }

    pub fn element_kg(&self, element: Element) -> f64 {
        self.by_element
            .iter()
            .find(|(e, _)| *e == element)
            .map_or(0.0, |(_, kg)| *kg)
    }
}

/// An element one channel leaves out while others include it.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// The channel that leaves the element out: its id and name.
    pub channel_id: String,
    pub channel: String,
    pub element: Element,
    /// The channels that include it: ids and names.
    pub included_by_ids: Vec<String>,
    pub included_by: Vec<String>,
}

/// Each channel's profile, in the service's channel order.
pub fn profiles(assessment: &Assessment, service: &Service) -> Vec<ChannelProfile> {
    service
        .channels
        .iter()
        .enumerate()
        .map(|(index, channel)| {
            let result = &assessment.channels[index];
            let mut by_element: Vec<(Element, f64)> = Vec::new();
            for component in assessment.components.iter().filter(|c| c.error.is_none()) {
                let weight = component.channel_weights.get(index);
                if weight <= 0.0 {
                    continue;
                }
                for part in &component.impact.parts {
                    let kg = part.co2e_kg * weight / channel.transactions;
                    let kg = if kg.is_finite() { kg } else { 0.0 };
                    match by_element.iter_mut().find(|(e, _)| *e == part.element) {
                        Some(entry) => entry.1 += kg,
                        None => by_element.push((part.element, kg)),
                    }
                }
            }
            by_element.sort_by_key(|(e, _)| *e);
            let per = |i: Interval| Interval {
                low: i.low / channel.transactions,
                high: i.high / channel.transactions,
            };
            ChannelProfile {
                id: channel.id.clone(),
                name: channel.name.clone(),
                transactions: channel.transactions,
                co2e_kg: result.co2e_kg,
                interval: result.interval,
                per_transaction_kg: result.per_transaction_kg(),
                per_transaction_interval: result.interval.map(per),
                by_element,
                not_applicable: channel.not_applicable.clone(),
            }
        })
        .collect()
}

/// Elements some channels include and others leave out (without declaring them not
/// applicable). `other` is not an element of a boundary and is never a gap.
pub fn gaps(profiles: &[ChannelProfile]) -> Vec<Gap> {
    let mut gaps = Vec::new();
    for profile in profiles.iter().filter(|p| p.transactions > 0.0) {
        for element in Element::ALL.into_iter().filter(|e| *e != Element::Other) {
            if profile.includes(element) || profile.not_applicable.contains(&element) {
                continue;
            }
            let including: Vec<&ChannelProfile> = profiles
                .iter()
                .filter(|p| p.transactions > 0.0 && p.includes(element))
                .collect();
            if !including.is_empty() {
                gaps.push(Gap {
                    channel_id: profile.id.clone(),
                    channel: profile.name.clone(),
                    element,
                    included_by_ids: including.iter().map(|p| p.id.clone()).collect(),
                    included_by: including.iter().map(|p| p.name.clone()).collect(),
                });
            }
        }
    }
    gaps
}

/// Moves `fraction` of channel `from`'s transactions to channel `to`.
#[derive(Clone, Debug, PartialEq)]
pub struct Shift {
    pub from: String,
    pub to: String,
    pub fraction: f64,
}

/// Why a shift cannot be applied.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ShiftError {
    #[error("unknown channel `{0}`")]
    UnknownChannel(String),
    #[error("a shift moves between 0% and 100% of a channel's transactions, not {0}%")]
    Fraction(f64),
    #[error("a shift needs two different channels (`{0}` to itself)")]
    SameChannel(String),
}

/// The service with the shifts applied in order (each takes its fraction of the channel's
/// volume at that point).
pub fn shifted(service: &Service, shifts: &[Shift]) -> Result<(Service, Vec<f64>), ShiftError> {
    let mut scenario = service.clone();
    let mut moved = Vec::new();
    for shift in shifts {
        if !(0.0..=1.0).contains(&shift.fraction) {
            return Err(ShiftError::Fraction(shift.fraction * 100.0));
        }
        if shift.from == shift.to {
            return Err(ShiftError::SameChannel(shift.from.clone()));
        }
        let from = scenario
            .channels
            .iter()
            .position(|c| c.id == shift.from)
            .ok_or_else(|| ShiftError::UnknownChannel(shift.from.clone()))?;
        let to = scenario
            .channels
            .iter()
            .position(|c| c.id == shift.to)
            .ok_or_else(|| ShiftError::UnknownChannel(shift.to.clone()))?;
        let amount = scenario.channels[from].transactions * shift.fraction;
        scenario.channels[from].transactions -= amount;
        scenario.channels[to].transactions += amount;
        moved.push(amount);
    }
    Ok((scenario, moved))
}

/// The saving of a scenario: before minus after, with its interval when both assessments
/// carry Monte Carlo draws from the same seed (the difference is taken draw by draw, so the
/// uncertainty they share cancels).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Saving {
    pub before_kg: f64,
    pub after_kg: f64,
    pub saving_kg: f64,
    pub interval: Option<Interval>,
}

pub fn saving(before: &Assessment, after: &Assessment) -> Saving {
    let draws = &before.total_draws;
    let interval = (!draws.is_empty() && draws.len() == after.total_draws.len()).then(|| {
        interval(
            draws
                .iter()
                .zip(&after.total_draws)
                .map(|(b, a)| b - a)
                .collect(),
        )
    });
    Saving {
        before_kg: before.co2e_kg(),
        after_kg: after.co2e_kg(),
        saving_kg: before.co2e_kg() - after.co2e_kg(),
        interval,
    }
}

/// One channel against the channel with the lowest footprint per transaction.
#[derive(Clone, Debug, PartialEq)]
pub struct Contrast {
    /// The channel: id and name.
    pub channel_id: String,
    pub channel: String,
    /// The lowest channel: id and name.
    pub baseline_id: String,
    pub baseline: String,
    /// The channel's footprint per transaction over the baseline's.
    pub ratio: f64,
    /// The elements that make most of the difference, largest first: up to three, as few as
    /// cover 60% of the elements where the channel emits more than the baseline.
    pub mostly: Vec<Element>,
}

/// Each active channel (with transactions and a finite figure) against the lowest per
/// transaction, in channel order; nothing without an active channel.
pub fn contrasts(profiles: &[ChannelProfile]) -> Vec<Contrast> {
    let active: Vec<&ChannelProfile> = profiles
        .iter()
        .filter(|p| p.transactions > 0.0 && p.per_transaction_kg.is_finite())
        .collect();
    let Some(baseline) = active
        .iter()
        .min_by(|a, b| a.per_transaction_kg.total_cmp(&b.per_transaction_kg))
    else {
        return Vec::new();
    };
    let mut contrasts = Vec::new();
    for profile in active.iter().filter(|p| p.id != baseline.id) {
        let ratio = profile.per_transaction_kg / baseline.per_transaction_kg;
        let mut differences: Vec<(Element, f64)> = Element::ALL
            .into_iter()
            .map(|e| (e, profile.element_kg(e) - baseline.element_kg(e)))
            .filter(|(_, d)| *d > 0.0)
            .collect();
        differences.sort_by(|a, b| b.1.total_cmp(&a.1));
        let total_difference: f64 = differences.iter().map(|(_, d)| d).fold(0.0, |a, b| a + b);
        let mut mostly = Vec::new();
        let mut covered = 0.0;
        for (element, difference) in differences.iter().take(3) {
            mostly.push(*element);
            covered += difference;
            if covered >= 0.6 * total_difference {
                break;
            }
        }
        contrasts.push(Contrast {
            channel_id: profile.id.clone(),
            channel: profile.name.clone(),
            baseline_id: baseline.id.clone(),
            baseline: baseline.name.clone(),
            ratio,
            mostly,
        });
    }
    contrasts
}

/// What a scenario moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScenarioOf {
    /// The shift at this index of those given.
    Shift(usize),
    /// Every shift given, applied in order.
    AllTogether,
}

/// A scenario and its saving.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub of: ScenarioOf,
    pub transactions_moved: f64,
    pub saving: Saving,
}

/// A scenario that cannot be built: which one and why.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{error}")]
pub struct ScenarioError {
    pub of: ScenarioOf,
    pub error: ShiftError,
}

/// The channels of a service compared: what `sero compare` reports.
#[derive(Clone, Debug)]
pub struct CompareReport {
    pub service: String,
    pub organisation: Option<String>,
    pub functional_unit: String,
    /// Monte Carlo iterations and seed of every figure's interval.
    pub samples: usize,
    pub seed: u64,
    /// Each channel's profile, in the service's channel order.
    pub channels: Vec<ChannelProfile>,
    /// Every element that some channel includes, in [`Element::ALL`] order.
    pub elements: Vec<Element>,
    pub gaps: Vec<Gap>,
    pub contrasts: Vec<Contrast>,
    /// One scenario per shift, then all of them together when there are several.
    pub scenarios: Vec<Scenario>,
}

/// Compares the channels of `service`, already assessed as `assessment`, and assesses each
/// shift (and all together when there are several) with the same options.
pub fn report(
    service: &Service,
    assessment: &Assessment,
    registry: &Registry,
    library: &dyn FactorLibrary,
    shifts: &[Shift],
) -> Result<CompareReport, ScenarioError> {
    let options = assessment.options;
    let channels = profiles(assessment, service);
    let mut scenarios = Vec::new();
    for (index, shift) in shifts.iter().enumerate() {
        let of = ScenarioOf::Shift(index);
        let (scenario, moved) = shifted(service, std::slice::from_ref(shift))
            .map_err(|error| ScenarioError { of, error })?;
        let after = assess(&scenario, registry, library, options);
        scenarios.push(Scenario {
            of,
            transactions_moved: moved[0],
            saving: saving(assessment, &after),
        });
    }
    if shifts.len() > 1 {
        let of = ScenarioOf::AllTogether;
        let (scenario, moved) =
            shifted(service, shifts).map_err(|error| ScenarioError { of, error })?;
        let after = assess(&scenario, registry, library, options);
        scenarios.push(Scenario {
            of,
            transactions_moved: moved.iter().sum(),
            saving: saving(assessment, &after),
        });
    }
    Ok(CompareReport {
        service: service.name.clone(),
        organisation: service.organisation.clone(),
        functional_unit: service.functional_unit.clone(),
        samples: options.samples,
        seed: options.seed,
        elements: Element::ALL
            .into_iter()
            .filter(|e| channels.iter().any(|p| p.includes(*e)))
            .collect(),
        gaps: gaps(&channels),
        contrasts: contrasts(&channels),
        channels,
        scenarios,
    })
}
