//! The evaluator: a service's component tree → an [`Assessment`].
//!
//! It flattens the tree (children inherit channel, basis, share, allocation and scope), fills
//! in inputs' defaults, runs each leaf's model once with central values and the explain trail,
//! scales by volume and share, attributes to channels, and sums. With `samples > 0` it then
//! runs the whole service again once per Monte Carlo iteration. A component whose model fails
//! is reported with its error and left out of the totals; nothing here panics on bad data.

use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;
use sero_message::{Arg, Message, msg};

use crate::factor::FactorLibrary;
use crate::impact::{DataQuality, Element, Impact, Kind, Scope, Stage, total};
use crate::model::{
    Context, DefaultValue, ExplainInput, Explanation, InputKind, InputValue, Inputs, ModelError,
    Sampler, format_number,
};
use crate::models::Registry;
use crate::service::{Basis, Component, ComponentKind, Period, Service};

/// How to run an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Monte Carlo iterations; 0 for the central value only.
    pub samples: usize,
    pub seed: u64,
    /// Record each component's formula and calculation steps (`--explain`, JSON output).
    pub explain: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            samples: 0,
            seed: 1,
            explain: true,
        }
    }
}

/// A 90% interval: the 5th and 95th percentiles of the Monte Carlo draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// A leaf after flattening: what the evaluator runs.
#[derive(Clone, Debug)]
pub struct Leaf<'s> {
    pub id: &'s str,
    /// Ids from the root, joined with `/`.
    pub path: String,
    pub name: Option<&'s str>,
    pub model: &'s str,
    pub inputs: Inputs,
    pub channel: Option<&'s str>,
    pub basis: Basis,
    pub share: f64,
    pub allocation: Option<&'s [(String, f64)]>,
    pub scope: Option<Scope>,
    pub covers: Option<Element>,
    /// Names of inputs filled in from the model's defaults.
    pub defaulted: Vec<&'static str>,
}

/// One component's result.
#[derive(Clone, Debug)]
pub struct ComponentResult {
    pub id: String,
    pub path: String,
    pub name: Option<String>,
    pub model: String,
    /// The inputs the model was run with: the manifest's, with the model's defaults filled in.
    pub inputs: Inputs,
    pub channel: Option<String>,
    pub basis: Basis,
    /// Transactions the per-transaction figure was multiplied by (1 for a period figure).
    pub volume: f64,
    pub share: f64,
    /// The impact for the period after volume and share.
    pub impact: Impact,
    /// The impact of one unit of the basis, before volume and share.
    pub unit_impact: Impact,
    pub interval: Option<Interval>,
    /// Share of the component attributed to each channel, in the service's channel order.
    pub channel_weights: ChannelWeights,
    pub explanation: Explanation,
    pub warnings: Vec<Message>,
    pub assumptions: Vec<Message>,
    /// Inputs filled in from the model's defaults.
    pub defaults: Vec<ExplainInput>,
    /// Set when the model failed: the component is then not in the totals.
    pub error: Option<ModelError>,
}

impl ComponentResult {
    pub fn co2e_kg(&self) -> f64 {
        self.impact.co2e_kg()
    }

    /// Why the component is left out of the totals, naming it by its manifest `name:` (when it
    /// has one) and its id; `None` when it was estimated. `check` reports it as an error and
    /// the reports of `estimate` and `compare` among their warnings, in the same words.
    pub fn not_estimated(&self) -> Option<Message> {
        let error = self.error.as_ref()?.message();
        Some(match &self.name {
            Some(name) => msg!(
                "warning-named-component-not-estimated",
                name = name,
                component = &self.path,
                error = error
            ),
            None => msg!(
                "warning-component-not-estimated",
                component = &self.path,
                error = error
            ),
        })
    }
}

/// One channel's result.
#[derive(Clone, Debug)]
pub struct ChannelResult {
    pub id: String,
    pub name: String,
    pub transactions: f64,
    pub co2e_kg: f64,
    pub interval: Option<Interval>,
}

impl ChannelResult {
    /// Emissions per transaction of this channel (NaN when it has none).
    pub fn per_transaction_kg(&self) -> f64 {
        self.co2e_kg / self.transactions
    }
}

/// The evaluated service.
#[derive(Clone, Debug)]
pub struct Assessment {
    pub service: String,
    pub organisation: Option<String>,
    pub functional_unit: String,
    pub period_days: i64,
    /// The reporting period's first and last days.
    pub period: Period,
    pub transactions: f64,
    pub components: Vec<ComponentResult>,
    pub channels: Vec<ChannelResult>,
    pub interval: Option<Interval>,
    /// The service total of each Monte Carlo iteration, in order (empty without samples), so
    /// that two scenarios run with the same seed can be compared draw by draw.
    pub total_draws: Vec<f64>,
    pub options: Options,
    /// Service-level warnings (component warnings are on the components).
    pub warnings: Vec<Message>,
}

/// An assumption or a model default, with the components it applies to.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumptionNote {
    pub message: Message,
    /// Component paths, in order of first use.
    pub components: Vec<String>,
}

impl Assessment {
    fn included(&self) -> impl Iterator<Item = &ComponentResult> {
        self.components.iter().filter(|c| c.error.is_none())
    }

    pub fn co2e_kg(&self) -> f64 {
        total(self.included().map(|c| c.co2e_kg()))
    }

    pub fn kind_co2e_kg(&self, kind: Kind) -> f64 {
        total(self.included().map(|c| c.impact.kind_co2e_kg(kind)))
    }

    pub fn energy_kwh(&self) -> f64 {
        total(self.included().map(|c| c.impact.energy_kwh()))
    }

    /// Emissions per functional unit over all channels.
    pub fn per_unit_kg(&self) -> f64 {
        self.co2e_kg() / self.transactions
    }

    pub fn per_unit_interval(&self) -> Option<Interval> {
        self.interval.map(|i| Interval {
            low: i.low / self.transactions,
            high: i.high / self.transactions,
        })
    }

    /// Totals by scope, in scope order.
    pub fn by_scope(&self) -> Vec<(Scope, f64)> {
        let mut totals: Vec<(Scope, f64)> = Vec::new();
        for part in self.included().flat_map(|c| &c.impact.parts) {
            match totals.iter_mut().find(|(s, _)| *s == part.scope) {
                Some(entry) => entry.1 += part.co2e_kg,
                None => totals.push((part.scope, part.co2e_kg)),
            }
        }
        totals.sort_by_key(|(s, _)| *s);
        totals
    }

    /// Totals by lifecycle stage.
    pub fn by_stage(&self) -> Vec<(Stage, f64)> {
        let mut totals: Vec<(Stage, f64)> = Vec::new();
        for part in self.included().flat_map(|c| &c.impact.parts) {
            match totals.iter_mut().find(|(s, _)| *s == part.stage) {
                Some(entry) => entry.1 += part.co2e_kg,
                None => totals.push((part.stage, part.co2e_kg)),
            }
        }
        totals.sort_by_key(|(s, _)| *s);
        totals
    }

    /// Totals by data-quality tier.
    pub fn by_quality(&self) -> Vec<(DataQuality, f64)> {
        let mut totals: Vec<(DataQuality, f64)> = Vec::new();
        for c in self.included() {
            let q = c.impact.quality;
            match totals.iter_mut().find(|(s, _)| *s == q) {
                Some(entry) => entry.1 += c.co2e_kg(),
                None => totals.push((q, c.co2e_kg())),
            }
        }
        totals.sort_by_key(|(s, _)| *s);
        totals
    }

    /// Components, largest first: the hotspots.
    pub fn hotspots(&self) -> Vec<&ComponentResult> {
        let mut list: Vec<&ComponentResult> = self.included().collect();
        list.sort_by(|a, b| b.co2e_kg().total_cmp(&a.co2e_kg()));
        list
    }

    /// Every assumption, once, in order of first appearance, then the model defaults used,
    /// one note per input and value, each with the components it applies to.
    pub fn assumptions(&self) -> Vec<AssumptionNote> {
        let mut notes: Vec<AssumptionNote> = Vec::new();
        let add = |notes: &mut Vec<AssumptionNote>, message: Message, path: &str| match notes
            .iter_mut()
            .find(|n| n.message == message)
        {
            Some(note) => note.components.push(path.to_owned()),
            None => notes.push(AssumptionNote {
                message,
                components: vec![path.to_owned()],
            }),
        };
        for c in &self.components {
            for a in &c.assumptions {
                add(&mut notes, a.clone(), &c.path);
            }
        }
        for c in &self.components {
            for input in &c.defaults {
                let message = msg!(
                    "assumed-model-default",
                    input = input.name,
                    value = input.shown()
                );
                add(&mut notes, message, &c.path);
            }
        }
        notes
    }

    /// Why each component left out of the totals was not estimated (see
    /// [`ComponentResult::not_estimated`]), in the manifest's order.
    pub fn failures(&self) -> Vec<Message> {
        self.components
            .iter()
            .filter_map(ComponentResult::not_estimated)
            .collect()
    }

    /// Every warning: the service's, then each component's, naming the component (a component
    /// that was not estimated first says why).
    pub fn all_warnings(&self) -> Vec<Message> {
        let mut all = self.warnings.clone();
        for c in &self.components {
            all.extend(c.not_estimated());
            all.extend(c.warnings.iter().map(|w| {
                msg!(
                    "warning-in-component",
                    component = &c.path,
                    warning = w.clone()
                )
            }));
        }
        all
    }
}

/// Flattens the tree; children inherit what they do not set.
pub fn flatten<'s>(service: &'s Service, registry: &Registry) -> Vec<Leaf<'s>> {
    let mut leaves = Vec::new();
    let root = Inherited {
        path: String::new(),
        channel: None,
        basis: Basis::Period,
        share: 1.0,
        allocation: None,
        scope: None,
        covers: None,
    };
    for component in &service.components {
        walk(component, &root, registry, &mut leaves);
    }
    leaves
}

struct Inherited<'s> {
    path: String,
    channel: Option<&'s str>,
    basis: Basis,
    share: f64,
    allocation: Option<&'s [(String, f64)]>,
    scope: Option<Scope>,
    covers: Option<Element>,
}

fn walk<'s>(
    component: &'s Component,
    parent: &Inherited<'s>,
    registry: &Registry,
    out: &mut Vec<Leaf<'s>>,
) {
    let here = Inherited {
        path: if parent.path.is_empty() {
            component.id.clone()
        } else {
            format!("{}/{}", parent.path, component.id)
        },
        channel: component.channel.as_deref().or(parent.channel),
        basis: component.basis.unwrap_or(parent.basis),
        share: parent.share * component.share.unwrap_or(1.0),
        allocation: component.allocation.as_deref().or(parent.allocation),
        scope: component.scope.or(parent.scope),
        covers: component.covers.or(parent.covers),
    };
    match &component.kind {
        ComponentKind::Group(children) => {
            for child in children {
                walk(child, &here, registry, out);
            }
        }
        ComponentKind::Leaf { model, inputs } => {
            let (inputs, defaulted) = with_defaults(inputs, model, registry);
            out.push(Leaf {
                id: &component.id,
                path: here.path,
                name: component.name.as_deref(),
                model,
                inputs,
                channel: here.channel,
                basis: here.basis,
                share: here.share,
                allocation: here.allocation,
                scope: here.scope,
                covers: here.covers,
                defaulted,
            });
        }
    }
}

fn with_defaults(inputs: &Inputs, model: &str, registry: &Registry) -> (Inputs, Vec<&'static str>) {
    let mut filled = inputs.clone();
    let mut defaulted = Vec::new();
    let Some(model) = registry.get(model) else {
        return (filled, defaulted);
    };
    for spec in model.spec().inputs {
        if inputs.get(spec.name).is_some()
            || spec.relevant.is_some_and(|relevant| !relevant(inputs))
        {
            continue;
        }
        let value = match spec.default {
            Some(DefaultValue::Number(n)) => InputValue::Number(n),
            Some(DefaultValue::Text(t)) => InputValue::Text(t.to_owned()),
            Some(DefaultValue::Bool(b)) => InputValue::Bool(b),
            _ => continue,
        };
        filled.set(spec.name, value);
        defaulted.push(spec.name);
    }
    (filled, defaulted)
}

/// Checks inputs against the model's limits: errors for hard limits, warnings for unusual.
fn check_inputs(leaf: &Leaf<'_>, registry: &Registry) -> Result<Vec<Message>, ModelError> {
    let model = registry.find(leaf.model)?;
    let spec = model.spec();
    let mut warnings = Vec::new();
    for input in spec.inputs.iter().filter(|i| i.required) {
        if leaf.inputs.get(input.name).is_none() {
            return Err(ModelError::MissingInput(input.name.to_owned()));
        }
    }
    for (name, value) in leaf.inputs.iter() {
        let Some(input) = spec.input(name) else {
            return Err(ModelError::InvalidInput {
                name: name.to_owned(),
                reason: msg!("manifest-input-no-such", model = spec.name),
            });
        };
        if let InputValue::Shares(shares) = value {
            let sum = shares.iter().map(|(_, s)| *s).fold(0.0, |a, b| a + b);
            if (sum - 1.0).abs() > 1e-9 || shares.iter().any(|(_, s)| !(0.0..=1.0).contains(s)) {
                return Err(ModelError::InvalidInput {
                    name: name.to_owned(),
                    reason: msg!(
                        "manifest-input-shares-sum",
                        percent = format_number(sum * 100.0)
                    ),
                });
            }
        }
        let InputValue::Number(n) = value else {
            continue;
        };
        if input.whole && n.fract() != 0.0 {
            return Err(ModelError::InvalidInput {
                name: name.to_owned(),
                reason: msg!("manifest-input-not-whole", value = format_number(*n)),
            });
        }
        if !n.is_finite() {
            return Err(ModelError::InvalidInput {
                name: name.to_owned(),
                reason: msg!("manifest-input-not-finite"),
            });
        }
        if input.min.is_some_and(|min| *n < min) || input.max.is_some_and(|max| *n > max) {
            return Err(ModelError::InvalidInput {
                name: name.to_owned(),
                reason: msg!("manifest-input-outside-range", value = format_number(*n)),
            });
        }
        if let Some((low, high)) = input.usual
            && (*n < low || *n > high)
        {
            warnings.push(msg!(
                "warning-input-outside-usual-range",
                input = name,
                value = Arg::Exact(*n),
                low = Arg::Exact(low),
                high = Arg::Exact(high),
                unit = input.unit_symbol()
            ));
        }
        if let InputKind::IntensityOrCountry = input.kind
            && *n < 0.0
        {
            return Err(ModelError::InvalidInput {
                name: name.to_owned(),
                reason: msg!("manifest-input-negative-intensity"),
            });
        }
    }
    Ok(warnings)
}

/// Evaluates `service` with the bundled models and `library`.
pub fn assess(
    service: &Service,
    registry: &Registry,
    library: &dyn FactorLibrary,
    options: Options,
) -> Assessment {
    let leaves = flatten(service, registry);
    let period_hours = service.period.hours();
    let total_transactions = service.total_transactions();
    let mut warnings = Vec::new();
    if leaves.is_empty() {
        warnings.push(msg!("warning-no-components"));
    }

    warnings.extend(double_counting(&leaves));

    let mut components = Vec::with_capacity(leaves.len());
    let shared = by_transactions(service, total_transactions);
    for leaf in &leaves {
        components.push(evaluate_leaf(
            leaf,
            service,
            registry,
            library,
            period_hours,
            total_transactions,
            options.explain,
        ));
        if let Some(result) = components.last_mut() {
            result.channel_weights = channel_weights(leaf, service, &shared);
        }
    }

    let mut channels: Vec<ChannelResult> = service
        .channels
        .iter()
        .map(|c| ChannelResult {
            id: c.id.clone(),
            name: c.name.clone(),
            transactions: c.transactions,
            co2e_kg: 0.0,
            interval: None,
        })
        .collect();
    for component in components.iter().filter(|c| c.error.is_none()) {
        let co2e = component.co2e_kg();
        component.channel_weights.each(|index, weight| {
            if let Some(channel) = channels.get_mut(index) {
                channel.co2e_kg += co2e * weight;
            }
        });
    }

    let mut assessment = Assessment {
        service: service.name.clone(),
        organisation: service.organisation.clone(),
        functional_unit: service.functional_unit.clone(),
        period_days: service.period.days(),
        period: service.period,
        transactions: total_transactions,
        components,
        channels,
        interval: None,
        total_draws: Vec::new(),
        options,
        warnings,
    };
    if options.samples > 0 {
        monte_carlo(&mut assessment, &leaves, registry, library, period_hours);
    }
    assessment
}

/// Emissions of `kwh` of electricity used on `grid` (as the `electricity` model's `grid`
/// input takes it), evaluated as the one component of a one-day service: the same factors,
/// steps, checks and explain trail as a manifest's component. A model error is on the
/// result's `error`, as for any component.
pub fn electricity(
    kwh: f64,
    grid: InputValue,
    registry: &Registry,
    library: &dyn FactorLibrary,
) -> ComponentResult {
    let day = crate::service::Date {
        year: 2026,
        month: 1,
        day: 1,
    };
    let inputs = Inputs::new()
        .with("energy", InputValue::Number(kwh))
        .with("grid", grid);
    let (inputs, defaulted) = with_defaults(&inputs, "electricity", registry);
    let leaf = Leaf {
        id: "run",
        path: "run".to_owned(),
        name: None,
        model: "electricity",
        inputs,
        channel: None,
        basis: Basis::Period,
        share: 1.0,
        allocation: None,
        scope: None,
        covers: None,
        defaulted,
    };
    let service = Service {
        name: "electricity".to_owned(),
        organisation: None,
        functional_unit: "run".to_owned(),
        period: crate::service::Period {
            start: day,
            end: day,
        },
        channels: vec![crate::service::Channel {
            id: "run".to_owned(),
            name: "run".to_owned(),
            transactions: 1.0,
            not_applicable: Vec::new(),
        }],
        components: Vec::new(),
    };
    let hours = service.period.hours();
    let mut result = evaluate_leaf(&leaf, &service, registry, library, hours, 1.0, true);
    result.channel_weights = channel_weights(&leaf, &service, &by_transactions(&service, 1.0));
    result
}

/// Warns when users' devices are counted twice in one channel: by an `end-user-device`
/// component for citizens and by a `data-transfer` component that includes the device segment.
fn double_counting(leaves: &[Leaf<'_>]) -> Vec<Message> {
    let citizen_devices: Vec<&Leaf<'_>> = leaves
        .iter()
        .filter(|l| l.model == "end-user-device" && l.inputs.text("owner") == Some("citizen"))
        .collect();
    let mut warnings = Vec::new();
    for transfer in leaves
        .iter()
        .filter(|l| l.model == "data-transfer" && l.inputs.bool("include_device").unwrap_or(true))
    {
        if let Some(device) = citizen_devices.iter().find(|d| {
            d.channel.is_none() || transfer.channel.is_none() || d.channel == transfer.channel
        }) {
            warnings.push(msg!(
                "warning-devices-counted-twice",
                device = &device.path,
                transfer = &transfer.path
            ));
        }
    }
    warnings
}

fn volume_of(leaf: &Leaf<'_>, service: &Service, total_transactions: f64) -> f64 {
    match leaf.basis {
        Basis::Period => 1.0,
        Basis::Transaction => match leaf.channel {
            Some(id) => service
                .channels
                .iter()
                .find(|c| c.id == id)
                .map_or(0.0, |c| c.transactions),
            None => total_transactions,
        },
    }
}

/// A component's share of each channel, kept sparse: a service of 20,000 channels and 20,000
/// components held a dense table of 400 million weights (3.2 GB) and aborted. A component of
/// one channel keeps one entry, an allocation its own entries, and every component of the whole
/// service shares one table of the channels' shares of transactions.
#[derive(Clone, Debug, PartialEq)]
pub enum ChannelWeights {
    /// All of it in the channel at this index.
    One(usize),
    /// Shares by channel index (channels not listed get none).
    Shares(Vec<(usize, f64)>),
    /// The channels' shares of transactions, in channel order, shared by every such component.
    ByTransactions(std::sync::Arc<[f64]>),
}

impl ChannelWeights {
    /// The share of the channel at `index`.
    pub fn get(&self, index: usize) -> f64 {
        match self {
            ChannelWeights::One(i) => f64::from(u8::from(*i == index)),
            ChannelWeights::Shares(shares) => shares
                .iter()
                .find(|(i, _)| *i == index)
                .map_or(0.0, |(_, w)| *w),
            ChannelWeights::ByTransactions(all) => all.get(index).copied().unwrap_or(0.0),
        }
    }

    /// Calls `f` with (index, share) for every channel the component is attributed to (all
    /// channels, in order, for a component of the whole service), without allocating.
    pub fn each(&self, mut f: impl FnMut(usize, f64)) {
        match self {
            ChannelWeights::One(i) => f(*i, 1.0),
            ChannelWeights::Shares(shares) => {
                for (i, w) in shares {
                    f(*i, *w);
                }
            }
            ChannelWeights::ByTransactions(all) => {
                for (i, w) in all.iter().enumerate() {
                    f(i, *w);
                }
            }
        }
    }

    /// The shares of every channel, in order (for tests and small services).
    pub fn dense(&self, channels: usize) -> Vec<f64> {
        (0..channels).map(|i| self.get(i)).collect()
    }
}

/// The channels' shares of transactions, computed once per assessment.
fn by_transactions(service: &Service, total_transactions: f64) -> std::sync::Arc<[f64]> {
    service
        .channels
        .iter()
        .map(|c| {
            if total_transactions > 0.0 {
                c.transactions / total_transactions
            } else {
                0.0
            }
        })
        .collect()
}

fn channel_weights(
    leaf: &Leaf<'_>,
    service: &Service,
    shared: &std::sync::Arc<[f64]>,
) -> ChannelWeights {
    let channels = &service.channels;
    if let Some(id) = leaf.channel {
        // A channel no one has is no channel: no share anywhere, as before.
        return match channels.iter().position(|c| c.id == id) {
            Some(index) => ChannelWeights::One(index),
            None => ChannelWeights::Shares(Vec::new()),
        };
    }
    if let Some(allocation) = leaf.allocation {
        let sum: f64 = allocation.iter().map(|(_, s)| s).sum();
        let mut shares = Vec::new();
        for (id, share) in allocation {
            if let Some(index) = channels.iter().position(|c| c.id == *id)
                && !shares.iter().any(|(i, _)| *i == index)
            {
                shares.push((index, if sum > 0.0 { share / sum } else { 0.0 }));
            }
        }
        return ChannelWeights::Shares(shares);
    }
    ChannelWeights::ByTransactions(shared.clone())
}

fn evaluate_leaf(
    leaf: &Leaf<'_>,
    service: &Service,
    registry: &Registry,
    library: &dyn FactorLibrary,
    period_hours: f64,
    total_transactions: f64,
    explain: bool,
) -> ComponentResult {
    let volume = volume_of(leaf, service, total_transactions);
    let mut result = ComponentResult {
        id: leaf.id.to_owned(),
        path: leaf.path.clone(),
        name: leaf.name.map(str::to_owned),
        model: leaf.model.to_owned(),
        inputs: leaf.inputs.clone(),
        channel: leaf.channel.map(str::to_owned),
        basis: leaf.basis,
        volume,
        share: leaf.share,
        impact: Impact::new(DataQuality::Modelled),
        unit_impact: Impact::new(DataQuality::Modelled),
        interval: None,
        // Set by the caller, which shares one table of transaction shares between leaves.
        channel_weights: ChannelWeights::Shares(Vec::new()),
        explanation: Explanation::default(),
        warnings: Vec::new(),
        assumptions: Vec::new(),
        defaults: Vec::new(),
        error: None,
    };
    let checked = check_inputs(leaf, registry).and_then(|warnings| {
        registry.find(leaf.model)?.check(&leaf.inputs)?;
        Ok(warnings)
    });
    let outcome = checked.and_then(|warnings| {
        let model = registry.find(leaf.model)?;
        let mut ctx = Context::explaining(library, period_hours).for_component(&leaf.path);
        if !explain {
            ctx = ctx.without_trail();
        }
        let impact = model.evaluate(&leaf.inputs, &mut ctx)?;
        let spec = model.spec();
        let mut explanation = ctx.explanation;
        explanation.inputs = leaf
            .inputs
            .iter()
            .map(|(name, value)| ExplainInput {
                name,
                value: value.clone(),
                unit: spec.input(name).map_or("", |i| i.unit_symbol()),
                defaulted: leaf.defaulted.contains(&name),
            })
            .collect();
        let defaults: Vec<ExplainInput> = explanation
            .inputs
            .iter()
            .filter(|input| input.defaulted)
            .cloned()
            .collect();
        let mut all_warnings = warnings;
        all_warnings.extend(ctx.warnings);
        Ok((impact, explanation, all_warnings, ctx.assumptions, defaults))
    });
    match outcome {
        Ok((impact, explanation, warnings, assumptions, defaults)) => {
            let mut unit_impact = impact;
            if let Some(scope) = leaf.scope {
                for part in &mut unit_impact.parts {
                    part.scope = scope;
                }
            }
            if let Some(element) = leaf.covers {
                for part in &mut unit_impact.parts {
                    part.element = element;
                }
            }
            let mut scaled = unit_impact.clone();
            scaled.scale(volume * leaf.share);
            if leaf.basis == Basis::Transaction && volume == 0.0 {
                result
                    .warnings
                    .push(msg!("warning-no-transactions-in-channel"));
            }
            result.impact = scaled;
            result.unit_impact = unit_impact;
            result.explanation = explanation;
            result.warnings.extend(warnings);
            result.assumptions = assumptions;
            result.defaults = defaults;
        }
        Err(error) => result.error = Some(error),
    }
    result
}

fn monte_carlo(
    assessment: &mut Assessment,
    leaves: &[Leaf<'_>],
    registry: &Registry,
    library: &dyn FactorLibrary,
    period_hours: f64,
) {
    let samples = assessment.options.samples;
    let mut sampler = Sampler::new(ChaCha20Rng::seed_from_u64(assessment.options.seed));
    let n_components = leaves.len();
    let n_channels = assessment.channels.len();
    let mut component_draws = vec![Vec::with_capacity(samples); n_components];
    let mut channel_draws = vec![Vec::with_capacity(samples); n_channels];
    let mut total_draws = Vec::with_capacity(samples);
    let models: Vec<_> = leaves
        .iter()
        .zip(&assessment.components)
        .map(|(leaf, result)| {
            if result.error.is_some() {
                None
            } else {
                registry.get(leaf.model)
            }
        })
        .collect();
    for _ in 0..samples {
        sampler.next_iteration();
        let mut total = 0.0;
        let mut channel_totals = vec![0.0; n_channels];
        for (index, leaf) in leaves.iter().enumerate() {
            let result = &assessment.components[index];
            let value = match models[index] {
                Some(model) => {
                    let mut ctx = Context::sampling(library, period_hours, &mut sampler)
                        .for_component(&leaf.path);
                    match model.evaluate(&leaf.inputs, &mut ctx) {
                        Ok(impact) => impact.co2e_kg() * result.volume * result.share,
                        Err(_) => result.co2e_kg(),
                    }
                }
                None => 0.0,
            };
            component_draws[index].push(value);
            total += value;
            result.channel_weights.each(|index, weight| {
                if let Some(channel_total) = channel_totals.get_mut(index) {
                    *channel_total += value * weight;
                }
            });
        }
        total_draws.push(total);
        for (draws, value) in channel_draws.iter_mut().zip(channel_totals) {
            draws.push(value);
        }
    }
    for (result, draws) in assessment.components.iter_mut().zip(component_draws) {
        if result.error.is_none() {
            result.interval = Some(interval(draws));
        }
    }
    for (channel, draws) in assessment.channels.iter_mut().zip(channel_draws) {
        channel.interval = Some(interval(draws));
    }
    assessment.interval = Some(interval(total_draws.clone()));
    assessment.total_draws = total_draws;
}

/// The 5th and 95th percentiles (linear interpolation between order statistics, the
/// "type 7" rule of R and NumPy's default).
pub fn interval(mut draws: Vec<f64>) -> Interval {
    draws.sort_by(f64::total_cmp);
    Interval {
        low: percentile(&draws, 0.05),
        high: percentile(&draws, 0.95),
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let rank = p * (n - 1) as f64;
            let lower = rank.floor() as usize;
            let upper = (lower + 1).min(n - 1);
            let fraction = rank - lower as f64;
            sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
        }
    }
}
