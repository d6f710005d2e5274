//! Pages that cannot be measured, all in one batch with pages that can.

use std::net::TcpListener;
use std::time::Duration;

use sero_measure::{MeasureError, Options, measure_many};

use crate::{CHROMIUM, options};
use sero_test_server::{Fixture, Server};

#[test]
fn a_batch_reports_each_failure_and_still_measures_the_good_pages() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/good",
                Fixture::html(
                    "<!doctype html><title>Good</title><link rel=icon href=\"data:,\"><p>Fine.",
                ),
            ),
            (
                // An open dialog stops a page until someone answers it; the measurement does.
                "/dialog",
                Fixture::html(
                    "<!doctype html><title>Dialog</title><link rel=icon href=\"data:,\">\
                     <script>alert('Welcome!');</script><p>Answered.",
                ),
            ),
            (
                "/data.json",
                Fixture::new("application/json", "{\"answer\": 42}"),
            ),
            (
                "/report.csv",
                Fixture::new("text/csv", "a,b\n1,2\n")
                    .header("Content-Disposition", "attachment; filename=report.csv"),
            ),
        ],
    );
    // A port nobody listens on: bound, then released.
    let closed_port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // A server that never answers: the kernel accepts the connection and the request, and
    // nothing ever reads or replies.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();

    let urls = vec![
        server.url("/good"),
        server.url("/dialog"),
        format!("http://127.0.0.1:{closed_port}/"),
        format!("http://127.0.0.1:{silent_port}/"),
        format!("https://127.0.0.1:{}/good", server.port),
        server.url("/data.json"),
        server.url("/missing"),
        server.url("/report.csv"),
    ];
    let options = Options {
        page_timeout: Duration::from_secs(3),
        ..options()
    };
    let mut done = Vec::new();
    let results = {
        let _turn = CHROMIUM
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(measure_many(&urls, &options, 3, |index, url| {
            done.push((index, url.to_owned()));
        }))
    };
    drop(silent);

    done.sort();
    assert_eq!(done, urls.iter().cloned().enumerate().collect::<Vec<_>>());
    let returned: Vec<&String> = results.iter().map(|(url, _)| url).collect();
    assert_eq!(
        returned,
        urls.iter().collect::<Vec<_>>(),
        "results come in input order"
    );

    let good = results[0].1.as_ref().expect("the good page is measured");
    assert_eq!(good.first_view.transfer_bytes(), server.bytes("/good"));
    assert!(good.repeat_view.is_some());
    let dialog = results[1]
        .1
        .as_ref()
        .expect("the page with a dialog is measured");
    assert_eq!(dialog.first_view.transfer_bytes(), server.bytes("/dialog"));

    let errors: Vec<&MeasureError> = results[2..]
        .iter()
        .map(|(_, result)| result.as_ref().expect_err("fails"))
        .collect();
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for (message, url) in messages.iter().zip(&urls[2..]) {
        assert!(
            message.contains(&format!("`{url}`")),
            "{message} names {url}"
        );
    }

    assert_eq!(
        errors[0],
        &MeasureError::Navigation {
            url: urls[2].clone(),
            reason: "net::ERR_CONNECTION_REFUSED".into()
        }
    );
    assert_eq!(
        messages[0],
        format!(
            "could not load `{}`: net::ERR_CONNECTION_REFUSED; hint: nothing is listening on \
             that host and port",
            urls[2]
        )
    );

    assert_eq!(
        errors[1],
        &MeasureError::Timeout {
            url: urls[3].clone(),
            seconds: 3.0
        }
    );
    assert!(
        messages[1].contains("did not finish loading within 3 s"),
        "{}",
        messages[1]
    );

    let MeasureError::Navigation { reason, .. } = errors[2] else {
        panic!("{:?}", errors[2])
    };
    assert!(reason.contains("SSL"), "{reason}");
    assert!(
        messages[2].contains("the secure connection failed"),
        "{}",
        messages[2]
    );

    assert_eq!(
        errors[3],
        &MeasureError::NotHtml {
            url: urls[5].clone(),
            content_type: "application/json".into()
        }
    );
    assert_eq!(
        errors[4],
        &MeasureError::Http {
            url: urls[6].clone(),
            status: 404
        }
    );
    assert_eq!(
        messages[4],
        format!(
            "`{}` answered with HTTP status 404; hint: check the URL",
            urls[6]
        )
    );
    assert_eq!(
        errors[5],
        &MeasureError::Navigation {
            url: urls[7].clone(),
            reason: "the URL starts a download rather than showing a page".into()
        }
    );
}
