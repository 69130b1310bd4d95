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

/// Whether a backup can replace a damaged database (shown on the error screen).
#[tauri::command(async)]
pub fn backup_available(state: State<'_, AppState>) -> bool {
    state.backup_available()
}

/// Sets the damaged database aside (never overwriting it) and restores the newest backup.
#[tauri::command(async)]
pub fn restore_latest_backup(state: State<'_, AppState>) -> Result<StartView, UiError> {
    state.restore_latest_backup()?;
    state.with(|core| core.start_view())
}

/// The app's labels when the core could not open (for the error screen), in Vietnamese.
#[tauri::command(async)]
pub fn app_texts() -> std::collections::BTreeMap<String, String> {
    hocso_core::i18n::AppTexts::static_messages(Locale::REFERENCE)
}
