//! The store: one pool on SQLite or PostgreSQL, the same SQL on both.

use std::path::Path;

use jiff::Timestamp;

use crate::{
    ApiToken, Assessment, Author, Backend, Credentials, Invite, Job, JobId, JobStatus, Member,
    Membership, NewAssessment, NewVersion, Org, OrgId, Role, Scope, Service, ServiceId,
    ServiceSummary, Session, StoreError, User, UserId, Version, VersionMeta,
};

type Result<T> = std::result::Result<T, StoreError>;

/// sero's database. Cheap to clone (a pool).
#[derive(Clone)]
pub struct Store {
    pool: sqlx::AnyPool,
    backend: Backend,
}

impl Store {
    /// Opens (and creates, when it is a SQLite file that does not exist) the database at `url`
    /// (`postgres://…`, `sqlite:…` or a file path) and applies the migrations it lacks.
    pub async fn open(url: &str) -> Result<Store> {
        todo!()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    // ---- set-up ---------------------------------------------------------------------------

    /// True when nobody has an account yet.
    pub async fn is_empty(&self) -> Result<bool> {
        todo!()
    }

    /// Stores the digest of a one-time set-up token valid until `expires_at`, replacing any
    /// earlier one.
    pub async fn setup_token_put(&self, token_digest: &str, expires_at: Timestamp) -> Result<()> {
        todo!()
    }

    /// Creates the first administrator with a set-up token, which is used up. `InvalidToken` when
    /// the token is unknown, used or expired, or when someone already has an account.
    pub async fn setup_complete(
        &self,
        token_digest: &str,
        email: &str,
        name: &str,
        password_hash: &str,
    ) -> Result<User> {
        todo!()
    }

    // ---- people ---------------------------------------------------------------------------

    /// Creates an account. `Conflict` when the email is taken (emails compare case-blind).
    pub async fn user_create(
        &self,
        email: &str,
        name: &str,
        password_hash: &str,
        is_admin: bool,
    ) -> Result<User> {
        todo!()
    }

    pub async fn credentials(&self, email: &str) -> Result<Option<Credentials>> {
        todo!()
    }

    pub async fn credentials_of(&self, user: UserId) -> Result<Credentials> {
        todo!()
    }

    /// Changes a password and ends every session of the person.
    pub async fn password_set(&self, user: UserId, password_hash: &str) -> Result<()> {
        todo!()
    }

    pub async fn users(&self) -> Result<Vec<User>> {
        todo!()
    }

    // ---- sessions -------------------------------------------------------------------------

    pub async fn session_create(
        &self,
        token_digest: &str,
        user: UserId,
        csrf: &str,
        expires_at: Timestamp,
    ) -> Result<()> {
        todo!()
    }

    /// The session with this digest, when it has not expired.
    pub async fn session(&self, token_digest: &str, now: Timestamp) -> Result<Option<Session>> {
        todo!()
    }

    pub async fn session_delete(&self, token_digest: &str) -> Result<()> {
        todo!()
    }

    /// Signs a person out everywhere.
    pub async fn sessions_delete_all(&self, user: UserId) -> Result<()> {
        todo!()
    }

    // ---- organisations and roles ----------------------------------------------------------

    /// `Conflict` when the slug is taken.
    pub async fn org_create(&self, slug: &str, name: &str) -> Result<Org> {
        todo!()
    }

    /// Every organisation (for installation administrators).
    pub async fn orgs(&self) -> Result<Vec<Org>> {
        todo!()
    }

    pub async fn org_by_slug(&self, slug: &str) -> Result<Option<Org>> {
        todo!()
    }

    /// The organisations a person belongs to, with their role in each, by name.
    pub async fn memberships(&self, user: UserId) -> Result<Vec<Membership>> {
        todo!()
    }

    /// A person's membership of the organisation with this slug; `None` when they are not a
    /// member (or it does not exist).
    pub async fn membership(&self, user: UserId, org_slug: &str) -> Result<Option<Membership>> {
        todo!()
    }

    /// Adds a person to an organisation, or changes their role there.
    pub async fn member_set(&self, org: OrgId, user: UserId, role: Role) -> Result<()> {
        todo!()
    }

    pub async fn member_remove(&self, org: OrgId, user: UserId) -> Result<()> {
        todo!()
    }

    pub async fn members(&self, org: OrgId) -> Result<Vec<Member>> {
        todo!()
    }

    /// Stores an invitation (the digest of its link's token).
    pub async fn invite_create(
        &self,
        org: OrgId,
        email: &str,
        role: Role,
        token_digest: &str,
        created_by: UserId,
        expires_at: Timestamp,
    ) -> Result<()> {
        todo!()
    }

    /// The invitation with this digest, when it is unused and unexpired.
    pub async fn invite(&self, token_digest: &str, now: Timestamp) -> Result<Option<Invite>> {
        todo!()
    }

    /// Redeems an invitation for a person (a new person's account is created first), making them
    /// a member with the invitation's role. `InvalidToken` when it is unknown, used or expired.
    pub async fn invite_accept(
        &self,
        token_digest: &str,
        now: Timestamp,
        user: UserId,
    ) -> Result<Membership> {
        todo!()
    }

    // ---- API tokens -----------------------------------------------------------------------

    pub async fn api_token_create(
        &self,
        org: OrgId,
        name: &str,
        scope: Scope,
        token_digest: &str,
        created_by: UserId,
    ) -> Result<ApiToken> {
        todo!()
    }

    /// The unrevoked token with this digest.
    pub async fn api_token(&self, token_digest: &str) -> Result<Option<ApiToken>> {
        todo!()
    }

    pub async fn api_tokens(&self, org: OrgId) -> Result<Vec<ApiToken>> {
        todo!()
    }

    pub async fn api_token_revoke(&self, org: OrgId, id: i64) -> Result<()> {
        todo!()
    }

    // ---- services, versions, assessments ---------------------------------------------------

    /// Creates a service with its first version, in one transaction. `Conflict` when the slug is
    /// taken in the organisation. Returns the service and the version's number (1).
    pub async fn service_create(
        &self,
        org: OrgId,
        slug: &str,
        name: &str,
        first: NewVersion,
    ) -> Result<(Service, i64)> {
        todo!()
    }

    /// The organisation's services with their latest version, by name.
    pub async fn services(&self, org: OrgId) -> Result<Vec<ServiceSummary>> {
        todo!()
    }

    pub async fn service(&self, org: OrgId, slug: &str) -> Result<Option<Service>> {
        todo!()
    }

    /// Renames a service (its slug stays).
    pub async fn service_rename(&self, org: OrgId, service: ServiceId, name: &str) -> Result<()> {
        todo!()
    }

    /// Saves a new immutable version with its files and assessment, in one transaction; returns
    /// its number. `NotFound` when the service is not the organisation's.
    pub async fn version_save(
        &self,
        org: OrgId,
        service: ServiceId,
        version: NewVersion,
    ) -> Result<i64> {
        todo!()
    }

    /// The service's versions, newest first.
    pub async fn versions(&self, org: OrgId, service: ServiceId) -> Result<Vec<VersionMeta>> {
        todo!()
    }

    pub async fn version(
        &self,
        org: OrgId,
        service: ServiceId,
        number: i64,
    ) -> Result<Option<Version>> {
        todo!()
    }

    /// Stores a re-run of a version's assessment (with today's factors, say) beside the first.
    pub async fn assessment_add(
        &self,
        org: OrgId,
        service: ServiceId,
        number: i64,
        assessment: NewAssessment,
    ) -> Result<Assessment> {
        todo!()
    }

    /// Every assessment of a version, oldest first (the first is the one made when saved).
    pub async fn assessments(
        &self,
        org: OrgId,
        service: ServiceId,
        number: i64,
    ) -> Result<Vec<Assessment>> {
        todo!()
    }

    // ---- background jobs ------------------------------------------------------------------

    pub async fn job_create(
        &self,
        org: OrgId,
        service: Option<ServiceId>,
        kind: &str,
        input: &str,
        created_by: UserId,
    ) -> Result<Job> {
        todo!()
    }

    pub async fn job(&self, org: OrgId, job: JobId) -> Result<Option<Job>> {
        todo!()
    }

    pub async fn jobs(&self, org: OrgId, service: Option<ServiceId>) -> Result<Vec<Job>> {
        todo!()
    }

    /// Records a job's progress, and its result or error when it ends.
    pub async fn job_update(
        &self,
        org: OrgId,
        job: JobId,
        status: JobStatus,
        progress: i64,
        result: Option<&str>,
        error: Option<&str>,
    ) -> Result<()> {
        todo!()
    }

    /// Jobs left queued or running by a server that stopped: marked failed on start.
    pub async fn jobs_abandon(&self) -> Result<u64> {
        todo!()
    }

    // ---- maintenance ----------------------------------------------------------------------

    /// A consistent copy of a SQLite database, made while it is in use (`VACUUM INTO`).
    /// PostgreSQL deployments use `pg_dump`; this returns `Url` for them.
    pub async fn backup(&self, to: &Path) -> Result<()> {
        todo!()
    }

    /// SQLite's `PRAGMA integrity_check` (and `foreign_key_check`): the problems it lists, none
    /// when the file is sound. On PostgreSQL, checks that every version has an assessment and
    /// every service a version (the server's own invariants).
    pub async fn integrity_check(&self) -> Result<Vec<String>> {
        todo!()
    }
}
