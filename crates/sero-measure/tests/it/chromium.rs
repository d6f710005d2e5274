//! Finding the browser, and what a user reads when there is none.

use std::path::Path;

use sero_measure::{MeasureError, Options, find_chromium, measure_many};

#[test]
fn the_installed_chromium_is_found() {
    let found = find_chromium(None)
        .unwrap_or_else(|error| panic!("{error}\nRun `scripts/test`, which installs Chromium."));
    assert!(found.is_file(), "{}", found.display());
    assert_eq!(find_chromium(Some(&found)), Ok(found.clone()));
}

#[test]
fn a_missing_chromium_says_how_to_install_it() {
    let missing = Path::new("/nonexistent/chromium");
    let error = find_chromium(Some(missing)).expect_err("no such file");
    assert!(matches!(error, MeasureError::ChromiumNotFound { .. }));
    assert_eq!(
        error.to_string(),
        "Chromium was not found (there is no file at `/nonexistent/chromium`); install it (on \
         Debian: `apt-get install chromium`) or measure without a browser with `--http-only`"
    );

    // A batch without a browser fails every page with that error, and calls no one back.
    let options = Options {
        chromium: Some(missing.to_path_buf()),
        ..Options::default()
    };
    let urls = vec![
        "http://127.0.0.1:9/a".to_owned(),
        "http://127.0.0.1:9/b".to_owned(),
    ];
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let results = runtime.block_on(measure_many(&urls, &options, 2, |_, url| {
        panic!("{url} was not measured")
    }));
    assert_eq!(results.len(), 2);
    for ((url, result), expected) in results.iter().zip(&urls) {
        assert_eq!(url, expected);
        assert_eq!(result.as_ref().err(), Some(&error));
    }
}
