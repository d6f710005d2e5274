//! `reported`: a figure a supplier, a cloud dashboard or an earlier study reported.
//!
//! sero does not recompute it; it carries it into the totals with its source and its data
//! quality, and with the range the reporter gave or a stated default.

use sero_message::{Arg, msg};

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{FRACTION, KG_CO2E, KWH};

pub struct Reported;

/// Relative spread applied when a reported figure comes without a range: an assumption of
/// sero's, stated in the output, not a published figure.
pub const DEFAULT_REPORTED_SPREAD: f64 = 0.2;

static INPUTS: [InputSpec; 8] = [
    InputSpec::new(
        "co2e",
        InputKind::Quantity(&KG_CO2E),
        "Emissions reported, per unit of the basis",
    )
    .required()
    .min(0.0),
    InputSpec::new(
        "source",
        InputKind::Text { choices: &[] },
        "Who reported it, where and when (a document, a dashboard, a URL)",
    )
    .required(),
    InputSpec::new(
        "quality",
        InputKind::Text {
            choices: &["measured", "modelled", "spend-based"],
        },
        "Data-quality tier: measured (supplier-specific), modelled (average data), spend-based",
    )
    .default(DefaultValue::Text("measured")),
    InputSpec::new(
        "kind",
        InputKind::Text {
            choices: &["operational", "embodied"],
        },
        "Operational or embodied emissions",
    )
    .default(DefaultValue::Text("operational")),
    InputSpec::new(
        "energy",
        InputKind::Quantity(&KWH),
        "Energy reported alongside, if any",
    )
    .min(0.0),
    InputSpec::new(
        "low",
        InputKind::Quantity(&KG_CO2E),
        "Low end of the reported range",
    )
    .min(0.0),
    InputSpec::new(
        "high",
        InputKind::Quantity(&KG_CO2E),
        "High end of the reported range",
    )
    .min(0.0),
    InputSpec::new(
        "uncertainty",
        InputKind::Quantity(&FRACTION),
        "Relative uncertainty (± share of the figure) when no low/high is given",
    )
    .default(DefaultValue::Described("±20%, assumed"))
    .min(0.0)
    .max(1.0),
];

static SPEC: ModelSpec = ModelSpec {
    name: "reported",
    summary: "A figure reported by a supplier or a dashboard, carried with its source and data-quality tier",
    formula: "co2e kg as reported",
    inputs: &INPUTS,
    factors: &[],
    scopes: "Scope 3 cat 1 (a purchased service) by default; set `scope` on the component for anything else",
};

impl Model for Reported {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        let co2e = inputs.number("co2e").unwrap_or(0.0);
        match (inputs.number("low"), inputs.number("high")) {
            (Some(low), Some(high)) if !(low <= co2e && co2e <= high) => {
                Err(ModelError::InvalidInput {
                    name: "low".to_owned(),
                    reason: msg!(
                        "manifest-input-range-excludes",
                        low = Arg::Exact(low),
                        high = Arg::Exact(high),
                        value = Arg::Exact(co2e)
                    ),
                })
            }
            (Some(_), None) => Err(ModelError::InvalidInput {
                name: "low".to_owned(),
                reason: msg!("manifest-input-low-without-high"),
            }),
            (None, Some(_)) => Err(ModelError::InvalidInput {
                name: "high".to_owned(),
                reason: msg!("manifest-input-high-without-low"),
            }),
            _ => Ok(()),
        }
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let co2e = inputs.required_number("co2e")?;
        let source = inputs.text("source").unwrap_or_default().to_owned();
        let quality = inputs
            .text("quality")
            .and_then(DataQuality::parse)
            .unwrap_or(DataQuality::Measured);
        let kind = match inputs.text("kind") {
            Some("embodied") => Kind::Embodied,
            _ => Kind::Operational,
        };
        self.check(inputs)?;
        let (low, high) = match (inputs.number("low"), inputs.number("high")) {
            (Some(low), Some(high)) => (low, high),
            (None, None) => {
                let spread = match inputs.number("uncertainty") {
                    Some(u) => u,
                    None => {
                        ctx.assume(|| {
                            msg!(
                                "assumed-reported-spread",
                                percent = Arg::Exact(DEFAULT_REPORTED_SPREAD * 100.0)
                            )
                        });
                        DEFAULT_REPORTED_SPREAD
                    }
                };
                (co2e * (1.0 - spread), co2e * (1.0 + spread))
            }
            _ => unreachable!("checked above: both or neither"),
        };
        let value = ctx.uncertain("co2e", co2e, low, high);
        ctx.formula(|| SPEC.formula.to_owned());
        ctx.step(|| {
            format!(
                "{} kgCO2e reported by {source} (range {}–{} kgCO2e, {})",
                format_number(co2e),
                format_number(low),
                format_number(high),
                quality.key()
            )
        });
        let energy = inputs.number("energy").unwrap_or(0.0);
        Ok(Impact::new(quality).part(
            Element::Other,
            "reported",
            kind,
            Scope::Scope3(1),
            value,
            energy,
        ))
    }
}
