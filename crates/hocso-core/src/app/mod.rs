//! [`HocSo`]: one object holding the store, the lessons and the language, with one method per
//! thing a person can do. The desktop shell calls these and nothing else.

use std::path::Path;

use crate::error::{Error, Result};
use crate::i18n::{AppTexts, ArgValue, Locale, Texts};
use crate::lessons::{Answer, LessonLibrary};
use crate::player;
use crate::store::{Learner, LearnerId, NewLearner, Role, Setup, Store};
use crate::views::{
    AnswerOutcome, LearnerCard, LessonCard, LessonListView, LessonState, PlayerView, StartView, TopicView,
};

const SETTING_LOCALE: &str = "locale";
/// The learner at the computer. Cleared when they leave or the window is closed normally;
/// still set after a crash, so the app reopens them where they were.
const SETTING_ACTIVE_LEARNER: &str = "active_learner";
/// The attempt on screen. Set when a lesson is opened, cleared when the learner goes back to
/// the list, finishes the lesson or leaves: after a crash, exactly this attempt is reopened.
const SETTING_ACTIVE_ATTEMPT: &str = "active_attempt";
/// The day old answers were last pruned.
const SETTING_PRUNED_ON: &str = "answers_pruned_on";

mod commune;
mod facilitator;
mod my_data;
pub mod phones;
mod seat;
mod sessions;
mod shared;
mod speech;

pub use commune::{read_setup_file, SetupSheet, SETUP_FILE_FORMAT};

pub use seat::Seat;
pub use sessions::{vietnam_time, PICKER_LIST_ALL_UP_TO};
pub use shared::SharedHocSo;

/// Facilitator mode closes by itself after this long without a facilitator action.
pub const FACILITATOR_IDLE: std::time::Duration = std::time::Duration::from_secs(10 * 60);

/// The idle time in force: [`FACILITATOR_IDLE`], or in a debug build the seconds in
/// `HOCSO_FACILITATOR_IDLE_SECONDS` (the end-to-end tests shorten it; a release build ignores it).
fn facilitator_idle() -> std::time::Duration {
    let shortened = cfg!(debug_assertions)
        .then(|| std::env::var("HOCSO_FACILITATOR_IDLE_SECONDS").ok()?.parse::<u64>().ok())
        .flatten();
    shortened.map(std::time::Duration::from_secs).unwrap_or(FACILITATOR_IDLE)
}

/// The state shared by everyone using this computer's data: the store, the lessons and the
/// language. Who is acting is a [`Seat`]: the computer's own window (its state is
/// [`WindowSession`]) or a phone that joined the hub (its state is in [`phones::PhoneHub`]).
pub struct HocSo {
    store: Store,
    library: LessonLibrary,
    texts: Texts,
    /// The offline voice (espeak-ng, found once at start).
    voice: crate::speech::Voice,
    /// The person at the computer's own window.
    window: WindowSession,
    idle: std::time::Duration,
    /// "Học trên điện thoại": open while the hub serves phones during a practice session.
    phones: Option<phones::PhoneHub>,
}

/// What belongs to the computer's own window and to no phone: facilitator mode and a consent
/// in progress. A phone can never reach these (it registers nobody and has no PIN).
#[derive(Default)]
struct WindowSession {
    /// Facilitator mode is open (the PIN was given) since the last facilitator action, on the
    /// monotonic clock (a computer clock set back or forward changes nothing); closed when a
    /// learner is chosen, on "lock", or after `idle` without an action.
    facilitator: std::cell::Cell<Option<(std::time::Instant, std::time::SystemTime)>>,
    /// When the person at the computer agreed on the consent screen; used up by the next
    /// `create_learner`, so that no learner record exists without a consent given first.
    consent_given_at: Option<String>,
    /// When the facilitator confirmed (with the PIN) that a parent or guardian agreed, for the
    /// child being registered now; used up with the consent.
    guardian_confirmed_at: Option<String>,
    /// The language the consent text was shown in when they agreed.
    consent_locale: Option<Locale>,
}

impl HocSo {
    /// Opens the database (creating it on first run) and loads the lessons.
    pub fn open(database: &Path, lessons: &Path) -> Result<HocSo> {
        let mut store = Store::open(database)?;
        crate::store::remove_leftover_plain_copies(database);
        // The day's automatic backup (the last 7 are kept), after retrying any removal a backup
        // still held. A failure here must not stop the learners; the facilitator's "back up
        // now" reports errors.
        let today = crate::store::now().get(..10).unwrap_or_default().to_owned();
        let _ = store.daily_backup(&today);
        // Answers are kept only as long as they are needed (docs/security.md, "Retention"):
        // pruned at the first start of each day (the scan is not repeated at every start).
        if store.setting(SETTING_PRUNED_ON).ok().flatten().as_deref() != Some(today.as_str())
            && store.prune_old_answers(&crate::store::now()).is_ok()
        {
            let _ = store.set_setting(SETTING_PRUNED_ON, Some(&today));
        }
        Ok(Self::with_store(store, LessonLibrary::load(lessons)))
    }

    pub fn with_store(store: Store, library: LessonLibrary) -> HocSo {
        let locale = store
            .setting(SETTING_LOCALE)
            .ok()
            .flatten()
            .and_then(|c| Locale::from_code(&c))
            .unwrap_or(Locale::REFERENCE);
        HocSo {
            store,
            library,
            texts: AppTexts::load(locale),
            voice: crate::speech::Voice::find(),
            window: WindowSession::default(),
            idle: facilitator_idle(),
            phones: None,
        }
    }

    pub fn texts(&self) -> &Texts {
        &self.texts
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn library(&self) -> &LessonLibrary {
        &self.library
    }

    pub fn start_view(&self) -> Result<StartView> {
        let installation = self.store.installation()?;
        let resume = self.attempt_to_resume()?;
        let place = installation.as_ref().map(|i| match (&i.role, &i.hamlet_name) {
            (Role::Hamlet, Some(h)) => self.texts.format(
                "place-hamlet",
                &[("hamlet", ArgValue::Text(h.clone())), ("commune", ArgValue::Text(i.commune_name.clone()))],
            ),
            _ => self.texts.format("place-commune", &[("commune", ArgValue::Text(i.commune_name.clone()))]),
        });
        Ok(StartView {
            locale: self.texts.locale(),
            texts: AppTexts::static_messages(self.texts.locale()),
            setup_needed: installation.is_none(),
            role: installation.map(|i| i.role),
            place,
            resume,
            problems: self.library.problems.iter().map(|p| p.to_view(&self.texts)).collect(),
            recovery_code: None,
        })
    }

    /// The attempt that was on screen when the app stopped without a normal close.
    fn attempt_to_resume(&self) -> Result<Option<PlayerView>> {
        let (Some(learner), Some(attempt_id)) = (self.active_learner()?, self.setting_id(SETTING_ACTIVE_ATTEMPT)?)
        else {
            return Ok(None);
        };
        if self.check_consent(&learner).is_err() {
            return Ok(None); // asked again on the picker first
        }
        let attempt = match self.store.attempt(attempt_id) {
            Ok(a) => a,
            Err(Error::AttemptNotFound(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        if attempt.learner_id != learner.id || attempt.finished_at.is_some() {
            return Ok(None);
        }
        match self.library.lesson(&attempt.lesson_id) {
            Some(lesson) if lesson.version == attempt.lesson_version => {
                Ok(Some(player::player_view(&self.store, lesson, &attempt, self.card(&learner), &self.texts)?))
            }
            _ => Ok(None),
        }
    }

    fn setting_id(&self, key: &str) -> Result<Option<i64>> {
        Ok(self.store.setting(key)?.and_then(|v| v.parse().ok()))
    }

    pub fn set_locale(&mut self, locale: Locale) -> Result<StartView> {
        self.store.set_setting(SETTING_LOCALE, Some(locale.code()))?;
        self.texts = AppTexts::load(locale);
        self.start_view()
    }

    pub fn set_up(&mut self, setup: &Setup) -> Result<StartView> {
        let installation = self.store.set_up(setup)?;
        // The commune's criterion takes its core lessons and skills from this catalogue.
        crate::reports::set_criterion_catalogue(&mut self.store, &self.library)?;
        let mut view = self.start_view()?;
        view.recovery_code = installation.recovery_code;
        Ok(view)
    }

    /// A forgotten PIN, reset with the hamlet code of the setup sheet (or the commune office's
    /// recovery code). Needs no PIN, by nature; the code is 100 random bits.
    pub fn reset_pin(&mut self, code: &str, new: &str, repeat: &str) -> Result<()> {
        self.store.reset_pin(code, new, repeat)
    }

    fn card(&self, learner: &Learner) -> LearnerCard {
        LearnerCard {
            id: learner.id,
            name: learner.display_name.clone(),
            birth_year: learner.birth_year,
            detail: self.texts.format("learner-born", &[("year", ArgValue::Number(f64::from(learner.birth_year)))]),
            picture: learner.settings.picture.clone(),
            picture_name: learner.settings.picture.as_ref().map(|p| self.texts.get(&format!("picture-{p}"))),
            settings: learner.settings.clone(),
        }
    }

    /// [`HocSo::save_learner_settings_at`] the window.
    pub fn save_learner_settings(
        &mut self,
        id: LearnerId,
        settings: &crate::store::LearnerSettings,
    ) -> Result<LearnerCard> {
        self.save_learner_settings_at(Seat::WINDOW, id, settings)
    }

    fn active_learner(&self) -> Result<Option<Learner>> {
        let Some(id) = self.setting_id(SETTING_ACTIVE_LEARNER)? else { return Ok(None) };
        match self.store.learner(LearnerId(id)) {
            Ok(l) => Ok(Some(l)),
            Err(Error::LearnerNotFound(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Every learner matching `query`, with birth years: facilitator mode only (the picker
    /// shows names by [`HocSo::picker`]'s rule).
    pub fn search_learners(&self, query: &str) -> Result<Vec<LearnerCard>> {
        self.require_facilitator()?;
        Ok(self.store.search_learners(query)?.iter().map(|l| self.card(l)).collect())
    }

    /// The person at the computer agreed on the consent screen.
    pub fn give_consent(&mut self) {
        self.window.consent_given_at = Some(crate::store::now());
        self.window.consent_locale = Some(self.texts.locale());
    }

    /// The person declined, or went back: no learner may be created until they agree.
    pub fn withdraw_consent(&mut self) {
        self.window.consent_given_at = None;
        self.window.guardian_confirmed_at = None;
        self.window.consent_locale = None;
    }

    /// The facilitator confirms, with the PIN, that a parent or guardian of the child being
    /// registered (or asked again) agreed. Recorded with the learner as such.
    pub fn confirm_guardian(&mut self, pin: &str) -> Result<()> {
        self.store.check_pin(pin, facilitator::unix_now())?;
        self.window.guardian_confirmed_at = Some(crate::store::now());
        Ok(())
    }

    /// The consent as given just now, for a learner born in `birth_year`.
    /// The consent stays for the person still filling the form after a refusal (a name to
    /// correct) and is used up by a registration; a guardian's confirmation is used up by any
    /// try, so that it is never left armed for whoever comes next (the PIN is asked again).
    fn consent_now(&mut self, birth_year: i32) -> Result<crate::store::Consent> {
        let guardian = self.window.guardian_confirmed_at.take();
        let at = self.window.consent_given_at.clone();
        let locale = self.window.consent_locale.unwrap_or(self.texts.locale());
        let at = at.ok_or(Error::InvalidInput(crate::InputProblem::ConsentRequired))?;
        let child = time::OffsetDateTime::now_utc().year() - birth_year < crate::store::GUARDIAN_AGE;
        Ok(crate::store::Consent {
            guardian_at: if child { guardian } else { None },
            ..crate::store::Consent::adult(&at, locale)
        })
    }

    /// Whether a learner may go on: agreed to the text in force, and (a child) with a guardian's
    /// consent on record. Otherwise they are asked again first.
    fn check_consent(&self, learner: &Learner) -> Result<()> {
        let child_without_guardian = learner.is_child() && learner.guardian_consent_at.is_none();
        if learner.consent_text.as_deref() != Some(crate::store::CONSENT_TEXT) || child_without_guardian {
            return Err(Error::ConsentOutdated { child: learner.is_child() });
        }
        Ok(())
    }

    /// A returning learner agreed again to the consent text in force; then they go on.
    pub fn renew_consent(&mut self, id: LearnerId) -> Result<LessonListView> {
        let learner = self.store.learner(id)?;
        let consent = self.consent_now(learner.birth_year)?;
        self.store.renew_consent(id, &consent)?;
        self.window.consent_given_at = None;
        self.window.consent_locale = None;
        self.choose_learner(id)
    }

    /// Registers a learner. Refused unless consent was given on the consent screen just
    /// before; the consent time stored is the moment they agreed.
    pub fn create_learner(&mut self, new: &NewLearner) -> Result<LearnerCard> {
        if self.store.installation()?.is_none() {
            return Err(Error::NotSetUp);
        }
        let consent = self.consent_now(new.birth_year)?;
        let learner = self.store.create_learner(new, &consent)?;
        self.window.consent_given_at = None;
        self.window.consent_locale = None;
        Ok(self.card(&learner))
    }

    /// A learner sits down at the computer: remembered until they leave.
    pub fn choose_learner(&mut self, id: LearnerId) -> Result<LessonListView> {
        self.window.facilitator.set(None);
        let learner = self.store.learner(id)?;
        // A changed consent text is shown again, once, before they go on.
        self.check_consent(&learner)?;
        self.store.set_setting(SETTING_ACTIVE_LEARNER, Some(&id.0.to_string()))?;
        self.lesson_list_for(&learner)
    }

    /// The learner leaves (or the window is closed normally).
    pub fn leave_learner(&mut self) -> Result<()> {
        self.store.set_setting(SETTING_ACTIVE_ATTEMPT, None)?;
        self.store.set_setting(SETTING_ACTIVE_LEARNER, None)
    }

    /// [`HocSo::lesson_list_at`] the window.
    pub fn lesson_list(&mut self, id: LearnerId) -> Result<LessonListView> {
        self.lesson_list_at(Seat::WINDOW, id)
    }

    /// Where a learner stands with a lesson's current version, and their score if passed.
    fn lesson_state(
        &self,
        learner: LearnerId,
        lesson: &crate::lessons::Lesson,
        completions: &[crate::store::Completion],
    ) -> Result<(LessonState, Option<u32>)> {
        let passed =
            completions.iter().find(|c| c.lesson_id == lesson.id.as_str() && c.lesson_version == lesson.version);
        if let Some(c) = passed {
            return Ok((LessonState::Passed, Some(c.score)));
        }
        let latest = self.store.latest_attempt(learner, lesson.id.as_str())?;
        Ok((
            match latest {
                Some(a) if a.finished_at.is_none() && a.lesson_version == lesson.version => LessonState::InProgress,
                Some(a) if a.lesson_version == lesson.version && a.passed == Some(false) => LessonState::NotPassedYet,
                _ => LessonState::NotStarted,
            },
            None,
        ))
    }

    fn lesson_list_for(&self, learner: &Learner) -> Result<LessonListView> {
        let completions = self.store.completions(learner.id)?;
        let catalog_texts = self.library.catalog.texts(self.texts.locale());
        let mut topics = vec![];
        for topic in &self.library.catalog.topics {
            let mut lessons = vec![];
            for id in &topic.lessons {
                let Some(lesson) = self.library.lesson(id.as_str()) else { continue };
                let texts = lesson.texts(self.texts.locale());
                let (state, score) = self.lesson_state(learner.id, lesson, &completions)?;
                let state_label = match state {
                    LessonState::Passed => {
                        self.texts.format("lesson-state-passed", &[("score", ArgValue::from(score.unwrap_or(0)))])
                    }
                    LessonState::InProgress => self.texts.get("lesson-state-in-progress"),
                    LessonState::NotPassedYet => self.texts.get("lesson-state-not-passed"),
                    LessonState::NotStarted => self.texts.get("lesson-state-not-started"),
                };
                lessons.push(LessonCard {
                    id: lesson.id.to_string(),
                    title: texts.get("lesson-title"),
                    summary: texts.get("lesson-summary"),
                    core: lesson.core,
                    minutes: lesson
                        .minutes
                        .map(|m| self.texts.format("lesson-minutes", &[("minutes", ArgValue::from(m))])),
                    state,
                    state_label,
                });
            }
            topics.push(TopicView {
                id: topic.id.clone(),
                title: catalog_texts.get(&format!("topic-{}", topic.id)),
                lessons,
            });
        }
        Ok(LessonListView {
            learner: self.card(learner),
            greeting: self.texts.format("lessons-greeting", &[("name", ArgValue::Text(learner.display_name.clone()))]),
            topics,
        })
    }

    /// [`HocSo::open_lesson_at`] the window.
    pub fn open_lesson(&mut self, learner: LearnerId, lesson_id: &str) -> Result<PlayerView> {
        self.open_lesson_at(Seat::WINDOW, learner, lesson_id)
    }

    /// [`HocSo::player_at`] the window.
    pub fn player(&self, attempt_id: i64) -> Result<PlayerView> {
        self.player_at(Seat::WINDOW, attempt_id)
    }

    /// [`HocSo::answer_at`] the window.
    pub fn answer(&mut self, attempt_id: i64, step_id: &str, given: &Answer) -> Result<AnswerOutcome> {
        self.answer_at(Seat::WINDOW, attempt_id, step_id, given)
    }

    /// [`HocSo::skip_pre_check_at`] the window.
    pub fn skip_pre_check(&mut self, attempt_id: i64) -> Result<PlayerView> {
        self.skip_pre_check_at(Seat::WINDOW, attempt_id)
    }
}
