//! Practice sessions and certificates, in facilitator mode.

use crate::error::{Error, Result};
use crate::i18n::ArgValue;
use crate::store::{LearnerId, PracticeSession};
use crate::views::{CertificateView, LearnerCard, PickerView, SessionRow, SessionView};

use super::HocSo;

/// A stored UTC time as people in Vietnam read it (UTC+7, no summer time): "08:15 22/11/2026".
pub fn vietnam_time(rfc3339: &str) -> String {
    use time::format_description::well_known::Rfc3339;
    match time::OffsetDateTime::parse(rfc3339, &Rfc3339) {
        Ok(t) => {
            let t = t.to_offset(time::UtcOffset::from_hms(7, 0, 0).expect("a valid offset"));
            format!("{:02}:{:02} {:02}/{:02}/{}", t.hour(), t.minute(), t.day(), u8::from(t.month()), t.year())
        }
        Err(_) => rfc3339.to_owned(),
    }
}

/// With more learners than this, the picker shows names only after two letters are typed.
pub const PICKER_LIST_ALL_UP_TO: usize = 30;

const SETTING_SHOW_EVERYONE: &str = "picker_show_everyone_session";

impl HocSo {
    fn session_view(&self, session: PracticeSession) -> Result<SessionView> {
        let activity = self.store.session_activity(&session)?;
        let mut rows = vec![];
        for a in activity {
            let learner = self.store.learner(a.learner)?;
            let passed = a
                .passed
                .iter()
                .map(|id| {
                    self.library
                        .lesson(id)
                        .map(|l| l.texts(self.texts.locale()).get("lesson-title"))
                        .unwrap_or_else(|| id.clone())
                })
                .collect();
            rows.push(SessionRow { learner: self.card(&learner), present: a.present, answers: a.answers, passed });
        }
        let label = match &session.ended_at {
            None => self.texts.format("session-running", &[("start", vietnam_time(&session.started_at).into())]),
            Some(end) => self.texts.format(
                "session-ended",
                &[("start", vietnam_time(&session.started_at).into()), ("end", vietnam_time(end).into())],
            ),
        };
        let show_everyone = session.ended_at.is_none() && self.show_everyone_session()? == Some(session.id);
        Ok(SessionView { id: session.id, open: session.ended_at.is_none(), label, rows, show_everyone })
    }

    /// The open session during which the picker shows every name at once, if the facilitator
    /// chose "show everyone" for it.
    fn show_everyone_session(&self) -> Result<Option<i64>> {
        let chosen: Option<i64> = self.store.setting(SETTING_SHOW_EVERYONE)?.and_then(|v| v.parse().ok());
        let open = self.store.latest_session()?.filter(|s| s.ended_at.is_none()).map(|s| s.id);
        Ok(chosen.filter(|c| Some(*c) == open))
    }

    /// "Hiện tất cả tên" for the running session (it ends with the session).
    pub fn set_show_everyone(&mut self, show: bool) -> Result<Option<SessionView>> {
        self.require_facilitator()?;
        let session = self.store.latest_session()?.filter(|s| s.ended_at.is_none()).ok_or(Error::SessionNotFound(0))?;
        let value = show.then(|| session.id.to_string());
        self.store.set_setting(SETTING_SHOW_EVERYONE, value.as_deref())?;
        self.session()
    }

    /// The names on the picker. With more than [`PICKER_LIST_ALL_UP_TO`] learners, names appear
    /// only once two letters are typed (so that a passer-by does not read the whole hamlet's
    /// list), unless the facilitator chose "show everyone" for the running session. Birth
    /// years are shown only to tell namesakes apart.
    pub fn picker(&self, query: &str) -> Result<PickerView> {
        self.picker_with(query, None)
    }

    /// The picker, narrowed to the learners who chose `picture` (for those who cannot read
    /// their name in a list: tapping one's picture is like typing the first letters).
    pub fn picker_with(&self, query: &str, picture: Option<&str>) -> Result<PickerView> {
        let everyone = self.store.search_learners("")?;
        let mut in_use: Vec<&str> = everyone.iter().filter_map(|l| l.settings.picture.as_deref()).collect();
        in_use.sort_by_key(|p| crate::store::PICTURES.iter().position(|q| q == p));
        in_use.dedup();
        let pictures = in_use
            .iter()
            .map(|p| crate::views::OptionView { id: (*p).to_owned(), text: self.texts.get(&format!("picture-{p}")) })
            .collect();
        let mut all = self.store.search_learners(query)?;
        if let Some(picture) = picture {
            all.retain(|l| l.settings.picture.as_deref() == Some(picture));
        }
        let registered = everyone.len();
        let typed = crate::store::search_key(query).chars().filter(|c| c.is_alphanumeric()).count();
        let type_first = registered > PICKER_LIST_ALL_UP_TO
            && typed < 2
            && picture.is_none()
            && self.show_everyone_session()?.is_none();
        if type_first {
            return Ok(PickerView { learners: vec![], type_first: true, pictures });
        }
        let mut learners: Vec<LearnerCard> = all.iter().map(|l| self.card(l)).collect();
        for card in &mut learners {
            let namesakes = all
                .iter()
                .filter(|l| crate::store::search_key(&l.display_name) == crate::store::search_key(&card.name))
                .count();
            // Others' settings (large text, read aloud) are nobody's business on a shared screen.
            card.settings =
                crate::store::LearnerSettings { picture: card.settings.picture.clone(), ..Default::default() };
            if namesakes < 2 {
                // No birth year leaves the core for the picker, except to tell namesakes apart.
                card.detail = String::new();
                card.birth_year = 0;
            }
        }
        Ok(PickerView { learners, type_first: false, pictures })
    }

    /// The session running now, or the last one.
    pub fn session(&self) -> Result<Option<SessionView>> {
        self.require_facilitator()?;
        self.store.latest_session()?.map(|s| self.session_view(s)).transpose()
    }

    pub fn start_session(&mut self) -> Result<Option<SessionView>> {
        self.require_facilitator()?;
        // A new session ends the running one: its phones are signed out with it.
        self.close_phone_hub();
        self.store.start_session()?;
        self.session()
    }

    pub fn end_session(&mut self) -> Result<Option<SessionView>> {
        self.require_facilitator()?;
        if let Some(s) = self.store.latest_session()? {
            self.store.end_session(s.id)?;
        }
        // Phones learn during a session: its end signs every phone out.
        self.close_phone_hub();
        self.session()
    }

    /// Ticks (or unticks) a learner as present at the running session.
    pub fn set_attendance(&mut self, learner: LearnerId, present: bool) -> Result<Option<SessionView>> {
        self.require_facilitator()?;
        let session = self.store.latest_session()?.filter(|s| s.ended_at.is_none()).ok_or(Error::SessionNotFound(0))?;
        self.store.set_attendance(session.id, learner, present)?;
        self.session()
    }

    /// The certificate of a learner who passed every core lesson.
    pub fn certificate(&self, learner: LearnerId) -> Result<CertificateView> {
        self.require_facilitator()?;
        let person = self.store.learner(learner)?;
        let completions = self.store.completions(learner)?;
        let core = &self.library.catalog.core;
        let skilled =
            !core.is_empty() && core.iter().all(|c| completions.iter().any(|done| done.lesson_id == c.as_str()));
        if !skilled {
            return Err(Error::NotSkilledYet);
        }
        let profile = self.store.hamlet_profile()?;
        let locale = self.texts.locale();
        let lessons = core
            .iter()
            .filter_map(|c| {
                let done = completions
                    .iter()
                    .filter(|d| d.lesson_id == c.as_str())
                    .min_by(|a, b| a.completed_at.cmp(&b.completed_at))?;
                let title = self
                    .library
                    .lesson(c.as_str())
                    .map(|l| l.texts(locale).get("lesson-title"))
                    .unwrap_or_else(|| c.to_string());
                Some((title, vietnam_time(&done.completed_at).split(' ').nth(1).unwrap_or_default().to_owned()))
            })
            .collect();
        let today = vietnam_time(&crate::store::now()).split(' ').nth(1).unwrap_or_default().to_owned();
        Ok(CertificateView {
            title: self.texts.get("certificate-title"),
            body: self.texts.format(
                "certificate-body",
                &[
                    ("name", ArgValue::Text(person.display_name.clone())),
                    ("year", ArgValue::Text(person.birth_year.to_string())),
                    ("hamlet", ArgValue::Text(profile.hamlet_name.clone())),
                    ("commune", ArgValue::Text(profile.commune_name.clone())),
                ],
            ),
            lessons,
            issued: self.texts.format(
                "certificate-issued",
                &[("place", ArgValue::Text(profile.hamlet_name)), ("date", ArgValue::Text(today))],
            ),
            signature: self.texts.get("certificate-signature"),
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_are_shown_in_vietnam_time() {
        assert_eq!(super::vietnam_time("2026-11-22T01:15:00Z"), "08:15 22/11/2026");
        assert_eq!(super::vietnam_time("2026-12-31T20:00:00Z"), "03:00 01/01/2027");
    }
}
