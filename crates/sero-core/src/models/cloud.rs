//! `cloud`: cloud usage already turned into energy and embodied emissions by `sero import cloud`
//! (Cloud Carbon Footprint's methodology), on the grid of the cloud region.
//!
//! The energy includes the data centre's PUE and the replication of stored data; the model only
//! applies the grid factor (through [`grid::electricity_parts`], so it follows the component's
//! grid and accounting) and adds the embodied share of the hosts.

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{KG_CO2E, KWH};

use super::grid;

pub struct Cloud;

static INPUTS: [InputSpec; 6] = [
    InputSpec::new(
        "energy",
        InputKind::Quantity(&KWH),
        "Electricity of the cloud usage, PUE and replication included (from `sero import cloud`)",
    )
    .required()
    .min(0.0),
    InputSpec::new(
        "embodied",
        InputKind::Quantity(&KG_CO2E),
        "Embodied emissions of the hosts' share used (from `sero import cloud`)",
    )
    .default(DefaultValue::Number(0.0))
    .min(0.0),
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "cloud",
    summary: "Cloud usage from a bill (`sero import cloud`, Cloud Carbon Footprint's methodology): energy × the region's grid factor, plus the hosts' embodied share",
    formula: "energy kWh × grid factor (+ T&D losses, + well-to-tank when asked) + embodied kgCO2e",
    inputs: &INPUTS,
    factors: &["desnz/", "grid/ember/"],
    scopes: "electricity and embodied: Scope 3 cat 1 (purchased cloud services)",
};

impl Model for Cloud {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let energy = inputs.required_number("energy")?;
        let embodied = inputs.number("embodied").unwrap_or(0.0);
        ctx.formula(|| SPEC.formula.to_owned());
        let mut impact = Impact::new(DataQuality::Modelled);
        impact.parts = grid::electricity_parts(
            ctx,
            inputs,
            energy,
            Scope::Scope3(1),
            Element::Hosting,
            "cloud",
        )?;
        ctx.step(|| format!("embodied: {} kgCO2e (given)", format_number(embodied)));
        Ok(impact.part(
            Element::Hosting,
            "cloud embodied",
            Kind::Embodied,
            Scope::Scope3(1),
            embodied,
            0.0,
        ))
    }
}
