//! Pages measured through the guard: what a server measuring typed URLs may reach, and that
//! the guard changes no byte count.

use std::net::SocketAddr;

use sero_measure::guard::{Policy, Range};
use sero_measure::guarded::{self, Failure, Guarded};

use crate::{CHROMIUM, assert_counted_as_written, options, paths, with_browser};
use sero_test_server::{Fixture, Server};

fn page(body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Guarded</title>\
         <link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/style.css\"></head>\n\
         <body><h1>Guarded</h1>{body}</body></html>\n"
    )
}

/// A one-pixel PNG.
const PIXEL: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

fn only(server: &Server) -> Policy {
    Policy {
        allow_private: false,
        allow: vec![SocketAddr::new(server.host.parse().unwrap(), server.port)],
    }
}

/// Measures `url` through the guard, taking Chromium's turn; returns the progress reported.
fn measure(url: &str, policy: &Policy) -> (Result<Guarded, Failure>, Vec<u8>) {
    let _turn = CHROMIUM
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let mut progress = Vec::new();
    let result = runtime.block_on(guarded::measure(url, policy, &options(), |percent| {
        progress.push(percent)
    }));
    (result, progress)
}

fn refused(result: Result<Guarded, Failure>) -> Failure {
    match result {
        Ok(guarded) => panic!("measured, not refused: {guarded:?}"),
        Err(failure) => failure,
    }
}

/// The default policy refuses a page on loopback in every spelling, before any browser starts
/// and before any connection is made.
#[test]
fn a_page_on_loopback_is_refused_by_default() {
    let server = Server::start("127.0.0.1", vec![("/", Fixture::html(&page("")))]);
    let port = server.port;
    for (url, host) in [
        (server.url("/"), "127.0.0.1"),
        (format!("http://localhost:{port}/"), "localhost"),
        (format!("http://[::1]:{port}/"), "[::1]"),
        (
            format!("http://[::ffff:127.0.0.1]:{port}/"),
            "[::ffff:127.0.0.1]",
        ),
        (format!("https://127.1:{port}/"), "127.1"),
    ] {
        let (result, progress) = measure(&url, &Policy::default());
        let failure = refused(result);
        assert_eq!(failure.message.id(), "guard-refused", "{url}");
        assert_eq!(
            failure.hint.as_ref().map(|hint| hint.id()),
            Some("guard-refused-hint-private")
        );
        let refusal = failure.refusal.expect("the refusal");
        assert_eq!(refusal.host, host);
        assert_eq!(refusal.range, Range::Loopback, "{url}");
        assert!(refusal.address.ip().is_loopback(), "{refusal:?}");
        assert_eq!(progress, [0], "no browser was started for {url}");
    }
    let (result, _) = measure(
        "http://169.254.169.254/latest/meta-data/",
        &Policy::default(),
    );
    let refusal = refused(result).refusal.expect("the refusal");
    assert_eq!(refusal.range, Range::LinkLocal);
    let (result, _) = measure("file:///etc/passwd", &Policy::default());
    assert_eq!(refused(result).message.id(), "guard-bad-url");
    assert!(server.requests().is_empty(), "nothing reached the server");
}

/// With private addresses allowed, the page is measured through the proxy, and every resource
/// counts the bytes its server wrote, as without the guard: the same resources, the same sum.
#[test]
fn allowed_private_pages_count_the_same_bytes_as_without_the_guard() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/page",
                Fixture::html(&page(
                    "<img src=\"/pixel.png\" width=\"1\" height=\"1\" alt=\"\">",
                )),
            ),
            (
                "/style.css",
                Fixture::new("text/css", "h1 { color: #222; }\n".repeat(40)),
            ),
            ("/pixel.png", Fixture::new("image/png", PIXEL)),
            (
                "/old",
                Fixture::new("text/html", "")
                    .status(301)
                    .header("Location", "/page"),
            ),
        ],
    );
    let open = Policy {
        allow_private: true,
        allow: Vec::new(),
    };
    let (result, progress) = measure(&server.url("/old"), &open);
    let guarded = result.expect("measured");
    assert_eq!(progress, [0, 10, 20, 90, 100]);
    assert!(guarded.refusals.is_empty());
    let through = &guarded.measurement;
    assert_eq!(through.final_url, server.url("/page"));
    let expected = ["/old", "/page", "/style.css", "/pixel.png"];
    assert_eq!(paths(&through.first_view, &server), expected);
    assert_counted_as_written(&through.first_view, &[&server]);
    let repeat = through.repeat_view.as_ref().expect("a repeat view");
    assert_counted_as_written(repeat, &[&server]);
    // Every request reached the server through the proxy, in origin form, without the
    // proxy's own headers.
    for head in server.request_heads() {
        assert!(head.starts_with("GET /"), "{head}");
        assert!(!head.to_ascii_lowercase().contains("proxy-"), "{head}");
    }

    let direct = with_browser(options(), async |browser| {
        browser
            .measure(&server.url("/old"))
            .await
            .expect("measured")
    });
    assert_eq!(paths(&direct.first_view, &server), expected);
    assert_eq!(
        through.first_view.transfer_bytes(),
        direct.first_view.transfer_bytes()
    );
    assert_eq!(
        repeat.transfer_bytes(),
        direct
            .repeat_view
            .as_ref()
            .expect("a repeat view")
            .transfer_bytes()
    );
}

/// With only server A allowed, a page on A whose images come from server B, by address, by
/// `localhost` (which Chromium would otherwise reach without a proxy) and by IPv6 loopback, is
/// measured without them: B is never reached, each host is reported once, and the proxy's
/// own 403s count no bytes. An image on an allowed port where nothing listens counts nothing
/// either (the proxy's 502 is its own), as a refused connection counts nothing without it.
#[test]
fn sub_resources_on_a_refused_server_are_left_out_and_reported() {
    let b = Server::start(
        "127.0.0.1",
        vec![("/b.png", Fixture::new("image/png", PIXEL))],
    );
    let port = b.port;
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port");
    let a = Server::start(
        "127.0.0.1",
        vec![
            (
                "/page",
                Fixture::html(&page(&format!(
                    "<img src=\"http://127.0.0.1:{port}/b.png\" alt=\"\">\
                     <img src=\"http://localhost:{port}/b.png\" alt=\"\">\
                     <img src=\"http://[::1]:{port}/b.png\" alt=\"\">\
                     <img src=\"http://{closed}/nobody.png\" alt=\"\">\
                     <img src=\"/pixel.png\" alt=\"\">"
                ))),
            ),
            (
                "/style.css",
                Fixture::new("text/css", "h1 { color: #222; }\n"),
            ),
            ("/pixel.png", Fixture::new("image/png", PIXEL)),
        ],
    );
    let mut policy = only(&a);
    policy.allow.push(closed);
    let (result, _) = measure(&a.url("/page"), &policy);
    let guarded = result.expect("the page on A is measured");
    assert!(
        b.requests().is_empty(),
        "B was never reached: {:?}",
        b.requests()
    );
    let mut hosts: Vec<&str> = guarded.refusals.iter().map(|r| r.host.as_str()).collect();
    hosts.sort_unstable();
    assert_eq!(hosts, ["127.0.0.1", "[::1]", "localhost"]);
    assert!(
        guarded
            .refusals
            .iter()
            .all(|r| r.port == port && r.range == Range::Loopback)
    );
    let warnings = guarded.warnings();
    assert_eq!(warnings.len(), 3);
    assert!(warnings.iter().all(|w| w.id() == "guard-refused"));
    let view = &guarded.measurement.first_view;
    assert_eq!(paths(view, &a), ["/page", "/style.css", "/pixel.png"]);
    assert_counted_as_written(view, &[&a]);
}

/// A page that redirects to a refused server fails with the refusal: the document measured
/// would be B's.
#[test]
fn a_redirect_to_a_refused_server_fails_the_measurement() {
    let b = Server::start("127.0.0.1", vec![("/target", Fixture::html(&page("")))]);
    let a = Server::start(
        "127.0.0.1",
        vec![(
            "/go",
            Fixture::new("text/html", "")
                .status(302)
                .header("Location", &b.url("/target")),
        )],
    );
    let (result, _) = measure(&a.url("/go"), &only(&a));
    let failure = refused(result);
    assert_eq!(failure.message.id(), "guard-refused");
    let refusal = failure.refusal.expect("the refusal");
    assert_eq!((refusal.host.as_str(), refusal.port), ("127.0.0.1", b.port));
    assert_eq!(a.served("/go"), 1);
    assert!(b.requests().is_empty());
}
