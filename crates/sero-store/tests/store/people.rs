//! Set-up, people, sessions, organisations, invitations and API tokens.

use jiff::{SignedDuration, Timestamp};
use sero_store::{Role, Scope, StoreError, digest};
use sqlx::Row;

use crate::on_both;
use crate::support::{Db, org_with_admin};

on_both!(
    placeholders_bind_by_number,
    first_administrator,
    people_and_passwords,
    sessions,
    organisations_and_members,
    invitations,
    api_tokens,
);

fn hours(n: i64) -> SignedDuration {
    SignedDuration::from_hours(n)
}

/// The store writes `$1, $2…` on both databases: a number names its argument wherever it
/// stands and however often it is used.
async fn placeholders_bind_by_number(db: Db) {
    let mut conn = db.raw().await;
    let row = sqlx::query("SELECT $2 || '-' || $1 || '-' || $2 AS joined")
        .bind("first")
        .bind("second")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    let joined: String = row.try_get("joined").unwrap();
    assert_eq!(joined, "second-first-second");
}

async fn first_administrator(db: Db) {
    let store = &db.store;
    let now = Timestamp::now();
    assert!(store.is_empty().await.unwrap());
    let unknown = store
        .setup_complete(&digest("nobody's"), "a@b.example", "A", "h")
        .await;
    assert!(
        matches!(unknown, Err(StoreError::InvalidToken)),
        "{unknown:?}"
    );

    store
        .setup_token_put(&digest("old"), now - hours(1))
        .await
        .unwrap();
    let expired = store
        .setup_complete(&digest("old"), "a@b.example", "A", "h")
        .await;
    assert!(
        matches!(expired, Err(StoreError::InvalidToken)),
        "{expired:?}"
    );

    // A new token replaces the old one.
    store
        .setup_token_put(&digest("new"), now + hours(1))
        .await
        .unwrap();
    let replaced = store
        .setup_complete(&digest("old"), "a@b.example", "A", "h")
        .await;
    assert!(
        matches!(replaced, Err(StoreError::InvalidToken)),
        "{replaced:?}"
    );
    let admin = store
        .setup_complete(&digest("new"), "Ada@Example.GOV.uk", "Ada", "argon2-hash")
        .await
        .unwrap();
    assert!(admin.is_admin);
    assert_eq!(admin.email, "ada@example.gov.uk");
    assert!(!store.is_empty().await.unwrap());

    let again = store
        .setup_complete(&digest("new"), "b@b.example", "B", "h")
        .await;
    assert!(matches!(again, Err(StoreError::InvalidToken)), "{again:?}");
    // Once someone has an account, even a fresh set-up token creates nobody.
    store
        .setup_token_put(&digest("later"), now + hours(1))
        .await
        .unwrap();
    let later = store
        .setup_complete(&digest("later"), "c@b.example", "C", "h")
        .await;
    assert!(matches!(later, Err(StoreError::InvalidToken)), "{later:?}");
    assert_eq!(store.users().await.unwrap(), vec![admin]);
}

async fn people_and_passwords(db: Db) {
    let store = &db.store;
    let ada = store
        .user_create("ada@example.org", "Ada", "hash-1", false)
        .await
        .unwrap();
    let taken = store
        .user_create("ADA@example.org", "Other Ada", "h", false)
        .await;
    assert!(matches!(taken, Err(StoreError::Conflict)), "{taken:?}");
    let grace = store
        .user_create("Grace@Example.org", "Grace", "hash-2", true)
        .await
        .unwrap();

    let found = store
        .credentials("  ada@EXAMPLE.org ")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.user, ada);
    assert_eq!(found.password_hash, "hash-1");
    assert_eq!(store.credentials("nobody@example.org").await.unwrap(), None);
    assert_eq!(store.credentials_of(grace.id).await.unwrap().user, grace);
    assert!(grace.is_admin);
    let missing = store
        .credentials_of(sero_store::UserId(grace.id.0 + 100))
        .await;
    assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
    assert_eq!(
        store.users().await.unwrap(),
        vec![ada.clone(), grace.clone()]
    );

    let later = Timestamp::now() + hours(1);
    store
        .session_create(&digest("s1"), ada.id, "csrf1", later)
        .await
        .unwrap();
    store
        .session_create(&digest("s2"), ada.id, "csrf2", later)
        .await
        .unwrap();
    store
        .session_create(&digest("g1"), grace.id, "csrf3", later)
        .await
        .unwrap();
    store.password_set(ada.id, "hash-3").await.unwrap();
    assert_eq!(
        store.credentials_of(ada.id).await.unwrap().password_hash,
        "hash-3"
    );
    let now = Timestamp::now();
    assert_eq!(store.session(&digest("s1"), now).await.unwrap(), None);
    assert_eq!(store.session(&digest("s2"), now).await.unwrap(), None);
    assert!(store.session(&digest("g1"), now).await.unwrap().is_some());
    let nobody = store
        .password_set(sero_store::UserId(grace.id.0 + 100), "h")
        .await;
    assert!(matches!(nobody, Err(StoreError::NotFound)), "{nobody:?}");
}

async fn sessions(db: Db) {
    let store = &db.store;
    let ada = store
        .user_create("ada@example.org", "Ada", "h", false)
        .await
        .unwrap();
    let now = Timestamp::now();
    store
        .session_create(&digest("a"), ada.id, "csrf-a", now + hours(8))
        .await
        .unwrap();
    store
        .session_create(&digest("b"), ada.id, "csrf-b", now + hours(8))
        .await
        .unwrap();
    let twice = store
        .session_create(&digest("a"), ada.id, "csrf-c", now + hours(8))
        .await;
    assert!(matches!(twice, Err(StoreError::Conflict)), "{twice:?}");
    let stranger = store
        .session_create(
            &digest("c"),
            sero_store::UserId(ada.id.0 + 100),
            "x",
            now + hours(8),
        )
        .await;
    assert!(
        matches!(stranger, Err(StoreError::NotFound)),
        "{stranger:?}"
    );

    let session = store.session(&digest("a"), now).await.unwrap().unwrap();
    assert_eq!(session.user, ada);
    assert_eq!(session.csrf, "csrf-a");
    assert_eq!(
        session.expires_at.as_millisecond(),
        (now + hours(8)).as_millisecond()
    );
    // Expired at its time.
    assert_eq!(
        store.session(&digest("a"), now + hours(8)).await.unwrap(),
        None
    );
    assert_eq!(store.session(&digest("unknown"), now).await.unwrap(), None);

    store.session_delete(&digest("a")).await.unwrap();
    assert_eq!(store.session(&digest("a"), now).await.unwrap(), None);
    assert!(store.session(&digest("b"), now).await.unwrap().is_some());
    store.sessions_delete_all(ada.id).await.unwrap();
    assert_eq!(store.session(&digest("b"), now).await.unwrap(), None);
}

async fn organisations_and_members(db: Db) {
    let store = &db.store;
    let ada = store
        .user_create("ada@example.org", "ada", "h", false)
        .await
        .unwrap();
    let bob = store
        .user_create("bob@example.org", "Bob", "h", false)
        .await
        .unwrap();
    let wales = store.org_create("wales", "Welsh Office").await.unwrap();
    let home = store.org_create("home", "home office").await.unwrap();
    let taken = store.org_create("wales", "Another").await;
    assert!(matches!(taken, Err(StoreError::Conflict)), "{taken:?}");
    // By name, case-blind.
    assert_eq!(
        store.orgs().await.unwrap(),
        vec![home.clone(), wales.clone()]
    );
    assert_eq!(
        store.org_by_slug("wales").await.unwrap(),
        Some(wales.clone())
    );
    assert_eq!(store.org_by_slug("scotland").await.unwrap(), None);

    store
        .member_set(wales.id, ada.id, Role::Viewer)
        .await
        .unwrap();
    store
        .member_set(home.id, ada.id, Role::Editor)
        .await
        .unwrap();
    store
        .member_set(wales.id, bob.id, Role::Editor)
        .await
        .unwrap();
    store
        .member_set(wales.id, ada.id, Role::Admin)
        .await
        .unwrap();
    let memberships = store.memberships(ada.id).await.unwrap();
    assert_eq!(
        memberships
            .iter()
            .map(|m| (m.org.slug.as_str(), m.role))
            .collect::<Vec<_>>(),
        [("home", Role::Editor), ("wales", Role::Admin)]
    );
    let membership = store.membership(bob.id, "wales").await.unwrap().unwrap();
    assert_eq!(
        (membership.org, membership.role),
        (wales.clone(), Role::Editor)
    );
    assert_eq!(store.membership(bob.id, "home").await.unwrap(), None);
    assert_eq!(store.membership(bob.id, "nowhere").await.unwrap(), None);
    let members = store.members(wales.id).await.unwrap();
    assert_eq!(
        members
            .iter()
            .map(|m| (m.user.name.as_str(), m.role))
            .collect::<Vec<_>>(),
        [("ada", Role::Admin), ("Bob", Role::Editor)]
    );
    let no_org = store
        .member_set(
            sero_store::OrgId(home.id.0 + wales.id.0 + 100),
            bob.id,
            Role::Viewer,
        )
        .await;
    assert!(matches!(no_org, Err(StoreError::NotFound)), "{no_org:?}");

    store.member_remove(wales.id, bob.id).await.unwrap();
    assert_eq!(store.membership(bob.id, "wales").await.unwrap(), None);
    let again = store.member_remove(wales.id, bob.id).await;
    assert!(matches!(again, Err(StoreError::NotFound)), "{again:?}");
}

async fn invitations(db: Db) {
    let store = &db.store;
    let (org, admin) = org_with_admin(store, "wales").await;
    let now = Timestamp::now();
    store
        .invite_create(
            org,
            "New.Person@Example.org",
            Role::Editor,
            &digest("i1"),
            admin,
            now + hours(48),
        )
        .await
        .unwrap();
    store
        .invite_create(
            org,
            "late@example.org",
            Role::Viewer,
            &digest("i2"),
            admin,
            now + hours(1),
        )
        .await
        .unwrap();
    let invite = store.invite(&digest("i1"), now).await.unwrap().unwrap();
    assert_eq!(invite.org.slug, "wales");
    assert_eq!(invite.email, "new.person@example.org");
    assert_eq!(invite.role, Role::Editor);
    assert_eq!(store.invite(&digest("nope"), now).await.unwrap(), None);
    assert_eq!(
        store.invite(&digest("i2"), now + hours(2)).await.unwrap(),
        None
    );

    let person = store
        .user_create("new.person@example.org", "New", "h", false)
        .await
        .unwrap();
    let membership = store
        .invite_accept(&digest("i1"), now, person.id)
        .await
        .unwrap();
    assert_eq!((membership.org.id, membership.role), (org, Role::Editor));
    assert_eq!(
        store.membership(person.id, "wales").await.unwrap(),
        Some(membership)
    );
    let used = store.invite_accept(&digest("i1"), now, person.id).await;
    assert!(matches!(used, Err(StoreError::InvalidToken)), "{used:?}");
    assert_eq!(store.invite(&digest("i1"), now).await.unwrap(), None);
    let expired = store
        .invite_accept(&digest("i2"), now + hours(2), person.id)
        .await;
    assert!(
        matches!(expired, Err(StoreError::InvalidToken)),
        "{expired:?}"
    );
    let unknown = store.invite_accept(&digest("i3"), now, person.id).await;
    assert!(
        matches!(unknown, Err(StoreError::InvalidToken)),
        "{unknown:?}"
    );
}

async fn api_tokens(db: Db) {
    let store = &db.store;
    let (org, admin) = org_with_admin(store, "wales").await;
    let ci = store
        .api_token_create(org, "CI", Scope::Write, &digest("t1"), admin)
        .await
        .unwrap();
    let dash = store
        .api_token_create(org, "Dashboard", Scope::Read, &digest("t2"), admin)
        .await
        .unwrap();
    assert_eq!(
        (ci.org, ci.scope, ci.name.as_str()),
        (org, Scope::Write, "CI")
    );
    assert_eq!(
        store.api_token(&digest("t1")).await.unwrap(),
        Some(ci.clone())
    );
    assert_eq!(store.api_token(&digest("t3")).await.unwrap(), None);
    assert_eq!(
        store.api_tokens(org).await.unwrap(),
        vec![ci.clone(), dash.clone()]
    );
    let same = store
        .api_token_create(org, "Again", Scope::Read, &digest("t1"), admin)
        .await;
    assert!(matches!(same, Err(StoreError::Conflict)), "{same:?}");

    store.api_token_revoke(org, ci.id).await.unwrap();
    assert_eq!(store.api_token(&digest("t1")).await.unwrap(), None);
    assert_eq!(store.api_tokens(org).await.unwrap(), vec![dash]);
    let gone = store.api_token_revoke(org, ci.id + 100).await;
    assert!(matches!(gone, Err(StoreError::NotFound)), "{gone:?}");
}
