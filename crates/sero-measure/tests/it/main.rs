//! sero-measure against a real headless Chromium and loopback HTTP servers written here.
//!
//! - [`pages`]: what a page costs — exact bytes per resource, redirects, a heavy page, lazy
//!   content, third parties, and the repeat view under different cache headers.
//! - [`errors`]: pages that cannot be measured, in one batch with a good one.
//! - [`chromium`]: finding the browser, and the message when there is none.
//!
//! Chromium is a requirement of the test suite, installed by `scripts/test`; without it these
//! tests fail, saying so. Tests that drive Chromium take turns (see [`with_browser`]) so that
//! two cores are not shared by several browsers at once.

mod chromium;
mod errors;
mod green;
mod guarded;
mod http_only;
mod journey;
mod pages;

use std::sync::Mutex;
use std::time::Duration;

use sero_core::page::View;
use sero_measure::{Browser, Options};

use sero_test_server::Server;

static CHROMIUM: Mutex<()> = Mutex::new(());

/// Options for tests: a short quiet wait (the loopback network is fast) and no coverage unless
/// a test wants it.
fn options() -> Options {
    Options {
        settle: Duration::from_millis(500),
        coverage: false,
        ..Options::default()
    }
}

/// Runs `test` with a freshly launched browser, one test at a time, and closes the browser.
fn with_browser<T>(options: Options, test: impl AsyncFnOnce(&Browser) -> T) -> T {
    let _turn = CHROMIUM
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.block_on(async {
        let browser = Browser::launch(&options).await.unwrap_or_else(|error| {
            panic!("{error}\nRun `scripts/test`, which installs Chromium.")
        });
        let result = test(&browser).await;
        browser
            .close()
            .await
            .expect("Chromium closes and its profile is removed");
        result
    })
}

/// The paths of a view's resources, all of which must come from `server`.
fn paths<'a>(view: &'a View, server: &Server) -> Vec<&'a str> {
    view.resources
        .iter()
        .map(|resource| {
            server
                .path_of(&resource.url)
                .unwrap_or_else(|| panic!("`{}` is not ours", resource.url))
        })
        .collect()
}

/// Asserts that every resource fetched over the network counts exactly the bytes its server
/// wrote for it (status line, headers and body), and that cache hits count none.
fn assert_counted_as_written(view: &View, servers: &[&Server]) {
    for resource in &view.resources {
        if resource.from_cache {
            assert_eq!(
                resource.transfer_bytes, 0,
                "a cache hit transfers nothing: {resource:?}"
            );
            continue;
        }
        let (server, path) = servers
            .iter()
            .find_map(|server| server.path_of(&resource.url).map(|path| (server, path)))
            .unwrap_or_else(|| panic!("`{}` is not one of ours", resource.url));
        assert_eq!(
            resource.transfer_bytes,
            server.bytes(path),
            "bytes of `{}`",
            resource.url
        );
    }
}
