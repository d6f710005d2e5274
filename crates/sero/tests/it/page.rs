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

/// A page on loopback that references assets on two named hosts that never resolve (`.invalid`,
/// RFC 2606), so that their domains appear in the report and are looked up; a fake greencheck
/// API answers for them with the documented bodies.
fn named_domains() -> (Server, Server) {
    let site = Server::start(
        "127.0.0.1",
        vec![
            (
                "/",
                Fixture::html(
                    "<!doctype html><title>Named</title><link rel=stylesheet href=site.css>\
                 <img src=\"http://green.sero.invalid/logo.png\">\
                 <script src=\"http://grey.sero.invalid/tracker.js\"></script>",
                ),
            ),
            ("/site.css", Fixture::new("text/css", "p{margin:0}")),
        ],
    );
    let api = Server::start(
        "127.0.0.1",
        vec![
            (
                "/api/v3/greencheck/green.sero.invalid",
                Fixture::new(
                    "application/json",
                    r#"{"url": "green.sero.invalid", "hosted_by": "Green Host Ltd",
                        "hosted_by_website": "https://green-host.example", "partner": null,
                        "green": true, "hosted_by_id": 595, "modified": "2025-03-04T10:11:12Z",
                        "supporting_documents": []}"#,
                ),
            ),
            (
                "/api/v3/greencheck/grey.sero.invalid",
                Fixture::new(
                    "application/json",
                    r#"{"green": false, "url": "grey.sero.invalid", "data": false}"#,
                ),
            ),
        ],
    );
    (site, api)
}

#[test]
fn http_only_needs_no_browser_and_says_what_it_cannot_see() {
    let (site, _api) = named_domains();
    let sandbox = Sandbox::new();
    let report = sandbox
        .run(&[
            "page",
            &site.url("/"),
            "--http-only",
            "--chromium",
            "/nowhere/chromium",
            "--green-check",
            "off",
            "--format",
            "json",
        ])
        .json();
    let page = &pages(&report)[0];
    assert_eq!(page["method"], "http-only");
    assert_eq!(page["repeat_transfer_bytes"], Value::Null);
    let document = &page["resources"][0];
    assert_eq!(document["transfer_bytes"], site.bytes("/"));
    let limits = page["limits"].as_array().unwrap();
    assert!(
        limits
            .iter()
            .any(|l| l.as_str().unwrap().contains("no JavaScript runs")),
        "{limits:?}"
    );

    let table = sandbox
        .run(&[
            "page",
            &site.url("/"),
            "--http-only",
            "--green-check",
            "off",
        ])
        .success();
    assert!(
        table.contains("limit of this method: measured without a browser"),
        "{table}"
    );
    assert!(
        table.contains("green hosting unknown for every domain"),
        "{table}"
    );
}

#[test]
fn green_hosting_comes_from_the_list_first_then_the_greencheck_api_once() {
    let (site, api) = named_domains();
    let sandbox = Sandbox::new();
    let args = |extra: &[&str]| {
        let mut args = vec!["page".to_owned(), site.url("/"), "--http-only".to_owned()];
        args.extend(extra.iter().map(|a| (*a).to_owned()));
        args
    };
    let api_url = api.url("");
    let run = sandbox.run(&args(&["--greencheck-url", &api_url]));
    let table = run.success();
    let row = |domain: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(domain))
            .unwrap_or_else(|| panic!("no row for {domain}:\n{table}"))
            .to_owned()
    };
    assert!(
        row("green.sero.invalid").contains("green (Green Host Ltd)"),
        "{table}"
    );
    assert!(row("grey.sero.invalid").contains("not green"), "{table}");
    // Addresses are never asked.
    assert!(row("127.0.0.1").contains("unknown"), "{table}");
    assert_eq!(api.served("/api/v3/greencheck/green.sero.invalid"), 1);

    // The next run reads the cache: no new request.
    let report = sandbox
        .run(&args(&["--greencheck-url", &api_url, "--format", "json"]))
        .json();
    assert_eq!(api.served("/api/v3/greencheck/green.sero.invalid"), 1);
    let green = pages(&report)[0]["by_domain"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["key"] == "green.sero.invalid")
        .unwrap()
        .clone();
    assert_eq!(green["green"], true);
    assert_eq!(green["hosted_by"], "Green Host Ltd");

    // The user's list wins over the API; without the API, a domain missing from it is grey.
    sandbox.write(
        "green.csv",
        "id,url,hosted_by,green\n1,grey.sero.invalid,\"Mine, Ltd\",1\n",
    );
    let table = sandbox
        .run(&args(&[
            "--green-list",
            "green.csv",
            "--green-check",
            "off",
        ]))
        .success();
    let row = |domain: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(domain))
            .unwrap()
            .to_owned()
    };
    assert!(row("grey.sero.invalid").contains(" green "), "{table}");
    assert!(row("green.sero.invalid").contains("not green"), "{table}");
    assert_eq!(api.served("/api/v3/greencheck/grey.sero.invalid"), 1);
}

#[test]
fn an_unreachable_greencheck_api_warns_and_the_report_goes_on() {
    let (site, _api) = named_domains();
    let sandbox = Sandbox::new();
    // `SERO_GREENCHECK_URL` points at a closed loopback port (see `Sandbox::run`).
    let run = sandbox.run(&["page", &site.url("/"), "--http-only"]);
    let stderr = run.stderr.clone();
    let table = run.success();
    assert!(
        stderr.contains("warning: green hosting of `green.sero.invalid` is unknown: cannot reach the greencheck API at `http://127.0.0.1:9/api/v3/greencheck/green.sero.invalid`"),
        "{stderr}"
    );
    assert!(table.contains("unknown"), "{table}");
}
