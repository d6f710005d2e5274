//! `--http-only`: the HTML and its assets fetched without a browser, every count compared with
//! the bytes the loopback server wrote.

use std::io::Write;
use std::net::TcpListener;
use std::time::{Duration, Instant};

use sero_core::page::Method;
use sero_measure::MeasureError;
use sero_measure::http_only::measure_http_only;
use sero_test_server::{Fixture, Server};

use crate::{assert_counted_as_written, paths};

const TIMEOUT: Duration = Duration::from_secs(5);

const PAGE: &str = "<!doctype html><html><head><title>A page</title>\
    <link rel=stylesheet href=\"style.css\"><link rel=\"icon\" href=\"/favicon.ico\">\
    <link rel=stylesheet href=\"/old.css\"><script src=\"../js/app.js?v=1&amp;x=2\"></script>\
    </head><body><!-- <img src=\"commented-out.png\"> -->\
    <img src=\"img/a.png\" srcset=\"img/a-1x.png 1x, img/a-2x.png 2x\">\
    <img src=\"img/a.png\"><img src=\"/missing.png\">\
    <video poster=\"/poster.jpg\"><source src=\"/film.mp4\" type=\"video/mp4\"></video>\
    <img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></body></html>";

/// Waits (2 s at most) until the server has logged every resource of `page`: it logs a response
/// just after writing it, when the client may already have read it.
fn logged(page: &sero_core::page::PageMeasurement, server: &Server) {
    let deadline = Instant::now() + Duration::from_secs(2);
    for path in paths(&page.first_view, server) {
        while server.served(path) == 0 && Instant::now() < deadline {
            std::thread::yield_now();
        }
    }
}

fn gzip(text: &str) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(text.as_bytes()).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn every_asset_counts_the_bytes_the_server_wrote() {
    let css = "body { color: #0b0c0c; } ".repeat(40);
    let server = Server::start(
        "127.0.0.1",
        vec![
            ("/site/page.html", Fixture::html(PAGE)),
            (
                "/site/style.css",
                Fixture::new("text/css", gzip(&css)).header("Content-Encoding", "gzip"),
            ),
            ("/favicon.ico", Fixture::new("image/x-icon", vec![0; 318])),
            (
                "/old.css",
                Fixture::new("text/html", "moved")
                    .status(301)
                    .header("Location", "/new.css"),
            ),
            ("/new.css", Fixture::new("text/css", "p { margin: 0 }")),
            (
                "/js/app.js?v=1&x=2",
                Fixture::new("text/javascript", "console.log('hi');")
                    .header("Cache-Control", "max-age=31536000"),
            ),
            ("/site/img/a.png", Fixture::new("image/png", vec![1; 2000])),
            (
                "/site/img/a-1x.png",
                Fixture::new("image/png", vec![2; 1500]),
            ),
            ("/poster.jpg", Fixture::new("image/jpeg", vec![3; 900])),
            ("/film.mp4", Fixture::new("video/mp4", vec![4; 5000])),
        ],
    );
    let page = measure_http_only(&server.url("/site/page.html"), TIMEOUT).expect("measured");

    assert_eq!(page.method, Method::HttpOnly);
    assert_eq!(page.repeat_view, None);
    assert_eq!(page.final_url, server.url("/site/page.html"));
    assert_eq!(
        paths(&page.first_view, &server),
        [
            "/site/page.html",
            "/site/style.css",
            "/favicon.ico",
            "/old.css",
            "/new.css",
            "/js/app.js?v=1&x=2",
            "/site/img/a.png",
            "/site/img/a-1x.png",
            "/missing.png",
            "/poster.jpg",
            "/film.mp4",
        ]
    );
    logged(&page, &server);
    assert_counted_as_written(&page.first_view, &[&server]);
    // Each asset once, however often the markup names it; comments and data: URLs never.
    assert_eq!(server.served("/site/img/a.png"), 1);
    assert_eq!(server.served("/commented-out.png"), 0);

    let by_path = |path: &str| {
        page.first_view
            .resources
            .iter()
            .find(|r| r.url == server.url(path))
            .unwrap()
    };
    assert_eq!(by_path("/old.css").status, 301);
    assert_eq!(by_path("/new.css").resource_type, "Stylesheet");
    assert_eq!(by_path("/missing.png").status, 404);
    assert_eq!(by_path("/missing.png").resource_type, "Image");
    assert_eq!(by_path("/film.mp4").resource_type, "Media");
    let style = by_path("/site/style.css");
    assert_eq!(style.content_encoding.as_deref(), Some("gzip"));
    assert_eq!(style.body_bytes, Some(css.len() as u64));
    assert!(style.transfer_bytes < css.len() as u64, "{style:?}");
    assert_eq!(
        by_path("/js/app.js?v=1&x=2").cache_control.as_deref(),
        Some("max-age=31536000")
    );
    assert!(page.first_view.resources.iter().all(|r| r.first_party));
    // html head title link×3 script body img×4 video source
    assert_eq!(page.dom_elements, 14);
    assert!(page.limits.iter().any(|l| l.contains("JavaScript")));
    assert!(page.limits.iter().any(|l| l.contains("approximate")));
    assert!(page.images.is_empty() && page.coverage.is_empty());
}

#[test]
fn a_redirected_page_resolves_its_assets_against_the_final_url() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/",
                Fixture::new("text/html", "")
                    .status(301)
                    .header("Location", "/en/home"),
            ),
            (
                "/en/home",
                Fixture::html("<!doctype html><link rel=stylesheet href=site.css><p>Hello"),
            ),
            ("/en/site.css", Fixture::new("text/css", "p{}")),
        ],
    );
    let page = measure_http_only(&server.url("/"), TIMEOUT).expect("measured");
    assert_eq!(page.final_url, server.url("/en/home"));
    assert_eq!(
        paths(&page.first_view, &server),
        ["/", "/en/home", "/en/site.css"]
    );
    logged(&page, &server);
    assert_counted_as_written(&page.first_view, &[&server]);
    assert_eq!(page.first_view.resources[0].status, 301);
}

#[test]
fn a_page_that_is_not_html_is_an_error() {
    let server = Server::start(
        "127.0.0.1",
        vec![("/data.json", Fixture::new("application/json", "{}"))],
    );
    let url = server.url("/data.json");
    assert_eq!(
        measure_http_only(&url, TIMEOUT),
        Err(MeasureError::NotHtml {
            url,
            content_type: "application/json".to_owned()
        })
    );
}

#[test]
fn a_missing_page_is_an_error() {
    let server = Server::start("127.0.0.1", vec![]);
    let url = server.url("/nowhere");
    assert_eq!(
        measure_http_only(&url, TIMEOUT),
        Err(MeasureError::Http { url, status: 404 })
    );
}

#[test]
fn a_closed_port_is_an_error_naming_the_url() {
    let closed_port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{closed_port}/");
    let error = measure_http_only(&url, TIMEOUT).unwrap_err();
    let message = error.to_string();
    assert!(message.contains(&format!("`{url}`")), "{message}");
    assert!(message.contains("connection refused"), "{message}");
    assert!(message.contains("hint: nothing is listening"), "{message}");
}
