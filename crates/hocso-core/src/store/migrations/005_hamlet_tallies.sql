-- 005: each hamlet's counts, kept up to date by every import, so that the commune dashboard
-- reads one row per hamlet (and a few per breakdown) instead of every imported person.
-- Derived data only: deleting these rows is safe, the next report tallies again from
-- `imports`, `imported_persons` and `imported_passes`.
CREATE TABLE hamlet_tallies (
    hamlet_key      TEXT PRIMARY KEY,
    hamlet_name     TEXT NOT NULL,
    commune_name    TEXT NOT NULL,
    people_in_scope INTEGER,
    scope_label     TEXT,
    persons         INTEGER NOT NULL,
    skilled         INTEGER NOT NULL,
    -- Age bands are counted against this year; in a new year every hamlet is tallied again once.
    tallied_year    INTEGER NOT NULL
);

-- Persons and skilled persons of a hamlet by core lesson passed, by age band and by gender.
CREATE TABLE hamlet_breakdown (
    hamlet_key TEXT NOT NULL REFERENCES hamlet_tallies (hamlet_key) ON DELETE CASCADE,
    dimension  TEXT NOT NULL CHECK (dimension IN ('lesson', 'age', 'gender')),
    value      TEXT NOT NULL,
    persons    INTEGER NOT NULL,
    skilled    INTEGER NOT NULL,
    PRIMARY KEY (hamlet_key, dimension, value)
);
