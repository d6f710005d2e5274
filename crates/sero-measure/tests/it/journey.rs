//! A form journey in one browser context: each step counts the bytes the server wrote for the
//! requests that step caused, and what an earlier step cached is not downloaded again.

use std::time::Duration;

use sero_measure::{Action, Journey, JourneyStep, StepError, measure_journey};
use sero_test_server::{Fixture, Server};

use crate::{assert_counted_as_written, options, paths, with_browser};

fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/style.css\">\
         </head>\n<body>{body}</body></html>\n"
    )
}

/// The confirmation's path: the form's GET query string is part of it.
const CONFIRMATION: &str = "/confirmation?name=Ann+Example";

fn form_server() -> Server {
    let css = "body { font-family: sans-serif; color: #222; }\n".repeat(20);
    Server::start(
        "127.0.0.1",
        vec![
            (
                "/start",
                Fixture::html(&page(
                    "Start",
                    "<h1>Apply</h1><a id=\"start-button\" href=\"/eligibility\">Start now</a>",
                )),
            ),
            (
                "/style.css",
                Fixture::new("text/css", css).header("Cache-Control", "max-age=3600"),
            ),
            (
                "/eligibility",
                Fixture::html(&page(
                    "Eligibility",
                    "<form id=\"apply\" action=\"/confirmation\" method=\"get\">\
                     <label for=\"name\">Name</label>\
                     <input id=\"name\" name=\"name\" required>\
                     <button>Continue</button></form>",
                )),
            ),
            (
                CONFIRMATION,
                Fixture::html(&page(
                    "Done",
                    "<h1 id=\"confirmation\">Application received</h1>",
                )),
            ),
        ],
    )
}

fn step(name: &str, action: Action, wait_for: Option<&str>) -> JourneyStep {
    JourneyStep {
        name: name.to_owned(),
        action,
        wait_for: wait_for.map(str::to_owned),
    }
}

#[test]
fn each_step_counts_what_it_caused_and_the_cache_carries_over() {
    let server = form_server();
    let journey = Journey {
        name: "Apply".to_owned(),
        start: server.url("/start"),
        steps: vec![
            step("Eligibility", Action::Click("#start-button".into()), None),
            step(
                "Name",
                Action::Fill {
                    selector: "#name".into(),
                    value: "Ann Example".into(),
                },
                None,
            ),
            step(
                "Send",
                Action::Submit("form#apply".into()),
                Some("#confirmation"),
            ),
        ],
    };
    let measured = with_browser(options(), async |browser| {
        measure_journey(browser, &journey).await
    })
    .expect("the journey begins");
    assert_eq!(measured.failure, None);
    let names: Vec<_> = measured.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Start", "Eligibility", "Name", "Send"]);

    let [start, eligibility, name, send] = measured.steps.as_slice() else {
        panic!("four steps")
    };
    assert_eq!(paths(&start.view, &server), ["/start", "/style.css"]);
    assert_eq!(start.url, server.url("/start"));
    // The stylesheet cached by the start page is served from the cache afterwards: only the
    // documents cross the network.
    let network_paths = |view: &sero_core::page::View| -> Vec<String> {
        view.resources
            .iter()
            .filter(|r| !r.from_cache)
            .map(|r| server.path_of(&r.url).expect("ours").to_owned())
            .collect()
    };
    assert_eq!(network_paths(&eligibility.view), ["/eligibility"]);
    assert_eq!(eligibility.url, server.url("/eligibility"));
    assert_eq!(name.view.resources, []);
    assert_eq!(network_paths(&send.view), [CONFIRMATION]);
    assert_eq!(send.url, server.url(CONFIRMATION));
    assert_eq!(server.served("/style.css"), 1, "downloaded once");
    for step in &measured.steps {
        assert_counted_as_written(&step.view, &[&server]);
    }
    assert_eq!(
        send.view.transfer_bytes(),
        server.bytes(CONFIRMATION),
        "the last step is the confirmation page alone"
    );
    assert_eq!(
        start.view.transfer_bytes(),
        server.bytes("/start") + server.bytes("/style.css")
    );
    // html, head, meta, title, link ×2, body, h1.
    assert_eq!(send.dom_elements, 8);
}

#[test]
fn a_missing_selector_stops_the_journey_and_keeps_the_steps_before() {
    let server = form_server();
    let journey = Journey {
        name: "Apply".to_owned(),
        start: server.url("/start"),
        steps: vec![step("Begin", Action::Click("#no-such-button".into()), None)],
    };
    let options = sero_measure::Options {
        page_timeout: Duration::from_secs(2),
        ..options()
    };
    let measured = with_browser(options, async |browser| {
        measure_journey(browser, &journey).await
    })
    .expect("the journey begins");
    assert_eq!(measured.steps.len(), 1, "the start page was measured");
    let failure = measured.failure.expect("the click fails");
    assert_eq!((failure.step, failure.name.as_str()), (2, "Begin"));
    assert_eq!(
        failure.error,
        StepError::SelectorNotFound {
            selector: "#no-such-button".into(),
            seconds: 2.0,
            url: server.url("/start"),
        }
    );
    assert_eq!(
        failure.to_string(),
        format!(
            "step 2 (`Begin`) failed: no element matches `#no-such-button` within 2 s (the page \
             was `{}`); hint: check the selector against that page, or allow more time with a \
             longer timeout",
            server.url("/start")
        )
    );
}
