-- sero's database on SQLite: the first schema. Times are milliseconds since the Unix epoch,
-- booleans 0 or 1. Secrets are SHA-256 digests (lowercase hex) of the token a person holds.
-- The PostgreSQL schema (migrations/postgres) has the same tables, columns and constraints.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    -- stored in lowercase: emails compare case-blind
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    created_at INTEGER NOT NULL
);

-- The one-time token that creates the first administrator: one row at most.
CREATE TABLE setup_tokens (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token_digest TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

CREATE TABLE sessions (
    token_digest TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE orgs (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE memberships (
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE invites (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    token_digest TEXT NOT NULL UNIQUE,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    accepted_at INTEGER,
    accepted_by INTEGER REFERENCES users (id)
);
CREATE INDEX invites_org ON invites (org_id);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    token_digest TEXT NOT NULL UNIQUE,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX api_tokens_org ON api_tokens (org_id);

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    -- the number of the latest version (0 only inside the transaction that creates it)
    latest INTEGER NOT NULL DEFAULT 0 CHECK (latest >= 0),
    UNIQUE (org_id, slug)
);

-- Versions, their files and assessments are immutable: rows are only ever added.
CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    author_user INTEGER REFERENCES users (id),
    author_token INTEGER REFERENCES api_tokens (id),
    message TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('yaml', 'toml', 'json')),
    created_at INTEGER NOT NULL,
    -- large values last: SQLite reads the columns before them without their overflow pages
    manifest TEXT NOT NULL,
    CHECK ((author_user IS NULL) <> (author_token IS NULL)),
    UNIQUE (service_id, number)
);

CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cloud', 'inventory', 'page', 'journey', 'energy', 'activity')),
    content BLOB NOT NULL,
    UNIQUE (version_id, name)
);

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions (id) ON DELETE CASCADE,
    factor_edition TEXT NOT NULL,
    samples INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    total_kg REAL NOT NULL,
    low_kg REAL NOT NULL,
    high_kg REAL NOT NULL,
    per_transaction_kg REAL,
    created_at INTEGER NOT NULL,
    result TEXT NOT NULL
);
CREATE INDEX assessments_version ON assessments (version_id);

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    service_id INTEGER REFERENCES services (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    input TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    result TEXT,
    error TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX jobs_org ON jobs (org_id);
CREATE INDEX jobs_status ON jobs (status);
