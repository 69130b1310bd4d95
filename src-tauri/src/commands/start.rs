use hocso_core::i18n::Locale;
use hocso_core::store::Setup;
use hocso_core::views::StartView;
use hocso_core::UiError;
use tauri::State;

use crate::state::AppState;

#[tauri::command(async)]
pub fn app_start(state: State<'_, AppState>) -> Result<StartView, UiError> {
    state.with(|core| core.start_view())
}

#[tauri::command(async)]
pub fn set_locale(state: State<'_, AppState>, locale: Locale) -> Result<StartView, UiError> {
    state.with(|core| core.set_locale(locale))
}

#[tauri::command(async)]
pub fn set_up(state: State<'_, AppState>, setup: Setup) -> Result<StartView, UiError> {
    state.with(|core| core.set_up(&setup))
}
