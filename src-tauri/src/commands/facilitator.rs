//! Facilitator mode and the commune dashboard. Files are chosen through the native dialog
//! (a USB stick); the end-to-end tests, which cannot click a native dialog, name a folder in
//! `HOCSO_E2E_SAVE_DIR` / `HOCSO_E2E_OPEN_DIR` instead.

use std::path::PathBuf;

use hocso_core::store::{HamletProfile, LearnerId, NewLearner};
use hocso_core::views::{DashboardView, FacilitatorView, HardItemsView, ImportResultView};
use hocso_core::UiError;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::state::AppState;

/// The folder the end-to-end tests name instead of a dialog: honoured in debug builds only, so
/// that nobody can redirect a real export or backup by setting a variable.
pub(crate) fn e2e_dir(name: &str) -> Option<std::ffi::OsString> {
    if cfg!(debug_assertions) {
        std::env::var_os(name)
    } else {
        None
    }
}

pub(crate) fn save_path(app: &AppHandle, name: &str, filter: (&str, &[&str])) -> Option<PathBuf> {
    if let Some(dir) = e2e_dir("HOCSO_E2E_SAVE_DIR") {
        return Some(PathBuf::from(dir).join(name));
    }
    app.dialog().file().set_file_name(name).add_filter(filter.0, filter.1).blocking_save_file()?.into_path().ok()
}

/// Setup files a commune writes end with this (they are JSON too, but never an export).
pub(crate) const SETUP_FILE_SUFFIX: &str = ".hocso-setup.json";

/// The export files to import (in the end-to-end tests: the folder's `.json` files that are not
/// setup files).
pub(crate) fn open_paths(app: &AppHandle) -> Vec<PathBuf> {
    if let Some(dir) = e2e_dir("HOCSO_E2E_OPEN_DIR") {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "json"))
                    .filter(|p| p.file_name().is_some_and(|n| !n.to_string_lossy().ends_with(SETUP_FILE_SUFFIX)))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        return files;
    }
    app.dialog()
        .file()
        .add_filter("Học Số", &["json"])
        .blocking_pick_files()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|f| f.into_path().ok())
        .collect()
}

#[tauri::command(async)]
pub fn unlock(state: State<'_, AppState>, pin: String) -> Result<FacilitatorView, UiError> {
    state.with(|core| core.unlock(&pin))
}

/// Whether facilitator mode is still open (asked by the page without counting as use).
#[tauri::command(async)]
pub fn facilitator_open(state: State<'_, AppState>) -> Result<bool, UiError> {
    state.with(|core| Ok(core.facilitator_open()))
}

/// A forgotten PIN: a new one with the hamlet code (or the commune's recovery code).
#[tauri::command(async)]
pub fn reset_pin(state: State<'_, AppState>, code: String, new: String, repeat: String) -> Result<(), UiError> {
    state.with(|core| core.reset_pin(&code, &new, &repeat))
}

#[tauri::command(async)]
pub fn lock(state: State<'_, AppState>) -> Result<(), UiError> {
    state.with(|core| {
        core.lock();
        Ok(())
    })
}

#[tauri::command(async)]
pub fn facilitator(state: State<'_, AppState>) -> Result<FacilitatorView, UiError> {
    state.with(|core| core.facilitator_view())
}

#[tauri::command(async)]
pub fn hard_items(state: State<'_, AppState>) -> Result<HardItemsView, UiError> {
    state.with(|core| core.hard_items())
}

#[tauri::command(async)]
pub fn update_learner(
    state: State<'_, AppState>,
    learner: LearnerId,
    changed: NewLearner,
) -> Result<FacilitatorView, UiError> {
    state.with(|core| core.update_learner(learner, &changed))
}

#[tauri::command(async)]
pub fn remove_learner(state: State<'_, AppState>, learner: LearnerId) -> Result<FacilitatorView, UiError> {
    state.with(|core| core.remove_learner(learner))
}

#[tauri::command(async)]
pub fn set_hamlet_profile(state: State<'_, AppState>, profile: HamletProfile) -> Result<FacilitatorView, UiError> {
    state.with(|core| core.set_hamlet_profile(&profile))
}

#[tauri::command(async)]
pub fn change_pin(state: State<'_, AppState>, old: String, new: String, repeat: String) -> Result<(), UiError> {
    state.with(|core| core.change_pin(&old, &new, &repeat))
}

/// Saves the hamlet's export where the facilitator chooses; `None` when they cancel.
#[tauri::command(async)]
pub fn export_results(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>, UiError> {
    state.with(|core| core.facilitator_view().map(|_| ()))?;
    let date = hocso_core::store::now().get(..10).unwrap_or_default().to_owned();
    let Some(path) = save_path(&app, &format!("hocso-{date}.json"), ("Học Số", &["json"])) else { return Ok(None) };
    state.with(|core| core.export_to(&path)).map(Some)
}

#[tauri::command(async)]
pub fn import_results(app: AppHandle, state: State<'_, AppState>) -> Result<Vec<ImportResultView>, UiError> {
    state.with(|core| core.facilitator_view().map(|_| ()))?;
    let files = open_paths(&app);
    state.with(|core| core.import(&files))
}

#[tauri::command(async)]
pub fn dashboard(state: State<'_, AppState>) -> Result<DashboardView, UiError> {
    state.with(|core| core.dashboard())
}

#[tauri::command(async)]
pub fn save_report(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>, UiError> {
    state.with(|core| core.dashboard().map(|_| ()))?;
    let date = hocso_core::store::now().get(..10).unwrap_or_default().to_owned();
    let Some(path) = save_path(&app, &format!("bao-cao-xa-{date}.xlsx"), ("Excel", &["xlsx", "csv"])) else {
        return Ok(None);
    };
    state.with(|core| core.save_report(&path)).map(|_| Some(path.display().to_string()))
}

#[tauri::command(async)]
pub fn session(state: State<'_, AppState>) -> Result<Option<hocso_core::views::SessionView>, UiError> {
    state.with(|core| core.session())
}

#[tauri::command(async)]
pub fn start_session(state: State<'_, AppState>) -> Result<Option<hocso_core::views::SessionView>, UiError> {
    let session = state.with(|core| core.start_session())?;
    // A new session ends the running one and signs its phones out; the server stops too.
    state.stop_hub();
    Ok(session)
}

#[tauri::command(async)]
pub fn end_session(state: State<'_, AppState>) -> Result<Option<hocso_core::views::SessionView>, UiError> {
    let session = state.with(|core| core.end_session())?;
    // The core signed every phone out; the server stops listening too.
    state.stop_hub();
    Ok(session)
}

/// "Hiện tất cả tên" on the picker for the running session.
#[tauri::command(async)]
pub fn set_show_everyone(
    state: State<'_, AppState>,
    show: bool,
) -> Result<Option<hocso_core::views::SessionView>, UiError> {
    state.with(|core| core.set_show_everyone(show))
}

#[tauri::command(async)]
pub fn set_attendance(
    state: State<'_, AppState>,
    learner: LearnerId,
    present: bool,
) -> Result<Option<hocso_core::views::SessionView>, UiError> {
    state.with(|core| core.set_attendance(learner, present))
}

#[tauri::command(async)]
pub fn certificate(
    state: State<'_, AppState>,
    learner: LearnerId,
) -> Result<hocso_core::views::CertificateView, UiError> {
    state.with(|core| core.certificate(learner))
}

/// A backup of the whole database to where the facilitator chooses (a USB stick).
#[tauri::command(async)]
pub fn backup_now(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>, UiError> {
    state.with(|core| core.facilitator_view().map(|_| ()))?;
    let date = hocso_core::store::now().get(..10).unwrap_or_default().to_owned();
    // A hamlet computer's USB backup is sealed with its hamlet code; the commune's is plain.
    let hamlet = state.with(|core| core.role())? == Some(hocso_core::store::Role::Hamlet);
    let (name, filter) = if hamlet {
        (format!("hocso-sao-luu-{date}.hocso-backup"), ("Học Số", &["hocso-backup"][..]))
    } else {
        (format!("hocso-sao-luu-{date}.sqlite3"), ("SQLite", &["sqlite3"][..]))
    };
    let Some(path) = save_path(&app, &name, filter) else {
        return Ok(None);
    };
    state.with(|core| core.backup_to(&path)).map(Some)
}

/// Restores a backup the facilitator picks (from the automatic backups or a USB stick).
#[tauri::command(async)]
pub fn restore_backup(app: AppHandle, state: State<'_, AppState>) -> Result<Option<FacilitatorView>, UiError> {
    state.with(|core| core.facilitator_view().map(|_| ()))?;
    let picked = match e2e_dir("HOCSO_E2E_RESTORE_FILE") {
        Some(file) => Some(PathBuf::from(file)),
        None => app
            .dialog()
            .file()
            .add_filter("Học Số", &["hocso-backup", "sqlite3"])
            .blocking_pick_file()
            .and_then(|f| f.into_path().ok()),
    };
    let Some(path) = picked else { return Ok(None) };
    let view = state.with(|core| core.restore_backup(&path))?;
    // The restored data has other learners and attempts: phones are signed out, the server stops.
    state.stop_hub();
    Ok(Some(view))
}

/// Learners who have not come for a long time: who would go.
#[tauri::command(async)]
pub fn inactive_learners(state: State<'_, AppState>) -> Result<hocso_core::views::InactiveView, UiError> {
    state.with(|core| core.inactive_learners())
}

/// Removes the inactive learners the facilitator confirmed.
#[tauri::command(async)]
pub fn remove_inactive(state: State<'_, AppState>, learners: Vec<LearnerId>) -> Result<FacilitatorView, UiError> {
    state.with(|core| core.remove_inactive(&learners))
}
