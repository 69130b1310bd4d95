use hocso_core::store::{LearnerId, NewLearner};
use hocso_core::views::{LearnerCard, LessonListView};
use hocso_core::UiError;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn search_learners(state: State<'_, AppState>, query: String) -> Result<Vec<LearnerCard>, UiError> {
    let found = state.with(|core| core.search_learners(&query));
    crate::bench_ready();
    found
}

/// The names on the picker (after the first letters when many are registered).
#[tauri::command(async)]
pub fn picker(
    state: State<'_, AppState>,
    query: String,
    picture: Option<String>,
) -> Result<hocso_core::views::PickerView, UiError> {
    let found = state.with(|core| core.picker_with(&query, picture.as_deref()));
    crate::bench_ready();
    found
}

#[tauri::command(async)]
pub fn give_consent(state: State<'_, AppState>) -> Result<(), UiError> {
    state.with(|core| {
        core.give_consent();
        Ok(())
    })
}

#[tauri::command(async)]
pub fn withdraw_consent(state: State<'_, AppState>) -> Result<(), UiError> {
    state.with(|core| {
        core.withdraw_consent();
        Ok(())
    })
}

#[tauri::command(async)]
pub fn create_learner(state: State<'_, AppState>, learner: NewLearner) -> Result<LearnerCard, UiError> {
    state.with(|core| core.create_learner(&learner))
}

#[tauri::command(async)]
pub fn choose_learner(state: State<'_, AppState>, learner: LearnerId) -> Result<LessonListView, UiError> {
    state.with(|core| core.choose_learner(learner))
}

#[tauri::command(async)]
pub fn leave_learner(state: State<'_, AppState>) -> Result<(), UiError> {
    state.with(|core| core.leave_learner())
}

/// The facilitator confirms with the PIN that a child's parent or guardian agreed.
#[tauri::command(async)]
pub fn confirm_guardian(state: State<'_, AppState>, pin: String) -> Result<(), UiError> {
    state.with(|core| core.confirm_guardian(&pin))
}

/// A returning learner agreed again to a changed consent text.
#[tauri::command(async)]
pub fn renew_consent(state: State<'_, AppState>, learner: LearnerId) -> Result<LessonListView, UiError> {
    state.with(|core| core.renew_consent(learner))
}

/// "Thông tin của tôi": what the computer holds about the learner at it.
#[tauri::command(async)]
pub fn my_data(state: State<'_, AppState>, learner: LearnerId) -> Result<hocso_core::views::MyDataView, UiError> {
    state.with(|core| core.my_data(learner))
}

#[tauri::command(async)]
pub fn save_learner_settings(
    state: State<'_, AppState>,
    learner: LearnerId,
    settings: hocso_core::store::LearnerSettings,
) -> Result<LearnerCard, UiError> {
    state.with(|core| core.save_learner_settings(learner, &settings))
}
