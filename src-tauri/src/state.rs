//! The app's state: the core facade, or why it could not open (and where the files are, so
//! that a damaged database can be set aside and the latest backup restored).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use hocso_core::i18n::{AppTexts, Locale};
use hocso_core::store::backup;
use hocso_core::{HocSo, SharedHocSo, UiError};
use tauri::Manager;

pub struct AppState {
    /// The core, or the translated reason it could not open (damaged, too new). Opened on a
    /// thread of its own while WebKit starts; the first command waits for it. Shared with the
    /// hub while phones learn.
    core: Arc<OnceLock<SharedHocSo>>,
    /// "Học trên điện thoại": the server, while it runs.
    pub hub: Mutex<Option<hocso_hub::Hub>>,
    database: PathBuf,
    lessons: PathBuf,
}

impl AppState {
    /// Runs `f` on the core and translates its error for the UI.
    pub fn with<T>(&self, f: impl FnOnce(&mut HocSo) -> hocso_core::Result<T>) -> Result<T, UiError> {
        self.core.wait().with(f)
    }

    /// The core, to share with the hub.
    pub fn shared(&self) -> SharedHocSo {
        self.core.wait().clone()
    }

    /// Stops the hub if it runs (every phone is signed out).
    pub fn stop_hub(&self) {
        let hub = self.hub.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(hub) = hub {
            hub.stop();
        }
    }

    /// Whether a backup exists to restore over a damaged database.
    pub fn backup_available(&self) -> bool {
        !backup::list_backups(&self.database).is_empty()
    }

    /// The database could not be opened: keep the damaged file aside (never overwrite it),
    /// put the newest backup in its place and open again.
    pub fn restore_latest_backup(&self) -> Result<(), UiError> {
        let texts = AppTexts::load(Locale::REFERENCE);
        let mut guard = self.core.wait().lock();
        if guard.is_ok() {
            return Ok(());
        }
        backup::restore_latest_over_damaged(&self.database, &hocso_core::store::now()).map_err(|e| e.to_ui(&texts))?;
        *guard = HocSo::open(&self.database, &self.lessons).map_err(|e| e.to_ui(&texts));
        guard.as_ref().map(|_| ()).map_err(Clone::clone)
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
    let lessons = lessons_dir(app);
    let core = Arc::new(OnceLock::new());
    let (slot, db, dir) = (core.clone(), database.clone(), lessons.clone());
    // Opening the database, the day's backup and the lessons (~40 ms) overlap with WebKit's
    // start instead of holding the main thread before the window can load.
    std::thread::spawn(move || {
        // Whatever happens, the slot is filled: a command must never wait for ever.
        let started = std::time::Instant::now();
        let opened = std::panic::catch_unwind(|| HocSo::open(&db, &dir))
            .unwrap_or_else(|_| Err(hocso_core::Error::Internal("the core panicked while opening".into())))
            .map_err(|e| e.to_ui(&AppTexts::load(Locale::REFERENCE)));
        if std::env::var_os("HOCSO_BENCH_READY").is_some() {
            eprintln!("hocso-core-opened {} ms", started.elapsed().as_millis());
        }
        let _ = slot.set(SharedHocSo::new(opened));
    });
    AppState { core, hub: Mutex::new(None), database, lessons }
}
