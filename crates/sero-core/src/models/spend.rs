//! `spend`: money spent × a spend-based (environmentally extended input–output) factor.
//!
//! The least accurate tier (WPPN 12/21, Tier 1): it measures money, not activity, so it cannot
//! show the effect of any change but a change in spending. sero flags every such figure.

use sero_message::msg;

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{GBP, KG_PER_GBP};

pub struct Spend;

static INPUTS: [InputSpec; 3] = [
    InputSpec::new(
        "amount",
        InputKind::Quantity(&GBP),
        "Money spent in the period, per unit of the basis",
    )
    .required()
    .min(0.0),
    InputSpec::new(
        "factor",
        InputKind::Text { choices: &[] },
        "Id of the spend-based factor (kgCO2e per GBP); `sero factors spend/` lists them",
    )
    .default(DefaultValue::Text("spend/wppn-12-21/electrical-equipment")),
    InputSpec::new(
        "kind",
        InputKind::Text {
            choices: &["embodied", "operational"],
        },
        "Spend-based factors count the supply chain's emissions of making what was bought (embodied); choose operational for a bought service that is mostly running costs",
    )
    .default(DefaultValue::Text("embodied")),
];

static SPEC: ModelSpec = ModelSpec {
    name: "spend",
    summary: "Money spent × a spend-based factor: the least accurate tier (WPPN 12/21 Tier 1), flagged as such",
    formula: "amount GBP × factor kgCO2e/GBP",
    inputs: &INPUTS,
    factors: &["spend/"],
    scopes: "Scope 3 cat 1 (purchased goods and services)",
};

impl Model for Spend {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let amount = inputs.required_number("amount")?;
        let factor_id = inputs
            .text("factor")
            .unwrap_or("spend/wppn-12-21/electrical-equipment")
            .to_owned();
        let factor = ctx.factor(&factor_id, &KG_PER_GBP)?;
        let co2e = amount * factor;
        ctx.formula(|| SPEC.formula.to_owned());
        ctx.step(|| {
            format!(
                "£{} × {} kgCO2e/GBP ({factor_id}) = {} kgCO2e",
                format_number(amount),
                format_number(factor),
                format_number(co2e)
            )
        });
        ctx.warn(|| msg!("warning-spend-based"));
        let kind = match inputs.text("kind") {
            Some("operational") => Kind::Operational,
            _ => Kind::Embodied,
        };
        Ok(Impact::new(DataQuality::SpendBased).part(
            Element::Other,
            "spend",
            kind,
            Scope::Scope3(1),
            co2e,
            0.0,
        ))
    }
}
