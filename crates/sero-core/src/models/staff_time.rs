//! `staff-time`: the footprint of staff working on a transaction — the workplace per hour and
//! the computer they use.
//!
//! At home, the DESNZ homeworking factor covers office equipment (a 140 W workstation and 10 W
//! of lighting) and heating per FTE working hour, so only the computer's manufacture is added.
//! In an office, the building's energy per desk-hour is the organisation's own figure
//! (`office_energy_per_hour`): no published factor gives it, so without it the building is left
//! out and sero says so. The computer's electricity and manufacture come from the
//! `end-user-device` archetypes.

use sero_message::msg;

use crate::impact::{DataQuality, Element, Impact, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{KG_PER_HOUR, KWH, MINUTE};

use super::end_user_device::device_impact;
use super::grid;

pub struct StaffTime;

pub const WORKPLACE: InputSpec = InputSpec::new(
    "workplace",
    InputKind::Text {
        choices: &["office", "home"],
    },
    "Where the staff work: in an office, or at home (DESNZ homeworking factor)",
)
.default(DefaultValue::Text("office"));

pub const STAFF_DEVICE: InputSpec = InputSpec::new(
    "device",
    InputKind::Text {
        choices: &["laptop", "desktop", "desktop-without-monitor", "none"],
    },
    "The computer the staff use (`desktop` includes a monitor)",
)
.default(DefaultValue::Text("laptop"));

pub const OFFICE_ENERGY: InputSpec = InputSpec::new(
    "office_energy_per_hour",
    InputKind::Quantity(&KWH),
    "Office building electricity per desk-hour (kWh): the building's annual electricity ÷ desk-hours worked; without it the building is left out",
)
.min(0.0)
.usual(0.0, 2.0);

static INPUTS: [InputSpec; 8] = [
    InputSpec::new(
        "minutes",
        InputKind::Quantity(&MINUTE),
        "Minutes of staff work, per unit of the basis",
    )
    .required()
    .min(0.0)
    .usual(0.5, 480.0),
    WORKPLACE,
    STAFF_DEVICE,
    OFFICE_ENERGY,
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "staff-time",
    summary: "Staff working on a transaction: the workplace per hour (office building energy, or the DESNZ homeworking factor) plus the staff computer",
    formula: "home: hours × 0.33378 kgCO2e/h (DESNZ homeworking) + computer embodied share; office: hours × office kWh per hour × grid + computer (electricity and embodied share)",
    inputs: &INPUTS,
    factors: &["desnz/2025/homeworking", "device/", "desnz/", "grid/ember/"],
    scopes: "office energy and computer electricity: Scope 2; homeworking: Scope 3 cat 7 (employee commuting, which PPN 006 lets include teleworking); computer manufacture: Scope 3 cat 2",
};

/// The impact of `minutes` of staff work, shared with `phone-call`.
pub fn staff_impact(
    ctx: &mut Context<'_>,
    inputs: &Inputs,
    minutes: f64,
) -> Result<Impact, ModelError> {
    let hours = minutes / 60.0;
    let home = inputs.text("workplace") == Some("home");
    let device = inputs.text("device").unwrap_or("laptop");
    let mut impact = Impact::new(DataQuality::Modelled);
    if home {
        if inputs.get("office_energy_per_hour").is_some() {
            ctx.warn(|| msg!("warning-office-energy-ignored-at-home"));
        }
        let factor = ctx.factor("desnz/2025/homeworking", &KG_PER_HOUR)?;
        ctx.step(|| {
            format!(
                "homeworking: {} h × {} kgCO2e per FTE hour (DESNZ; equipment, lighting and heating)",
                format_number(hours),
                format_number(factor)
            )
        });
        impact = impact.part(
            Element::StaffTime,
            "homeworking",
            crate::impact::Kind::Operational,
            Scope::Scope3(7),
            hours * factor,
            0.0,
        );
    } else if let Some(kwh_per_hour) = inputs.number("office_energy_per_hour") {
        let energy = hours * kwh_per_hour;
        ctx.step(|| {
            format!(
                "office: {} h × {} kWh per desk-hour = {} kWh",
                format_number(hours),
                format_number(kwh_per_hour),
                format_number(energy)
            )
        });
        impact.parts.extend(grid::electricity_parts(
            ctx,
            inputs,
            energy,
            Scope::Scope2,
            Element::StaffTime,
            "office",
        )?);
    } else {
        ctx.warn(|| msg!("warning-office-energy-not-counted"));
    }
    if device != "none" {
        // At home the homeworking factor already includes the workstation's electricity.
        let device_part = device_impact(ctx, inputs, device, minutes, false, !home)?;
        impact.parts.extend(device_part.parts);
    }
    Ok(impact)
}

impl Model for StaffTime {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let minutes = inputs.required_number("minutes")?;
        ctx.formula(|| SPEC.formula.to_owned());
        staff_impact(ctx, inputs, minutes)
    }
}
