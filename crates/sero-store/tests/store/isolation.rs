//! The store's isolation contract: every organisation-scoped method, given organisation A and
//! an object of organisation B, finds nothing (`NotFound`, `None`, empty) and changes nothing.

use sero_store::{Author, JobStatus, OrgId, Scope, ServiceId, Store, StoreError, digest};

use crate::on_both;
use crate::support::{Db, assessment, file, org_with_admin, version};

on_both!(another_organisations_objects_are_out_of_reach);

/// Everything organisation B has, as its own members see it.
async fn snapshot(store: &Store, org: OrgId, service: ServiceId) -> String {
    let jobs = store.jobs(org, None).await.unwrap();
    let job = store.job(org, jobs[0].id).await.unwrap();
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        store.services(org).await.unwrap(),
        store.service(org, "secret").await.unwrap(),
        store.versions(org, service).await.unwrap(),
        store.version(org, service, 1).await.unwrap(),
        store.assessments(org, service, 1).await.unwrap(),
        jobs,
        job,
        store.jobs(org, Some(service)).await.unwrap(),
        store.api_tokens(org).await.unwrap(),
        store.members(org).await.unwrap(),
    )
}

fn not_found<T: std::fmt::Debug>(what: &str, result: Result<T, StoreError>) {
    assert!(
        matches!(result, Err(StoreError::NotFound)),
        "{what}: {result:?}"
    );
}

async fn another_organisations_objects_are_out_of_reach(db: Db) {
    let store = &db.store;
    let (a, alice) = org_with_admin(store, "a").await;
    let (b, bob) = org_with_admin(store, "b").await;
    let (a_service, _) = store
        .service_create(
            a,
            "mine",
            "Mine",
            version(Author::User(alice), "A's", 1.0, vec![]),
        )
        .await
        .unwrap();
    let b_token = store
        .api_token_create(b, "B's CI", Scope::Write, &digest("b"), bob)
        .await
        .unwrap();
    let (b_service, _) = store
        .service_create(
            b,
            "secret",
            "Secret",
            version(Author::User(bob), "B's", 2.0, vec![file("b.json", b"b")]),
        )
        .await
        .unwrap();
    let b_job = store
        .job_create(b, Some(b_service.id), "page", "https://b.example/", bob)
        .await
        .unwrap();
    let before = snapshot(store, b, b_service.id).await;

    // Reads through A find nothing of B's.
    assert_eq!(store.service(a, "secret").await.unwrap(), None);
    assert!(
        store
            .services(a)
            .await
            .unwrap()
            .iter()
            .all(|s| s.service.org == a)
    );
    assert_eq!(store.versions(a, b_service.id).await.unwrap(), vec![]);
    assert_eq!(store.version(a, b_service.id, 1).await.unwrap(), None);
    assert_eq!(store.assessments(a, b_service.id, 1).await.unwrap(), vec![]);
    assert_eq!(store.job(a, b_job.id).await.unwrap(), None);
    assert_eq!(store.jobs(a, Some(b_service.id)).await.unwrap(), vec![]);
    assert_eq!(store.jobs(a, None).await.unwrap(), vec![]);
    assert!(store.api_tokens(a).await.unwrap().is_empty());
    assert_eq!(
        store
            .members(a)
            .await
            .unwrap()
            .iter()
            .map(|m| m.user.id)
            .collect::<Vec<_>>(),
        [alice]
    );

    // Writes through A to B's objects are refused.
    not_found(
        "service_rename",
        store.service_rename(a, b_service.id, "Mine now").await,
    );
    not_found(
        "version_save",
        store
            .version_save(
                a,
                b_service.id,
                version(Author::User(alice), "Taken", 0.0, vec![]),
            )
            .await,
    );
    // A's own service, saved with B's API token as its author.
    not_found(
        "version_save by another organisation's token",
        store
            .version_save(
                a,
                a_service.id,
                version(Author::Token(b_token.id), "Via B", 0.0, vec![]),
            )
            .await,
    );
    not_found(
        "assessment_add",
        store
            .assessment_add(a, b_service.id, 1, assessment(0.0))
            .await,
    );
    not_found(
        "job_create",
        store
            .job_create(a, Some(b_service.id), "page", "https://a.example/", alice)
            .await,
    );
    not_found(
        "job_update",
        store
            .job_update(a, b_job.id, JobStatus::Failed, 100, None, Some("{}"))
            .await,
    );
    not_found(
        "api_token_revoke",
        store.api_token_revoke(a, b_token.id).await,
    );
    not_found("member_remove", store.member_remove(a, bob).await);
    assert_eq!(store.membership(bob, "a").await.unwrap(), None);

    assert_eq!(snapshot(store, b, b_service.id).await, before);
    assert_eq!(store.api_token(&digest("b")).await.unwrap(), Some(b_token));
    assert_eq!(store.integrity_check().await.unwrap(), Vec::<String>::new());
}
