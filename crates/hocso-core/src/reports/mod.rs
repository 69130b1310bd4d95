//! Hamlet exports, commune imports and the "over 70%" criterion. See `docs/export-format.md`.
//!
//! A hamlet computer exports one signed JSON file: no names, each person a one-way key. The
//! commune office (or the hamlet's main computer, merging its other computers) imports many
//! files: each is checked (format, digest, signature, trusted key) and applied in one
//! transaction, whole or not at all.

mod atomic;
mod criterion;
pub mod demo;
mod export;
mod import;
mod keys;
mod tabular;

pub use atomic::{write_all_atomically, write_atomically};
pub use criterion::{commune_report, CommuneReport, HamletRow, THRESHOLD_PERCENT};
pub use export::{
    build_export, export_to_file, hamlet_key, has_skill, person_key, place_key, skill_lessons, ExportBody,
    HamletIdentity, PassRecord, PeopleInScope, PersonRecord, SignedExport, SkillCount, SkillLessons, Totals,
    EXPORT_FORMAT, EXPORT_SCHEMA_VERSION, OLDEST_READ_SCHEMA_VERSION,
};
pub use import::{check_export, import_bytes, import_checked, import_files, ImportOutcome, ImportReport, TrustPolicy};
pub use keys::InstallationKey;
pub use tabular::{report_csv, report_xlsx, SkillNames};
