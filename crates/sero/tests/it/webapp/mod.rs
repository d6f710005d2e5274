//! The web application (`sero serve`) driven from outside, as a browser or a script would: the
//! built binary on a temporary database, a plain HTTP/1.1 client on loopback.
//!
//! - [`isolation`]: every route of the application, asked by each member of organisation A for
//!   organisation B's objects, is refused (404 or 403) and B's data is unchanged.
//! - [`durability`]: the server killed with SIGKILL in the middle of a stream of saves keeps
//!   every acknowledged save, nothing half-written, and a sound database.
//! - [`security`]: anti-forgery tokens, security headers, cookies, the sign-in limiter, the body
//!   limit, sessions ended by a password change or "sign out everywhere", and logs free of
//!   secrets and personal data.
//!
//! Each test runs on SQLite, and also on PostgreSQL when `SERO_TEST_POSTGRES_URL` names a server
//! (a fresh database is made for every run and dropped at the end).

mod durability;
mod isolation;
mod security;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The password every account of these tests has (long enough for the server's rule).
pub const PASSWORD: &str = "correct horse battery staple";

/// The bundled Welsh example, the manifest services are made from.
pub fn example_manifest() -> String {
    std::fs::read_to_string(super::example("blue-badge-wales.yaml")).expect("the bundled example")
}

/// A database for one test: a SQLite file in a temporary folder, or a fresh PostgreSQL
/// database on the server at `SERO_TEST_POSTGRES_URL` (dropped when this is dropped).
pub struct Db {
    pub url: String,
    pub dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
}

impl Db {
    pub fn sqlite() -> Db {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = dir.path().join("sero.db").display().to_string();
        Db {
            url,
            dir,
            postgres: None,
        }
    }

    /// A fresh PostgreSQL database, or `None` when `SERO_TEST_POSTGRES_URL` is unset.
    pub fn postgres(name: &str) -> Option<Db> {
        let admin = sero_support::EnvVars::SERO_TEST_POSTGRES_URL.get()?;
        let unique = format!(
            "sero_{name}_{}_{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() % 1_000_000_000)
                .unwrap_or(0)
        );
        psql(&admin, &format!("CREATE DATABASE {unique}"));
        let base = admin
            .rsplit_once('/')
            .map(|(b, _)| b.to_owned())
            .expect("a database URL ends with /NAME");
        Some(Db {
            url: format!("{base}/{unique}"),
            dir: tempfile::tempdir().expect("a temporary directory"),
            postgres: Some((admin, unique)),
        })
    }

    /// SQLite always; PostgreSQL too when its server is given.
    pub fn all(name: &str) -> Vec<Db> {
        let mut all = vec![Db::sqlite()];
        if let Some(pg) = Db::postgres(name) {
            all.push(pg);
        }
        all
    }

    /// The database's name on the PostgreSQL server.
    pub fn postgres_name(&self) -> Option<&str> {
        self.postgres.as_ref().map(|(_, n)| n.as_str())
    }

    /// Runs `sero admin ARGS --database URL`, with `stdin` as its standard input, and returns
    /// its standard output.
    #[track_caller]
    pub fn admin(&self, args: &[&str], stdin: &str) -> String {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sero"))
            .arg("admin")
            .args(args)
            .args(["--database", &self.url])
            .env("LANG", "C.UTF-8")
            .env_remove("SERO_LANG")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run sero admin");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(stdin.as_bytes())
            .expect("write stdin");
        let out = child.wait_with_output().expect("sero admin ends");
        assert!(
            out.status.success(),
            "sero admin {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    }

    /// Creates a person (not an installation administrator) with [`PASSWORD`].
    pub fn user(&self, email: &str, name: &str) {
        self.admin(&["create-user", "--email", email, "--name", name], PASSWORD);
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let Some((admin, name)) = &self.postgres {
            // Sessions of a killed server may linger for a moment.
            psql(
                admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

#[track_caller]
fn psql(url: &str, sql: &str) {
    let out = Command::new("psql")
        .args([url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql])
        .output()
        .expect("psql (PostgreSQL's client) runs");
    assert!(
        out.status.success(),
        "psql {sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `sero serve` running as a child process; killed when dropped.
pub struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    pub addr: String,
    pub log: PathBuf,
}

impl Server {
    /// Starts `sero serve --database DB --listen 127.0.0.1:0 EXTRA…` and waits until it listens.
    pub fn start(db: &Db, extra: &[&str]) -> Server {
        let log = db.dir.path().join(format!(
            "server-{}.log",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        ));
        let stderr = std::fs::File::create(&log).expect("a log file");
        // With a public URL the server prints that URL, not the port it listens on: choose one.
        let chosen = extra.contains(&"--public-url").then(|| {
            std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .expect("a free port")
                .to_string()
        });
        let listen = chosen.clone().unwrap_or_else(|| "127.0.0.1:0".to_owned());
        let mut child = Command::new(env!("CARGO_BIN_EXE_sero"))
            .args(["serve", "--database", &db.url, "--listen", &listen])
            .args(extra)
            .env("LANG", "C.UTF-8")
            .env_remove("SERO_LANG")
            .env_remove("RUST_LOG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("start sero serve");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if !sent
                    && line.contains("listening")
                    && let Some(start) = line.find("://")
                {
                    let url: String = line[start + 3..]
                        .chars()
                        .take_while(|c| !c.is_whitespace() && *c != '/' && *c != ')')
                        .collect();
                    let _ = tx.send(url);
                    sent = true;
                }
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(addr) => chosen.unwrap_or(addr),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "sero serve did not start:\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
        };
        Server { child, addr, log }
    }

    pub fn client(&self) -> Client {
        Client::new(&self.addr)
    }

    /// Kills the server with SIGKILL and waits for it.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Stops the server (SIGKILL) and returns what it logged.
    pub fn stop_and_log(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn headers_named(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The value of the first hidden `csrf` field of a page.
    pub fn csrf(&self) -> String {
        let text = self.text();
        let at = text
            .find("name=\"csrf\" value=\"")
            .unwrap_or_else(|| panic!("no csrf field in the page:\n{text}"));
        let rest = &text[at + "name=\"csrf\" value=\"".len()..];
        rest[..rest.find('"').expect("a closing quote")].to_owned()
    }
}

/// A browser-like HTTP/1.1 client on loopback: one connection per request, cookies kept.
pub struct Client {
    addr: String,
    pub cookies: BTreeMap<String, String>,
    /// Extra headers sent with every request.
    pub headers: Vec<(String, String)>,
}

impl Client {
    pub fn new(addr: &str) -> Client {
        Client {
            addr: addr.to_owned(),
            cookies: BTreeMap::new(),
            headers: Vec::new(),
        }
    }

    pub fn get(&mut self, path: &str) -> Response {
        self.request("GET", path, &[], b"")
    }

    pub fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.request(
            "POST",
            path,
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.as_bytes(),
        )
    }

    /// A `multipart/form-data` POST: text fields, then files (field, file name, content).
    pub fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Response {
        self.try_post_multipart(path, fields, files)
            .unwrap_or_else(|e| panic!("POST {path}: {e}"))
    }

    pub fn try_post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> std::io::Result<Response> {
        let boundary = "----sero-test-boundary-7d1f";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        for (name, file, content) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let content_type = format!("multipart/form-data; boundary={boundary}");
        self.try_request("POST", path, &[("Content-Type", &content_type)], &body)
    }

    /// Sends one request and reads the whole response; `Set-Cookie` updates the cookies.
    pub fn request(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        self.try_request(method, path, headers, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    pub fn try_request(
        &mut self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> std::io::Result<Response> {
        let mut stream = TcpStream::connect(&self.addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(120)))?;
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            head.push_str(&format!("Cookie: {}\r\n", jar.join("; ")));
        }
        for (k, v) in &self.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes())?;
        // A server may answer (413) before reading a large body, and close.
        let _ = stream.write_all(body);
        let mut raw = Vec::new();
        match stream.read_to_end(&mut raw) {
            Ok(_) => {}
            Err(e) if !raw.is_empty() => {
                let _ = e;
            }
            Err(e) => return Err(e),
        }
        let response = parse_response(&raw)?;
        for value in response.headers_named("set-cookie") {
            let mut parts = value.split(';');
            let pair = parts.next().unwrap_or("");
            let expired = parts.any(|a| a.trim().eq_ignore_ascii_case("max-age=0"));
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || expired {
                    self.cookies.remove(name.trim());
                } else {
                    self.cookies
                        .insert(name.trim().to_owned(), value.to_owned());
                }
            }
        }
        Ok(response)
    }
}

fn parse_response(raw: &[u8]) -> std::io::Result<Response> {
    let bad = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned());
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad("no end of headers"))?;
    let head = std::str::from_utf8(&raw[..end]).map_err(|_| bad("headers not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().ok_or_else(|| bad("no status line"))?;
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad("no status"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    let chunked = headers.iter().any(|(k, v)| {
        k.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
    });
    if chunked {
        let mut out = Vec::new();
        let mut rest = &body[..];
        loop {
            let line_end = rest
                .windows(2)
                .position(|w| w == b"\r\n")
                .ok_or_else(|| bad("bad chunk"))?;
            let size_text = std::str::from_utf8(&rest[..line_end]).map_err(|_| bad("bad chunk"))?;
            let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
                .map_err(|_| bad("bad chunk size"))?;
            rest = &rest[line_end + 2..];
            if size == 0 {
                break;
            }
            if rest.len() < size {
                return Err(bad("short chunk"));
            }
            out.extend_from_slice(&rest[..size]);
            rest = &rest[(size + 2).min(rest.len())..];
        }
        body = out;
    }
    Ok(Response {
        status,
        headers,
        body,
    })
}

pub fn urlencode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Signs in on the pages as a browser does (the sign-in form's token, then the form) and
/// returns the client with its session and the session's anti-forgery token.
#[track_caller]
pub fn sign_in(server: &Server, email: &str, password: &str) -> (Client, String) {
    let mut client = server.client();
    let form = client.get("/signin");
    assert_eq!(form.status, 200, "the sign-in page: {}", form.text());
    let csrf = form.csrf();
    let done = client.post_form(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", email),
            ("password", password),
            ("next", "/"),
        ],
    );
    assert_eq!(done.status, 303, "signing in as {email}: {}", done.text());
    assert!(
        client.cookies.contains_key("sero_session"),
        "signing in sets the session cookie"
    );
    let account = client.get("/account");
    assert_eq!(account.status, 200);
    let token = account.csrf();
    (client, token)
}

/// Opens the store on `url` (what the server uses) and runs its integrity check.
pub fn integrity_problems(url: &str) -> Vec<String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let store = sero_store::Store::open(url).await.expect("open the store");
        store
            .integrity_check()
            .await
            .expect("run the integrity check")
    })
}

/// A path under the workspace.
pub fn workspace(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}
