//! Pages measured without a browser: the HTML and the assets it references, fetched over HTTP.
//!
//! For machines without Chromium, and for a quick lower bound. The page's HTML is fetched, then
//! every asset its markup references — stylesheets (`<link rel=stylesheet href>`), icons
//! (`<link rel=icon href>`), `<script src>`, `<img src>` and the first `srcset` candidate,
//! `<source src>` (and the first candidate of `<source srcset>`), `<video poster>` — each once,
//! relative URLs resolved against the page's final URL (or its `<base href>`), redirects followed
//! (at most [`MAX_REDIRECTS`]) with each hop a resource of its own.
//!
//! **What is counted**, per response: every byte read from the connection for that response
//! over HTTP/1.1 — the status line, the header lines and the blank line after them, and the body
//! as it arrived (compressed when the server compressed it; `Accept-Encoding: gzip, br` is sent,
//! as a browser does; chunk framing included when the body was chunked). TCP and TLS overhead
//! are not counted, nor is the request. A browser on HTTP/2 or HTTP/3 would receive compressed
//! headers (HPACK, QPACK), so the header bytes here are somewhat higher than a browser's.
//!
//! This module never runs JavaScript, never renders, and never measures a repeat view; the
//! measurement's `limits` say so in the report.
//!
//! The markup is read with a small hand-written scanner rather than an HTML5 tokenizer crate
//! (`html5gum`, `html5ever`): only start tags and their attributes are needed, comments and the
//! raw text of `<script>`, `<style>`, `<textarea>` and `<title>` are skipped, and a missed
//! corner of the HTML5 tokenizer costs at worst one uncounted asset, which the limits already
//! admit. It keeps the dependency tree to the HTTP and TLS crates the greencheck client needs.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use sero_core::page::{Method, PageMeasurement, Resource, View};

use crate::{MeasureError, site};

/// Redirects followed for one URL, as browsers allow (Chromium stops at 20).
pub const MAX_REDIRECTS: usize = 20;
/// The largest response read; longer ones are cut and counted up to here.
const MAX_RESPONSE_BYTES: usize = 200_000_000;

/// What this method cannot see, in the report's words.
pub const LIMITS: [&str; 4] = [
    "measured without a browser (--http-only): no JavaScript runs, so content loaded by scripts, \
     lazily loaded images, fonts and images referenced from CSS, and XHR/fetch requests are \
     missing; the bytes are a lower bound",
    "nothing is rendered, so image display sizes, JavaScript coverage and autoplaying video are \
     unknown",
    "the repeat view (a second visit with a warm cache) is not measured",
    "DOM elements are approximate: start tags counted in the HTML as served, before any script \
     runs",
];

/// Measures `url` over plain HTTP(S), each request allowed `timeout`.
pub fn measure_http_only(url: &str, timeout: Duration) -> Result<PageMeasurement, MeasureError> {
    let page = Url::parse(url).ok_or_else(|| MeasureError::Navigation {
        url: url.to_owned(),
        reason: "not an http:// or https:// URL".to_owned(),
    })?;
    let mut resources = Vec::new();
    let mut document =
        fetch_following(&page, timeout, "Document", &mut resources).map_err(|reason| {
            MeasureError::Navigation {
                url: url.to_owned(),
                reason,
            }
        })?;
    let final_url = document.url.to_string();
    if !(200..300).contains(&document.response.status) {
        return Err(MeasureError::Http {
            url: url.to_owned(),
            status: document.response.status,
        });
    }
    let mime_type = document.response.mime_type();
    if !mime_type.is_empty() && mime_type != "text/html" && mime_type != "application/xhtml+xml" {
        return Err(MeasureError::NotHtml {
            url: url.to_owned(),
            content_type: mime_type,
        });
    }
    let html_bytes = document
        .response
        .decoded_body()
        .unwrap_or_else(|| std::mem::take(&mut document.response.body));
    let html = String::from_utf8_lossy(&html_bytes);
    let scan = scan(&html);
    let base = scan
        .base_href
        .as_deref()
        .and_then(|href| document.url.join(href))
        .unwrap_or_else(|| document.url.clone());

    let mut seen: HashSet<String> = resources.iter().map(|r| r.url.clone()).collect();
    for (reference, resource_type) in &scan.assets {
        let Some(asset) = base.join(reference) else {
            continue;
        };
        if !seen.insert(asset.to_string()) {
            continue;
        }
        if fetch_following(&asset, timeout, resource_type, &mut resources).is_err() {
            // A browser shows the page without the asset; so does this count, with the failed
            // request as a resource of no bytes and no status.
            resources.push(resource(&asset.to_string(), resource_type, None, 0));
        }
    }
    let page_host = site::host_of(&final_url).unwrap_or_default();
    for resource in &mut resources {
        resource.first_party = site::same_party(&resource.domain, &page_host);
    }
    Ok(PageMeasurement {
        url: url.to_owned(),
        final_url,
        method: Method::HttpOnly,
        dom_elements: scan.start_tags,
        first_view: View { resources },
        repeat_view: None,
        images: Vec::new(),
        coverage: Vec::new(),
        autoplay_videos: Vec::new(),
        limits: LIMITS.iter().map(|l| (*l).to_owned()).collect(),
    })
}

/// The last response of a chain of redirects, and its URL.
struct Fetched {
    url: Url,
    response: Response,
}

/// Fetches `url`, following redirects; each response becomes a resource in `resources`.
fn fetch_following(
    url: &Url,
    timeout: Duration,
    resource_type: &str,
    resources: &mut Vec<Resource>,
) -> Result<Fetched, String> {
    let mut url = url.clone();
    for _ in 0..=MAX_REDIRECTS {
        let response = fetch(&url, timeout)?;
        resources.push(resource(
            &url.to_string(),
            resource_type,
            Some(&response),
            response.wire_bytes,
        ));
        let next = (300..400)
            .contains(&response.status)
            .then(|| response.header("location"))
            .flatten()
            .and_then(|location| url.join(location));
        match next {
            Some(next) => url = next,
            None => return Ok(Fetched { url, response }),
        }
    }
    Err(format!("more than {MAX_REDIRECTS} redirects"))
}

fn resource(url: &str, resource_type: &str, response: Option<&Response>, bytes: u64) -> Resource {
    let domain = site::host_of(url).unwrap_or_default();
    let header = |name: &str| response.and_then(|r| r.header(name)).map(str::to_owned);
    Resource {
        url: url.to_owned(),
        domain,
        first_party: false,
        resource_type: resource_type.to_owned(),
        mime_type: response.map(Response::mime_type).unwrap_or_default(),
        status: response.map_or(0, |r| r.status),
        transfer_bytes: bytes,
        body_bytes: response
            .and_then(Response::decoded_body)
            .map(|body| body.len() as u64),
        content_encoding: header("content-encoding"),
        cache_control: header("cache-control"),
        has_etag: header("etag").is_some(),
        has_last_modified: header("last-modified").is_some(),
        has_expires: header("expires").is_some(),
        from_cache: false,
        cancelled: false,
    }
}

/// One HTTP response as received.
struct Response {
    status: u16,
    /// Header names lower-case.
    headers: Vec<(String, String)>,
    /// The body as it arrived, chunk framing removed, still content-encoded.
    body: Vec<u8>,
    /// Every byte read for this response: status line, headers, body with its framing.
    wire_bytes: u64,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn mime_type(&self) -> String {
        self.header("content-type")
            .and_then(|t| t.split(';').next())
            .map(|t| t.trim().to_ascii_lowercase())
            .unwrap_or_default()
    }

    /// The body with its content encoding undone; `None` for an encoding sero cannot read.
    fn decoded_body(&self) -> Option<Vec<u8>> {
        let encoding = self
            .header("content-encoding")
            .unwrap_or("identity")
            .trim()
            .to_ascii_lowercase();
        let mut decoded = Vec::new();
        let read = match encoding.as_str() {
            "" | "identity" => return Some(self.body.clone()),
            "gzip" | "x-gzip" => {
                flate2::read::MultiGzDecoder::new(&self.body[..]).read_to_end(&mut decoded)
            }
            "deflate" => flate2::read::ZlibDecoder::new(&self.body[..]).read_to_end(&mut decoded),
            "br" => brotli_decompressor::Decompressor::new(&self.body[..], 4096)
                .read_to_end(&mut decoded),
            _ => return None,
        };
        read.ok().map(|_| decoded)
    }
}

/// One GET over HTTP/1.1 with `Connection: close`.
fn fetch(url: &Url, timeout: Duration) -> Result<Response, String> {
    let deadline = Instant::now() + timeout;
    let addresses = (url.host.as_str(), url.port)
        .to_socket_addrs()
        .map_err(|e| {
            format!(
                "the host name `{}` does not resolve ({e}); hint: check its spelling and the \
                 network",
                url.host
            )
        })?;
    let mut last_error = None;
    let mut stream = None;
    for address in addresses {
        match TcpStream::connect_timeout(&address, timeout) {
            Ok(connected) => {
                stream = Some(connected);
                break;
            }
            Err(e) => last_error = Some(e),
        }
    }
    let stream = stream.ok_or_else(|| match last_error {
        Some(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            "connection refused; hint: nothing is listening on that host and port".to_owned()
        }
        Some(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            "the connection timed out; hint: the server did not answer in time".to_owned()
        }
        Some(e) => format!("cannot connect: {e}"),
        None => "the host name resolves to no address".to_owned(),
    })?;
    stream
        .set_read_timeout(Some(timeout))
        .and_then(|()| stream.set_write_timeout(Some(timeout)))
        .map_err(|e| format!("cannot use the connection: {e}"))?;
    let default_port = if url.https { 443 } else { 80 };
    let host_header = if url.port == default_port {
        url.host_for_url()
    } else {
        format!("{}:{}", url.host_for_url(), url.port)
    };
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: {} (+--http-only)\r\n\
         Accept: */*\r\nAccept-Encoding: gzip, br\r\nConnection: close\r\n\r\n",
        url.path_and_query,
        sero_http::user_agent()
    );
    let timed_out = |e: std::io::Error| {
        if matches!(
            e.kind(),
            std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock
        ) {
            format!(
                "no answer within {} s; hint: the server did not answer in time",
                timeout.as_secs_f64()
            )
        } else {
            format!("the connection failed: {e}")
        }
    };
    if url.https {
        let name = rustls::pki_types::ServerName::try_from(url.host.clone())
            .map_err(|e| format!("`{}` is not a valid TLS server name: {e}", url.host))?;
        let connection = rustls::ClientConnection::new(tls_config(), name)
            .map_err(|e| format!("the secure connection failed: {e}"))?;
        let mut tls = rustls::StreamOwned::new(connection, stream);
        tls.write_all(request.as_bytes()).map_err(|e| {
            format!(
                "the secure connection failed ({e}); hint: check that the site serves HTTPS \
                 with a valid certificate, or try the `http://` URL"
            )
        })?;
        read_response(&mut tls, deadline).map_err(timed_out)
    } else {
        let mut stream = stream;
        stream
            .write_all(request.as_bytes())
            .map_err(|e| format!("cannot send the request: {e}"))?;
        read_response(&mut stream, deadline).map_err(timed_out)
    }
}

fn tls_config() -> Arc<rustls::ClientConfig> {
    static CONFIG: OnceLock<Arc<rustls::ClientConfig>> = OnceLock::new();
    Arc::clone(CONFIG.get_or_init(|| {
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("ring supports the default TLS versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
        Arc::new(config)
    }))
}

/// Reads one response (after any 1xx interim responses, which are counted too) until its body
/// is complete: `Content-Length` bytes, the last chunk, or the end of the connection.
fn read_response(stream: &mut impl Read, deadline: Instant) -> std::io::Result<Response> {
    let mut received: Vec<u8> = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    let mut ended = false;
    let mut read_more = |received: &mut Vec<u8>, ended: &mut bool| -> std::io::Result<()> {
        if Instant::now() > deadline {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        match stream.read(&mut buffer) {
            Ok(0) => *ended = true,
            Ok(n) => received.extend_from_slice(&buffer[..n]),
            // A TLS peer that closes without `close_notify` ends the body all the same.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => *ended = true,
            Err(e) => return Err(e),
        }
        Ok(())
    };
    let mut head_start = 0;
    loop {
        let head_end = loop {
            if let Some(end) = find(&received[head_start..], b"\r\n\r\n") {
                break head_start + end + 4;
            }
            if ended {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "the server closed the connection before a complete HTTP response",
                ));
            }
            read_more(&mut received, &mut ended)?;
        };
        let head = String::from_utf8_lossy(&received[head_start..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let status: u16 = lines
            .next()
            .and_then(|line| line.split_whitespace().nth(1))
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::InvalidData, "not an HTTP response")
            })?;
        let headers: Vec<(String, String)> = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        if (100..200).contains(&status) {
            head_start = head_end;
            continue;
        }
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        let chunked =
            header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        let length: Option<usize> = header("content-length").and_then(|l| l.parse().ok());
        let no_body = status == 204 || status == 304;
        let (body, end) = loop {
            let rest = &received[head_end..];
            if no_body {
                break (Vec::new(), head_end);
            } else if chunked {
                if let Some((body, used)) = dechunk(rest) {
                    break (body, head_end + used);
                }
            } else if let Some(length) = length
                && rest.len() >= length
            {
                break (rest[..length].to_vec(), head_end + length);
            }
            if ended || received.len() > MAX_RESPONSE_BYTES {
                // The connection closed (the end of a body without a length) or the response
                // is too long: count what arrived.
                break (rest.to_vec(), received.len());
            }
            read_more(&mut received, &mut ended)?;
        };
        return Ok(Response {
            status,
            headers,
            body,
            wire_bytes: end as u64,
        });
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// The body of a complete chunked message and the bytes it took (trailers included); `None`
/// while it is incomplete.
fn dechunk(data: &[u8]) -> Option<(Vec<u8>, usize)> {
    let mut body = Vec::new();
    let mut at = 0;
    loop {
        let line_end = at + find(&data[at..], b"\r\n")?;
        let size_text = String::from_utf8_lossy(&data[at..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        at = line_end + 2;
        if size == 0 {
            // Trailer lines, then a blank line.
            loop {
                let end = at + find(&data[at..], b"\r\n")?;
                let blank = end == at;
                at = end + 2;
                if blank {
                    return Some((body, at));
                }
            }
        }
        if data.len() < at + size + 2 {
            return None;
        }
        body.extend_from_slice(&data[at..at + size]);
        at += size + 2;
    }
}

/// An absolute http(s) URL, split as the fetcher needs it.
#[derive(Clone, Debug, PartialEq)]
struct Url {
    https: bool,
    /// Lower-case; IPv6 addresses without brackets.
    host: String,
    port: u16,
    /// From the first `/` (at least `/`), fragment removed.
    path_and_query: String,
}

impl Url {
    fn parse(text: &str) -> Option<Url> {
        let text = text.trim();
        let (scheme, rest) = text.split_once("://")?;
        let https = match scheme.to_ascii_lowercase().as_str() {
            "http" => false,
            "https" => true,
            _ => return None,
        };
        let rest = rest.split('#').next().unwrap_or_default();
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        let authority = authority.rsplit_once('@').map_or(authority, |(_, a)| a);
        let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
            let (host, after) = bracketed.split_once(']')?;
            (host, after.strip_prefix(':'))
        } else {
            match authority.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (authority, None),
            }
        };
        if host.is_empty() {
            return None;
        }
        let port = match port {
            Some(port) if !port.is_empty() => port.parse().ok()?,
            _ if https => 443,
            _ => 80,
        };
        let mut path_and_query = rest[authority_end..].to_owned();
        if !path_and_query.starts_with('/') {
            path_and_query.insert(0, '/');
        }
        Some(Url {
            https,
            host: host.to_ascii_lowercase(),
            port,
            path_and_query: path_and_query.replace(' ', "%20"),
        })
    }

    fn host_for_url(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        }
    }

    fn origin(&self) -> String {
        let default_port = if self.https { 443 } else { 80 };
        let scheme = if self.https { "https" } else { "http" };
        if self.port == default_port {
            format!("{scheme}://{}", self.host_for_url())
        } else {
            format!("{scheme}://{}:{}", self.host_for_url(), self.port)
        }
    }

    /// `reference` resolved against this URL (RFC 3986 §5.2); `None` for references that are
    /// not fetched over HTTP (`data:`, `javascript:`, `mailto:`, a bare fragment).
    fn join(&self, reference: &str) -> Option<Url> {
        let reference = reference.trim();
        if reference.is_empty() || reference.starts_with('#') {
            return None;
        }
        if let Some(colon) = reference.find(':') {
            let scheme = &reference[..colon];
            let is_scheme = !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            if is_scheme {
                return Url::parse(reference);
            }
        }
        if let Some(rest) = reference.strip_prefix("//") {
            let scheme = if self.https { "https" } else { "http" };
            return Url::parse(&format!("{scheme}://{rest}"));
        }
        let path = self
            .path_and_query
            .split_once('?')
            .map_or(self.path_and_query.as_str(), |(path, _)| path);
        let reference = reference.split('#').next().unwrap_or_default();
        let joined = if reference.starts_with('/') {
            reference.to_owned()
        } else if let Some(new_query) = reference.strip_prefix('?') {
            format!("{path}?{new_query}")
        } else {
            let directory = &path[..=path.rfind('/').unwrap_or(0)];
            format!("{directory}{reference}")
        };
        let (joined_path, joined_query) = match joined.split_once('?') {
            Some((p, q)) => (p.to_owned(), Some(q.to_owned())),
            None => (joined, None),
        };
        let mut resolved = remove_dot_segments(&joined_path);
        if let Some(q) = joined_query {
            resolved.push('?');
            resolved.push_str(&q);
        }
        Url::parse(&format!("{}{resolved}", self.origin()))
    }
}

impl std::fmt::Display for Url {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.origin(), self.path_and_query)
    }
}

/// RFC 3986 §5.2.4, on a path that starts with `/`.
fn remove_dot_segments(path: &str) -> String {
    let mut output: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    for (index, segment) in segments.iter().enumerate() {
        let last = index + 1 == segments.len();
        match *segment {
            "." => {
                if last {
                    output.push("");
                }
            }
            ".." => {
                output.pop();
                if last {
                    output.push("");
                }
            }
            other => output.push(other),
        }
    }
    format!("/{}", output.join("/"))
}

/// What the scanner found in a page's markup.
#[derive(Debug, Default, PartialEq)]
struct Scan {
    /// Start tags, SVG descendants included (they cannot be told apart cheaply).
    start_tags: u64,
    /// Referenced assets in document order, with the browser's resource type.
    assets: Vec<(String, &'static str)>,
    base_href: Option<String>,
}

/// Scans `html` for start tags and the assets they reference (see the module docs).
fn scan(html: &str) -> Scan {
    let mut result = Scan::default();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        at += offset + 1;
        let rest = &html[at..];
        if let Some(comment) = rest.strip_prefix("!--") {
            at += comment.find("-->").map_or(rest.len(), |end| end + 6);
            continue;
        }
        if rest.starts_with('!') || rest.starts_with('?') || rest.starts_with('/') {
            at += rest.find('>').map_or(rest.len(), |end| end + 1);
            continue;
        }
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        at += name_end;
        let (attributes, end) = attributes(html, at);
        at = end;
        result.start_tags += 1;
        let attribute = |wanted: &str| {
            attributes
                .iter()
                .find(|(n, _)| n == wanted)
                .map(|(_, v)| v.as_str())
        };
        let first_candidate = |srcset: &str| {
            srcset
                .split(',')
                .next()
                .and_then(|candidate| candidate.split_whitespace().next())
                .map(str::to_owned)
        };
        let mut push = |url: Option<String>, kind: &'static str| {
            if let Some(url) = url.filter(|u| !u.trim().is_empty()) {
                result.assets.push((url, kind));
            }
        };
        match name.as_str() {
            "link" => {
                let rel = attribute("rel").unwrap_or_default().to_ascii_lowercase();
                let rels: Vec<&str> = rel.split_ascii_whitespace().collect();
                let href = attribute("href").map(str::to_owned);
                if rels.contains(&"stylesheet") && !rels.contains(&"alternate") {
                    push(href, "Stylesheet");
                } else if rels.contains(&"icon") {
                    push(href, "Image");
                }
            }
            "script" => push(attribute("src").map(str::to_owned), "Script"),
            "img" => {
                push(attribute("src").map(str::to_owned), "Image");
                push(attribute("srcset").and_then(first_candidate), "Image");
            }
            "source" => {
                push(attribute("src").map(str::to_owned), "Media");
                push(attribute("srcset").and_then(first_candidate), "Image");
            }
            "video" => push(attribute("poster").map(str::to_owned), "Image"),
            "base" if result.base_href.is_none() => {
                result.base_href = attribute("href").map(str::to_owned);
            }
            _ => {}
        }
        // Raw text: everything up to the matching end tag is text, not markup.
        if matches!(
            name.as_str(),
            "script" | "style" | "textarea" | "title" | "xmp" | "noembed"
        ) {
            let closing = format!("</{name}");
            let lower = html[at..].to_ascii_lowercase();
            at += lower.find(&closing).unwrap_or(lower.len());
        }
    }
    result
}

/// The attributes of a start tag whose name ends at `at`, and the offset after its `>`.
/// Names lower-case; values with the common character references decoded.
fn attributes(html: &str, mut at: usize) -> (Vec<(String, String)>, usize) {
    let bytes = html.as_bytes();
    let mut attributes = Vec::new();
    loop {
        while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            at += 1;
        }
        if at >= bytes.len() {
            return (attributes, at);
        }
        if bytes[at] == b'>' {
            return (attributes, at + 1);
        }
        let name_start = at;
        while at < bytes.len()
            && !bytes[at].is_ascii_whitespace()
            && !matches!(bytes[at], b'=' | b'>' | b'/')
        {
            at += 1;
        }
        let name = html[name_start..at].to_ascii_lowercase();
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let mut value = String::new();
        if at < bytes.len() && bytes[at] == b'=' {
            at += 1;
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            if at < bytes.len() && matches!(bytes[at], b'"' | b'\'') {
                let quote = bytes[at];
                let start = at + 1;
                let end = html[start..]
                    .find(quote as char)
                    .map_or(bytes.len(), |e| start + e);
                value = html[start..end].to_owned();
                at = (end + 1).min(bytes.len());
            } else {
                let start = at;
                while at < bytes.len() && !bytes[at].is_ascii_whitespace() && bytes[at] != b'>' {
                    at += 1;
                }
                value = html[start..at].to_owned();
            }
        }
        if name.is_empty() {
            at += 1;
            continue;
        }
        attributes.push((name, decode_references(&value)));
    }
}

/// The character references that occur in URLs: `&amp;`, `&quot;`, `&#39;`, `&#x27;`, `&lt;`,
/// `&gt;`.
fn decode_references(value: &str) -> String {
    if !value.contains('&') {
        return value.to_owned();
    }
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_references_resolve_as_rfc_3986_says() {
        let base = Url::parse("http://a/b/c/d;p?q").unwrap();
        for (reference, expected) in [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g/"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("g#s", "http://a/b/c/g"),
            (".", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            (
                "https://cdn.example:8443/x.css",
                "https://cdn.example:8443/x.css",
            ),
        ] {
            assert_eq!(
                base.join(reference).map(|u| u.to_string()).as_deref(),
                Some(expected),
                "{reference}"
            );
        }
        for skipped in [
            "data:image/png;base64,AAAA",
            "javascript:void(0)",
            "#top",
            "",
        ] {
            assert_eq!(base.join(skipped), None, "{skipped}");
        }
    }

    #[test]
    fn the_scanner_finds_assets_and_skips_comments_and_raw_text() {
        let scan = scan(
            "<!doctype html><html><head><title>a <img src=no.png></title>\
             <link rel=\"stylesheet\" href=\"a.css\"><link rel='icon' href=/i.ico>\
             <link rel=\"alternate stylesheet\" href=alt.css><link rel=preload href=p.js>\
             <script src=\"s.js?a=1&amp;b=2\"></script><script>var x = '<img src=\"no.png\">';</script>\
             </head><body><!-- <img src=no.png> --><IMG SRC=one.png srcset=\"two.png 1x, three.png 2x\">\
             <video poster=p.jpg><source src=v.mp4 type=video/mp4></video><picture><source srcset=\"w.webp 100w\"></picture></body></html>",
        );
        let urls: Vec<&str> = scan.assets.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(
            urls,
            [
                "a.css",
                "/i.ico",
                "s.js?a=1&b=2",
                "one.png",
                "two.png",
                "p.jpg",
                "v.mp4",
                "w.webp"
            ]
        );
        // html head title link×4 script×2 body img video source picture source
        assert_eq!(scan.start_tags, 15);
    }

    #[test]
    fn chunked_bodies_are_complete_only_at_the_last_chunk() {
        assert_eq!(dechunk(b"3\r\nabc\r\n2\r\nde\r"), None);
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\nextra"),
            Some((b"abcde".to_vec(), 20))
        );
    }
}
