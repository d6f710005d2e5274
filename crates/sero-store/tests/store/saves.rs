//! Saves are transactions: one that fails half-way writes nothing; concurrent ones queue.

use std::collections::BTreeSet;

use sero_store::{Author, StoreError};
use sqlx::Row;

use crate::on_both;
use crate::support::{Db, file, org_with_admin, version};

on_both!(a_failed_save_writes_nothing, concurrent_saves);

async fn count(db: &Db, table: &str) -> i64 {
    let mut conn = db.raw().await;
    // A table name from this file, not a value.
    sqlx::query(&format!("SELECT COUNT(*) AS n FROM {table}"))
        .fetch_one(&mut conn)
        .await
        .unwrap()
        .try_get("n")
        .unwrap()
}

async fn counts(db: &Db) -> Vec<i64> {
    let mut all = Vec::new();
    for table in ["services", "versions", "files", "assessments"] {
        all.push(count(db, table).await);
    }
    all
}

async fn a_failed_save_writes_nothing(db: Db) {
    let store = &db.store;
    let (org, ada) = org_with_admin(store, "wales").await;
    let first = version(Author::User(ada), "First", 10.0, vec![file("a.json", b"1")]);
    let (service, _) = store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();
    let before = counts(&db).await;
    assert_eq!(before, [1, 1, 1, 1]);

    // The second file's name repeats the first's: the unique constraint rejects it after the
    // version row and the first file were written, before the assessment.
    let twice = vec![
        file("b.json", b"1"),
        file("c.json", b"2"),
        file("b.json", b"3"),
    ];
    let failed = store
        .version_save(
            org,
            service.id,
            version(Author::User(ada), "Bad", 5.0, twice.clone()),
        )
        .await;
    assert!(matches!(failed, Err(StoreError::Conflict)), "{failed:?}");
    assert_eq!(counts(&db).await, before);
    assert_eq!(store.versions(org, service.id).await.unwrap().len(), 1);

    // A new service whose first version fails is not created either.
    let failed = store
        .service_create(
            org,
            "vat",
            "VAT",
            version(Author::User(ada), "Bad", 5.0, twice),
        )
        .await;
    assert!(matches!(failed, Err(StoreError::Conflict)), "{failed:?}");
    assert_eq!(store.service(org, "vat").await.unwrap(), None);
    assert_eq!(counts(&db).await, before);

    // An unknown file kind is refused by its CHECK constraint, as late in the save.
    let mut odd = version(Author::User(ada), "Odd", 5.0, vec![file("d.json", b"1")]);
    odd.files[0].kind = "spreadsheet".into();
    assert!(store.version_save(org, service.id, odd).await.is_err());
    assert_eq!(counts(&db).await, before);

    // The numbering carries on where it was, and the database is sound.
    let next = store
        .version_save(
            org,
            service.id,
            version(Author::User(ada), "Good", 5.0, vec![]),
        )
        .await;
    assert_eq!(next.unwrap(), 2);
    assert_eq!(store.integrity_check().await.unwrap(), Vec::<String>::new());
}

async fn concurrent_saves(db: Db) {
    let store = &db.store;
    let (org, ada) = org_with_admin(store, "wales").await;
    let first = version(Author::User(ada), "First", 10.0, vec![]);
    let (service, _) = store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();

    // Eight saves to one service and eight new services at once: none fails (no SQLITE_BUSY,
    // no duplicate number), and the numbers are 2 to 9, each once.
    let mut saves = Vec::new();
    for n in 0..8 {
        let store = store.clone();
        let files = vec![file(&format!("f{n}.json"), &[n as u8; 64])];
        saves.push(tokio::spawn(async move {
            store
                .version_save(
                    org,
                    service.id,
                    version(Author::User(ada), &format!("save {n}"), n as f64, files),
                )
                .await
        }));
    }
    let mut creates = Vec::new();
    for n in 0..8 {
        let store = store.clone();
        creates.push(tokio::spawn(async move {
            store
                .service_create(
                    org,
                    &format!("s{n}"),
                    &format!("Service {n}"),
                    version(Author::User(ada), "First", 1.0, vec![]),
                )
                .await
        }));
    }
    // Re-assessments and jobs read before they write: on SQLite a transaction that only took
    // the write lock when it first wrote could find the database changed under it and fail.
    let mut others = Vec::new();
    for n in 0..8 {
        let store = store.clone();
        others.push(tokio::spawn(async move {
            store
                .assessment_add(org, service.id, 1, crate::support::assessment(n as f64))
                .await
                .expect("a concurrent re-assessment");
            store
                .job_create(org, Some(service.id), "page", "https://example.org/", ada)
                .await
                .expect("a concurrent job");
        }));
    }
    let mut numbers = BTreeSet::new();
    for save in saves {
        numbers.insert(save.await.unwrap().expect("a concurrent save"));
    }
    for create in creates {
        assert_eq!(
            create.await.unwrap().expect("a concurrent new service").1,
            1
        );
    }
    for other in others {
        other.await.unwrap();
    }
    assert_eq!(numbers, (2..=9).collect());
    assert_eq!(
        store.assessments(org, service.id, 1).await.unwrap().len(),
        9
    );
    assert_eq!(store.jobs(org, Some(service.id)).await.unwrap().len(), 8);
    let versions = store.versions(org, service.id).await.unwrap();
    assert_eq!(
        versions.iter().map(|v| v.number).collect::<Vec<_>>(),
        (1..=9).rev().collect::<Vec<_>>()
    );
    assert_eq!(store.services(org).await.unwrap().len(), 9);
    assert_eq!(store.integrity_check().await.unwrap(), Vec::<String>::new());
}
