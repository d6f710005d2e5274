//! Opening, backups and the integrity check.

use sero_store::{Author, Backend, Store, StoreError};
use sqlx::Executor;

use crate::on_both;
use crate::support::{Db, org_with_admin, version};

on_both!(
    reopening_keeps_everything,
    a_newer_schema_is_not_touched,
    backup,
    integrity_check_reports_broken_invariants
);

async fn reopening_keeps_everything(db: Db) {
    let (org, ada) = org_with_admin(&db.store, "wales").await;
    let first = version(Author::User(ada), "First", 10.0, vec![]);
    let (service, _) = db
        .store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();
    db.store
        .version_save(
            org,
            service.id,
            version(Author::User(ada), "Second", 9.0, vec![]),
        )
        .await
        .unwrap();
    let before = db.store.versions(org, service.id).await.unwrap();
    // Opened again (the migrations are already there), by each spelling of its URL.
    let urls = match db.backend() {
        Backend::Sqlite => vec![
            format!("sqlite:{}", db.url),
            format!("sqlite://{}", db.url),
            db.url.clone(),
        ],
        Backend::Postgres => vec![db.url.clone()],
    };
    for url in urls {
        let again = Store::open(&url).await.unwrap();
        assert_eq!(again.backend(), db.backend());
        assert_eq!(
            again.versions(org, service.id).await.unwrap(),
            before,
            "{url}"
        );
    }
}

/// A database migrated by a newer sero (a migration this one does not know) is refused, not
/// used or changed.
async fn a_newer_schema_is_not_touched(db: Db) {
    let (org, _) = org_with_admin(&db.store, "wales").await;
    let mut conn = db.raw().await;
    conn.execute(
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, \
             execution_time) VALUES (9999, 'from a newer sero', TRUE, $1, 0)",
        )
        .bind(vec![0u8; 48]),
    )
    .await
    .unwrap();
    let opened = Store::open(&db.url).await;
    assert!(
        matches!(opened, Err(StoreError::Migration(_))),
        "{:?}",
        opened.err()
    );
    assert_eq!(db.store.members(org).await.unwrap().len(), 1);
}

async fn backup(db: Db) {
    let (org, ada) = org_with_admin(&db.store, "wales").await;
    let first = version(
        Author::User(ada),
        "First",
        10.0,
        vec![crate::support::file("a.json", b"{}")],
    );
    let (service, _) = db
        .store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();
    let copy = db.dir.join("backup.db");
    if db.backend() == Backend::Postgres {
        assert!(matches!(db.store.backup(&copy).await, Err(StoreError::Url)));
        return;
    }
    // Taken while another save is going on.
    let store = db.store.clone();
    let saving = tokio::spawn(async move {
        store
            .version_save(
                org,
                service.id,
                version(Author::User(ada), "Second", 9.0, vec![]),
            )
            .await
    });
    db.store.backup(&copy).await.unwrap();
    saving.await.unwrap().unwrap();

    let restored = Store::open(copy.to_str().unwrap()).await.unwrap();
    assert_eq!(
        restored.integrity_check().await.unwrap(),
        Vec::<String>::new()
    );
    let versions = restored.versions(org, service.id).await.unwrap();
    assert!(versions.len() == 1 || versions.len() == 2, "{versions:?}");
    let one = restored.version(org, service.id, 1).await.unwrap().unwrap();
    assert_eq!(
        one,
        db.store.version(org, service.id, 1).await.unwrap().unwrap()
    );
    assert_eq!(
        restored.members(org).await.unwrap(),
        db.store.members(org).await.unwrap()
    );

    // A backup never overwrites a file.
    assert!(db.store.backup(&copy).await.is_err());
}

async fn integrity_check_reports_broken_invariants(db: Db) {
    let (org, ada) = org_with_admin(&db.store, "wales").await;
    let first = version(Author::User(ada), "First", 10.0, vec![]);
    db.store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();
    assert_eq!(
        db.store.integrity_check().await.unwrap(),
        Vec::<String>::new()
    );
    // Written behind the store's back: a service without a version.
    let mut conn = db.raw().await;
    conn.execute(sqlx::query("INSERT INTO services (org_id, slug, name, created_at, latest) VALUES ($1, 'empty', 'Empty', 0, 0)").bind(org.0))
        .await
        .unwrap();
    let problems = db.store.integrity_check().await.unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].ends_with("has no version"), "{problems:?}");
    if db.backend() == Backend::Sqlite {
        // With foreign keys off, a membership of an organisation that does not exist.
        conn.execute("PRAGMA foreign_keys = OFF").await.unwrap();
        conn.execute("INSERT INTO memberships (org_id, user_id, role) VALUES (9999, 1, 'viewer')")
            .await
            .unwrap();
        let problems = db.store.integrity_check().await.unwrap();
        assert!(
            problems.iter().any(|p| p.starts_with("memberships row")),
            "{problems:?}"
        );
    }
}

#[tokio::test]
async fn urls_it_cannot_open_are_refused() {
    for url in ["mysql://localhost/sero", "sqlite::memory:", ""] {
        assert!(
            matches!(Store::open(url).await, Err(StoreError::Url)),
            "{url}"
        );
    }
}

#[tokio::test]
async fn a_missing_folder_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a b").join("c%20?d").join("sero.db");
    let store = Store::open(path.to_str().unwrap()).await.unwrap();
    assert!(store.is_empty().await.unwrap());
    assert!(path.is_file(), "{path:?}");
}
