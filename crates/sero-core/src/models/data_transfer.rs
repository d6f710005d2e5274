//! `data-transfer`: emissions of moving data to a user, by the Sustainable Web Design model
//! (v4, the default, and v3) or The Shift Project's OneByte model.
//!
//! The arithmetic reproduces CO2.js 0.19.0 (`@tgwf/co2`, The Green Web Foundation,
//! https://github.com/thegreenwebfoundation/co2.js, files `src/sustainable-web-design-v4.js`,
//! `src/sustainable-web-design-v3.js`, `src/1byte.js`) operation for operation, so that results
//! are equal to the last bit, not merely close. Where CO2.js accepts input a user would call
//! wrong (negative bytes, an unknown country, an option the chosen model ignores, a green
//! hosting factor above 1), sero refuses it with an error instead; `docs/models.md` lists each
//! difference.

use sero_message::{Arg, Message, msg};

use crate::impact::{DataQuality, Element, Impact, Kind, Scope};
use crate::model::{
    Context, DefaultValue, InputKind, InputSpec, InputValue, Inputs, Model, ModelError, ModelSpec,
};
use crate::units::{BYTE, FRACTION, G_PER_KWH, KWH_PER_BYTE, KWH_PER_GB, ONE};

/// Bytes in a gigabyte, decimal, as CO2.js's `fileSize.GIGABYTE`.
const BYTES_PER_GB: f64 = 1_000_000_000.0;

/// Which estimation model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    SwdV4,
    SwdV3,
    OneByte,
}

impl Method {
    pub const NAMES: &'static [&'static str] = &["swd-v4", "swd-v3", "onebyte"];

    pub fn parse(text: &str) -> Option<Method> {
        match text {
            "swd-v4" | "swd" => Some(Method::SwdV4),
            "swd-v3" => Some(Method::SwdV3),
            "onebyte" | "1byte" => Some(Method::OneByte),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Method::SwdV4 => "swd-v4",
            Method::SwdV3 => "swd-v3",
            Method::OneByte => "onebyte",
        }
    }
}

/// CO2.js's `perByte` (data as transferred) or `perVisit` (with caching assumptions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Byte,
    Visit,
}

impl Per {
    pub fn parse(text: &str) -> Option<Per> {
        match text {
            "byte" => Some(Per::Byte),
            "visit" => Some(Per::Visit),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Per::Byte => "byte",
            Per::Visit => "visit",
        }
    }
}

/// A grid intensity for one segment: a number, or a country's annual average.
#[derive(Clone, Debug, PartialEq)]
pub enum Intensity {
    GramsPerKwh(f64),
    /// ISO 3166-1 alpha-3 code (or a region key such as `WORLD`), looked up in the bundled
    /// annual averages as CO2.js's `{ country }` option does.
    Country(String),
}

/// Everything CO2.js's `perByteTrace` / `perVisitTrace` accept, in sero's names.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferRequest {
    pub method: Method,
    pub per: Per,
    pub bytes: f64,
    pub green: bool,
    pub green_hosting_factor: Option<f64>,
    pub device: Option<Intensity>,
    pub network: Option<Intensity>,
    pub data_centre: Option<Intensity>,
    pub first_visit_share: Option<f64>,
    pub return_visit_share: Option<f64>,
    pub data_reload_ratio: Option<f64>,
}

impl TransferRequest {
    pub fn new(method: Method, bytes: f64) -> Self {
        TransferRequest {
            method,
            per: Per::Byte,
            bytes,
            green: false,
            green_hosting_factor: None,
            device: None,
            network: None,
            data_centre: None,
            first_visit_share: None,
            return_visit_share: None,
            data_reload_ratio: None,
        }
    }

    /// Fills the segments not given an intensity of their own with `grid`, the intensity
    /// chosen for the whole transfer (`--grid`, `--country`, a component's `grid_intensity`),
    /// as CO2.js's `country` fills only what is not otherwise set. Under SWD v3 with green
    /// hosting the data centre is left alone: green hosting sets it (to the renewables
    /// intensity), so a grid chosen for the whole transfer does not reach it.
    pub fn fill_grid(&mut self, grid: Option<Intensity>) {
        let Some(grid) = grid else { return };
        let green_v3 = self.method == Method::SwdV3 && self.green;
        for (segment, fill) in [
            (&mut self.device, true),
            (&mut self.network, true),
            (&mut self.data_centre, !green_v3),
        ] {
            if fill && segment.is_none() {
                *segment = Some(grid.clone());
            }
        }
    }
}

/// Which part of the system a slice belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    DataCentre,
    Network,
    Device,
    /// SWD v3's production (embodied) share, not split by segment.
    Production,
}

impl Segment {
    pub fn key(self) -> &'static str {
        match self {
            Segment::DataCentre => "data-centre",
            Segment::Network => "network",
            Segment::Device => "device",
            Segment::Production => "production",
        }
    }
}

/// One slice of a transfer estimate, already adjusted for green hosting and visit shares.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferPart {
    pub segment: Segment,
    pub kind: Kind,
    pub co2e_g: f64,
    pub energy_kwh: f64,
}

/// The result, with CO2.js's total and segment fields.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferResult {
    pub method: Method,
    pub per: Per,
    /// Grams CO2e, equal to CO2.js's return value.
    pub co2e_g: f64,
    /// The SWD digital carbon rating, for SWD methods.
    pub rating: Option<&'static str>,
    /// CO2.js's `results: "segment"` fields, same names and values (not green-adjusted in
    /// SWD v4, as in CO2.js). Empty for OneByte, and for SWD v4 when bytes < 1 (CO2.js then
    /// returns a bare 0); SWD v3 gives zero-valued segments then, as CO2.js does.
    pub segments: Vec<(String, f64)>,
    /// Slices that add up to the total (to rounding), for scope and stage accounting.
    pub parts: Vec<TransferPart>,
    /// Intensities used: device, network, data centre (gCO2e/kWh).
    pub intensities: [f64; 3],
    /// First-visit share, return-visit share, data reload ratio used (per visit only).
    pub visit: Option<[f64; 3]>,
    pub green_hosting_factor: f64,
}

/// Ratings thresholds (inclusive upper bounds, g per view) of the Sustainable Web Design
/// digital carbon ratings, as implemented in CO2.js 0.19.0 (`SWDMV4_RATINGS`,
/// `SWDMV3_RATINGS` in `src/constants/index.js`); https://sustainablewebdesign.org/digital-carbon-ratings/
const RATINGS_V4: [f64; 6] = [0.04, 0.079, 0.145, 0.209, 0.278, 0.359];
const RATINGS_V3: [f64; 6] = [0.095, 0.186, 0.341, 0.493, 0.656, 0.846];
const GRADES: [&str; 7] = ["A+", "A", "B", "C", "D", "E", "F"];

/// The SWD rating of `co2e_g` grams per view.
pub fn rating(method: Method, co2e_g: f64) -> Option<&'static str> {
    let thresholds = match method {
        Method::SwdV4 => &RATINGS_V4,
        Method::SwdV3 => &RATINGS_V3,
        Method::OneByte => return None,
    };
    let index = thresholds
        .iter()
        .position(|&limit| co2e_g <= limit)
        .unwrap_or(6);
    Some(GRADES[index])
}

fn check_share(name: &str, value: Option<f64>) -> Result<(), ModelError> {
    match value {
        Some(v) if !(0.0..=1.0).contains(&v) => Err(ModelError::InvalidInput {
            name: name.to_owned(),
            reason: msg!("manifest-input-not-fraction", value = Arg::Exact(v)),
        }),
        _ => Ok(()),
    }
}

/// Checks a request's options go together, without looking any factor up.
pub fn validate(request: &TransferRequest) -> Result<(), ModelError> {
    let invalid = |name: &str, reason: Message| ModelError::InvalidInput {
        name: name.to_owned(),
        reason,
    };
    if !request.bytes.is_finite() || request.bytes < 0.0 {
        return Err(invalid(
            "bytes",
            msg!(
                "manifest-input-negative-bytes",
                value = Arg::Exact(request.bytes)
            ),
        ));
    }
    check_share("green_hosting_factor", request.green_hosting_factor)?;
    check_share("first_visit_share", request.first_visit_share)?;
    check_share("return_visit_share", request.return_visit_share)?;
    check_share("data_reload_ratio", request.data_reload_ratio)?;
    for (name, intensity) in [
        ("grid_intensity_device", &request.device),
        ("grid_intensity_network", &request.network),
        ("grid_intensity_data_centre", &request.data_centre),
    ] {
        if let Some(Intensity::GramsPerKwh(value)) = intensity
            && (!value.is_finite() || *value < 0.0)
        {
            return Err(invalid(
                name,
                msg!("manifest-input-not-intensity", value = Arg::Exact(*value)),
            ));
        }
    }
    // Named after the option given, not after `per` (which may be its default).
    let visit_option = [
        ("first_visit_share", request.first_visit_share),
        ("return_visit_share", request.return_visit_share),
        ("data_reload_ratio", request.data_reload_ratio),
    ]
    .into_iter()
    .find_map(|(name, value)| value.map(|_| name));
    if request.per == Per::Byte
        && let Some(name) = visit_option
    {
        return Err(invalid(name, msg!("manifest-input-visit-options-per-byte")));
    }
    match request.method {
        Method::OneByte => {
            if request.per == Per::Visit {
                return Err(invalid("per", msg!("manifest-input-onebyte-per-visit")));
            }
            if request.device.is_some()
                || request.network.is_some()
                || request.data_centre.is_some()
                || request.green_hosting_factor.is_some()
            {
                return Err(invalid("method", msg!("manifest-input-onebyte-options")));
            }
        }
        Method::SwdV3 => {
            if request.green_hosting_factor.is_some() {
                return Err(invalid(
                    "green_hosting_factor",
                    msg!("manifest-input-green-factor-v3"),
                ));
            }
        }
        Method::SwdV4 => {
            if request.green && request.green_hosting_factor.is_some() {
                return Err(invalid(
                    "green_hosting_factor",
                    msg!("manifest-input-green-and-factor"),
                ));
            }
        }
    }
    if request.method == Method::SwdV3 && request.green && request.data_centre.is_some() {
        return Err(invalid(
            "grid_intensity_data_centre",
            msg!("manifest-input-green-v3-data-centre"),
        ));
    }
    Ok(())
}

/// The annual average grid intensity of a country or region, in gCO2e/kWh.
pub fn country_intensity(ctx: &mut Context<'_>, code: &str) -> Result<f64, ModelError> {
    let upper = code.to_ascii_uppercase();
    // `UK` and `GB` are common ways of writing the United Kingdom's ISO 3166-1 code `GBR`.
    let key = match upper.as_str() {
        "UK" | "GB" => "GBR",
        other => other,
    };
    let id = format!("grid/ember/{key}");
    if !ctx.has_factor(&id) {
        return Err(ModelError::InvalidInput {
            name: "grid_intensity".to_owned(),
            reason: msg!("manifest-input-no-grid-average", code = code),
        });
    }
    ctx.factor(&id, &G_PER_KWH)
}

fn resolve(
    ctx: &mut Context<'_>,
    intensity: &Option<Intensity>,
    global: f64,
) -> Result<f64, ModelError> {
    match intensity {
        None => Ok(global),
        Some(Intensity::GramsPerKwh(value)) => Ok(*value),
        Some(Intensity::Country(code)) => country_intensity(ctx, code),
    }
}

/// Estimates one transfer. The total equals CO2.js 0.19.0's to the bit.
pub fn estimate_transfer(
    request: &TransferRequest,
    ctx: &mut Context<'_>,
) -> Result<TransferResult, ModelError> {
    validate(request)?;
    match request.method {
        Method::SwdV4 => swd_v4(request, ctx),
        Method::SwdV3 => swd_v3(request, ctx),
        Method::OneByte => one_byte(request, ctx),
    }
}

fn swd_v4(request: &TransferRequest, ctx: &mut Context<'_>) -> Result<TransferResult, ModelError> {
    let op_dc_kwh_gb = ctx.factor("swd-v4/operational-data-centre", &KWH_PER_GB)?;
    let op_net_kwh_gb = ctx.factor("swd-v4/operational-network", &KWH_PER_GB)?;
    let op_dev_kwh_gb = ctx.factor("swd-v4/operational-device", &KWH_PER_GB)?;
    let em_dc_kwh_gb = ctx.factor("swd-v4/embodied-data-centre", &KWH_PER_GB)?;
    let em_net_kwh_gb = ctx.factor("swd-v4/embodied-network", &KWH_PER_GB)?;
    let em_dev_kwh_gb = ctx.factor("swd-v4/embodied-device", &KWH_PER_GB)?;
    let global = ctx.factor("swd-v4/global-grid-intensity", &G_PER_KWH)?;
    let i_dev = resolve(ctx, &request.device, global)?;
    let i_net = resolve(ctx, &request.network, global)?;
    let i_dc = resolve(ctx, &request.data_centre, global)?;
    let ghf = if request.green {
        1.0
    } else {
        request.green_hosting_factor.unwrap_or(0.0)
    };

    let bytes = request.bytes;
    let gb = bytes / BYTES_PER_GB;
    let (op_dc_e, op_net_e, op_dev_e) = (gb * op_dc_kwh_gb, gb * op_net_kwh_gb, gb * op_dev_kwh_gb);
    let (op_dc, op_net, op_dev) = (op_dc_e * i_dc, op_net_e * i_net, op_dev_e * i_dev);
    let (em_dc, em_net, em_dev) = (
        gb * em_dc_kwh_gb * global,
        gb * em_net_kwh_gb * global,
        gb * em_dev_kwh_gb * global,
    );

    let (total, visit, visit_weight) = match request.per {
        Per::Byte => {
            let dc = op_dc * (1.0 - ghf) + em_dc;
            let net = op_net + em_net;
            let dev = op_dev + em_dev;
            (dc + net + dev, None, 1.0)
        }
        Per::Visit => {
            let first_share = request.first_visit_share.unwrap_or(1.0);
            let return_share = request.return_visit_share.unwrap_or(0.0);
            let reload = request.data_reload_ratio.unwrap_or(0.0);
            let first = op_dc * (1.0 - ghf) + em_dc + op_net + em_net + op_dev + em_dev;
            let returning = first * reload;
            let total = first * first_share + returning * return_share;
            let weight = first_share + reload * return_share;
            (total, Some([first_share, return_share, reload]), weight)
        }
    };
    let total = if bytes < 1.0 { 0.0 } else { total };

    let mut segments = Vec::new();
    if bytes >= 1.0 {
        let total_operational = op_dc + op_net + op_dev;
        let total_embodied = em_dc + em_net + em_dev;
        segments = vec![
            ("dataCenterOperationalCO2e".to_owned(), op_dc),
            ("networkOperationalCO2e".to_owned(), op_net),
            ("consumerDeviceOperationalCO2e".to_owned(), op_dev),
            ("dataCenterEmbodiedCO2e".to_owned(), em_dc),
            ("networkEmbodiedCO2e".to_owned(), em_net),
            ("consumerDeviceEmbodiedCO2e".to_owned(), em_dev),
            ("totalEmbodiedCO2e".to_owned(), total_embodied),
            ("totalOperationalCO2e".to_owned(), total_operational),
            ("dataCenterCO2e".to_owned(), op_dc + em_dc),
            ("networkCO2e".to_owned(), op_net + em_net),
            ("consumerDeviceCO2e".to_owned(), op_dev + em_dev),
        ];
        if let Some([_, _, reload]) = visit {
            let first = op_dc * (1.0 - ghf) + em_dc + op_net + em_net + op_dev + em_dev;
            segments.push(("firstVisitCO2e".to_owned(), first));
            segments.push(("returnVisitCO2e".to_owned(), first * reload));
        }
    }

    let w = if bytes < 1.0 { 0.0 } else { visit_weight };
    let parts = vec![
        part(
            Segment::DataCentre,
            Kind::Operational,
            op_dc * (1.0 - ghf) * w,
            op_dc_e * w,
        ),
        part(
            Segment::Network,
            Kind::Operational,
            op_net * w,
            op_net_e * w,
        ),
        part(Segment::Device, Kind::Operational, op_dev * w, op_dev_e * w),
        part(Segment::DataCentre, Kind::Embodied, em_dc * w, 0.0),
        part(Segment::Network, Kind::Embodied, em_net * w, 0.0),
        part(Segment::Device, Kind::Embodied, em_dev * w, 0.0),
    ];
    ctx.formula(|| {
        "GB = bytes / 1e9; per segment s (data centre, network, device): operational = GB × \
         op_kWh_per_GB[s] × intensity[s]; embodied = GB × emb_kWh_per_GB[s] × 494 gCO2e/kWh; \
         data-centre operational × (1 − green hosting factor); per visit: first × first-visit \
         share + first × reload ratio × return-visit share (CO2.js 0.19.0, SWD v4)"
            .to_owned()
    });
    Ok(TransferResult {
        method: Method::SwdV4,
        per: request.per,
        co2e_g: total,
        rating: rating(Method::SwdV4, total),
        segments,
        parts,
        intensities: [i_dev, i_net, i_dc],
        visit,
        green_hosting_factor: ghf,
    })
}

fn part(segment: Segment, kind: Kind, co2e_g: f64, energy_kwh: f64) -> TransferPart {
    TransferPart {
        segment,
        kind,
        co2e_g,
        energy_kwh,
    }
}

fn swd_v3(request: &TransferRequest, ctx: &mut Context<'_>) -> Result<TransferResult, ModelError> {
    let kwh_per_gb = ctx.factor("swd-v3/energy-per-gb", &KWH_PER_GB)?;
    let share_dev = ctx.factor("swd-v3/share-device", &FRACTION)?;
    let share_net = ctx.factor("swd-v3/share-network", &FRACTION)?;
    let share_prod = ctx.factor("swd-v3/share-production", &FRACTION)?;
    let share_dc = ctx.factor("swd-v3/share-data-centre", &FRACTION)?;
    let global = ctx.factor("grid/ember/WORLD", &G_PER_KWH)?;
    let i_dev = resolve(ctx, &request.device, global)?;
    let i_net = resolve(ctx, &request.network, global)?;
    let mut i_dc = resolve(ctx, &request.data_centre, global)?;
    if request.green {
        // CO2.js v3: green hosting sets the data-centre intensity to 50 g/kWh, overriding
        // any intensity given for the data centre.
        i_dc = ctx.factor("swd-v3/renewables-grid-intensity", &G_PER_KWH)?;
    }

    // perByte clamps bytes below 1 to 0; perVisit does not, but sero refuses negative bytes
    // and 0 ≤ bytes < 1 gives the same grams either way to within CO2.js's own arithmetic.
    let bytes = match request.per {
        Per::Byte if request.bytes < 1.0 => 0.0,
        _ => request.bytes,
    };
    let energy = bytes / BYTES_PER_GB * kwh_per_gb;
    // Insertion order in CO2.js: consumer device, network, production, data centre.
    let components = [
        (Segment::Device, energy * share_dev, i_dev),
        (Segment::Network, energy * share_net, i_net),
        (Segment::Production, energy * share_prod, global),
        (Segment::DataCentre, energy * share_dc, i_dc),
    ];
    let names = [
        "consumerDeviceCO2",
        "networkCO2",
        "productionCO2",
        "dataCenterCO2",
    ];
    let mut segments = Vec::new();
    let mut parts = Vec::new();
    let (total, visit) = match request.per {
        Per::Byte => {
            let mut total: Option<f64> = None;
            for ((segment, e, intensity), name) in components.iter().zip(names) {
                let grams = e * intensity;
                total = Some(total.map_or(grams, |t| t + grams));
                segments.push((name.to_owned(), grams));
                parts.push(v3_part(*segment, grams, *e));
            }
            (total.unwrap_or(0.0), None)
        }
        Per::Visit => {
            let first_share = match request.first_visit_share {
                Some(v) => v,
                None => ctx.factor("swd-v3/first-visit-share", &FRACTION)?,
            };
            let return_share = match request.return_visit_share {
                Some(v) => v,
                None => ctx.factor("swd-v3/return-visit-share", &FRACTION)?,
            };
            let reload = match request.data_reload_ratio {
                Some(v) => v,
                None => ctx.factor("swd-v3/data-reload-ratio", &FRACTION)?,
            };
            let mut total: Option<f64> = None;
            for ((segment, e, intensity), name) in components.iter().zip(names) {
                let first_e = e * first_share;
                let subsequent_e = e * return_share * reload;
                let first = first_e * intensity;
                let subsequent = subsequent_e * intensity;
                total = Some(total.map_or(first, |t| t + first) + subsequent);
                segments.push((format!("{name} - first"), first));
                segments.push((format!("{name} - subsequent"), subsequent));
                parts.push(v3_part(
                    *segment,
                    first + subsequent,
                    first_e + subsequent_e,
                ));
            }
            (
                total.unwrap_or(0.0),
                Some([first_share, return_share, reload]),
            )
        }
    };
    ctx.formula(|| {
        "E = bytes / 1e9 × 0.81 kWh/GB; split device 52%, network 14%, production 19%, data \
         centre 15%; each share × its grid intensity (production always at the world average; \
         data centre at 50 g/kWh when green); per visit: × (first-visit share + return-visit \
         share × reload ratio) (CO2.js 0.19.0, SWD v3)"
            .to_owned()
    });
    Ok(TransferResult {
        method: Method::SwdV3,
        per: request.per,
        co2e_g: total,
        rating: rating(Method::SwdV3, total),
        segments,
        parts,
        intensities: [i_dev, i_net, i_dc],
        visit,
        green_hosting_factor: if request.green { 1.0 } else { 0.0 },
    })
}

fn v3_part(segment: Segment, co2e_g: f64, energy_kwh: f64) -> TransferPart {
    match segment {
        Segment::Production => part(segment, Kind::Embodied, co2e_g, 0.0),
        _ => part(segment, Kind::Operational, co2e_g, energy_kwh),
    }
}

fn one_byte(
    request: &TransferRequest,
    ctx: &mut Context<'_>,
) -> Result<TransferResult, ModelError> {
    let dc_kwh_b = ctx.factor("onebyte/data-centre", &KWH_PER_BYTE)?;
    let wired = ctx.factor("onebyte/network-fixed-wired", &KWH_PER_BYTE)?;
    let wifi = ctx.factor("onebyte/network-fixed-wifi", &KWH_PER_BYTE)?;
    let mobile = ctx.factor("onebyte/network-4g-mobile", &KWH_PER_BYTE)?;
    let net_kwh_b = (wired + wifi + mobile) / 3.0;
    let bytes = request.bytes;
    let (total, dc_g, net_g, i_dc, i_net) = if bytes < 1.0 {
        (0.0, 0.0, 0.0, 0.0, 0.0)
    } else if request.green {
        let i_dc = ctx.factor("onebyte/grid-intensity-data-centre-green", &G_PER_KWH)?;
        let i_net = ctx.factor("onebyte/grid-intensity-network", &G_PER_KWH)?;
        let dc = bytes * dc_kwh_b * i_dc;
        let net = bytes * net_kwh_b * i_net;
        (dc + net, dc, net, i_dc, i_net)
    } else {
        // CO2.js applies the data-centre intensity (519) to the network share as well.
        let i_dc = ctx.factor("onebyte/grid-intensity-data-centre-grey", &G_PER_KWH)?;
        let total = bytes * (dc_kwh_b + net_kwh_b) * i_dc;
        let dc = bytes * dc_kwh_b * i_dc;
        (total, dc, total - dc, i_dc, i_dc)
    };
    let energy = if bytes < 1.0 { 0.0 } else { bytes };
    let parts = vec![
        part(
            Segment::DataCentre,
            Kind::Operational,
            dc_g,
            energy * dc_kwh_b,
        ),
        part(
            Segment::Network,
            Kind::Operational,
            net_g,
            energy * net_kwh_b,
        ),
    ];
    ctx.formula(|| {
        "bytes × (data-centre kWh/byte + mean network kWh/byte) × 519 g/kWh; green: data centre \
         at 0 g/kWh and network at 475 g/kWh (CO2.js 0.19.0, OneByte; devices outside the \
         boundary)"
            .to_owned()
    });
    Ok(TransferResult {
        method: Method::OneByte,
        per: Per::Byte,
        co2e_g: total,
        rating: None,
        segments: Vec::new(),
        parts,
        intensities: [0.0, i_net, i_dc],
        visit: None,
        green_hosting_factor: if request.green { 1.0 } else { 0.0 },
    })
}

/// The `data-transfer` model: a per-page figure times page views.
pub struct DataTransfer;

/// The grid `data-transfer` uses by default with SWD v4: the United Kingdom's annual average
/// (`grid/ember/GBR`, Ember via CO2.js 0.19.0).
pub const DEFAULT_GRID: &str = "GBR";

/// True when the component uses SWD v4 (the default method).
fn uses_swd_v4(inputs: &Inputs) -> bool {
    inputs
        .text("method")
        .is_none_or(|m| Method::parse(m) == Some(Method::SwdV4))
}

const INTENSITY_DOC: &str =
    "gCO2e/kWh, or a country code (ISO 3166-1 alpha-3) for its annual average";

static INPUTS: [InputSpec; 17] = [
    InputSpec::new(
        "bytes",
        InputKind::Quantity(&BYTE),
        "Data transferred per page view (first view, as a browser measures it)",
    )
    .required()
    .min(0.0)
    .usual(10_000.0, 20_000_000.0),
    InputSpec::new(
        "measured",
        InputKind::Text { choices: &[] },
        "A JSON result of `sero journey` (its total) or `sero page` (its pages' first views, added up), relative to the manifest: sets `bytes` to what was measured",
    ),
    InputSpec::new("page_views", InputKind::Quantity(&ONE), "Page views per unit of the basis (per transaction, or in the period)")
        .default(DefaultValue::Number(1.0))
        .min(0.0),
    InputSpec::new(
        "method",
        InputKind::Text {
            choices: Method::NAMES,
        },
        "Estimation model",
    )
    .default(DefaultValue::Text("swd-v4")),
    InputSpec::new(
        "per",
        InputKind::Text {
            choices: &["byte", "visit"],
        },
        "`byte`: data as transferred (CO2.js perByte); `visit`: with visit shares and caching (CO2.js perVisit)",
    )
    .default(DefaultValue::Text("byte")),
    InputSpec::new("green_hosting", InputKind::Bool, "Hosting verified green (Green Web Foundation)")
        .default(DefaultValue::Bool(false)),
    InputSpec::new(
        "green_hosting_factor",
        InputKind::Quantity(&FRACTION),
        "SWD v4: share of hosting energy that is renewable or zero-carbon",
    )
    .min(0.0)
    .max(1.0),
    // The United Kingdom's annual average by default, the grid every other model defaults to
    // (`grid: GBR`) and the one `sero page` and `sero journey` use, so a measured page's grams
    // equal the same bytes in a manifest. SWD v3 and OneByte keep CO2.js's global figures.
    InputSpec::new("grid_intensity", InputKind::IntensityOrCountry, INTENSITY_DOC)
        .default(DefaultValue::Text(DEFAULT_GRID))
        .only_if(uses_swd_v4),
    InputSpec::new("grid_intensity_device", InputKind::IntensityOrCountry, INTENSITY_DOC),
    InputSpec::new("grid_intensity_network", InputKind::IntensityOrCountry, INTENSITY_DOC),
    InputSpec::new("grid_intensity_data_centre", InputKind::IntensityOrCountry, INTENSITY_DOC),
    InputSpec::new(
        "first_visit_share",
        InputKind::Quantity(&FRACTION),
        "Per visit: share of first visits",
    )
    .default(DefaultValue::Described("swd-v4: 1; swd-v3: 0.75"))
    .min(0.0)
    .max(1.0),
    InputSpec::new(
        "return_visit_share",
        InputKind::Quantity(&FRACTION),
        "Per visit: share of return visits",
    )
    .default(DefaultValue::Described("swd-v4: 0; swd-v3: 0.25"))
    .min(0.0)
    .max(1.0),
    InputSpec::new(
        "data_reload_ratio",
        InputKind::Quantity(&FRACTION),
        "Per visit: share of data loaded again on a return visit",
    )
    .default(DefaultValue::Described("swd-v4: 0; swd-v3: 0.02"))
    .min(0.0)
    .max(1.0),
    InputSpec::new(
        "include_device",
        InputKind::Bool,
        "Count the users' devices segment (set false when the devices are a component of their own, to avoid counting them twice)",
    )
    .default(DefaultValue::Bool(true)),
    InputSpec::new("include_network", InputKind::Bool, "Count the network segment")
        .default(DefaultValue::Bool(true)),
    InputSpec::new(
        "include_data_centre",
        InputKind::Bool,
        "Count the data-centre segment (set false when hosting is a component of its own)",
    )
    .default(DefaultValue::Bool(true)),
];

static SPEC: ModelSpec = ModelSpec {
    name: "data-transfer",
    summary: "Emissions of transferring web pages to users: Sustainable Web Design v4 (default) or v3, or OneByte, exactly as CO2.js 0.19.0 computes them",
    formula: "grams per page (see method) × page views; SWD v4: GB × kWh/GB per segment × grid intensity, plus embodied GB × kWh/GB × 494 g/kWh",
    inputs: &INPUTS,
    factors: &["swd-v4/", "swd-v3/", "onebyte/", "grid/ember/"],
    scopes: "data centre: Scope 3 cat 1 (purchased hosting); network and users' devices: Scope 3 cat 11 by analogy (downstream use, outside the organisation's control) — assumed, override with `scope`",
};

fn intensity_input(inputs: &Inputs, name: &str) -> Option<Intensity> {
    match inputs.get(name)? {
        InputValue::Number(n) => Some(Intensity::GramsPerKwh(*n)),
        InputValue::Text(code) => Some(Intensity::Country(code.clone())),
        _ => None,
    }
}

/// The transfer request a component's inputs describe.
fn request_of(inputs: &Inputs) -> Result<TransferRequest, ModelError> {
    let bytes = inputs.required_number("bytes")?;
    let method_text = inputs.text("method").unwrap_or("swd-v4");
    let method = Method::parse(method_text).ok_or_else(|| ModelError::InvalidInput {
        name: "method".to_owned(),
        reason: msg!("manifest-input-unknown-method", method = method_text),
    })?;
    let per = Per::parse(inputs.text("per").unwrap_or("byte")).unwrap_or(Per::Byte);
    let mut request = TransferRequest {
        method,
        per,
        bytes,
        green: inputs.bool("green_hosting").unwrap_or(false),
        green_hosting_factor: inputs.number("green_hosting_factor"),
        device: intensity_input(inputs, "grid_intensity_device"),
        network: intensity_input(inputs, "grid_intensity_network"),
        data_centre: intensity_input(inputs, "grid_intensity_data_centre"),
        first_visit_share: inputs.number("first_visit_share"),
        return_visit_share: inputs.number("return_visit_share"),
        data_reload_ratio: inputs.number("data_reload_ratio"),
    };
    request.fill_grid(intensity_input(inputs, "grid_intensity"));
    Ok(request)
}

impl Model for DataTransfer {
    fn spec(&self) -> &'static ModelSpec {
        &SPEC
    }

    fn check(&self, inputs: &Inputs) -> Result<(), ModelError> {
        validate(&request_of(inputs)?)
    }

    fn evaluate(&self, inputs: &Inputs, ctx: &mut Context<'_>) -> Result<Impact, ModelError> {
        let request = request_of(inputs)?;
        let (method, per) = (request.method, request.per);
        let page_views = inputs.number("page_views").unwrap_or(1.0);
        let result = estimate_transfer(&request, ctx)?;
        ctx.step(|| {
            format!(
                "{} per page ({}, per {}{}) × {} page views",
                grams(result.co2e_g),
                method.key(),
                per.key(),
                result
                    .rating
                    .map(|r| format!(", rating {r}"))
                    .unwrap_or_default(),
                crate::model::format_number(page_views)
            )
        });
        let include = |segment: Segment| match segment {
            Segment::Device => inputs.bool("include_device").unwrap_or(true),
            Segment::Network => inputs.bool("include_network").unwrap_or(true),
            Segment::DataCentre => inputs.bool("include_data_centre").unwrap_or(true),
            Segment::Production => ["include_device", "include_network", "include_data_centre"]
                .iter()
                .all(|name| inputs.bool(name).unwrap_or(true)),
        };
        if result.parts.iter().any(|p| !include(p.segment)) {
            ctx.step(|| {
                let left_out: Vec<&str> = [
                    Segment::Device,
                    Segment::Network,
                    Segment::DataCentre,
                    Segment::Production,
                ]
                .into_iter()
                .filter(|s| result.parts.iter().any(|p| p.segment == *s) && !include(*s))
                .map(Segment::key)
                .collect();
                format!("left out (modelled elsewhere): {}", left_out.join(", "))
            });
        }
        let mut impact = Impact::new(DataQuality::Modelled);
        // SWD v3's production share covers the hardware of all three segments; for the
        // boundary of a channel it is split between them in proportion to their energy.
        let segment_energy = |segment: Segment| {
            result
                .parts
                .iter()
                .filter(|p| p.segment == segment)
                .map(|p| p.energy_kwh)
                .fold(0.0, |a, b| a + b)
        };
        let operational_energy = segment_energy(Segment::Device)
            + segment_energy(Segment::Network)
            + segment_energy(Segment::DataCentre);
        for p in result.parts.iter().filter(|p| include(p.segment)) {
            let shares: Vec<(Segment, f64)> = match p.segment {
                Segment::Production if operational_energy > 0.0 => {
                    [Segment::Device, Segment::Network, Segment::DataCentre]
                        .into_iter()
                        .map(|s| (s, segment_energy(s) / operational_energy))
                        .collect()
                }
                Segment::Production => vec![(Segment::Network, 1.0)],
                segment => vec![(segment, 1.0)],
            };
            for (segment, share) in shares {
                let (element, scope) = match segment {
                    Segment::DataCentre => (Element::Hosting, Scope::Scope3(1)),
                    Segment::Device => (Element::CitizenDevice, Scope::Scope3(11)),
                    _ => (Element::Network, Scope::Scope3(11)),
                };
                impact = impact.part(
                    element,
                    part_label(p.segment, p.kind),
                    p.kind,
                    scope,
                    p.co2e_g / 1000.0 * page_views * share,
                    p.energy_kwh * page_views * share,
                );
            }
        }
        Ok(impact)
    }
}

fn part_label(segment: Segment, kind: Kind) -> &'static str {
    match (segment, kind) {
        (Segment::DataCentre, Kind::Operational) => "data centre, operational",
        (Segment::DataCentre, Kind::Embodied) => "data centre, embodied",
        (Segment::Network, Kind::Operational) => "network, operational",
        (Segment::Network, Kind::Embodied) => "network, embodied",
        (Segment::Device, Kind::Operational) => "device, operational",
        (Segment::Device, Kind::Embodied) => "device, embodied",
        (Segment::Production, _) => "production (embodied)",
    }
}

fn grams(value: f64) -> String {
    format!("{} gCO2e", crate::model::format_number(value))
}
