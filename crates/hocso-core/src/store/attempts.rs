//! Attempts, answers and completions. An answer and the attempt's new position are written
//! in one transaction, with `synchronous=FULL`: once `record_answer` returns, the answer
//! survives a crash or a power cut.

use rusqlite::{params, OptionalExtension, Row};

use crate::error::{Error, Result};

use super::{now, LearnerId, Store};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptRow {
    pub id: i64,
    pub learner_id: LearnerId,
    pub lesson_id: String,
    pub lesson_version: u32,
    /// Step ids: the pre-check items (if any), the practice steps, then the final-check
    /// items drawn for this attempt.
    pub plan: Vec<String>,
    /// How many pre-check items open the plan (0: no pre-check in this attempt).
    pub pre_steps: usize,
    /// The learner pressed "skip" on the pre-check.
    pub pre_skipped: bool,
    /// Right answers in the pre-check, once its last item is answered.
    pub pre_correct: Option<u32>,
    pub practice_steps: usize,
    pub seed: u64,
    /// Index into `plan` of the step the learner is on.
    pub position: usize,
    pub finished_at: Option<String>,
    pub score: Option<u32>,
    pub passed: Option<bool>,
}

/// One answer to record.
#[derive(Debug, Clone)]
pub struct NewAnswer<'a> {
    pub attempt_id: i64,
    pub step_id: &'a str,
    pub position: usize,
    /// The answer as JSON, as the learner gave it.
    pub answer_json: String,
    pub correct: bool,
    /// Whether the learner moves on to the next step.
    pub advance: bool,
    /// Set when this answer ends the attempt: (score in percent, passed).
    pub finish: Option<(u32, bool)>,
}

/// First tries at one step of a lesson (see [`Store::first_try_tallies`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepTally {
    pub lesson_id: String,
    pub step_id: String,
    pub answered: u32,
    pub wrong: u32,
}

/// What a learner's first attempt at a lesson measured before they practised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreCheck {
    pub lesson_id: String,
    pub result: PreResult,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreResult {
    Taken {
        correct: u32,
        total: u32,
    },
    Skipped,
    /// Started but not finished (the learner left during it).
    Unfinished,
}

impl PreResult {
    /// Whether a pass at `pass_mark` is a measured improvement: `Some(true)` when the pre-check
    /// was below the pass mark, `Some(false)` when the learner could already do it, `None` when
    /// nothing was measured.
    pub fn improved(&self, pass_mark: u32) -> Option<bool> {
        match *self {
            PreResult::Taken { correct, total } => {
                Some(crate::player::score_percent(correct as usize, total as usize) < pass_mark)
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub lesson_id: String,
    pub lesson_version: u32,
    pub score: u32,
    pub completed_at: String,
}

const SELECT_ATTEMPT: &str = "SELECT id, learner_id, lesson_id, lesson_version, plan, pre_steps, pre_skipped,
    pre_correct, practice_steps, seed, position, finished_at, score, passed FROM attempts";

fn row_to_attempt(row: &Row<'_>) -> rusqlite::Result<AttemptRow> {
    let plan: String = row.get("plan")?;
    let seed: i64 = row.get("seed")?;
    let position: i64 = row.get("position")?;
    let practice: i64 = row.get("practice_steps")?;
    Ok(AttemptRow {
        id: row.get("id")?,
        learner_id: row.get("learner_id")?,
        lesson_id: row.get("lesson_id")?,
        lesson_version: row.get("lesson_version")?,
        plan: serde_json::from_str(&plan)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e)))?,
        pre_steps: row.get::<_, i64>("pre_steps")? as usize,
        pre_skipped: row.get::<_, i64>("pre_skipped")? != 0,
        pre_correct: row.get("pre_correct")?,
        practice_steps: practice as usize,
        seed: seed as u64,
        position: position as usize,
        finished_at: row.get("finished_at")?,
        score: row.get("score")?,
        passed: row.get::<_, Option<i64>>("passed")?.map(|p| p != 0),
    })
}

impl Store {
    pub fn attempt(&self, id: i64) -> Result<AttemptRow> {
        self.conn()
            .query_row(&format!("{SELECT_ATTEMPT} WHERE id = ?1"), [id], row_to_attempt)
            .optional()?
            .ok_or(Error::AttemptNotFound(id))
    }

    /// The learner's unfinished attempt at a lesson, if any (the newest).
    pub fn open_attempt(&self, learner: LearnerId, lesson_id: &str) -> Result<Option<AttemptRow>> {
        Ok(self
            .conn()
            .query_row(
                &format!("{SELECT_ATTEMPT} WHERE learner_id = ?1 AND lesson_id = ?2 AND finished_at IS NULL ORDER BY id DESC LIMIT 1"),
                params![learner, lesson_id],
                row_to_attempt,
            )
            .optional()?)
    }

    /// The learner's newest attempt at a lesson, finished or not.
    pub fn latest_attempt(&self, learner: LearnerId, lesson_id: &str) -> Result<Option<AttemptRow>> {
        Ok(self
            .conn()
            .query_row(
                &format!("{SELECT_ATTEMPT} WHERE learner_id = ?1 AND lesson_id = ?2 ORDER BY id DESC LIMIT 1"),
                params![learner, lesson_id],
                row_to_attempt,
            )
            .optional()?)
    }

    pub fn create_attempt(
        &mut self,
        learner: LearnerId,
        lesson_id: &str,
        lesson_version: u32,
        plan: &[String],
        pre_steps: usize,
        practice_steps: usize,
        seed: u64,
    ) -> Result<AttemptRow> {
        let plan_json = serde_json::to_string(plan).map_err(|e| Error::Internal(e.to_string()))?;
        let id = self.with_tx(|tx| {
            tx.execute(
                "INSERT INTO attempts (learner_id, lesson_id, lesson_version, plan, pre_steps, practice_steps, seed,
                     started_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    learner,
                    lesson_id,
                    lesson_version,
                    plan_json,
                    pre_steps as i64,
                    practice_steps as i64,
                    seed as i64,
                    now()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.attempt(id)
    }

    /// Closes an attempt that can no longer be continued (its lesson changed version).
    pub fn abandon_attempt(&mut self, id: i64) -> Result<()> {
        self.with_tx(|tx| {
            tx.execute(
                "UPDATE attempts SET finished_at = ?2 WHERE id = ?1 AND finished_at IS NULL",
                params![id, now()],
            )?;
            Ok(())
        })
    }

    /// Records an answer, moves the attempt on, and on the last answer closes it and records
    /// the completion when passed: all in one durable transaction.
    pub fn record_answer(&mut self, answer: &NewAnswer<'_>) -> Result<AttemptRow> {
        let at = now();
        self.with_tx(|tx| {
            // Guard against a second submission of the same step (double click, two windows).
            let position: i64 = tx
                .query_row(
                    "SELECT position FROM attempts WHERE id = ?1 AND finished_at IS NULL",
                    [answer.attempt_id],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or(Error::AttemptNotFound(answer.attempt_id))?;
            if position as usize != answer.position {
                return Err(Error::StaleStep { given: answer.step_id.to_owned(), current: position.to_string() });
            }
            tx.execute(
                "INSERT INTO answers (attempt_id, step_id, position, answer, correct, answered_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    answer.attempt_id,
                    answer.step_id,
                    answer.position as i64,
                    answer.answer_json,
                    answer.correct,
                    at
                ],
            )?;
            if answer.advance {
                tx.execute("UPDATE attempts SET position = position + 1 WHERE id = ?1", [answer.attempt_id])?;
                // The pre-check's last item: keep its score with the attempt.
                tx.execute(
                    "UPDATE attempts SET pre_correct = (SELECT COUNT(*) FROM answers
                         WHERE attempt_id = ?1 AND position < ?2 AND correct = 1)
                     WHERE id = ?1 AND pre_steps = ?2 AND pre_skipped = 0",
                    params![answer.attempt_id, answer.position as i64 + 1],
                )?;
            }
            if let Some((score, passed)) = answer.finish {
                tx.execute(
                    "UPDATE attempts SET finished_at = ?2, score = ?3, passed = ?4 WHERE id = ?1",
                    params![answer.attempt_id, at, score, passed],
                )?;
                if passed {
                    tx.execute(
                        "INSERT INTO completions (learner_id, lesson_id, lesson_version, score, completed_at)
                         SELECT learner_id, lesson_id, lesson_version, ?2, ?3 FROM attempts WHERE id = ?1
                         ON CONFLICT (learner_id, lesson_id, lesson_version)
                         DO UPDATE SET score = MAX(score, excluded.score)",
                        params![answer.attempt_id, score, at],
                    )?;
                }
            }
            Ok(())
        })?;
        self.attempt(answer.attempt_id)
    }

    /// The final-check answers of an attempt: (step id, correct), in order.
    pub fn final_answers(&self, attempt: &AttemptRow) -> Result<Vec<(String, bool)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT step_id, correct FROM answers WHERE attempt_id = ?1 AND position >= ?2 ORDER BY position, id",
        )?;
        let first_final = (attempt.pre_steps + attempt.practice_steps) as i64;
        let rows = stmt.query_map(params![attempt.id, first_final], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Since `since` (RFC 3339), per lesson and step: how many learners answered it and how many
    /// of them got it wrong at their *first* try. A practice step's retries and a learner's
    /// later attempts do not count again, and pre-check answers (given before any practice)
    /// are left out.
    pub fn first_try_tallies(&self, since: &str) -> Result<Vec<StepTally>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.learner_id, a.lesson_id, s.step_id, s.correct
             FROM answers s JOIN attempts a ON a.id = s.attempt_id
             WHERE s.answered_at >= ?1 AND s.position >= a.pre_steps
             ORDER BY s.id",
        )?;
        let mut first: std::collections::BTreeMap<(i64, String, String), bool> = Default::default();
        let mut rows = stmt.query([since])?;
        while let Some(r) = rows.next()? {
            first.entry((r.get(0)?, r.get(1)?, r.get(2)?)).or_insert(r.get(3)?);
        }
        let mut tallies: std::collections::BTreeMap<(String, String), StepTally> = Default::default();
        for ((_, lesson_id, step_id), correct) in first {
            let t = tallies.entry((lesson_id.clone(), step_id.clone())).or_insert(StepTally {
                lesson_id,
                step_id,
                answered: 0,
                wrong: 0,
            });
            t.answered += 1;
            t.wrong += u32::from(!correct);
        }
        Ok(tallies.into_values().collect())
    }

    /// Skips the pre-check of an attempt that is still in it: the learner goes straight to the
    /// practice, and the pre-check is recorded as skipped (never as a fail).
    pub fn skip_pre_check(&mut self, attempt_id: i64) -> Result<AttemptRow> {
        self.with_tx(|tx| {
            tx.execute(
                "UPDATE attempts SET position = pre_steps, pre_skipped = 1
                 WHERE id = ?1 AND finished_at IS NULL AND position < pre_steps",
                [attempt_id],
            )?;
            Ok(())
        })?;
        self.attempt(attempt_id)
    }

    /// Whether the learner has ever opened this lesson (any version): a pre-check measures the
    /// "before" only on the first attempt.
    pub fn has_attempted(&self, learner: LearnerId, lesson_id: &str) -> Result<bool> {
        Ok(self
            .conn()
            .query_row(
                "SELECT 1 FROM attempts WHERE learner_id = ?1 AND lesson_id = ?2 LIMIT 1",
                params![learner, lesson_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// The learner's "before" per lesson: the pre-check of their first attempt, if they took it
    /// to the end, or `Skipped` if they skipped it.
    pub fn pre_checks(&self, learner: LearnerId) -> Result<Vec<PreCheck>> {
        Ok(self
            .all_pre_checks()?
            .into_iter()
            .filter(|((who, _), _)| *who == learner)
            .map(|((_, lesson_id), result)| PreCheck { lesson_id, result })
            .collect())
    }

    /// Every learner's "before" per lesson (see [`Store::pre_checks`]), for the export.
    pub fn all_pre_checks(&self) -> Result<std::collections::BTreeMap<(LearnerId, String), PreResult>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT learner_id, lesson_id, pre_steps, pre_skipped, pre_correct FROM attempts a
             WHERE pre_steps > 0
               AND id = (SELECT MIN(id) FROM attempts b WHERE b.learner_id = a.learner_id AND b.lesson_id = a.lesson_id)",
        )?;
        let rows = stmt.query_map([], |r| {
            let total: i64 = r.get(2)?;
            let skipped: i64 = r.get(3)?;
            let correct: Option<u32> = r.get(4)?;
            let result = match (skipped != 0, correct) {
                (true, _) => PreResult::Skipped,
                (false, Some(c)) => PreResult::Taken { correct: c, total: total as u32 },
                (false, None) => PreResult::Unfinished,
            };
            Ok(((r.get(0)?, r.get(1)?), result))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many answers an attempt holds (every try, right or wrong).
    pub fn answer_count(&self, attempt_id: i64) -> Result<usize> {
        let n: i64 =
            self.conn().query_row("SELECT COUNT(*) FROM answers WHERE attempt_id = ?1", [attempt_id], |r| r.get(0))?;
        Ok(n as usize)
    }

    pub fn completions(&self, learner: LearnerId) -> Result<Vec<Completion>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT lesson_id, lesson_version, score, completed_at FROM completions WHERE learner_id = ?1 ORDER BY lesson_id",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok(Completion {
                lesson_id: r.get(0)?,
                lesson_version: r.get(1)?,
                score: r.get(2)?,
                completed_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
