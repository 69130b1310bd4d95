//! Tauri commands: each takes the state, calls one core method, converts the error. All run
//! off the main thread (`async`), so that an argon2 hash or an fsync never freezes the window.

pub mod commune;
pub mod facilitator;
pub mod learners;
pub mod lessons;
pub mod phones;
pub mod start;
