//! Background jobs: a page measured in headless Chromium on the server, through the address
//! guard (`sero_measure::guarded`), at most [`crate::state::JOBS_AT_ONCE`] at a time (the
//! others wait their turn in the queue), each within [`TIME_LIMIT`].
//!
//! A job's progress is written to the store as the measurement advances; when it ends, its
//! result (the page's bytes, requests, grams and rating, its findings rendered in both
//! languages, the hosts the guard refused, and the activity file a service can keep) or its
//! error (a message id with its arguments, rendered in the reader's language when shown).
//! Jobs a stopped server left behind are marked failed when it starts again
//! (`Store::jobs_abandon`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

use serde_json::{Map, Value, json};
use sero_core::activity::{ActivityFile, ActivityRow, ActivityValue};
use sero_core::page_report::{PageReport, default_template, page_report};
use sero_i18n::{Arg, Lang, Message, msg};
use sero_measure::guard::Policy;
use sero_measure::guarded::{self, Guarded};
use sero_store::{Job, JobId, JobStatus, OrgId};

use crate::App;

/// The kind of a page measurement job.
pub const KIND_PAGE: &str = "page";
/// The longest a measurement may take, browser start included.
pub const TIME_LIMIT: Duration = Duration::from_secs(180);
/// The longest URL accepted.
pub const MAX_URL: usize = 2048;
/// How often progress is written to the store while a page is measured.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);

/// A URL an editor typed, checked: `http` or `https`, a host, no spaces, not too long.
pub fn checked_url(text: &str) -> Result<String, Message> {
    let url = text.trim();
    if url.is_empty() {
        return Err(msg!("web-measure-url-needed"));
    }
    if url.len() > MAX_URL {
        return Err(msg!("web-measure-url-too-long", maximum = MAX_URL));
    }
    let bad = || msg!("web-measure-url-invalid", url = url.to_owned());
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    let (scheme, rest) = url.split_once("://").ok_or_else(bad)?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(bad());
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let name = if host.starts_with('[') {
        host.split(']')
            .next()
            .unwrap_or_default()
            .trim_start_matches('[')
    } else {
        host.split(':').next().unwrap_or_default()
    };
    if name.is_empty() {
        return Err(bad());
    }
    Ok(url.to_owned())
}

/// Starts a job created by `Store::job_create` in the background.
pub fn start(app: Arc<App>, job: &Job) {
    let (org, id, url) = (job.org, job.id, job.input.clone());
    tokio::spawn(async move {
        run(&app, org, id, &url).await;
    });
}

async fn run(app: &App, org: OrgId, id: JobId, url: &str) {
    // Waits in the queue (the job stays `queued`).
    let Ok(_permit) = app.jobs.permits.clone().acquire_owned().await else {
        return;
    };
    let _ = app
        .store
        .job_update(org, id, JobStatus::Running, 0, None, None)
        .await;
    let policy = Policy {
        allow_private: app.config.allow_private_addresses,
        allow: Vec::new(),
    };
    let progress = Arc::new(AtomicU8::new(0));
    let reported = Arc::clone(&progress);
    let measuring = tokio::time::timeout(
        TIME_LIMIT,
        guarded::measure(url, &policy, &app.jobs.options, move |p| {
            reported.store(p, Ordering::Relaxed);
        }),
    );
    tokio::pin!(measuring);
    let mut tick = tokio::time::interval(PROGRESS_EVERY);
    let mut written = 0;
    let outcome = loop {
        tokio::select! {
            outcome = &mut measuring => break outcome,
            _ = tick.tick() => {
                let now = progress.load(Ordering::Relaxed);
                if now != written && now < 100 {
                    written = now;
                    let _ = app
                        .store
                        .job_update(org, id, JobStatus::Running, i64::from(now), None, None)
                        .await;
                }
            }
        }
    };
    let ended = match outcome {
        Ok(Ok(guarded)) => match result(app, &guarded) {
            Ok(result) => Ok(result.to_string()),
            Err(error) => Err(error),
        },
        Ok(Err(failure)) => Err(error_json(&failure.message, failure.hint.as_ref())),
        Err(_) => Err(error_json(
            &msg!("web-job-timed-out", seconds = TIME_LIMIT.as_secs()),
            None,
        )),
    };
    let written = match &ended {
        Ok(result) => {
            app.store
                .job_update(org, id, JobStatus::Done, 100, Some(result), None)
                .await
        }
        Err(error) => {
            let error = error.to_string();
            app.store
                .job_update(
                    org,
                    id,
                    JobStatus::Failed,
                    i64::from(written),
                    None,
                    Some(&error),
                )
                .await
        }
    };
    if written.is_err() {
        tracing::error!(job = id.0, "a job's end could not be recorded");
    }
}

/// The stored result of a measured page.
fn result(app: &App, guarded: &Guarded) -> Result<Value, Value> {
    let measurement = guarded.measurement.clone();
    // The server does not ask the Green Web Foundation: every domain counts as not verified
    // green (the page says so).
    let report = page_report(measurement, &|_| None, &default_template(), &app.factors)
        .map_err(|e| error_json(&msg!("web-job-report-failed", reason = e.to_string()), None))?;
    let mut findings = Map::new();
    let mut refusals = Map::new();
    for lang in Lang::ALL {
        let l = app.localizer(lang);
        let list: Vec<Value> = report
            .findings
            .iter()
            .map(
                |f| json!({"id": f.id, "title": l.render(&f.title), "detail": l.render(&f.detail)}),
            )
            .collect();
        findings.insert(lang.code().to_owned(), Value::Array(list));
        let refused: Vec<Value> = guarded
            .warnings()
            .iter()
            .map(|m| Value::String(l.render(m)))
            .collect();
        refusals.insert(lang.code().to_owned(), Value::Array(refused));
    }
    let resources: Vec<Value> = report
        .measurement
        .first_view
        .resources
        .iter()
        .map(|r| {
            json!({
                "url": r.url,
                "type": r.resource_type,
                "status": r.status,
                "transfer_bytes": r.transfer_bytes,
                "from_cache": r.from_cache,
            })
        })
        .collect();
    Ok(json!({
        "url": report.measurement.url,
        "final_url": report.measurement.final_url,
        "transfer_bytes": report.transfer_bytes,
        "requests": report.requests,
        "repeat_transfer_bytes": report.repeat_transfer_bytes,
        "co2e_g": report.co2e_g,
        "rating": report.rating,
        "grid": report.grid.code,
        "resources": resources,
        "refused": guarded.refusals.iter().map(|r| json!({
            "host": r.host,
            "port": r.port,
            "address": r.address.ip().to_string(),
        })).collect::<Vec<_>>(),
        "findings": findings,
        "refusals": refusals,
        "activity": Value::Object(sero_manifest::activity::to_json(&activity(&report))),
    }))
}

/// The activity file of a measured page: one `data-transfer` row with the first view's bytes,
/// per visit at the United Kingdom's grid, as `sero page` estimates it, so the component that
/// reads it gives the page's grams per view.
pub fn activity(report: &PageReport) -> ActivityFile {
    let url = report.measurement.url.clone();
    let mut inputs = vec![
        (
            "bytes".to_owned(),
            ActivityValue::quantity(report.transfer_bytes as f64, "B"),
        ),
        ("per".to_owned(), ActivityValue::Text("visit".to_owned())),
    ];
    if let Some(code) = &report.grid.code {
        inputs.push((
            "grid_intensity".to_owned(),
            ActivityValue::Text(code.clone()),
        ));
    }
    ActivityFile {
        produced_by: format!("sero serve: page measured {url}"),
        model: Some("data-transfer".to_owned()),
        rows: vec![ActivityRow {
            labels: vec![("url".to_owned(), url)],
            model: None,
            scope: None,
            inputs,
            figures: vec![
                ("co2e_g".to_owned(), report.co2e_g),
                ("requests".to_owned(), report.requests as f64),
            ],
        }],
    }
}

// ---- errors as data -----------------------------------------------------------------------

/// A message as JSON: `{"id": …, "args": {name: value}}`, a nested message as an object of
/// the same shape, a count as an integer, a quantity as a number, an exact figure as
/// `{"exact": x}`; the hint, when there is one, beside it.
pub fn error_json(message: &Message, hint: Option<&Message>) -> Value {
    let mut value = message_json(message);
    if let (Some(hint), Value::Object(map)) = (hint, &mut value) {
        map.insert("hint".to_owned(), message_json(hint));
    }
    value
}

fn message_json(message: &Message) -> Value {
    let args: Map<String, Value> = message
        .args()
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Text(t) => json!(t),
                Arg::Count(n) => json!(n),
                Arg::Number(x) => json!(x),
                Arg::Exact(x) => json!({"exact": x}),
                Arg::Message(m) => message_json(m),
            };
            ((*name).to_owned(), value)
        })
        .collect();
    json!({"id": message.id(), "args": args})
}

/// The messages a job's error can hold (the guard's and the runner's): a stored id is read
/// back only when it is one of these.
fn known_messages() -> [Message; 22] {
    [
        msg!("server-job-abandoned"),
        msg!("web-job-timed-out"),
        msg!("web-job-report-failed"),
        msg!("web-job-unknown-error"),
        msg!("guard-refused"),
        msg!("guard-refused-hint"),
        msg!("guard-refused-hint-private"),
        msg!("guard-unresolved"),
        msg!("guard-unreachable"),
        msg!("guard-bad-url"),
        msg!("guard-proxy-failed"),
        msg!("guard-measure-failed"),
        msg!("guard-range-unspecified"),
        msg!("guard-range-loopback"),
        msg!("guard-range-private"),
        msg!("guard-range-shared"),
        msg!("guard-range-link-local"),
        msg!("guard-range-unique-local"),
        msg!("guard-range-multicast"),
        msg!("guard-range-broadcast"),
        msg!("guard-range-documentation"),
        msg!("guard-range-reserved"),
    ]
}

/// The argument names those messages use.
const ARG_NAMES: &[&str] = &[
    "host", "address", "range", "reason", "url", "port", "seconds",
];

/// A stored message read back; an id or argument this server does not know becomes
/// `web-job-unknown-error` (a job written by another version of sero).
pub fn message_of(value: &Value) -> Message {
    decode(value, 0).unwrap_or_else(|| msg!("web-job-unknown-error"))
}

fn decode(value: &Value, depth: u8) -> Option<Message> {
    if depth > 4 {
        return None;
    }
    let id = value.get("id")?.as_str()?;
    let mut message = known_messages().into_iter().find(|m| m.id() == id)?;
    if let Some(args) = value.get("args").and_then(Value::as_object) {
        for (name, arg) in args {
            let name = ARG_NAMES.iter().find(|n| **n == name.as_str())?;
            let arg = match arg {
                Value::String(s) => Arg::Text(s.clone()),
                Value::Number(n) => match n.as_i64() {
                    Some(i) => Arg::Count(i),
                    None => Arg::Number(n.as_f64()?),
                },
                Value::Object(o) => match o.get("exact").and_then(Value::as_f64) {
                    Some(x) => Arg::Exact(x),
                    None => Arg::Message(Box::new(decode(arg, depth + 1)?)),
                },
                _ => return None,
            };
            message = message.arg(name, arg);
        }
    }
    Some(message)
}

/// A job's stored error: the message, and its hint when there is one.
pub fn error_of(job: &Job) -> Option<(Message, Option<Message>)> {
    let text = job.error.as_deref()?;
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let hint = value.get("hint").map(message_of);
    Some((message_of(&value), hint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked() {
        assert!(checked_url(" https://www.gov.wales/ ").is_ok());
        assert!(checked_url("http://127.0.0.1:8080/x").is_ok());
        assert!(checked_url("HTTP://[::1]/").is_ok());
        for bad in [
            "",
            "ftp://example.org/",
            "file:///etc/passwd",
            "https://",
            "https:///path",
            "http://user@:80/",
            "https://exa mple.org/",
            "javascript:alert(1)",
        ] {
            assert!(checked_url(bad).is_err(), "{bad} passed");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL));
        assert_eq!(
            checked_url(&long).err().map(|m| m.id()),
            Some("web-measure-url-too-long")
        );
    }

    #[test]
    fn a_refusal_goes_to_json_and_back() {
        let message = msg!(
            "guard-refused",
            host = "localhost",
            address = "127.0.0.1",
            range = msg!("guard-range-loopback")
        );
        let hint = msg!("guard-refused-hint-private");
        let stored = error_json(&message, Some(&hint)).to_string();
        let value: Value = serde_json::from_str(&stored).unwrap();
        assert_eq!(message_of(&value), message);
        assert_eq!(value.get("hint").map(message_of), Some(hint));
        let counted = msg!("web-job-timed-out", seconds = 180u64);
        assert_eq!(message_of(&error_json(&counted, None)), counted);
    }

    #[test]
    fn an_unknown_id_is_not_read_back() {
        let value = json!({"id": "something-else", "args": {}});
        assert_eq!(message_of(&value).id(), "web-job-unknown-error");
        let value = json!({"id": "guard-unresolved", "args": {"evil": "x"}});
        assert_eq!(message_of(&value).id(), "web-job-unknown-error");
        // What the store writes for an abandoned job.
        let value: Value =
            serde_json::from_str(r#"{"id":"server-job-abandoned","args":{}}"#).unwrap();
        assert_eq!(message_of(&value).id(), "server-job-abandoned");
    }
}
