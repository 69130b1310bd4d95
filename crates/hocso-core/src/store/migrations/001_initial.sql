-- 001: the first schema. Each later change is a new numbered file; never edit a shipped one.

-- This computer: its role, its hamlet or commune, the facilitator PIN (argon2 hash).
CREATE TABLE installation (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    role            TEXT NOT NULL CHECK (role IN ('hamlet', 'commune')),
    hamlet_name     TEXT,
    commune_name    TEXT NOT NULL,
    hamlet_code     TEXT,
    commune_code    TEXT,
    people_in_scope INTEGER CHECK (people_in_scope IS NULL OR people_in_scope >= 0),
    scope_label     TEXT,
    pin_hash        TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

-- The minimum the product brief allows: display name, birth year, optional gender, consent time.
-- Never an ID number, a phone number, a photo or ethnicity.
CREATE TABLE learners (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    search_key   TEXT NOT NULL,
    birth_year   INTEGER NOT NULL,
    gender       TEXT CHECK (gender IN ('female', 'male')),
    consent_at   TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

-- One go at a lesson: practice steps then the drawn final-check items (plan, JSON array of
-- step ids), and how far the learner got. Keyed by lesson id + version, never by position.
CREATE TABLE attempts (
    id             INTEGER PRIMARY KEY,
    learner_id     INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_id      TEXT NOT NULL,
    lesson_version INTEGER NOT NULL,
    plan           TEXT NOT NULL,
    practice_steps INTEGER NOT NULL,
    seed           INTEGER NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0,
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    score          INTEGER,
    passed         INTEGER
);
CREATE INDEX attempts_by_learner ON attempts (learner_id, lesson_id);

-- Every answer, committed the moment it is given.
CREATE TABLE answers (
    id          INTEGER PRIMARY KEY,
    attempt_id  INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    step_id     TEXT NOT NULL,
    position    INTEGER NOT NULL,
    answer      TEXT NOT NULL,
    correct     INTEGER NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE INDEX answers_by_attempt ON answers (attempt_id);

-- A lesson passed: the best score of the first pass is kept per lesson version.
CREATE TABLE completions (
    learner_id     INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    lesson_id      TEXT NOT NULL,
    lesson_version INTEGER NOT NULL,
    score          INTEGER NOT NULL,
    completed_at   TEXT NOT NULL,
    PRIMARY KEY (learner_id, lesson_id, lesson_version)
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
