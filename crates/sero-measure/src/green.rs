//! Whether a domain is hosted green, as the Green Web Foundation's greencheck API says.
//!
//! One `GET {base}/api/v3/greencheck/{hostname}` per host name (the v3 single-domain check,
//! documented at developers.thegreenwebfoundation.org), with a 5 s timeout and one retry after a
//! 5xx answer or a refused connection, and a local cache so that a domain is asked once every
//! [`CACHE_DAYS`]. IP addresses and `localhost` are never asked: the API knows host names.
//!
//! A lookup never fails the run: when the API is down, slow or answers nonsense, the domain's
//! hosting is [`Hosting::Unknown`] and the lookup carries one warning sentence. After a timeout
//! or a connection that cannot be made, the checker stops asking for the rest of the run (each
//! further domain would wait as long again) and says so.
//!
//! The offline alternative, [`parse_green_list`], reads a user's list of green domains: one a
//! line, or an export of the Foundation's `url2green` dataset as CSV (with `url` and `green`
//! columns) or JSON (an array of domain strings, or of objects with `url` and `green`).

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sero_http::{Timeouts, ureq};

/// The Green Web Foundation's API.
pub const DEFAULT_GREENCHECK_URL: &str = "https://api.thegreenwebfoundation.org";
/// How long an answer is kept in the cache.
pub const CACHE_DAYS: u64 = 30;
/// How long one request to the API may take.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// Green hosting of one domain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Hosting {
    /// Hosted green, by the provider named.
    Green {
        hosted_by: String,
        hosted_by_website: Option<String>,
    },
    NotGreen,
    /// Not asked, or no answer.
    Unknown,
}

impl Hosting {
    /// `Some(true)` when green, `Some(false)` when not, `None` when unknown.
    pub fn green(&self) -> Option<bool> {
        match self {
            Hosting::Green { .. } => Some(true),
            Hosting::NotGreen => Some(false),
            Hosting::Unknown => None,
        }
    }

    pub fn hosted_by(&self) -> Option<&str> {
        match self {
            Hosting::Green { hosted_by, .. } => Some(hosted_by),
            _ => None,
        }
    }
}

/// The answer for one domain, with the warning to print when there was no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookup {
    pub hosting: Hosting,
    pub warning: Option<String>,
}

/// The documented green answer (`GreenDomain` in the API's OpenAPI document) and the not-green
/// one (`{"green": false, "url": …, "data": false}`): only the fields sero reads.
#[derive(Deserialize)]
struct Answer {
    green: bool,
    hosted_by: Option<String>,
    hosted_by_website: Option<String>,
}

#[derive(Default, Serialize, Deserialize)]
struct CacheFile {
    /// Host name → answer and when it was received (seconds since 1970).
    entries: BTreeMap<String, CacheEntry>,
}

#[derive(Serialize, Deserialize)]
struct CacheEntry {
    checked: u64,
    hosting: Hosting,
}

/// A greencheck client with its cache.
pub struct GreenCheck {
    base_url: String,
    agent: ureq::Agent,
    cache_path: Option<PathBuf>,
    cache: CacheFile,
    cache_changed: bool,
    /// Set after a timeout or an unreachable API: the reason, and no more requests.
    gave_up: Option<String>,
}

impl GreenCheck {
    /// A client of the API at `base_url` (without the `/api/v3/…` path), with `timeout` per
    /// request, caching its answers in the JSON file at `cache_path` when given.
    pub fn new(base_url: &str, timeout: Duration, cache_path: Option<PathBuf>) -> GreenCheck {
        let agent = sero_http::agent(Timeouts::total(timeout));
        // An unreadable or damaged cache is treated as empty; it is rewritten on save.
        let cache = cache_path
            .as_deref()
            .and_then(|path| std::fs::read(path).ok())
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        GreenCheck {
            base_url: base_url.trim_end_matches('/').to_owned(),
            agent,
            cache_path,
            cache,
            cache_changed: false,
            gave_up: None,
        }
    }

    /// Green hosting of `host` (a host name; any scheme, port or path is ignored), from the
    /// cache when it holds a recent answer, else from the API.
    pub fn check(&mut self, host: &str) -> Lookup {
        let Some(host) = askable_host(host) else {
            return Lookup {
                hosting: Hosting::Unknown,
                warning: None,
            };
        };
        let now = unix_seconds();
        if let Some(entry) = self.cache.entries.get(&host)
            && now.saturating_sub(entry.checked) < CACHE_DAYS * 86_400
        {
            return Lookup {
                hosting: entry.hosting.clone(),
                warning: None,
            };
        }
        if let Some(reason) = &self.gave_up {
            return Lookup {
                hosting: Hosting::Unknown,
                warning: Some(format!(
                    "green hosting of `{host}` is unknown: the greencheck API was not asked \
                     again after it failed ({reason})"
                )),
            };
        }
        match self.ask(&host) {
            Ok(hosting) => {
                self.cache.entries.insert(
                    host,
                    CacheEntry {
                        checked: now,
                        hosting: hosting.clone(),
                    },
                );
                self.cache_changed = true;
                Lookup {
                    hosting,
                    warning: None,
                }
            }
            Err(failure) => {
                let warning = format!(
                    "green hosting of `{host}` is unknown: {}{}",
                    failure.reason,
                    if failure.give_up {
                        "; the API will not be asked again in this run (hint: `--green-check off` \
                         with `--green-list FILE` works offline)"
                    } else {
                        ""
                    }
                );
                if failure.give_up {
                    self.gave_up = Some(failure.reason);
                }
                Lookup {
                    hosting: Hosting::Unknown,
                    warning: Some(warning),
                }
            }
        }
    }

    /// Writes the cache file when answers were added (creating its directory); a cache that
    /// cannot be written is reported, never fatal to the caller.
    pub fn save(&mut self) -> Result<(), String> {
        let Some(path) = &self.cache_path else {
            return Ok(());
        };
        if !self.cache_changed {
            return Ok(());
        }
        let now = unix_seconds();
        self.cache
            .entries
            .retain(|_, entry| now.saturating_sub(entry.checked) < CACHE_DAYS * 86_400);
        let text = serde_json::to_vec_pretty(&self.cache).map_err(|e| e.to_string())?;
        write_atomically(path, &text).map_err(|e| {
            format!(
                "cannot write the greencheck cache `{}`: {e}",
                path.display()
            )
        })?;
        self.cache_changed = false;
        Ok(())
    }

    fn ask(&self, host: &str) -> Result<Hosting, Failure> {
        let url = format!("{}/api/v3/greencheck/{host}", self.base_url);
        let mut attempt = 0;
        loop {
            attempt += 1;
            match self.ask_once(&url) {
                Err(failure) if failure.retry && attempt == 1 => continue,
                result => return result,
            }
        }
    }

    fn ask_once(&self, url: &str) -> Result<Hosting, Failure> {
        let mut response = self
            .agent
            .get(url)
            .header("Accept", "application/json")
            .call()
            .map_err(|error| transport_failure(url, error))?;
        let status = response.status().as_u16();
        if status >= 500 {
            return Err(Failure {
                reason: format!("the greencheck API answered with HTTP status {status}"),
                retry: true,
                give_up: false,
            });
        }
        if status != 200 {
            return Err(Failure {
                reason: format!("the greencheck API answered with HTTP status {status}"),
                retry: false,
                give_up: false,
            });
        }
        let body = response
            .body_mut()
            .with_config()
            .limit(1_000_000)
            .read_to_vec()
            .map_err(|error| transport_failure(url, error))?;
        parse_answer(&body).map_err(|reason| Failure {
            reason,
            retry: false,
            give_up: false,
        })
    }
}

struct Failure {
    reason: String,
    retry: bool,
    give_up: bool,
}

fn transport_failure(url: &str, error: ureq::Error) -> Failure {
    match error {
        ureq::Error::Timeout(_) => Failure {
            reason: format!("the greencheck API did not answer `{url}` in time"),
            retry: false,
            give_up: true,
        },
        ureq::Error::Io(io)
            if matches!(
                io.kind(),
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
            ) =>
        {
            Failure {
                reason: format!("the greencheck API did not answer `{url}` in time"),
                retry: false,
                give_up: true,
            }
        }
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => Failure {
            reason: format!("cannot reach the greencheck API at `{url}`: {io}"),
            retry: true,
            give_up: true,
        },
        other => Failure {
            reason: format!("cannot reach the greencheck API at `{url}`: {other}"),
            retry: false,
            give_up: true,
        },
    }
}

/// Reads one greencheck answer; the error is a sentence.
pub fn parse_answer(body: &[u8]) -> Result<Hosting, String> {
    let answer: Answer = serde_json::from_slice(body)
        .map_err(|e| format!("the greencheck API's answer is not the documented JSON ({e})"))?;
    if !answer.green {
        return Ok(Hosting::NotGreen);
    }
    match answer.hosted_by {
        Some(hosted_by) => Ok(Hosting::Green {
            hosted_by,
            hosted_by_website: answer.hosted_by_website.filter(|w| !w.is_empty()),
        }),
        None => Err("the greencheck API said green but named no host (`hosted_by`)".to_owned()),
    }
}

/// The host name to ask about, lower-case and without a trailing dot; `None` for IP addresses,
/// `localhost` and names that are not host names.
fn askable_host(host: &str) -> Option<String> {
    let host = crate::site::host_of(host)
        .unwrap_or_else(|| host.trim().trim_end_matches('.').to_ascii_lowercase());
    let is_name = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_');
    let unaskable = !is_name
        || host.parse::<IpAddr>().is_ok()
        || host == "localhost"
        || host.ends_with(".localhost")
        || !host.contains('.');
    (!unaskable).then_some(host)
}

fn unix_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    // Write beside the file and rename, so that two runs at once never leave half a file.
    let temporary = path.with_extension(format!("json.{}.tmp", std::process::id()));
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path)
}

/// The greencheck cache file: `$SERO_CACHE_DIR/greencheck.json`, else
/// `$XDG_CACHE_HOME/sero/greencheck.json`, else `~/.cache/sero/greencheck.json`; `None` when
/// there is no home directory.
pub fn default_cache_path() -> Option<PathBuf> {
    Some(sero_support::cache_dir()?.join("greencheck.json"))
}

/// The API's base URL: `explicit` when given, else `$SERO_GREENCHECK_URL`, else
/// [`DEFAULT_GREENCHECK_URL`].
pub fn base_url(explicit: Option<&str>) -> String {
    explicit
        .map(str::to_owned)
        .or_else(|| sero_support::EnvVars::SERO_GREENCHECK_URL.get())
        .unwrap_or_else(|| DEFAULT_GREENCHECK_URL.to_owned())
}

/// The green domains of a list: one a line (`#` starts a comment), a CSV export of the
/// Foundation's dataset (a header with a `url` column and, when present, a `green` column of
/// `1`/`0` or `true`/`false`), or a JSON array of domains or of `{"url", "green"}` objects.
pub fn parse_green_list(text: &str) -> Result<BTreeSet<String>, String> {
    let normal = |domain: &str| domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('[') {
        let items: Vec<serde_json::Value> = serde_json::from_str(trimmed)
            .map_err(|e| format!("not a JSON array of domains: {e}"))?;
        let mut green = BTreeSet::new();
        for item in items {
            match item {
                serde_json::Value::String(domain) => {
                    green.insert(normal(&domain));
                }
                serde_json::Value::Object(row) => {
                    let domain = row.get("url").and_then(|u| u.as_str()).ok_or_else(|| {
                        "an object of the JSON list has no `url` string".to_owned()
                    })?;
                    if row.get("green").is_none_or(truthy) {
                        green.insert(normal(domain));
                    }
                }
                other => return Err(format!("unexpected item `{other}` in the JSON list")),
            }
        }
        return Ok(green);
    }
    let mut lines = trimmed.lines();
    let first = lines.next().unwrap_or_default();
    let header = csv_fields(first);
    if header.len() > 1 {
        let column = |name: &str| header.iter().position(|h| h.trim() == name);
        let url = column("url").ok_or("the CSV list has no `url` column")?;
        let green_column = column("green");
        let mut green = BTreeSet::new();
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let fields = csv_fields(line);
            let Some(domain) = fields.get(url) else {
                continue;
            };
            let is_green = green_column
                .and_then(|c| fields.get(c))
                .is_none_or(|v| matches!(v.trim(), "1" | "true" | "True" | "TRUE"));
            if is_green && !domain.trim().is_empty() {
                green.insert(normal(domain));
            }
        }
        return Ok(green);
    }
    Ok(trimmed
        .lines()
        .map(normal)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect())
}

fn truthy(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Bool(b) => *b,
        serde_json::Value::Number(n) => n.as_f64().is_some_and(|n| n != 0.0),
        serde_json::Value::String(s) => matches!(s.as_str(), "1" | "true"),
        _ => false,
    }
}

/// The fields of one CSV line (RFC 4180 quoting; no line breaks inside fields, which host
/// names and provider names do not have).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.trim_end_matches('\r').chars().peekable();
    while let Some(c) = chars.next() {
        let field = fields.last_mut().expect("at least one field");
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => field.push(c),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_that_are_not_asked() {
        for host in [
            "127.0.0.1",
            "::1",
            "localhost",
            "app.localhost",
            "intranet",
            "",
        ] {
            assert_eq!(askable_host(host), None, "{host}");
        }
        assert_eq!(
            askable_host("https://WWW.Example.org.:8443/path").as_deref(),
            Some("www.example.org")
        );
    }

    #[test]
    fn green_lists_in_three_forms() {
        let expected: BTreeSet<String> = ["a.org", "b.org"].map(str::to_owned).into();
        assert_eq!(
            parse_green_list("# mine\na.org\n\nB.org\n"),
            Ok(expected.clone())
        );
        assert_eq!(
            parse_green_list(
                "id,url,hosted_by,hosted_by_website,partner,green,hosted_by_id,modified\n\
                 1,a.org,\"Host, Ltd\",host.example,,1,7,2024-01-01\n\
                 2,c.org,Other,,,0,8,2024-01-01\n\
                 3,b.org,Other,,,1,8,2024-01-01\n"
            ),
            Ok(expected.clone())
        );
        assert_eq!(
            parse_green_list("[\"a.org\", \"b.org\"]"),
            Ok(expected.clone())
        );
        assert_eq!(
            parse_green_list(
                r#"[{"url": "a.org", "green": 1}, {"url": "c.org", "green": 0}, {"url": "b.org", "green": true}]"#
            ),
            Ok(expected)
        );
    }
}
