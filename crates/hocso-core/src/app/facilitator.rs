//! Facilitator mode (behind the PIN) and the commune office's dashboard.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::ArgValue;
use crate::reports;
use crate::store::{HamletProfile, LearnerId, NewLearner, Role};
use crate::views::{FacilitatorView, GridLesson, GridRow, HardItem, HardItemsView, HardLesson, ImportResultView};

use super::HocSo;

/// The "what the group finds hard" report looks this many days back…
const HARD_ITEMS_DAYS: i64 = 30;
/// …at steps at least this many learners answered (one wrong try of one person is no pattern)…
const HARD_ITEMS_MIN_ANSWERS: u32 = 3;
/// …and shows at most this many per lesson.
const HARD_ITEMS_PER_LESSON: usize = 5;

pub(super) fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

impl HocSo {
    /// Facilitator mode is open and was used within the idle time: this action counts as use.
    /// After the idle time it closes for good (the PIN is asked again), whatever the page shows.
    pub(super) fn require_facilitator(&self) -> Result<()> {
        match self.window.facilitator.get() {
            Some(last) if self.still_open(last) => {
                self.window.facilitator.set(Some((std::time::Instant::now(), std::time::SystemTime::now())));
                Ok(())
            }
            _ => {
                self.window.facilitator.set(None);
                Err(Error::FacilitatorLocked)
            }
        }
    }

    /// Facilitator mode is open (and this counts as use): for a shell's own facilitator action,
    /// such as starting the hub's server before the core opens the hub.
    pub fn check_facilitator(&self) -> Result<()> {
        self.require_facilitator()
    }

    /// Whether facilitator mode is still open, without counting as use (the page asks every few
    /// seconds, so that the screen closes by itself too). Closes it when the idle time is over.
    pub fn facilitator_open(&self) -> bool {
        match self.window.facilitator.get() {
            Some(last) if self.still_open(last) => true,
            _ => {
                self.window.facilitator.set(None);
                false
            }
        }
    }

    /// Used within the idle time on both clocks: the monotonic one (a clock set back changes
    /// nothing) and the wall clock (the monotonic clock stops while the computer sleeps; a clock
    /// set forward only locks sooner).
    fn still_open(&self, (at, wall): (std::time::Instant, std::time::SystemTime)) -> bool {
        let asleep_or_not = wall.elapsed().map(|e| e <= self.idle).unwrap_or(true);
        at.elapsed() <= self.idle && asleep_or_not
    }

    /// Shortens or lengthens the idle time (tests).
    pub fn set_facilitator_idle(&mut self, idle: std::time::Duration) {
        self.idle = idle;
    }

    /// Opens facilitator mode with the PIN (wrong tries wait longer and longer).
    pub fn unlock(&mut self, pin: &str) -> Result<FacilitatorView> {
        self.store.check_pin(pin, unix_now())?;
        self.window.facilitator.set(Some((std::time::Instant::now(), std::time::SystemTime::now())));
        self.facilitator_view()
    }

    pub fn lock(&mut self) {
        self.window.facilitator.set(None);
    }

    pub fn change_pin(&mut self, old: &str, new: &str, repeat: &str) -> Result<()> {
        self.require_facilitator()?;
        self.store.change_pin(old, new, repeat, unix_now())
    }

    /// "38% → 100%" under a lesson in the grid: the pre-check, then the pass; "bỏ qua" when
    /// the pre-check was skipped; nothing when none was offered.
    fn before_after_cell(&self, pre: Option<crate::store::PreResult>, passed_score: Option<u32>) -> Option<String> {
        use crate::store::PreResult;
        // Not passed yet: "38% → …".
        let after = passed_score.map(|s| format!("{s}%")).unwrap_or_else(|| "…".to_owned());
        match pre? {
            PreResult::Taken { correct, total } => {
                let before = crate::player::score_percent(correct as usize, total as usize);
                Some(format!("{before}% → {after}"))
            }
            PreResult::Skipped => Some(self.texts.get("facilitator-pre-check-skipped")),
            PreResult::Unfinished => None,
        }
    }

    /// The hamlet at a glance: every learner against every lesson, who reached the skill level.
    pub fn facilitator_view(&self) -> Result<FacilitatorView> {
        self.require_facilitator()?;
        let installation = self.store.installation()?.ok_or(Error::NotSetUp)?;
        let locale = self.texts.locale();
        let lessons: Vec<&crate::lessons::Lesson> = self.library.lessons.iter().collect();
        let core = &self.library.catalog.core;
        let mut rows = vec![];
        for learner in self.store.search_learners("")? {
            let completions = self.store.completions(learner.id)?;
            let pre_checks = self.store.pre_checks(learner.id)?;
            let mut cells = vec![];
            let mut measures = vec![];
            for lesson in &lessons {
                let (state, score) = self.lesson_state(learner.id, lesson, &completions)?;
                cells.push(state);
                let pre = pre_checks.iter().find(|p| p.lesson_id == lesson.id.as_str()).map(|p| p.result);
                measures.push(self.before_after_cell(pre, score));
            }
            let skilled =
                !core.is_empty() && core.iter().all(|c| completions.iter().any(|done| done.lesson_id == c.as_str()));
            rows.push(GridRow { learner: self.card(&learner), gender: learner.gender, cells, measures, skilled });
        }
        let skilled = rows.iter().filter(|r| r.skilled).count();
        let profile = self.store.hamlet_profile()?;
        let summary = self.texts.format(
            "facilitator-summary",
            &[
                ("skilled", skilled.into()),
                ("learners", rows.len().into()),
                ("scope", ArgValue::Number(f64::from(profile.people_in_scope.unwrap_or(0)))),
            ],
        );
        Ok(FacilitatorView {
            role: installation.role,
            profile,
            lessons: lessons
                .iter()
                .map(|l| GridLesson { id: l.id.to_string(), title: l.texts(locale).get("lesson-title"), core: l.core })
                .collect(),
            rows,
            skilled: skilled as u32,
            summary,
            code_check_value: self.store.hamlet_code()?.map(|c| c.check_value()),
        })
    }

    pub fn update_learner(&mut self, id: LearnerId, changed: &NewLearner) -> Result<FacilitatorView> {
        self.require_facilitator()?;
        self.store.update_learner(id, changed)?;
        self.facilitator_view()
    }

    /// Learners who have not come for two years (`store::retention::INACTIVE_DAYS`): who would go
    /// if the facilitator removes them.
    pub fn inactive_learners(&self) -> Result<crate::views::InactiveView> {
        self.require_facilitator()?;
        let rows = self
            .store
            .inactive_learners(&crate::store::now())?
            .into_iter()
            .map(|(learner, seen)| crate::views::InactiveRow {
                last_seen: self.texts.format("inactive-last-seen", &[("when", super::vietnam_time(&seen).into())]),
                learner: self.card(&learner),
            })
            .collect();
        Ok(crate::views::InactiveView {
            intro: self.texts.format(
                "inactive-intro",
                &[("years", ArgValue::from((crate::store::retention::INACTIVE_DAYS / 365) as u32))],
            ),
            rows,
        })
    }

    /// Removes the learners listed as inactive that the facilitator confirmed (each still
    /// inactive now), completely, as "Xóa" does.
    pub fn remove_inactive(&mut self, ids: &[LearnerId]) -> Result<FacilitatorView> {
        self.require_facilitator()?;
        let inactive: Vec<LearnerId> =
            self.store.inactive_learners(&crate::store::now())?.into_iter().map(|(l, _)| l.id).collect();
        for id in ids.iter().filter(|id| inactive.contains(id)) {
            self.store.remove_learner(*id)?;
            self.forget_phone_learners(&[*id]);
        }
        self.facilitator_view()
    }

    /// Erases a learner completely (their answers included).
    pub fn remove_learner(&mut self, id: LearnerId) -> Result<FacilitatorView> {
        self.require_facilitator()?;
        self.store.remove_learner(id)?;
        self.forget_phone_learners(&[id]);
        self.facilitator_view()
    }

    pub fn set_hamlet_profile(&mut self, profile: &HamletProfile) -> Result<FacilitatorView> {
        self.require_facilitator()?;
        self.store.set_hamlet_profile(profile)?;
        self.facilitator_view()
    }

    /// Writes this hamlet's signed export to `out` (a USB stick, through the file dialog).
    pub fn export_to(&mut self, out: &Path) -> Result<String> {
        self.require_facilitator()?;
        let database = self.store.path().to_owned();
        let (export, summary) = reports::export_to_file(&mut self.store, &self.library, &database, out)?;
        Ok(self.texts.format(
            "facilitator-exported",
            &[
                ("persons", export.body.totals.persons.into()),
                ("skilled", summary.total.skilled.into()),
                ("file", out.display().to_string().into()),
            ],
        ))
    }

    /// Imports hamlet files (the commune office, or this hamlet's other computers).
    pub fn import(&mut self, files: &[PathBuf]) -> Result<Vec<ImportResultView>> {
        self.require_facilitator()?;
        // Nothing is written before the files are checked (the catalogue is stored at setup and
        // by the dashboard).
        let report = reports::import_files(&mut self.store, files)?;
        Ok(report
            .files
            .iter()
            .map(|(path, outcome)| ImportResultView {
                file: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                message: outcome.message(&self.texts),
                refused: outcome.is_refused(),
            })
            .collect())
    }

    /// What the group finds hard: per lesson, the graded steps most often answered wrong at the
    /// first try in the last `HARD_ITEMS_DAYS` days (at least `HARD_ITEMS_MIN_ANSWERS` learners
    /// answered them), worst first, at most `HARD_ITEMS_PER_LESSON` per lesson.
    pub fn hard_items(&self) -> Result<HardItemsView> {
        self.require_facilitator()?;
        let since = time::OffsetDateTime::now_utc() - time::Duration::days(HARD_ITEMS_DAYS);
        let since_text =
            since.format(&time::format_description::well_known::Rfc3339).map_err(|e| Error::Internal(e.to_string()))?;
        let tallies = self.store.first_try_tallies(&since_text)?;
        let locale = self.texts.locale();
        let mut lessons = vec![];
        for lesson in &self.library.lessons {
            let texts = lesson.texts(locale);
            let mut items: Vec<HardItem> = tallies
                .iter()
                .filter(|t| t.lesson_id == lesson.id.as_str() && t.wrong > 0 && t.answered >= HARD_ITEMS_MIN_ANSWERS)
                .filter_map(|t| {
                    let step = lesson.step(&t.step_id)?;
                    let text = crate::player::question_text(step, &texts)?;
                    let label = self
                        .texts
                        .format("hard-items-count", &[("wrong", t.wrong.into()), ("answered", t.answered.into())]);
                    Some(HardItem { step_id: t.step_id.clone(), text, answered: t.answered, wrong: t.wrong, label })
                })
                .collect();
            // Worst share first; with the same share, the one more people met.
            items.sort_by(|a, b| {
                (u64::from(b.wrong) * u64::from(a.answered))
                    .cmp(&(u64::from(a.wrong) * u64::from(b.answered)))
                    .then(b.answered.cmp(&a.answered))
            });
            items.truncate(HARD_ITEMS_PER_LESSON);
            if !items.is_empty() {
                lessons.push(HardLesson { lesson_id: lesson.id.to_string(), title: texts.get("lesson-title"), items });
            }
        }
        let period = self.texts.format(
            "hard-items-period",
            &[
                ("days", ArgValue::from(HARD_ITEMS_DAYS as u32)),
                ("since", crate::app::vietnam_time(&since_text).into()),
            ],
        );
        Ok(HardItemsView { period, lessons })
    }

    /// "Back up now": a copy of the whole database at `out`.
    pub fn backup_to(&mut self, out: &Path) -> Result<String> {
        self.require_facilitator()?;
        self.store.usb_backup_to(out)?;
        Ok(self.texts.format("facilitator-backed-up", &[("file", out.display().to_string().into())]))
    }

    /// Replaces all data with a backup the facilitator chose (checked first; a damaged or
    /// foreign file changes nothing).
    pub fn restore_backup(&mut self, backup: &Path) -> Result<FacilitatorView> {
        self.require_facilitator()?;
        self.store.restore_from(backup)?;
        // The phones' learners and attempts are those of the data replaced.
        self.close_phone_hub();
        self.store.set_setting("active_attempt", None)?;
        self.store.set_setting("active_learner", None)?;
        self.facilitator_view()
    }

    pub fn role(&self) -> Result<Option<Role>> {
        Ok(self.store.installation()?.map(|i| i.role))
    }
}
