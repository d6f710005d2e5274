//! `sero page URL...`: pages measured in headless Chromium, reported with their bytes, their
//! Sustainable Web Design estimate and rating, EcoIndex, and what to fix first.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::io::IsTerminal;
use std::time::Duration;

use sero_core::models::data_transfer::Intensity;
use sero_core::page_report::{PageReport, default_template, page_report};
use sero_core::units::{BYTE, G_CO2E, parse_quantity};

use super::print;
use crate::Failure;
use crate::cli::{PageArgs, PageFormat};
use crate::library;
use crate::output::page as render;

/// A budget on a page's first view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    Grams(f64),
    Bytes(f64),
}

impl Budget {
    pub fn parse(text: &str) -> Result<Budget, Failure> {
        let trimmed = text.trim();
        let grams = trimmed
            .strip_suffix("gCO2e")
            .or_else(|| trimmed.strip_suffix('g'))
            .filter(|n| !n.ends_with(['k', 'M', 'G', 'T']));
        let parsed = match grams {
            Some(number) => parse_quantity(&format!("{number} gCO2e"), &G_CO2E).map(Budget::Grams),
            None => parse_quantity(trimmed, &BYTE).map(Budget::Bytes),
        };
        parsed.map_err(|e| {
            Failure::input(format!(
                "error: --budget {text}: {e}\n  = hint: give grams of CO2e per view (`0.3g`) or a size (`1MB`)"
            ))
        })
    }

    /// How much of the budget the page uses (over 1: over budget).
    pub fn used(self, report: &PageReport) -> f64 {
        match self {
            Budget::Grams(limit) => report.co2e_g / limit,
            Budget::Bytes(limit) => report.transfer_bytes as f64 / limit,
        }
    }
}

fn collect_urls(args: &PageArgs) -> Result<Vec<String>, Failure> {
    let mut urls = args.urls.clone();
    if let Some(path) = &args.url_file {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::input(format!("error: cannot read `{}`: {e}", path.display())))?;
        urls.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned),
        );
    }
    if let Some(path) = &args.sitemap {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::input(format!("error: cannot read `{}`: {e}", path.display())))?;
        let document = roxmltree::Document::parse(&text).map_err(|e| {
            Failure::input(format!(
                "error: `{}` is not a sitemap: {e}\n  = hint: a sitemap is an XML file of <url><loc>…</loc></url> entries",
                path.display()
            ))
        })?;
        urls.extend(
            document
                .descendants()
                .filter(|n| n.has_tag_name("loc"))
                .filter_map(|n| n.text())
                .map(|t| t.trim().to_owned()),
        );
    }
    if urls.is_empty() {
        return Err(Failure::input(
            "error: no page to measure\n  = hint: give URLs, `--urls FILE` or `--sitemap FILE`",
        ));
    }
    let bad: Vec<&String> = urls
        .iter()
        .filter(|u| !(u.starts_with("http://") || u.starts_with("https://")))
        .collect();
    if !bad.is_empty() {
        return Err(Failure::input(format!(
            "error: not a web address: {}\n  = hint: URLs start with `https://` or `http://`",
            bad.iter()
                .map(|u| format!("`{u}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok(urls)
}

fn green_domains(args: &PageArgs) -> Result<BTreeSet<String>, Failure> {
    let mut green: BTreeSet<String> = args
        .green_domains
        .iter()
        .map(|d| d.trim().to_ascii_lowercase())
        .collect();
    if let Some(path) = &args.green_list {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::input(format!("error: cannot read `{}`: {e}", path.display())))?;
        green.extend(
            text.lines()
                .map(|l| l.trim().to_ascii_lowercase())
                .filter(|l| !l.is_empty() && !l.starts_with('#')),
        );
    }
    Ok(green)
}

pub fn run(args: PageArgs) -> Result<(), Failure> {
    let (factors, _notes) = library::load(&args.factors)?;
    let urls = collect_urls(&args)?;
    let budget = args.budget.as_deref().map(Budget::parse).transpose()?;
    let green = green_domains(&args)?;
    if !args.timeout.is_finite() || args.timeout <= 0.0 {
        return Err(Failure::input(
            "error: --timeout must be a number of seconds above 0",
        ));
    }
    if !args.settle.is_finite() || args.settle < 0.0 {
        return Err(Failure::input(
            "error: --settle must be a number of seconds, 0 or more",
        ));
    }
    let options = sero_measure::Options {
        chromium: args.chromium.clone(),
        page_timeout: Duration::from_secs_f64(args.timeout),
        scroll: !args.no_scroll,
        repeat_view: !args.no_repeat_view,
        settle: Duration::from_secs_f64(args.settle),
        ..sero_measure::Options::default()
    };
    // Fail early, with the install hint, when there is no browser.
    sero_measure::find_chromium(options.chromium.as_deref())
        .map_err(|e| Failure::input(format!("error: {e}")))?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::input(format!("error: cannot start: {e}")))?;
    let total = urls.len();
    let show_progress = std::io::stderr().is_terminal() && total > 1;
    let mut done = 0;
    let results = runtime.block_on(sero_measure::measure_many(
        &urls,
        &options,
        args.concurrency,
        |_, url| {
            done += 1;
            if show_progress {
                eprintln!("[{done}/{total}] {url}");
            }
        },
    ));

    let mut template = default_template();
    if let Some(country) = &args.country {
        for segment in [
            &mut template.device,
            &mut template.network,
            &mut template.data_centre,
        ] {
            *segment = Some(Intensity::Country(country.clone()));
        }
    }
    let is_green = |domain: &str| -> Option<bool> {
        if green.is_empty() {
            None
        } else {
            Some(green.contains(&domain.to_ascii_lowercase()))
        }
    };
    let mut reports = Vec::new();
    let mut errors = Vec::new();
    for (url, result) in results {
        match result {
            Ok(measurement) => match page_report(measurement, &is_green, &template, &factors) {
                Ok(report) => reports.push(report),
                Err(e) => errors.push((url, e.to_string())),
            },
            Err(e) => errors.push((url, e.to_string())),
        }
    }
    let text = match args.format {
        PageFormat::Table => render::table(&reports, &errors, budget),
        PageFormat::Json => render::json(&reports, &errors, budget),
        PageFormat::Html => render::html(&reports, &errors, budget),
    };
    match &args.output {
        Some(path) => std::fs::write(path, &text).map_err(|e| {
            Failure::input(format!("error: cannot write `{}`: {e}", path.display()))
        })?,
        None => print(&text)?,
    }
    for (url, error) in &errors {
        eprintln!("error: {url}: {error}");
    }
    if !errors.is_empty() {
        return Err(Failure::input(format!(
            "error: {} of {total} pages could not be measured (the others are reported above)",
            errors.len()
        )));
    }
    if let Some(budget) = budget {
        let over: Vec<&PageReport> = reports.iter().filter(|r| budget.used(r) > 1.0).collect();
        if !over.is_empty() {
            let mut message = String::new();
            for report in over {
                let _ = writeln!(
                    message,
                    "over budget: {} ({:.0}% of the budget)",
                    report.measurement.url,
                    budget.used(report) * 100.0
                );
            }
            return Err(Failure::Check(message));
        }
    }
    Ok(())
}
