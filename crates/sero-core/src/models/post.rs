//! `post`: items delivered by post.
//!
//! Royal Mail publishes emissions per parcel (165 gCO2e in 2024-25) but none per letter. The
//! letter figure is derived from Royal Mail's 2005/06 data (about 16 g an item for transport,
//! 26 g including buildings and commuting) and marked modelled, with a wide assumed range.

use sero_message::msg;

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{G_CO2E, ONE};

pub struct Post;

/// The delivery of `items` of kind `item` (`letter` or `parcel`).
pub fn post_impact(ctx: &mut Context<'_>, items: f64, item: &str) -> Result<Impact, ModelError> {
    let id = match item {
        "parcel" => "post/royal-mail-parcel",
        _ => "post/letter",
    };
    let grams = ctx.factor(id, &G_CO2E)?;
    if item != "parcel" {
        ctx.assume(|| msg!("assumed-letter-delivery"));
    }
    ctx.step(|| {
        format!(
            "{} {item}s × {} gCO2e ({id})",
            format_number(items),
            format_number(grams)
        )
    });
    Ok(Impact::new(DataQuality::Modelled).part(
        Element::Post,
        "postal delivery",
        Kind::Operational,
        Scope::Scope3(4),
        items * grams / 1000.0,
        0.0,
    ))
}

static INPUTS: [InputSpec; 2] = [
    InputSpec::new(
        "items",
        InputKind::Quantity(&ONE),
        "Items posted, per unit of the basis",
    )
    .default(DefaultValue::Number(1.0))
    .min(0.0),
    InputSpec::new(
        "item",
        InputKind::Text {
            choices: &["letter", "parcel"],
        },
        "What is posted",
    )
    .default(DefaultValue::Text("letter")),
];

static SPEC: ModelSpec = ModelSpec {
    name: "post",
    summary: "Items delivered by post: Royal Mail's per-parcel figure, or a per-letter figure derived from Royal Mail data (modelled)",
    formula: "items × gCO2e per item / 1000",
    inputs: &INPUTS,
    factors: &["post/"],
    scopes: "Scope 3 cat 4 (transport and distribution bought by the organisation); set `scope: 3.9` for post citizens pay for",
};

impl Model for Post {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        ctx.formula(|| SPEC.formula.to_owned());
        post_impact(
            ctx,
            inputs.number("items").unwrap_or(1.0),
            inputs.text("item").unwrap_or("letter"),
        )
    }
}
