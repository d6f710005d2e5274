//! `end-user-device`: the phone, tablet or computer someone uses for a transaction.
//!
//! Use-phase energy is the minutes of use times the device's average power. Embodied emissions
//! are shared by active hours: a device that lives four years and is used 1,856 hours a year
//! charges each hour of use 1/7,424 of its manufacture. Archetype figures are medians of
//! manufacturers' product carbon footprint sheets (Boavizta's environmental-footprint-data,
//! `sero-factors/data/devices.yaml`) and can each be overridden.

use sero_message::msg;

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{HOURS_A_YEAR, KG_CO2E, MINUTE, WATT, YEAR};

use super::grid;

pub struct EndUserDevice;

/// Archetypes and the factor archetypes each is made of.
const ARCHETYPES: &[(&str, &[&str])] = &[
    ("smartphone", &["smartphone"]),
    ("tablet", &["tablet"]),
    ("laptop", &["laptop"]),
    ("desktop", &["desktop", "monitor"]),
    ("desktop-without-monitor", &["desktop"]),
    ("monitor", &["monitor"]),
];

const DEVICE_NAMES: &[&str] = &[
    "smartphone",
    "tablet",
    "laptop",
    "desktop",
    "desktop-without-monitor",
    "monitor",
];

static INPUTS: [InputSpec; 11] = [
    InputSpec::new(
        "device",
        InputKind::Text {
            choices: DEVICE_NAMES,
        },
        "Device archetype (`desktop` includes one monitor)",
    )
    .required(),
    InputSpec::new(
        "minutes",
        InputKind::Quantity(&MINUTE),
        "Minutes of use, per unit of the basis",
    )
    .required()
    .min(0.0)
    .usual(0.1, 240.0),
    InputSpec::new(
        "owner",
        InputKind::Text {
            choices: &["citizen", "organisation"],
        },
        "Whose device: a citizen's (downstream) or the organisation's (staff IT)",
    )
    .default(DefaultValue::Text("citizen")),
    InputSpec::new(
        "power",
        InputKind::Quantity(&WATT),
        "Average power while in use",
    )
    .default(DefaultValue::Described(
        "the archetype's `device/<name>/power`",
    ))
    .min(0.0)
    .usual(0.5, 500.0),
    InputSpec::new(
        "embodied",
        InputKind::Quantity(&KG_CO2E),
        "Embodied emissions of one device",
    )
    .default(DefaultValue::Described(
        "the archetype's `device/<name>/embodied`",
    ))
    .min(0.0),
    InputSpec::new(
        "lifetime",
        InputKind::Quantity(&YEAR),
        "Years the device is used",
    )
    .default(DefaultValue::Described(
        "the archetype's `device/<name>/lifetime`",
    ))
    .min(0.0),
    InputSpec::new(
        "hours_per_year",
        InputKind::Quantity(&HOURS_A_YEAR),
        "Hours of use a year, over which embodied emissions are shared",
    )
    .default(DefaultValue::Described(
        "the archetype's `device/<name>/usage`",
    ))
    .min(0.0)
    .max(8784.0),
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "end-user-device",
    summary: "A device used for a transaction: minutes × power × grid factor, plus embodied emissions shared by hours of use over the device's life",
    formula: "energy kWh = minutes / 60 × power W / 1000; embodied = embodied kg × (minutes / 60) / (lifetime years × hours of use a year)",
    inputs: &INPUTS,
    factors: &["device/", "desnz/", "grid/ember/"],
    scopes: "citizen's device: Scope 3 cat 11 by analogy (downstream use) — assumed; organisation's device: electricity Scope 2, embodied Scope 3 cat 2",
};

impl Model for EndUserDevice {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let device = inputs.required_text("device")?;
        let minutes = inputs.required_number("minutes")?;
        let citizen = inputs.text("owner").unwrap_or("citizen") == "citizen";
        ctx.formula(|| SPEC.formula.to_owned());
        device_impact(ctx, inputs, device, minutes, citizen, true)
    }
}

/// The impact of `minutes` of use of a `device` archetype: its electricity (when
/// `count_electricity`) and its share of manufacture. Overrides (`power`, `embodied`,
/// `lifetime`, `hours_per_year`) and the grid come from `inputs` when present. Shared by
/// `end-user-device`, `staff-time` and `phone-call`.
pub fn device_impact(
    ctx: &mut Context<'_>,
    inputs: &Inputs,
    device: &str,
    minutes: f64,
    citizen: bool,
    count_electricity: bool,
) -> Result<Impact, ModelError> {
    let parts = ARCHETYPES
        .iter()
        .find(|(name, _)| *name == device)
        .map(|(_, parts)| *parts)
        .ok_or_else(|| ModelError::InvalidInput {
            name: "device".to_owned(),
            reason: msg!(
                "manifest-input-unknown-device",
                device = device,
                expected = DEVICE_NAMES.join(", ")
            ),
        })?;
    let hours_of_use = minutes / 60.0;
    let (electricity_scope, embodied_scope) = if citizen {
        (Scope::Scope3(11), Scope::Scope3(11))
    } else {
        (Scope::Scope2, Scope::Scope3(2))
    };
    // Overrides apply to a single-part archetype only; for `desktop` they would be
    // ambiguous between the computer and the monitor.
    let single = parts.len() == 1;
    let mut watts = 0.0;
    let mut embodied_kg = 0.0;
    for archetype in parts {
        let prefix = format!("device/{archetype}");
        let power = match inputs.number("power").filter(|_| single) {
            Some(p) => p,
            None => ctx.factor(&format!("{prefix}/power"), &WATT)?,
        };
        let embodied = match inputs.number("embodied").filter(|_| single) {
            Some(e) => e,
            None => ctx.factor(&format!("{prefix}/embodied"), &KG_CO2E)?,
        };
        let lifetime = match inputs.number("lifetime").filter(|_| single) {
            Some(l) => l,
            None => ctx.factor(&format!("{prefix}/lifetime"), &YEAR)?,
        };
        let usage = match inputs.number("hours_per_year").filter(|_| single) {
            Some(u) => u,
            None => ctx.factor(&format!("{prefix}/usage"), &HOURS_A_YEAR)?,
        };
        if lifetime <= 0.0 || usage <= 0.0 {
            return Err(ModelError::InvalidInput {
                name: "lifetime".to_owned(),
                reason: msg!("manifest-input-device-lifetime"),
            });
        }
        watts += power;
        let share = embodied * hours_of_use / (lifetime * usage);
        embodied_kg += share;
        ctx.step(|| {
            format!(
                "{archetype}: {} W; embodied {} kgCO2e × {} h / ({} years × {} h/year) = {} kgCO2e",
                format_number(power),
                format_number(embodied),
                format_number(hours_of_use),
                format_number(lifetime),
                format_number(usage),
                format_number(share)
            )
        });
    }
    if !single
        && (inputs.get("power").is_some()
            || inputs.get("embodied").is_some()
            || inputs.get("lifetime").is_some()
            || inputs.get("hours_per_year").is_some())
    {
        ctx.warn(|| {
            msg!(
                "warning-composite-device-overrides",
                device = device,
                parts = parts.join(", ")
            )
        });
    }
    let mut impact = Impact::new(DataQuality::Modelled);
    let element = if citizen {
        Element::CitizenDevice
    } else {
        Element::StaffDevice
    };
    if count_electricity {
        let energy_kwh = hours_of_use * watts / 1000.0;
        impact.parts =
            grid::electricity_parts(ctx, inputs, energy_kwh, electricity_scope, element, device)?;
    }
    if citizen {
        ctx.assume(|| msg!("assumed-citizen-devices-scope"));
    }
    Ok(impact.part(
        element,
        "device embodied",
        Kind::Embodied,
        embodied_scope,
        embodied_kg,
        0.0,
    ))
}
