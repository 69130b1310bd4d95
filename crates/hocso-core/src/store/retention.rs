//! How long what is kept: the documented need (`docs/security.md`, "Retention").
//!
//! - Answers (which option a learner chose on each step) serve "Câu hay sai" (the last 30 days)
//!   and resuming an attempt: they are kept [`ANSWER_RETENTION_DAYS`] after the attempt ended
//!   (or, for an attempt left unfinished, after its last answer), then deleted. Attempts keep
//!   their scores and pre-check results; completions stay.
//! - A learner who has not come for [`INACTIVE_DAYS`] is listed for the facilitator, who may
//!   remove them (never automatically: the list shows who would go).

use rusqlite::params;

use crate::error::Result;

use super::{Learner, LearnerId, Store};

/// Answers of an attempt are deleted this many days after the attempt ended (about 6 months).
pub const ANSWER_RETENTION_DAYS: i64 = 183;
/// A learner with no activity for this many days (2 years) is listed as inactive.
pub const INACTIVE_DAYS: i64 = 730;

fn days_before(now: &str, days: i64) -> String {
    use time::format_description::well_known::Rfc3339;
    let at = time::OffsetDateTime::parse(now, &Rfc3339).unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    (at - time::Duration::days(days)).format(&Rfc3339).unwrap_or_default()
}

impl Store {
    /// Deletes the answers of attempts that ended (or, left unfinished, last had an answer) more
    /// than [`ANSWER_RETENTION_DAYS`] before `now` (RFC 3339). Returns how many were deleted. Run
    /// at every start.
    pub fn prune_old_answers(&mut self, now: &str) -> Result<usize> {
        let cutoff = days_before(now, ANSWER_RETENTION_DAYS);
        self.with_tx(|tx| {
            Ok(tx.execute(
                "DELETE FROM answers WHERE attempt_id IN
                     (SELECT id FROM attempts WHERE finished_at IS NOT NULL AND finished_at < ?1)
                   OR attempt_id IN
                     (SELECT attempt_id FROM answers GROUP BY attempt_id HAVING MAX(answered_at) < ?1)",
                params![cutoff],
            )?)
        })
    }

    /// Learners with no activity (registration, attempt or answer) for [`INACTIVE_DAYS`] before
    /// `now`, with the date they were last seen, oldest first.
    pub fn inactive_learners(&self, now: &str) -> Result<Vec<(Learner, String)>> {
        let cutoff = days_before(now, INACTIVE_DAYS);
        let mut stmt = self.conn().prepare(
            "SELECT l.id, MAX(l.created_at, COALESCE(MAX(t.started_at), ''), COALESCE(MAX(t.finished_at), ''),
                     COALESCE(MAX(a.answered_at), '')) AS seen
             FROM learners l LEFT JOIN attempts t ON t.learner_id = l.id
             LEFT JOIN answers a ON a.attempt_id = t.id
             GROUP BY l.id HAVING seen < ?1 ORDER BY seen",
        )?;
        let rows: Vec<(LearnerId, String)> =
            stmt.query_map([cutoff], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(|(id, seen)| Ok((self.learner(id)?, seen))).collect()
    }
}
