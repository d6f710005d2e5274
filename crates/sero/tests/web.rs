//! The web application's main journeys, walked in real headless Chromium by filling fields and
//! clicking as a person does, against the built `sero serve` on loopback with a fresh SQLite
//! database.
//!
//! On every distinct page of the journeys, in English and in Welsh, axe-core's WCAG 2.2 AA
//! rules must report no violation, nothing may scroll sideways at 320 CSS pixels (WCAG 1.4.10,
//! Reflow, which axe-core does not check), and sero's own page measurement (the code `sero page` runs)
//! must find a first view under 100 KB transferred, rated A+ on the Sustainable Web Design
//! scale. Pages reached by a GET are measured in a fresh incognito context carrying the
//! journey's cookies (the session, the language), as `sero page` measures; a page shown as
//! the answer to a form (a manifest error, a new invitation link) as `sero journey` measures,
//! by filling and submitting the form in such a context.
//!
//! Chromium and axe-core are requirements (`scripts/test` installs both; `SERO_AXE_JS` names
//! axe-core's `axe.min.js`): without them the test fails, saying so.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use chromiumoxide::Page;
use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::cdp::browser_protocol::dom::SetFileInputFilesParams;
use chromiumoxide::cdp::browser_protocol::page::SetBypassCspParams;
use chromiumoxide::cdp::browser_protocol::target::{
    CreateBrowserContextParams, CreateTargetParams,
};
use futures::StreamExt;
use serde_json::Value;
use sero_core::journey::{Action, Journey, JourneyStep};
use sero_core::models::data_transfer::{Method, rating};
use sero_core::page_report::{default_template, page_report};
use sero_i18n::{Lang, Localizer, msg};
use sero_test_server::accessibility;

/// The most a page's first view may transfer, bytes (the "under 100 KB").
const MAX_FIRST_VIEW_BYTES: u64 = 100_000;

/// The Sustainable Web Design rating every page must have.
const RATING: &str = "A+";

/// How long the whole walk may take.
const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);

/// How long a click's page may take to load.
const LOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// The line and column of the wrong key put into the example (see [`broken_manifest`]).
const BROKEN_LINE: usize = 36;
const BROKEN_COLUMN: usize = 1;

#[test]
fn main_journeys_in_chromium_are_accessible_and_light() {
    let axe_js = std::fs::read_to_string(accessibility::axe_path())
        .expect("axe-core's axe.min.js is readable");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let server = Server::start(dir.path());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let report = runtime
        .block_on(async {
            tokio::time::timeout(JOURNEY_TIMEOUT, walk(&server, dir.path(), &axe_js)).await
        })
        .unwrap_or_else(|_| panic!("the journeys took more than {JOURNEY_TIMEOUT:?}"));
    assert!(
        report.len() >= 15,
        "every page of the journeys was checked:\n{}",
        report.join("\n")
    );
}

/// The built `sero serve`, on a free loopback port, with its database in a temporary folder.
struct Server {
    child: Child,
    url: String,
    setup_link: String,
    log: PathBuf,
}

impl Server {
    fn start(dir: &Path) -> Server {
        let log = dir.join("serve.log");
        let mut child = Command::new(env!("CARGO_BIN_EXE_sero"))
            .args([
                "serve",
                "--allow-private-addresses",
                "--listen",
                "127.0.0.1:0",
                "--database",
            ])
            .arg(dir.join("sero.db"))
            .env_remove("SERO_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).expect("a log file"))
            .spawn()
            .expect("`sero serve` starts");
        let stdout = child.stdout.take().expect("sero's standard output");
        let mut lines = BufReader::new(stdout).lines();
        let mut setup_link = None;
        let mut url = None;
        for line in lines.by_ref() {
            let line = line.expect("sero's output is UTF-8");
            let line = line.trim();
            if line.contains("/setup/") {
                setup_link = Some(line.to_owned());
            }
            if let Some(rest) = line.strip_prefix("sero is listening on ") {
                url = rest.split_whitespace().next().map(str::to_owned);
                break;
            }
        }
        // The rest of the output is read (and dropped) so the server never blocks on a pipe.
        std::thread::spawn(move || for _ in lines {});
        let server = Server {
            child,
            url: url.unwrap_or_default(),
            setup_link: setup_link.unwrap_or_default(),
            log,
        };
        assert!(
            server.url.starts_with("http://127.0.0.1:"),
            "`sero serve` printed no URL to listen on:\n{}",
            server.log()
        );
        assert!(
            server
                .setup_link
                .starts_with(&format!("{}/setup/", server.url)),
            "`sero serve` printed no one-time set-up link on a first start:\n{}",
            server.log()
        );
        server
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!("sero serve's log:\n{}", self.log());
        }
    }
}

/// The example manifest with `page_views` misspelt on [`BROKEN_LINE`]: a key the data-transfer
/// model does not have.
fn broken_manifest(good: &str) -> String {
    let mut lines: Vec<String> = good.lines().map(str::to_owned).collect();
    assert_eq!(
        lines[BROKEN_LINE - 1],
        "page_views = 4",
        "the example changed: choose another line to break"
    );
    lines[BROKEN_LINE - 1] = "page_viewz = 4".to_owned();
    lines.join("\n") + "\n"
}

/// How a page is measured.
enum How<'a> {
    /// By loading its URL.
    Get,
    /// By submitting the form that answers with it.
    Answer {
        form_url: &'a str,
        fields: &'a [(&'a str, &'a str)],
        answer: &'a str,
    },
    /// Not measured: an error page, whose status (4xx) `sero page` refuses to measure.
    ErrorPage,
}

/// A session of the walk: the browser, axe-core, what was checked, and the measurements.
struct Walk<'a> {
    browser: &'a Browser,
    axe_js: &'a str,
    /// The distinct pages checked, as their language and label.
    checked: BTreeSet<String>,
    report: Vec<String>,
    measurer: Measurer,
}

/// sero's own page measurement, relaunched when the cookies change.
struct Measurer {
    browser: Option<(Vec<sero_measure::Cookie>, sero_measure::Browser)>,
    factors: sero_core::factor::FactorSet,
}

impl Measurer {
    /// sero's measurement browser, sending `cookies`.
    async fn browser(&mut self, cookies: Vec<sero_measure::Cookie>) -> &sero_measure::Browser {
        let same = matches!(&self.browser, Some((c, _)) if *c == cookies);
        if !same {
            if let Some((_, old)) = self.browser.take() {
                let _ = old.close().await;
            }
            let options = sero_measure::Options {
                settle: Duration::from_millis(300),
                repeat_view: false,
                coverage: false,
                cookies: cookies.clone(),
                ..sero_measure::Options::default()
            };
            let browser = sero_measure::Browser::launch(&options)
                .await
                .unwrap_or_else(|e| panic!("{e}\nRun `scripts/test`, which installs Chromium."));
            self.browser = Some((cookies, browser));
        }
        &self.browser.as_ref().expect("a browser").1
    }

    /// The first view of `url`, as `sero page` measures it: bytes and rating.
    async fn measure(&mut self, url: &str, cookies: Vec<sero_measure::Cookie>) -> (u64, String) {
        let browser = self.browser(cookies).await;
        let measurement = browser
            .measure(url)
            .await
            .unwrap_or_else(|e| panic!("sero could not measure `{url}`: {e}"));
        // The page itself was measured, not the sign-in page a missing session leads to.
        assert_eq!(
            measurement.final_url, url,
            "the measurement of `{url}` ended elsewhere"
        );
        let report = page_report(measurement, &|_| None, &default_template(), &self.factors)
            .expect("a page report");
        (report.transfer_bytes, report.rating.to_owned())
    }

    /// The page a form answers with, as `sero journey` measures it: the form's page opened
    /// in a fresh context (a first view), its fields filled and the form submitted. The bytes
    /// of both views together bound those of a first view of the answer alone (which is the
    /// answer's document and what the form's page already loaded, its stylesheet), and so do
    /// their grams.
    async fn measure_answer(
        &mut self,
        form_url: &str,
        fields: &[(&str, &str)],
        answer: &str,
        cookies: Vec<sero_measure::Cookie>,
    ) -> (u64, String) {
        let mut steps: Vec<JourneyStep> = fields
            .iter()
            .map(|(selector, value)| JourneyStep {
                name: format!("fill {selector}"),
                action: Action::Fill {
                    selector: (*selector).to_owned(),
                    value: (*value).to_owned(),
                },
                wait_for: None,
            })
            .collect();
        steps.push(JourneyStep {
            name: "submit".to_owned(),
            action: Action::Submit("main form".to_owned()),
            wait_for: Some(answer.to_owned()),
        });
        let journey = Journey {
            name: "a form's answer".to_owned(),
            start: form_url.to_owned(),
            steps,
        };
        let browser = self.browser(cookies).await;
        let measured = sero_measure::measure_journey(browser, &journey)
            .await
            .unwrap_or_else(|e| {
                panic!("sero could not measure the journey from `{form_url}`: {e}")
            });
        if let Some(failure) = &measured.failure {
            panic!("sero's journey measurement from `{form_url}` failed: {failure}");
        }
        let estimate = sero_core::journey::estimate(
            measured
                .steps
                .iter()
                .map(|step| (step.view.transfer_bytes(), step.view.requests())),
            &default_template(),
            &self.factors,
        )
        .expect("the journey's estimate");
        let rating = rating(Method::SwdV4, estimate.co2e_g).unwrap_or("–");
        (estimate.transfer_bytes, rating.to_owned())
    }
}

impl Walk<'_> {
    /// Checks the page `page` shows, reached by a GET: axe-core's WCAG 2.2 AA rules, and
    /// sero's measurement of its first view with the cookies the browser holds. `label` names
    /// the page (with the language it declares) once for all its visits; a page seen before is
    /// not checked again.
    async fn check(&mut self, page: &Page, label: &str) {
        self.check_page(page, label, How::Get).await;
    }

    /// [`Walk::check`] for the page a form answered with: measured by filling `fields` on the
    /// form at `form_url` and submitting it, until `answer` (a CSS selector) shows.
    async fn check_answer(
        &mut self,
        page: &Page,
        label: &str,
        form_url: &str,
        fields: &[(&str, &str)],
        answer: &str,
    ) {
        self.check_page(
            page,
            label,
            How::Answer {
                form_url,
                fields,
                answer,
            },
        )
        .await;
    }

    async fn check_page(&mut self, page: &Page, label: &str, how: How<'_>) {
        let lang = html_lang(page).await;
        let key = format!("{lang} {label}");
        if !self.checked.insert(key.clone()) {
            return;
        }
        let violations = accessibility::axe(page, self.axe_js)
            .await
            .unwrap_or_else(|e| panic!("axe-core could not run on {key}: {e}"));
        let url = current_url(page).await;
        assert!(
            violations.is_empty(),
            "{key} ({url}) breaks WCAG 2.2 AA rules:\n{}",
            accessibility::describe(&violations)
        );
        let (scroll_width, too_wide) = accessibility::reflow(page)
            .await
            .unwrap_or_else(|e| panic!("the reflow check could not run on {key}: {e}"));
        assert!(
            scroll_width <= accessibility::REFLOW_WIDTH && too_wide.is_empty(),
            "{key} ({url}) scrolls sideways at {} CSS pixels (WCAG 2.2 1.4.10, Reflow): \
             {scroll_width} px wide; too wide: {too_wide:?}",
            accessibility::REFLOW_WIDTH
        );
        if matches!(how, How::ErrorPage) {
            self.note(format!(
                "{key}: axe-core clean, reflows at 320 px (an error page: not measured)"
            ));
            return;
        }
        let cookies = page
            .get_cookies()
            .await
            .expect("the page's cookies")
            .into_iter()
            .map(|c| sero_measure::Cookie {
                name: c.name,
                value: c.value,
            })
            .collect();
        let (bytes, rating) = match how {
            How::Answer {
                form_url,
                fields,
                answer,
            } => {
                let measured = self
                    .measurer
                    .measure_answer(form_url, fields, answer, cookies)
                    .await;
                self.note(format!(
                    "{key}: axe-core clean, reflows at 320 px, the form and its answer {} B, rated {}",
                    measured.0, measured.1
                ));
                measured
            }
            How::ErrorPage => unreachable!("error pages are not measured"),
            How::Get => {
                let measured = self.measurer.measure(&url, cookies).await;
                self.note(format!(
                    "{key}: axe-core clean, reflows at 320 px, first view {} B, rated {}",
                    measured.0, measured.1
                ));
                measured
            }
        };
        assert!(
            bytes < MAX_FIRST_VIEW_BYTES,
            "{key} ({url}) transfers {bytes} bytes on a first view: {MAX_FIRST_VIEW_BYTES} at most"
        );
        assert_eq!(rating, RATING, "{key} ({url}) is rated {rating}");
    }

    /// Prints what was checked (shown with `--nocapture`, and before a failure) and keeps it.
    fn note(&mut self, line: String) {
        println!("{line}");
        self.report.push(line);
    }

    /// A new page in a fresh incognito context (its own cookies), as a person who has never
    /// visited.
    async fn incognito(&self) -> Page {
        let context = self
            .browser
            .create_browser_context(CreateBrowserContextParams::default())
            .await
            .expect("an incognito context");
        let params = CreateTargetParams::builder()
            .url("about:blank")
            .browser_context_id(context)
            .build()
            .expect("a target");
        self.browser.new_page(params).await.expect("a page")
    }
}

async fn walk(server: &Server, dir: &Path, axe_js: &str) -> Vec<String> {
    let profile = tempfile::tempdir().expect("a Chromium profile folder");
    let config = BrowserConfig::builder()
        .chrome_executable(accessibility::chromium())
        .no_sandbox()
        .window_size(1280, 900)
        .viewport(None)
        .user_data_dir(profile.path())
        .args([
            "disable-gpu",
            "disable-dev-shm-usage",
            "disable-background-networking",
            "disable-component-update",
            "no-first-run",
        ])
        .build()
        .expect("a Chromium configuration");
    let (mut browser, mut handler) = Browser::launch(config).await.unwrap_or_else(|e| {
        panic!(
            "cannot start Chromium `{}`: {e}\nRun `scripts/test`, which installs Chromium.",
            accessibility::chromium().display()
        )
    });
    let events = tokio::spawn(async move { while handler.next().await.is_some() {} });
    let mut walk = Walk {
        browser: &browser,
        axe_js,
        checked: BTreeSet::new(),
        report: Vec::new(),
        measurer: Measurer {
            browser: None,
            factors: sero_factors::bundled().expect("sero's bundled factors"),
        },
    };
    journeys(&mut walk, server, dir).await;
    if let Some((_, measuring)) = walk.measurer.browser.take() {
        let _ = measuring.close().await;
    }
    let report = std::mem::take(&mut walk.report);
    drop(walk);
    let _ = browser.close().await;
    let _ = browser.wait().await;
    events.abort();
    report
}

async fn journeys(walk: &mut Walk<'_>, server: &Server, dir: &Path) {
    let base = &server.url;
    let english = Localizer::new(Lang::En);
    let welsh = Localizer::new(Lang::Cy);

    // 1. The first administrator, from the link `sero serve` printed.
    let admin = walk.incognito().await;
    go(&admin, &server.setup_link).await;
    walk.check(&admin, "set-up").await;
    fill(&admin, "#name", "Ada Admin").await;
    fill(&admin, "#email", "ada@example.org").await;
    fill(&admin, "#password", "correct horse battery staple").await;
    submit(&admin, "main form button[type=submit]").await;
    assert_eq!(path_of(&admin).await, "/admin/orgs");
    walk.check(&admin, "organisations (administrator)").await;

    // 2. An organisation, an invitation, and the invited person's account.
    fill(&admin, "#name", "Example Borough Council").await;
    fill(&admin, "#slug", "example").await;
    submit(&admin, "main form button[type=submit]").await;
    assert_eq!(path_of(&admin).await, "/o/example");
    walk.check(&admin, "organisation").await;
    click(&admin, "a[href='/o/example/members']").await;
    walk.check(&admin, "members").await;
    fill(&admin, "#email", "eve@example.org").await;
    submit(&admin, "main form button[type=submit]").await;
    walk.check_answer(
        &admin,
        "members with an invitation link",
        &format!("{base}/o/example/members"),
        &[("#email", "measured@example.org")],
        "code.secret",
    )
    .await;
    let invitation = text(&admin, "code.secret").await;
    assert!(
        invitation.starts_with(&format!("{base}/invite/")),
        "the members page shows an invitation link: {invitation}"
    );
    submit(&admin, "header form button[type=submit]").await;
    assert_eq!(path_of(&admin).await, "/signin");
    walk.check(&admin, "sign-in").await;

    let eve = walk.incognito().await;
    go(&eve, &invitation).await;
    walk.check(&eve, "invitation").await;
    fill(&eve, "#name", "Eve Editor").await;
    fill(&eve, "#password", "another long passphrase").await;
    submit(&eve, "main form button[type=submit]").await;
    assert_eq!(
        path_of(&eve).await,
        "/o/example",
        "the invited person lands on the organisation"
    );
    walk.check(&eve, "organisation (editor)").await;

    // The administrator signs in again, from the sign-in page signing out led to.
    fill(&admin, "#email", "ada@example.org").await;
    fill(&admin, "#password", "correct horse battery staple").await;
    submit(&admin, "main form button[type=submit]").await;
    assert_eq!(path_of(&admin).await, "/");
    walk.check(&admin, "home (administrator)").await;
    assert!(
        text(&admin, "main")
            .await
            .contains("Example Borough Council"),
        "the administrator's home lists the organisation"
    );

    // A service created with the guided form, filled field by field: its name, what a
    // transaction is, a channel with its transactions, a component whose model's inputs are
    // shown and filled, and another component added; saved, and its assessment shown.
    click(&eve, "a[href='/o/example/services/new']").await;
    walk.check(&eve, "new service").await;
    click(&eve, "a[href='/o/example/services/new/form']").await;
    assert_eq!(path_of(&eve).await, "/o/example/services/new/form");
    walk.check(&eve, "service form").await;
    // The form once in Welsh, then English again.
    click(&eve, "header a[hreflang=cy]").await;
    assert_eq!(html_lang(&eve).await, "cy");
    assert_eq!(path_of(&eve).await, "/o/example/services/new/form");
    walk.check(&eve, "service form").await;
    click(&eve, "header a[hreflang=en]").await;
    assert_eq!(html_lang(&eve).await, "en");
    fill(&eve, "#name", "Renew a parking permit").await;
    fill(&eve, "#organisation", "Example Borough Council").await;
    fill(&eve, "#functional_unit", "renewal").await;
    fill(&eve, "#channel-0-id", "online").await;
    fill(&eve, "#channel-0-name", "Online form").await;
    fill(&eve, "#channel-0-transactions", "12,000").await;
    fill(&eve, "#component-0-id", "pages").await;
    choose(&eve, "#component-0-model", "data-transfer").await;
    submit(&eve, "button[name=action][value='show-0']").await;
    // The model's inputs are shown, each with its unit, range or default explained; what was
    // typed came back.
    assert_eq!(
        eval(
            &eve,
            "document.querySelector('#channel-0-transactions').value"
        )
        .await,
        "12,000"
    );
    let bytes_hint = text(&eve, "#component-0-input-bytes-hint").await;
    assert!(
        !bytes_hint.trim().is_empty(),
        "the input `bytes` is explained beside its field"
    );
    walk.check_answer(
        &eve,
        "service form with a model's inputs",
        &format!("{base}/o/example/services/new/form"),
        &[
            ("#name", "Measured form"),
            ("#channel-0-transactions", "lots"),
        ],
        "#problems",
    )
    .await;
    choose(&eve, "#component-0-channel", "online").await;
    choose(&eve, "#component-0-basis", "transaction").await;
    fill(&eve, "#component-0-input-bytes", "1.5 MB").await;
    fill(&eve, "#component-0-input-page_views", "3").await;
    click(&eve, "#add-component").await;
    assert_eq!(
        eval(
            &eve,
            "document.querySelector('#component-0-input-bytes').value"
        )
        .await,
        "1.5 MB",
        "adding a component keeps what was typed"
    );
    fill(&eve, "#component-1-id", "hosting").await;
    fill(&eve, "#component-1-name", "Hosting").await;
    choose(&eve, "#component-1-model", "electricity").await;
    submit(&eve, "button[name=action][value='show-1']").await;
    fill(&eve, "#component-1-input-energy", "120").await;
    choose(&eve, "#component-1-input-grid", "GBR").await;
    fill(&eve, "#message", "First description").await;
    submit(&eve, "main form button[name=action][value=save]").await;
    assert_eq!(
        path_of(&eve).await,
        "/o/example/s/renew-a-parking-permit",
        "the form's save leads to the new service:\n{}",
        text(&eve, "main").await
    );
    walk.check(&eve, "service from the form").await;
    let formed = figures(&eve).await;
    assert_interval(&formed.total);
    assert!(
        formed.per_transaction.ends_with("kg CO2e"),
        "the service page shows the figure per transaction: {formed:?}"
    );
    click(&eve, "a[href='/o/example/s/renew-a-parking-permit/form']").await;
    assert_eq!(
        eval(
            &eve,
            "document.querySelector('#component-1-input-energy').value"
        )
        .await,
        "120",
        "the saved version opens in the form again"
    );
    walk.check(&eve, "service form (a version)").await;
    go(&eve, &format!("{base}/o/example")).await;

    // 3. A service from an uploaded manifest with an error, shown where it is; then fixed.
    let good = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/report-a-pothole.toml"),
    )
    .expect("the example manifest");
    let broken_path = dir.join("report-a-pothole.toml");
    std::fs::write(&broken_path, broken_manifest(&good)).expect("the broken manifest");
    click(&eve, "a[href='/o/example/services/new']").await;
    walk.check(&eve, "new service").await;
    choose_file(&eve, "#manifest_file", &broken_path).await;
    fill(&eve, "#message", "First estimate").await;
    submit(&eve, "main form button[type=submit]").await;
    let problem = text(&eve, "#problems").await;
    let location = format!("service.toml:{BROKEN_LINE}:{BROKEN_COLUMN}");
    assert!(
        problem.contains(&location),
        "the manifest's error is shown at {location}:\n{problem}"
    );
    assert!(
        problem.contains("page_viewz"),
        "the error names the key:\n{problem}"
    );
    let broken = broken_manifest(&good);
    walk.check_answer(
        &eve,
        "new service with a manifest error",
        &format!("{base}/o/example/services/new"),
        &[("#manifest", &broken), ("#format", "toml")],
        "#problems",
    )
    .await;

    let first_path = dir.join("first").join("report-a-pothole.toml");
    std::fs::create_dir_all(first_path.parent().unwrap()).unwrap();
    std::fs::write(&first_path, &good).expect("the fixed manifest");
    choose_file(&eve, "#manifest_file", &first_path).await;
    fill(&eve, "#message", "First estimate").await;
    submit(&eve, "main form button[type=submit]").await;
    assert_eq!(path_of(&eve).await, "/o/example/s/report-a-pothole");
    walk.check(&eve, "service").await;
    let first = figures(&eve).await;
    assert_interval(&first.total);
    assert!(
        first.per_transaction.ends_with("kg CO2e"),
        "the service page shows the figure per transaction: {first:?}"
    );

    // 4. A second version with a change, and the two compared.
    let second_path = dir.join("second").join("report-a-pothole.toml");
    std::fs::create_dir_all(second_path.parent().unwrap()).unwrap();
    assert!(good.contains("transactions = 26000\n"));
    std::fs::write(
        &second_path,
        good.replace("transactions = 26000\n", "transactions = 30000\n"),
    )
    .expect("the changed manifest");
    choose_file(&eve, "#manifest_file", &second_path).await;
    fill(&eve, "#message", "More reports").await;
    submit(
        &eve,
        "section[aria-labelledby=new-version] form button[type=submit]",
    )
    .await;
    assert_eq!(path_of(&eve).await, "/o/example/s/report-a-pothole/v/2");
    walk.check(&eve, "version").await;
    let second = figures(&eve).await;
    assert_interval(&second.total);
    assert_ne!(
        first.total, second.total,
        "more transactions, another total"
    );
    submit(&eve, "form.compare button[type=submit]").await;
    assert!(path_of(&eve).await.ends_with("/compare"));
    walk.check(&eve, "comparison").await;
    let removed = text(&eve, "pre.diff del").await;
    let added = text(&eve, "pre.diff ins").await;
    assert!(
        removed.contains("transactions = 26000"),
        "removed: {removed}"
    );
    assert!(added.contains("transactions = 30000"), "added: {added}");
    let compared = text(&eve, "main table").await;
    assert!(
        compared.contains(&first.total) && compared.contains(&second.total),
        "the comparison shows both totals ({} and {}):\n{compared}",
        first.total,
        second.total
    );

    // 5. Welsh, from the link in the header, remembered on the next page; then English again.
    let compare_path = eval(&eve, "location.pathname + location.search").await;
    click(&eve, "header a[hreflang=cy]").await;
    assert_eq!(html_lang(&eve).await, "cy");
    assert_eq!(
        eval(&eve, "location.pathname + location.search").await,
        compare_path,
        "the switch comes back to the same page, with its query"
    );
    let header = text(&eve, "header").await;
    let sign_out_cy = welsh.render(&msg!("web-sign-out"));
    assert!(
        header.contains(&sign_out_cy),
        "the header is in Welsh: {header}"
    );
    let table = text(&eve, "main table").await;
    assert!(
        table.contains(&welsh.render(&msg!("web-total"))),
        "the comparison is in Welsh: {table}"
    );
    walk.check(&eve, "comparison").await;
    click(&eve, "main table a[href$='/v/2']").await;
    assert_eq!(html_lang(&eve).await, "cy", "Welsh stays on the next page");
    assert!(text(&eve, "header").await.contains(&sign_out_cy));
    walk.check(&eve, "version").await;
    click(&eve, "header a.brand").await;
    assert_eq!(html_lang(&eve).await, "cy");
    walk.check(&eve, "home").await;
    click(&eve, "header a[hreflang=en]").await;
    assert_eq!(html_lang(&eve).await, "en");
    assert!(
        text(&eve, "header")
            .await
            .contains(&english.render(&msg!("web-sign-out")))
    );
    walk.check(&eve, "home").await;

    // A page that is not there: the error page in the layout, with the language switch.
    go(&eve, &format!("{base}/o/example/s/no-such-service")).await;
    walk.check_page(&eve, "not found", How::ErrorPage).await;
    click(&eve, "header a[hreflang=cy]").await;
    assert_eq!(html_lang(&eve).await, "cy");
    assert_eq!(path_of(&eve).await, "/o/example/s/no-such-service");
    walk.check_page(&eve, "not found", How::ErrorPage).await;
    click(&eve, "header a[hreflang=en]").await;
    assert_eq!(html_lang(&eve).await, "en");

    // A page served on loopback measured from the browser (the server allows private
    // addresses), followed to its end, and added to the service as a new version.
    let site = page_site();
    go(&eve, &format!("{base}/o/example/s/report-a-pothole")).await;
    click(&eve, "a[href='/o/example/s/report-a-pothole/measure']").await;
    walk.check(&eve, "measure a page").await;
    fill(&eve, "#url", &site.url("/form")).await;
    submit(&eve, "main form button[type=submit]").await;
    let job_path = path_of(&eve).await;
    assert!(
        job_path.starts_with("/o/example/jobs/"),
        "the measurement's job page: {job_path}"
    );
    finished(&eve).await;
    assert_eq!(path_of(&eve).await, job_path);
    let shown = eval(
        &eve,
        "(document.querySelector('#page-bytes') || {dataset: {}}).dataset.bytes || 'none'",
    )
    .await;
    let Ok(shown) = shown.parse::<u64>() else {
        panic!(
            "the job shows the page's bytes:\n{}",
            text(&eve, "main").await
        );
    };
    assert_eq!(
        shown,
        site.bytes("/form"),
        "the bytes shown are what the page's server wrote"
    );
    walk.check(&eve, "measured page").await;
    submit(&eve, "form[action$='/add'] button[type=submit]").await;
    assert_eq!(
        path_of(&eve).await,
        "/o/example/s/report-a-pothole/v/3",
        "adding the measurement saves a new version:\n{}",
        text(&eve, "main").await
    );
    let job_id = job_path.rsplit('/').next().unwrap_or_default();
    assert!(
        text(&eve, "main")
            .await
            .contains(&format!("page-{job_id}.json")),
        "the new version keeps the measurement's activity file"
    );
    walk.check(&eve, "version with a measured page").await;

    // 6. The CSV and the JSON of the second version, from the links on its page. The links
    // download; their responses are read by a `fetch` of each link's address in the page, with
    // the person's cookies, which the page's Content-Security-Policy (`connect-src 'none'`
    // through `default-src`) would refuse to a script of its own: the test lifts it for itself.
    eve.execute(SetBypassCspParams::new(true))
        .await
        .expect("the test's fetch is allowed");
    go(&eve, &format!("{base}/o/example/s/report-a-pothole/v/2")).await;
    let csv = fetch_link(&eve, "a[href$='/estimate.csv']").await;
    assert!(
        csv.content_type.starts_with("text/csv"),
        "the CSV's content type: {}",
        csv.content_type
    );
    assert!(
        csv.disposition.starts_with("attachment"),
        "{}",
        csv.disposition
    );
    let rows: Vec<&str> = csv.body.lines().collect();
    assert!(rows.len() >= 2, "a header row and data:\n{}", csv.body);
    let columns = rows[0].split(',').count();
    assert!(
        rows[0]
            .split(',')
            .all(|c| !c.trim().is_empty() && c.parse::<f64>().is_err()),
        "the first row names the columns: {}",
        rows[0]
    );
    assert!(
        rows.iter().all(|r| r.split(',').count() == columns),
        "every row has the header's {columns} columns:\n{}",
        csv.body
    );

    let json = fetch_link(&eve, "a[href$='/estimate.json']").await;
    assert!(
        json.content_type.starts_with("application/json"),
        "the JSON's content type: {}",
        json.content_type
    );
    let served: Value = serde_json::from_str(&json.body)
        .unwrap_or_else(|e| panic!("the download is JSON ({e}):\n{}", json.body));
    assert_eq!(served["document"], "estimate", "{served}");
    assert!(served["schema_version"].is_u64(), "{served}");
    assert!(
        served["generator"]
            .as_str()
            .is_some_and(|g| g.starts_with("sero ")),
        "{served}"
    );
    let cli = Command::new(env!("CARGO_BIN_EXE_sero"))
        .args(["estimate", "report-a-pothole.toml", "--format", "json"])
        .current_dir(second_path.parent().unwrap())
        .env_remove("SERO_LANG")
        .env("LANG", "C.UTF-8")
        .output()
        .expect("sero estimate runs");
    assert!(
        cli.status.success(),
        "sero estimate failed: {}",
        String::from_utf8_lossy(&cli.stderr)
    );
    let cli: Value = serde_json::from_slice(&cli.stdout).expect("sero estimate writes JSON");
    assert_eq!(
        unstamped(served),
        unstamped(cli),
        "the downloaded JSON is what `sero estimate --format json` writes, apart from when and \
         by which sero it was produced"
    );
}

/// A document without its stamp: when (`produced_at`) and by which sero (`generator`).
fn unstamped(mut document: Value) -> Value {
    if let Some(fields) = document.as_object_mut() {
        fields.remove("produced_at");
        fields.remove("generator");
    }
    document
}

#[derive(Debug)]
struct Figures {
    total: String,
    per_transaction: String,
}

/// The total and the figure per transaction a version's page shows.
async fn figures(page: &Page) -> Figures {
    let value = eval(
        page,
        "JSON.stringify([...document.querySelectorAll('dl.figures dd')].map(d => d.innerText.trim()))",
    )
    .await;
    let texts: Vec<String> = serde_json::from_str(&value).expect("the figures");
    assert!(
        texts.len() >= 2,
        "the page shows a total and a figure per transaction: {texts:?}"
    );
    Figures {
        total: texts[0].clone(),
        per_transaction: texts[1].clone(),
    }
}

/// A total with its interval: `N kg CO2e (90% interval L to H)`, with L ≤ N ≤ H.
fn assert_interval(total: &str) {
    let numbers: Vec<f64> = total
        .split_whitespace()
        .filter_map(|word| {
            word.trim_matches(|c| c == '(' || c == ')')
                .replace(',', "")
                .parse()
                .ok()
        })
        .collect();
    assert!(
        total.contains("interval") && numbers.len() == 3,
        "a total with its interval: {total}"
    );
    assert!(
        numbers[1] <= numbers[0] && numbers[0] <= numbers[2],
        "the total lies in its interval: {total}"
    );
}

/// What a link's URL answers, fetched in the page with its cookies.
struct Fetched {
    content_type: String,
    disposition: String,
    body: String,
}

async fn fetch_link(page: &Page, selector: &str) -> Fetched {
    let script = format!(
        "(async () => {{ const a = document.querySelector({sel}); if (!a) return 'null'; \
         const r = await fetch(a.href); return JSON.stringify({{status: r.status, \
         type: r.headers.get('content-type') || '', disposition: \
         r.headers.get('content-disposition') || '', body: await r.text()}}); }})()",
        sel = serde_json::to_string(selector).unwrap()
    );
    let value = eval(page, &script).await;
    let fetched: Value = serde_json::from_str(&value).expect("a fetch result");
    assert!(
        !fetched.is_null(),
        "no link `{selector}` on {}",
        current_url(page).await
    );
    assert_eq!(fetched["status"], 200, "{selector}: {fetched}");
    let text = |key: &str| fetched[key].as_str().unwrap_or_default().to_owned();
    Fetched {
        content_type: text("type"),
        disposition: text("disposition"),
        body: text("body"),
    }
}

async fn eval(page: &Page, script: &str) -> String {
    page.evaluate_expression(script)
        .await
        .unwrap_or_else(|e| panic!("the page could not run a script: {e}"))
        .into_value::<String>()
        .unwrap_or_else(|e| panic!("a script's answer: {e}"))
}

async fn current_url(page: &Page) -> String {
    page.url().await.ok().flatten().unwrap_or_default()
}

async fn path_of(page: &Page) -> String {
    eval(page, "location.pathname").await
}

async fn html_lang(page: &Page) -> String {
    eval(page, "document.documentElement.lang").await
}

/// The visible text of the first element matching `selector`.
async fn text(page: &Page, selector: &str) -> String {
    let element = match page.find_element(selector).await {
        Ok(element) => element,
        Err(e) => panic!("no `{selector}` on {}: {e}", current_url(page).await),
    };
    element
        .inner_text()
        .await
        .expect("an element's text")
        .unwrap_or_default()
}

/// Opens `url` as if typed in the address bar, and waits for it to load.
async fn go(page: &Page, url: &str) {
    page.goto(url)
        .await
        .unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
    wait_loaded(page).await;
}

/// Types `value` into the field `selector`, after clearing it.
async fn fill(page: &Page, selector: &str, value: &str) {
    let element = match page.find_element(selector).await {
        Ok(element) => element,
        Err(e) => panic!("no field `{selector}` on {}: {e}", current_url(page).await),
    };
    element
        .call_js_fn("function() { this.value = ''; }", false)
        .await
        .expect("the field is cleared");
    element
        .click()
        .await
        .expect("the field is clicked")
        .type_str(value)
        .await
        .expect("the value is typed");
}

/// Chooses `file` in the file field `selector`, as the file chooser would.
async fn choose_file(page: &Page, selector: &str, file: &Path) {
    let element = page
        .find_element(selector)
        .await
        .unwrap_or_else(|e| panic!("no file field `{selector}`: {e}"));
    let params = SetFileInputFilesParams::builder()
        .files(vec![file.display().to_string()])
        .backend_node_id(element.backend_node_id)
        .build()
        .expect("the file chooser's parameters");
    page.execute(params).await.expect("the file is chosen");
}

/// Clicks the link or button `selector` and waits for the next page to load.
async fn click(page: &Page, selector: &str) {
    let element = match page.find_element(selector).await {
        Ok(element) => element,
        Err(e) => panic!(
            "nothing to click at `{selector}` on {}: {e}",
            current_url(page).await
        ),
    };
    eval(page, "(window.__seroLeaving = 'yes', 'yes')").await;
    element
        .click()
        .await
        .unwrap_or_else(|e| panic!("`{selector}` could not be clicked: {e}"));
    wait_loaded(page).await;
}

/// How long a page measurement started from the browser may take to finish.
const JOB_TIMEOUT: Duration = Duration::from_secs(90);

/// A small page on loopback, for the server to measure.
fn page_site() -> sero_test_server::Server {
    sero_test_server::Server::start(
        "127.0.0.1",
        vec![(
            "/form",
            sero_test_server::Fixture::html(
                "<!doctype html><html lang=en><head><meta charset=utf-8><title>Apply</title>\
                 <link rel=icon href=\"data:,\"></head><body><h1>Apply for a Blue Badge</h1>\
                 <p>Start now.</p></body></html>",
            )
            .header("Cache-Control", "max-age=600"),
        )],
    )
}

/// Waits on a job's page until the job has ended: the page reloads itself when it has (its
/// script), or, every few seconds, its Refresh link is followed as a person would.
async fn finished(page: &Page) {
    let deadline = tokio::time::Instant::now() + JOB_TIMEOUT;
    let mut refreshed = tokio::time::Instant::now();
    loop {
        let ended = page
            .evaluate_expression(
                "String(document.readyState === 'complete' && \
                 !document.querySelector('[data-poll]'))",
            )
            .await
            .ok()
            .and_then(|r| r.into_value::<String>().ok());
        if ended.as_deref() == Some("true") {
            wait_loaded(page).await;
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the measurement did not end within {JOB_TIMEOUT:?} ({})",
            current_url(page).await
        );
        if refreshed.elapsed() > Duration::from_secs(10) {
            let has_link = page
                .evaluate_expression("String(!!document.querySelector('.job-refresh a'))")
                .await
                .ok()
                .and_then(|r| r.into_value::<String>().ok());
            if has_link.as_deref() == Some("true") {
                click(page, ".job-refresh a").await;
            }
            refreshed = tokio::time::Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Chooses `value` in the list `selector` (or sets a field to it), as a person picking it.
async fn choose(page: &Page, selector: &str, value: &str) {
    let script = format!(
        "(() => {{ const s = document.querySelector({sel}); if (!s) return '<none>'; \
         s.value = {value}; s.dispatchEvent(new Event('change', {{bubbles: true}})); \
         return s.value; }})()",
        sel = serde_json::to_string(selector).unwrap(),
        value = serde_json::to_string(value).unwrap(),
    );
    let chosen = eval(page, &script).await;
    assert_eq!(
        chosen,
        value,
        "`{value}` cannot be chosen in `{selector}` on {}",
        current_url(page).await
    );
}

/// Submits a form with its button `selector`.
async fn submit(page: &Page, selector: &str) {
    click(page, selector).await;
}

/// Waits until the page shows a new document (one without the marker [`click`] leaves) that
/// has finished loading.
async fn wait_loaded(page: &Page) {
    let deadline = tokio::time::Instant::now() + LOAD_TIMEOUT;
    loop {
        let ready = page
            .evaluate_expression(
                "String(window.__seroLeaving === undefined && document.readyState === 'complete')",
            )
            .await
            .ok()
            .and_then(|r| r.into_value::<String>().ok());
        if ready.as_deref() == Some("true") {
            return;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the page did not load within {LOAD_TIMEOUT:?} ({})",
            current_url(page).await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
