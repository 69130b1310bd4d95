//! Tauri commands: each takes the state, calls one core method, converts the error.

pub mod learners;
pub mod lessons;
pub mod start;
