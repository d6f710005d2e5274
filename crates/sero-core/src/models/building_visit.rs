//! `building-visit`: a visit to an office's counter, as a share of the building's annual
//! energy, when the organisation knows that figure.

use sero_message::msg;

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{KG_CO2E, KWH, ONE};

use super::grid;

pub struct BuildingVisit;

static INPUTS: [InputSpec; 8] = [
    InputSpec::new(
        "annual_energy",
        InputKind::Quantity(&KWH),
        "Electricity the building (or the part of it that serves visitors) uses in a year",
    )
    .required()
    .min(0.0),
    InputSpec::new(
        "annual_visits",
        InputKind::Quantity(&ONE),
        "Visits the building receives in a year, for every service",
    )
    .required()
    .min(0.0),
    InputSpec::new(
        "annual_other_co2e",
        InputKind::Quantity(&KG_CO2E),
        "Other emissions of the building in a year, such as gas for heating (from your own reporting)",
    )
    .min(0.0),
    InputSpec::new("visits", InputKind::Quantity(&ONE), "Visits per unit of the basis")
        .default(DefaultValue::Number(1.0))
        .min(0.0),
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "building-visit",
    summary: "A visit's share of an office's annual energy and other emissions, from the organisation's own figures",
    formula: "visits × (annual kWh / annual visits × grid + annual other kgCO2e / annual visits)",
    inputs: &INPUTS,
    factors: &["desnz/", "grid/ember/"],
    scopes: "electricity: Scope 2; other emissions (heating fuel burned on site): Scope 1",
};

impl Model for BuildingVisit {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        if inputs.number("annual_visits") == Some(0.0) {
            return Err(ModelError::InvalidInput {
                name: "annual_visits".to_owned(),
                reason: msg!("manifest-input-no-visits"),
            });
        }
        Ok(())
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        self.check(inputs)?;
        let annual_energy = inputs.required_number("annual_energy")?;
        let annual_visits = inputs.required_number("annual_visits")?;
        let visits = inputs.number("visits").unwrap_or(1.0);
        let share = visits / annual_visits;
        ctx.formula(|| SPEC.formula.to_owned());
        ctx.step(|| {
            format!(
                "{} visits / {} visits a year = {} of the building's year",
                format_number(visits),
                format_number(annual_visits),
                format_number(share)
            )
        });
        let mut impact = Impact::new(DataQuality::Modelled);
        impact.parts = grid::electricity_parts(
            ctx,
            inputs,
            annual_energy * share,
            Scope::Scope2,
            Element::Building,
            "building",
        )?;
        if let Some(other) = inputs.number("annual_other_co2e") {
            impact = impact.part(
                Element::Building,
                "building, other emissions",
                Kind::Operational,
                Scope::Scope1,
                other * share,
                0.0,
            );
        }
        Ok(impact)
    }
}
