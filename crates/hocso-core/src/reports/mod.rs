//! Hamlet exports, commune imports and the "over 70%" criterion. See `docs/export-format.md`.
//!
//! A hamlet computer exports one signed, tagged JSON file: no names, no birth years, each person
//! a key under the hamlet code the commune issued. The commune office (or the hamlet's main
//! computer, merging its other computers) imports many files: each is checked (size, format,
//! digest, signature, the code's tag) and applied in one transaction, whole or not at all.

mod atomic;
mod criterion;
pub mod demo;
mod export;
mod hamlet_code;
mod import;
mod keys;
mod tabular;
mod undo;

pub use atomic::{write_all_atomically, write_atomically};
pub use criterion::{
    commune_report, criterion, set_criterion, set_criterion_catalogue, CommuneReport, HamletRow, THRESHOLD_PERCENT,
};
pub use export::{
    build_export, export_to_file, hamlet_key, has_skill, installation_id_of, place_key, seal, skill_lessons,
    summary_of, ExportBody, HamletIdentity, PassRecord, PeopleInScope, PersonRecord, SignedExport, SkillLessons,
    Totals, EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, HAMLET_KINDS, OLDEST_READ_SCHEMA_VERSION,
};
pub use hamlet_code::{CodeProblem, HamletCode};
pub use import::{
    check_export, import_bytes, import_checked, import_files, ImportOutcome, ImportReport, MAX_FILE_BYTES,
    MAX_NUMBER_JUMP, MAX_PASSES, MAX_PERSONS,
};
pub use keys::InstallationKey;
pub use tabular::{report_csv, report_xlsx, SkillNames};
pub use undo::{commit_undo, preview_undo, Undo, UndoEffect};
