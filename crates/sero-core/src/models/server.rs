//! `server`: on-premise or co-located servers, the legacy IT that nothing else helps with.
//!
//! Power follows utilisation linearly between idle and maximum power (the approach of Cloud
//! Carbon Footprint and of the SPECpower-based coefficients), unless a measured power curve is
//! given. With no power at all, a server draws the archetype's average power (`server/power`:
//! the median of manufacturers' yearly typical energy consumption over every hour of the year),
//! said as an assumption. Embodied emissions are spread evenly over the server's life and charged for the
//! calendar time of the period, whether the server runs or not.

use sero_message::{Arg, msg};

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, Inputs, Model, ModelError, ModelSpec,
    format_number,
};
use crate::units::{FRACTION, HOUR, KG_CO2E, ONE, WATT, YEAR};

use super::grid;

pub struct Server;

static INPUTS: [InputSpec; 14] = [
    InputSpec::new("count", InputKind::Quantity(&ONE), "Number of servers")
        .default(DefaultValue::Number(1.0))
        .min(0.0),
    InputSpec::new(
        "idle_power",
        InputKind::Quantity(&WATT),
        "Power drawn at 0% utilisation, per server",
    )
    .default(DefaultValue::Described(
        "with `max_power` also absent (and no `power_curve`), both are factor `server/power`",
    ))
    .min(0.0)
    .usual(20.0, 1000.0),
    InputSpec::new(
        "max_power",
        InputKind::Quantity(&WATT),
        "Power drawn at 100% utilisation, per server",
    )
    .default(DefaultValue::Described(
        "with `idle_power` also absent (and no `power_curve`), both are factor `server/power`",
    ))
    .min(0.0)
    .usual(50.0, 3000.0),
    InputSpec::new(
        "utilisation",
        InputKind::Quantity(&FRACTION),
        "Average CPU utilisation over the hours it runs",
    )
    .required()
    .min(0.0)
    .max(1.0)
    .usual(0.02, 0.9),
    InputSpec::new(
        "power_curve",
        InputKind::Points,
        "Measured power curve: [utilisation, watts] pairs, replacing idle/max interpolation",
    ),
    InputSpec::new(
        "hours",
        InputKind::Quantity(&HOUR),
        "Hours it runs in the period, per server",
    )
    .default(DefaultValue::Described(
        "every hour of the period, or the hours of `hours_of_day`",
    ))
    .min(0.0),
    grid::HOURS_OF_DAY,
    InputSpec::new(
        "pue",
        InputKind::Quantity(&ONE),
        "Power usage effectiveness of the room or data centre",
    )
    .default(DefaultValue::Described("factor `pue/on-premise`"))
    .min(1.0)
    .usual(1.0, 3.0),
    InputSpec::new(
        "embodied",
        InputKind::Quantity(&KG_CO2E),
        "Embodied emissions of one server (manufacture and transport)",
    )
    .default(DefaultValue::Described("factor `server/embodied`"))
    .min(0.0),
    InputSpec::new(
        "lifetime",
        InputKind::Quantity(&YEAR),
        "Years the server is kept in service",
    )
    .default(DefaultValue::Described("factor `server/lifetime`"))
    .min(0.0)
    .usual(2.0, 10.0),
    grid::GRID,
    grid::DESNZ_YEAR,
    grid::TRANSMISSION_LOSSES,
    grid::WELL_TO_TANK,
];

static SPEC: ModelSpec = ModelSpec {
    name: "server",
    summary: "On-premise or co-located servers: power by utilisation, PUE, grid factor, and embodied emissions amortised over the server's life",
    formula: "energy kWh = count × P(utilisation) × hours × PUE / 1000, P(u) = idle + (max − idle) × u or the power curve; embodied = count × embodied kg × period hours / (lifetime years × 8760)",
    inputs: &INPUTS,
    factors: &["server/", "pue/on-premise", "desnz/", "grid/ember/"],
    scopes: "electricity: Scope 2 (the organisation's own servers); embodied: Scope 3 cat 2 (capital goods), amortised over the lifetime — a footprint convention, not the GHG Protocol's year-of-purchase rule",
};

/// Power at utilisation `u` on a curve of `[utilisation, watts]` points, by linear
/// interpolation, flat beyond the ends.
pub fn power_on_curve(points: &[(f64, f64)], u: f64) -> Option<f64> {
    let mut sorted: Vec<(f64, f64)> = points.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let first = *sorted.first()?;
    let last = *sorted.last()?;
    if u <= first.0 {
        return Some(first.1);
    }
    if u >= last.0 {
        return Some(last.1);
    }
    sorted.windows(2).find_map(|w| {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        (u >= x0 && u <= x1).then(|| {
            if x1 == x0 {
                y1
            } else {
                y0 + (y1 - y0) * (u - x0) / (x1 - x0)
            }
        })
    })
}

impl Model for Server {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        grid::check_profile(inputs)?;
        if inputs.get("hours").is_some() && inputs.get("hours_of_day").is_some() {
            return Err(ModelError::InvalidInput {
                name: "hours_of_day".to_owned(),
                reason: msg!("manifest-input-hours-and-hours-of-day"),
            });
        }
        if inputs.number("utilisation").is_none() {
            return Err(ModelError::MissingInput("utilisation".to_owned()));
        }
        if inputs.points("power_curve").is_some() {
            return Ok(());
        }
        match (inputs.number("idle_power"), inputs.number("max_power")) {
            (Some(idle), Some(max)) if max < idle => Err(ModelError::InvalidInput {
                name: "max_power".to_owned(),
                reason: msg!(
                    "manifest-input-max-below-idle",
                    max = Arg::Exact(max),
                    idle = Arg::Exact(idle)
                ),
            }),
            (Some(_), Some(_)) | (None, None) => Ok(()),
            (None, _) => Err(ModelError::InvalidInput {
                name: "idle_power".to_owned(),
                reason: msg!("manifest-input-idle-needed"),
            }),
            (_, None) => Err(ModelError::InvalidInput {
                name: "max_power".to_owned(),
                reason: msg!("manifest-input-max-needed"),
            }),
        }
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        self.check(inputs)?;
        let count = inputs.number("count").unwrap_or(1.0);
        let utilisation = inputs.number("utilisation");
        let watts = match (inputs.points("power_curve"), utilisation) {
            (Some(points), Some(u)) => {
                power_on_curve(points, u).ok_or_else(|| ModelError::InvalidInput {
                    name: "power_curve".to_owned(),
                    reason: msg!("manifest-input-curve-empty"),
                })?
            }
            (None, Some(_))
                if inputs.get("idle_power").is_none() && inputs.get("max_power").is_none() =>
            {
                let watts = ctx.factor("server/power", &WATT)?;
                ctx.assume(|| msg!("assumed-server-power", watts = Arg::Exact(watts)));
                watts
            }
            (None, Some(u)) => {
                let idle = inputs.required_number("idle_power")?;
                let max = inputs.required_number("max_power")?;
                if max < idle {
                    return Err(ModelError::InvalidInput {
                        name: "max_power".to_owned(),
                        reason: msg!(
                            "manifest-input-max-below-idle",
                            max = Arg::Exact(max),
                            idle = Arg::Exact(idle)
                        ),
                    });
                }
                idle + (max - idle) * u
            }
            (_, None) => return Err(ModelError::MissingInput("utilisation".to_owned())),
        };
        let daily = inputs
            .text("hours_of_day")
            .and_then(|t| crate::timeseries::DailyHours::parse(t).ok());
        let hours = match (inputs.number("hours"), daily) {
            (Some(h), _) => h,
            (None, Some(daily)) => {
                let days = ctx.period_hours() / 24.0;
                let h = daily.hours_a_day() * days;
                ctx.step(|| {
                    format!(
                        "hours: {} h a day ({}) × {} days = {} h",
                        format_number(daily.hours_a_day()),
                        inputs.text("hours_of_day").unwrap_or_default(),
                        format_number(days),
                        format_number(h)
                    )
                });
                h
            }
            (None, None) => {
                let h = ctx.period_hours();
                ctx.assume(|| msg!("assumed-runs-all-period", hours = Arg::Exact(h)));
                h
            }
        };
        let pue = match inputs.number("pue") {
            Some(p) => p,
            None => ctx.factor("pue/on-premise", &ONE)?,
        };
        let embodied = match inputs.number("embodied") {
            Some(e) => e,
            None => ctx.factor("server/embodied", &KG_CO2E)?,
        };
        let lifetime = match inputs.number("lifetime") {
            Some(l) => l,
            None => ctx.factor("server/lifetime", &YEAR)?,
        };
        if lifetime <= 0.0 {
            return Err(ModelError::InvalidInput {
                name: "lifetime".to_owned(),
                reason: msg!("manifest-input-lifetime-zero"),
            });
        }
        let energy_kwh = count * watts * hours * pue / 1000.0;
        ctx.formula(|| SPEC.formula.to_owned());
        grid::explain_profile(ctx, inputs);
        ctx.step(|| {
            format!(
                "{} servers × {} W × {} h × PUE {} / 1000 = {} kWh",
                format_number(count),
                format_number(watts),
                format_number(hours),
                format_number(pue),
                format_number(energy_kwh)
            )
        });
        let mut impact = Impact::new(DataQuality::Modelled);
        impact.parts = grid::electricity_parts(
            ctx,
            inputs,
            energy_kwh,
            Scope::Scope2,
            Element::Hosting,
            "server",
        )?;
        let period_hours = ctx.period_hours();
        let embodied_kg = count * embodied * period_hours / (lifetime * 8760.0);
        ctx.step(|| {
            format!(
                "embodied: {} × {} kgCO2e × {} h / ({} years × 8760 h) = {} kgCO2e",
                format_number(count),
                format_number(embodied),
                format_number(period_hours),
                format_number(lifetime),
                format_number(embodied_kg)
            )
        });
        Ok(impact.part(
            Element::Hosting,
            "server embodied",
            Kind::Embodied,
            Scope::Scope3(2),
            embodied_kg,
            0.0,
        ))
    }
}
