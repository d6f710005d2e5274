use std::time::Duration;

use sero_energy::http::{FetchError, fetch};
use sero_test_server::{Fixture, Server};

#[test]
fn fetches_an_exposition_and_reports_failures() {
    let server = Server::start(
        "127.0.0.1",
        vec![
            (
                "/metrics",
                Fixture::new(
                    "text/plain; version=0.0.4",
                    "scaph_host_energy_microjoules 5\n",
                ),
            ),
            ("/gone", Fixture::new("text/plain", "gone").status(404)),
        ],
    );
    let timeout = Duration::from_secs(5);
    assert_eq!(
        fetch(&server.url("/metrics"), timeout).unwrap(),
        "scaph_host_energy_microjoules 5\n"
    );
    assert!(matches!(
        fetch(&server.url("/gone"), timeout),
        Err(FetchError::Status { status: 404, .. })
    ));
    let error = fetch("http://127.0.0.1:9/metrics", timeout).unwrap_err();
    assert!(matches!(error, FetchError::Unreachable { .. }), "{error:?}");
    assert_eq!(error.hint().id(), "prometheus-hint-fetch");
    assert_eq!(error.message().id(), "prometheus-error-unreachable");
}
