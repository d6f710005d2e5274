//! A process saving versions is killed with SIGKILL in the middle of a stream of saves: every
//! save it acknowledged is there afterwards, nothing half-written is, and the database passes
//! its integrity check.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sero_store::{Author, File, OrgId, ServiceId, Store, UserId};

use crate::on_both;
use crate::support::{Db, on_sqlite, org_with_admin, version};

on_both!(killed_mid_save);

/// Tells `saver` where to save: `URL<tab>org<tab>service<tab>user`.
const SAVER: &str = sero_support::EnvVars::SERO_STORE_TEST_SAVER.name();
/// Acknowledged saves to wait for before the kill.
const ACKNOWLEDGED: usize = 20;

/// The files of the `i`th save: big enough that a save takes a while to write.
fn files(i: i64) -> Vec<File> {
    vec![
        File {
            name: "bill.json".into(),
            kind: "cloud".into(),
            content: vec![(i % 251) as u8; 256 * 1024],
        },
        File {
            name: "pages.json".into(),
            kind: "page".into(),
            content: format!("{{\"save\":{i}}}").into_bytes(),
        },
    ]
}

async fn save(store: &Store, org: OrgId, service: ServiceId, user: UserId, i: i64) -> i64 {
    store
        .version_save(
            org,
            service,
            version(Author::User(user), &format!("save {i}"), i as f64, files(i)),
        )
        .await
        .expect("a save")
}

/// The process that is killed: saves until it is (at most a minute), printing each number it
/// has been given back. Run on its own, it checks that saves in a row are numbered in turn.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saver() {
    let Some(spec) = sero_support::EnvVars::SERO_STORE_TEST_SAVER.get() else {
        on_sqlite(|db| async move {
            let (org, user) = org_with_admin(&db.store, "wales").await;
            let first = version(Author::User(user), "First", 1.0, vec![]);
            let (service, _) = db
                .store
                .service_create(org, "tax", "Tax", first)
                .await
                .unwrap();
            for i in 0..5 {
                assert_eq!(save(&db.store, org, service.id, user, i).await, i + 2);
            }
        })
        .await;
        return;
    };
    let fields: Vec<&str> = spec.split('\t').collect();
    let id = |n: usize| fields[n].parse::<i64>().expect("an id");
    let (org, service, user) = (OrgId(id(1)), ServiceId(id(2)), UserId(id(3)));
    let store = Store::open(fields[0]).await.expect("open the store");
    let start = Instant::now();
    let mut i = 0;
    while start.elapsed() < Duration::from_secs(60) {
        let number = save(&store, org, service, user, i).await;
        println!("saved {number} {i}");
        i += 1;
    }
}

async fn killed_mid_save(db: Db) {
    let (org, user) = org_with_admin(&db.store, "wales").await;
    let first = version(Author::User(user), "First", 1.0, vec![]);
    let (service, _) = db
        .store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();

    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "durability::saver",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(
            SAVER,
            format!("{}\t{}\t{}\t{}", db.url, org.0, service.id.0, user.0),
        )
        .env_remove("RUST_BACKTRACE")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the saving process");
    let stdout = child.stdout.take().unwrap();
    let acknowledged = tokio::task::spawn_blocking(move || {
        let mut acknowledged = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let line = line.expect("the saving process's output");
            if let Some(rest) = line.strip_prefix("saved ") {
                let (number, i) = rest.split_once(' ').unwrap();
                acknowledged.push((number.parse::<i64>().unwrap(), i.parse::<i64>().unwrap()));
                if acknowledged.len() == ACKNOWLEDGED {
                    break;
                }
            }
        }
        acknowledged
    })
    .await
    .unwrap();
    // SIGKILL, while the next save is under way.
    child.kill().expect("kill the saving process");
    child.wait().unwrap();
    assert_eq!(
        acknowledged.len(),
        ACKNOWLEDGED,
        "the saving process stopped early"
    );

    // As a restarted server sees it.
    let store = Store::open(&db.url).await.expect("open the store again");
    assert_eq!(store.integrity_check().await.unwrap(), Vec::<String>::new());
    let versions = store.versions(org, service.id).await.unwrap();
    let newest = versions[0].number;
    assert_eq!(
        versions.iter().map(|v| v.number).collect::<Vec<_>>(),
        (1..=newest).rev().collect::<Vec<_>>()
    );
    assert!(
        newest >= acknowledged.last().unwrap().0,
        "{newest} {acknowledged:?}"
    );
    for (number, i) in &acknowledged {
        let saved = store
            .version(org, service.id, *number)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.meta.message, format!("save {i}"));
        assert_eq!(saved.files, files(*i));
        assert_eq!(saved.assessment.figures.total_kg, *i as f64);
    }
    // Whatever was written after the last acknowledgement is whole too.
    for number in acknowledged.last().unwrap().0 + 1..=newest {
        let saved = store
            .version(org, service.id, number)
            .await
            .unwrap()
            .unwrap();
        let i: i64 = saved
            .meta
            .message
            .strip_prefix("save ")
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(saved.files, files(i));
        assert_eq!(
            store
                .assessments(org, service.id, number)
                .await
                .unwrap()
                .len(),
            1
        );
    }
}
