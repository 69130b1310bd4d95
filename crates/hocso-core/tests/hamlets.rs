//! A hamlet computer and a commune office on real SQLite files, for the tests of both.

use std::path::{Path, PathBuf};

use hocso_core::lessons::LessonLibrary;
use hocso_core::reports::{self, demo, ImportOutcome, InstallationKey, TrustPolicy};
use hocso_core::store::Store;

pub const CORE: [&str; 4] = ["vneid", "dich-vu-cong", "thanh-toan-qr", "nhan-dien-lua-dao"];

pub fn library() -> LessonLibrary {
    LessonLibrary::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons"))
}

/// A hamlet computer with named learners: (name, birth year, lessons passed).
pub fn hamlet(dir: &Path, file: &str, hamlet: &str, learners: &[(&str, i32, &[&str])]) -> PathBuf {
    let db = dir.join(file);
    let mut store = Store::open(&db).unwrap();
    store.set_up(&demo::hamlet_setup(hamlet, "Đầm Hà")).unwrap();
    for (name, year, passed) in learners {
        demo::add_learner_with_passes(&mut store, name, *year, Some("female"), passed).unwrap();
    }
    db
}

pub fn export(db: &Path, out: &Path, at: &str) -> PathBuf {
    let mut store = Store::open(db).unwrap();
    let key = InstallationKey::load_or_create(db).unwrap();
    let export = reports::build_export(&mut store, &library(), &key, at).unwrap();
    reports::write_atomically(out, &serde_json::to_vec_pretty(&export).unwrap()).unwrap();
    out.to_owned()
}

pub fn import(db: &Path, file: &Path, trust: TrustPolicy) -> ImportOutcome {
    let mut store = Store::open(db).unwrap();
    let report = reports::import_files(&mut store, &[file.to_owned()], trust).unwrap();
    report.files[0].1.clone()
}

pub fn report(db: &Path) -> reports::CommuneReport {
    reports::commune_report(&mut Store::open(db).unwrap()).unwrap()
}

/// Every row of every table, to show that a refused file changed nothing.
pub fn dump(db: &Path) -> String {
    Store::open(db).unwrap().content_digest().unwrap()
}

pub const ALL: &[&str] = &CORE;
