-- 002: hamlet exports and commune imports.

-- Each installation has a stable random id; its signing key lives in a file beside the database.
ALTER TABLE installation ADD COLUMN installation_id TEXT;

-- Keys trusted for a hamlet: the first file's key, and any other one staff confirmed
-- (another computer of the same cultural house, or a reinstalled one).
CREATE TABLE trusted_keys (
    hamlet_key  TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    trusted_at  TEXT NOT NULL,
    PRIMARY KEY (hamlet_key, public_key)
);

-- The newest export imported from each installation. A newer one replaces it whole.
CREATE TABLE imports (
    id              INTEGER PRIMARY KEY,
    installation_id TEXT NOT NULL UNIQUE,
    hamlet_key      TEXT NOT NULL,
    hamlet_name     TEXT NOT NULL,
    commune_name    TEXT NOT NULL,
    hamlet_code     TEXT,
    people_in_scope INTEGER,
    scope_label     TEXT,
    core_lessons    TEXT NOT NULL,
    exported_at     TEXT NOT NULL,
    digest          TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);
CREATE INDEX imports_by_hamlet ON imports (hamlet_key);

-- One row per person of an imported file: a one-way key, never a name.
CREATE TABLE imported_persons (
    import_id  INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    person_key TEXT NOT NULL,
    birth_year INTEGER,
    gender     TEXT,
    PRIMARY KEY (import_id, person_key)
);

CREATE TABLE imported_passes (
    import_id      INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    person_key     TEXT NOT NULL,
    lesson_id      TEXT NOT NULL,
    lesson_version INTEGER NOT NULL,
    passed_on      TEXT NOT NULL,
    score          INTEGER NOT NULL,
    PRIMARY KEY (import_id, person_key, lesson_id, lesson_version)
);
