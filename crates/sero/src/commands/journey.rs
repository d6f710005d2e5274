//! `sero journey FILE`: a scripted user journey followed in headless Chromium, with each
//! step's bytes, requests and Sustainable Web Design estimate, and the journey's total.
//!
//! The JSON's `total.transfer_bytes` is what a manifest's `data-transfer` component reads
//! with `measured: FILE`.

use std::fmt::Write;

use serde_json::{Value, json};
use sero_core::journey::JourneyEstimate;
use sero_manifest::journey as file;
use sero_manifest::manifest::LoadError;
use sero_measure::JourneyMeasurement;

use super::page::{Budget, parse_budget, timing};
use super::print;
use crate::Failure;
use crate::cli::{JourneyArgs, JourneyFormat};
use crate::output::{Grid, count, number};

pub fn run(args: JourneyArgs) -> Result<(), Failure> {
    let (factors, _notes) = crate::library::load(&args.factors)?;
    let budget = args.budget.as_deref().map(parse_budget).transpose()?;
    let journey = file::load(&args.file).map_err(|error| match error {
        LoadError::Io { .. } => Failure::input(format!("error: {error}")),
        LoadError::Manifest(error) => Failure::input(error.rendered),
    })?;
    let (page_timeout, settle) = timing(args.timeout, args.settle)?;
    let options = sero_measure::Options {
        chromium: args.chromium.clone(),
        page_timeout,
        settle,
        scroll: false,
        repeat_view: false,
        coverage: false,
    };
    sero_measure::find_chromium(options.chromium.as_deref())
        .map_err(|e| Failure::input(format!("error: {e}")))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::input(format!("error: cannot start: {e}")))?;
    let measurement = runtime
        .block_on(async {
            let browser = sero_measure::Browser::launch(&options).await?;
            let result = sero_measure::measure_journey(&browser, &journey).await;
            // A browser that fails to close has still measured the journey.
            let _ = browser.close().await;
            result
        })
        .map_err(|e| Failure::input(format!("error: {e}")))?;

    let totals = sero_core::journey::estimate(
        measurement
            .steps
            .iter()
            .map(|step| (step.view.transfer_bytes(), step.view.requests())),
        &factors,
    )
    .map_err(|e| {
        Failure::input(format!(
            "error: step `{}`: {}",
            measurement.steps[e.index].name, e.error
        ))
    })?;
    let text = match args.format {
        JourneyFormat::Table => table(&measurement, &totals, budget),
        JourneyFormat::Json => json(&measurement, &totals, budget)?,
    };
    match &args.output {
        Some(path) => std::fs::write(path, &text).map_err(|e| {
            Failure::input(format!("error: cannot write `{}`: {e}", path.display()))
        })?,
        None => print(&text)?,
    }
    if let Some(failure) = &measurement.failure {
        return Err(Failure::input(format!(
            "error: {failure}\n  = note: the steps before it are reported above; the journey \
             stopped there"
        )));
    }
    if let Some(budget) = budget {
        let used = used(budget, &totals);
        if used > 1.0 {
            return Err(Failure::Check(format!(
                "over budget: journey `{}` ({:.0}% of the budget)",
                measurement.name,
                used * 100.0
            )));
        }
    }
    Ok(())
}

fn used(budget: Budget, totals: &JourneyEstimate) -> f64 {
    budget.used_by(totals.co2e_g, totals.transfer_bytes)
}

fn bytes(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{} MB", number(n as f64 / 1e6))
    } else if n >= 1000 {
        format!("{} kB", number(n as f64 / 1e3))
    } else {
        format!("{n} B")
    }
}

fn table(
    measurement: &JourneyMeasurement,
    totals: &JourneyEstimate,
    budget: Option<Budget>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Journey: {}\n", measurement.name);
    let mut grid = Grid::new(
        &[
            "#",
            "Step",
            "Action",
            "Transfer",
            "Requests",
            "gCO2e",
            "URL after",
        ],
        &[true, false, false, true, true, true, false],
    );
    for (index, (step, row)) in measurement.steps.iter().zip(&totals.steps).enumerate() {
        grid.row(vec![
            (index + 1).to_string(),
            step.name.clone(),
            format!("{} {}", step.action.kind(), step.action.target()),
            bytes(row.transfer_bytes),
            count(row.requests as f64),
            number(row.co2e_g),
            step.url.clone(),
        ]);
    }
    grid.row(vec![
        String::new(),
        "Total".to_owned(),
        String::new(),
        bytes(totals.transfer_bytes),
        count(totals.requests as f64),
        number(totals.co2e_g),
        String::new(),
    ]);
    out.push_str(&grid.render("  "));
    let _ = writeln!(
        out,
        "\n  gCO2e: Sustainable Web Design model v4, global grid intensity, per step as \
         transferred (cached files count nothing)."
    );
    if let Some(budget) = budget {
        let used = used(budget, totals);
        let _ = writeln!(
            out,
            "  Budget: {:.0}% used{}",
            used * 100.0,
            if used > 1.0 { " (over budget)" } else { "" }
        );
    }
    for step in &measurement.steps {
        for limit in &step.limits {
            let _ = writeln!(out, "  note: {limit}");
        }
    }
    if let Some(failure) = &measurement.failure {
        let _ = writeln!(out, "  not measured: {failure}");
    }
    out
}

fn json(
    measurement: &JourneyMeasurement,
    totals: &JourneyEstimate,
    budget: Option<Budget>,
) -> Result<String, Failure> {
    let steps: Vec<Value> = measurement
        .steps
        .iter()
        .zip(&totals.steps)
        .map(|(step, row)| {
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
                    "transfer_bytes": r.transfer_bytes,
                })).collect::<Vec<_>>(),
                "limits": step.limits,
            })
        })
        .collect();
    let doc = json!({
        "journey": measurement.name,
        "model": "swd-v4",
        "steps": steps,
        "total": {
            "transfer_bytes": totals.transfer_bytes,
            "requests": totals.requests,
            "co2e_g": totals.co2e_g,
        },
        "budget": budget.map(|b| json!({"used": used(b, totals)})),
        "error": measurement.failure.as_ref().map(|f| json!({
            "step": f.step,
            "name": f.name,
            "message": f.error.to_string(),
        })),
    });
    crate::output::document::write(crate::output::document::Kind::Journey, None, doc)
}
