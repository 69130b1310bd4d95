//! Who is acting, and what a learner does from where they sit: at the computer's own window or
//! on a phone that joined the hub. The same methods serve the desktop window (the Tauri
//! commands) and the phones (the hub's JSON API). A phone's seat is bound to one learner, made
//! only by [`HocSo::phone_seat`] from a live phone key, so a phone can never act as another
//! learner nor reach facilitator mode (which lives in the window's own state).

use crate::error::{Error, Result};
use crate::lessons::Answer;
use crate::player;
use crate::store::{AttemptRow, LearnerId, LearnerSettings};
use crate::views::{AnswerOutcome, LearnerCard, LessonListView, MyDataView, PlayerView};

use super::{HocSo, SETTING_ACTIVE_ATTEMPT, SETTING_ACTIVE_LEARNER};

/// The computer's window, or one phone of the hub.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seat(Kind);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Window,
    Phone { phone: u32, learner: LearnerId },
}

impl Seat {
    /// The computer's own window (the person sitting at it).
    pub const WINDOW: Seat = Seat(Kind::Window);

    pub(crate) fn phone(phone: u32, learner: LearnerId) -> Seat {
        Seat(Kind::Phone { phone, learner })
    }

    /// The phone's number in the hub, if this is a phone.
    pub fn phone_number(&self) -> Option<u32> {
        match self.0 {
            Kind::Phone { phone, .. } => Some(phone),
            Kind::Window => None,
        }
    }

    /// The one learner a phone acts for.
    pub fn phone_learner(&self) -> Option<LearnerId> {
        match self.0 {
            Kind::Phone { learner, .. } => Some(learner),
            Kind::Window => None,
        }
    }
}

/// Remembers the attempt on screen: the window's in the database (reopened after a crash), a
/// phone's in the hub (shown to the facilitator, reopened when the phone comes back). Takes the
/// fields, not `HocSo`, so that a lesson borrowed from the library can stay borrowed.
fn note_on_screen(
    store: &mut crate::store::Store,
    phones: &mut Option<super::phones::PhoneHub>,
    seat: Seat,
    attempt: Option<i64>,
    answered: bool,
) -> Result<()> {
    match seat.phone_number() {
        None => store.set_setting(SETTING_ACTIVE_ATTEMPT, attempt.map(|a| a.to_string()).as_deref()),
        Some(phone) => {
            if let Some(hub) = phones.as_mut() {
                hub.note(phone, attempt, answered);
            }
            Ok(())
        }
    }
}

impl HocSo {
    /// A phone acts for its own learner only; the window as today.
    fn check_seat(&self, seat: Seat, learner: LearnerId) -> Result<()> {
        match seat.phone_learner() {
            Some(own) if own != learner => Err(Error::NotThisLearner),
            _ => Ok(()),
        }
    }

    fn seat_attempt(&self, seat: Seat, attempt_id: i64) -> Result<AttemptRow> {
        let attempt = self.store.attempt(attempt_id)?;
        self.check_seat(seat, attempt.learner_id)?;
        Ok(attempt)
    }

    /// The lesson list; showing it means no lesson is on screen any more.
    pub fn lesson_list_at(&mut self, seat: Seat, id: LearnerId) -> Result<LessonListView> {
        self.check_seat(seat, id)?;
        let learner = self.store.learner(id)?;
        self.check_consent(&learner)?;
        note_on_screen(&mut self.store, &mut self.phones, seat, None, false)?;
        self.lesson_list_for(&learner)
    }

    /// Opens a lesson for a learner: the open attempt where they left it, or a new one.
    pub fn open_lesson_at(&mut self, seat: Seat, learner: LearnerId, lesson_id: &str) -> Result<PlayerView> {
        self.check_seat(seat, learner)?;
        let learner = self.store.learner(learner)?;
        self.check_consent(&learner)?;
        let lesson = self.library.lesson(lesson_id).ok_or_else(|| Error::LessonNotFound(lesson_id.to_owned()))?;
        let attempt = player::start_or_resume(&mut self.store, learner.id, lesson)?;
        note_on_screen(&mut self.store, &mut self.phones, seat, Some(attempt.id), false)?;
        player::player_view(&self.store, lesson, &attempt, self.card(&learner), &self.texts)
    }

    /// Shows an attempt as it stands (after a stale answer, or to refresh).
    pub fn player_at(&self, seat: Seat, attempt_id: i64) -> Result<PlayerView> {
        let attempt = self.seat_attempt(seat, attempt_id)?;
        let learner = self.store.learner(attempt.learner_id)?;
        let lesson =
            self.library.lesson(&attempt.lesson_id).ok_or_else(|| Error::LessonNotFound(attempt.lesson_id.clone()))?;
        player::player_view(&self.store, lesson, &attempt, self.card(&learner), &self.texts)
    }

    /// Takes the learner's answer to the step they are on. Durable when this returns.
    pub fn answer_at(&mut self, seat: Seat, attempt_id: i64, step_id: &str, given: &Answer) -> Result<AnswerOutcome> {
        let attempt = self.seat_attempt(seat, attempt_id)?;
        let learner = self.store.learner(attempt.learner_id)?;
        let lesson =
            self.library.lesson(&attempt.lesson_id).ok_or_else(|| Error::LessonNotFound(attempt.lesson_id.clone()))?;
        let before = attempt.position;
        let (updated, show_feedback, correct, feedback) =
            player::answer(&mut self.store, lesson, &attempt, step_id, given, &self.texts)?;
        let advanced = updated.position > before || updated.finished_at.is_some();
        match seat.phone_number() {
            // A finished lesson is no longer the window's to reopen after a crash.
            None if updated.finished_at.is_some() => self.store.set_setting(SETTING_ACTIVE_ATTEMPT, None)?,
            None => {}
            // The facilitator still sees which lesson a phone finished, until it opens another.
            Some(_) => note_on_screen(&mut self.store, &mut self.phones, seat, Some(attempt_id), true)?,
        }
        let next = player::player_view(&self.store, lesson, &updated, self.card(&learner), &self.texts)?;
        Ok(player::outcome(show_feedback, correct, advanced, feedback, next, &self.texts))
    }

    /// Skips the pre-check the learner is in ("Bỏ qua, học luôn"): recorded as skipped, never as
    /// a fail, and the practice starts.
    pub fn skip_pre_check_at(&mut self, seat: Seat, attempt_id: i64) -> Result<PlayerView> {
        self.seat_attempt(seat, attempt_id)?;
        let attempt = self.store.skip_pre_check(attempt_id)?;
        let learner = self.store.learner(attempt.learner_id)?;
        let lesson =
            self.library.lesson(&attempt.lesson_id).ok_or_else(|| Error::LessonNotFound(attempt.lesson_id.clone()))?;
        note_on_screen(&mut self.store, &mut self.phones, seat, Some(attempt_id), true)?;
        player::player_view(&self.store, lesson, &attempt, self.card(&learner), &self.texts)
    }

    /// Saves a learner's picture and how they like the screen and the voice: the learner at the
    /// computer (or on their phone) for themselves, or the facilitator for anyone.
    pub fn save_learner_settings_at(
        &mut self,
        seat: Seat,
        id: LearnerId,
        settings: &LearnerSettings,
    ) -> Result<LearnerCard> {
        self.check_seat(seat, id)?;
        let own = seat.phone_learner() == Some(id) || self.setting_id(SETTING_ACTIVE_LEARNER)? == Some(id.0);
        if !own {
            self.require_facilitator()?;
        }
        self.store.set_learner_settings(id, settings)?;
        Ok(self.card(&self.store.learner(id)?))
    }

    /// "Thông tin của tôi", only for the learner at this seat (never another's).
    pub fn my_data_at(&self, seat: Seat, id: LearnerId) -> Result<MyDataView> {
        let own = match seat.phone_learner() {
            Some(learner) => learner == id,
            None => self.active_learner()?.map(|l| l.id) == Some(id),
        };
        if !own {
            return Err(Error::LearnerNotFound(id.0));
        }
        self.my_data_of(id)
    }
}
