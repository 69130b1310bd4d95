//! The app's state: the core facade behind a mutex, or why it could not open.

use std::path::PathBuf;
use std::sync::Mutex;

use hocso_core::i18n::{AppTexts, Locale};
use hocso_core::{HocSo, UiError};
use tauri::Manager;

pub enum AppState {
    Ready(Box<Mutex<HocSo>>),
    /// The database could not be opened (damaged, too new): the UI shows why and what to do.
    Failed(UiError),
}

impl AppState {
    /// Runs `f` on the core and translates its error for the UI.
    pub fn with<T>(&self, f: impl FnOnce(&mut HocSo) -> hocso_core::Result<T>) -> Result<T, UiError> {
        match self {
            AppState::Ready(core) => {
                let mut core = core.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                f(&mut core).map_err(|e| e.to_ui(core.texts()))
            }
            AppState::Failed(error) => Err(error.clone()),
        }
    }
}

/// Where the progress database lives: `HOCSO_DATA_DIR` (tests), else the user's data folder.
fn data_dir(app: &tauri::App) -> PathBuf {
    std::env::var_os("HOCSO_DATA_DIR")
        .map(PathBuf::from)
        .or_else(|| app.path().app_data_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Where the lessons are: `HOCSO_LESSONS_DIR`; else, in a debug build, the repository's
/// `lessons/` (so that an author sees an edit at once, not the copy made at the last build);
/// else the lessons installed beside the app.
fn lessons_dir(app: &tauri::App) -> PathBuf {
    if let Some(dir) = std::env::var_os("HOCSO_LESSONS_DIR") {
        return PathBuf::from(dir);
    }
    if cfg!(debug_assertions) {
        return PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../lessons"));
    }
    app.path().resource_dir().map(|r| r.join("lessons")).unwrap_or_else(|_| PathBuf::from("lessons"))
}

pub fn open(app: &tauri::App) -> AppState {
    let database = data_dir(app).join("hocso.sqlite3");
    match HocSo::open(&database, &lessons_dir(app)) {
        Ok(core) => AppState::Ready(Box::new(Mutex::new(core))),
        Err(e) => AppState::Failed(e.to_ui(&AppTexts::load(Locale::REFERENCE))),
    }
}
