//! Integration tests of the core, as one test binary: the learner's story on a real SQLite
//! file with the real lesson files.

mod export_import;
mod learner_story;
mod vietqr_properties;
