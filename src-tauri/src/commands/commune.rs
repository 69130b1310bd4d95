//! The hamlet code on both sides: the commune's register (add, rename, issue a code, people in
//! scope, criterion, undo) and a hamlet computer taking its code. Thin: each calls one core
//! method.

use std::path::PathBuf;

use hocso_core::app::SetupSheet;
use hocso_core::reports::Undo;
use hocso_core::views::{DashboardView, UndoView};
use hocso_core::UiError;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::facilitator::{e2e_dir, save_path, SETUP_FILE_SUFFIX};
use crate::state::AppState;

/// The check value of a typed code (the setup screen shows it to compare with the sheet).
#[tauri::command(async)]
pub fn check_hamlet_code(state: State<'_, AppState>, code: String) -> Result<String, UiError> {
    state.with(|core| core.check_hamlet_code(&code))
}

/// A hamlet computer in use takes its code (facilitator mode); returns the check value.
#[tauri::command(async)]
pub fn set_hamlet_code(state: State<'_, AppState>, code: String) -> Result<String, UiError> {
    state.with(|core| core.set_hamlet_code(&code))
}

#[tauri::command(async)]
pub fn hamlet_code_check_value(state: State<'_, AppState>) -> Result<Option<String>, UiError> {
    state.with(|core| core.hamlet_code_check_value())
}

/// Opens a setup file from a USB stick (first run); `None` when the person cancels.
#[tauri::command(async)]
pub fn open_setup_file(app: AppHandle, state: State<'_, AppState>) -> Result<Option<SetupSheet>, UiError> {
    let picked = match e2e_dir("HOCSO_E2E_OPEN_DIR") {
        Some(dir) => std::fs::read_dir(dir).ok().and_then(|entries| {
            entries.flatten().map(|e| e.path()).find(|p| p.to_string_lossy().ends_with(SETUP_FILE_SUFFIX))
        }),
        None => {
            app.dialog().file().add_filter("Học Số", &["json"]).blocking_pick_file().and_then(|f| f.into_path().ok())
        }
    };
    let Some(path) = picked else { return Ok(None) };
    state.with(|_| hocso_core::app::read_setup_file(&path)).map(Some)
}

#[tauri::command(async)]
pub fn add_commune_hamlet(state: State<'_, AppState>, name: String) -> Result<DashboardView, UiError> {
    state.with(|core| core.add_commune_hamlet(&name))
}

#[tauri::command(async)]
pub fn rename_commune_hamlet(state: State<'_, AppState>, hamlet: i64, name: String) -> Result<DashboardView, UiError> {
    state.with(|core| core.rename_commune_hamlet(hamlet, &name))
}

#[tauri::command(async)]
pub fn issue_hamlet_code(state: State<'_, AppState>, hamlet: i64) -> Result<SetupSheet, UiError> {
    state.with(|core| core.issue_hamlet_code(hamlet))
}

#[tauri::command(async)]
pub fn setup_sheet(state: State<'_, AppState>, hamlet: i64) -> Result<SetupSheet, UiError> {
    state.with(|core| core.setup_sheet(hamlet))
}

/// Saves a hamlet's setup file where staff choose (a USB stick); `None` when they cancel.
#[tauri::command(async)]
pub fn save_setup_file(app: AppHandle, state: State<'_, AppState>, hamlet: i64) -> Result<Option<String>, UiError> {
    state.with(|core| core.setup_sheet(hamlet).map(|_| ()))?;
    let name = format!("ma-thon-{hamlet}{SETUP_FILE_SUFFIX}");
    let Some(path): Option<PathBuf> = save_path(&app, &name, ("Học Số", &["json"])) else { return Ok(None) };
    state.with(|core| core.save_setup_file(hamlet, &path)).map(|_| Some(path.display().to_string()))
}

#[tauri::command(async)]
pub fn set_commune_hamlet_scope(
    state: State<'_, AppState>,
    hamlet: i64,
    count: String,
    label: String,
) -> Result<DashboardView, UiError> {
    state.with(|core| core.set_commune_hamlet_scope(hamlet, &count, &label))
}

#[tauri::command(async)]
pub fn set_criterion(state: State<'_, AppState>, threshold: u32, wording: String) -> Result<DashboardView, UiError> {
    state.with(|core| core.set_criterion(threshold, &wording))
}

#[tauri::command(async)]
pub fn preview_undo(state: State<'_, AppState>, undo: Undo) -> Result<UndoView, UiError> {
    state.with(|core| core.preview_undo(&undo))
}

#[tauri::command(async)]
pub fn commit_undo(state: State<'_, AppState>, undo: Undo) -> Result<UndoView, UiError> {
    state.with(|core| core.commit_undo(&undo))
}
