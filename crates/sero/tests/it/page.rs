//! `sero page` against real pages served on loopback: the bytes reported are the bytes the
//! server wrote, the findings are the ones the pages deserve, budgets set the exit code, and a
//! batch with broken pages still reports the good ones.

use serde_json::Value;
use sero_test_server::{Fixture, Server};

use crate::{Sandbox, number};

/// Chromium runs one at a time across the tests of this binary.
pub(crate) static CHROMIUM: std::sync::Mutex<()> = std::sync::Mutex::new(());

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
    // A bare number could be grams or bytes: refused with both readings offered.
    let stderr = sandbox
        .run(&["page", "http://127.0.0.1:9/", "--budget", "0.3"])
        .refused();
    assert!(
        stderr.contains("--budget 0.3 has no unit")
            && stderr.contains("did you mean 0.3g or 0.3MB?"),
        "{stderr}"
    );
    for wrong in ["0.3 parsecs", "0g", "-1MB", "1GB"] {
        let stderr = sandbox
            .run(&["page", "http://127.0.0.1:9/", &format!("--budget={wrong}")])
            .refused();
        assert!(stderr.contains(&format!("--budget {wrong}")), "{stderr}");
    }
    let stderr = sandbox
        .run(&["journey", "journey.yaml", "--budget", "2"])
        .refused();
    assert!(stderr.contains("did you mean 2g or 2MB?"), "{stderr}");
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

/// A budget in each unit `--budget` takes, on a page measured without a browser: the JSON says
/// what the page used in the budget's unit, and a page over it is named on standard error with
/// its actual value and the limit in that unit.
#[test]
fn budgets_take_units_and_a_failed_budget_prints_actual_and_limit() {
    let server = site();
    let sandbox = Sandbox::new();
    let url = server.url("/heavy");
    let run = |budget: &str| {
        sandbox.run(&[
            "page",
            url.as_str(),
            "--http-only",
            "--green-check",
            "off",
            "--format",
            "json",
            "--budget",
            budget,
        ])
    };
    let first = run("1MB");
    assert_eq!(first.code, 0, "{first:?}");
    let report: Value = serde_json::from_str(&first.stdout).unwrap();
    let page = &pages(&report)[0];
    let bytes = page["transfer_bytes"].as_f64().unwrap();
    let grams = page["co2e_g"].as_f64().unwrap();
    assert!(
        bytes > 82_000.0,
        "the heavy page's script alone is 82 kB: {bytes}"
    );
    for (budget, unit, size, is_grams) in [
        ("1MB", "MB", 1e6, false),
        ("200 kB", "kB", 1e3, false),
        ("200KB", "KB", 1e3, false),
        ("300KiB", "KiB", 1024.0, false),
        ("1MiB", "MiB", 1_048_576.0, false),
        ("1000000B", "B", 1.0, false),
        ("1g", "g", 1.0, true),
        ("0.001kg", "kg", 1000.0, true),
    ] {
        let done = run(budget);
        assert_eq!(done.code, 0, "{budget} is more than the page: {done:?}");
        let report: Value = serde_json::from_str(&done.stdout).unwrap();
        crate::schema::assert_valid(&report);
        let b = &pages(&report)[0]["budget"];
        assert_eq!(b["unit"], unit, "{budget}");
        let actual = if is_grams { grams } else { bytes } / size;
        crate::assert_close(b["actual"].as_f64().unwrap(), actual, 1e-12, budget);
        crate::assert_close(
            b["used"].as_f64().unwrap(),
            actual / b["limit"].as_f64().unwrap(),
            1e-12,
            budget,
        );
        assert_eq!(b["over"], false, "{budget}");
    }

    let over = run("50kB");
    assert_eq!(over.code, 1, "{over:?}");
    let expected = format!(
        "over budget: {url}: {} kB, limit 50 kB ({:.0}% of the budget)",
        // sero's numbers keep three significant figures below 1000.
        format_3(bytes / 1e3),
        bytes / 50e3 * 100.0
    );
    assert!(
        over.stderr.contains(&expected),
        "{expected}\n{}",
        over.stderr
    );

    let over = run("0.00001g");
    assert_eq!(over.code, 1, "{over:?}");
    assert!(
        over.stderr.contains(&format!("over budget: {url}: "))
            && over.stderr.contains(" g, limit 0.00001 g ("),
        "{}",
        over.stderr
    );
}

/// `value` with two decimals from 1 to 100, one from 100 to 1000.
fn format_3(value: f64) -> String {
    if value >= 100.0 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    }
}

/// `sero page` and a manifest agree: the grams of a measured page equal those of its bytes in a
/// manifest's `data-transfer` component with the default grid, the United Kingdom's annual
/// average, and the report says so.
#[test]
fn a_page_and_a_manifest_use_the_same_default_grid() {
    let server = site();
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "page",
        &server.url("/lean"),
        "--http-only",
        "--green-check",
        "off",
        "--format",
        "json",
    ]);
    let report = run.json();
    let page = &pages(&report)[0];
    assert_eq!(page["grid"]["code"], "GBR");
    assert_eq!(page["grid"]["factor"], "grid/ember/GBR");
    let uk = number(
        &sandbox
            .run(&["factors", "grid/ember/GBR", "--format", "json"])
            .json(),
        "/factors/0/value",
    );
    assert_eq!(page["grid"]["g_per_kwh"].as_f64(), Some(uk));
    let bytes = page["transfer_bytes"].as_u64().unwrap();
    let grams = page["co2e_g"].as_f64().unwrap();
    sandbox.write(
        "service.yaml",
        &format!(
            "sero: 1\nservice:\n  name: Lean\n  functional_unit: view\nperiod:\n  \
             start: 2025-04-01\n  end: 2026-03-31\nchannels:\n  - id: online\n    transactions: 1\n\
             components:\n  - id: page\n    model: data-transfer\n    channel: online\n    \
             inputs:\n      bytes: {bytes} B\n"
        ),
    );
    let estimate = sandbox
        .run(&[
            "estimate",
            "service.yaml",
            "--format",
            "json",
            "--samples",
            "0",
        ])
        .json();
    crate::assert_close(
        number(&estimate, "/total/co2e_kg") * 1000.0,
        grams,
        1e-12,
        "a page's grams and the same bytes in a manifest",
    );

    let table = sandbox
        .run(&[
            "page",
            &server.url("/lean"),
            "--http-only",
            "--green-check",
            "off",
        ])
        .success();
    // Sentences wrap at the width: read them as one line of words.
    let table = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        table.contains("Grid: the United Kingdom's annual average, 216 gCO2e/kWh"),
        "{table}"
    );
    // The two ratings, one sentence each, once, and water's unit spelled out.
    for sentence in [
        "Sustainable Web Design rating ",
        "estimated from the bytes transferred",
        "relative to a sample of web pages",
        "centilitres of water",
        "Grid: ",
    ] {
        assert_eq!(table.matches(sentence).count(), 1, "{sentence}: {table}");
    }
    // `--country` changes it, and says so.
    let table = sandbox
        .run(&[
            "page",
            &server.url("/lean"),
            "--http-only",
            "--green-check",
            "off",
            "--country",
            "FRA",
        ])
        .success();
    assert!(table.contains("Grid: the annual average of FRA"), "{table}");
}

/// A page with several findings: those with an estimated saving come first, largest first,
/// under "What to fix first"; those without one come after, never ranked.
#[test]
fn findings_are_ranked_by_estimated_saving() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let server = findings_site();
    let sandbox = Sandbox::new();
    let common = ["--settle", "0.3", "--green-check", "off"];
    let mut args = vec![
        "page".to_owned(),
        server.url("/"),
        "--format".to_owned(),
        "json".to_owned(),
    ];
    args.extend(common.iter().map(|a| (*a).to_owned()));
    let report = sandbox.run(&args).json();
    let findings = pages(&report)[0]["findings"].as_array().unwrap().clone();
    let ids: Vec<&str> = findings.iter().map(|f| f["id"].as_str().unwrap()).collect();
    for id in [
        "web-fonts",
        "cache-headers",
        "third-party",
        "uncompressed-text",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let saved: Vec<Option<u64>> = findings.iter().map(|f| f["bytes_saved"].as_u64()).collect();
    let fix_first: Vec<bool> = findings
        .iter()
        .map(|f| f["fix_first"].as_bool().unwrap())
        .collect();
    let ranked = fix_first.iter().take_while(|f| **f).count();
    assert!(ranked >= 3, "{ids:?} {saved:?}");
    assert!(
        fix_first[ranked..].iter().all(|f| !f),
        "{ids:?} {fix_first:?}"
    );
    for (f, s) in fix_first.iter().zip(&saved) {
        assert_eq!(*f, s.is_some_and(|b| b > 0), "{ids:?} {saved:?}");
    }
    for pair in saved[..ranked].windows(2) {
        assert!(
            pair[0] >= pair[1],
            "largest saving first: {ids:?} {saved:?}"
        );
    }
    // The font is 60 kB of the other host's bytes, so third parties save more than fonts alone.
    let at = |id: &str| ids.iter().position(|i| *i == id).unwrap();
    assert!(at("third-party") < at("web-fonts"), "{ids:?}");
    assert!(at("uncompressed-text") >= ranked, "{ids:?}");

    let mut args = vec!["page".to_owned(), server.url("/")];
    args.extend(common.iter().map(|a| (*a).to_owned()));
    let table = sandbox.run(&args).success();
    let fix = table.find("What to fix first").expect("a fix-first list");
    let also = table
        .find("Also found, with no saving estimated")
        .expect("the rest");
    let compression = table.find("Text sent without compression").unwrap();
    let fonts = table.find("Web fonts").unwrap();
    assert!(fix < fonts && fonts < also && also < compression, "{table}");
}

/// A page whose stylesheet and font come from another host name (`localhost` for the page's
/// `127.0.0.1`: third party), without compression or cache headers.
fn findings_site() -> Server {
    let font = vec![7u8; 60_000];
    let css = "p { margin: 0 0 1em; }\n".repeat(200);
    let assets = Server::start(
        "127.0.0.1",
        vec![
            (
                "/font.woff2",
                Fixture::new("font/woff2", font).header("Access-Control-Allow-Origin", "*"),
            ),
            ("/style.css", Fixture::new("text/css", css)),
        ],
    );
    let other = assets.url("").replace("127.0.0.1", "localhost");
    let page = format!(
        "<!doctype html><html lang=\"en\"><title>Findings</title>\
         <link rel=stylesheet href=\"{other}/style.css\">\
         <style>@font-face {{ font-family: F; src: url(\"{other}/font.woff2\") format(\"woff2\"); }} \
         body {{ font-family: F, sans-serif; }}</style><p>Findings</p>"
    );
    Server::start(
        "127.0.0.1",
        vec![(
            "/",
            Fixture::html(&page).header("Cache-Control", "max-age=600"),
        )],
    )
}

/// The HTML report passes axe-core's WCAG 2.2 AA rules, has one `<main>`, captions and
/// header scopes on its tables, and does not scroll sideways at 320 px.
#[test]
fn html_report_passes_wcag_aa_and_fits_320_px() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let server = findings_site();
    let sandbox = Sandbox::new();
    let run = sandbox.run(&[
        "page",
        &server.url("/"),
        &format!(
            "{}/a-rather-long-path/that-would-not-fit/on-a-small-screen?query=with-many-words",
            server.url("")
        ),
        "--settle",
        "0.3",
        "--green-check",
        "off",
        "--budget",
        "10kB",
        "--format",
        "html",
        "--output",
        "report.html",
    ]);
    assert_eq!(run.code, 2, "one page is a 404: {run:?}");
    let html = sandbox.read("report.html");
    assert_eq!(html.matches("<main>").count(), 1);
    assert_eq!(
        html.matches("<table>").count(),
        html.matches("<caption").count(),
        "every table has a caption"
    );
    assert!(!html.contains("<th>"), "every header has a scope");
    assert!(html.contains("centilitres of water"), "{html}");
    assert!(
        html.contains("Sustainable Web Design rating")
            && html.contains("relative to a sample of web pages")
    );
    assert!(html.contains("over budget"));
    let checked = sero_test_server::accessibility::check(&html);
    assert!(checked.passes(), "{checked:#?}");
}

#[test]
fn reports_speak_welsh_and_the_welsh_html_passes_wcag_aa() {
    let _turn = CHROMIUM.lock().unwrap_or_else(|p| p.into_inner());
    let server = findings_site();
    let sandbox = Sandbox::new();
    let table = sandbox
        .run(&[
            "--lang",
            "cy",
            "page",
            &server.url("/"),
            "--settle",
            "0.3",
            "--green-check",
            "off",
        ])
        .success();
    for welsh in [
        "golwg gyntaf",
        "fesul ymweliad",
        "Beth i'w drwsio yn gyntaf",
        "Grid: cyfartaledd blynyddol y Deyrnas Unedig, 216 gCO2e/kWh",
        "lletya gwyrdd yn anhysbys i bob parth",
        "Ffontiau gwe",
        "canfyddiad",
    ] {
        assert!(table.contains(welsh), "{welsh}: {table}");
    }
    for english in [
        "first view",
        "per visit",
        "What to fix first",
        "Web fonts",
        "finding",
    ] {
        assert!(!table.contains(english), "{english}: {table}");
    }

    let run = sandbox.run(&[
        "--lang",
        "cy",
        "page",
        &server.url("/"),
        "--settle",
        "0.3",
        "--green-check",
        "off",
        "--budget",
        "10kB",
        "--format",
        "html",
        "--output",
        "adroddiad.html",
    ]);
    assert_eq!(run.code, 1, "over budget: {run:?}");
    assert!(
        run.stderr.starts_with("dros y gyllideb: "),
        "{}",
        run.stderr
    );
    let html = sandbox.read("adroddiad.html");
    assert!(html.contains("<html lang=\"cy\">"), "{html}");
    assert!(
        html.contains("<title>adroddiad tudalen sero</title>"),
        "{html}"
    );
    assert!(html.contains("centilitr o ddŵr"), "{html}");
    assert!(html.contains("dros y gyllideb"), "{html}");
    assert!(!html.contains("centilitres of water"), "{html}");
    let checked = sero_test_server::accessibility::check(&html);
    assert!(checked.passes(), "{checked:#?}");
}

/// The table fits the terminal's width (`COLUMNS`) in English and in Welsh: the words beside
/// a figure wrap under their own column, the sentences wrap, the findings' names are cut with
/// `…`; and the types of resources are named in the reader's language.
#[test]
fn the_table_fits_the_width_and_names_resource_types_in_the_language() {
    let server = site();
    let sandbox = Sandbox::new();
    let url = server.url("/heavy");
    let args = ["page", url.as_str(), "--http-only", "--green-check", "off"];
    for (lang, width, types, absent) in [
        ("en", 60, ["Script", "Stylesheet"], "Dalen arddull"),
        ("cy", 60, ["Sgript", "Dalen arddull"], "Stylesheet"),
        ("cy", 80, ["Sgript", "Dalen arddull"], "Stylesheet"),
    ] {
        let table = sandbox
            .run_with(
                &args,
                &[("SERO_LANG", lang), ("COLUMNS", &width.to_string())],
            )
            .success();
        for line in table.lines() {
            assert!(
                line.chars().count() <= width,
                "{lang}: a line wider than {width}: `{line}`\n{table}"
            );
        }
        for name in types {
            assert!(table.contains(name), "{lang}: {name}\n{table}");
        }
        assert!(!table.contains(absent), "{lang}: {absent}\n{table}");
    }
    // Wrapped, the EcoIndex words still say it all, under their own column.
    let table = sandbox
        .run_with(&args, &[("SERO_LANG", "en"), ("COLUMNS", "60")])
        .success();
    let eco = table
        .lines()
        .position(|l| l.trim_start().starts_with("EcoIndex  "))
        .expect("an EcoIndex row");
    let column = table.lines().nth(eco).unwrap().find("grade").unwrap();
    let next = table.lines().nth(eco + 1).unwrap();
    assert_eq!(next.len() - next.trim_start().len(), column, "{table}");
}

/// A finding in the JSON is data: the same `id`, `title` and `detail` (in English) whatever the
/// reader's language, while the table speaks Welsh.
#[test]
fn findings_in_the_json_keep_their_ids_and_english_words_in_every_language() {
    let server = site();
    let sandbox = Sandbox::new();
    let url = server.url("/heavy");
    let run = |lang: &str, format: &str| {
        sandbox
            .run_with(
                &[
                    "page",
                    url.as_str(),
                    "--http-only",
                    "--green-check",
                    "off",
                    "--format",
                    format,
                ],
                // Wide enough that no finding's name is cut.
                &[("SERO_LANG", lang), ("COLUMNS", "200")],
            )
            .success()
    };
    let findings = |lang: &str| {
        let report: Value = serde_json::from_str(&run(lang, "json")).unwrap();
        crate::schema::assert_valid(&report);
        pages(&report)[0]["findings"].clone()
    };
    let english = findings("en");
    let welsh = findings("cy");
    assert_eq!(welsh, english);
    let compression = english
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "uncompressed-text")
        .unwrap_or_else(|| panic!("no uncompressed-text finding: {english:#}"));
    assert_eq!(compression["title"], "Text sent without compression");
    assert!(
        run("cy", "table").contains("Testun a anfonwyd heb ei gywasgu"),
        "the table is in Welsh"
    );
}
