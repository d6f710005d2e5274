//! What pages cost, checked against the bytes the servers wrote.

use sero_core::page::Method;
use sero_measure::Options;

use crate::{assert_counted_as_written, options, paths, with_browser};
use sero_test_server::{Fixture, Server};

/// An `<html>` document around `body`, with an empty favicon so that Chromium asks for none.
fn page(title: &str, head: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <link rel=\"icon\" href=\"data:,\">{head}</head>\n<body>{body}</body></html>\n"
    )
}

fn sorted(mut paths: Vec<&str>) -> Vec<&str> {
    paths.sort_unstable();
    paths
}

/// `data` gzip-encoded with stored (uncompressed) deflate blocks: a valid `Content-Encoding:
/// gzip` body, written by hand so the tests need no compression library. It is a little larger
/// than `data`, which makes the encoded and decoded sizes easy to tell apart.
fn gzip_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    let chunks: Vec<&[u8]> = data.chunks(0xffff).collect();
    for (index, chunk) in chunks.iter().enumerate() {
        out.push(u8::from(index + 1 == chunks.len()));
        let length = chunk.len() as u16;
        out.extend_from_slice(&length.to_le_bytes());
        out.extend_from_slice(&(!length).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    let crc = data.iter().fold(!0u32, |crc, &byte| {
        (0..8).fold(crc ^ u32::from(byte), |crc, _| {
            if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            }
        })
    });
    out.extend_from_slice(&(!crc).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

/// A PNG of noise, which does not compress: its size on the wire is about 3 bytes a pixel.
fn noise_png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("a PNG header");
    let mut state: u32 = 0x9E37_79B9;
    let pixels: Vec<u8> = (0..width * height * 3)
        .map(|_| {
            // xorshift32: cheap, deterministic noise.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state.to_le_bytes()[0]
        })
        .collect();
    writer.write_image_data(&pixels).expect("PNG pixels");
    writer.finish().expect("a finished PNG");
    bytes
}

#[test]
fn a_lean_page_counts_exactly_what_the_server_wrote() {
    let css = "body { font-family: sans-serif; color: #222; }\n".repeat(10);
    let script = "document.body.dataset.ready = 'yes';\n".repeat(20);
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/lean",
                Fixture::html(&page(
                    "Lean",
                    "<link rel=\"stylesheet\" href=\"/lean.css\">",
                    "<h1>A lean page</h1><p>Little to load.</p>\
                     <svg width=\"10\" height=\"10\"><g><rect width=\"10\" height=\"10\"/></g></svg>\
                     <script src=\"/lean.js\"></script>",
                )),
            ),
            ("/lean.css", Fixture::new("text/css", css.clone())),
            (
                "/lean.js",
                Fixture::new("text/javascript", gzip_stored(script.as_bytes()))
                    .header("Content-Encoding", "gzip"),
            ),
            (
                "/old",
                Fixture::new("text/html", "")
                    .status(301)
                    .header("Location", "/lean"),
            ),
        ],
    );
    let measurement = with_browser(options(), async |browser| {
        browser
            .measure(&server.url("/old"))
            .await
            .expect("the lean page is measured")
    });

    assert_eq!(measurement.url, server.url("/old"));
    assert_eq!(measurement.final_url, server.url("/lean"));
    assert_eq!(measurement.method, Method::Chromium);
    // html, head, meta, title, two links, body, h1, p, svg and script; the svg's g and rect
    // are not counted, as EcoIndex does not count them.
    assert_eq!(measurement.dom_elements, 11);
    assert_eq!(measurement.limits, Vec::<String>::new());
    assert_eq!(measurement.coverage, []);

    let view = &measurement.first_view;
    // The redirect is a resource of its own, as in a HAR file.
    assert_eq!(
        paths(view, &server),
        ["/old", "/lean", "/lean.css", "/lean.js"]
    );
    let summary: Vec<_> = view
        .resources
        .iter()
        .map(|r| {
            (
                r.resource_type.as_str(),
                r.status,
                r.mime_type.as_str(),
                r.first_party,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Document", 301, "text/html", true),
            ("Document", 200, "text/html", true),
            ("Stylesheet", 200, "text/css", true),
            ("Script", 200, "text/javascript", true),
        ]
    );
    assert_counted_as_written(view, &[&server]);
    let total = ["/old", "/lean", "/lean.css", "/lean.js"].map(|path| server.bytes(path));
    assert_eq!(view.transfer_bytes(), total.iter().sum::<u64>());
    assert_eq!(view.requests(), 4);
    assert!(
        view.resources
            .iter()
            .all(|r| r.domain == "127.0.0.1" && !r.from_cache)
    );
    // Uncompressed, the decoded body is the body as sent; compressed, the bytes on the wire
    // are the encoded ones and the body is counted decoded.
    assert_eq!(view.resources[2].body_bytes, Some(css.len() as u64));
    assert_eq!(view.resources[2].content_encoding, None);
    let compressed = &view.resources[3];
    assert_eq!(compressed.content_encoding.as_deref(), Some("gzip"));
    assert_eq!(compressed.body_bytes, Some(script.len() as u64));
    assert!(compressed.transfer_bytes > compressed.body_bytes.unwrap());

    // Repeat view: the permanent redirect comes from the cache; the page and its resources,
    // sent without any cache header or validator, are fetched again.
    let repeat = measurement.repeat_view.as_ref().expect("a repeat view");
    assert_eq!(
        paths(repeat, &server),
        ["/old", "/lean", "/lean.css", "/lean.js"]
    );
    assert_counted_as_written(repeat, &[&server]);
    let cached: Vec<bool> = repeat.resources.iter().map(|r| r.from_cache).collect();
    assert_eq!(cached, [true, false, false, false]);
    assert_eq!(server.served("/old"), 1);
    assert_eq!(
        repeat.transfer_bytes(),
        view.transfer_bytes() - server.bytes("/old")
    );
    assert_eq!(repeat.requests(), 3);
}

#[test]
fn a_heavy_page_counts_its_image_and_script_and_the_unused_code() {
    let photo = noise_png(800, 600);
    let unused_function = format!(
        "function unused() {{\n  return \"{}\";\n}}\n",
        "x".repeat(300_000)
    );
    let script = format!(
        "function used() {{\n  return document.title.length;\n}}\n{unused_function}used();\n"
    );
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/heavy",
                Fixture::html(&page(
                    "Heavy",
                    "<script src=\"/app.js\"></script>",
                    "<img src=\"/photo.png\" width=\"400\" height=\"300\" alt=\"\">\
                     <video autoplay muted src=\"data:video/webm;base64,GkXfo0AgQoaBAUL3gQFC8oEEQvOBCEKCQAR3ZWJtQoeBAkKFgQIYU4BnQI0VSalmQCgq17FAAw9CQE2AQAZ3aGFtbXlXQUAGd2hhbW15RIlACECPQAAAAAAAFlSua0AxrkAu14EBY8WBAZyBACK1nEADdW5khkAFVl9WUDglhohAA1ZQOIOBAeBABrCBCLqBCB9DtnVAIueBAKNAHIEAAIAwAQCdASoIAAgAAUAmJaQAA3AA/vz0AAA=\"></video>",
                )),
            ),
            ("/app.js", Fixture::new("text/javascript", script.clone())),
            ("/photo.png", Fixture::new("image/png", photo.clone())),
        ],
    );
    let options = Options {
        repeat_view: false,
        coverage: true,
        ..options()
    };
    let measurement = with_browser(options, async |browser| {
        browser
            .measure(&server.url("/heavy"))
            .await
            .expect("the heavy page is measured")
    });

    let view = &measurement.first_view;
    let fetched = sorted(paths(view, &server));
    // The video plays from a data: URL, which never touches the network.
    assert_eq!(fetched, ["/app.js", "/heavy", "/photo.png"]);
    assert_counted_as_written(view, &[&server]);
    assert_eq!(
        view.transfer_bytes(),
        ["/heavy", "/app.js", "/photo.png"]
            .map(|path| server.bytes(path))
            .iter()
            .sum::<u64>()
    );
    assert_eq!(view.requests(), 3);
    assert!(
        view.transfer_bytes() > 1_700_000,
        "{}",
        view.transfer_bytes()
    );
    let image = view
        .resources
        .iter()
        .find(|r| r.url.ends_with("/photo.png"))
        .unwrap();
    assert_eq!(
        (image.resource_type.as_str(), image.mime_type.as_str()),
        ("Image", "image/png")
    );
    assert_eq!(image.body_bytes, Some(photo.len() as u64));
    let app = view
        .resources
        .iter()
        .find(|r| r.url.ends_with("/app.js"))
        .unwrap();
    assert_eq!(app.resource_type, "Script");
    assert_eq!(app.body_bytes, Some(script.len() as u64));

    let [image_use] = measurement.images.as_slice() else {
        panic!("{:?}", measurement.images)
    };
    assert_eq!(image_use.url, server.url("/photo.png"));
    assert_eq!(
        (image_use.natural_width, image_use.natural_height),
        (800, 600)
    );
    assert_eq!(
        (image_use.rendered_width, image_use.rendered_height),
        (400, 300)
    );
    // Data URLs are cut short in the report.
    let [video] = measurement.autoplay_videos.as_slice() else {
        panic!()
    };
    assert!(
        video.starts_with("data:video/webm;base64,") && video.ends_with('…'),
        "{video}"
    );
    assert_eq!(video.chars().count(), 65);

    let coverage = measurement
        .coverage
        .iter()
        .find(|c| c.url == server.url("/app.js"))
        .unwrap_or_else(|| panic!("no coverage for app.js: {:?}", measurement.coverage));
    // The script is ASCII, so its length in characters is its length in bytes.
    assert_eq!(coverage.total_bytes, script.len() as u64);
    // V8's range for the function that never ran covers it from `function` to its closing
    // brace: its text without the final newline.
    assert_eq!(
        coverage.unused_bytes,
        unused_function.len() as u64 - 1,
        "{coverage:?}"
    );
}

#[test]
fn lazy_content_counts_only_when_the_page_is_scrolled() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/lazy",
                Fixture::html(&page(
                    "Lazy",
                    "",
                    "<h1>Scroll down</h1>\
                     <img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" \
                     style=\"display: block; width: 100vw; height: 100vh\" alt=\"\">\
                     <div style=\"height: 9000px\"></div>\
                     <img src=\"/below.png\" loading=\"lazy\" width=\"200\" height=\"200\" alt=\"\">",
                )),
            ),
            ("/below.png", Fixture::new("image/png", noise_png(200, 200))),
        ],
    );
    let unscrolled = with_browser(
        Options {
            scroll: false,
            repeat_view: false,
            ..options()
        },
        async |browser| {
            browser
                .measure(&server.url("/lazy"))
                .await
                .expect("measured without scrolling")
        },
    );
    assert_eq!(paths(&unscrolled.first_view, &server), ["/lazy"]);
    assert_eq!(server.served("/below.png"), 0);
    assert_eq!(
        unscrolled.first_view.transfer_bytes(),
        server.bytes("/lazy")
    );

    let scrolled = with_browser(
        Options {
            repeat_view: false,
            ..options()
        },
        async |browser| {
            browser
                .measure(&server.url("/lazy"))
                .await
                .expect("measured with scrolling")
        },
    );
    assert_eq!(
        paths(&scrolled.first_view, &server),
        ["/lazy", "/below.png"]
    );
    assert_counted_as_written(&scrolled.first_view, &[&server]);
    assert_eq!(
        scrolled.first_view.transfer_bytes(),
        server.bytes("/lazy") + server.bytes("/below.png")
    );
    // The viewport is EcoIndex's 1920×1080, as a full-viewport image shows.
    let sizes: Vec<_> = scrolled
        .images
        .iter()
        .map(|image| (image.rendered_width, image.rendered_height))
        .collect();
    assert_eq!(sizes, [(1920, 1080), (200, 200)]);
}

#[test]
fn resources_from_another_host_are_third_party_frames_included() {
    // 127.0.0.2 is another site than 127.0.0.1 (an IP address is its own site), so its frame
    // would run in a process of its own under site isolation, which sero-measure turns off so
    // that the frame's requests are reported, and counted, with the page's.
    let other = Server::start(
        "127.0.0.2",
        vec![
            ("/pixel.png", Fixture::new("image/png", noise_png(10, 10))),
            (
                "/frame",
                Fixture::html(&page("Frame", "", "<img src=\"/frame.png\" alt=\"\">")),
            ),
            ("/frame.png", Fixture::new("image/png", noise_png(30, 30))),
        ],
    );
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/mixed",
                Fixture::html(&page(
                    "Mixed",
                    "",
                    &format!(
                        "<img src=\"/own.png\" alt=\"\"><img src=\"{}\" alt=\"\">\
                         <iframe src=\"{}\"></iframe>",
                        other.url("/pixel.png"),
                        other.url("/frame"),
                    ),
                )),
            ),
            ("/own.png", Fixture::new("image/png", noise_png(20, 20))),
        ],
    );
    let options = Options {
        repeat_view: false,
        ..options()
    };
    let measurement = with_browser(options, async |browser| {
        browser
            .measure(&server.url("/mixed"))
            .await
            .expect("the page is measured")
    });
    let view = &measurement.first_view;
    let mut parties: Vec<_> = view
        .resources
        .iter()
        .map(|r| (r.domain.as_str(), r.resource_type.as_str(), r.first_party))
        .collect();
    parties.sort_unstable();
    assert_eq!(
        parties,
        [
            ("127.0.0.1", "Document", true),
            ("127.0.0.1", "Image", true),
            ("127.0.0.2", "Document", false),
            ("127.0.0.2", "Image", false),
            ("127.0.0.2", "Image", false),
        ]
    );
    assert_counted_as_written(view, &[&server, &other]);
    let ours = server.bytes("/mixed") + server.bytes("/own.png");
    let theirs = ["/pixel.png", "/frame", "/frame.png"].map(|path| other.bytes(path));
    assert_eq!(view.transfer_bytes(), ours + theirs.iter().sum::<u64>());
    assert_eq!(measurement.limits, Vec::<String>::new());
}

#[test]
fn cache_headers_decide_what_the_repeat_view_costs() {
    let cached = "public, max-age=3600";
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/cached",
                Fixture::html(&page(
                    "Cached",
                    "<link rel=\"stylesheet\" href=\"/cached.css\"><script src=\"/cached.js\"></script>",
                    "<img src=\"/cached.png\" alt=\"\">",
                ))
                .header("Cache-Control", "no-cache"),
            ),
            ("/cached.css", Fixture::new("text/css", "p { margin: 0 }\n".repeat(100)).header("Cache-Control", cached)),
            (
                "/cached.js",
                Fixture::new("text/javascript", "var answer = 42;\n".repeat(100))
                    .header("Cache-Control", cached)
                    .header("ETag", "\"v1\"")
                    .header("Last-Modified", "Mon, 02 Nov 2026 10:00:00 GMT"),
            ),
            ("/cached.png", Fixture::new("image/png", noise_png(100, 100)).header("Cache-Control", cached)),
            (
                "/fresh",
                Fixture::html(&page(
                    "Fresh",
                    "<link rel=\"stylesheet\" href=\"/fresh.css\"><script src=\"/fresh.js\"></script>",
                    "<img src=\"/fresh.png\" alt=\"\">",
                ))
                .header("Cache-Control", "no-store"),
            ),
            ("/fresh.css", Fixture::new("text/css", "p { margin: 0 }\n".repeat(100)).header("Cache-Control", "no-store")),
            ("/fresh.js", Fixture::new("text/javascript", "var answer = 42;\n".repeat(100)).header("Cache-Control", "no-store")),
            ("/fresh.png", Fixture::new("image/png", noise_png(100, 100)).header("Cache-Control", "no-store")),
        ],
    );
    let (cached_page, fresh_page) = with_browser(options(), async |browser| {
        let cached_page = browser
            .measure(&server.url("/cached"))
            .await
            .expect("measured");
        let fresh_page = browser
            .measure(&server.url("/fresh"))
            .await
            .expect("measured");
        (cached_page, fresh_page)
    });

    // Cacheable resources: the repeat view fetches only the document again.
    let first = &cached_page.first_view;
    let repeat = cached_page.repeat_view.as_ref().expect("a repeat view");
    let everything = ["/cached", "/cached.css", "/cached.js", "/cached.png"];
    assert_eq!(sorted(paths(first, &server)), everything);
    assert_eq!(sorted(paths(repeat, &server)), everything);
    assert_eq!(paths(first, &server)[0], "/cached");
    assert_eq!(paths(repeat, &server)[0], "/cached");
    assert_counted_as_written(first, &[&server]);
    assert_counted_as_written(repeat, &[&server]);
    assert_eq!(first.requests(), 4);
    assert_eq!(repeat.requests(), 1);
    assert!(
        repeat.resources[1..]
            .iter()
            .all(|r| r.from_cache && r.transfer_bytes == 0)
    );
    assert_eq!(repeat.transfer_bytes(), server.bytes("/cached"));
    assert!(repeat.transfer_bytes() < first.transfer_bytes() / 5);
    assert_eq!(server.served("/cached"), 2);
    assert_eq!(server.served("/cached.png"), 1);
    let script = first
        .resources
        .iter()
        .find(|r| r.url.ends_with("/cached.js"))
        .unwrap();
    assert_eq!(script.cache_control.as_deref(), Some(cached));
    assert!(script.has_etag && script.has_last_modified && !script.has_expires);

    // `no-store`: the repeat view costs what the first did.
    let first = &fresh_page.first_view;
    let repeat = fresh_page.repeat_view.as_ref().expect("a repeat view");
    assert_eq!(
        sorted(paths(repeat, &server)),
        sorted(paths(first, &server))
    );
    assert_counted_as_written(repeat, &[&server]);
    assert_eq!(repeat.requests(), 4);
    assert!(repeat.resources.iter().all(|r| !r.from_cache));
    assert_eq!(repeat.transfer_bytes(), first.transfer_bytes());
    assert_eq!(server.served("/fresh.png"), 2);
}

#[test]
fn a_request_the_page_cancels_counts_the_bytes_read_before() {
    // The page aborts a fetch as soon as its headers arrive; the server never sends the body.
    // chrome-har keeps requests that end in `net::ERR_ABORTED`, and so do we, with what
    // Chromium had read: here, exactly the status line and headers.
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/cancel",
                Fixture::html(&page(
                    "Cancel",
                    "",
                    "<script>const controller = new AbortController();\
                     fetch('/stream', { signal: controller.signal })\
                     .then(() => controller.abort()).catch(() => {});</script>",
                )),
            ),
            (
                "/stream",
                Fixture::new("application/octet-stream", vec![7; 100_000]).withhold_body(),
            ),
        ],
    );
    let measurement = first_view_only(&server, "/cancel");
    let view = &measurement.first_view;
    assert_eq!(paths(view, &server), ["/cancel", "/stream"]);
    assert_counted_as_written(view, &[&server]);
    let stream = &view.resources[1];
    assert_eq!(
        (stream.resource_type.as_str(), stream.status),
        ("Fetch", 200)
    );
    assert!(stream.transfer_bytes < 200, "{stream:?}");
    // Marked as cancelled, in the resource and in the measurement's limits.
    assert!(stream.cancelled, "{stream:?}");
    assert!(!view.resources[0].cancelled);
    assert_eq!(
        measurement.limits,
        [
            "1 request(s) cancelled by the browser or the page in the first view are counted with \
          the bytes that had arrived (marked `cancelled` in the resources)"
        ]
    );
}

#[test]
fn an_image_the_browser_cannot_decode_is_marked_cancelled() {
    // A large "PNG" that is not one: Chromium gives up on it once the decoder fails and
    // cancels the rest of the download. It is counted with the bytes that arrived, and
    // marked as cancelled; the image that decodes is not.
    let garbage: Vec<u8> = (0..2_000_000u64).map(|i| (i * 7919 % 251) as u8).collect();
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/broken",
                Fixture::html(&page(
                    "Broken image",
                    "",
                    "<img src=\"/good.png\" alt=\"good\"><img src=\"/broken.png\" alt=\"broken\">",
                )),
            ),
            ("/good.png", Fixture::new("image/png", noise_png(8, 8))),
            ("/broken.png", Fixture::new("image/png", garbage)),
        ],
    );
    let measurement = first_view_only(&server, "/broken");
    let view = &measurement.first_view;
    assert_eq!(
        sorted(paths(view, &server)),
        ["/broken", "/broken.png", "/good.png"]
    );
    let by_path = |path: &str| {
        view.resources
            .iter()
            .find(|r| server.path_of(&r.url) == Some(path))
            .expect("the resource is listed")
    };
    let broken = by_path("/broken.png");
    assert!(broken.cancelled, "{broken:?}");
    assert!(
        broken.transfer_bytes < server.bytes("/broken.png"),
        "{broken:?} counts no more than arrived"
    );
    assert!(!by_path("/good.png").cancelled);
    assert!(!by_path("/broken").cancelled);
    assert!(
        measurement
            .limits
            .iter()
            .any(|l| l.starts_with("1 request(s) cancelled by the browser or the page")),
        "{:?}",
        measurement.limits
    );
}

#[test]
fn a_web_worker_is_named_as_not_counted() {
    // Chromium reports a worker's requests on the worker's own DevTools session, which
    // sero-measure does not follow: the measurement says so rather than count them silently.
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/worker",
                Fixture::html(&page(
                    "Worker",
                    "",
                    "<script>new Worker('/worker.js');</script>",
                )),
            ),
            (
                "/worker.js",
                Fixture::new("text/javascript", "fetch('/from-worker');"),
            ),
            (
                "/from-worker",
                Fixture::new("text/plain", "hello from the worker"),
            ),
        ],
    );
    let measurement = first_view_only(&server, "/worker");
    assert_eq!(paths(&measurement.first_view, &server), ["/worker"]);
    assert_eq!(
        (server.served("/worker.js"), server.served("/from-worker")),
        (1, 1)
    );
    assert_eq!(
        measurement.limits,
        [format!(
            "the page started a web worker (`{}`) in the first view; the requests it makes, its \
             own script included, are not counted",
            server.url("/worker.js")
        )]
    );
}

/// Measures `path` of `server` once, with no repeat view.
fn first_view_only(server: &Server, path: &str) -> sero_core::page::PageMeasurement {
    with_browser(
        Options {
            repeat_view: false,
            ..options()
        },
        async |browser| {
            browser
                .measure(&server.url(path))
                .await
                .expect("the page is measured")
        },
    )
}

/// A page behind a sign-in is measured with the cookies given: both views send them, and only
/// to the measured page's host.
#[test]
fn cookies_are_sent_with_every_view() {
    let server = Server::start(
        "127.0.0.1",
        vec![(
            "/private",
            Fixture::html(&page("Private", "", "<p>Signed in</p>")),
        )],
    );
    let url = server.url("/private");
    let options = Options {
        repeat_view: true,
        cookies: vec![
            sero_measure::Cookie {
                name: "session".to_owned(),
                value: "s3cret".to_owned(),
            },
            sero_measure::Cookie {
                name: "lang".to_owned(),
                value: "cy".to_owned(),
            },
        ],
        ..options()
    };
    let measured = with_browser(options.clone(), async |browser| browser.measure(&url).await)
        .expect("the page is measured");
    assert_eq!(measured.first_view.requests(), 1);
    let heads: Vec<String> = server
        .request_heads()
        .into_iter()
        .filter(|head| head.starts_with("GET /private "))
        .collect();
    assert_eq!(heads.len(), 2, "a first and a repeat view: {heads:?}");
    for head in &heads {
        let cookie = head
            .lines()
            .find(|line| line.to_ascii_lowercase().starts_with("cookie:"))
            .unwrap_or_else(|| panic!("no Cookie header in\n{head}"));
        assert!(
            cookie.contains("session=s3cret") && cookie.contains("lang=cy"),
            "{cookie}"
        );
    }
    // The value of a session cookie never shows in a debug print of the options.
    let debug = format!("{options:?}");
    assert!(
        debug.contains("session") && !debug.contains("s3cret"),
        "{debug}"
    );
}
