//! The isolation matrix: for every route of the application, each member of organisation A
//! (administrator, editor, viewer) asking for organisation B's objects (its slug, its service's
//! slug, a version's number, a token's id) with GET, and for POST routes with a valid form
//! carrying A's own anti-forgery token, gets 404 or 403; nothing of B's is shown; and B's
//! data, read by B's administrator before and after, is unchanged.
//!
//! [`PAGES`] and [`API`] list every route pattern of `sero-server`; [`every_route_is_in_the_matrix`]
//! reads the server's source and fails when a route is added without being listed here. To add
//! a route: add a [`Route`] line; when its path has a new parameter, teach [`fill`] what B's
//! object for it is.

use std::collections::BTreeSet;

use super::{Client, Db, Server, example_manifest, sign_in, workspace};

/// Who a route is for, and so what the matrix checks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Access {
    /// Names no organisation: open to anyone (the reason says why that is safe).
    Public(&'static str),
    /// The signed-in person's own account: names no organisation.
    OwnAccount(&'static str),
    /// Installation administrators only: an organisation's administrator gets 403.
    InstallationAdmin,
    /// A page naming an organisation (`{org}`) and perhaps its objects.
    Org,
    /// An API route (`Authorization: Bearer` an organisation's token) naming an organisation.
    Api,
}

/// How a POST route's body is sent.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Body {
    None,
    Form,
    Multipart,
    /// For API routes.
    Json,
}

#[derive(Debug, Clone, Copy)]
struct Route {
    pattern: &'static str,
    get: bool,
    post: Body,
    access: Access,
}

const fn route(pattern: &'static str, get: bool, post: Body, access: Access) -> Route {
    Route {
        pattern,
        get,
        post,
        access,
    }
}

use Access::*;

/// Every route of the pages (`crates/sero-server/src/pages/*.rs`).
const PAGES: &[Route] = &[
    route(
        "/",
        true,
        Body::None,
        Public("lists the signed-in person's own memberships"),
    ),
    route("STYLESHEET", true, Body::None, Public("the stylesheet")),
    route(
        "/lang/{code}",
        true,
        Body::None,
        Public("sets a language cookie"),
    ),
    route("/signin", true, Body::Form, Public("signing in")),
    route(
        "/signout",
        false,
        Body::Form,
        OwnAccount("ends the person's own session"),
    ),
    route(
        "/setup/{token}",
        true,
        Body::Form,
        Public("the first administrator, by a secret link"),
    ),
    route(
        "/invite/{token}",
        true,
        Body::Form,
        Public("joining by a secret link"),
    ),
    route(
        "/account",
        true,
        Body::None,
        OwnAccount("the person's own account"),
    ),
    route(
        "/account/password",
        false,
        Body::Form,
        OwnAccount("the person's own password"),
    ),
    route(
        "/account/signout-everywhere",
        false,
        Body::Form,
        OwnAccount("the person's own sessions"),
    ),
    route("/admin/orgs", true, Body::Form, InstallationAdmin),
    route("/o/{org}", true, Body::None, Org),
    route("/o/{org}/members", true, Body::Form, Org),
    route("/o/{org}/tokens", true, Body::Form, Org),
    route("/o/{org}/tokens/{id}/revoke", false, Body::Form, Org),
    route("/o/{org}/services/new", true, Body::None, Org),
    route("/o/{org}/services", false, Body::Multipart, Org),
    route("/o/{org}/s/{service}", true, Body::None, Org),
    route("/o/{org}/s/{service}/versions", false, Body::Multipart, Org),
    route("/o/{org}/s/{service}/compare", true, Body::None, Org),
    route("/o/{org}/s/{service}/v/{number}", true, Body::None, Org),
    route(
        "/o/{org}/s/{service}/v/{number}/manifest",
        true,
        Body::None,
        Org,
    ),
    route(
        "/o/{org}/s/{service}/v/{number}/estimate.json",
        true,
        Body::None,
        Org,
    ),
    route(
        "/o/{org}/s/{service}/v/{number}/estimate.csv",
        true,
        Body::None,
        Org,
    ),
    route(
        "/o/{org}/s/{service}/v/{number}/rerun",
        false,
        Body::Form,
        Org,
    ),
    route(
        "/o/{org}/s/{service}/v/{number}/shift",
        true,
        Body::None,
        Org,
    ),
    route("/o/{org}/services/new/form", true, Body::Form, Org),
    route("/o/{org}/s/{service}/form", true, Body::Form, Org),
    route("/o/{org}/s/{service}/measure", true, Body::Form, Org),
    // The matrix's organisations have no measurement job (that needs Chromium): B's job paths
    // are refused like any unknown one, and `web_measure` checks a real job across
    // organisations.
    route("/o/{org}/jobs/{job}", true, Body::None, Org),
    route("/o/{org}/jobs/{job}/add", false, Body::Form, Org),
    route("SCRIPT", true, Body::None, Public("the job page's script")),
];

/// Every route of the JSON API (`crates/sero-server/src/api.rs`), asked with A's tokens.
const API: &[Route] = &[
    route(
        "OPENAPI_PATH",
        true,
        Body::None,
        Public("the API's own description"),
    ),
    route(
        "/api/v1/token",
        true,
        Body::None,
        Public("the calling token's own organisation and scope"),
    ),
    route("/api/v1/orgs/{org}", true, Body::None, Api),
    route("/api/v1/orgs/{org}/services", true, Body::Json, Api),
    route(
        "/api/v1/orgs/{org}/services/{service}",
        true,
        Body::None,
        Api,
    ),
    route(
        "/api/v1/orgs/{org}/services/{service}/versions",
        false,
        Body::Json,
        Api,
    ),
    route(
        "/api/v1/orgs/{org}/services/{service}/versions/{number}",
        true,
        Body::None,
        Api,
    ),
    route(
        "/api/v1/orgs/{org}/services/{service}/versions/{number}/manifest",
        true,
        Body::None,
        Api,
    ),
];

/// One organisation's objects, as they appear in paths.
#[derive(Debug, Clone)]
struct Objects {
    org: String,
    service: String,
    number: String,
    token: String,
    job: String,
}

/// A route's path with `objects` in its parameters.
fn fill(pattern: &str, objects: &Objects) -> String {
    let mut path = String::new();
    for segment in pattern.split('/').skip(1) {
        path.push('/');
        let value = match segment {
            "{org}" => &objects.org,
            "{service}" => &objects.service,
            "{number}" | "{version}" => &objects.number,
            "{id}" | "{token_id}" => &objects.token,
            "{job}" | "{job_id}" => &objects.job,
            s if s.starts_with('{') => {
                panic!("{pattern}: teach the isolation matrix what B's object for {s} is")
            }
            s => s,
        };
        path.push_str(value);
    }
    path
}

/// The query a GET of a route needs to be answered (the same for A's and B's objects).
fn query(pattern: &str) -> &'static str {
    if pattern.ends_with("/compare") {
        "?a=1&b=2"
    } else if pattern.ends_with("/shift") {
        "?from=paper&to=online&percent=25"
    } else {
        ""
    }
}

/// The route patterns `sero-server` declares: the first argument of every `.route(` (a string,
/// or a constant resolved in the same sources) and every `#[utoipa::path(… path = "…")]`.
fn declared_routes() -> BTreeSet<String> {
    let mut sources = Vec::new();
    collect_sources(&workspace("crates/sero-server/src"), &mut sources);
    assert!(
        !sources.is_empty(),
        "the server's sources are where they were"
    );
    let all: String = sources
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("read a source"))
        .collect::<Vec<_>>()
        .join("\n");
    let constant = |name: &str| -> String {
        let needle = format!("const {name}: &str = \"");
        let at = all
            .find(&needle)
            .unwrap_or_else(|| panic!("the route constant {name} is not a &str const"));
        let rest = &all[at + needle.len()..];
        rest[..rest.find('"').expect("a closing quote")].to_owned()
    };
    assert!(
        !all.contains(".nest("),
        "a router is nested: teach declared_routes() to prefix the nested routes"
    );
    let mut routes = BTreeSet::new();
    for (at, _) in all.match_indices(".route(") {
        let rest = all[at + ".route(".len()..].trim_start();
        if let Some(text) = rest.strip_prefix('"') {
            routes.insert(text[..text.find('"').expect("a closing quote")].to_owned());
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let name = name.rsplit("::").next().unwrap_or("").to_owned();
            routes.insert(format!("{name}={}", constant(&name)));
        }
    }
    for (at, _) in all.match_indices("utoipa::path(") {
        let rest = &all[at..];
        let end = rest.find(")]").unwrap_or(rest.len());
        if let Some(p) = rest[..end].find("path = \"") {
            let text = &rest[p + "path = \"".len()..];
            routes.insert(text[..text.find('"').expect("a closing quote")].to_owned());
        }
    }
    routes
}

fn collect_sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read the sources") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            collect_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The matrix's patterns, as [`declared_routes`] writes them.
fn matrix_routes() -> BTreeSet<String> {
    PAGES
        .iter()
        .chain(API)
        .map(|r| {
            if r.pattern == "STYLESHEET" {
                format!("STYLESHEET={}", sero_server::pages::STYLESHEET)
            } else if r.pattern == "SCRIPT" {
                format!("SCRIPT={}", sero_server::pages::measure::SCRIPT)
            } else if r.pattern == "OPENAPI_PATH" {
                format!("OPENAPI_PATH={}", sero_server::api::OPENAPI_PATH)
            } else {
                r.pattern.to_owned()
            }
        })
        .collect()
}

#[test]
fn every_route_is_in_the_matrix() {
    let declared = declared_routes();
    let listed = matrix_routes();
    let missing: Vec<_> = declared.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&declared).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "the isolation matrix (tests/it/webapp/isolation.rs) and the server's routes differ\n\
         routes not in the matrix: {missing:?}\nmatrix lines with no route: {stale:?}"
    );
    // Every organisation's route names its organisation.
    for r in PAGES.iter().chain(API) {
        if matches!(r.access, Org | Api) {
            assert!(
                r.pattern.contains("{org}"),
                "{} names no organisation",
                r.pattern
            );
        } else {
            assert!(
                !r.pattern.contains("{org}") && !r.pattern.contains("{service}"),
                "{} names an organisation's object but is not checked as one",
                r.pattern
            );
        }
    }
}

/// Two organisations, each with an administrator, an editor, a viewer, a service with two
/// versions and two API tokens; the server running; A's three members and B's administrator
/// signed in.
struct World {
    server: Server,
    /// A's administrator, editor and viewer, each with their anti-forgery token.
    a_members: Vec<(&'static str, Client, String)>,
    b_admin: (Client, String),
    a: Objects,
    b: Objects,
    /// A's API tokens (read, write).
    a_tokens: (String, String),
    b_names: Vec<String>,
}

fn world(db: &Db) -> World {
    for (org, name) in [
        ("alpha", "Alpha County Council"),
        ("beta", "Beta Borough Council"),
    ] {
        db.admin(&["create-org", "--slug", org, "--name", name], "");
        for role in ["admin", "editor", "viewer"] {
            let email = format!("{role}@{org}.example");
            db.user(&email, &format!("{role} of {org}"));
            db.admin(
                &[
                    "add-member",
                    "--org",
                    org,
                    "--email",
                    &email,
                    "--role",
                    role,
                ],
                "",
            );
        }
    }
    let token = |org: &str, scope: &str| {
        db.admin(
            &[
                "create-token",
                "--org",
                org,
                "--name",
                &format!("ci {scope}"),
                "--scope",
                scope,
            ],
            "",
        )
        .trim()
        .to_owned()
    };
    let a_tokens = (token("alpha", "read"), token("alpha", "write"));
    let _b_tokens = (token("beta", "read"), token("beta", "write"));
    let server = Server::start(db, &[]);
    let manifest = example_manifest();
    let mut a_members = Vec::new();
    for role in ["admin", "editor", "viewer"] {
        let (client, csrf) = sign_in(&server, &format!("{role}@alpha.example"), super::PASSWORD);
        a_members.push((role, client, csrf));
    }
    let (mut b_admin, b_csrf) = sign_in(&server, "admin@beta.example", super::PASSWORD);
    let mut services = Vec::new();
    let a_editor_csrf = a_members[1].2.clone();
    for (org, name, client, csrf) in [
        (
            "alpha",
            "Alpha Parking Permits",
            &mut a_members[1].1,
            a_editor_csrf.clone(),
        ),
        ("beta", "Beta Bus Passes", &mut b_admin, b_csrf.clone()),
    ] {
        let made = client.post_multipart(
            &format!("/o/{org}/services"),
            &[
                ("csrf", &csrf),
                ("name", name),
                ("format", "yaml"),
                ("manifest", &manifest),
                ("message", "first"),
            ],
            &[],
        );
        assert_eq!(made.status, 303, "creating {name}: {}", made.text());
        let location = made.header("location").expect("a redirect").to_owned();
        let slug = location.rsplit('/').next().expect("a slug").to_owned();
        let again = client.post_multipart(
            &format!("/o/{org}/s/{slug}/versions"),
            &[
                ("csrf", &csrf),
                ("format", "yaml"),
                ("manifest", &format!("{manifest}\n# second version\n")),
                ("message", "second"),
            ],
            &[],
        );
        assert_eq!(
            again.status,
            303,
            "a second version of {name}: {}",
            again.text()
        );
        assert!(
            again
                .header("location")
                .is_some_and(|l| l.ends_with("/v/2"))
        );
        services.push(slug);
    }
    let token_id = |client: &mut Client, org: &str| -> String {
        let page = client.get(&format!("/o/{org}/tokens")).text();
        let needle = format!("/o/{org}/tokens/");
        let at = page
            .find(&needle)
            .unwrap_or_else(|| panic!("no token on {org}'s page"));
        page[at + needle.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect()
    };
    let a_token = token_id(&mut a_members[0].1, "alpha");
    let b_token = token_id(&mut b_admin, "beta");
    World {
        server,
        a: Objects {
            org: "alpha".into(),
            service: services[0].clone(),
            number: "2".into(),
            token: a_token,
            job: "1".into(),
        },
        b: Objects {
            org: "beta".into(),
            service: services[1].clone(),
            number: "2".into(),
            token: b_token,
            job: "2".into(),
        },
        a_members,
        b_admin: (b_admin, b_csrf),
        a_tokens,
        b_names: vec![
            "Beta Borough Council".into(),
            "Beta Bus Passes".into(),
            "beta.example".into(),
        ],
    }
}

/// Everything B's administrator can read of B: its pages, lists and downloads.
fn snapshot(world: &mut World) -> Vec<(String, u16, String)> {
    let b = world.b.clone();
    let mut paths = vec![
        format!("/o/{}", b.org),
        format!("/o/{}/members", b.org),
        format!("/o/{}/tokens", b.org),
        format!("/o/{}/s/{}", b.org, b.service),
        format!("/o/{}/s/{}/compare?a=1&b=2", b.org, b.service),
    ];
    for n in 1..=3 {
        for tail in ["", "/manifest", "/estimate.json", "/estimate.csv"] {
            paths.push(format!("/o/{}/s/{}/v/{n}{tail}", b.org, b.service));
        }
    }
    paths
        .into_iter()
        .map(|p| {
            let r = world.b_admin.0.get(&p);
            (p, r.status, r.text())
        })
        .collect()
}

/// The bodies a POST route is sent (with A's anti-forgery token).
fn post(client: &mut Client, path: &str, body: Body, csrf: &str) -> super::Response {
    let manifest = example_manifest();
    match body {
        Body::None => unreachable!(),
        Body::Form => client.post_form(
            path,
            &[
                ("csrf", csrf),
                ("name", "Taken over"),
                ("email", "intruder@alpha.example"),
                ("role", "admin"),
                ("scope", "write"),
                ("message", "intrusion"),
            ],
        ),
        Body::Multipart => client.post_multipart(
            path,
            &[
                ("csrf", csrf),
                ("name", "Taken over"),
                ("format", "yaml"),
                ("manifest", &manifest),
                ("message", "intrusion"),
            ],
            &[],
        ),
        Body::Json => client.request(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            serde_json::json!({"format": "yaml", "manifest": manifest, "message": "intrusion"})
                .to_string()
                .as_bytes(),
        ),
    }
}

#[track_caller]
fn assert_refused(world: &World, who: &str, method: &str, path: &str, r: &super::Response) {
    assert!(
        r.status == 404 || r.status == 403,
        "{who} of A: {method} {path} gave {} (expected 404 or 403):\n{}",
        r.status,
        r.text()
    );
    let text = r.text();
    for name in &world.b_names {
        assert!(
            !text.contains(name.as_str()),
            "{who} of A: {method} {path} shows B's {name:?}:\n{text}"
        );
    }
}

/// Runs the matrix on one database; returns how many requests were refused.
fn matrix(db: &Db) -> usize {
    let mut world = world(db);
    let before = snapshot(&mut world);
    assert!(
        before.iter().filter(|(_, s, _)| *s == 200).count() >= 13,
        "B's administrator reads B's pages: {:?}",
        before.iter().map(|(p, s, _)| (p, s)).collect::<Vec<_>>()
    );
    let (a, b) = (world.a.clone(), world.b.clone());
    // B's objects under B's organisation, and B's objects under A's own organisation.
    let mixed = Objects {
        org: a.org.clone(),
        ..b.clone()
    };
    let mut refused = 0;
    for r in PAGES.iter().filter(|r| r.access == Org) {
        let mut variants = vec![fill(r.pattern, &b)];
        if r.pattern != "/o/{org}" && fill(r.pattern, &mixed) != fill(r.pattern, &a) {
            let m = fill(r.pattern, &mixed);
            if !variants.contains(&m) {
                variants.push(m);
            }
        }
        // The matrix asks real paths: A's administrator reads A's own objects there (A has no
        // measurement job to read).
        if r.get && !r.pattern.contains("{job}") {
            let own = fill(r.pattern, &a) + query(r.pattern);
            let ok = world.a_members[0].1.get(&own);
            assert_eq!(
                ok.status,
                200,
                "A's administrator: GET {own}: {}",
                ok.text()
            );
        }
        for i in 0..world.a_members.len() {
            let (who, csrf) = (world.a_members[i].0, world.a_members[i].2.clone());
            for path in &variants {
                if r.get {
                    let path = format!("{path}{}", query(r.pattern));
                    let got = world.a_members[i].1.get(&path);
                    assert_refused(&world, who, "GET", &path, &got);
                    refused += 1;
                }
                if r.post != Body::None {
                    let got = post(&mut world.a_members[i].1, path, r.post, &csrf);
                    assert_refused(&world, who, "POST", path, &got);
                    refused += 1;
                }
            }
        }
    }
    for r in PAGES.iter().filter(|r| r.access == InstallationAdmin) {
        let path = r.pattern;
        for i in 0..world.a_members.len() {
            let (who, csrf) = (world.a_members[i].0, world.a_members[i].2.clone());
            let got = world.a_members[i].1.get(path);
            assert_refused(&world, who, "GET", path, &got);
            let got = post(&mut world.a_members[i].1, path, r.post, &csrf);
            assert_refused(&world, who, "POST", path, &got);
            refused += 2;
        }
    }
    // The API: A's tokens on B's paths.
    for r in API.iter().filter(|r| r.access == Api) {
        for token in [world.a_tokens.0.clone(), world.a_tokens.1.clone()] {
            let mut client = world.server.client();
            client
                .headers
                .push(("Authorization".into(), format!("Bearer {token}")));
            let mut paths = vec![fill(r.pattern, &b)];
            // B's objects under A's own organisation, where that is not simply A's own path.
            if fill(r.pattern, &mixed) != fill(r.pattern, &a) {
                paths.push(fill(r.pattern, &mixed));
            }
            for path in paths {
                if r.get {
                    let got = client.get(&path);
                    assert_refused(&world, "a token", "GET", &path, &got);
                    refused += 1;
                }
                if r.post != Body::None {
                    let got = post(&mut client, &path, r.post, "");
                    assert_refused(&world, "a token", "POST", &path, &got);
                    refused += 1;
                }
            }
        }
    }
    let after = snapshot(&mut world);
    for ((path, s1, t1), (_, s2, t2)) in before.iter().zip(&after) {
        assert_eq!(s1, s2, "B's {path} changed status");
        assert!(t1 == t2, "B's {path} changed:\nbefore:\n{t1}\nafter:\n{t2}");
    }
    // A's own token and B's are both still listed (nothing revoked across organisations).
    let tokens = world.b_admin.0.get(&format!("/o/{}/tokens", b.org)).text();
    assert!(tokens.contains(&format!("/o/{}/tokens/{}/revoke", b.org, b.token)));
    refused
}

#[test]
fn a_member_of_one_organisation_cannot_reach_another_s_objects() {
    for db in Db::all("isolation") {
        let refused = matrix(&db);
        assert!(refused >= 80, "the matrix made {refused} requests");
    }
}
