//! Measuring a page from the web application: `sero serve` as a child process, a page served
//! on loopback, the form, the job polled to its end, the bytes against what the page's server
//! wrote, the measurement added to the service as a new version with its activity file; the
//! address guard's refusal in English and in Welsh; a viewer refused, another organisation's
//! member not told the job exists.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use sero_test_server::{Fixture, Server};

use crate::page::CHROMIUM;

/// A `sero serve` child, stopped when dropped.
struct Serve {
    child: Child,
    base: String,
    /// The demonstration's password, with `--demo`.
    password: Option<String>,
    _folder: Option<tempfile::TempDir>,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn sero(args: &[&str], stdin: Option<&str>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sero"))
        .args(args)
        .env("SERO_LANG", "en")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sero runs");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "sero {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Starts `sero serve` with `args` (and `--listen 127.0.0.1:0`), reading the address it prints.
fn serve(args: &[&str], folder: Option<tempfile::TempDir>) -> Serve {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sero"))
        .arg("serve")
        .args(args)
        .args(["--listen", "127.0.0.1:0"])
        .env("SERO_LANG", "en")
        .env("SERO_DATA_DIR", data.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("sero serve starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let mut password = None;
    let base = loop {
        let line = lines
            .next()
            .expect("sero serve prints where it listens")
            .unwrap();
        if let Some(rest) = line.trim().strip_prefix("password:") {
            password = Some(rest.trim().to_owned());
        }
        if let Some(at) = line.find("listening on http://") {
            let url = line[at + "listening on ".len()..]
                .split_whitespace()
                .next()
                .unwrap();
            break url.to_owned();
        }
    };
    // The rest of its output is drained so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Serve {
        child,
        base,
        password,
        _folder: folder.or(Some(data)),
    }
}

/// An HTTP response as the tests read it.
#[derive(Debug)]
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A browser without JavaScript: cookies kept, one request per connection.
struct Client {
    base: String,
    cookies: BTreeMap<String, String>,
}

impl Client {
    fn new(base: &str) -> Client {
        Client {
            base: base.to_owned(),
            cookies: BTreeMap::new(),
        }
    }

    fn request(&mut self, method: &str, path: &str, body: Option<(&str, Vec<u8>)>) -> Response {
        let address = self.base.trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).expect("the server answers");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        let cookie = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let mut head =
            format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
        if !cookie.is_empty() {
            head.push_str(&format!("Cookie: {cookie}\r\n"));
        }
        if let Some((kind, bytes)) = &body {
            head.push_str(&format!(
                "Content-Type: {kind}\r\nContent-Length: {}\r\n",
                bytes.len()
            ));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        if let Some((_, bytes)) = &body {
            stream.write_all(bytes).unwrap();
        }
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a response head");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut body = raw[split + 4..].to_vec();
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .expect("a status");
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
            .collect();
        for (name, value) in &headers {
            if name.eq_ignore_ascii_case("set-cookie") {
                let pair = value.split(';').next().unwrap_or_default();
                if let Some((k, v)) = pair.split_once('=') {
                    if v.is_empty() {
                        self.cookies.remove(k);
                    } else {
                        self.cookies.insert(k.to_owned(), v.to_owned());
                    }
                }
            }
        }
        let chunked = headers.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
        });
        if chunked {
            body = dechunk(&body);
        }
        Response {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }

    fn get(&mut self, path: &str) -> Response {
        self.request("GET", path, None)
    }

    fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.request(
            "POST",
            path,
            Some(("application/x-www-form-urlencoded", body.into_bytes())),
        )
    }

    fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let boundary = "sero-test-boundary-7d1c";
        let mut body = String::new();
        for (name, value) in fields {
            body.push_str(&format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            ));
        }
        body.push_str(&format!("--{boundary}--\r\n"));
        let kind = format!("multipart/form-data; boundary={boundary}");
        self.request("POST", path, Some((&kind, body.into_bytes())))
    }

    /// The anti-forgery token of the form on a page.
    fn csrf(&mut self, path: &str) -> String {
        let page = self.get(path);
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        let at = page
            .body
            .find("name=\"csrf\" value=\"")
            .unwrap_or_else(|| panic!("{path} has no form:\n{}", page.body));
        let rest = &page.body[at + "name=\"csrf\" value=\"".len()..];
        rest[..rest.find('"').unwrap()].to_owned()
    }

    fn sign_in(&mut self, email: &str, password: &str) {
        let csrf = self.csrf("/signin");
        let signed = self.post_form(
            "/signin",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", password),
                ("next", "/"),
            ],
        );
        assert_eq!(signed.status, 303, "sign-in failed: {}", signed.body);
    }
}

/// The processes `parent` started (Linux's `/proc`), with the browser profile each names.
fn children(parent: u32) -> Vec<(u32, Option<String>)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // `pid (name) state ppid …`: the name may hold spaces, so read after its `)`.
        let ppid = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|p| p.parse::<u32>().ok());
        if ppid == Some(parent) {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let profile = String::from_utf8_lossy(&cmdline)
                .split('\0')
                .find_map(|a| a.strip_prefix("--user-data-dir=").map(str::to_owned));
            found.push((pid, profile));
        }
    }
    found
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&body[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[end + 2 + size + 2..];
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Polls a job's JSON until it ends; returns its last state.
fn finished(client: &mut Client, job: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(150);
    let mut seen_progress = Vec::new();
    loop {
        let state = client.get(&format!("{job}.json"));
        assert_eq!(state.status, 200, "{}", state.body);
        let value: Value = serde_json::from_str(&state.body).expect("the job's JSON");
        seen_progress.push(value["progress"].as_i64().unwrap());
        if matches!(value["status"].as_str(), Some("done" | "failed")) {
            assert!(
                seen_progress.windows(2).all(|p| p[0] <= p[1]),
                "progress went back: {seen_progress:?}"
            );
            return value;
        }
        assert!(Instant::now() < deadline, "the job did not end: {value}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn page_server() -> Server {
    Server::start(
        "127.0.0.1",
        vec![(
            "/form",
            Fixture::html(
                "<!doctype html><html lang=en><head><meta charset=utf-8><title>Apply</title>\
                 <link rel=icon href=\"data:,\"></head><body><h1>Apply for a Blue Badge</h1>\
                 <p>Start now.</p></body></html>",
            )
            .header("Cache-Control", "max-age=600"),
        )],
    )
}

const PASSWORD: &str = "correct horse battery staple";

/// A database with two organisations: council-a (an editor, who is also an administrator of
/// the installation, and a viewer) and council-b (another person, its administrator).
fn councils(folder: &tempfile::TempDir) -> String {
    let db = folder.path().join("sero.db").display().to_string();
    for (email, admin) in [
        ("editor@example.org", true),
        ("viewer@example.org", false),
        ("other@example.org", false),
    ] {
        let mut args = vec![
            "admin",
            "create-user",
            "--database",
            &db,
            "--email",
            email,
            "--name",
            email,
        ];
        if admin {
            args.push("--admin");
        }
        sero(&args, Some(PASSWORD));
    }
    for (slug, name) in [("council-a", "Council A"), ("council-b", "Council B")] {
        sero(
            &[
                "admin",
                "create-org",
                "--database",
                &db,
                "--slug",
                slug,
                "--name",
                name,
            ],
            None,
        );
    }
    for (org, email, role) in [
        ("council-a", "editor@example.org", "editor"),
        ("council-a", "viewer@example.org", "viewer"),
        ("council-b", "other@example.org", "admin"),
    ] {
        sero(
            &[
                "admin",
                "add-member",
                "--database",
                &db,
                "--org",
                org,
                "--email",
                email,
                "--role",
                role,
            ],
            None,
        );
    }
    db
}

/// Creates council-a's Blue Badge service from the bundled example; returns its path.
fn blue_badge(editor: &mut Client) -> String {
    let csrf = editor.csrf("/o/council-a/services/new");
    let manifest = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/blue-badge-wales.yaml"
    ))
    .unwrap();
    let created = editor.post_multipart(
        "/o/council-a/services",
        &[
            ("csrf", &csrf),
            ("name", "Blue Badge"),
            ("manifest", &manifest),
            ("format", "yaml"),
            ("message", "first"),
        ],
    );
    assert_eq!(created.status, 303, "{}", created.body);
    created.header("location").unwrap().to_owned()
}

#[test]
fn a_measurement_the_server_did_not_finish_is_marked_failed_when_it_starts_again() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    // A page that answers after the server has been killed.
    let site = Server::start(
        "127.0.0.1",
        vec![(
            "/slow",
            Fixture::html("<!doctype html><title>Slow</title><p>Late</p>")
                .delay(Duration::from_secs(20)),
        )],
    );
    let folder = tempfile::tempdir().unwrap();
    let db = councils(&folder);
    let mut server = serve(&["--database", &db, "--allow-private-addresses"], None);
    let mut editor = Client::new(&server.base);
    editor.sign_in("editor@example.org", PASSWORD);
    let service = blue_badge(&mut editor);
    let csrf = editor.csrf(&format!("{service}/measure"));
    let started = editor.post_form(
        &format!("{service}/measure"),
        &[("csrf", &csrf), ("url", &site.url("/slow"))],
    );
    assert_eq!(started.status, 303, "{}", started.body);
    let job = started.header("location").unwrap().to_owned();
    // Running, its page asked for: then the server is killed (SIGKILL: nothing to tidy up).
    let deadline = Instant::now() + Duration::from_secs(60);
    while site.requests().is_empty() {
        assert!(Instant::now() < deadline, "the page was never asked for");
        std::thread::sleep(Duration::from_millis(100));
    }
    let state: Value = serde_json::from_str(&editor.get(&format!("{job}.json")).body).unwrap();
    assert_eq!(state["status"], "running", "{state}");
    let browsers = children(server.child.id());
    assert!(!browsers.is_empty(), "no browser was measuring the page");
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    // A killed server cannot stop its browser: the test does, as an init system would.
    for (pid, profile) in browsers {
        let _ = Command::new("kill").arg(pid.to_string()).status();
        if let Some(profile) = profile {
            let deadline = Instant::now() + Duration::from_secs(10);
            while std::path::Path::new(&format!("/proc/{pid}")).exists()
                && Instant::now() < deadline
            {
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = std::fs::remove_dir_all(profile);
        }
    }

    let server = serve(
        &["--database", &db, "--allow-private-addresses"],
        Some(folder),
    );
    let mut editor = Client::new(&server.base);
    editor.sign_in("editor@example.org", PASSWORD);
    let state: Value = serde_json::from_str(&editor.get(&format!("{job}.json")).body).unwrap();
    assert_eq!(state["status"], "failed", "{state}");
    let english = editor.get(&job).body;
    assert!(
        english.contains("the server stopped before the measurement finished"),
        "{english}"
    );
    editor.cookies.insert("sero_lang".into(), "cy".into());
    let welsh = editor.get(&job).body;
    assert!(
        welsh.contains("stopiodd y gweinydd cyn i'r mesuriad orffen"),
        "{welsh}"
    );
}

#[test]
fn a_page_measured_from_the_browser_is_added_to_its_service() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let site = page_server();
    let server = serve(&["--demo", "--allow-private-addresses"], None);
    let mut client = Client::new(&server.base);
    client.sign_in("demo@example.org", server.password.as_deref().unwrap());
    let service = "/o/example-council/s/apply-for-a-blue-badge";
    // The service page leads to the form.
    let page = client.get(service);
    assert!(page.body.contains(&format!("href=\"{service}/measure\"")));

    let csrf = client.csrf(&format!("{service}/measure"));
    // A URL that is not http(s) is refused in the form, with the reason.
    let refused = client.post_form(
        &format!("{service}/measure"),
        &[("csrf", &csrf), ("url", "file:///etc/passwd")],
    );
    assert_eq!(refused.status, 400);
    assert!(
        refused
            .body
            .contains("is not a web address that can be measured")
    );
    // Without the form's token, nothing starts.
    let forged = client.post_form(
        &format!("{service}/measure"),
        &[("csrf", "forged"), ("url", &site.url("/form"))],
    );
    assert_eq!(forged.status, 403);

    let started = client.post_form(
        &format!("{service}/measure"),
        &[("csrf", &csrf), ("url", &site.url("/form"))],
    );
    assert_eq!(started.status, 303, "{}", started.body);
    let job = started.header("location").unwrap().to_owned();
    assert!(job.starts_with("/o/example-council/jobs/"), "{job}");
    // While it runs, the page works without JavaScript and names its one script.
    let running = client.get(&job);
    assert_eq!(running.status, 200);
    if !running.body.contains("Measured.") {
        assert!(running.body.contains("<progress"));
        assert!(running.body.contains("aria-live=\"polite\""));
        assert!(running.body.contains("src=\"/static/jobs-1.js\""));
        assert!(running.body.contains(&format!("href=\"{job}\"")));
    }
    let script = client.get("/static/jobs-1.js");
    assert_eq!(script.status, 200);
    assert!(script.body.contains(".json") || script.body.contains("data-poll"));

    let state = finished(&mut client, &job);
    assert_eq!(state["status"], "done", "{state}");
    assert_eq!(state["progress"], 100);

    let done = client.get(&job);
    let bytes: u64 = {
        let at = done.body.find("data-bytes=\"").expect("the page's bytes");
        let rest = &done.body[at + "data-bytes=\"".len()..];
        rest[..rest.find('"').unwrap()].parse().unwrap()
    };
    assert_eq!(bytes, site.bytes("/form"), "{}", done.body);
    assert!(done.body.contains("id=\"page-rating\""));
    assert!(
        !done.body.contains("<script"),
        "a finished job needs no script"
    );

    // Added to the service: a new version, with the activity file and a component reading it.
    let id = job.rsplit('/').next().unwrap();
    let csrf = client.csrf(&job);
    let added = client.post_form(
        &format!("{job}/add"),
        &[("csrf", &csrf), ("channel", "online")],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    let version = added.header("location").unwrap().to_owned();
    assert_eq!(version, format!("{service}/v/3"));
    let shown = client.get(&version);
    assert_eq!(shown.status, 200);
    assert!(shown.body.contains(&format!("<code>page-{id}.json</code>")));
    let manifest = client.get(&format!("{version}/manifest")).body;
    assert!(
        manifest.contains(&format!("from: \"page-{id}.json\"")),
        "{manifest}"
    );
    assert!(manifest.contains("channel: \"online\""));
    // The component reads the file: the new version's total is the previous one's plus the
    // page's grams per visit for each of the online channel's 8,000 transactions.
    let mut total = |number: u32| -> f64 {
        let estimate = client
            .get(&format!("{service}/v/{number}/estimate.json"))
            .body;
        let value: Value = serde_json::from_str(&estimate).unwrap();
        value["total"]["co2e_kg"].as_f64().expect("a total")
    };
    let grams = state["result"]["co2e_g"]
        .as_f64()
        .expect("the page's grams");
    assert!(grams > 0.0);
    let (before_kg, after_kg) = (total(2), total(3));
    let expected_kg = grams * 8000.0 / 1000.0;
    // Equal but for the rounding of two totals of a few tonnes.
    assert!(
        (after_kg - before_kg - expected_kg).abs() <= after_kg * 1e-12,
        "added {} kg, expected {expected_kg} kg",
        after_kg - before_kg
    );
    // Added once only.
    let again = client.post_form(
        &format!("{job}/add"),
        &[("csrf", &csrf), ("channel", "online")],
    );
    assert_eq!(again.status, 400);
    assert!(
        again.body.contains("is already kept with the service"),
        "{}",
        again.body
    );
    // The earlier version is unchanged.
    let before = client.get(&format!("{service}/v/2/manifest")).body;
    assert!(!before.contains("page-"));
}

#[test]
fn the_guard_refuses_loopback_roles_are_checked_and_other_organisations_see_nothing() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let site = page_server();
    let folder = tempfile::tempdir().unwrap();
    let db = councils(&folder);
    let server = serve(&["--database", &db], Some(folder));
    let mut editor = Client::new(&server.base);
    editor.sign_in("editor@example.org", PASSWORD);
    let service = blue_badge(&mut editor);

    let csrf = editor.csrf(&format!("{service}/measure"));
    let started = editor.post_form(
        &format!("{service}/measure"),
        &[("csrf", &csrf), ("url", &site.url("/form"))],
    );
    assert_eq!(started.status, 303, "{}", started.body);
    let job = started.header("location").unwrap().to_owned();
    let state = finished(&mut editor, &job);
    assert_eq!(state["status"], "failed", "{state}");
    assert_eq!(state["error"]["id"], "guard-refused", "{state}");
    assert!(
        site.requests().is_empty(),
        "the page's server was reached: {:?}",
        site.requests()
    );
    let english = editor.get(&job);
    assert!(
        english.body.contains(
            "127.0.0.1 resolves to 127.0.0.1, a loopback address (the server itself): a page \
             measured by the server may not reach it"
        ),
        "{}",
        english.body
    );
    assert!(
        english
            .body
            .contains("an administrator allows private addresses")
    );
    editor.cookies.insert("sero_lang".into(), "cy".into());
    let welsh = editor.get(&job);
    assert!(
        welsh.body.contains(
            "Mae 127.0.0.1 yn arwain at 127.0.0.1, cyfeiriad dolen-ôl (y gweinydd ei hun): ni \
             chaiff tudalen a fesurir gan y gweinydd ei chyrraedd"
        ),
        "{}",
        welsh.body
    );
    assert!(welsh.body.contains("lang=\"cy\""));
    // A failed measurement cannot be added.
    editor.cookies.remove("sero_lang");
    let csrf = editor.csrf(&format!("{service}/measure"));
    let add = editor.post_form(&format!("{job}/add"), &[("csrf", &csrf), ("channel", "")]);
    assert_eq!(add.status, 400);

    // The form's own save goes through the same path: a manifest with an error is shown at its
    // line and saves nothing; a good one is version 2, keeping the version's files.
    let csrf = editor.csrf(&service);
    let broken = editor.post_multipart(
        &format!("{service}/versions"),
        &[
            ("csrf", &csrf),
            ("manifest", "sero: 1\nservice:\n  name: [unclosed\n"),
            ("format", "yaml"),
        ],
    );
    assert_eq!(broken.status, 400, "{}", broken.body);
    assert!(broken.body.contains("service.yaml:"), "{}", broken.body);
    let manifest = editor.get(&format!("{service}/v/1/manifest")).body;
    let saved = editor.post_multipart(
        &format!("{service}/versions"),
        &[
            ("csrf", &csrf),
            ("manifest", &manifest),
            ("format", "yaml"),
            ("message", "again"),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        saved.header("location"),
        Some(format!("{service}/v/2").as_str())
    );
    assert_eq!(editor.get(&format!("{service}/v/3")).status, 404);

    // A viewer sees the job but cannot start a measurement.
    let mut viewer = Client::new(&server.base);
    viewer.sign_in("viewer@example.org", PASSWORD);
    assert_eq!(viewer.get(&job).status, 200);
    assert_eq!(viewer.get(&format!("{service}/measure")).status, 403);
    let viewer_csrf = viewer.csrf("/account");
    let refused = viewer.post_form(
        &format!("{service}/measure"),
        &[("csrf", &viewer_csrf), ("url", &site.url("/form"))],
    );
    assert_eq!(refused.status, 403);
    let refused = viewer.post_form(&format!("{job}/add"), &[("csrf", &viewer_csrf)]);
    assert_eq!(refused.status, 403);

    // Another organisation's member is not told the job exists, by either organisation.
    let mut other = Client::new(&server.base);
    other.sign_in("other@example.org", PASSWORD);
    let id = job.rsplit('/').next().unwrap();
    assert_eq!(other.get(&job).status, 404);
    assert_eq!(other.get(&format!("{job}.json")).status, 404);
    assert_eq!(other.get(&format!("/o/council-b/jobs/{id}")).status, 404);
    assert_eq!(
        other.get(&format!("/o/council-b/jobs/{id}.json")).status,
        404
    );
    let other_csrf = other.csrf("/account");
    let add = other.post_form(
        &format!("/o/council-b/jobs/{id}/add"),
        &[("csrf", &other_csrf)],
    );
    assert_eq!(add.status, 404);
    let start = other.post_form(
        &format!("{service}/measure"),
        &[("csrf", &other_csrf), ("url", &site.url("/form"))],
    );
    assert_eq!(start.status, 404);
}
