//! What the hamlet's digital team does behind the PIN: check and change the PIN (with a
//! growing wait after wrong tries), edit or remove learners, keep the hamlet profile.

use rusqlite::{params, OptionalExtension};
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

/// Settings key of the digest of the commune office's PIN recovery code.
const RECOVERY_SETTING: &str = "pin_recovery_digest";

fn recovery_digest(code: &crate::reports::HamletCode) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(format!("hocso-pin-recovery-v1\n{}", code.printed()).as_bytes()))
}

fn put(tx: &rusqlite::Transaction<'_>, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![key, value],
    )?;
    Ok(())
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
    ///
    /// - **A try is reserved before it is checked**: in one transaction the wait is checked and
    ///   the try counted as wrong; only a right PIN clears the count afterwards. Two windows (or
    ///   two apps on one database) cannot guess in parallel: the second sees the first's try.
    /// - **Broken clocks**: a clock set back (a flat CMOS battery wakes up in the year 2000)
    ///   makes the stored time meaningless: the wait starts again from the new "now", once,
    ///   never for years. A clock set forward while the app runs changes nothing, because the
    ///   app also times the wait on the monotonic clock; after a restart only the computer's
    ///   clock is left, and a wait ends early at worst (at most [`MAX_WAIT_SECS`]).
    pub fn check_pin(&mut self, pin: &str, now: u64) -> Result<()> {
        let monotonic = self.pin_monotonic;
        /// What the transaction decided: wait this long, or go on with this many tries counted.
        enum Turn {
            Wait(u64),
            Try(u32),
        }
        let turn = self.with_tx(|tx| {
            let read = |key: &str| -> Result<Option<u64>> {
                let v: Option<String> =
                    tx.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?;
                Ok(v.and_then(|v| v.parse().ok()))
            };
            let failures = read("pin_failures")?.unwrap_or(0) as u32;
            let wait = wait_after(failures);
            if let Some(last) = read("pin_last_failure")? {
                let elapsed = match (now.checked_sub(last), monotonic) {
                    // This run of the app timed the last wrong try: never more than really
                    // passed (a clock set forward changes nothing).
                    (Some(wall), Some((at, count))) if count == failures => Some(wall.min(at.elapsed().as_secs())),
                    (wall, _) => wall,
                };
                match elapsed {
                    None if wait > 0 => {
                        // The clock went back: the stored time means nothing; the wait starts
                        // again from now (committed, so that it ends).
                        put(tx, "pin_last_failure", &now.to_string())?;
                        return Ok(Turn::Wait(wait));
                    }
                    Some(e) if e < wait => return Ok(Turn::Wait((wait - e).min(MAX_WAIT_SECS))),
                    _ => {}
                }
            }
            put(tx, "pin_failures", &(failures + 1).to_string())?;
            put(tx, "pin_last_failure", &now.to_string())?;
            Ok(Turn::Try(failures + 1))
        })?;
        let failures = match turn {
            Turn::Wait(seconds) => return Err(Error::PinWait { seconds }),
            Turn::Try(failures) => failures,
        };
        self.pin_monotonic = Some((std::time::Instant::now(), failures));
        if self.pin_matches(pin)? {
            self.clear_pin_failures()?;
            return Ok(());
        }
        Err(Error::PinWrong { wait_seconds: wait_after(failures) })
    }

    fn clear_pin_failures(&mut self) -> Result<()> {
        self.pin_monotonic = None;
        self.with_tx(|tx| {
            tx.execute("DELETE FROM settings WHERE key IN ('pin_failures', 'pin_last_failure', 'pin_wait_until')", [])?;
            Ok(())
        })
    }

    /// A forgotten PIN: a new one, set with the hamlet code of the setup sheet (a hamlet
    /// computer) or the recovery code printed at setup (the commune office). The wrong tries
    /// are forgotten with it.
    pub fn reset_pin(&mut self, code: &str, new: &str, repeat: &str) -> Result<()> {
        let typed = crate::reports::HamletCode::parse(code).map_err(Error::HamletCode)?;
        let matches = match self.installation()?.ok_or(Error::NotSetUp)?.role {
            super::Role::Hamlet => self.hamlet_code()?.is_some_and(|c| c == typed),
            super::Role::Commune => {
                self.setting(RECOVERY_SETTING)?.is_some_and(|stored| stored == recovery_digest(&typed))
            }
        };
        if !matches {
            return Err(Error::WrongRecoveryCode);
        }
        self.set_new_pin(new, repeat)?;
        self.clear_pin_failures()
    }

    /// Stores a new PIN typed twice (4–8 digits, the same both times), as an argon2 hash.
    fn set_new_pin(&mut self, new: &str, repeat: &str) -> Result<()> {
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

    /// The commune office's recovery code, made at setup and shown once: only its digest is
    /// kept (100 random bits: a plain SHA-256 is enough, no guessing is within reach).
    pub(super) fn make_recovery_code(tx: &rusqlite::Transaction<'_>) -> Result<String> {
        let code = crate::reports::HamletCode::generate();
        put(tx, RECOVERY_SETTING, &recovery_digest(&code))?;
        Ok(code.printed())
    }

    /// Sets a new PIN after checking the old one.
    pub fn change_pin(&mut self, old: &str, new: &str, repeat: &str, now: u64) -> Result<()> {
        self.check_pin(old, now)?;
        self.set_new_pin(new, repeat)
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
        // Recorded first: restoring a backup taken before today must not bring them back, even
        // if the app stops right after the removal.
        self.record_removal(id.0, &created_at)?;
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
        // The times below are simulated on the wall clock: as if the app were restarted each
        // time (while it runs, the monotonic clock is never exceeded; see the forward-jump test).
        store.pin_monotonic = None;
        // Even the right PIN waits.
        assert!(matches!(store.check_pin("2468", t0 + 1), Err(Error::PinWait { seconds: 4 })));
        assert!(matches!(store.check_pin("0000", t0 + 5), Err(Error::PinWrong { wait_seconds: 10 })));
        store.pin_monotonic = None;
        assert!(matches!(store.check_pin("0000", t0 + 15), Err(Error::PinWrong { wait_seconds: 20 })));
        store.pin_monotonic = None;
        assert_eq!(wait_after(20), MAX_WAIT_SECS);
        store.check_pin("2468", t0 + 35).unwrap();
        // A right PIN starts the count again.
        assert!(matches!(store.check_pin("0000", t0 + 36), Err(Error::PinWrong { wait_seconds: 0 })));
    }

    #[test]
    fn a_clock_set_back_to_2000_restarts_the_wait_once_instead_of_locking_for_years() {
        let mut store = set_up();
        let t0 = 1_790_000_000; // late 2026
        for _ in 0..3 {
            let _ = store.check_pin("0000", t0);
        }
        // The CMOS battery went flat and the app was restarted: no monotonic record, and the
        // computer believes it is 1 January 2000.
        store.pin_monotonic = None;
        let y2000 = 946_684_800;
        assert!(matches!(store.check_pin("2468", y2000), Err(Error::PinWait { seconds: 5 })));
        assert!(matches!(store.check_pin("2468", y2000 + 2), Err(Error::PinWait { seconds: 3 })));
        store.check_pin("2468", y2000 + 5).expect("the wait ends after its 5 seconds, not in 2026");
    }

    #[test]
    fn a_clock_set_forward_while_the_app_runs_does_not_end_the_wait() {
        let mut store = set_up();
        let t0 = 1_790_000_000;
        for _ in 0..3 {
            let _ = store.check_pin("0000", t0);
        }
        // Someone moves the clock ahead, by a year or just by the wait: the app timed the wait on
        // the monotonic clock.
        assert!(matches!(store.check_pin("2468", t0 + 31_536_000), Err(Error::PinWait { .. })));
        assert!(matches!(store.check_pin("2468", t0 + 5), Err(Error::PinWait { .. })));
    }

    #[test]
    fn two_windows_cannot_guess_in_parallel_each_try_is_reserved_first() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("hocso.sqlite3");
        Store::open(&db).unwrap().set_up(&crate::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
        let t0 = 1_790_000_000;
        // Four windows guess at the same moment, each on its own connection.
        let outcomes: Vec<Result<()>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    let db = db.clone();
                    scope.spawn(move || Store::open(&db).unwrap().check_pin("0000", t0))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let wrong = outcomes.iter().filter(|o| matches!(o, Err(Error::PinWrong { .. }))).count();
        let waited = outcomes.iter().filter(|o| matches!(o, Err(Error::PinWait { .. }))).count();
        assert_eq!((wrong, waited), (3, 1), "the fourth saw the first three's tries: {outcomes:?}");
    }

    #[test]
    fn a_forgotten_pin_is_reset_with_the_hamlet_code_or_the_communes_recovery_code() {
        let code = crate::reports::HamletCode::from_seed(5);
        let mut hamlet = Store::open_in_memory().unwrap();
        hamlet.set_up(&crate::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", Some(&code))).unwrap();
        for _ in 0..5 {
            let _ = hamlet.check_pin("0000", 1_790_000_000);
        }
        let other = crate::reports::HamletCode::from_seed(6).printed();
        assert!(matches!(hamlet.reset_pin(&other, "1357", "1357"), Err(Error::WrongRecoveryCode)));
        assert!(matches!(hamlet.reset_pin("ABC", "1357", "1357"), Err(Error::HamletCode(_))));
        hamlet.reset_pin(&code.printed().to_lowercase(), "1357", "1357").unwrap();
        hamlet.check_pin("1357", 1_790_000_001).expect("the new PIN opens at once: the wait is forgotten");
        assert!(hamlet.check_pin("2468", 1_790_000_002).is_err());

        let mut commune = Store::open_in_memory().unwrap();
        let installation = commune.set_up(&crate::reports::demo::commune_setup("Xã Đầm Hà")).unwrap();
        let recovery = installation.recovery_code.expect("shown once at setup");
        assert_eq!(commune.installation().unwrap().unwrap().recovery_code, None, "never shown again");
        assert!(!commune.setting(RECOVERY_SETTING).unwrap().unwrap().contains(&recovery), "only a digest kept");
        assert!(matches!(commune.reset_pin(&code.printed(), "1357", "1357"), Err(Error::WrongRecoveryCode)));
        commune.reset_pin(&recovery, "1357", "1357").unwrap();
        commune.check_pin("1357", 1).unwrap();
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
