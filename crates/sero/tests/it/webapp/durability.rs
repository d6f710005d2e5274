//! Durability: a stream of saves (each one a POST of a new version, acknowledged when its
//! redirect comes back) with the server killed by SIGKILL in the middle, twice; after each
//! restart every acknowledged version is there with its manifest and assessment, the numbers
//! have no gaps, at most the one save in flight was kept without being acknowledged, and the
//! database passes its integrity check (and PostgreSQL's `pg_amcheck` when it is installed).

use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{Client, Db, Server, example_manifest, integrity_problems, sign_in};

const ORG: &str = "durable";

/// The manifest of save `i`: the example with a line that names it (save 0 made the service).
fn manifest(i: usize) -> String {
    if i == 0 {
        return example_manifest();
    }
    format!("{}\n# save {i}\n", example_manifest())
}

/// Saves versions one after another until the server stops answering; sends each
/// acknowledged (version number, save index) on `acked`.
fn stream(
    mut client: Client,
    csrf: String,
    service: String,
    first: usize,
    acked: mpsc::Sender<(i64, usize)>,
) {
    for i in first.. {
        let text = manifest(i);
        let message = format!("save {i}");
        let fields = [
            ("csrf", csrf.as_str()),
            ("format", "yaml"),
            ("manifest", text.as_str()),
            ("message", message.as_str()),
        ];
        let path = format!("/o/{ORG}/s/{service}/versions");
        let Ok(response) = client.try_post_multipart(&path, &fields, &[]) else {
            return;
        };
        if response.status != 303 {
            return;
        }
        let number: i64 = response
            .header("location")
            .and_then(|l| l.rsplit('/').next())
            .and_then(|n| n.parse().ok())
            .expect("the redirect names the new version");
        if acked.send((number, i)).is_err() {
            return;
        }
    }
}

/// Checks every version of the service after a restart; returns the latest number.
fn check_versions(server: &Server, service: &str, acked: &[(i64, usize)]) -> i64 {
    let (mut client, _) = sign_in(server, "editor@durable.example", super::PASSWORD);
    let base = format!("/o/{ORG}/s/{service}/v");
    let mut latest = 0;
    loop {
        let n = latest + 1;
        let page = client.get(&format!("{base}/{n}"));
        if page.status == 404 {
            break;
        }
        assert_eq!(page.status, 200, "version {n}: {}", page.text());
        // Its manifest is one that was sent, whole, and its assessment is there.
        let text = client.get(&format!("{base}/{n}/manifest"));
        assert_eq!(text.status, 200);
        let text = text.text();
        assert!(
            text == example_manifest() || (1..10_000).any(|i| text == manifest(i)),
            "version {n}'s manifest is not one that was sent:\n{text}"
        );
        let json = client.get(&format!("{base}/{n}/estimate.json"));
        assert_eq!(json.status, 200, "version {n} has its assessment");
        let doc: serde_json::Value =
            serde_json::from_slice(&json.body).expect("the assessment is JSON");
        assert!(doc.is_object(), "version {n}'s assessment is a document");
        latest = n;
    }
    // No gap after the last one either.
    for n in latest + 1..latest + 4 {
        assert_eq!(
            client.get(&format!("{base}/{n}")).status,
            404,
            "a gap before version {n}"
        );
    }
    for (number, i) in acked {
        assert!(
            *number <= latest,
            "acknowledged version {number} is lost (latest {latest})"
        );
        let text = client.get(&format!("{base}/{number}/manifest")).text();
        assert_eq!(
            text,
            manifest(*i),
            "acknowledged version {number} is save {i}"
        );
    }
    let acked_max = acked.iter().map(|(n, _)| *n).max().unwrap_or(1);
    assert!(
        latest <= acked_max + 1,
        "{latest} versions, but only {acked_max} were acknowledged and one was in flight"
    );
    latest
}

fn pg_amcheck(db: &Db) {
    let Some(name) = db.postgres_name() else {
        return;
    };
    let program = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .chain(
            std::fs::read_dir("/usr/lib/postgresql")
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path().join("bin")),
        )
        .map(|d| d.join("pg_amcheck"))
        .find(|p| p.is_file());
    let Some(program) = program else {
        eprintln!("pg_amcheck is not installed: PostgreSQL's own check did not run");
        return;
    };
    // postgres://USER@HOST:PORT/NAME
    let rest = db.url.split_once("://").map(|(_, r)| r).unwrap_or("");
    let (user, rest) = rest.split_once('@').unwrap_or(("postgres", rest));
    let user = user.split(':').next().unwrap_or(user);
    let hostport = rest.split('/').next().unwrap_or("");
    let (host, port) = hostport.rsplit_once(':').unwrap_or((hostport, "5432"));
    let out = std::process::Command::new(program)
        .args([
            "-h",
            host,
            "-p",
            port,
            "-U",
            user,
            "--install-missing",
            "--heapallindexed",
        ])
        .args(["-d", name])
        .output()
        .expect("run pg_amcheck");
    assert!(
        out.status.success(),
        "pg_amcheck found problems:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn durability_on(db: &Db) {
    db.admin(
        &["create-org", "--slug", ORG, "--name", "Durable Council"],
        "",
    );
    db.user("editor@durable.example", "Editor");
    db.admin(
        &[
            "add-member",
            "--org",
            ORG,
            "--email",
            "editor@durable.example",
            "--role",
            "editor",
        ],
        "",
    );
    let mut server = Server::start(db, &[]);
    let service = {
        let (mut client, csrf) = sign_in(&server, "editor@durable.example", super::PASSWORD);
        let made = client.post_multipart(
            &format!("/o/{ORG}/services"),
            &[
                ("csrf", &csrf),
                ("name", "Durable Service"),
                ("format", "yaml"),
                ("manifest", &example_manifest()),
            ],
            &[],
        );
        assert_eq!(made.status, 303, "{}", made.text());
        made.header("location")
            .and_then(|l| l.rsplit('/').next())
            .expect("the service's address")
            .to_owned()
    };
    let mut acked: Vec<(i64, usize)> = vec![(1, 0)];
    let mut next = 1;
    let mut latest = 1;
    for round in 0..2 {
        let (client, csrf) = sign_in(&server, "editor@durable.example", super::PASSWORD);
        let (tx, rx) = mpsc::channel();
        let service2 = service.clone();
        let saver = std::thread::spawn(move || stream(client, csrf, service2, next, tx));
        // Kill after a few acknowledged saves, at a moment that varies from round to round.
        let deadline = Instant::now() + Duration::from_secs(300);
        let mut this_round = 0;
        while this_round < 6 {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(a) => {
                    acked.push(a);
                    this_round += 1;
                }
                Err(_) => panic!("the saves stopped before the server was killed"),
            }
        }
        std::thread::sleep(Duration::from_millis(7 + 23 * round));
        server.kill();
        saver.join().expect("the saving thread ends");
        // Saves acknowledged between the last receive and the kill.
        acked.extend(rx.try_iter());
        next = acked.iter().map(|(_, i)| *i).max().unwrap_or(0) + 2;
        server = Server::start(db, &[]);
        latest = check_versions(&server, &service, &acked);
    }
    assert!(latest >= 13, "{latest} versions saved");
    drop(server);
    let problems = integrity_problems(&db.url);
    assert!(problems.is_empty(), "the integrity check: {problems:?}");
    pg_amcheck(db);
}

#[test]
fn acknowledged_saves_survive_sigkill_and_the_database_stays_sound() {
    for db in Db::all("durability") {
        durability_on(&db);
    }
}
