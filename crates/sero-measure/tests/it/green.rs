//! The greencheck client against a loopback server replaying the API's documented answers; the
//! real API is never contacted.

use std::time::{Duration, Instant};

use sero_measure::green::{GreenCheck, Hosting};
use sero_test_server::{Fixture, Server};

/// The documented green answer (developers.thegreenwebfoundation.org, v3 single-domain check).
const GREEN: &str = r#"{
  "url": "www.example.gov.wales",
  "hosted_by": "Green Host Ltd",
  "hosted_by_website": "https://green-host.example",
  "partner": null,
  "green": true,
  "hosted_by_id": 595,
  "modified": "2025-03-04T10:11:12Z",
  "supporting_documents": [
    {"id": 1, "title": "Renewable energy contract", "link": "https://green-host.example/evidence.pdf"}
  ]
}"#;

/// The documented not-green answer.
const NOT_GREEN: &str = r#"{"green": false, "url": "grey.example.org", "data": false}"#;

const PATH: &str = "/api/v3/greencheck/";

fn api() -> Server {
    Server::start(
        "127.0.0.1",
        vec![
            (
                "/api/v3/greencheck/www.example.gov.wales",
                Fixture::new("application/json", GREEN),
            ),
            (
                "/api/v3/greencheck/grey.example.org",
                Fixture::new("application/json", NOT_GREEN),
            ),
            (
                "/api/v3/greencheck/failing.example.org",
                Fixture::new("text/html", "<h1>Server Error (500)</h1>").status(500),
            ),
            (
                "/api/v3/greencheck/broken.example.org",
                Fixture::new("application/json", "{\"green\": tru"),
            ),
            (
                "/api/v3/greencheck/slow.example.org",
                Fixture::new("application/json", NOT_GREEN).withhold_body(),
            ),
        ],
    )
}

/// How many times the server answered `path`. The server logs a response just after writing
/// it, when the client may already have read it: wait (2 s at most) until the log holds at least
/// `at_least` entries, then read the count.
fn served(server: &Server, path: &str, at_least: usize) -> usize {
    let path = format!("{PATH}{path}");
    let deadline = Instant::now() + Duration::from_secs(2);
    while server.served(&path) < at_least && Instant::now() < deadline {
        std::thread::yield_now();
    }
    server.served(&path)
}

fn client(server: &Server) -> GreenCheck {
    GreenCheck::new(&server.url(""), Duration::from_millis(500), None)
}

#[test]
fn a_green_answer_names_the_host() {
    let server = api();
    let lookup = client(&server).check("www.example.gov.wales");
    assert_eq!(
        lookup.hosting,
        Hosting::Green {
            hosted_by: "Green Host Ltd".to_owned(),
            hosted_by_website: Some("https://green-host.example".to_owned()),
        }
    );
    assert_eq!(lookup.warning, None);
    assert_eq!(served(&server, "www.example.gov.wales", 1), 1);
}

#[test]
fn a_not_green_answer() {
    let server = api();
    let lookup = client(&server).check("GREY.example.org.");
    assert_eq!(lookup.hosting, Hosting::NotGreen);
    assert_eq!(lookup.warning, None);
}

#[test]
fn a_server_error_is_unknown_after_one_retry() {
    let server = api();
    let mut check = client(&server);
    let lookup = check.check("failing.example.org");
    assert_eq!(lookup.hosting, Hosting::Unknown);
    let warning = lookup.warning.expect("a warning");
    assert!(warning.contains("failing.example.org"), "{warning}");
    assert!(warning.contains("HTTP status 500"), "{warning}");
    assert_eq!(served(&server, "failing.example.org", 2), 2);
    // A server error is about one answer: the next domain is still asked.
    assert_eq!(check.check("grey.example.org").hosting, Hosting::NotGreen);
}

#[test]
fn a_slow_answer_times_out_and_the_api_is_not_asked_again() {
    let server = api();
    let mut check = client(&server);
    let lookup = check.check("slow.example.org");
    assert_eq!(lookup.hosting, Hosting::Unknown);
    let warning = lookup.warning.expect("a warning");
    assert!(warning.contains("in time"), "{warning}");
    assert!(warning.contains("not be asked again"), "{warning}");
    let next = check.check("grey.example.org");
    assert_eq!(next.hosting, Hosting::Unknown);
    assert!(next.warning.is_some());
    assert_eq!(served(&server, "grey.example.org", 0), 0);
}

#[test]
fn bad_json_is_unknown_with_a_warning() {
    let server = api();
    let lookup = client(&server).check("broken.example.org");
    assert_eq!(lookup.hosting, Hosting::Unknown);
    let warning = lookup.warning.expect("a warning");
    assert!(warning.contains("not the documented JSON"), "{warning}");
}

#[test]
fn an_unreachable_api_is_unknown_with_a_warning() {
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut check = GreenCheck::new(
        &format!("http://127.0.0.1:{closed_port}"),
        Duration::from_millis(500),
        None,
    );
    let lookup = check.check("grey.example.org");
    assert_eq!(lookup.hosting, Hosting::Unknown);
    let warning = lookup.warning.expect("a warning");
    assert!(
        warning.contains("cannot reach the greencheck API"),
        "{warning}"
    );
}

#[test]
fn addresses_and_localhost_are_not_asked() {
    let server = api();
    let mut check = client(&server);
    for host in ["127.0.0.1", "::1", "localhost", "sub.localhost"] {
        let lookup = check.check(host);
        assert_eq!(lookup.hosting, Hosting::Unknown, "{host}");
        assert_eq!(lookup.warning, None, "{host}");
    }
}

#[test]
fn the_cache_answers_a_second_lookup_in_this_run_and_the_next() {
    let server = api();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("sero").join("greencheck.json");

    let mut check = GreenCheck::new(
        &server.url(""),
        Duration::from_millis(500),
        Some(cache.clone()),
    );
    let first = check.check("www.example.gov.wales");
    let second = check.check("www.example.gov.wales");
    assert_eq!(first, second);
    assert_eq!(served(&server, "www.example.gov.wales", 1), 1);
    // Failures are not cached.
    check.check("failing.example.org");
    check.save().unwrap();
    let saved = std::fs::read_to_string(&cache).unwrap();
    assert!(saved.contains("Green Host Ltd"), "{saved}");
    assert!(!saved.contains("failing.example.org"), "{saved}");

    let mut next_run = GreenCheck::new(&server.url(""), Duration::from_millis(500), Some(cache));
    assert_eq!(next_run.check("www.example.gov.wales"), first);
    assert_eq!(served(&server, "www.example.gov.wales", 1), 1);
}

#[test]
fn answers_older_than_thirty_days_are_asked_again() {
    let server = api();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("greencheck.json");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let thirty_one_days_ago = now - 31 * 86_400;
    std::fs::write(
        &cache,
        format!(
            r#"{{"entries": {{
                "grey.example.org": {{"checked": {thirty_one_days_ago}, "hosting": {{"status": "green", "hosted_by": "Old Host", "hosted_by_website": null}}}},
                "www.example.gov.wales": {{"checked": {now}, "hosting": {{"status": "not-green"}}}}
            }}}}"#
        ),
    )
    .unwrap();
    let mut check = GreenCheck::new(&server.url(""), Duration::from_millis(500), Some(cache));
    assert_eq!(check.check("grey.example.org").hosting, Hosting::NotGreen);
    assert_eq!(served(&server, "grey.example.org", 1), 1);
    assert_eq!(
        check.check("www.example.gov.wales").hosting,
        Hosting::NotGreen
    );
    assert_eq!(served(&server, "www.example.gov.wales", 0), 0);
}
