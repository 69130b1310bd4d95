//! "Thông tin của tôi": everything this computer holds about the learner at the computer, in
//! plain words, to read and print (the right to see one's data). Correction stays in
//! facilitator mode.

use crate::error::Result;
use crate::i18n::ArgValue;
use crate::store::LearnerId;
use crate::views::{MyDataLine, MyDataView};

use super::{vietnam_time, HocSo};

impl HocSo {
    /// [`HocSo::my_data_at`] the window: only for the learner who chose their name on this
    /// computer (never another's).
    pub fn my_data(&self, id: LearnerId) -> Result<MyDataView> {
        self.my_data_at(super::Seat::WINDOW, id)
    }

    pub(super) fn my_data_of(&self, id: LearnerId) -> Result<MyDataView> {
        let learner = self.store.learner(id)?;
        let t = &self.texts;
        let line = |label: &str, value: String| MyDataLine { label: t.get(label), value };
        let gender = match learner.gender {
            Some(g) => t.get(&format!("gender-{}", g.as_str())),
            None => t.get("gender-unspecified"),
        };
        let mut about = vec![
            line("my-data-name", learner.display_name.clone()),
            line("my-data-birth-year", learner.birth_year.to_string()),
            line("my-data-gender", gender),
            line("my-data-consent-at", vietnam_time(&learner.consent_at)),
            line("my-data-consent-text", learner.consent_text.clone().unwrap_or_else(|| "—".into())),
            line("my-data-consent-locale", learner.consent_locale.clone().unwrap_or_else(|| "—".into())),
        ];
        if let Some(at) = &learner.guardian_consent_at {
            about.push(line("my-data-guardian", vietnam_time(at)));
        }
        about.push(line("my-data-sessions", self.store.sessions_attended(id)?.to_string()));
        let title = |lesson: &str| {
            self.library
                .lesson(lesson)
                .map(|l| l.texts(t.locale()).get("lesson-title"))
                .unwrap_or_else(|| lesson.to_owned())
        };
        let passed = self
            .store
            .completions(id)?
            .into_iter()
            .map(|c| MyDataLine {
                label: title(&c.lesson_id),
                value: t.format(
                    "my-data-passed",
                    &[("score", c.score.into()), ("when", ArgValue::Text(vietnam_time(&c.completed_at)))],
                ),
            })
            .collect();
        let attempts = self
            .store
            .attempts_of(id)?
            .into_iter()
            .map(|a| {
                let mut value = match (&a.finished_at, a.score) {
                    (Some(end), Some(score)) => t.format(
                        "my-data-attempt-done",
                        &[
                            ("started", vietnam_time(&a.started_at).into()),
                            ("ended", vietnam_time(end).into()),
                            ("score", score.into()),
                        ],
                    ),
                    _ => t.format("my-data-attempt-open", &[("started", vietnam_time(&a.started_at).into())]),
                };
                if let Some((right, of)) = a.pre_check {
                    value.push_str(&t.format("my-data-pre-check", &[("right", right.into()), ("of", of.into())]));
                }
                MyDataLine { label: title(&a.lesson_id), value }
            })
            .collect();
        Ok(MyDataView {
            title: t.format("my-data-title", &[("name", ArgValue::Text(learner.display_name.clone()))]),
            about,
            passed,
            attempts,
            answers: t.format("my-data-answers", &[("count", self.store.answers_of(id)?.into())]),
        })
    }
}
