-- 009: hamlet codes. The commune issues each of its hamlets a secret code; person keys and
-- file tags are keyed from it (see docs/export-format.md and docs/security.md).

-- A hamlet computer: its code (printed form) and the code's public id. Empty until the code
-- is typed; such a computer teaches but does not export.
ALTER TABLE installation ADD COLUMN hamlet_code_secret TEXT;
ALTER TABLE installation ADD COLUMN code_id TEXT;

-- The commune office: its hamlets, by their official names, and the people in scope the
-- commune counts from its own registers (never a figure a file declares).
CREATE TABLE commune_hamlets (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    -- The name folded (no accents, case or kind word), so that one hamlet is not added twice.
    name_key        TEXT NOT NULL UNIQUE,
    people_in_scope INTEGER CHECK (people_in_scope IS NULL OR people_in_scope >= 0),
    scope_label     TEXT,
    added_at        TEXT NOT NULL
);

-- Every code the commune issued, kept: the newest of a hamlet is its current one; an older one
-- was replaced (it leaked, or was lost) and its files are no longer accepted.
CREATE TABLE hamlet_codes (
    code_id     TEXT PRIMARY KEY,
    hamlet_id   INTEGER NOT NULL REFERENCES commune_hamlets (id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    replaced_at TEXT
);
CREATE INDEX hamlet_codes_by_hamlet ON hamlet_codes (hamlet_id);

-- Computers the commune retired ("Thay máy"): their files are refused from then on.
CREATE TABLE retired_installations (
    installation_id TEXT PRIMARY KEY,
    hamlet_key      TEXT NOT NULL,
    retired_at      TEXT NOT NULL
);

-- Each kept file says under which code it came; persons carry an age band, not a birth year.
ALTER TABLE imports ADD COLUMN code_id TEXT;
ALTER TABLE imported_persons ADD COLUMN age_band TEXT;
-- The hamlet's own figure of people in scope, shown beside the commune's ("thôn báo: N").
ALTER TABLE hamlet_tallies ADD COLUMN reported_scope INTEGER;

-- Files of schema 2 and 3 were keyed without a code: anyone with a resident list could
-- re-identify their persons. They are removed here; the hamlet computers hold the learners and
-- export again under their code. Trust on first use is gone with them: a file is trusted
-- because it carries its hamlet code's tag.
DELETE FROM imported_passes;
DELETE FROM imported_persons;
DELETE FROM imports;
DELETE FROM trusted_keys;
DELETE FROM hamlet_breakdown;
DELETE FROM hamlet_tallies;
