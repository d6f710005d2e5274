//! `sero page` against real pages served on loopback: the bytes reported are the bytes the
//! server wrote, the findings are the ones the pages deserve, budgets set the exit code, and a
//! batch with broken pages still reports the good ones.

use serde_json::Value;
use sero_test_server::{Fixture, Server};

use crate::Sandbox;

/// Chromium runs one at a time across the tests of this binary.
static CHROMIUM: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn site() -> Server {
    let big_script = "var unused = function () { return 1; };\n".repeat(2000);
    let css = "p { margin: 0 0 1em; }\n".repeat(200);
    Server::start(
        "127.0.0.1",
        vec![
            (
                "/lean",
                Fixture::html("<!doctype html><title>Lean</title><p>Hello</p>")
                    .header("Cache-Control", "max-age=600"),
            ),
            (
                "/heavy",
                Fixture::html(
                    "<!doctype html><title>Heavy</title><link rel=stylesheet href=/style.css><script src=/app.js></script><p>Heavy</p>",
                ),
            ),
            ("/style.css", Fixture::new("text/css", css)),
            (
                "/app.js",
                Fixture::new("application/javascript", big_script),
            ),
            ("/data.json", Fixture::new("application/json", "{\"a\": 1}")),
        ],
    )
}

fn pages(report: &Value) -> &Vec<Value> {
    report["pages"].as_array().expect("a list of pages")
}

#[test]
fn bytes_are_what_the_server_wrote_and_findings_follow() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let server = site();
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "page",
        &server.url("/lean"),
        &server.url("/heavy"),
        "--format",
        "json",
        "--settle",
        "0.3",
        "--concurrency",
        "1",
    ]);
    let report = run.json();
    let [lean, heavy] = pages(&report).as_slice() else {
        panic!("two pages: {report}")
    };
    // The first view's bytes: each resource as the server wrote it (status line, headers,
    // body); the favicon request is answered 404 and counts too.
    let resource_bytes = |page: &Value, path: &str| -> u64 {
        page["resources"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["url"].as_str().unwrap().ends_with(path))
            .map(|r| r["transfer_bytes"].as_u64().unwrap())
            .sum()
    };
    for path in ["/heavy", "/style.css", "/app.js"] {
        assert_eq!(resource_bytes(heavy, path), server.bytes(path), "{path}");
    }
    assert_eq!(resource_bytes(lean, "/lean"), server.bytes("/lean"));
    let total: u64 = heavy["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["transfer_bytes"].as_u64().unwrap())
        .sum();
    assert_eq!(heavy["transfer_bytes"].as_u64(), Some(total));
    assert_eq!(heavy["model"], "swd-v4");
    assert!(heavy["co2e_g"].as_f64().unwrap() > lean["co2e_g"].as_f64().unwrap());
    for key in [
        "rating",
        "url",
        "ecoindex",
        "by_domain",
        "by_type",
        "findings",
    ] {
        assert!(!heavy[key].is_null(), "{key} missing");
    }
    let findings: Vec<&str> = heavy["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    // Uncompressed CSS and JavaScript, no cache headers; the lean page has neither problem.
    assert!(findings.contains(&"uncompressed-text"), "{findings:?}");
    assert!(findings.contains(&"cache-headers"), "{findings:?}");
    let lean_findings: Vec<&str> = lean["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert!(
        !lean_findings.contains(&"uncompressed-text"),
        "{lean_findings:?}"
    );
    // Without cache headers, the repeat view downloads the assets again.
    assert!(heavy["repeat_transfer_bytes"].as_u64().unwrap() > server.bytes("/app.js"));
}

#[test]
fn budgets_set_the_exit_code_and_broken_pages_do_not_stop_the_batch() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let server = site();
    let sandbox = Sandbox::new();
    let heavy = server.url("/heavy");
    let common = ["--settle", "0.3", "--no-repeat-view", "--format", "json"];

    let mut args = vec!["page", heavy.as_str(), "--budget", "1MB"];
    args.extend(common);
    assert_eq!(sandbox.run(&args).code, 0, "well under 1 MB");

    let mut args = vec!["page", heavy.as_str(), "--budget", "10kB"];
    args.extend(common);
    let over = sandbox.run(&args);
    assert_eq!(over.code, 1, "{over:?}");
    assert!(over.stderr.contains("over budget: "), "{}", over.stderr);

    let mut args = vec!["page", heavy.as_str(), "--budget", "0.000001g"];
    args.extend(common);
    assert_eq!(sandbox.run(&args).code, 1);

    // A JSON "page" and a closed port fail with clear messages; the good page is reported.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        format!("http://127.0.0.1:{port}/")
    };
    let json = server.url("/data.json");
    let mut args = vec!["page", heavy.as_str(), json.as_str(), closed.as_str()];
    args.extend(common);
    let batch = sandbox.run(&args);
    assert_eq!(batch.code, 2, "{batch:?}");
    let report: Value = serde_json::from_str(&batch.stdout).expect("JSON on stdout");
    assert_eq!(pages(&report).len(), 1);
    let errors = report["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert!(
        batch.stderr.contains("is not an HTML page"),
        "{}",
        batch.stderr
    );
    assert!(
        batch.stderr.contains("CONNECTION_REFUSED"),
        "{}",
        batch.stderr
    );
    assert!(
        batch.stderr.contains("2 of 3 pages could not be measured"),
        "{}",
        batch.stderr
    );
}

#[test]
fn html_report_is_self_contained() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let server = site();
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "page",
        &server.url("/heavy"),
        "--settle",
        "0.3",
        "--format",
        "html",
        "--output",
        "report.html",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let html = sandbox.read("report.html");
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("Text sent without compression"));
    assert!(
        html.contains(
            "https://www.w3.org/TR/web-sustainability-guidelines/#server-side-compression"
        )
    );
    // Self-contained: no script, no stylesheet or image fetched from elsewhere.
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"));
}

#[test]
fn bad_urls_and_budgets_are_refused_before_measuring() {
    let sandbox = Sandbox::new();
    let stderr = sandbox.run(&["page", "example.gov.wales"]).refused();
    assert!(
        stderr.contains("not a web address: `example.gov.wales`"),
        "{stderr}"
    );
    let stderr = sandbox
        .run(&["page", "http://127.0.0.1:9/", "--budget", "lots"])
        .refused();
    assert!(stderr.contains("--budget lots"), "{stderr}");
    let stderr = sandbox
        .run(&[
            "page",
            "http://127.0.0.1:9/",
            "--chromium",
            "/nowhere/chromium",
        ])
        .refused();
    assert!(stderr.contains("apt-get install chromium"), "{stderr}");
    assert!(stderr.contains("--http-only"), "{stderr}");
}
