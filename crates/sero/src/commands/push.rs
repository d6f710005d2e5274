//! `sero push` and `sero pull`: a service's manifest published to the web application as a new
//! version (assessed there), and a version's manifest fetched back, through the JSON API with
//! an organisation's token.

use std::path::Path;
use std::time::Duration;

use base64::Engine;
use sero_core::msg;
use sero_http::ureq;
use sero_manifest::tree::Format;
use sero_support::env::EnvVars;

use super::refuse;
use crate::Failure;
use crate::cli::{PullArgs, PushArgs, ServerArgs};
use crate::tr;

/// The longest a request may take: a save assesses the manifest on the server.
const TIMEOUT: Duration = Duration::from_secs(120);

/// The largest answer read (a version's document with its estimate).
const MAX_ANSWER: u64 = 64 * 1024 * 1024;

/// The server, organisation and token of a run.
struct Client {
    server: String,
    token: String,
    agent: ureq::Agent,
}

/// An answer: its status and body.
struct Answer {
    status: u16,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_default()
    }
}

fn client(args: &ServerArgs) -> Result<Client, Failure> {
    let server = args
        .server
        .clone()
        .or_else(|| EnvVars::SERO_SERVER.get())
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| refuse(msg!("push-no-server"), msg!("push-no-server-hint")))?;
    if !(server.starts_with("http://") || server.starts_with("https://")) {
        return Err(refuse(
            msg!("push-server-invalid", server = server.as_str()),
            msg!("push-no-server-hint"),
        ));
    }
    let token = match &args.token_file {
        Some(path) => {
            let name = path.display().to_string();
            let text = sero_manifest::tree::read_source(path)
                .map_err(|e| refuse(e.message(&name), msg!("push-no-token-hint")))?;
            text.trim().to_owned()
        }
        None => EnvVars::SERO_TOKEN
            .get()
            .unwrap_or_default()
            .trim()
            .to_owned(),
    };
    if token.is_empty() {
        return Err(refuse(msg!("push-no-token"), msg!("push-no-token-hint")));
    }
    Ok(Client {
        server: server.trim_end_matches('/').to_owned(),
        token,
        agent: sero_http::agent(sero_http::Timeouts::total(TIMEOUT)),
    })
}

impl Client {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server)
    }

    fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<Answer, Failure> {
        let url = self.url(path);
        let auth = format!("Bearer {}", self.token);
        let lang = crate::i18n::localizer().lang().code();
        let result = match body {
            Some(body) => self
                .agent
                .post(&url)
                .header("Authorization", &auth)
                .header("Accept-Language", lang)
                .header("Content-Type", "application/json")
                .send(body.to_string()),
            None => {
                debug_assert_eq!(method, "GET");
                self.agent
                    .get(&url)
                    .header("Authorization", &auth)
                    .header("Accept-Language", lang)
                    .call()
            }
        };
        let mut response = result.map_err(|e| {
            refuse(
                msg!(
                    "push-unreachable",
                    server = self.server.as_str(),
                    error = e.to_string()
                ),
                msg!("push-unreachable-hint"),
            )
        })?;
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER)
            .read_to_vec()
            .map_err(|e| {
                refuse(
                    msg!(
                        "push-unreachable",
                        server = self.server.as_str(),
                        error = e.to_string()
                    ),
                    msg!("push-unreachable-hint"),
                )
            })?;
        Ok(Answer { status, body })
    }

    /// The failure an answer that is not a success means.
    fn failure(&self, answer: &Answer, org: &str, what: &str) -> Failure {
        let problem = answer.json();
        let said = problem["message"].as_str().unwrap_or("").to_owned();
        match answer.status {
            401 => refuse(
                msg!("push-token-refused", server = self.server.as_str()),
                msg!("push-no-token-hint"),
            ),
            403 => refuse(
                msg!("push-token-read-only"),
                msg!("push-token-read-only-hint"),
            ),
            404 => refuse(
                msg!("push-not-found", org = org, what = what),
                msg!("push-not-found-hint"),
            ),
            422 if problem["location"].is_string() => {
                // The server's located error, rendered in our language.
                Failure::input(format!(
                    "{}\n{said}",
                    tr!(
                        "push-manifest-refused",
                        location = problem["location"].as_str().unwrap_or("")
                    )
                ))
            }
            status => refuse(
                msg!(
                    "push-server-error",
                    status = i64::from(status),
                    message = said
                ),
                msg!("push-server-error-hint"),
            ),
        }
    }
}

/// A short name made from a file's name (`blue-badge-wales.yaml` → `blue-badge-wales`).
fn slug_of_path(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    sero_server::pages::slug_of(&stem)
}

fn format_name(format: Format) -> &'static str {
    match format {
        Format::Yaml => "yaml",
        Format::Toml => "toml",
        Format::Json => "json",
    }
}

pub fn push(args: PushArgs) -> Result<(), Failure> {
    let client = client(&args.server)?;
    let name = args.manifest.display().to_string();
    let manifest = sero_manifest::tree::read_source(&args.manifest).map_err(|e| {
        let hint = e.hint().unwrap_or(msg!("push-unreadable-hint"));
        refuse(e.message(&name), hint)
    })?;
    let format = Format::from_path(&name);
    let mut files = Vec::new();
    for path in &args.files {
        let shown = path.display().to_string();
        let bytes = sero_limits::read(path).map_err(|e| {
            let hint = e.hint().unwrap_or(msg!("push-unreadable-hint"));
            refuse(e.message(&shown), hint)
        })?;
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push(serde_json::json!({
            "name": file_name,
            "content_base64": base64::engine::general_purpose::STANDARD.encode(bytes),
        }));
    }
    let org = match &args.server.org {
        Some(org) => org.clone(),
        None => {
            let answer = client.send("GET", "/api/v1/token", None)?;
            if answer.status != 200 {
                return Err(client.failure(&answer, "", ""));
            }
            answer.json()["org"].as_str().unwrap_or("").to_owned()
        }
    };
    let service = args
        .service
        .clone()
        .unwrap_or_else(|| slug_of_path(&args.manifest));
    let mut body = serde_json::json!({
        "format": format_name(format),
        "manifest": manifest,
        "files": files,
    });
    if let Some(message) = &args.message {
        body["message"] = serde_json::Value::String(message.clone());
    }
    let org_path = format!("/api/v1/orgs/{}", encode(&org));
    let mut answer = client.send(
        "POST",
        &format!("{org_path}/services/{}/versions", encode(&service)),
        Some(&body),
    )?;
    if answer.status == 404 {
        // A first push: the service is made, with this manifest as its first version.
        body["slug"] = serde_json::Value::String(service.clone());
        answer = client.send("POST", &format!("{org_path}/services"), Some(&body))?;
    }
    if answer.status != 201 {
        return Err(client.failure(&answer, &org, &service));
    }
    let version = answer.json();
    let figures = &version["figures"];
    let number = version["number"].as_i64().unwrap_or(0);
    let total = figures["total_kg"].as_f64().unwrap_or(0.0);
    let low = figures["low_kg"].as_f64().unwrap_or(total);
    let high = figures["high_kg"].as_f64().unwrap_or(total);
    println!(
        "{}",
        tr!(
            "push-saved",
            service = version["service"].as_str().unwrap_or(&service).to_owned(),
            number = number,
            total = total,
            low = low,
            high = high
        )
    );
    if let Some(per) = figures["per_transaction_kg"].as_f64() {
        println!("{}", tr!("push-per-transaction", value = per));
    }
    if let Some(url) = version["url"].as_str() {
        println!("{url}");
    }
    Ok(())
}

pub fn pull(args: PullArgs) -> Result<(), Failure> {
    let client = client(&args.server)?;
    let org = match &args.server.org {
        Some(org) => org.clone(),
        None => {
            let answer = client.send("GET", "/api/v1/token", None)?;
            if answer.status != 200 {
                return Err(client.failure(&answer, "", ""));
            }
            answer.json()["org"].as_str().unwrap_or("").to_owned()
        }
    };
    let base = format!(
        "/api/v1/orgs/{}/services/{}",
        encode(&org),
        encode(&args.service)
    );
    let number = match args.version {
        Some(n) => n,
        None => {
            let answer = client.send("GET", &base, None)?;
            if answer.status != 200 {
                return Err(client.failure(&answer, &org, &args.service));
            }
            answer.json()["versions"][0]["number"].as_i64().unwrap_or(1)
        }
    };
    let answer = client.send("GET", &format!("{base}/versions/{number}/manifest"), None)?;
    if answer.status != 200 {
        let what = format!("{} v{number}", args.service);
        return Err(client.failure(&answer, &org, &what));
    }
    match &args.output {
        Some(path) => {
            std::fs::write(path, &answer.body)?;
            eprintln!(
                "{}",
                tr!(
                    "pull-written",
                    service = args.service.as_str(),
                    number = number,
                    path = path.display().to_string()
                )
            );
        }
        None => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            out.write_all(&answer.body)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Percent-encodes a path segment.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
