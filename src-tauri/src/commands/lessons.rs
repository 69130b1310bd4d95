use hocso_core::lessons::Answer;
use hocso_core::store::LearnerId;
use hocso_core::views::{AnswerOutcome, LessonListView, PlayerView};
use hocso_core::UiError;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn lesson_list(state: State<'_, AppState>, learner: LearnerId) -> Result<LessonListView, UiError> {
    state.with(|core| core.lesson_list(learner))
}

#[tauri::command(async)]
pub fn open_lesson(state: State<'_, AppState>, learner: LearnerId, lesson: String) -> Result<PlayerView, UiError> {
    state.with(|core| core.open_lesson(learner, &lesson))
}

#[tauri::command(async)]
pub fn player(state: State<'_, AppState>, attempt: i64) -> Result<PlayerView, UiError> {
    state.with(|core| core.player(attempt))
}

#[tauri::command(async)]
pub fn answer(
    state: State<'_, AppState>,
    attempt: i64,
    step: String,
    answer: Answer,
) -> Result<AnswerOutcome, UiError> {
    state.with(|core| core.answer(attempt, &step, &answer))
}

#[tauri::command(async)]
pub fn skip_pre_check(state: State<'_, AppState>, attempt: i64) -> Result<PlayerView, UiError> {
    state.with(|core| core.skip_pre_check(attempt))
}

/// One line of the step on screen as sound (a `data:` URL: nothing is fetched).
#[tauri::command(async)]
pub fn speak(
    state: State<'_, AppState>,
    lesson: String,
    line: hocso_core::views::SpeechLine,
    rate: hocso_core::speech::Rate,
) -> Result<hocso_core::views::SpokenLine, UiError> {
    // The voice runs without holding the core: an answer never waits for it.
    state.with(|core| core.speech_job(&lesson, &line, rate))?.run()
}

/// Any text on screen (feedback) in the offline voice.
#[tauri::command(async)]
pub fn say(
    state: State<'_, AppState>,
    text: String,
    rate: hocso_core::speech::Rate,
) -> Result<hocso_core::views::SpokenLine, UiError> {
    state.with(|core| Ok(core.say_job(&text, rate)))?.run()
}
