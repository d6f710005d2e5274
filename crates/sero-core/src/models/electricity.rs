//! `electricity`: metered or estimated electricity × a grid factor.

use crate::impact::{DataQuality, Element, Impact, Scope};
use crate::model::{Context, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec};
use crate::units::KWH;

use super::grid;

pub struct Electricity;

static INPUTS: [InputSpec; 7] = [
    InputSpec::new(
        "energy",
        InputKind::Quantity(&KWH),
        "Electricity used, per unit of the basis",
    )
    .required()
    .min(0.0),
    grid::SERIES,
    grid::HOURS_OF_DAY,
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "electricity",
    summary: "Electricity used (metered, or from a supplier) × the grid's location-based factor",
    formula: "energy kWh × generation factor (+ T&D losses, + well-to-tank when asked)",
    inputs: &INPUTS,
    factors: &["desnz/", "grid/ember/"],
    scopes: "generation: Scope 2 (electricity the organisation buys; override with `scope: 3.1` for a supplier's); T&D losses and well-to-tank: Scope 3 cat 3",
};

impl Model for Electricity {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        grid::check_profile(inputs)
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        grid::check_profile(inputs)?;
        let energy = inputs.required_number("energy")?;
        ctx.formula(|| SPEC.formula.to_owned());
        grid::explain_profile(ctx, inputs);
        let parts = grid::electricity_parts(
            ctx,
            inputs,
            energy,
            Scope::Scope2,
            Element::Other,
            "metered",
        )?;
        let mut impact = Impact::new(DataQuality::Measured);
        impact.parts = parts;
        Ok(impact)
    }
}
