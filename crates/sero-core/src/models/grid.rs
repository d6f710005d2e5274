//! Electricity × grid factor, shared by every model that uses electricity.
//!
//! UK electricity uses the DESNZ greenhouse gas reporting conversion factors of the chosen
//! year, location-based, as UK public bodies must report it: generation (Scope 2), optionally
//! transmission and distribution losses and well-to-tank (Scope 3 category 3). Any other
//! country uses its annual average from Ember (as bundled in CO2.js 0.19.0), which covers
//! generation only. A number is taken as gCO2e/kWh.

use crate::impact::{Element, Kind, Part, Scope, Stage};
use crate::model::{Context, DefaultValue, InputKind, InputSpec, InputValue, Inputs, ModelError};
use crate::units::{KG_PER_KWH, ONE};

pub const GRID: InputSpec = InputSpec::new(
    "grid",
    InputKind::IntensityOrCountry,
    "Where the electricity is used: `GBR` (DESNZ UK factors), another ISO 3166-1 alpha-3 code (Ember annual average), or gCO2e/kWh",
)
.default(DefaultValue::Text("GBR"));

/// True when `grid` is the UK (or absent, which means the UK): the DESNZ options apply.
pub fn uses_desnz(inputs: &Inputs) -> bool {
    match inputs.get("grid") {
        None => true,
        Some(InputValue::Text(code)) => is_uk(code),
        Some(_) => false,
    }
}

pub const DESNZ_YEAR: InputSpec = InputSpec::new(
    "desnz_year",
    InputKind::Quantity(&ONE),
    "Edition of the DESNZ conversion factors for UK electricity: 2023, 2024 or 2025",
)
.default(DefaultValue::Number(2025.0))
.min(2023.0)
.max(2025.0)
.whole()
.only_if(uses_desnz);

pub const TRANSMISSION_LOSSES: InputSpec = InputSpec::new(
    "transmission_losses",
    InputKind::Bool,
    "Add DESNZ transmission and distribution losses (Scope 3 cat 3), UK only",
)
.default(DefaultValue::Bool(true))
.only_if(uses_desnz);

pub const WELL_TO_TANK: InputSpec = InputSpec::new(
    "well_to_tank",
    InputKind::Bool,
    "Add DESNZ well-to-tank factors for generation and T&D (Scope 3 cat 3), UK 2025 set only",
)
.default(DefaultValue::Bool(false))
.only_if(uses_desnz);

/// Parts for `energy_kwh` of electricity; generation goes to `generation_scope`.
pub fn electricity_parts(
    ctx: &mut Context<'_>,
    inputs: &Inputs,
    energy_kwh: f64,
    generation_scope: Scope,
    element: Element,
    label: &str,
) -> Result<Vec<Part>, ModelError> {
    // Losses and well-to-tank are the organisation's Scope 3 cat 3 when it buys the
    // electricity (Scope 2); when the electricity is someone else's (a supplier's, a citizen's),
    // they belong to the same category as that electricity.
    let upstream_scope = match generation_scope {
        Scope::Scope3(_) => generation_scope,
        _ => Scope::Scope3(3),
    };
    let part = |label: &'static str, scope: Scope, co2e_kg: f64, energy_kwh: f64| Part {
        element,
        label,
        kind: Kind::Operational,
        scope,
        stage: Stage::Use,
        co2e_kg,
        energy_kwh,
    };
    if !uses_desnz(inputs) {
        for name in ["desnz_year", "transmission_losses", "well_to_tank"] {
            if inputs.get(name).is_some() {
                ctx.warn(|| {
                    format!(
                        "`{name}` applies to UK electricity (DESNZ) only; ignored for this grid"
                    )
                });
            }
        }
    }
    match inputs.get("grid") {
        Some(InputValue::Number(g_per_kwh)) => {
            let g = *g_per_kwh;
            ctx.step(|| format!("{label}: {energy_kwh:.6} kWh × {g} gCO2e/kWh (given)"));
            Ok(vec![part(
                "electricity",
                generation_scope,
                energy_kwh * g / 1000.0,
                energy_kwh,
            )])
        }
        Some(InputValue::Text(code)) if !is_uk(code) => {
            let intensity = super::data_transfer::country_intensity(ctx, code)?;
            ctx.step(|| {
                format!(
                    "{label}: {energy_kwh:.6} kWh × {intensity} gCO2e/kWh ({} annual average, Ember)",
                    code.to_ascii_uppercase()
                )
            });
            Ok(vec![part(
                "electricity",
                generation_scope,
                energy_kwh * intensity / 1000.0,
                energy_kwh,
            )])
        }
        _ => {
            let year = inputs.number("desnz_year").unwrap_or(2025.0);
            let year = year as i64;
            let generation =
                ctx.factor(&format!("desnz/{year}/electricity-generation"), &KG_PER_KWH)?;
            let mut parts = vec![part(
                "electricity, generation",
                generation_scope,
                energy_kwh * generation,
                energy_kwh,
            )];
            let losses = inputs.bool("transmission_losses").unwrap_or(true);
            if losses {
                let td = ctx.factor(&format!("desnz/{year}/electricity-td-losses"), &KG_PER_KWH)?;
                parts.push(part(
                    "electricity, T&D losses",
                    upstream_scope,
                    energy_kwh * td,
                    0.0,
                ));
            }
            if inputs.bool("well_to_tank").unwrap_or(false) {
                let wtt_id = format!("desnz/{year}/electricity-wtt-generation");
                if !ctx.has_factor(&wtt_id) {
                    return Err(ModelError::InvalidInput {
                        name: "well_to_tank".to_owned(),
                        reason: format!(
                            "the DESNZ {year} condensed set bundled with sero has no well-to-tank \
                             factor for UK electricity (only the 2025 set does)"
                        ),
                    });
                }
                let wtt = ctx.factor(&wtt_id, &KG_PER_KWH)?;
                parts.push(part(
                    "electricity, well-to-tank",
                    upstream_scope,
                    energy_kwh * wtt,
                    0.0,
                ));
                if losses {
                    let wtt_td =
                        ctx.factor(&format!("desnz/{year}/electricity-wtt-td"), &KG_PER_KWH)?;
                    parts.push(part(
                        "electricity, well-to-tank of T&D",
                        upstream_scope,
                        energy_kwh * wtt_td,
                        0.0,
                    ));
                }
            }
            ctx.step(|| {
                format!(
                    "{label}: {energy_kwh:.6} kWh × DESNZ {year} UK electricity factors \
                     (location-based{}{})",
                    if losses { ", with T&D losses" } else { "" },
                    if inputs.bool("well_to_tank").unwrap_or(false) {
                        ", with well-to-tank"
                    } else {
                        ""
                    }
                )
            });
            Ok(parts)
        }
    }
}

fn is_uk(code: &str) -> bool {
    matches!(code.to_ascii_uppercase().as_str(), "GBR" | "UK" | "GB")
}
