//! Lessons are data: `lessons/catalog.toml`, and per lesson `lesson.toml`, `vi.ftl`, `en.ftl`
//! and pictures. This module reads them ([`LessonLibrary::load`]), checks them (every problem
//! with its file and line) and grades answers ([`grade`]). See `docs/lesson-format.md`.

pub mod chat;
mod convert;
mod draw_odds;
mod files;
mod grade;
pub mod guessing;
mod guessing_apps;
mod library;
pub mod map;
pub mod message;
mod model;
pub mod phone;
mod problem;
pub mod qr_pay;
mod recordings;
pub mod shop;
mod validate;

pub use grade::{grade, right_answer, Answer, Grade};
pub use library::{LessonLibrary, LibrarySummary};
pub use model::{
    Catalog, ChoiceOption, Competence, DrawGroup, Lesson, LessonId, Step, StepKind, Topic, FORMAT_VERSION,
};
pub use problem::{Problem, ProblemKind, ProblemView};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_apps;
