//! Security checks against the running server: forged forms, security headers, the session
//! cookie's flags, the body limit, sessions ended by a password change and by "sign out
//! everywhere", the sign-in limiter, and logs (`--log-format json`) that never hold a password,
//! a session token, an API token or an email address used in the run.

use std::io::{Read, Write};
use std::net::TcpStream;

use super::{Client, Db, Response, Server, example_manifest, sign_in};

const ORG: &str = "secure";
const EDITOR: &str = "editor@secure.example";
const ADMIN: &str = "admin@secure.example";
const NEW_PASSWORD: &str = "a different and longer passphrase";
const WRONG_PASSWORD: &str = "not the password at all";

#[track_caller]
fn assert_security_headers(path: &str, r: &Response) {
    let csp = r
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("{path}: no Content-Security-Policy"));
    assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
    assert!(!csp.contains("unsafe-eval"), "{path}: {csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
    assert_eq!(
        r.header("x-content-type-options"),
        Some("nosniff"),
        "{path}"
    );
    assert_eq!(r.header("x-frame-options"), Some("DENY"), "{path}");
    assert!(
        r.header("referrer-policy").is_some(),
        "{path}: no Referrer-Policy"
    );
    assert!(r.header("x-request-id").is_some(), "{path}: no request id");
}

/// Every `Set-Cookie` of the session cookie in a response.
fn session_cookies(r: &Response) -> Vec<String> {
    r.headers_named("set-cookie")
        .into_iter()
        .filter(|c| c.starts_with("sero_session="))
        .map(str::to_owned)
        .collect()
}

/// A raw POST announcing `length` bytes of body, of which only a little is sent.
fn announce(addr: &str, path: &str, length: usize, cookie: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nCookie: {cookie}\r\n\
         Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {length}\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).expect("send");
    let _ = stream.write_all(&vec![b'a'; 64 * 1024]);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    text.split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {text}"))
}

fn cookie_header(client: &Client) -> String {
    client
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn security_on(db: &Db) {
    db.admin(
        &["create-org", "--slug", ORG, "--name", "Secure Council"],
        "",
    );
    for (email, role) in [(EDITOR, "editor"), (ADMIN, "admin")] {
        db.user(email, role);
        db.admin(
            &["add-member", "--org", ORG, "--email", email, "--role", role],
            "",
        );
    }
    let api_token = db
        .admin(
            &[
                "create-token",
                "--org",
                ORG,
                "--name",
                "ci",
                "--scope",
                "write",
            ],
            "",
        )
        .trim()
        .to_owned();
    let server = Server::start(db, &["--log-format", "json"]);
    // Secrets seen in the run, which the logs must never hold.
    let mut secrets: Vec<String> = vec![
        super::PASSWORD.into(),
        NEW_PASSWORD.into(),
        WRONG_PASSWORD.into(),
        EDITOR.into(),
        ADMIN.into(),
        api_token.clone(),
    ];

    // The session cookie: HttpOnly and SameSite; not Secure on plain http.
    let mut editor = server.client();
    let form = editor.get("/signin");
    let csrf = form.csrf();
    let signed = editor.post_form(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", EDITOR),
            ("password", super::PASSWORD),
            ("next", "/"),
        ],
    );
    assert_eq!(signed.status, 303);
    let cookie = session_cookies(&signed).pop().expect("a session cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(
        cookie.contains("SameSite=Lax") || cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "no Secure flag without https: {cookie}"
    );
    let session = editor.cookies["sero_session"].clone();
    secrets.push(session.clone());
    let token = editor.get("/account").csrf();

    // A service to try forged forms on.
    let made = editor.post_multipart(
        &format!("/o/{ORG}/services"),
        &[
            ("csrf", &token),
            ("name", "Secure Service"),
            ("format", "yaml"),
            ("manifest", &example_manifest()),
        ],
        &[],
    );
    assert_eq!(made.status, 303, "{}", made.text());
    let service = made.header("location").expect("a redirect").to_owned();

    // Forged forms: without a token, or with another one, are refused and change nothing.
    let (mut admin, admin_csrf) = sign_in(&server, ADMIN, super::PASSWORD);
    secrets.push(admin.cookies["sero_session"].clone());
    let tokens_before = admin.get(&format!("/o/{ORG}/tokens")).text();
    // None, a made-up one, and another person's real one.
    let zeros = "0".repeat(64);
    for kind in 0..3 {
        let forged = |own_is_editor: bool| -> Option<&str> {
            match kind {
                0 => None,
                1 => Some(zeros.as_str()),
                _ if own_is_editor => Some(admin_csrf.as_str()),
                _ => Some(token.as_str()),
            }
        };
        let mut fields = vec![
            ("format", "yaml"),
            ("manifest", "name: forged"),
            ("message", "forged"),
        ];
        if let Some(f) = forged(true) {
            fields.push(("csrf", f));
        }
        let r = editor.post_multipart(&format!("{service}/versions"), &fields, &[]);
        assert_eq!(r.status, 403, "a forged save: {}", r.text());
        let mut form = vec![("name", "forged"), ("scope", "write")];
        if let Some(f) = forged(false) {
            form.push(("csrf", f));
        }
        let r = admin.post_form(&format!("/o/{ORG}/tokens"), &form);
        assert_eq!(r.status, 403, "a forged token: {}", r.text());
        let mut form = vec![];
        if let Some(f) = forged(true) {
            form.push(("csrf", f));
        }
        let r = editor.post_form("/account/signout-everywhere", &form);
        assert_eq!(r.status, 403, "a forged sign-out");
        let r = editor.post_form(&format!("{service}/v/1/rerun"), &form);
        assert_eq!(r.status, 403, "a forged re-run");
    }
    assert_eq!(
        editor.get(&format!("{service}/v/2")).status,
        404,
        "no forged version"
    );
    assert_eq!(
        editor.get("/account").status,
        200,
        "the session outlived the forged sign-out"
    );
    let tokens_after = admin.get(&format!("/o/{ORG}/tokens")).text();
    assert_eq!(tokens_before, tokens_after, "no forged token");
    // Signing in without the sign-in form's cookie is refused too.
    let mut stranger = server.client();
    let r = stranger.post_form(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", EDITOR),
            ("password", super::PASSWORD),
        ],
    );
    assert_eq!(r.status, 403, "a sign-in without the form's cookie");
    assert!(!stranger.cookies.contains_key("sero_session"));

    // Security headers on pages, errors, downloads, the stylesheet and the API.
    let mut anonymous = server.client();
    for path in [
        "/",
        "/signin",
        "/no/such/page",
        sero_server::pages::STYLESHEET,
        "/api/openapi.json",
    ] {
        let r = anonymous.get(path);
        assert_security_headers(path, &r);
    }
    for path in [
        service.clone(),
        format!("{service}/v/1/estimate.json"),
        format!("{service}/v/1/estimate.csv"),
        "/account".into(),
    ] {
        let r = editor.get(&path);
        assert_eq!(r.status, 200, "{path}");
        assert_security_headers(&path, &r);
    }
    let mut api = server.client();
    api.headers
        .push(("Authorization".into(), format!("Bearer {api_token}")));
    for path in [
        format!("/api/v1/orgs/{ORG}/services"),
        "/api/v1/orgs/nowhere/services".into(),
    ] {
        let r = api.get(&path);
        assert_security_headers(&path, &r);
    }

    // A body over the limit (16 MiB) is refused with 413 before it is read.
    let status = announce(
        &server.addr,
        &format!("{service}/versions"),
        sero_server::MAX_BODY_BYTES + 1,
        &cookie_header(&editor),
    );
    assert_eq!(status, 413, "a body over the limit");

    // Changing the password ends the other sessions; this one goes on.
    let (mut other, _) = sign_in(&server, EDITOR, super::PASSWORD);
    secrets.push(other.cookies["sero_session"].clone());
    assert_eq!(other.get("/account").status, 200);
    let changed = editor.post_form(
        "/account/password",
        &[
            ("csrf", &token),
            ("current", super::PASSWORD),
            ("password", NEW_PASSWORD),
        ],
    );
    assert_eq!(changed.status, 303, "{}", changed.text());
    secrets.push(editor.cookies["sero_session"].clone());
    assert_ne!(
        editor.cookies["sero_session"], session,
        "a new session after the change"
    );
    assert_eq!(
        editor.get("/account").status,
        200,
        "the changing browser stays signed in"
    );
    let gone = other.get("/account");
    assert_eq!(gone.status, 303, "the other session ended");
    assert!(
        gone.header("location")
            .is_some_and(|l| l.starts_with("/signin"))
    );
    // The old cookie value no longer opens anything.
    let mut replay = server.client();
    replay
        .cookies
        .insert("sero_session".into(), session.clone());
    assert_eq!(
        replay.get("/account").status,
        303,
        "the old session token is dead"
    );

    // Sign out everywhere ends every session of the person.
    let (mut second, _) = sign_in(&server, EDITOR, NEW_PASSWORD);
    secrets.push(second.cookies["sero_session"].clone());
    let token = editor.get("/account").csrf();
    let out = editor.post_form("/account/signout-everywhere", &[("csrf", &token)]);
    assert_eq!(out.status, 303);
    assert!(
        !editor.cookies.contains_key("sero_session"),
        "the cookie is removed"
    );
    assert_eq!(
        second.get("/account").status,
        303,
        "the other session ended too"
    );
    assert_eq!(editor.get(&service).status, 303);
    // Others' sessions are untouched.
    assert_eq!(
        admin.get("/account").status,
        200,
        "another person's session goes on"
    );

    // The sign-in limiter: after its failures, even the right password is refused (429).
    let mut guesser = server.client();
    let csrf = guesser.get("/signin").csrf();
    // Wrong passwords are refused (401) until the limiter stops listening (429), after at
    // least a few tries and well before a guesser gets far.
    let mut failures = 0;
    loop {
        let r = guesser.post_form(
            "/signin",
            &[
                ("csrf", &csrf),
                ("email", EDITOR),
                ("password", WRONG_PASSWORD),
            ],
        );
        if r.status == 429 {
            break;
        }
        assert_eq!(r.status, 401, "a wrong password");
        failures += 1;
        assert!(failures <= 20, "no limit after {failures} wrong passwords");
    }
    assert!(failures >= 3, "limited after only {failures} failures");
    let r = guesser.post_form(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", EDITOR),
            ("password", NEW_PASSWORD),
        ],
    );
    assert_eq!(
        r.status,
        429,
        "sign-in after the limiter's failures: {}",
        r.text()
    );
    assert!(!guesser.cookies.contains_key("sero_session"));

    // The logs: JSON lines with request ids and routes, and no secret or email address.
    let log = server.stop_and_log();
    let lines: Vec<&str> = log.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 3, "the server logged: {log}");
    for line in &lines {
        let value: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("a log line is not JSON ({e}): {line}"));
        assert!(value.get("level").is_some(), "{line}");
    }
    assert!(
        log.contains("\"route\":\"/signin\""),
        "requests are logged by route"
    );
    for secret in &secrets {
        assert!(!secret.is_empty());
        assert!(
            !log.contains(secret.as_str()),
            "the logs hold {secret:?}:\n{log}"
        );
        let encoded = super::urlencode(secret);
        assert!(!log.contains(&encoded), "the logs hold {encoded:?}");
    }
    assert!(
        !log.contains("@secure.example"),
        "the logs hold an email address"
    );

    // Behind https (public URL), the session cookie is Secure.
    let server = Server::start(db, &["--public-url", "https://sero.example.gov.wales"]);
    let mut client = server.client();
    let form = client.get("/signin");
    let csrf = form.csrf();
    let secure_form = form
        .headers_named("set-cookie")
        .into_iter()
        .find(|c| c.starts_with("sero_csrf="))
        .expect("the sign-in form's cookie");
    assert!(secure_form.contains("Secure"), "{secure_form}");
    let r = client.post_form(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", ADMIN),
            ("password", super::PASSWORD),
        ],
    );
    assert_eq!(r.status, 303);
    let cookie = session_cookies(&r).pop().expect("a session cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
}

#[test]
fn forms_headers_cookies_limits_sessions_and_logs_are_secure() {
    for db in Db::all("security") {
        security_on(&db);
    }
}
