//! The guided service form over HTTP: the application on a loopback port with a temporary
//! SQLite database holding the demonstration organisation, a person signed in through the
//! sign-in page, and forms sent as a browser sends them.

use std::collections::HashMap;
use std::sync::Arc;

use sero_manifest::tree::Format;
use sero_server::{App, Config, assess, demo};
use sero_store::{Figures, Store, Version};

struct Server {
    rt: tokio::runtime::Runtime,
    app: Arc<App>,
    base: String,
    email: String,
    password: String,
    _dir: tempfile::TempDir,
}

fn start() -> Server {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    let db = dir.path().join("sero.db");
    let db = db.to_str().expect("a UTF-8 path").to_owned();
    let store = rt.block_on(Store::open(&db)).expect("the database");
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("a loopback port");
    let listen = listener.local_addr().expect("its address");
    let config = Config {
        listen,
        database: db,
        public_url: None,
        allow_private_addresses: false,
    };
    let app = App::new(store, config).expect("the factor library");
    let login = rt.block_on(demo::seed(&app)).expect("the demonstration");
    rt.spawn(sero_server::serve(app.clone(), listener));
    Server {
        rt,
        app,
        base: format!("http://{listen}"),
        email: login.email,
        password: login.password,
        _dir: dir,
    }
}

/// A browser without JavaScript: cookies kept, redirects not followed.
struct Browser {
    agent: ureq::Agent,
    base: String,
    cookies: HashMap<String, String>,
}

struct Page {
    status: u16,
    location: Option<String>,
    body: String,
}

impl Browser {
    fn new(base: &str) -> Browser {
        let agent = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .build()
            .into();
        Browser {
            agent,
            base: base.to_owned(),
            cookies: HashMap::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, response: &mut ureq::http::Response<ureq::Body>) -> Page {
        for value in response.headers().get_all("set-cookie") {
            let text = value.to_str().unwrap_or("");
            let pair = text.split(';').next().unwrap_or("");
            if let Some((k, v)) = pair.split_once('=') {
                self.cookies
                    .insert(k.trim().to_owned(), v.trim().to_owned());
            }
        }
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Page {
            status: response.status().as_u16(),
            location,
            body: response.body_mut().read_to_string().unwrap_or_default(),
        }
    }

    fn get(&mut self, path: &str) -> Page {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.base))
            .header("Cookie", self.cookie_header())
            .header("Accept-Language", "en")
            .call()
            .expect("a response");
        self.keep(&mut response)
    }

    fn post(&mut self, path: &str, fields: &[(String, String)]) -> Page {
        let mut response = self
            .agent
            .post(format!("{}{path}", self.base))
            .header("Cookie", self.cookie_header())
            .header("Accept-Language", "en")
            .send_form(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .expect("a response");
        self.keep(&mut response)
    }

    fn sign_in(server: &Server) -> Browser {
        let mut browser = Browser::new(&server.base);
        let page = browser.get("/signin");
        assert_eq!(page.status, 200);
        let mut fields = form_fields(&page.body, "/signin");
        set(&mut fields, "email", &server.email);
        set(&mut fields, "password", &server.password);
        let done = browser.post("/signin", &fields);
        assert_eq!(done.status, 303, "{}", done.body);
        browser
    }
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn attributes(tag: &str) -> HashMap<String, String> {
    let re = regex::Regex::new(r#"([a-zA-Z][\w-]*)(?:="([^"]*)")?"#).expect("a pattern");
    re.captures_iter(tag)
        .map(|c| {
            (
                c[1].to_owned(),
                c.get(2).map_or(String::new(), |v| unescape(v.as_str())),
            )
        })
        .collect()
}

/// The fields a browser sends for the form posting to `action`, without its buttons.
fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let open = format!(r#"action="{action}""#);
    let start = html
        .find(&open)
        .unwrap_or_else(|| panic!("a form posting to {action}"));
    let end = start + html[start..].find("</form>").expect("the end of the form");
    let form = &html[start..end];
    let mut fields = Vec::new();
    let tags = regex::Regex::new(
        r#"(?s)<input\b([^>]*)>|<select\b([^>]*)>(.*?)</select>|<textarea\b([^>]*)>(.*?)</textarea>"#,
    )
    .expect("a pattern");
    let option = regex::Regex::new(r#"<option\b([^>]*)>"#).expect("a pattern");
    for c in tags.captures_iter(form) {
        if let Some(input) = c.get(1) {
            let a = attributes(input.as_str());
            let Some(name) = a.get("name") else { continue };
            if a.get("type").map(String::as_str) == Some("checkbox") && !a.contains_key("checked") {
                continue;
            }
            fields.push((name.clone(), a.get("value").cloned().unwrap_or_default()));
        } else if let Some(select) = c.get(2) {
            let a = attributes(select.as_str());
            let options: Vec<HashMap<String, String>> = option
                .captures_iter(&c[3])
                .map(|o| attributes(&o[1]))
                .collect();
            let chosen = options
                .iter()
                .find(|o| o.contains_key("selected"))
                .or(options.first())
                .and_then(|o| o.get("value").cloned())
                .unwrap_or_default();
            fields.push((a["name"].clone(), chosen));
        } else if let Some(textarea) = c.get(4) {
            let a = attributes(textarea.as_str());
            fields.push((a["name"].clone(), unescape(&c[5])));
        }
    }
    fields
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(k, _)| k == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
}

fn value<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or_else(|| panic!("a field {name}"), |(_, v)| v.as_str())
}

fn version(server: &Server, service: &str, number: i64) -> Version {
    server.rt.block_on(async {
        let org = server
            .app
            .store
            .org_by_slug(demo::ORG)
            .await
            .expect("the store")
            .expect("the organisation");
        let service = server
            .app
            .store
            .service(org.id, service)
            .await
            .expect("the store")
            .expect("the service");
        server
            .app
            .store
            .version(org.id, service.id, number)
            .await
            .expect("the store")
            .expect("the version")
    })
}

fn service_count(server: &Server) -> usize {
    server.rt.block_on(async {
        let org = server
            .app
            .store
            .org_by_slug(demo::ORG)
            .await
            .expect("the store")
            .expect("the organisation");
        server
            .app
            .store
            .services(org.id)
            .await
            .expect("the store")
            .len()
    })
}

fn same_figures(a: &Figures, b: &Figures) {
    assert_eq!(a.total_kg, b.total_kg);
    assert_eq!(a.low_kg, b.low_kg);
    assert_eq!(a.high_kg, b.high_kg);
    assert_eq!(a.per_transaction_kg, b.per_transaction_kg);
}

/// Every visible control of a page has a label, and every `aria-describedby` names elements
/// that exist.
fn labelled(html: &str) {
    let controls = regex::Regex::new(r#"<(input|select|textarea)\b([^>]*)>"#).expect("a pattern");
    for c in controls.captures_iter(html) {
        let a = attributes(&c[2]);
        if a.get("type").map(String::as_str) == Some("hidden") {
            continue;
        }
        let id = a.get("id").unwrap_or_else(|| panic!("an id on {}", &c[0]));
        assert!(
            html.contains(&format!(r#"<label for="{id}""#)),
            "a label for {id}"
        );
        if let Some(described) = a.get("aria-describedby") {
            for target in described.split(' ') {
                assert!(
                    html.contains(&format!(r#"id="{target}""#)),
                    "{target} exists"
                );
            }
        }
    }
}

#[test]
fn the_bundled_example_goes_through_the_form_and_back_with_the_same_assessment() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let path = "/o/example-council/s/report-a-pothole/form";
    let page = browser.get(path);
    assert_eq!(page.status, 200, "{}", page.body);
    labelled(&page.body);
    let fields = form_fields(&page.body, path);
    assert_eq!(value(&fields, "name"), "Report a pothole");
    assert_eq!(value(&fields, "functional_unit"), "report");
    assert_eq!(value(&fields, "start"), "2025-01-01");
    assert_eq!(value(&fields, "channel-0-transactions"), "26000");
    assert_eq!(value(&fields, "component-0-model"), "data-transfer");
    assert_eq!(value(&fields, "component-0-basis"), "transaction");
    assert_eq!(value(&fields, "component-0-input-bytes"), "2.4 MB");
    assert_eq!(
        value(&fields, "component-0-input-grid_intensity_data_centre"),
        "IRL"
    );
    assert_eq!(value(&fields, "component-1-scope"), "3.1");
    assert_eq!(value(&fields, "component-1-input-energy"), "310 kWh");
    // Each input's unit, limits and default are beside its field.
    assert!(page.body.contains(r#"id="component-1-input-energy-hint""#));
    assert!(page.body.contains("Unit: kWh."), "the unit of energy");

    let mut save = fields.clone();
    set(&mut save, "message", "Saved from the form");
    set(&mut save, "action", "save");
    let saved = browser.post(path, &save);
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        saved.location.as_deref(),
        Some("/o/example-council/s/report-a-pothole/v/2")
    );

    let first = version(&server, "report-a-pothole", 1);
    let second = version(&server, "report-a-pothole", 2);
    assert_eq!(first.format, "toml");
    assert_eq!(second.format, "yaml");
    assert!(
        second
            .manifest
            .contains("# Written by sero's service form.")
    );
    assert!(second.manifest.contains("  # Name of the service"));
    assert_eq!(second.meta.message, "Saved from the form");
    same_figures(&first.meta.figures, &second.meta.figures);
    let mut a = assess::stored(&first.assessment.result, sero_i18n::Lang::En).estimate;
    let mut b = assess::stored(&second.assessment.result, sero_i18n::Lang::En).estimate;
    // The stamp says when each was produced; everything else must be the same.
    for d in [&mut a, &mut b] {
        d.as_object_mut().expect("a document").remove("produced_at");
    }
    assert_eq!(a, b);

    // The manifest the form wrote opens in the form as the same fields.
    let again = browser.get(path);
    assert_eq!(again.status, 200);
    let mut fields_again = form_fields(&again.body, path);
    set(&mut fields_again, "message", "Saved from the form");
    set(&mut fields_again, "action", "save");
    assert_eq!(fields_again, save);
}

/// A service written by hand, the same as [`filled_form`] says.
const PERMIT: &str = r#"service:
  name: Renew a parking permit
  organisation: Example Borough Council
  functional_unit: renewal
period:
  start: 2026-04-01
  end: 2027-03-31
channels:
  - id: online
    name: Online form
    transactions: 12000
    not_applicable: [citizen-travel, building]
  - id: phone
    transactions: 3000
components:
  - id: pages
    model: data-transfer
    channel: online
    basis: transaction
    inputs:
      bytes: 1.5 MB
      page_views: 3
  - id: calls
    model: phone-call
    channel: phone
    basis: transaction
    inputs:
      minutes: 6
      workplace: home
  - id: hosting
    name: Hosting
    model: electricity
    inputs:
      energy: 120
      grid: GBR
"#;

fn filled_form(csrf: &str) -> Vec<(String, String)> {
    [
        ("csrf", csrf),
        ("name", "Renew a parking permit"),
        ("organisation", "Example Borough Council"),
        ("functional_unit", "renewal"),
        ("description", ""),
        ("start", "2026-04-01"),
        ("end", "2027-03-31"),
        ("channel-0-id", "online"),
        ("channel-0-name", "Online form"),
        ("channel-0-transactions", "12,000"),
        ("channel-0-na-citizen-travel", "on"),
        ("channel-0-na-building", "on"),
        ("channel-1-id", "phone"),
        ("channel-1-name", ""),
        ("channel-1-transactions", "3000"),
        ("component-0-id", "pages"),
        ("component-0-name", ""),
        ("component-0-model", "data-transfer"),
        ("component-0-shown", "data-transfer"),
        ("component-0-channel", "online"),
        ("component-0-basis", "transaction"),
        ("component-0-scope", ""),
        ("component-0-input-bytes", "1.5 MB"),
        ("component-0-input-page_views", "3"),
        ("component-0-input-method", ""),
        ("component-1-id", "calls"),
        ("component-1-name", ""),
        ("component-1-model", "phone-call"),
        ("component-1-shown", "phone-call"),
        ("component-1-channel", "phone"),
        ("component-1-basis", "transaction"),
        ("component-1-scope", ""),
        ("component-1-input-minutes", "6"),
        ("component-1-input-workplace", "home"),
        ("component-2-id", "hosting"),
        ("component-2-name", "Hosting"),
        ("component-2-model", "electricity"),
        ("component-2-shown", "electricity"),
        ("component-2-channel", ""),
        ("component-2-basis", "period"),
        ("component-2-scope", ""),
        ("component-2-input-energy", "120"),
        ("component-2-input-grid", "GBR"),
        ("message", "First description"),
        ("action", "save"),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect()
}

fn csrf_of(browser: &mut Browser, path: &str) -> String {
    let page = browser.get(path);
    assert_eq!(page.status, 200, "{}", page.body);
    value(&form_fields(&page.body, path), "csrf").to_owned()
}

#[test]
fn a_filled_form_saves_a_manifest_that_assesses_as_the_same_service_written_by_hand() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let path = "/o/example-council/services/new/form";
    let csrf = csrf_of(&mut browser, path);
    let saved = browser.post(path, &filled_form(&csrf));
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(
        saved.location.as_deref(),
        Some("/o/example-council/s/renew-a-parking-permit")
    );
    let stored = version(&server, "renew-a-parking-permit", 1);
    assert_eq!(stored.format, "yaml");
    assert!(stored.meta.figures.total_kg > 0.0);

    // The manifest written by hand gives the same figures as the form's save.
    let by_hand = assess::run(&server.app, PERMIT, Format::Yaml, &[])
        .unwrap_or_else(|_| panic!("the hand-written manifest assesses"));
    same_figures(&by_hand.stored.figures, &stored.meta.figures);
    // And the manifest the form wrote, read again, gives them too.
    let again = assess::run(&server.app, &stored.manifest, Format::Yaml, &[])
        .unwrap_or_else(|_| panic!("the generated manifest assesses"));
    same_figures(&again.stored.figures, &stored.meta.figures);
    assert_eq!(by_hand.assessment.channels.len(), 2);

    // The same name again is refused at the name field, and nothing more is saved.
    let before = service_count(&server);
    let again = browser.post(path, &filled_form(&csrf));
    assert_eq!(again.status, 409, "{}", again.body);
    assert!(again.body.contains(r##"<a href="#name">"##));
    assert_eq!(service_count(&server), before);

    // The service page links to the form.
    let service = browser.get("/o/example-council/s/renew-a-parking-permit");
    assert!(
        service
            .body
            .contains(r#"href="/o/example-council/s/renew-a-parking-permit/form""#)
    );
}

#[test]
fn the_forms_own_problems_are_shown_at_their_fields_and_nothing_is_saved() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let path = "/o/example-council/services/new/form";
    let csrf = csrf_of(&mut browser, path);
    let before = service_count(&server);
    let mut fields = filled_form(&csrf);
    set(&mut fields, "name", "  ");
    set(&mut fields, "channel-1-transactions", "lots");
    set(&mut fields, "start", "2026-02-30");
    set(&mut fields, "component-1-model", "");
    set(&mut fields, "component-2-channel", "post");
    set(&mut fields, "component-0-input-method", "teleport");
    let page = browser.post(path, &fields);
    assert_eq!(page.status, 400, "{}", page.body);
    for field in [
        "name",
        "channel-1-transactions",
        "start",
        "component-1-model",
        "component-2-channel",
        "component-0-input-method",
    ] {
        assert!(
            page.body.contains(&format!(r##"<a href="#{field}">"##)),
            "the summary links to {field}"
        );
        assert!(
            page.body.contains(&format!(r#"id="{field}-error""#)),
            "{field} shows its error"
        );
    }
    assert!(
        page.body
            .contains("The transactions of channel 2 must be a number")
    );
    // What was typed comes back.
    let back = form_fields(&page.body, path);
    assert_eq!(value(&back, "channel-1-transactions"), "lots");
    assert_eq!(value(&back, "component-0-input-bytes"), "1.5 MB");
    labelled(&page.body);
    assert_eq!(service_count(&server), before);
}

#[test]
fn an_error_the_manifest_reader_finds_is_shown_at_the_field_that_caused_it() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let path = "/o/example-council/services/new/form";
    let csrf = csrf_of(&mut browser, path);
    let before = service_count(&server);
    let mut fields = filled_form(&csrf);
    set(&mut fields, "component-0-input-bytes", "1.5 parsecs");
    let page = browser.post(path, &fields);
    assert_eq!(page.status, 400, "{}", page.body);
    assert!(
        page.body
            .contains(r##"<a href="#component-0-input-bytes">"##),
        "{}",
        page.body
    );
    assert!(page.body.contains(r#"id="component-0-input-bytes-error""#));
    // The manifest the form wrote is shown, with the located error.
    assert!(page.body.contains("The manifest the form wrote"));
    assert!(page.body.contains("service.yaml:"));
    assert_eq!(service_count(&server), before);
}

#[test]
fn rows_are_added_and_a_models_inputs_shown_without_javascript() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let path = "/o/example-council/services/new/form";
    let page = browser.get(path);
    assert!(!page.body.contains("<script"));
    labelled(&page.body);
    let mut fields = form_fields(&page.body, path);
    assert!(
        value(&fields, "start").ends_with("-04-01"),
        "a financial year"
    );
    assert!(
        value(&fields, "end").ends_with("-03-31"),
        "a financial year"
    );
    set(&mut fields, "name", "Book a bulky waste collection");
    set(&mut fields, "channel-0-id", "online");
    set(&mut fields, "action", "add-component");
    let page = browser.post(path, &fields);
    assert_eq!(page.status, 200, "{}", page.body);
    let mut fields = form_fields(&page.body, path);
    assert_eq!(value(&fields, "name"), "Book a bulky waste collection");
    assert_eq!(value(&fields, "component-1-id"), "");
    assert!(page.body.contains("<legend><h3>Component 2</h3></legend>"));
    // The channel typed is offered to the components.
    assert!(
        page.body
            .contains(r#"<option value="online">online</option>"#)
    );

    // Choosing a model and pressing its button shows that model's inputs, explained.
    set(&mut fields, "component-1-model", "electricity");
    set(&mut fields, "action", "show-1");
    let page = browser.post(path, &fields);
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(r#"<label for="component-1-input-energy">energy</label>"#)
    );
    assert!(
        page.body
            .contains("Electricity used, per unit of the basis")
    );
    assert!(
        page.body
            .contains(r#"aria-describedby="component-1-input-energy-hint""#)
    );
    assert!(page.body.contains(
        "Electricity used, per unit of the basis. Unit: kWh. Allowed: 0 or more. Required."
    ));
    labelled(&page.body);

    // Ticking "remove" drops the row when the form is next sent.
    let mut fields = form_fields(&page.body, path);
    set(&mut fields, "component-0-remove", "on");
    set(&mut fields, "action", "show-0");
    let page = browser.post(path, &fields);
    let fields = form_fields(&page.body, path);
    assert_eq!(value(&fields, "component-0-model"), "electricity");
    assert!(!fields.iter().any(|(k, _)| k == "component-1-id"));

    // Choosing another model and saving without showing its inputs is a problem at the model.
    let mut fields = fields;
    set(&mut fields, "component-0-model", "paper");
    set(&mut fields, "action", "save");
    let page = browser.post(path, &fields);
    assert_eq!(page.status, 400);
    assert!(page.body.contains(r##"<a href="#component-0-model">"##));
}

#[test]
fn a_manifest_beyond_the_form_opens_in_the_manifest_editor_only() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let page = browser.get("/o/example-council/s/apply-for-a-blue-badge/form");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("says things the form cannot show"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(r#"href="/o/example-council/s/apply-for-a-blue-badge#new-version""#)
    );
    assert!(!page.body.contains(r#"name="channel-0-id""#));
    // The new-service page links to the form.
    let new = browser.get("/o/example-council/services/new");
    assert!(
        new.body
            .contains(r#"href="/o/example-council/services/new/form""#)
    );
    // In Welsh, as every page.
    browser
        .cookies
        .insert("sero_lang".to_owned(), "cy".to_owned());
    let welsh = browser.get("/o/example-council/services/new/form");
    assert!(welsh.body.contains(r#"<html lang="cy">"#));
    assert!(welsh.body.contains("Ychwanegu sianel"));
    assert!(welsh.body.contains("Dangos mewnbynnau'r model hwn"));
}

#[test]
fn the_form_refuses_a_post_without_its_anti_forgery_token_and_strangers() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let before = service_count(&server);
    let page = browser.post(
        "/o/example-council/services/new/form",
        &filled_form("wrong"),
    );
    assert_eq!(page.status, 403);
    assert_eq!(service_count(&server), before);
    // An organisation the person is not a member of does not exist for them.
    let page = browser.get("/o/another-council/services/new/form");
    assert_eq!(page.status, 404);
    // A viewer may look but not edit.
    server.rt.block_on(async {
        let hash = sero_server::auth::hash_password("a long viewer password");
        let user = server
            .app
            .store
            .user_create("viewer@example.org", "Viewer", &hash, false)
            .await
            .expect("the store");
        let org = server
            .app
            .store
            .org_by_slug(demo::ORG)
            .await
            .expect("the store")
            .expect("the organisation");
        server
            .app
            .store
            .member_set(org.id, user.id, sero_store::Role::Viewer)
            .await
            .expect("the store");
    });
    let mut viewer = Browser::new(&server.base);
    let page = viewer.get("/signin");
    let mut fields = form_fields(&page.body, "/signin");
    set(&mut fields, "email", "viewer@example.org");
    set(&mut fields, "password", "a long viewer password");
    assert_eq!(viewer.post("/signin", &fields).status, 303);
    assert_eq!(
        viewer.get("/o/example-council/services/new/form").status,
        403
    );
    assert_eq!(
        viewer
            .get("/o/example-council/s/report-a-pothole/form")
            .status,
        403
    );
    let home = viewer.get("/");
    let csrf = value(&form_fields(&home.body, "/signout"), "csrf").to_owned();
    let page = viewer.post("/o/example-council/services/new/form", &filled_form(&csrf));
    assert_eq!(page.status, 403);
    assert_eq!(service_count(&server), before);

    // Signed out, the form sends to the sign-in page.
    let mut stranger = Browser::new(&server.base);
    let page = stranger.get("/o/example-council/services/new/form");
    assert_eq!(page.status, 303);
    assert!(page.location.unwrap_or_default().starts_with("/signin"));
}

/// A page as axe-core sees it with the application's stylesheet (inlined, since the page is
/// served alone), checked with WCAG 2.2 A and AA rules and at 320 pixels wide.
fn accessible(browser: &mut Browser, html: &str, what: &str) {
    // The issue's budget for a first view is 100 KB; the page is most of it.
    assert!(html.len() < 90_000, "{what} is {} bytes", html.len());
    eprintln!("{what}: {} bytes", html.len());
    let css = browser.get(sero_server::pages::STYLESHEET).body;
    let link = format!(
        r#"<link rel="stylesheet" href="{}">"#,
        sero_server::pages::STYLESHEET
    );
    assert!(html.contains(&link), "the page links the stylesheet");
    let html = html.replace(&link, &format!("<style>{css}</style>"));
    let result = sero_test_server::accessibility::check(&html);
    assert!(result.passes(), "{what}: {result:?}");
}

#[test]
fn the_form_passes_wcag_2_2_aa_empty_with_inputs_and_with_problems() {
    let server = start();
    let mut browser = Browser::sign_in(&server);
    let path = "/o/example-council/services/new/form";
    let page = browser.get(path);
    accessible(&mut browser, &page.body, "the empty form");
    let csrf = value(&form_fields(&page.body, path), "csrf").to_owned();
    let mut fields = filled_form(&csrf);
    set(&mut fields, "channel-1-transactions", "lots");
    set(&mut fields, "component-0-input-bytes", "");
    let page = browser.post(path, &fields);
    assert_eq!(page.status, 400);
    accessible(&mut browser, &page.body, "the form with problems");
    let mut fields = filled_form(&csrf);
    set(&mut fields, "component-0-input-bytes", "1.5 parsecs");
    let page = browser.post(path, &fields);
    assert_eq!(page.status, 400);
    accessible(
        &mut browser,
        &page.body,
        "the form with the manifest's problem",
    );
    let page = browser.get("/o/example-council/s/report-a-pothole/form");
    accessible(&mut browser, &page.body, "the bundled example in the form");
}
