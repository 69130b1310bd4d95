//! What the hamlet's digital team does behind the PIN: check and change the PIN (with a
//! growing wait after wrong tries), edit or remove learners, keep the hamlet profile.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, InputProblem, Result};

use super::installation::{check_pin_format, hash_pin};
use super::learners::{search_key, LearnerId, NewLearner};
use super::Store;

/// Wrong tries allowed before the first wait.
pub const FREE_TRIES: u32 = 3;
/// The longest wait, in seconds.
pub const MAX_WAIT_SECS: u64 = 300;

/// How long to wait after `failures` wrong PINs in a row: nothing for the first three, then
/// 5 s, 10 s, 20 s … up to 5 minutes.
pub fn wait_after(failures: u32) -> u64 {
    if failures < FREE_TRIES {
        return 0;
    }
    (5u64 << (failures - FREE_TRIES).min(16)).min(MAX_WAIT_SECS)
}

/// The hamlet profile the facilitator keeps: names, codes, and who counts for the criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HamletProfile {
    pub hamlet_name: String,
    pub commune_name: String,
    pub hamlet_code: Option<String>,
    pub commune_code: Option<String>,
    pub people_in_scope: Option<u32>,
    /// Who the people in scope are, e.g. "người trong độ tuổi lao động".
    pub scope_label: Option<String>,
}

impl Store {
    /// Checks the facilitator PIN at time `now` (Unix seconds). Wrong tries in a row make the
    /// next try wait longer; the wait survives a restart of the app.
    pub fn check_pin(&mut self, pin: &str, now: u64) -> Result<()> {
        let failures: u32 = self.setting("pin_failures")?.and_then(|v| v.parse().ok()).unwrap_or(0);
        let wait_until: u64 = self.setting("pin_wait_until")?.and_then(|v| v.parse().ok()).unwrap_or(0);
        if now < wait_until {
            // Never more than the longest wait, even if the clock was wrong when it was set.
            return Err(Error::PinWait { seconds: (wait_until - now).min(MAX_WAIT_SECS) });
        }
        if self.pin_matches(pin)? {
            self.set_setting("pin_failures", None)?;
            self.set_setting("pin_wait_until", None)?;
            return Ok(());
        }
        let failures = failures + 1;
        let wait = wait_after(failures);
        self.set_setting("pin_failures", Some(&failures.to_string()))?;
        self.set_setting("pin_wait_until", Some(&(now + wait).to_string()))?;
        Err(Error::PinWrong { wait_seconds: wait })
    }

    /// Sets a new PIN after checking the old one.
    pub fn change_pin(&mut self, old: &str, new: &str, repeat: &str, now: u64) -> Result<()> {
        self.check_pin(old, now)?;
        check_pin_format(new)?;
        if new != repeat {
            return Err(Error::InvalidInput(InputProblem::PinMismatch));
        }
        let hash = hash_pin(new)?;
        self.with_tx(|tx| {
            tx.execute("UPDATE installation SET pin_hash = ?1 WHERE id = 1", [hash])?;
            Ok(())
        })
    }

    /// Corrects a learner's name, birth year or gender.
    pub fn update_learner(&mut self, id: LearnerId, changed: &NewLearner) -> Result<()> {
        let (name, year) = super::learners::clean_learner(changed)?;
        self.learner(id)?;
        self.with_tx(|tx| {
            super::learners::refuse_duplicate(tx, &name, year, Some(id))?;
            tx.execute(
                "UPDATE learners SET display_name = ?2, search_key = ?3, birth_year = ?4, gender = ?5 WHERE id = ?1",
                params![id, name, search_key(&name), year, changed.gender.map(|g| g.as_str())],
            )?;
            Ok(())
        })
    }

    /// Removes a learner and every trace of them: attempts, answers, completions. With
    /// `secure_delete` on and the write-ahead log emptied, the name is gone from the file.
    pub fn remove_learner(&mut self, id: LearnerId) -> Result<()> {
        self.learner(id)?;
        let created_at: String =
            self.conn().query_row("SELECT created_at FROM learners WHERE id = ?1", [id], |r| r.get(0))?;
        self.with_tx(|tx| {
            tx.execute("DELETE FROM learners WHERE id = ?1", [id])?;
            tx.execute("DELETE FROM settings WHERE key = 'active_learner' AND value = ?1", [id.0.to_string()])?;
            Ok(())
        })?;
        self.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        if super::backup::erase_learner_from_backups(&self.path, id.0, &created_at) > 0 {
            // A backup could not be changed now (full disk, busy): tried again at each start.
            self.note_backup_erasure(id.0, &created_at)?;
        }
        Ok(())
    }

    pub fn hamlet_profile(&self) -> Result<HamletProfile> {
        self.installation()?.ok_or(Error::NotSetUp)?;
        Ok(self.conn().query_row(
            "SELECT COALESCE(hamlet_name, ''), commune_name, hamlet_code, commune_code, people_in_scope, scope_label
             FROM installation WHERE id = 1",
            [],
            |r| {
                Ok(HamletProfile {
                    hamlet_name: r.get(0)?,
                    commune_name: r.get(1)?,
                    hamlet_code: r.get(2)?,
                    commune_code: r.get(3)?,
                    people_in_scope: r.get(4)?,
                    scope_label: r.get(5)?,
                })
            },
        )?)
    }

    pub fn set_hamlet_profile(&mut self, profile: &HamletProfile) -> Result<()> {
        let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let optional = |s: &Option<String>| s.as_deref().map(clean).filter(|s| !s.is_empty());
        let hamlet = clean(&profile.hamlet_name);
        let commune = clean(&profile.commune_name);
        let role = self.installation()?.ok_or(Error::NotSetUp)?.role;
        if role == super::Role::Hamlet && hamlet.is_empty() {
            return Err(Error::InvalidInput(InputProblem::HamletRequired));
        }
        if commune.is_empty() {
            return Err(Error::InvalidInput(InputProblem::CommuneRequired));
        }
        self.with_tx(|tx| {
            tx.execute(
                "UPDATE installation SET hamlet_name = ?1, commune_name = ?2, hamlet_code = ?3, commune_code = ?4,
                     people_in_scope = ?5, scope_label = ?6 WHERE id = 1",
                params![
                    (!hamlet.is_empty()).then_some(hamlet),
                    commune,
                    optional(&profile.hamlet_code),
                    optional(&profile.commune_code),
                    profile.people_in_scope,
                    optional(&profile.scope_label),
                ],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_up() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store.set_up(&crate::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
        store
    }

    #[test]
    fn wrong_pins_make_the_next_try_wait_longer_and_longer() {
        let mut store = set_up();
        let t0 = 1_000_000;
        for _ in 0..2 {
            assert!(matches!(store.check_pin("0000", t0), Err(Error::PinWrong { wait_seconds: 0 })));
        }
        assert!(matches!(store.check_pin("0000", t0), Err(Error::PinWrong { wait_seconds: 5 })));
        // Even the right PIN waits.
        assert!(matches!(store.check_pin("2468", t0 + 1), Err(Error::PinWait { seconds: 4 })));
        assert!(matches!(store.check_pin("0000", t0 + 5), Err(Error::PinWrong { wait_seconds: 10 })));
        assert!(matches!(store.check_pin("0000", t0 + 15), Err(Error::PinWrong { wait_seconds: 20 })));
        assert_eq!(wait_after(20), MAX_WAIT_SECS);
        store.check_pin("2468", t0 + 35).unwrap();
        // A right PIN starts the count again.
        assert!(matches!(store.check_pin("0000", t0 + 36), Err(Error::PinWrong { wait_seconds: 0 })));
    }

    #[test]
    fn the_pin_can_be_changed_with_the_old_one() {
        let mut store = set_up();
        assert!(store.change_pin("1111", "1357", "1357", 0).is_err());
        store.change_pin("2468", "1357", "1357", 10).unwrap();
        store.check_pin("1357", 10).unwrap();
        assert!(store.check_pin("2468", 10).is_err());
    }

    #[test]
    fn the_hamlet_profile_is_kept_and_cleaned() {
        let mut store = set_up();
        let mut profile = store.hamlet_profile().unwrap();
        profile.people_in_scope = Some(420);
        profile.scope_label = Some("  người trong độ tuổi   lao động ".into());
        profile.hamlet_code = Some("".into());
        store.set_hamlet_profile(&profile).unwrap();
        let kept = store.hamlet_profile().unwrap();
        assert_eq!(kept.people_in_scope, Some(420));
        assert_eq!(kept.scope_label.as_deref(), Some("người trong độ tuổi lao động"));
        assert_eq!(kept.hamlet_code, None);
    }
}
