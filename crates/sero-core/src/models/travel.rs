//! `travel`: trips to or from a service — citizens visiting an office, staff visiting a home —
//! by a split of modes, with the DESNZ business-travel factors for land transport.
//!
//! Car factors are per vehicle-km and are divided by the car's occupancy (1 unless given);
//! public transport factors are per passenger-km. Walking and cycling count as zero.

use sero_message::msg;

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{KG_PER_KM, KM, ONE};

pub struct Travel;

/// Modes and the DESNZ factor each uses (`None`: zero emissions).
const MODES: &[(&str, Option<&str>)] = &[
    ("car", Some("car-average")),
    ("car-petrol", Some("car-petrol")),
    ("car-diesel", Some("car-diesel")),
    ("car-hybrid", Some("car-hybrid")),
    ("car-plug-in-hybrid", Some("car-plug-in-hybrid")),
    ("car-electric", Some("car-electric")),
    ("taxi", Some("taxi")),
    ("bus", Some("bus")),
    ("bus-london", Some("bus-london")),
    ("bus-not-london", Some("bus-not-london")),
    ("coach", Some("coach")),
    ("rail", Some("rail")),
    ("tram", Some("tram")),
    ("underground", Some("underground")),
    ("walk", None),
    ("cycle", None),
];

const MODE_NAMES: &[&str] = &[
    "car",
    "car-petrol",
    "car-diesel",
    "car-hybrid",
    "car-plug-in-hybrid",
    "car-electric",
    "taxi",
    "bus",
    "bus-london",
    "bus-not-london",
    "coach",
    "rail",
    "tram",
    "underground",
    "walk",
    "cycle",
];

static INPUTS: [InputSpec; 8] = [
    InputSpec::new("distance", InputKind::Quantity(&KM), "Distance of one trip, one way")
        .required()
        .min(0.0)
        .usual(0.1, 200.0),
    InputSpec::new(
        "modes",
        InputKind::Shares {
            choices: MODE_NAMES,
        },
        "How the trips are made: shares of each mode, adding up to 100% (`{car: 60%, bus: 30%, walk: 10%}`)",
    )
    .required(),
    InputSpec::new("trips", InputKind::Quantity(&ONE), "Trips per unit of the basis")
        .default(DefaultValue::Number(1.0))
        .min(0.0),
    InputSpec::new("return_trip", InputKind::Bool, "Count the journey back as well")
        .default(DefaultValue::Bool(true)),
    InputSpec::new(
        "who",
        InputKind::Text {
            choices: &["citizen", "staff"],
        },
        "Who travels: citizens (to the service) or staff (for it)",
    )
    .default(DefaultValue::Text("citizen")),
    InputSpec::new("car_occupancy", InputKind::Quantity(&ONE), "People per car trip")
        .default(DefaultValue::Number(1.0))
        .min(1.0)
        .usual(1.0, 4.0),
    InputSpec::new(
        "well_to_tank",
        InputKind::Bool,
        "Add DESNZ well-to-tank factors (fuel production; 2025 set; none for the Underground and taxis)",
    )
    .default(DefaultValue::Bool(false)),
    InputSpec::new(
        "travel_year",
        InputKind::Quantity(&ONE),
        "Edition of the DESNZ travel factors: 2024 or 2025",
    )
    .default(DefaultValue::Number(2025.0))
    .min(2024.0)
    .max(2025.0)
    .whole(),
];

static SPEC: ModelSpec = ModelSpec {
    name: "travel",
    summary: "Trips by a split of modes (car by fuel, bus, coach, rail, tram, walking, cycling) × DESNZ land-travel factors, with optional well-to-tank",
    formula: "trips × distance × (2 if return) × Σ over modes share × factor (cars: per vehicle-km ÷ occupancy)",
    inputs: &INPUTS,
    factors: &["desnz/2025/travel/", "desnz/2024/travel/"],
    scopes: "staff: Scope 3 cat 6 (business travel); citizens: Scope 3 cat 11 by analogy (downstream, outside the organisation's control) — assumed",
};

impl Model for Travel {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        let year = inputs.number("travel_year").unwrap_or(2025.0);
        if year == 2024.0
            && let Some(modes) = inputs.shares("modes")
            && modes.iter().any(|(mode, _)| mode == "taxi")
        {
            return Err(ModelError::InvalidInput {
                name: "modes".to_owned(),
                reason: msg!("manifest-input-no-taxi-2024"),
            });
        }
        if inputs.bool("well_to_tank") == Some(true) && year == 2024.0 {
            return Err(ModelError::InvalidInput {
                name: "well_to_tank".to_owned(),
                reason: msg!("manifest-input-no-travel-wtt-2024"),
            });
        }
        Ok(())
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        self.check(inputs)?;
        let distance = inputs.required_number("distance")?;
        let modes = inputs
            .shares("modes")
            .ok_or_else(|| ModelError::MissingInput("modes".to_owned()))?;
        let trips = inputs.number("trips").unwrap_or(1.0);
        let legs = if inputs.bool("return_trip").unwrap_or(true) {
            2.0
        } else {
            1.0
        };
        let occupancy = inputs.number("car_occupancy").unwrap_or(1.0);
        let wtt = inputs.bool("well_to_tank").unwrap_or(false);
        let year = inputs.number("travel_year").unwrap_or(2025.0) as i64;
        let staff = inputs.text("who") == Some("staff");
        let (element, scope) = if staff {
            (Element::StaffTravel, Scope::Scope3(6))
        } else {
            (Element::CitizenTravel, Scope::Scope3(11))
        };
        if !staff {
            ctx.assume(|| msg!("assumed-citizen-travel-scope"));
        }
        ctx.formula(|| SPEC.formula.to_owned());
        let km = trips * distance * legs;
        let mut direct = 0.0;
        let mut upstream = 0.0;
        for (mode, share) in modes {
            let factor_key = MODES
                .iter()
                .find(|(name, _)| name == mode)
                .ok_or_else(|| ModelError::InvalidInput {
                    name: "modes".to_owned(),
                    reason: msg!("manifest-input-unknown-mode", mode = mode),
                })?
                .1;
            let Some(key) = factor_key else {
                continue;
            };
            let per_person = if key.starts_with("car") {
                occupancy
            } else {
                1.0
            };
            let factor = ctx.factor(&format!("desnz/{year}/travel/{key}"), &KG_PER_KM)?;
            direct += km * share * factor / per_person;
            if wtt {
                let wtt_id = format!("desnz/{year}/travel/{key}-wtt");
                if ctx.has_factor(&wtt_id) {
                    upstream += km * share * ctx.factor(&wtt_id, &KG_PER_KM)? / per_person;
                } else {
                    ctx.warn(|| msg!("warning-no-well-to-tank", mode = mode));
                }
            }
        }
        ctx.step(|| {
            format!(
                "{} trips × {} km × {} = {} km, split {}",
                format_number(trips),
                format_number(distance),
                legs,
                format_number(km),
                modes
                    .iter()
                    .map(|(m, s)| format!("{m} {}%", format_number(s * 100.0)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        });
        let mut impact = Impact::new(DataQuality::Modelled).part(
            element,
            "travel",
            Kind::Operational,
            scope,
            direct,
            0.0,
        );
        if wtt {
            impact = impact.part(
                element,
                "travel, well-to-tank",
                Kind::Operational,
                scope,
                upstream,
                0.0,
            );
        }
        Ok(impact)
    }
}
