//! `sero journey FILE`: a scripted user journey followed in headless Chromium, with each
//! step's bytes, requests and Sustainable Web Design estimate, and the journey's total.
//!
//! The JSON's `total.transfer_bytes` is what a manifest's `data-transfer` component reads
//! with `measured: FILE`.

use std::fmt::Write;

use serde_json::{Value, json};
use sero_core::factor::FactorSet;
use sero_core::models::data_transfer::TransferRequest;
use sero_core::page_report::{GridUsed, grid_used};
use sero_manifest::journey as file;
use sero_measure::JourneyMeasurement;

use super::page::{Budget, parse_budget, show, show_limit, timing};
use crate::Failure;
use crate::cli::{JourneyArgs, JourneyFormat};
use crate::i18n::localizer;
use crate::output::Grid;
use crate::output::layout::{column_unit, mass, symbol};
use crate::output::page::{budget_row, bytes, grid_sentence, journey_over_budget};
use crate::tr;

/// One measured step with its estimate.
struct StepRow<'a> {
    step: &'a sero_measure::StepMeasurement,
    transfer_bytes: u64,
    requests: usize,
    co2e_g: f64,
}

struct Totals {
    transfer_bytes: u64,
    requests: usize,
    co2e_g: f64,
}

pub fn run(args: JourneyArgs) -> Result<(), Failure> {
    let (factors, _notes) = crate::library::load(&args.factors)?;
    let budget = parse_budget(args.budget.as_deref())?;
    let journey = file::load(&args.file)
        .map_err(|error| super::load_failure(error, &crate::tr!("hint-journey-path")))?;
    let (page_timeout, settle) = timing(args.timeout, args.settle)?;
    let options = sero_measure::Options {
        chromium: args.chromium.clone(),
        page_timeout,
        settle,
        scroll: false,
        repeat_view: false,
        coverage: false,
        cookies: Vec::new(),
    };
    sero_measure::find_chromium(options.chromium.as_deref())
        .map_err(|e| Failure::input(tr!("error-line", message = e.to_string())))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::input(tr!("page-cannot-start", reason = e.to_string())))?;
    let measurement = runtime
        .block_on(async {
            let browser = sero_measure::Browser::launch(&options).await?;
            let result = sero_measure::measure_journey(&browser, &journey).await;
            // A browser that fails to close has still measured the journey.
            let _ = browser.close().await;
            result
        })
        .map_err(|e| Failure::input(tr!("error-line", message = e.to_string())))?;

    let template = super::page_template(&args.grid);
    let rows = estimate(&measurement, &template, &factors)?;
    let grid = grid_used(&template, &factors)
        .map_err(|e| Failure::input(tr!("error-line", message = e.message())))?;
    let totals = Totals {
        transfer_bytes: rows.iter().map(|r| r.transfer_bytes).sum(),
        requests: rows.iter().map(|r| r.requests).sum(),
        co2e_g: rows.iter().map(|r| r.co2e_g).sum(),
    };
    let text = match args.report.format {
        JourneyFormat::Table => table(&measurement, &rows, &totals, &grid, budget),
        JourneyFormat::Json => json(&measurement, &rows, &totals, &grid, budget)?,
    };
    super::emit(args.report.output.as_deref(), &text)?;
    if let Some(failure) = &measurement.failure {
        return Err(Failure::input(tr!(
            "journey-stopped",
            error = failure.to_string()
        )));
    }
    if let Some(budget) = budget {
        let used = used(budget, &totals);
        if used > 1.0 {
            return Err(Failure::Check(journey_over_budget(
                &measurement.name,
                &show(budget, budget.actual(totals.co2e_g, totals.transfer_bytes)),
                &show_limit(budget),
                used,
            )));
        }
    }
    Ok(())
}

/// Each step's grams by the Sustainable Web Design model v4 as `sero page` estimates them (per
/// visit, the United Kingdom's grid), from the bytes the step transferred.
fn estimate<'a>(
    measurement: &'a JourneyMeasurement,
    template: &TransferRequest,
    factors: &FactorSet,
) -> Result<Vec<StepRow<'a>>, Failure> {
    let estimate = sero_core::journey::estimate(
        measurement
            .steps
            .iter()
            .map(|step| (step.view.transfer_bytes(), step.view.requests())),
        template,
        factors,
    )
    .map_err(|e| {
        Failure::input(tr!(
            "journey-step-error",
            step = measurement.steps[e.index].name.as_str(),
            error = e.error.message()
        ))
    })?;
    Ok(measurement
        .steps
        .iter()
        .zip(estimate.steps)
        .map(|(step, e)| StepRow {
            step,
            transfer_bytes: e.transfer_bytes,
            requests: e.requests,
            co2e_g: e.co2e_g,
        })
        .collect())
}

fn used(budget: Budget, totals: &Totals) -> f64 {
    budget.actual(totals.co2e_g, totals.transfer_bytes) / budget.limit
}

fn table(
    measurement: &JourneyMeasurement,
    rows: &[StepRow<'_>],
    totals: &Totals,
    intensity: &GridUsed,
    budget: Option<Budget>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        tr!("journey-title", name = measurement.name.as_str())
    );
    let unit = column_unit(rows.iter().map(|r| r.co2e_g / 1000.0), None);
    let head = [
        "#".to_owned(),
        tr!("journey-column-step"),
        tr!("journey-column-action"),
        tr!("journey-column-transfer"),
        tr!("journey-column-requests"),
        symbol(unit).to_owned(),
        tr!("journey-column-url-after"),
    ];
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    let mut grid = Grid::new(&head, &[true, false, false, true, true, true, false]);
    for (index, row) in rows.iter().enumerate() {
        grid.row(vec![
            (index + 1).to_string(),
            // The opening of `start`, which sero names: in the reader's language.
            if index == 0 && row.step.name == sero_measure::START_STEP {
                tr!("journey-start-step")
            } else {
                row.step.name.clone()
            },
            format!("{} {}", row.step.action.kind(), row.step.action.target()),
            bytes(row.transfer_bytes),
            localizer().count(row.requests as i64),
            mass(row.co2e_g / 1000.0, unit),
            row.step.url.clone(),
        ]);
    }
    grid.row(vec![
        String::new(),
        tr!("journey-total"),
        String::new(),
        bytes(totals.transfer_bytes),
        localizer().count(totals.requests as i64),
        mass(totals.co2e_g / 1000.0, unit),
        String::new(),
    ]);
    let width = crate::output::layout::width();
    let wrap = |text: &str| crate::output::layout::wrap(text, width, "  ", "    ");
    // Names, actions and URLs are cut with `…` when the terminal is narrow; figures never.
    out.push_str(&grid.render_within("  ", width, &[1, 2, 6]));
    out.push('\n');
    out.push_str(&wrap(&tr!("journey-model-note", unit = symbol(unit))));
    out.push_str(&wrap(&grid_sentence(
        intensity.code.as_deref(),
        intensity.g_per_kwh,
        intensity.factor.as_deref(),
    )));
    if let Some(budget) = budget {
        let used = used(budget, totals);
        out.push_str(&wrap(&tr!(
            "journey-budget",
            budget = budget_row(
                &show(budget, budget.actual(totals.co2e_g, totals.transfer_bytes)),
                &show_limit(budget),
                used,
            )
        )));
    }
    for step in &measurement.steps {
        for limit in &step.limits {
            out.push_str(&wrap(&tr!("journey-note", note = limit)));
        }
    }
    if let Some(failure) = &measurement.failure {
        let _ = writeln!(
            out,
            "  {}",
            tr!("journey-not-measured", error = failure.to_string())
        );
    }
    out
}

fn json(
    measurement: &JourneyMeasurement,
    rows: &[StepRow<'_>],
    totals: &Totals,
    grid: &GridUsed,
    budget: Option<Budget>,
) -> Result<String, Failure> {
    let steps: Vec<Value> = rows
        .iter()
        .map(|row| {
            let step = row.step;
            json!({
                "name": step.name,
                "action": step.action.kind(),
                "target": step.action.target(),
                "url": step.url,
                "transfer_bytes": row.transfer_bytes,
                "requests": row.requests,
                "co2e_g": row.co2e_g,
                "dom_elements": step.dom_elements,
                "resources": step.view.resources.iter().map(|r| json!({
                    "url": r.url,
                    "domain": r.domain,
                    "first_party": r.first_party,
                    "type": r.resource_type,
                    "status": r.status,
                    "from_cache": r.from_cache,
                    "cancelled": r.cancelled,
                    "transfer_bytes": r.transfer_bytes,
                })).collect::<Vec<_>>(),
                "limits": step.limits,
            })
        })
        .collect();
    let doc = json!({
        "journey": measurement.name,
        "model": "swd-v4",
        "grid": {"code": grid.code, "g_per_kwh": grid.g_per_kwh, "factor": grid.factor},
        "steps": steps,
        "total": {
            "transfer_bytes": totals.transfer_bytes,
            "requests": totals.requests,
            "co2e_g": totals.co2e_g,
        },
        "budget": budget.map(|b| json!({
            "used": used(b, totals),
            "over": used(b, totals) > 1.0,
            "actual": b.actual(totals.co2e_g, totals.transfer_bytes),
            "limit": b.limit,
            "unit": b.unit.symbol,
        })),
        "error": measurement.failure.as_ref().map(|f| json!({
            "step": f.step,
            "name": f.name,
            "message": f.error.to_string(),
        })),
    });
    crate::output::document::write(crate::output::document::Kind::Journey, None, doc)
}
