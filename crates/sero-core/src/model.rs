//! The `Model` trait, the description of a model's inputs, and the evaluation context.
//!
//! A model is a pure function from inputs and factors to an [`Impact`]. It reads every published
//! number through [`Context::factor`], which records the factor for `--explain`, and which the
//! Monte Carlo run replaces with a draw from the factor's range. A model never reads a file, a
//! clock or the network, and reports bad data as a [`ModelError`] or a warning, never a panic.

use sero_message::{Message, msg};
use std::collections::HashMap;
use std::sync::Arc;

use rand_chacha::ChaCha20Rng;
use rand_core::Rng;

use crate::factor::{Factor, FactorLibrary};
use crate::impact::Impact;
use crate::units::Unit;

/// What kind of value an input takes.
#[derive(Clone, Copy, Debug)]
pub enum InputKind {
    /// A number in `unit`; text such as `45 W` is converted.
    Quantity(&'static Unit),
    /// Free text, or one of `choices` when that list is not empty.
    Text {
        choices: &'static [&'static str],
    },
    Bool,
    /// A grid intensity in gCO2e/kWh, or a country's ISO 3166-1 alpha-3 code (`GBR`).
    IntensityOrCountry,
    /// A list of `[x, y]` pairs (a power curve: utilisation → fraction of maximum power).
    Points,
    /// Named shares that add up to 100% (a mode split: `{car: 60%, bus: 40%}`), each name one
    /// of `choices`.
    Shares {
        choices: &'static [&'static str],
    },
}

/// How a missing optional input is filled in.
#[derive(Clone, Copy, Debug)]
pub enum DefaultValue {
    Number(f64),
    Text(&'static str),
    Bool(bool),
    /// Computed by the model (from an archetype or a factor); the text says how.
    Described(&'static str),
}

/// One input of a model, as `sero models` and the JSON Schema show it.
#[derive(Clone, Copy, Debug)]
pub struct InputSpec {
    pub name: &'static str,
    pub kind: InputKind,
    pub required: bool,
    pub default: Option<DefaultValue>,
    pub doc: &'static str,
    /// Hard limits: values outside are refused.
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Values outside this range are accepted with a warning.
    pub usual: Option<(f64, f64)>,
    /// When the input matters: its default is applied (and reported) only when this holds.
    pub relevant: Option<fn(&Inputs) -> bool>,
    /// Only whole numbers are allowed (an edition year).
    pub whole: bool,
}

impl InputSpec {
    pub const fn new(name: &'static str, kind: InputKind, doc: &'static str) -> Self {
        InputSpec {
            name,
            kind,
            required: false,
            default: None,
            doc,
            min: None,
            max: None,
            usual: None,
            relevant: None,
            whole: false,
        }
    }

    /// Only whole numbers are allowed.
    pub const fn whole(mut self) -> Self {
        self.whole = true;
        self
    }

    /// The default applies only when `relevant` holds for the other inputs.
    pub const fn only_if(mut self, relevant: fn(&Inputs) -> bool) -> Self {
        self.relevant = Some(relevant);
        self
    }

    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }

    pub const fn default(mut self, default: DefaultValue) -> Self {
        self.default = Some(default);
        self
    }

    pub const fn min(mut self, min: f64) -> Self {
        self.min = Some(min);
        self
    }

    pub const fn max(mut self, max: f64) -> Self {
        self.max = Some(max);
        self
    }

    pub const fn usual(mut self, low: f64, high: f64) -> Self {
        self.usual = Some((low, high));
        self
    }

    /// The unit of a quantity input, for messages.
    pub fn unit_symbol(&self) -> &'static str {
        match self.kind {
            InputKind::Quantity(unit) => unit.symbol,
            InputKind::IntensityOrCountry => "gCO2e/kWh",
            _ => "",
        }
    }
}

/// A model's documentation: what `sero models` prints.
#[derive(Debug)]
pub struct ModelSpec {
    pub name: &'static str,
    pub summary: &'static str,
    /// The formula, in plain text.
    pub formula: &'static str,
    pub inputs: &'static [InputSpec],
    /// Ids (or id prefixes) of the factors the model reads.
    pub factors: &'static [&'static str],
    /// Which GHG Protocol scopes the model assigns by default, and why.
    pub scopes: &'static str,
}

impl ModelSpec {
    pub fn input(&self, name: &str) -> Option<&InputSpec> {
        self.inputs.iter().find(|i| i.name == name)
    }
}

/// A value given for an input, already in the input's unit.
#[derive(Clone, Debug, PartialEq)]
pub enum InputValue {
    Number(f64),
    Text(String),
    Bool(bool),
    Points(Vec<(f64, f64)>),
    Shares(Vec<(String, f64)>),
}

impl InputValue {
    pub fn display(&self, unit: &str) -> String {
        match self {
            InputValue::Number(n) if unit.is_empty() || unit == "1" || unit == "fraction" => {
                format_number(*n)
            }
            InputValue::Number(n) => format!("{} {unit}", format_number(*n)),
            InputValue::Text(t) => t.clone(),
            InputValue::Bool(b) => b.to_string(),
            InputValue::Points(points) => points
                .iter()
                .map(|(x, y)| format!("[{}, {}]", format_number(*x), format_number(*y)))
                .collect::<Vec<_>>()
                .join(", "),
            InputValue::Shares(shares) => shares
                .iter()
                .map(|(name, share)| format!("{name} {}%", format_number(share * 100.0)))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// Formats a number for people: no trailing zeros, up to six significant figures.
pub fn format_number(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return value.to_string();
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = (5 - magnitude).clamp(0, 12) as usize;
    let text = format!("{value:.decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// The inputs of one component, by name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Inputs {
    entries: Vec<(&'static str, InputValue)>,
}

impl Inputs {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, name: &'static str, value: InputValue) -> Self {
        self.set(name, value);
        self
    }

    /// Sets an input. Names are the `'static` names of the model's [`InputSpec`]s.
    pub fn set(&mut self, name: &'static str, value: InputValue) {
        if let Some(entry) = self.entries.iter_mut().find(|(n, _)| *n == name) {
            entry.1 = value;
        } else {
            self.entries.push((name, value));
        }
    }

    pub fn get(&self, name: &str) -> Option<&InputValue> {
        self.entries
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v)
    }

    pub fn number(&self, name: &str) -> Option<f64> {
        match self.get(name) {
            Some(InputValue::Number(n)) => Some(*n),
            _ => None,
        }
    }

    /// The number of a required input, or the error naming it.
    pub fn required_number(&self, name: &str) -> Result<f64, ModelError> {
        self.number(name)
            .ok_or_else(|| ModelError::MissingInput(name.to_owned()))
    }

    /// The text of a required input, or the error naming it.
    pub fn required_text(&self, name: &str) -> Result<&str, ModelError> {
        self.text(name)
            .ok_or_else(|| ModelError::MissingInput(name.to_owned()))
    }

    pub fn text(&self, name: &str) -> Option<&str> {
        match self.get(name) {
            Some(InputValue::Text(t)) => Some(t),
            _ => None,
        }
    }

    pub fn bool(&self, name: &str) -> Option<bool> {
        match self.get(name) {
            Some(InputValue::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn shares(&self, name: &str) -> Option<&[(String, f64)]> {
        match self.get(name) {
            Some(InputValue::Shares(s)) => Some(s),
            _ => None,
        }
    }

    pub fn points(&self, name: &str) -> Option<&[(f64, f64)]> {
        match self.get(name) {
            Some(InputValue::Points(p)) => Some(p),
            _ => None,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &InputValue)> {
        self.entries.iter().map(|(n, v)| (*n, v))
    }
}

/// Why a model could not produce an impact.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ModelError {
    #[error("unknown model `{name}` (expected one of {expected})")]
    UnknownModel { name: String, expected: String },
    #[error("missing input `{0}`")]
    MissingInput(String),
    /// `reason` says what is wrong with the value, in words the edge renders.
    #[error("input `{name}`: {}", reason.neutral())]
    InvalidInput { name: String, reason: Message },
    #[error("factor `{0}` is not in the factor library")]
    MissingFactor(String),
    #[error("factor `{id}` is in `{unit}`, which cannot be converted to `{expected}`")]
    FactorUnit {
        id: String,
        unit: String,
        expected: String,
    },
}

impl ModelError {
    /// What went wrong, for a person (rendered in their language at the edge).
    pub fn message(&self) -> Message {
        match self {
            ModelError::UnknownModel { name, expected } => {
                msg!(
                    "model-error-unknown-model",
                    model = name,
                    expected = expected
                )
            }
            ModelError::MissingInput(input) => msg!("model-error-missing-input", input = input),
            ModelError::InvalidInput { name, reason } => {
                msg!(
                    "model-error-invalid-input",
                    input = name,
                    reason = reason.clone()
                )
            }
            ModelError::MissingFactor(factor) => {
                msg!("model-error-missing-factor", factor = factor)
            }
            ModelError::FactorUnit { id, unit, expected } => msg!(
                "model-error-factor-unit",
                factor = id,
                unit = unit,
                expected = expected
            ),
        }
    }
}

/// A factor as used in one calculation, for the explain trail (shared with the library).
pub type FactorUse = Arc<Factor>;

/// An input as given or defaulted, for the explain trail.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainInput {
    pub name: &'static str,
    pub value: InputValue,
    pub unit: &'static str,
    pub defaulted: bool,
}

impl ExplainInput {
    /// The value with its unit, for people.
    pub fn shown(&self) -> String {
        self.value.display(self.unit)
    }
}

/// How one component's figure was calculated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    pub formula: String,
    /// Inputs as given or defaulted.
    pub inputs: Vec<ExplainInput>,
    pub factors: Vec<FactorUse>,
    pub steps: Vec<String>,
}

/// Draws factor values for one Monte Carlo iteration.
///
/// Each uncertain quantity is drawn once per iteration, so two components that use the same
/// factor see the same draw (their errors are fully correlated, as they are in reality).
pub struct Sampler {
    rng: ChaCha20Rng,
    drawn: HashMap<String, f64>,
}

impl Sampler {
    pub fn new(rng: ChaCha20Rng) -> Self {
        Sampler {
            rng,
            drawn: HashMap::new(),
        }
    }

    /// Forgets this iteration's draws.
    pub fn next_iteration(&mut self) {
        self.drawn.clear();
    }

    /// Draws `key`'s value. The uniform draw is what is remembered, so a factor read in two
    /// units in one iteration gives the same quantity in both.
    fn draw(&mut self, key: &str, central: f64, low: f64, high: f64) -> f64 {
        let u = match self.drawn.get(key) {
            Some(u) => *u,
            None => {
                let u = unit_interval(self.rng.next_u64());
                self.drawn.insert(key.to_owned(), u);
                u
            }
        };
        triangular(u, low, central, high)
    }
}

/// A uniform draw in [0, 1) from 53 random bits: the same on every platform.
pub fn unit_interval(bits: u64) -> f64 {
    (bits >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
}

/// Inverse CDF of the triangular distribution on [low, high] with mode `mode`.
///
/// sero treats a factor's low and high as the bounds of its range and its value as the most
/// likely value; the triangular law is the simplest that respects all three.
pub fn triangular(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    let (low, high) = (low.min(mode), high.max(mode));
    let width = high - low;
    if width <= 0.0 {
        return mode;
    }
    let split = (mode - low) / width;
    if u < split {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    }
}

/// What a model may ask while it evaluates.
pub struct Context<'a> {
    library: &'a dyn FactorLibrary,
    sampler: Option<&'a mut Sampler>,
    explaining: bool,
    /// Record formulas and steps (text); factors, warnings and assumptions are always kept.
    trail: bool,
    period_hours: f64,
    component: &'a str,
    pub(crate) explanation: Explanation,
    pub(crate) warnings: Vec<Message>,
    pub(crate) assumptions: Vec<Message>,
}

impl<'a> Context<'a> {
    /// A context that records the explain trail and uses central values.
    pub fn explaining(library: &'a dyn FactorLibrary, period_hours: f64) -> Self {
        Context {
            library,
            sampler: None,
            explaining: true,
            trail: true,
            period_hours,
            component: "",
            explanation: Explanation::default(),
            warnings: Vec::new(),
            assumptions: Vec::new(),
        }
    }

    /// A context that draws every uncertain value from `sampler` and records nothing.
    pub fn sampling(
        library: &'a dyn FactorLibrary,
        period_hours: f64,
        sampler: &'a mut Sampler,
    ) -> Self {
        Context {
            library,
            sampler: Some(sampler),
            explaining: false,
            trail: false,
            period_hours,
            component: "",
            explanation: Explanation::default(),
            warnings: Vec::new(),
            assumptions: Vec::new(),
        }
    }

    /// Leaves out the formula and step texts (nobody will read them); keeps everything else.
    pub fn without_trail(mut self) -> Self {
        self.trail = false;
        self
    }

    /// Names the component being evaluated, so its uncertain inputs get their own draws.
    pub fn for_component(mut self, id: &'a str) -> Self {
        self.component = id;
        self
    }

    /// Hours in the reporting period.
    pub fn period_hours(&self) -> f64 {
        self.period_hours
    }

    /// True when the trail is recorded; models may skip formatting otherwise.
    pub fn is_explaining(&self) -> bool {
        self.explaining
    }

    pub fn library(&self) -> &'a dyn FactorLibrary {
        self.library
    }

    /// Reads factor `id` in `unit`, drawing from its range in a Monte Carlo run.
    pub fn factor(&mut self, id: &str, unit: &Unit) -> Result<f64, ModelError> {
        let factor = self
            .library
            .get(id)
            .ok_or_else(|| ModelError::MissingFactor(id.to_owned()))?;
        let (value, low, high) = factor.in_unit(unit).ok_or_else(|| ModelError::FactorUnit {
            id: id.to_owned(),
            unit: factor.unit.clone(),
            expected: unit.symbol.to_owned(),
        })?;
        if let Some(sampler) = self.sampler.as_deref_mut() {
            return Ok(sampler.draw(id, value, low, high));
        }
        if self.explaining
            && !self.explanation.factors.iter().any(|f| f.id == id)
            && let Some(shared) = self.library.shared(id)
        {
            self.explanation.factors.push(shared);
        }
        Ok(value)
    }

    /// True when the library has factor `id`.
    pub fn has_factor(&self, id: &str) -> bool {
        self.library.get(id).is_some()
    }

    /// An uncertain input (a reported figure with a range): drawn in a Monte Carlo run.
    pub fn uncertain(&mut self, name: &str, central: f64, low: f64, high: f64) -> f64 {
        match self.sampler.as_deref_mut() {
            Some(sampler) => {
                let key = format!("{}#{name}", self.component);
                sampler.draw(&key, central, low, high)
            }
            None => central,
        }
    }

    pub fn formula(&mut self, text: impl FnOnce() -> String) {
        if self.trail {
            self.explanation.formula = text();
        }
    }

    pub fn step(&mut self, text: impl FnOnce() -> String) {
        if self.trail {
            self.explanation.steps.push(text());
        }
    }

    /// Records an assumption the user should know about (shown as "assumed: …").
    pub fn assume(&mut self, message: impl FnOnce() -> Message) {
        if self.explaining {
            self.assumptions.push(message());
        }
    }

    /// Records a warning about this component's inputs or result.
    pub fn warn(&mut self, message: impl FnOnce() -> Message) {
        if self.explaining {
            self.warnings.push(message());
        }
    }
}

/// A way of turning inputs into an impact.
pub trait Model: Send + Sync {
    fn spec(&self) -> &'static ModelSpec;

    /// Checks that the inputs go together (beyond each input's own limits), so a manifest
    /// reader can point at the component before anything is evaluated.
    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        let _ = inputs;
        Ok(())
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError>;
}
