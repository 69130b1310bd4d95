//! [`SharedHocSo`]: the one core of a running app, shared by its adapters (the desktop
//! window's Tauri commands and the hub's HTTP handlers). One lock: the store is one SQLite
//! connection and every answer is one transaction, durable before the reply.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::{Result, UiError};

use super::HocSo;

/// The core, or the translated reason it could not open (damaged, too new).
#[derive(Clone)]
pub struct SharedHocSo(Arc<Mutex<std::result::Result<HocSo, UiError>>>);

impl SharedHocSo {
    pub fn new(opened: std::result::Result<HocSo, UiError>) -> SharedHocSo {
        SharedHocSo(Arc::new(Mutex::new(opened)))
    }

    /// Holds the lock (a panic in another caller does not make the core unusable: every
    /// change is a transaction, so the data is whole).
    pub fn lock(&self) -> MutexGuard<'_, std::result::Result<HocSo, UiError>> {
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` on the core and translates its error for the person who sees it.
    pub fn with<T>(&self, f: impl FnOnce(&mut HocSo) -> Result<T>) -> std::result::Result<T, UiError> {
        match &mut *self.lock() {
            Ok(core) => f(core).map_err(|e| e.to_ui(core.texts())),
            Err(error) => Err(error.clone()),
        }
    }
}
