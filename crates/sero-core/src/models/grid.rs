//! Electricity × grid factor, shared by every model that uses electricity.
//!
//! UK electricity uses the DESNZ greenhouse gas reporting conversion factors of the chosen
//! year, location-based, as UK public bodies must report it: generation (Scope 2), optionally
//! transmission and distribution losses and well-to-tank (Scope 3 category 3). Any other
//! country uses its annual average from Ember (as bundled in CO2.js 0.19.0), which covers
//! generation only. A number is taken as gCO2e/kWh.
//!
//! `grid:` also names a part of Great Britain (`GB-WALES`, `GB-REGION-7`, the regions of the
//! Carbon Intensity API) or a cloud region (`cloud:aws:eu-west-2`). DESNZ publishes no
//! regional factor, so a part of Great Britain uses the UK factor for the location-based
//! figure; its region matters for time-series accounting. A cloud region uses the grid of the
//! country it is in, and the provider-region factor of Cloud Carbon Footprint is shown beside
//! it for comparison, not used.

use sero_message::msg;

use crate::impact::{Element, Kind, Part, Scope, Stage};
use crate::model::{Context, DefaultValue, InputKind, InputSpec, InputValue, Inputs, ModelError};
use crate::units::{G_PER_KWH, KG_PER_KWH, ONE};

pub const GRID: InputSpec = InputSpec::new(
    "grid",
    InputKind::IntensityOrCountry,
    "Where the electricity is used: `GBR` (DESNZ UK factors), a part of Great Britain (`GB-WALES`, `GB-ENGLAND`, `GB-SCOTLAND`, `GB-REGION-1` to `GB-REGION-17`: DESNZ UK factors, regional half hours in time-series accounting), a cloud region (`cloud:aws:eu-west-2`, `cloud:aws:eu-west-1`, `cloud:azure:uksouth`, `cloud:azure:ukwest`, `cloud:gcp:europe-west2`: the grid of its country), another ISO 3166-1 alpha-3 code (Ember annual average), or gCO2e/kWh",
)
.default(DefaultValue::Text("GBR"));

/// When the electricity is used, for time-series accounting: ranges of the day in UK time.
pub const HOURS_OF_DAY: InputSpec = InputSpec::new(
    "hours_of_day",
    InputKind::Text { choices: &[] },
    "When it uses electricity, as ranges of the day in UK local time (Europe/London) on the hour or half hour: `08:00-18:00`, or several `07:00-09:00, 17:00-22:00`; time-series accounting spreads the period's energy evenly over those half hours",
);

/// The energy per interval, for time-series accounting and as the energy itself.
pub const SERIES: InputSpec = InputSpec::new(
    "series",
    InputKind::Text { choices: &[] },
    "A CSV file of the energy per half hour or hour, relative to the manifest: columns `from,kwh` or `from,to,kwh`, times such as `2025-04-01T00:00Z`; `energy` is its total, and time-series accounting follows it",
);

/// Checks `hours_of_day` and `series` (a model's `check`).
pub fn check_profile(inputs: &Inputs) -> Result<(), ModelError> {
    if let Some(text) = inputs.text("hours_of_day") {
        crate::timeseries::DailyHours::parse(text).map_err(|reason| ModelError::InvalidInput {
            name: "hours_of_day".to_owned(),
            reason,
        })?;
        if inputs.get("series").is_some() {
            return Err(ModelError::InvalidInput {
                name: "hours_of_day".to_owned(),
                reason: msg!("manifest-input-hours-and-series"),
            });
        }
    }
    Ok(())
}

/// Records the time profile in the explain trail.
pub fn explain_profile(ctx: &mut Context<'_>, inputs: &Inputs) {
    if let Some(text) = inputs.text("hours_of_day") {
        ctx.step(|| {
            format!(
                "time profile: {text} UK time (used by time-series accounting; the location-based figure needs only the total)"
            )
        });
    }
    if let Some(file) = inputs.text("series") {
        ctx.step(|| format!("energy: the total of the series in `{file}`"));
    }
}

/// True when `grid` is the UK (or absent, which means the UK): the DESNZ options apply.
pub fn uses_desnz(inputs: &Inputs) -> bool {
    match inputs.get("grid") {
        None => true,
        Some(InputValue::Text(code)) => Location::parse(code).is_ok_and(|l| l.in_uk()),
        Some(_) => false,
    }
}

/// The 17 regions of the Carbon Intensity API, by id (1–17), as its documentation names them.
pub const GB_REGIONS: [&str; 17] = [
    "North Scotland",
    "South Scotland",
    "North West England",
    "North East England",
    "Yorkshire",
    "North Wales and Merseyside",
    "South Wales",
    "West Midlands",
    "East Midlands",
    "East England",
    "South West England",
    "South England",
    "London",
    "South East England",
    "England",
    "Scotland",
    "Wales",
];

/// A cloud provider's region that UK public bodies use, with the grid it draws on.
#[derive(Debug, PartialEq, Eq)]
pub struct CloudRegion {
    pub provider: &'static str,
    pub region: &'static str,
    /// Where it is, for people.
    pub place: &'static str,
    /// The ISO 3166-1 alpha-3 code of its country.
    pub country: &'static str,
    /// Its Carbon Intensity API region (1–17) when it is in Great Britain.
    pub gb_region: Option<u8>,
    /// The bundled provider-region factor (Cloud Carbon Footprint).
    pub factor: &'static str,
}

/// The cloud regions `grid:` knows: those with a published provider-region factor.
pub const CLOUD_REGIONS: &[CloudRegion] = &[
    CloudRegion {
        provider: "aws",
        region: "eu-west-2",
        place: "London",
        country: "GBR",
        gb_region: Some(13),
        factor: "cloud/ccf/aws/eu-west-2",
    },
    CloudRegion {
        provider: "aws",
        region: "eu-west-1",
        place: "Ireland",
        country: "IRL",
        gb_region: None,
        factor: "cloud/ccf/aws/eu-west-1",
    },
    CloudRegion {
        provider: "azure",
        region: "uksouth",
        place: "London",
        country: "GBR",
        gb_region: Some(13),
        factor: "cloud/ccf/azure/uksouth",
    },
    CloudRegion {
        provider: "azure",
        region: "ukwest",
        place: "Cardiff",
        country: "GBR",
        gb_region: Some(7),
        factor: "cloud/ccf/azure/ukwest",
    },
    CloudRegion {
        provider: "gcp",
        region: "europe-west2",
        place: "London",
        country: "GBR",
        gb_region: Some(13),
        factor: "cloud/ccf/gcp/europe-west2",
    },
];

/// Where electricity is used, as `grid:` names it.
#[derive(Debug, PartialEq)]
pub enum Location {
    /// The UK as a whole (`GBR`, `UK`, `GB`).
    Uk,
    /// A Carbon Intensity API region of Great Britain, 1–17 (15 England, 16 Scotland, 17 Wales).
    GbRegion(u8),
    Cloud(&'static CloudRegion),
    /// Another country, by ISO 3166-1 alpha-3 code (upper case).
    Country(String),
}

impl Location {
    /// Reads what `grid:` says (any case). A country code is not checked against the bundled
    /// averages here.
    pub fn parse(text: &str) -> Result<Location, sero_message::Message> {
        let text = text.trim();
        let upper = text.to_ascii_uppercase();
        if matches!(upper.as_str(), "GBR" | "UK" | "GB") {
            return Ok(Location::Uk);
        }
        if let Some(rest) = upper.strip_prefix("GB-") {
            return match rest {
                "ENGLAND" => Ok(Location::GbRegion(15)),
                "SCOTLAND" => Ok(Location::GbRegion(16)),
                "WALES" => Ok(Location::GbRegion(17)),
                _ => match rest.strip_prefix("REGION-").map(str::parse::<u8>) {
                    Some(Ok(id)) if (1..=17).contains(&id) => Ok(Location::GbRegion(id)),
                    _ => Err(msg!("manifest-input-not-gb-part", value = text)),
                },
            };
        }
        if upper.starts_with("CLOUD:") {
            let lower = text.to_ascii_lowercase();
            let mut parts = lower.splitn(3, ':').skip(1);
            let (provider, region) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            return CLOUD_REGIONS
                .iter()
                .find(|c| c.provider == provider && c.region == region)
                .map(Location::Cloud)
                .ok_or_else(|| {
                    msg!(
                        "manifest-input-not-cloud-region",
                        value = text,
                        known = CLOUD_REGIONS
                            .iter()
                            .map(|c| format!("`cloud:{}:{}`", c.provider, c.region))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                });
        }
        Ok(Location::Country(upper))
    }

    /// The canonical text: `GBR`, `GB-WALES`, `GB-REGION-7`, `cloud:aws:eu-west-2`, `IRL`.
    pub fn code(&self) -> String {
        match self {
            Location::Uk => "GBR".to_owned(),
            Location::GbRegion(15) => "GB-ENGLAND".to_owned(),
            Location::GbRegion(16) => "GB-SCOTLAND".to_owned(),
            Location::GbRegion(17) => "GB-WALES".to_owned(),
            Location::GbRegion(id) => format!("GB-REGION-{id}"),
            Location::Cloud(c) => format!("cloud:{}:{}", c.provider, c.region),
            Location::Country(code) => code.clone(),
        }
    }

    /// True when the electricity is the UK's: DESNZ factors apply.
    pub fn in_uk(&self) -> bool {
        match self {
            Location::Uk | Location::GbRegion(_) => true,
            Location::Cloud(c) => c.country == "GBR",
            Location::Country(_) => false,
        }
    }

    /// The Carbon Intensity API area of its half hours: `None` for the whole of Great Britain
    /// (the national series), `Some(1..=17)` for a region; no area outside Great Britain.
    pub fn gb_area(&self) -> Option<Option<u8>> {
        match self {
            Location::Uk => Some(None),
            Location::GbRegion(id) => Some(Some(*id)),
            Location::Cloud(c) => c.gb_region.map(Some),
            Location::Country(_) => None,
        }
    }
}

/// The region name of a Carbon Intensity API region id.
pub fn gb_region_name(id: u8) -> &'static str {
    GB_REGIONS
        .get(usize::from(id).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
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
                ctx.warn(|| msg!("warning-uk-only-input", input = name));
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
        Some(InputValue::Text(code)) if !Location::parse(code).is_ok_and(|l| l.in_uk()) => {
            let location = Location::parse(code).map_err(|reason| ModelError::InvalidInput {
                name: "grid".to_owned(),
                reason,
            })?;
            let country = match &location {
                Location::Cloud(cloud) => {
                    show_cloud_factor(ctx, cloud)?;
                    cloud.country.to_owned()
                }
                _ => location.code(),
            };
            let intensity = super::data_transfer::country_intensity(ctx, &country)?;
            ctx.step(|| {
                format!(
                    "{label}: {energy_kwh:.6} kWh × {intensity} gCO2e/kWh ({country} annual average, Ember)"
                )
            });
            Ok(vec![part(
                "electricity",
                generation_scope,
                energy_kwh * intensity / 1000.0,
                energy_kwh,
            )])
        }
        grid => {
            if let Some(InputValue::Text(code)) = grid {
                match Location::parse(code) {
                    Ok(Location::GbRegion(id)) => ctx.step(|| {
                        format!(
                            "DESNZ factors are UK-wide; {} ({}) uses the UK factor",
                            Location::GbRegion(id).code(),
                            gb_region_name(id)
                        )
                    }),
                    Ok(Location::Cloud(cloud)) => {
                        ctx.step(|| {
                            format!(
                                "cloud:{}:{} is in {} (United Kingdom): DESNZ factors are UK-wide, so it uses the UK factor",
                                cloud.provider, cloud.region, cloud.place
                            )
                        });
                        show_cloud_factor(ctx, cloud)?;
                    }
                    _ => {}
                }
            }
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
                        reason: msg!("manifest-input-no-electricity-wtt", year = year.to_string()),
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

/// Shows a cloud region's provider factor in the explain trail, beside (not in) the figure.
fn show_cloud_factor(ctx: &mut Context<'_>, cloud: &CloudRegion) -> Result<(), ModelError> {
    ctx.step(|| {
        format!(
            "no PUE is applied for cloud:{}:{}: `grid` only says where the electricity is used; \
             the energy given should include the data centre's overhead (the cloud import applies \
             the provider's PUE)",
            cloud.provider, cloud.region
        )
    });
    if !ctx.is_explaining() {
        return Ok(());
    }
    let g = ctx.factor(cloud.factor, &G_PER_KWH)?;
    ctx.step(|| {
        format!(
            "for comparison, not used: Cloud Carbon Footprint's factor for {} {} is {} gCO2e/kWh (factor `{}`)",
            cloud.provider,
            cloud.region,
            crate::model::format_number(g),
            cloud.factor
        )
    });
    Ok(())
}
