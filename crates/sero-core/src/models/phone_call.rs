//! `phone-call`: a citizen phoning the service, and the call handler who answers.
//!
//! No authoritative UK figure for the footprint of a minute of telephony could be found (a gap
//! sero's documentation records), so sero takes it from the user (`telephony_per_minute`) and, without
//! it, leaves telephony out and says so. The handler's time and computer use `staff-time`.

use sero_message::{Arg, msg};

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{G_CO2E, MINUTE, ONE};

use super::grid;
use super::staff_time::{OFFICE_ENERGY, STAFF_DEVICE, WORKPLACE, staff_impact};

pub struct PhoneCall;

static INPUTS: [InputSpec; 11] = [
    InputSpec::new("minutes", InputKind::Quantity(&MINUTE), "Length of one call")
        .required()
        .min(0.0)
        .usual(0.5, 120.0),
    InputSpec::new("calls", InputKind::Quantity(&ONE), "Calls per unit of the basis")
        .default(DefaultValue::Number(1.0))
        .min(0.0),
    InputSpec::new(
        "handler_minutes",
        InputKind::Quantity(&MINUTE),
        "Minutes of the call handler's work per call, including wrap-up",
    )
    .default(DefaultValue::Described("the call's length"))
    .min(0.0),
    InputSpec::new(
        "telephony_per_minute",
        InputKind::Quantity(&G_CO2E),
        "Emissions of a minute of telephony, both ends and the contact-centre system (gCO2e); no published UK factor, so give your supplier's",
    )
    .min(0.0),
    WORKPLACE,
    STAFF_DEVICE.default(DefaultValue::Text("desktop")),
    OFFICE_ENERGY,
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "phone-call",
    summary: "A phone call: telephony per minute (your supplier's figure) plus the call handler's staff time and computer",
    formula: "calls × (minutes × telephony gCO2e per minute / 1000 + staff-time of handler minutes)",
    inputs: &INPUTS,
    factors: &["desnz/2025/homeworking", "device/", "desnz/"],
    scopes: "telephony: Scope 3 cat 1 (a purchased service); the handler as `staff-time`",
};

impl Model for PhoneCall {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let minutes = inputs.required_number("minutes")?;
        let calls = inputs.number("calls").unwrap_or(1.0);
        let handler_minutes = inputs.number("handler_minutes").unwrap_or(minutes);
        ctx.formula(|| SPEC.formula.to_owned());
        let mut impact = Impact::new(DataQuality::Modelled);
        match inputs.number("telephony_per_minute") {
            Some(g_per_minute) => {
                let g = ctx.uncertain(
                    "telephony_per_minute",
                    g_per_minute,
                    g_per_minute * 0.5,
                    g_per_minute * 1.5,
                );
                ctx.assume(|| msg!("assumed-telephony-spread", percent = Arg::Exact(50.0)));
                impact = impact.part(
                    Element::Network,
                    "telephony",
                    Kind::Operational,
                    Scope::Scope3(1),
                    calls * minutes * g / 1000.0,
                    0.0,
                );
            }
            None => ctx.warn(|| msg!("warning-telephony-not-counted")),
        }
        let mut handler = staff_impact(ctx, inputs, handler_minutes)?;
        handler.scale(calls);
        ctx.step(|| {
            format!(
                "{} calls × {} min; handler {} min per call",
                format_number(calls),
                format_number(minutes),
                format_number(handler_minutes)
            )
        });
        impact.parts.extend(handler.parts);
        Ok(impact)
    }
}
