//! Practice sessions (buổi học): the digital team starts one, ticks who came, and sees what
//! each of them did while it ran.

use rusqlite::{params, OptionalExtension};

use crate::error::{Error, Result};

use super::{now, LearnerId, Store};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeSession {
    pub id: i64,
    pub started_at: String,
    pub ended_at: Option<String>,
}

/// What one learner did during a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionActivity {
    pub learner: LearnerId,
    pub present: bool,
    /// Answers given while the session ran (every try).
    pub answers: u32,
    /// Lessons passed while the session ran.
    pub passed: Vec<String>,
}

impl Store {
    /// Starts a session now; an open one is ended first (one session at a time).
    pub fn start_session(&mut self) -> Result<PracticeSession> {
        let at = now();
        let id = self.with_tx(|tx| {
            tx.execute("UPDATE practice_sessions SET ended_at = ?1 WHERE ended_at IS NULL", [&at])?;
            tx.execute("INSERT INTO practice_sessions (started_at) VALUES (?1)", [&at])?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(PracticeSession { id, started_at: at, ended_at: None })
    }

    pub fn end_session(&mut self, id: i64) -> Result<()> {
        self.with_tx(|tx| {
            tx.execute(
                "UPDATE practice_sessions SET ended_at = ?2 WHERE id = ?1 AND ended_at IS NULL",
                params![id, now()],
            )?;
            Ok(())
        })
    }

    /// The session running now, or the last one.
    pub fn latest_session(&self) -> Result<Option<PracticeSession>> {
        Ok(self
            .conn()
            .query_row("SELECT id, started_at, ended_at FROM practice_sessions ORDER BY id DESC LIMIT 1", [], |r| {
                Ok(PracticeSession { id: r.get(0)?, started_at: r.get(1)?, ended_at: r.get(2)? })
            })
            .optional()?)
    }

    pub fn set_attendance(&mut self, session: i64, learner: LearnerId, present: bool) -> Result<()> {
        self.learner(learner)?;
        self.with_tx(|tx| {
            let exists: bool =
                tx.query_row("SELECT COUNT(*) FROM practice_sessions WHERE id = ?1", [session], |r| {
                    r.get::<_, i64>(0)
                })? > 0;
            if !exists {
                return Err(Error::SessionNotFound(session));
            }
            if present {
                tx.execute(
                    "INSERT OR IGNORE INTO session_attendance (session_id, learner_id) VALUES (?1, ?2)",
                    params![session, learner],
                )?;
            } else {
                tx.execute(
                    "DELETE FROM session_attendance WHERE session_id = ?1 AND learner_id = ?2",
                    params![session, learner],
                )?;
            }
            Ok(())
        })
    }

    /// Every learner with whether they came and what they did between the session's start and end.
    pub fn session_activity(&self, session: &PracticeSession) -> Result<Vec<SessionActivity>> {
        let until = session.ended_at.clone().unwrap_or_else(now);
        let mut out = vec![];
        for learner in self.search_learners("")? {
            let present: bool = self.conn().query_row(
                "SELECT COUNT(*) FROM session_attendance WHERE session_id = ?1 AND learner_id = ?2",
                params![session.id, learner.id],
                |r| r.get::<_, i64>(0),
            )? > 0;
            let answers: u32 = self.conn().query_row(
                "SELECT COUNT(*) FROM answers a JOIN attempts t ON t.id = a.attempt_id
                 WHERE t.learner_id = ?1 AND a.answered_at >= ?2 AND a.answered_at <= ?3",
                params![learner.id, session.started_at, until],
                |r| r.get(0),
            )?;
            let mut stmt = self.conn().prepare_cached(
                "SELECT lesson_id FROM completions WHERE learner_id = ?1 AND completed_at >= ?2 AND completed_at <= ?3
                 ORDER BY completed_at",
            )?;
            let passed = stmt
                .query_map(params![learner.id, session.started_at, until], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            out.push(SessionActivity { learner: learner.id, present, answers, passed });
        }
        Ok(out)
    }
}
