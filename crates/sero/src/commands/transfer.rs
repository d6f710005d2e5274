//! `sero transfer --bytes N`: the data-transfer model on its own, with every CO2.js option.

use serde_json::json;

use sero_core::model::{Context, ModelError};
use sero_core::models::data_transfer::{
    Intensity, Method, Per, TransferRequest, estimate_transfer,
};
use sero_core::units::{BYTE, parse_quantity};

use crate::Failure;
use crate::cli::{TransferArgs, TransferFormat, TransferModel, TransferPer};
use crate::library;
use crate::output::Grid;
use crate::tr;

/// The command-line flag for a model input (`grid_intensity_device` →
/// `grid-intensity-device`), always one the user gave: a segment's intensity that came from
/// `--grid` or `--country` is named after that option, and a country that has no grid
/// average came from `--country` (`--grid` takes numbers only).
fn flag_of(input: &str, args: &TransferArgs) -> String {
    let whole_grid = || {
        if args.grid.country.is_some() {
            "country"
        } else {
            "grid"
        }
        .to_owned()
    };
    match input {
        "method" => "model".to_owned(),
        "grid_intensity" => whole_grid(),
        "grid_intensity_device" if args.grid_intensity_device.is_none() => whole_grid(),
        "grid_intensity_network" if args.grid_intensity_network.is_none() => whole_grid(),
        "grid_intensity_data_centre" if args.grid_intensity_data_centre.is_none() => whole_grid(),
        other => other.replace('_', "-"),
    }
}

pub fn run(args: TransferArgs) -> Result<(), Failure> {
    let (factors, _notes) = library::load(&args.factors)?;
    let bytes = parse_quantity(&args.bytes, &BYTE).map_err(|e| {
        Failure::input(tr!(
            "transfer-bytes-invalid",
            bytes = args.bytes.as_str(),
            reason = e.to_string()
        ))
    })?;
    let method = match args.model {
        TransferModel::SwdV4 => Method::SwdV4,
        TransferModel::SwdV3 => Method::SwdV3,
        TransferModel::OneByte => Method::OneByte,
    };
    let mut request = TransferRequest {
        method,
        per: match args.per {
            TransferPer::Byte => Per::Byte,
            TransferPer::Visit => Per::Visit,
        },
        bytes,
        green: args.green,
        green_hosting_factor: args.green_hosting_factor,
        device: args.grid_intensity_device.map(Intensity::GramsPerKwh),
        network: args.grid_intensity_network.map(Intensity::GramsPerKwh),
        data_centre: args.grid_intensity_data_centre.map(Intensity::GramsPerKwh),
        first_visit_share: args.first_visit_share,
        return_visit_share: args.return_visit_share,
        data_reload_ratio: args.data_reload_ratio,
    };
    // `--grid` and `--country` fill only the segments not given their own intensity.
    request.fill_grid(super::chosen_grid(&args.grid));
    let mut ctx = Context::explaining(&factors, 0.0);
    let result = estimate_transfer(&request, &mut ctx).map_err(|e| {
        let message = match &e {
            ModelError::InvalidInput { name, reason } => sero_core::msg!(
                "transfer-flag-invalid",
                flag = flag_of(name, &args),
                reason = reason.clone()
            ),
            other => other.message(),
        };
        Failure::input(tr!("transfer-invalid", error = message))
    })?;
    let text = match args.report.format {
        TransferFormat::Json => {
            let segments: serde_json::Map<String, serde_json::Value> = result
                .segments
                .iter()
                .map(|(k, v)| (k.clone(), json!(v)))
                .collect();
            let doc = json!({
                "co2e_g": result.co2e_g,
                "rating": result.rating,
                "model": result.method.key(),
                "per": result.per.key(),
                "bytes": bytes,
                "green": args.green,
                "green_hosting_factor": result.green_hosting_factor,
                "grid_intensity_g_per_kwh": {
                    "device": result.intensities[0],
                    "network": result.intensities[1],
                    "data_centre": result.intensities[2],
                },
                "visit": result.visit.map(|[first, ret, reload]| json!({
                    "first_visit_share": first, "return_visit_share": ret, "data_reload_ratio": reload
                })),
                "segments": segments,
                "parts": result.parts.iter().map(|p| json!({
                    "segment": p.segment.key(),
                    "kind": match p.kind { sero_core::Kind::Operational => "operational", sero_core::Kind::Embodied => "embodied" },
                    "co2e_g": p.co2e_g,
                    "energy_kwh": p.energy_kwh,
                })).collect::<Vec<_>>(),
            });
            crate::output::document::write(crate::output::document::Kind::Transfer, None, doc)?
        }
        TransferFormat::Table => {
            let l = crate::i18n::localizer();
            let width = crate::output::layout::width();
            let wrap = |text: &str| crate::output::layout::wrap(text, width, "", "  ");
            let grams = l.number(result.co2e_g);
            let bytes = l.number_or_count(bytes);
            let per = match result.per.key() {
                "visit" => tr!("transfer-per-visit"),
                _ => tr!("transfer-per-byte"),
            };
            let result_sentence = match result.rating {
                Some(rating) => tr!(
                    "transfer-result-rated",
                    grams = grams.as_str(),
                    bytes = bytes.as_str(),
                    model = result.method.key(),
                    per = per.as_str(),
                    rating = rating
                ),
                None => tr!(
                    "transfer-result",
                    grams = grams.as_str(),
                    bytes = bytes.as_str(),
                    model = result.method.key(),
                    per = per.as_str()
                ),
            };
            let mut out = wrap(&result_sentence);
            out.push_str(&wrap(&tr!(
                "transfer-intensities",
                device = l.number_or_count(result.intensities[0]),
                network = l.number_or_count(result.intensities[1]),
                data_centre = l.number_or_count(result.intensities[2])
            )));
            out.push('\n');
            let head = [
                tr!("transfer-column-segment"),
                tr!("transfer-column-kind"),
                "gCO2e".to_owned(),
                "kWh".to_owned(),
            ];
            let head: Vec<&str> = head.iter().map(String::as_str).collect();
            let mut grid = Grid::new(&head, &[false, false, true, true]);
            for p in &result.parts {
                grid.row(vec![
                    match p.segment.key() {
                        "device" => tr!("transfer-segment-device"),
                        "network" => tr!("transfer-segment-network"),
                        "data-centre" => tr!("transfer-segment-data-centre"),
                        "production" => tr!("transfer-segment-production"),
                        other => other.to_owned(),
                    },
                    match p.kind {
                        sero_core::Kind::Operational => tr!("estimate-operational"),
                        sero_core::Kind::Embodied => tr!("estimate-embodied"),
                    },
                    l.number(p.co2e_g),
                    l.number(p.energy_kwh),
                ]);
            }
            out.push_str(&grid.render_within("", width, &[0, 1]));
            out
        }
    };
    super::emit(args.report.output.as_deref(), &text)
}
