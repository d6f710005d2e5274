//! Services, their versions, files and assessments, and background jobs.

use sero_store::{Author, File, JobStatus, Scope, ServiceId, StoreError, digest};

use crate::on_both;
use crate::support::{Db, assessment, file, org_with_admin, version};

on_both!(services_and_versions, reassessment, jobs);

async fn services_and_versions(db: Db) {
    let store = &db.store;
    let (org, ada) = org_with_admin(store, "wales").await;
    let (other, _) = org_with_admin(store, "home").await;
    let token = store
        .api_token_create(org, "CI pipeline", Scope::Write, &digest("t"), ada)
        .await
        .unwrap();

    // Every byte of a file comes back, NULs and invalid UTF-8 included.
    let bill = File {
        name: "bill.json".into(),
        kind: "cloud".into(),
        content: vec![0, 159, 146, 150, b'\n', 255, 0],
    };
    let mut first = version(
        Author::User(ada),
        "First estimate",
        1_234.567_890_123_4,
        vec![bill.clone(), file("pages.json", b"{}")],
    );
    first.assessment.seed = i64::MAX;
    first.assessment.figures.per_transaction_kg = None;
    first.manifest = "name: Gwasanaeth \u{1F331}\n".into();
    let (service, number) = store
        .service_create(org, "passports", "Passports", first.clone())
        .await
        .unwrap();
    assert_eq!(number, 1);
    assert_eq!(
        (service.org, service.slug.as_str(), service.name.as_str()),
        (org, "passports", "Passports")
    );
    let taken = store
        .service_create(org, "passports", "Again", first.clone())
        .await;
    assert!(matches!(taken, Err(StoreError::Conflict)), "{taken:?}");
    // The same slug in another organisation is another service.
    let (theirs, _) = store
        .service_create(other, "passports", "Theirs", first.clone())
        .await
        .unwrap();
    assert_ne!(theirs.id, service.id);
    let (apps, _) = store
        .service_create(org, "apps", "apprenticeships", first.clone())
        .await
        .unwrap();

    let second = version(Author::Token(token.id), "From CI", 99.5, vec![]);
    assert_eq!(
        store
            .version_save(org, service.id, second.clone())
            .await
            .unwrap(),
        2
    );
    let third = version(
        Author::User(ada),
        "Third",
        80.25,
        vec![file("a.csv", b"x,y\n")],
    );
    assert_eq!(store.version_save(org, service.id, third).await.unwrap(), 3);

    let versions = store.versions(org, service.id).await.unwrap();
    assert_eq!(
        versions.iter().map(|v| v.number).collect::<Vec<_>>(),
        [3, 2, 1]
    );
    assert_eq!(
        versions
            .iter()
            .map(|v| v.author.as_str())
            .collect::<Vec<_>>(),
        ["Admin of wales", "CI pipeline", "Admin of wales"]
    );
    assert_eq!(versions[1].message, "From CI");
    assert_eq!(versions[1].figures, second.assessment.figures);
    assert_eq!(versions[2].figures, first.assessment.figures);
    assert_eq!(versions[2].factor_edition, first.assessment.factor_edition);

    let one = store.version(org, service.id, 1).await.unwrap().unwrap();
    assert_eq!(one.meta, versions[2]);
    assert_eq!(one.manifest, first.manifest);
    assert_eq!(one.format, "yaml");
    assert_eq!(one.files, first.files);
    assert_eq!(one.files[0], bill);
    assert_eq!(one.assessment.version, 1);
    assert_eq!(one.assessment.seed, i64::MAX);
    assert_eq!(one.assessment.samples, first.assessment.samples);
    assert_eq!(one.assessment.result, first.assessment.result);
    assert_eq!(one.assessment.figures.total_kg, 1_234.567_890_123_4);
    assert_eq!(one.assessment.figures.per_transaction_kg, None);
    assert_eq!(store.version(org, service.id, 4).await.unwrap(), None);

    // The organisation's services by name, each with its latest version.
    let services = store.services(org).await.unwrap();
    assert_eq!(
        services
            .iter()
            .map(|s| (s.service.slug.as_str(), s.latest.number))
            .collect::<Vec<_>>(),
        [("apps", 1), ("passports", 3)]
    );
    assert_eq!(services[1].latest, versions[0]);
    assert_eq!(
        store.service(org, "passports").await.unwrap(),
        Some(service.clone())
    );
    assert_eq!(store.service(org, "nothing").await.unwrap(), None);

    store
        .service_rename(org, apps.id, "Apprenticeships")
        .await
        .unwrap();
    let renamed = store.service(org, "apps").await.unwrap().unwrap();
    assert_eq!(
        (renamed.name.as_str(), renamed.slug.as_str()),
        ("Apprenticeships", "apps")
    );

    let missing = store
        .version_save(org, ServiceId(theirs.id.0 + apps.id.0 + 100), second)
        .await;
    assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
}

async fn reassessment(db: Db) {
    let store = &db.store;
    let (org, ada) = org_with_admin(store, "wales").await;
    let first = version(Author::User(ada), "First", 10.0, vec![]);
    let (service, _) = store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();
    let mut today = assessment(12.5);
    today.factor_edition = "sero-factors 2027.1 (sha256:4567)".into();
    let added = store
        .assessment_add(org, service.id, 1, today.clone())
        .await
        .unwrap();
    assert_eq!(
        (added.version, added.figures, added.factor_edition.as_str()),
        (1, today.figures, "sero-factors 2027.1 (sha256:4567)")
    );

    let all = store.assessments(org, service.id, 1).await.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].factor_edition, "sero-factors 2026.1 (sha256:0123)");
    assert_eq!(all[1], added);
    // The version keeps the figures it was saved with.
    let meta = &store.versions(org, service.id).await.unwrap()[0];
    assert_eq!(meta.figures.total_kg, 10.0);
    assert_eq!(
        store
            .version(org, service.id, 1)
            .await
            .unwrap()
            .unwrap()
            .assessment,
        all[0]
    );

    let none = store.assessment_add(org, service.id, 2, today).await;
    assert!(matches!(none, Err(StoreError::NotFound)), "{none:?}");
    assert_eq!(store.assessments(org, service.id, 2).await.unwrap(), vec![]);
}

async fn jobs(db: Db) {
    let store = &db.store;
    let (org, ada) = org_with_admin(store, "wales").await;
    let first = version(Author::User(ada), "First", 10.0, vec![]);
    let (service, _) = store
        .service_create(org, "tax", "Tax", first)
        .await
        .unwrap();

    let page = store
        .job_create(org, Some(service.id), "page", "https://example.org/", ada)
        .await
        .unwrap();
    assert_eq!(
        (page.status, page.progress, page.service),
        (JobStatus::Queued, 0, Some(service.id))
    );
    let loose = store
        .job_create(org, None, "page", "https://example.org/b", ada)
        .await
        .unwrap();
    let done = store
        .job_create(org, None, "page", "https://example.org/c", ada)
        .await
        .unwrap();
    assert_eq!(store.job(org, page.id).await.unwrap(), Some(page.clone()));

    store
        .job_update(org, page.id, JobStatus::Running, 40, None, None)
        .await
        .unwrap();
    store
        .job_update(
            org,
            done.id,
            JobStatus::Done,
            100,
            Some(r#"{"bytes":1}"#),
            None,
        )
        .await
        .unwrap();
    let running = store.job(org, page.id).await.unwrap().unwrap();
    assert_eq!((running.status, running.progress), (JobStatus::Running, 40));
    let finished = store.job(org, done.id).await.unwrap().unwrap();
    assert_eq!(
        (finished.status, finished.result.as_deref()),
        (JobStatus::Done, Some(r#"{"bytes":1}"#))
    );

    let all = store.jobs(org, None).await.unwrap();
    assert_eq!(
        all.iter().map(|j| j.id).collect::<Vec<_>>(),
        [done.id, loose.id, page.id]
    );
    let of_service = store.jobs(org, Some(service.id)).await.unwrap();
    assert_eq!(
        of_service.iter().map(|j| j.id).collect::<Vec<_>>(),
        [page.id]
    );

    let too_far = store
        .job_update(org, page.id, JobStatus::Running, 101, None, None)
        .await;
    assert!(
        matches!(too_far, Err(StoreError::Database(_))),
        "{too_far:?}"
    );

    // A server that stopped leaves the queued and running ones: they fail on the next start.
    assert_eq!(store.jobs_abandon().await.unwrap(), 2);
    for id in [page.id, loose.id] {
        let job = store.job(org, id).await.unwrap().unwrap();
        assert_eq!(job.status, JobStatus::Failed);
        assert_eq!(
            job.error.as_deref(),
            Some(r#"{"id":"server-job-abandoned","args":{}}"#)
        );
    }
    assert_eq!(
        store.job(org, done.id).await.unwrap().unwrap().status,
        JobStatus::Done
    );
    assert_eq!(store.jobs_abandon().await.unwrap(), 0);
}
