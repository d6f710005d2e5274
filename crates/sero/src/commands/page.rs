//! `sero page URL...`: pages measured in headless Chromium (or, with `--http-only`, fetched
//! without a browser), reported with their bytes, each domain's green hosting, their
//! Sustainable Web Design estimate and rating, EcoIndex, and what to fix first.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sero_core::page::PageMeasurement;
use sero_core::page_report::{PageReport, page_report};
use sero_measure::MeasureError;
use sero_measure::green::{self, GreenCheck, Hosting, parse_green_list};

use crate::Failure;
use crate::cli::{GreenCheckMode, PageArgs, PageFormat};
use crate::library;
use crate::output::page as render;
pub use crate::output::page::{show, show_limit};
use crate::tr;
pub use sero_core::budget::Budget;

/// `--budget`, read (`0.3g`, `1MB`), or the reason it cannot be, in the reader's language.
pub fn parse_budget(text: Option<&str>) -> Result<Option<Budget>, Failure> {
    text.map(Budget::parse)
        .transpose()
        .map_err(|message| Failure::input(crate::i18n::tr(&message)))
}

fn cannot_read(path: &std::path::Path, e: &std::io::Error) -> Failure {
    Failure::input(tr!(
        "page-cannot-read",
        path = path.display().to_string(),
        reason = e.to_string()
    ))
}

/// A list file's text (`--urls`, `--sitemap`, `--green-list`), read whole only within sero's
/// limit on a file's size, as UTF-8 (else placed by line and column).
fn read_list(path: &std::path::Path) -> Result<String, Failure> {
    sero_limits::read_text(path).map_err(|e| match e {
        sero_limits::ReadError::Io(e) => cannot_read(path, &e),
        other => crate::output::refuse(
            other.message(&path.display().to_string()),
            other
                .hint()
                .unwrap_or(sero_core::msg!("limit-not-utf8-hint")),
        ),
    })
}

/// Refuses a list of more than [`sero_limits::LIST_LENGTH`] entries, naming its file.
fn check_length(path: &std::path::Path, entries: usize) -> Result<(), Failure> {
    let limit = &sero_limits::LIST_LENGTH;
    if limit.over(entries as u64) {
        return Err(crate::output::refuse(
            sero_limits::at(
                &path.display().to_string(),
                None,
                None,
                limit.exceeded(Some(entries as u64)),
            ),
            limit.hint(),
        ));
    }
    Ok(())
}

fn collect_urls(args: &PageArgs) -> Result<Vec<String>, Failure> {
    let mut urls = args.urls.clone();
    if let Some(path) = &args.url_file {
        let text = read_list(path)?;
        let before = urls.len();
        urls.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned),
        );
        check_length(path, urls.len() - before)?;
    }
    if let Some(path) = &args.sitemap {
        let text = read_list(path)?;
        let listed = sero_manifest::sitemap::urls(&text).map_err(|e| {
            Failure::input(tr!(
                "page-not-a-sitemap",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        check_length(path, listed.len())?;
        urls.extend(listed);
    }
    if urls.is_empty() {
        return Err(Failure::input(tr!("page-no-urls")));
    }
    // The first few only: a list of a million wrong lines is not printed whole.
    let bad: Vec<&String> = urls
        .iter()
        .filter(|u| !(u.starts_with("http://") || u.starts_with("https://")))
        .take(sero_limits::ERRORS_SHOWN)
        .collect();
    if !bad.is_empty() {
        return Err(Failure::input(tr!(
            "page-not-urls",
            urls = bad
                .iter()
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
        .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .collect();
    if let Some(path) = &args.green_list {
        let text = read_list(path)?;
        let listed = parse_green_list(&text).map_err(|e| {
            Failure::input(tr!(
                "page-green-list-invalid",
                path = path.display().to_string(),
                reason = e.to_string()
            ))
        })?;
        check_length(path, listed.len())?;
        green.extend(listed);
    }
    Ok(green)
}

/// Green hosting of every domain the pages used: the user's domains and list first, then the
/// greencheck API (unless `--green-check off`). With neither, every domain is unknown; with a
/// list and no API, a domain missing from the list is not green.
fn hosting_of_domains(
    args: &PageArgs,
    listed: &BTreeSet<String>,
    results: &[(String, Result<PageMeasurement, MeasureError>)],
) -> BTreeMap<String, Hosting> {
    let domains: BTreeSet<String> = results
        .iter()
        .filter_map(|(_, result)| result.as_ref().ok())
        .flat_map(|m| {
            m.first_view
                .resources
                .iter()
                .chain(m.repeat_view.iter().flat_map(|v| &v.resources))
        })
        .map(|r| r.domain.to_ascii_lowercase())
        .filter(|d| !d.is_empty())
        .collect();
    let mut checker = (args.green_check == GreenCheckMode::Api).then(|| {
        GreenCheck::new(
            &green::base_url(args.greencheck_url.as_deref()),
            green::DEFAULT_TIMEOUT,
            green::default_cache_path(),
        )
    });
    let mut hosting = BTreeMap::new();
    for domain in domains {
        let status = if listed.contains(&domain) {
            Hosting::Green {
                hosted_by: String::new(),
                hosted_by_website: None,
            }
        } else if let Some(checker) = &mut checker {
            let lookup = checker.check(&domain);
            if let Some(warning) = lookup.warning {
                eprintln!("{}", tr!("cli-warning", warning = warning.to_string()));
            }
            lookup.hosting
        } else if !listed.is_empty() {
            Hosting::NotGreen
        } else {
            Hosting::Unknown
        };
        hosting.insert(domain, status);
    }
    if let Some(checker) = &mut checker
        && let Err(e) = checker.save()
    {
        eprintln!("{}", tr!("cli-warning", warning = e.to_string()));
    }
    hosting
}

/// Measures `urls` without a browser, `concurrency` at a time, in the order given.
fn measure_http_only(
    urls: &[String],
    timeout: Duration,
    concurrency: usize,
    mut progress: impl FnMut(&str),
) -> Vec<(String, Result<PageMeasurement, MeasureError>)> {
    let next = AtomicUsize::new(0);
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        for _ in 0..concurrency.clamp(1, urls.len().max(1)) {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(url) = urls.get(index) else { break };
                    let result = sero_measure::http_only::measure_http_only(url, timeout);
                    if sender.send((index, result)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut results: Vec<Option<Result<PageMeasurement, MeasureError>>> =
            urls.iter().map(|_| None).collect();
        for (index, result) in receiver {
            progress(&urls[index]);
            results[index] = Some(result);
        }
        urls.iter()
            .cloned()
            .zip(results)
            .filter_map(|(url, result)| result.map(|r| (url, r)))
            .collect()
    })
}

/// `--timeout` and `--settle` as durations, refusing values that are not seconds.
pub fn timing(timeout: f64, settle: f64) -> Result<(Duration, Duration), Failure> {
    if !timeout.is_finite() || timeout <= 0.0 {
        return Err(Failure::input(tr!("page-timeout-invalid")));
    }
    if !settle.is_finite() || settle < 0.0 {
        return Err(Failure::input(tr!("page-settle-invalid")));
    }
    Ok((
        Duration::from_secs_f64(timeout),
        Duration::from_secs_f64(settle),
    ))
}

pub fn run(args: PageArgs) -> Result<(), Failure> {
    let (factors, _notes) = library::load(&args.factors)?;
    let urls = collect_urls(&args)?;
    let budget = parse_budget(args.budget.as_deref())?;
    let green = green_domains(&args)?;
    let (page_timeout, settle) = timing(args.timeout, args.settle)?;
    let options = sero_measure::Options {
        chromium: args.chromium.clone(),
        page_timeout,
        scroll: !args.no_scroll,
        repeat_view: !args.no_repeat_view,
        settle,
        ..sero_measure::Options::default()
    };
    // A bar on a terminal when there are several pages; nothing otherwise.
    let bar = (urls.len() > 1)
        .then(|| crate::ui::Progress::items(urls.len() as u64, &tr!("page-progress")));
    let progress = |url: &str| {
        if let Some(bar) = &bar {
            bar.step(url);
        }
    };
    let results = if args.http_only {
        measure_http_only(&urls, options.page_timeout, args.concurrency, progress)
    } else {
        // Fail early, with the install hint, when there is no browser.
        sero_measure::find_chromium(options.chromium.as_deref())
            .map_err(|e| Failure::input(tr!("error-line", message = e.to_string())))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| Failure::input(tr!("page-cannot-start", reason = e.to_string())))?;
        runtime.block_on(sero_measure::measure_many(
            &urls,
            &options,
            args.concurrency,
            |_, url| progress(url),
        ))
    };
    if let Some(bar) = bar {
        bar.finish();
    }
    let hosting = hosting_of_domains(&args, &green, &results);

    let template = super::page_template(&args.grid);
    let is_green = |domain: &str| -> Option<bool> {
        hosting
            .get(&domain.to_ascii_lowercase())
            .and_then(Hosting::green)
    };
    let hosted_by: BTreeMap<String, String> = hosting
        .iter()
        .filter_map(|(domain, h)| {
            h.hosted_by()
                .filter(|by| !by.is_empty())
                .map(|by| (domain.clone(), by.to_owned()))
        })
        .collect();
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
    let text = match args.report.format {
        PageFormat::Table => render::table(&reports, &errors, budget, &hosted_by),
        PageFormat::Json => render::json(&reports, &errors, budget, &hosted_by)?,
        PageFormat::Html => render::html(&reports, &errors, budget, &hosted_by),
    };
    super::emit(args.report.output.as_deref(), &text)?;
    for (url, error) in &errors {
        eprintln!("{}", tr!("page-url-error", url = url, error = error));
    }
    if !errors.is_empty() {
        return Err(Failure::input(tr!(
            "page-some-failed",
            failed = errors.len(),
            total = urls.len()
        )));
    }
    if let Some(budget) = budget {
        let over: Vec<&PageReport> = reports.iter().filter(|r| budget.used(r) > 1.0).collect();
        if !over.is_empty() {
            let mut message = String::new();
            for report in over {
                let _ = writeln!(
                    message,
                    "{}",
                    render::over_budget(
                        &report.measurement.url,
                        &show(budget, budget.actual(report.co2e_g, report.transfer_bytes)),
                        &show_limit(budget),
                        budget.used(report),
                    )
                );
            }
            return Err(Failure::Check(message));
        }
    }
    Ok(())
}
