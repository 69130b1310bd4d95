//! A hamlet computer and a commune office on real SQLite files, for the tests of both. The
//! commune issues each test hamlet a known code (`code_of`), as `hocso commune issue-code`
//! would issue a random one.

use std::path::{Path, PathBuf};

use hocso_core::lessons::LessonLibrary;
use hocso_core::reports::{self, demo, HamletCode, ImportOutcome, InstallationKey};
use hocso_core::store::Store;

pub const CORE: [&str; 4] = ["vneid", "dich-vu-cong", "thanh-toan-qr", "nhan-dien-lua-dao"];

pub fn library() -> LessonLibrary {
    LessonLibrary::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons"))
}

/// The hamlets every test commune has registered, with people in scope.
pub const REGISTERED: [(&str, u32); 3] = [("Thôn Đông", 10), ("Thôn Tây", 20), ("Thôn Nam", 30)];

/// The code the test commune issued to `hamlet` (the same for every test).
pub fn code_of(hamlet: &str) -> HamletCode {
    let seed = hamlet.bytes().fold(17u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
    HamletCode::from_seed(seed)
}

/// A commune office at `db` (made the first time): Xã Đầm Hà, the `REGISTERED` hamlets with
/// their codes and people in scope, the shipped catalogue's core lessons.
pub fn commune(db: &Path) -> Store {
    let fresh = !db.exists();
    let mut store = Store::open(db).unwrap();
    if fresh {
        store.set_up(&demo::commune_setup("Xã Đầm Hà")).unwrap();
        for (name, scope) in REGISTERED {
            let h = store.add_commune_hamlet(name).unwrap();
            store.record_hamlet_code(h.id, &code_of(name)).unwrap();
            store.set_commune_hamlet_scope(h.id, Some(scope), "người trong độ tuổi lao động").unwrap();
        }
        reports::set_criterion_catalogue(&mut store, &library()).unwrap();
    }
    store
}

/// A hamlet computer set up with the code of `hamlet`, with named learners: (name, birth year,
/// lessons passed).
pub fn hamlet(dir: &Path, file: &str, hamlet: &str, learners: &[(&str, i32, &[&str])]) -> PathBuf {
    hamlet_with_code(dir, file, hamlet, &code_of(hamlet), learners)
}

pub fn hamlet_with_code(
    dir: &Path,
    file: &str,
    hamlet: &str,
    code: &HamletCode,
    learners: &[(&str, i32, &[&str])],
) -> PathBuf {
    let db = dir.join(file);
    let mut store = Store::open(&db).unwrap();
    store.set_up(&demo::hamlet_setup(hamlet, "Đầm Hà", Some(code))).unwrap();
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

/// Imports one file at the commune `db` (set up the first time).
pub fn import(db: &Path, file: &Path) -> ImportOutcome {
    let mut store = commune(db);
    let report = reports::import_files(&mut store, &[file.to_owned()]).unwrap();
    report.files[0].1.clone()
}

pub fn report(db: &Path) -> reports::CommuneReport {
    reports::commune_report(&mut commune(db)).unwrap()
}

/// The report's row of one hamlet.
pub fn row(report: &reports::CommuneReport, hamlet: &str) -> reports::HamletRow {
    report.hamlets.iter().find(|h| h.hamlet == hamlet).cloned().unwrap()
}

/// Every row of every table, to show that a refused file changed nothing.
pub fn dump(db: &Path) -> String {
    commune(db).content_digest().unwrap()
}

pub const ALL: &[&str] = &CORE;

/// `text` without its long hexadecimal runs (keys, digests, signatures): a birth year such as
/// "1958" turns up inside random hex by chance, and is a finding only outside it.
pub fn without_hex(text: &str) -> String {
    let mut out = String::new();
    let mut run = String::new();
    for c in text.chars() {
        if c.is_ascii_hexdigit() {
            run.push(c);
            continue;
        }
        if run.len() < 16 {
            out.push_str(&run);
        }
        run.clear();
        out.push(c);
    }
    if run.len() < 16 {
        out.push_str(&run);
    }
    out
}
