-- 003: practice sessions (buổi học) run by the digital team, and who came.

CREATE TABLE practice_sessions (
    id         INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at   TEXT
);

CREATE TABLE session_attendance (
    session_id INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
    learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, learner_id)
);
