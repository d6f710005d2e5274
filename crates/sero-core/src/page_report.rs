//! A measured page's report: bytes by type and by domain, the Sustainable Web Design estimate
//! per visit with its rating (each domain at its own green-hosting status, as sitespeed.io
//! does), EcoIndex, and the findings.

use crate::ecoindex::{EcoIndex, ecoindex};
use crate::factor::FactorLibrary;
use crate::findings::{Finding, WSG_2026, findings};
use crate::model::{Context, ModelError};
use crate::models::data_transfer::{
    DEFAULT_GRID, Intensity, Method, Per, TransferRequest, country_intensity, estimate_transfer,
    rating,
};
use crate::page::{PageMeasurement, View};
use crate::units::G_PER_KWH;

/// Bytes and requests of one group (a resource type, a domain).
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub key: String,
    pub transfer_bytes: u64,
    pub requests: usize,
    pub first_party: bool,
    /// For domains: hosted green (`Some(true)`), not (`Some(false)`), or unknown.
    pub green: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PageReport {
    pub measurement: PageMeasurement,
    pub transfer_bytes: u64,
    pub repeat_transfer_bytes: Option<u64>,
    pub requests: usize,
    pub co2e_g: f64,
    pub repeat_co2e_g: Option<f64>,
    pub rating: &'static str,
    pub ecoindex: EcoIndex,
    pub by_type: Vec<Group>,
    pub by_domain: Vec<Group>,
    pub findings: Vec<Finding>,
    /// The grid intensity the estimate used.
    pub grid: GridUsed,
}

/// The grid intensity of an estimate's devices, network and data centres.
#[derive(Clone, Debug, PartialEq)]
pub struct GridUsed {
    /// The country or region code (`GBR`), or `None` for a number given as such or the
    /// model's global average.
    pub code: Option<String>,
    pub g_per_kwh: f64,
    /// The factor it comes from (`grid/ember/GBR`, `swd-v4/global-grid-intensity`), `None` for
    /// a number given as such.
    pub factor: Option<String>,
}

/// The grid of `template`'s data centres (the page templates give every segment the same).
pub fn grid_used(
    template: &TransferRequest,
    library: &dyn FactorLibrary,
) -> Result<GridUsed, ModelError> {
    let mut ctx = Context::explaining(library, 0.0);
    match &template.data_centre {
        Some(Intensity::Country(code)) => {
            let g_per_kwh = country_intensity(&mut ctx, code)?;
            // `UK` and `GB` are read as `GBR`, as `country_intensity` does.
            let code = match code.to_ascii_uppercase().as_str() {
                "UK" | "GB" => "GBR".to_owned(),
                other => other.to_owned(),
            };
            Ok(GridUsed {
                g_per_kwh,
                factor: Some(format!("grid/ember/{code}")),
                code: Some(code),
            })
        }
        Some(Intensity::GramsPerKwh(value)) => Ok(GridUsed {
            code: None,
            g_per_kwh: *value,
            factor: None,
        }),
        None => {
            let id = "swd-v4/global-grid-intensity";
            Ok(GridUsed {
                code: None,
                g_per_kwh: ctx.factor(id, &G_PER_KWH)?,
                factor: Some(id.to_owned()),
            })
        }
    }
}

fn group_by(view: &View, key: impl Fn(&crate::page::Resource) -> String) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for r in &view.resources {
        let k = key(r);
        let requests = usize::from(!r.from_cache);
        match groups.iter_mut().find(|g| g.key == k) {
            Some(g) => {
                g.transfer_bytes += r.transfer_bytes;
                g.requests += requests;
            }
            None => groups.push(Group {
                key: k,
                transfer_bytes: r.transfer_bytes,
                requests,
                first_party: r.first_party,
                green: None,
            }),
        }
    }
    groups.sort_by(|a, b| {
        b.transfer_bytes
            .cmp(&a.transfer_bytes)
            .then(a.key.cmp(&b.key))
    });
    groups
}

/// SWD v4 grams for a view, each domain's bytes at its own green status.
fn view_grams(
    view: &View,
    green: &dyn Fn(&str) -> Option<bool>,
    template: &TransferRequest,
    library: &dyn FactorLibrary,
) -> Result<f64, ModelError> {
    let mut grams = 0.0;
    for domain in group_by(view, |r| r.domain.clone()) {
        let mut request = template.clone();
        request.bytes = domain.transfer_bytes as f64;
        request.green = green(&domain.key).unwrap_or(false) || template.green;
        let mut ctx = Context::explaining(library, 0.0);
        grams += estimate_transfer(&request, &mut ctx)?.co2e_g;
    }
    Ok(grams)
}

/// The report of `measurement`. `template` carries the data-transfer settings (method, grid
/// intensities); its `bytes` is ignored. `green` answers for each domain.
pub fn page_report(
    measurement: PageMeasurement,
    green: &dyn Fn(&str) -> Option<bool>,
    template: &TransferRequest,
    library: &dyn FactorLibrary,
) -> Result<PageReport, ModelError> {
    let first = &measurement.first_view;
    let transfer_bytes = first.transfer_bytes();
    let requests = first.requests();
    let co2e_g = view_grams(first, green, template, library)?;
    let repeat_co2e_g = match &measurement.repeat_view {
        Some(view) => Some(view_grams(view, green, template, library)?),
        None => None,
    };
    let method = match template.method {
        Method::OneByte => Method::SwdV4,
        m => m,
    };
    let grams_per_byte = if transfer_bytes > 0 {
        co2e_g / transfer_bytes as f64
    } else {
        0.0
    };
    let mut by_domain = group_by(first, |r| r.domain.clone());
    for d in &mut by_domain {
        d.green = green(&d.key);
    }
    let eco = ecoindex(
        measurement.dom_elements as f64,
        requests as f64,
        transfer_bytes as f64 / 1000.0,
    );
    let found = findings(&measurement, grams_per_byte, &WSG_2026);
    let grid = grid_used(template, library)?;
    Ok(PageReport {
        transfer_bytes,
        repeat_transfer_bytes: measurement.repeat_view.as_ref().map(View::transfer_bytes),
        requests,
        co2e_g,
        repeat_co2e_g,
        rating: rating(method, co2e_g).unwrap_or("–"),
        ecoindex: eco,
        by_type: group_by(first, |r| r.resource_type.clone()),
        by_domain,
        findings: found,
        grid,
        measurement,
    })
}

/// The default settings: SWD v4 per visit, first visits only (CO2.js's defaults), at the grid
/// manifests default to, the United Kingdom's annual average, for devices, network and data
/// centres: a page's grams equal those of its bytes in a manifest's `data-transfer` component.
pub fn default_template() -> TransferRequest {
    let mut request = TransferRequest::new(Method::SwdV4, 0.0);
    request.per = Per::Visit;
    for segment in [
        &mut request.device,
        &mut request.network,
        &mut request.data_centre,
    ] {
        *segment = Some(Intensity::Country(DEFAULT_GRID.to_owned()));
    }
    request
}
