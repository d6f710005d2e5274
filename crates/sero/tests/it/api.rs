//! The web application's JSON API and `sero push` / `sero pull`, against `sero serve` run as a
//! child process on a temporary SQLite database, on loopback.
//!
//! Two organisations (`org-a`, `org-b`) are made with `sero admin`, with a write and a read
//! token for `org-a` and a write token for `org-b`. Every JSON body the tests read is checked
//! against the schema the server's own OpenAPI document gives for that route and status (with
//! `boon`: OpenAPI 3.1's schemas are JSON Schema 2020-12). The API is fuzzed from that document
//! by schemathesis (`SERO_SCHEMATHESIS`).

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdout, Command, Stdio};

use serde_json::{Value, json};
use sero_http::ureq;

use crate::{Sandbox, example};

/// A running `sero serve` and the tokens made for it; the server is killed when dropped.
struct Server {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    url: String,
    /// `org-a`'s write and read tokens, and `org-b`'s write token.
    write_a: String,
    read_a: String,
    write_b: String,
    sandbox: Sandbox,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `sero` in the sandbox with `stdin`, and returns its standard output.
#[track_caller]
fn admin(sandbox: &Sandbox, args: &[&str], stdin: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sero"))
        .args(args)
        .current_dir(sandbox.path(""))
        .env("SERO_DATA_DIR", sandbox.path("data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run sero");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let output = child.wait_with_output().expect("sero ends");
    assert!(
        output.status.success(),
        "sero {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .expect("UTF-8")
        .trim()
        .to_owned()
}

fn start() -> Server {
    let sandbox = Sandbox::new();
    let db = sandbox.path("sero.db").display().to_string();
    let db = db.as_str();
    for (email, org) in [("a@example.org", "org-a"), ("b@example.org", "org-b")] {
        admin(
            &sandbox,
            &[
                "admin",
                "create-user",
                "--database",
                db,
                "--email",
                email,
                "--name",
                org,
            ],
            "a long enough password",
        );
        admin(
            &sandbox,
            &[
                "admin",
                "create-org",
                "--database",
                db,
                "--slug",
                org,
                "--name",
                org,
            ],
            "",
        );
        admin(
            &sandbox,
            &[
                "admin",
                "add-member",
                "--database",
                db,
                "--org",
                org,
                "--email",
                email,
                "--role",
                "admin",
            ],
            "",
        );
    }
    let token = |org: &str, scope: &str| {
        admin(
            &sandbox,
            &[
                "admin",
                "create-token",
                "--database",
                db,
                "--org",
                org,
                "--name",
                "ci",
                "--scope",
                scope,
            ],
            "",
        )
    };
    let (write_a, read_a, write_b) = (
        token("org-a", "write"),
        token("org-a", "read"),
        token("org-b", "write"),
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_sero"))
        .args(["serve", "--database", db, "--listen", "127.0.0.1:0"])
        .current_dir(sandbox.path(""))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start sero serve");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut url = None;
    for _ in 0..10 {
        let mut line = String::new();
        if stdout.read_line(&mut line).expect("read stdout") == 0 {
            break;
        }
        if let Some(at) = line.find("http://") {
            let rest = &line[at..];
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            url = Some(rest[..end].to_owned());
            break;
        }
    }
    let url = url.expect("sero serve prints the address it listens on");
    Server {
        child,
        _stdout: stdout,
        url,
        write_a,
        read_a,
        write_b,
        sandbox,
    }
}

/// An answer of the API.
struct Answer {
    status: u16,
    content_type: String,
    www_authenticate: String,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .into()
}

impl Server {
    fn request(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        lang: &str,
    ) -> Answer {
        let url = format!("{}{path}", self.url);
        let auth = token.map(|t| format!("Bearer {t}"));
        let result = match (method, body) {
            ("GET", _) => {
                let mut r = agent().get(&url).header("Accept-Language", lang);
                if let Some(a) = &auth {
                    r = r.header("Authorization", a);
                }
                r.call()
            }
            (_, body) => {
                let mut r = agent()
                    .post(&url)
                    .header("Accept-Language", lang)
                    .header("Content-Type", "application/json");
                if let Some(a) = &auth {
                    r = r.header("Authorization", a);
                }
                r.send(body.map(Value::to_string).unwrap_or_default())
            }
        };
        let mut response = result.expect("the server answers");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let www_authenticate = response
            .headers()
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let body = response
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_vec()
            .expect("a body");
        Answer {
            status,
            content_type,
            www_authenticate,
            body,
        }
    }

    fn get(&self, path: &str, token: Option<&str>) -> Answer {
        self.request("GET", path, token, None, "en")
    }

    fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Answer {
        self.request("POST", path, token, Some(body), "en")
    }

    fn openapi(&self) -> Value {
        self.get("/api/openapi.json", None).json()
    }

    /// Runs `sero` with `SERO_TOKEN` set to `token`.
    fn sero(&self, args: &[&str], token: &str) -> crate::Run {
        self.sandbox.run_with(args, &[("SERO_TOKEN", token)])
    }
}

/// Escapes a JSON Pointer token.
fn pointer_token(text: &str) -> String {
    text.replace('~', "~0").replace('/', "~1")
}

/// Checks `body` against the schema the OpenAPI document gives for `template`'s `method` and
/// `status` (JSON bodies), and that the status is one the document lists.
#[track_caller]
fn assert_conforms(doc: &Value, template: &str, method: &str, answer: &Answer) {
    let status = answer.status.to_string();
    let response = &doc["paths"][template][method]["responses"][&status];
    assert!(
        response.is_object(),
        "{method} {template} answered {status}, which the OpenAPI document does not list"
    );
    let media = answer
        .content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_owned();
    assert!(
        response["content"][&media].is_object(),
        "{method} {template} {status}: content type {media} is not in the document"
    );
    if media != "application/json" {
        return;
    }
    let pointer = format!(
        "#/paths/{}/{method}/responses/{status}/content/{}/schema",
        pointer_token(template),
        pointer_token(&media)
    );
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.set_default_draft(boon::Draft::V2020_12);
    let base = "https://sero.invalid/openapi.json";
    compiler
        .add_resource(base, doc.clone())
        .expect("the document loads");
    let index = compiler
        .compile(&format!("{base}{pointer}"), &mut schemas)
        .unwrap_or_else(|e| panic!("the schema at {pointer} does not compile: {e:#}"));
    if let Err(e) = schemas.validate(&answer.json(), index) {
        panic!("{method} {template} {status}: the body does not match the document: {e:#}");
    }
}

const SERVICES: &str = "/api/v1/orgs/{org}/services";
const SERVICE: &str = "/api/v1/orgs/{org}/services/{service}";
const VERSIONS: &str = "/api/v1/orgs/{org}/services/{service}/versions";
const VERSION: &str = "/api/v1/orgs/{org}/services/{service}/versions/{number}";
const MANIFEST: &str = "/api/v1/orgs/{org}/services/{service}/versions/{number}/manifest";

#[test]
fn api_push_makes_versions_and_pull_gives_the_manifest_back_byte_for_byte() {
    let server = start();
    let manifest = example("blue-badge-wales.yaml");
    let manifest = manifest.to_str().expect("a UTF-8 path");
    let push = |message: &str| {
        server
            .sero(
                &[
                    "push",
                    manifest,
                    "--server",
                    &server.url,
                    "--org",
                    "org-a",
                    "--message",
                    message,
                ],
                &server.write_a,
            )
            .success()
    };
    let first = push("as published");
    assert!(
        first.contains("Saved version 1 of blue-badge-wales"),
        "{first}"
    );
    assert!(first.contains("kg CO2e (90% interval"), "{first}");
    assert!(
        first.contains(&format!("{}/o/org-a/s/blue-badge-wales/v/1", server.url)),
        "{first}"
    );
    // Without --org, the token's organisation.
    let second = server
        .sero(
            &["push", manifest, "--server", &server.url],
            &server.write_a,
        )
        .success();
    assert!(
        second.contains("Saved version 2 of blue-badge-wales"),
        "{second}"
    );

    let doc = server.openapi();
    let service = server.get(
        "/api/v1/orgs/org-a/services/blue-badge-wales",
        Some(&server.read_a),
    );
    assert_eq!(service.status, 200);
    assert_conforms(&doc, SERVICE, "get", &service);
    let versions = service.json()["versions"].clone();
    assert_eq!(versions[0]["number"], 2);
    assert_eq!(versions[1]["message"], "as published");
    assert_eq!(versions[1]["author"], "ci");
    let list = server.get("/api/v1/orgs/org-a/services", Some(&server.read_a));
    assert_conforms(&doc, SERVICES, "get", &list);
    assert_eq!(list.json()["services"][0]["latest"]["number"], 2);
    let version = server.get(
        "/api/v1/orgs/org-a/services/blue-badge-wales/versions/1",
        Some(&server.read_a),
    );
    assert_conforms(&doc, VERSION, "get", &version);
    let version = version.json();
    assert!(version["figures"]["total_kg"].as_f64().expect("a total") > 0.0);
    assert!(version["estimate"].is_object());
    let raw = server.get(
        "/api/v1/orgs/org-a/services/blue-badge-wales/versions/1/manifest",
        Some(&server.read_a),
    );
    assert_eq!(raw.status, 200);
    assert_conforms(&doc, MANIFEST, "get", &raw);
    assert!(
        raw.content_type.starts_with("application/yaml"),
        "{}",
        raw.content_type
    );

    let original = std::fs::read(manifest).expect("the example");
    assert_eq!(
        raw.body, original,
        "the API's manifest is the pushed one, byte for byte"
    );
    server
        .sero(
            &[
                "pull",
                "blue-badge-wales",
                "--server",
                &server.url,
                "--org",
                "org-a",
                "-o",
                "pulled.yaml",
            ],
            &server.read_a,
        )
        .success();
    assert_eq!(
        std::fs::read(server.sandbox.path("pulled.yaml")).expect("pulled"),
        original
    );
    let stdout = server
        .sero(
            &[
                "pull",
                "blue-badge-wales",
                "--server",
                &server.url,
                "--org",
                "org-a",
                "--version",
                "1",
            ],
            &server.read_a,
        )
        .success();
    assert_eq!(stdout.as_bytes(), original.as_slice());
}

#[test]
fn api_tokens_reach_only_their_organisation_and_scope() {
    let server = start();
    let doc = server.openapi();
    let manifest = std::fs::read_to_string(example("blue-badge-wales.yaml")).expect("the example");
    let body = json!({"format": "yaml", "manifest": manifest, "slug": "badge", "message": "first"});

    // No token, or an unknown one: 401.
    for token in [None, Some("sero_not-a-token")] {
        let answer = server.get("/api/v1/orgs/org-a/services", token);
        assert_eq!(answer.status, 401);
        assert_conforms(&doc, SERVICES, "get", &answer);
        assert_eq!(answer.json()["error"], "web-error-unauthorized");
        assert_eq!(answer.www_authenticate, "Bearer realm=\"sero\"");
    }
    // A read token may not write: 403, and nothing is saved.
    let answer = server.post("/api/v1/orgs/org-a/services", Some(&server.read_a), &body);
    assert_eq!(answer.status, 403);
    assert_conforms(&doc, SERVICES, "post", &answer);
    let created = server.post("/api/v1/orgs/org-a/services", Some(&server.write_a), &body);
    assert_eq!(
        created.status,
        201,
        "{}",
        String::from_utf8_lossy(&created.body)
    );
    assert_conforms(&doc, SERVICES, "post", &created);
    assert_eq!(created.json()["number"], 1);
    let again = server.post("/api/v1/orgs/org-a/services", Some(&server.write_a), &body);
    assert_eq!(again.status, 409);
    assert_conforms(&doc, SERVICES, "post", &again);
    let next = server.post(
        "/api/v1/orgs/org-a/services/badge/versions",
        Some(&server.read_a),
        &json!({"format": "yaml", "manifest": manifest}),
    );
    assert_eq!(next.status, 403);
    assert_conforms(&doc, VERSIONS, "post", &next);

    // org-b's token: every path of org-a is "not found", reading or writing; so is a made-up
    // organisation.
    for org in ["org-a", "no-such-org"] {
        for (template, path) in [
            (SERVICES, format!("/api/v1/orgs/{org}/services")),
            (SERVICE, format!("/api/v1/orgs/{org}/services/badge")),
            (
                VERSION,
                format!("/api/v1/orgs/{org}/services/badge/versions/1"),
            ),
            (
                MANIFEST,
                format!("/api/v1/orgs/{org}/services/badge/versions/1/manifest"),
            ),
        ] {
            let answer = server.get(&path, Some(&server.write_b));
            assert_eq!(answer.status, 404, "GET {path}");
            assert_conforms(&doc, template, "get", &answer);
        }
        let answer = server.post(
            &format!("/api/v1/orgs/{org}/services"),
            Some(&server.write_b),
            &body,
        );
        assert_eq!(answer.status, 404);
        let answer = server.post(
            &format!("/api/v1/orgs/{org}/services/badge/versions"),
            Some(&server.write_b),
            &json!({"format": "yaml", "manifest": manifest}),
        );
        assert_eq!(answer.status, 404);
        assert_conforms(&doc, VERSIONS, "post", &answer);
    }
    // org-a still has one service with one version.
    let list = server
        .get("/api/v1/orgs/org-a/services", Some(&server.read_a))
        .json();
    assert_eq!(list["services"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["services"][0]["latest"]["number"], 1);
    let mine = server
        .get("/api/v1/orgs/org-b/services", Some(&server.write_b))
        .json();
    assert_eq!(mine["services"], json!([]));

    // The command line says the same, with exit code 2.
    let example = example("blue-badge-wales.yaml");
    let example = example.to_str().expect("a UTF-8 path");
    let read_only = server
        .sero(
            &["push", example, "--server", &server.url, "--org", "org-a"],
            &server.read_a,
        )
        .refused();
    assert!(read_only.contains("may only read"), "{read_only}");
    let refused = server
        .sero(
            &["pull", "badge", "--server", &server.url, "--org", "org-a"],
            "sero_wrong",
        )
        .refused();
    assert!(refused.contains("refused the API token"), "{refused}");
    let other = server
        .sero(
            &["pull", "badge", "--server", &server.url, "--org", "org-a"],
            &server.write_b,
        )
        .refused();
    assert!(other.contains("not found on the server"), "{other}");
    let no_token = server
        .sandbox
        .run(&["pull", "badge", "--server", &server.url])
        .refused();
    assert!(no_token.contains("SERO_TOKEN"), "{no_token}");
    // A port where nothing listens.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let closed = format!("http://{}", listener.local_addr().expect("an address"));
    drop(listener);
    let unreachable = server
        .sero(&["pull", "badge", "--server", &closed], &server.read_a)
        .refused();
    assert!(unreachable.contains("cannot reach"), "{unreachable}");
}

#[test]
fn api_manifest_error_is_422_with_its_line_and_column_in_the_callers_language() {
    let server = start();
    let doc = server.openapi();
    let manifest =
        "sero: 1\nservice: Broken\nperiod: { start: 2025-04-01, end: 2026-03-31 }\nchanels: []\n";
    let body = json!({"format": "yaml", "manifest": manifest, "name": "Broken"});
    let answer = server.post("/api/v1/orgs/org-a/services", Some(&server.write_a), &body);
    assert_eq!(
        answer.status,
        422,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    assert_conforms(&doc, SERVICES, "post", &answer);
    let problem = answer.json();
    assert_eq!(problem["line"], 4);
    assert_eq!(problem["column"], 1);
    assert_eq!(problem["location"], "service.yaml:4:1");
    assert!(
        problem["message"]
            .as_str()
            .expect("words")
            .contains("chanels"),
        "{problem}"
    );
    let welsh = server.request(
        "POST",
        "/api/v1/orgs/org-a/services",
        Some(&server.write_a),
        Some(&body),
        "cy",
    );
    assert_eq!(welsh.status, 422);
    let words = welsh.json()["message"].as_str().expect("words").to_owned();
    assert!(words.starts_with("gwall"), "{words}");
    // Nothing was saved.
    let list = server
        .get("/api/v1/orgs/org-a/services", Some(&server.read_a))
        .json();
    assert_eq!(list["services"], json!([]));
    // A body that is not the API's JSON: 400, in the document's shape.
    let bad = server.post(
        "/api/v1/orgs/org-a/services",
        Some(&server.write_a),
        &json!({"manifest": 3}),
    );
    assert_eq!(bad.status, 400);
    assert_conforms(&doc, SERVICES, "post", &bad);

    // `sero push` prints the server's located error and exits 2.
    server.sandbox.write("broken.yaml", manifest);
    let stderr = server
        .sero(
            &[
                "push",
                "broken.yaml",
                "--server",
                &server.url,
                "--org",
                "org-a",
            ],
            &server.write_a,
        )
        .refused();
    assert!(stderr.contains("service.yaml:4:1"), "{stderr}");
    assert!(stderr.contains("nothing was saved"), "{stderr}");
}

#[test]
fn api_activity_files_travel_with_a_version() {
    let server = start();
    // A manifest that references a file, and the file in base64.
    let manifest = std::fs::read_to_string(example("blue-badge-wales.yaml")).expect("the example");
    let answer = server.post(
        "/api/v1/orgs/org-a/services",
        Some(&server.write_a),
        &json!({"format": "yaml", "manifest": manifest, "files": [{"name": "notes.txt", "content_base64": "aGVsbG8="}]}),
    );
    assert_eq!(
        answer.status,
        201,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    let files = answer.json()["files"].clone();
    assert_eq!(
        files,
        json!([{"name": "notes.txt", "kind": "activity", "bytes": 5}])
    );
    // The next version keeps the file it was not sent again.
    let next = server.post(
        "/api/v1/orgs/org-a/services/apply-for-a-blue-badge/versions",
        Some(&server.write_a),
        &json!({"format": "yaml", "manifest": manifest}),
    );
    assert_eq!(next.status, 201, "{}", String::from_utf8_lossy(&next.body));
    assert_eq!(next.json()["files"], files);
    // A message PostgreSQL could not store is refused on both databases, and nothing is saved.
    let nul = server.post(
        "/api/v1/orgs/org-a/services/apply-for-a-blue-badge/versions",
        Some(&server.write_a),
        &json!({"format": "yaml", "manifest": manifest, "message": "a\u{0}b"}),
    );
    assert_eq!(nul.status, 400, "{}", String::from_utf8_lossy(&nul.body));
    assert_eq!(nul.json()["error"], "web-text-nul");
    // A name that could leave the version's folder, and content that is not base64.
    for file in [
        json!({"name": "../x", "content_base64": ""}),
        json!({"name": "a.txt", "content_base64": "not base64!"}),
    ] {
        let bad = server.post(
            "/api/v1/orgs/org-a/services/apply-for-a-blue-badge/versions",
            Some(&server.write_a),
            &json!({"format": "yaml", "manifest": manifest, "files": [file]}),
        );
        assert_eq!(bad.status, 400, "{}", String::from_utf8_lossy(&bad.body));
    }
}

#[test]
fn api_openapi_document_is_3_1_and_describes_every_route_with_the_bearer_token() {
    let server = start();
    let doc = server.openapi();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(
        doc["components"]["securitySchemes"]["token"]["scheme"],
        "bearer"
    );
    assert_eq!(doc["security"], json!([{"token": []}]));
    for (template, method) in [
        ("/api/v1/token", "get"),
        ("/api/v1/orgs/{org}", "get"),
        (SERVICES, "get"),
        (SERVICES, "post"),
        (SERVICE, "get"),
        (VERSIONS, "post"),
        (VERSION, "get"),
        (MANIFEST, "get"),
    ] {
        let operation = &doc["paths"][template][method];
        assert!(
            operation.is_object(),
            "{method} {template} is not documented"
        );
        assert!(
            operation["responses"]["401"].is_object(),
            "{method} {template} has no 401"
        );
    }
    let token = server.get("/api/v1/token", Some(&server.read_a));
    assert_conforms(&doc, "/api/v1/token", "get", &token);
    assert_eq!(
        token.json(),
        json!({"org": "org-a", "name": "ci", "scope": "read"})
    );
    let org = server.get("/api/v1/orgs/org-a", Some(&server.read_a));
    assert_conforms(&doc, "/api/v1/orgs/{org}", "get", &org);
    assert_eq!(org.json()["members"], 1);
}

/// schemathesis fuzzes the API from its OpenAPI document, with a write token: no 5xx; every
/// status, content type, header and body as the document says; requests the schema forbids,
/// without the token or with an unsupported method refused.
#[test]
fn api_fuzzed_from_its_openapi_document_by_schemathesis() {
    let st = sero_support::EnvVars::SERO_SCHEMATHESIS.get().unwrap_or_else(|| {
        panic!(
            "SERO_SCHEMATHESIS must name schemathesis's `st` executable: scripts/test installs it, \
             or: python3 -m venv VENV && VENV/bin/pip install schemathesis, then \
             SERO_SCHEMATHESIS=VENV/bin/st"
        )
    });
    let server = start();
    let manifest = example("blue-badge-wales.yaml");
    server
        .sero(
            &[
                "push",
                manifest.to_str().expect("a UTF-8 path"),
                "--server",
                &server.url,
                "--org",
                "org-a",
            ],
            &server.write_a,
        )
        .success();
    // The organisation and service exist, so the routes' own logic is reached, not only 404.
    server.sandbox.write(
        "schemathesis.toml",
        "[parameters]\n\"path.org\" = \"org-a\"\n\"path.service\" = \"blue-badge-wales\"\n",
    );
    let output = Command::new(&st)
        .current_dir(server.sandbox.path(""))
        .args(["--config-file", "schemathesis.toml", "run"])
        .arg(format!("{}/api/openapi.json", server.url))
        .args([
            "--header",
            &format!("Authorization: Bearer {}", server.write_a),
        ])
        .args([
            "--checks",
            "all",
            // A request the schema allows may still be refused: a manifest is a string to the
            // schema, and a random string is not a manifest (422, as documented).
            "--exclude-checks",
            "positive_data_acceptance",
            "--max-examples",
            "25",
            "--max-time",
            "60",
            "--seed",
            "1",
            "--request-timeout",
            "20",
        ])
        .env("NO_COLOR", "1")
        .env("SCHEMATHESIS_TELEMETRY", "false")
        .output()
        .unwrap_or_else(|e| panic!("run {st}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "schemathesis found failures:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("passed"), "{stdout}");
}
