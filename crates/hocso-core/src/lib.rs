//! # hocso-core
//!
//! The domain of Học Số, a desktop app where residents of rural Vietnamese hamlets practise
//! digital skills on safe copies of real apps. This crate owns every rule: lessons (loading,
//! checking, grading), the progress store (SQLite), localisation (Fluent). It has no Tauri
//! dependency; the desktop shell and the `hocso` command line are thin layers over it.
//!
//! ```no_run
//! use hocso_core::HocSo;
//! let app = HocSo::open("progress.sqlite3".as_ref(), "lessons".as_ref())?;
//! println!("{} lessons loaded", app.library().lessons.len());
//! # Ok::<(), hocso_core::Error>(())
//! ```

#![forbid(unsafe_code)]

pub mod app;
pub mod error;
pub mod i18n;
pub mod lessons;
pub mod player;
pub mod reports;
pub mod speech;
pub mod store;
pub mod vietqr;
pub mod views;

pub use app::{HocSo, Seat, SharedHocSo};
pub use error::{Error, InputProblem, Result, UiError};

#[cfg(test)]
mod bindings;
