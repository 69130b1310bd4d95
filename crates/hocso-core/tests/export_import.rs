//! A hamlet's export travelling to the commune: real SQLite files, real signed files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use hocso_core::i18n::{AppTexts, Locale};
use hocso_core::reports::{self, demo, ImportOutcome, InstallationKey};
use hocso_core::store::Store;

use crate::hamlets::{
    code_of, commune as commune_store, dump, export, hamlet, hamlet_with_code, import, library, report, row, ALL, CORE,
};

#[test]
fn an_export_imported_at_the_commune_gives_the_same_counts() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(
        dir.path(),
        "dong.sqlite3",
        "Thôn Đông",
        &[("Nguyễn Thị Múi", 1958, ALL), ("Đặng Văn Đức", 1970, &["vneid"]), ("Lò Thị Xuân", 1990, ALL)],
    );
    let file = export(&db, &dir.path().join("dong.json"), "2026-11-20T08:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    assert_eq!(import(&commune, &file), ImportOutcome::Imported { hamlet: "Thôn Đông".into(), persons: 3 });
    let r = report(&commune);
    let dong = row(&r, "Thôn Đông");
    assert_eq!((dong.persons, dong.skilled), (3, 2));
    assert_eq!(dong.people_in_scope, Some(10), "the commune's own figure");
    assert_eq!(r.total.persons, 3, "the other registered hamlets sent nothing yet");
}

#[test]
fn one_changed_byte_is_refused_and_the_database_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    let file = export(&db, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    let good = std::fs::read(&file).unwrap();
    let before = dump(&commune);
    // Make her younger: still valid JSON, different content.
    let text = String::from_utf8(good.clone()).unwrap().replacen("\"age_band\": \"65+\"", "\"age_band\": \"50-64\"", 1);
    assert_ne!(text.as_bytes(), good.as_slice());
    std::fs::write(&file, &text).unwrap();
    assert_eq!(import(&commune, &file), ImportOutcome::RefusedDamaged);
    // Any single byte, anywhere: never imported.
    for i in (0..good.len()).step_by(97) {
        let mut bad = good.clone();
        bad[i] = if bad[i] == b'0' { b'1' } else { b'0' };
        std::fs::write(&file, &bad).unwrap();
        assert!(import(&commune, &file).is_refused(), "byte {i} changed and accepted");
    }
    assert_eq!(dump(&commune), before);
    assert_eq!(report(&commune).total.persons, 0);
}

#[test]
fn a_re_signed_forgery_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, &[])]);
    let file = export(&db, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let mut forged: reports::SignedExport = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    forged.body.persons[0].passed.push(reports::PassRecord {
        lesson: "vneid".into(),
        version: 1,
        month: "2026-11".into(),
        improved: None,
    });
    forged.digest = forged.body.canonical_digest();
    std::fs::write(&file, serde_json::to_vec(&forged).unwrap()).unwrap();
    let commune = dir.path().join("commune.sqlite3");
    assert_eq!(import(&commune, &file), ImportOutcome::RefusedForged);
    // Signed again with a key of the forger's own: the signature holds, the code's tag does not.
    let key = InstallationKey::from_seed([9; 32]);
    forged.body.public_key = key.public_hex();
    forged.body.installation_id = reports::installation_id_of(&forged.body.public_key);
    forged.digest = forged.body.canonical_digest();
    forged.signature = key.sign_hex(forged.digest.as_bytes());
    std::fs::write(&file, serde_json::to_vec(&forged).unwrap()).unwrap();
    let before = dump(&commune);
    assert_eq!(import(&commune, &file), ImportOutcome::RefusedWrongTag { hamlet: "Thôn Đông".into() });
    assert_eq!(dump(&commune), before);
}

#[test]
fn the_same_file_twice_or_an_older_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    let older = export(&db, &dir.path().join("older.json"), "2026-11-20T08:00:00Z");
    demo::add_learner_with_passes(&mut Store::open(&db).unwrap(), "Trần Văn Sáng", 1980, None, ALL).unwrap();
    let newer = export(&db, &dir.path().join("newer.json"), "2026-11-21T08:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    assert!(matches!(import(&commune, &newer), ImportOutcome::Imported { persons: 2, .. }));
    let after_first = dump(&commune);
    assert!(matches!(import(&commune, &newer), ImportOutcome::SkippedIdentical { .. }));
    assert!(matches!(import(&commune, &older), ImportOutcome::SkippedOlder { .. }));
    assert_eq!(dump(&commune), after_first);
    assert_eq!(row(&report(&commune), "Thôn Đông").persons, 2);

    // The other way round: the newer file replaces the older one.
    let commune2 = dir.path().join("commune2.sqlite3");
    import(&commune2, &older);
    assert!(matches!(import(&commune2, &newer), ImportOutcome::Replaced { persons: 2, .. }));
    let dong = row(&report(&commune2), "Thôn Đông");
    assert_eq!((dong.persons, dong.skilled), (2, 2));
}

#[test]
fn a_computer_whose_clock_went_back_still_replaces_its_older_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    let first = export(&db, &dir.path().join("first.json"), "2026-11-20T08:00:00Z");
    demo::add_learner_with_passes(&mut Store::open(&db).unwrap(), "Trần Văn Sáng", 1980, None, ALL).unwrap();
    // The CMOS battery went flat: the computer now believes it is the year 2000.
    let second = export(&db, &dir.path().join("second.json"), "2000-01-01T00:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    assert!(matches!(import(&commune, &first), ImportOutcome::Imported { persons: 1, .. }));
    assert!(
        matches!(import(&commune, &second), ImportOutcome::Replaced { persons: 2, .. }),
        "export 2 is newer than export 1, whatever the clock said"
    );
    let kept = dump(&commune);
    assert!(matches!(import(&commune, &first), ImportOutcome::SkippedOlder { .. }));
    assert_eq!(dump(&commune), kept);
    assert_eq!(row(&report(&commune), "Thôn Đông").persons, 2);
}

#[test]
fn two_computers_that_typed_the_hamlet_differently_count_one_hamlet_and_one_person() {
    let dir = tempfile::tempdir().unwrap();
    let computer = |file: &str, commune: &str, hamlet: &str, passed: &[&str]| {
        let db = dir.path().join(file);
        let mut store = Store::open(&db).unwrap();
        store.set_up(&demo::hamlet_setup(hamlet, commune, Some(&code_of("Thôn Đông")))).unwrap();
        demo::add_learner_with_passes(&mut store, "Nguyễn Thị Múi", 1958, Some("female"), passed).unwrap();
        db
    };
    let a = computer("a.sqlite3", "Xã Đầm Hà", "Thôn Đông", &["vneid", "dich-vu-cong"]);
    let b = computer("b.sqlite3", "Đầm Hà", "Đông", &["thanh-toan-qr", "nhan-dien-lua-dao"]);
    let commune = dir.path().join("commune.sqlite3");
    let fa = export(&a, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let fb = export(&b, &dir.path().join("b.json"), "2026-11-20T09:00:00Z");
    assert!(matches!(import(&commune, &fa), ImportOutcome::Imported { .. }));
    assert!(matches!(import(&commune, &fb), ImportOutcome::Imported { .. }));
    let r = report_equals_a_fresh_tally(&commune);
    assert_eq!(r.total.persons, 1, "“Thôn Đông, Xã Đầm Hà” and “Đông, Đầm Hà” are one hamlet: the code says so");
    let dong = row(&r, "Thôn Đông");
    assert_eq!((dong.persons, dong.skilled), (1, 1), "Múi once, with all four lessons");
}

#[test]
fn after_restoring_an_older_backup_the_next_export_still_counts_as_newer() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    let usb = dir.path().join("usb.sqlite3");
    Store::open(&db).unwrap().backup_to(&usb).unwrap(); // before any export
    let first = export(&db, &dir.path().join("first.json"), "2026-11-20T08:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    assert!(matches!(import(&commune, &first), ImportOutcome::Imported { .. }));
    // The disk failed; the facilitator restored the USB copy, which knows of no export yet.
    let mut store = Store::open(&db).unwrap();
    store.restore_from(&usb).unwrap();
    demo::add_learner_with_passes(&mut store, "Trần Văn Sáng", 1980, None, ALL).unwrap();
    drop(store);
    let second = export(&db, &dir.path().join("second.json"), "2026-11-21T08:00:00Z");
    assert!(
        matches!(import(&commune, &second), ImportOutcome::Replaced { persons: 2, .. }),
        "export numbers never go back, even after a restore"
    );
}

#[test]
fn a_new_computer_of_a_known_hamlet_is_accepted_and_a_person_on_two_computers_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let a = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, &["vneid", "dich-vu-cong"])]);
    // The same person on the other computer, typed without accents, with the other lessons.
    let b = hamlet_with_code(
        dir.path(),
        "b.sqlite3",
        "thon dong",
        &code_of("Thôn Đông"),
        &[("nguyen thi mui", 1958, &["thanh-toan-qr", "nhan-dien-lua-dao"]), ("Hà Văn Tư", 1966, &[])],
    );
    let fa = export(&a, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let fb = export(&b, &dir.path().join("b.json"), "2026-11-20T09:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    assert!(matches!(import(&commune, &fa), ImportOutcome::Imported { .. }));
    assert!(matches!(import(&commune, &fb), ImportOutcome::Imported { .. }), "no question asked: it has the code");
    let dong = row(&report(&commune), "Thôn Đông");
    assert_eq!(dong.persons, 2, "Múi on two computers is one person");
    assert_eq!(dong.skilled, 1, "her passes on both computers together make all four core lessons");
}

#[test]
fn no_name_or_birth_date_leaves_the_hamlet_in_any_byte() {
    let dir = tempfile::tempdir().unwrap();
    let names = ["Nguyễn Thị Múi", "Đặng Văn Đức", "Triệu Thị Sen"];
    let db = hamlet(
        dir.path(),
        "a.sqlite3",
        "Thôn Đông",
        &[(names[0], 1958, ALL), (names[1], 1970, &["vneid"]), (names[2], 1949, ALL)],
    );
    let file = export(&db, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    import(&commune, &file);
    let r = report(&commune);
    let texts = AppTexts::load(Locale::Vi);
    let skills = library().skill_names(Locale::Vi);
    let csv = reports::report_csv(&r, &texts, &skills);
    let xlsx = reports::report_xlsx(&r, &texts, &skills).unwrap();
    let export_bytes = std::fs::read(&file).unwrap();
    let mut xlsx_cells = String::new();
    {
        use calamine::{Reader, Xlsx};
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(xlsx.clone())).unwrap();
        let sheet = book.worksheet_range_at(0).unwrap().unwrap();
        for row in sheet.rows() {
            for cell in row {
                xlsx_cells.push_str(&cell.to_string());
                xlsx_cells.push('\n');
            }
        }
    }
    for name in names {
        for form in [name.to_owned(), hocso_core::store::search_key(name), name.to_uppercase()] {
            for (what, bytes) in [
                ("export", &export_bytes),
                ("csv", &csv),
                ("xlsx", &xlsx),
                ("xlsx cells", &xlsx_cells.as_bytes().to_vec()),
            ] {
                let text = String::from_utf8_lossy(bytes).to_lowercase();
                assert!(!text.contains(&form.to_lowercase()), "{form:?} found in the {what}");
                // No part of the name either (the given name alone is rare enough to test).
                let given = form.split(' ').next_back().unwrap().to_lowercase();
                assert!(!text.contains(&format!("\"{given}")), "{given:?} found in the {what}");
            }
        }
    }
    for year in ["1958", "1970", "1949"] {
        let text = crate::hamlets::without_hex(&String::from_utf8_lossy(&export_bytes));
        assert!(!text.contains(year), "a birth year in the export");
    }
}

#[test]
fn the_xlsx_read_back_by_an_independent_reader_shows_the_dashboard_numbers() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    let commune = dir.path().join("commune.sqlite3");
    let core: Vec<String> = CORE.iter().map(|s| s.to_string()).collect();
    let files: Vec<PathBuf> = crate::hamlets::REGISTERED
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            let path = dir.path().join(format!("h{i}.json"));
            let export = demo::demo_export(i, &code_of(name), "Đầm Hà", &core, 40, 7);
            std::fs::write(&path, serde_json::to_vec(&export).unwrap()).unwrap();
            path
        })
        .collect();
    let mut store = commune_store(&commune);
    let imported = reports::import_files(&mut store, &files).unwrap();
    assert!(!imported.any_refused());
    let r = reports::commune_report(&mut store).unwrap();
    let skills = library().skill_names(Locale::Vi);
    let xlsx = reports::report_xlsx(&r, &AppTexts::load(Locale::Vi), &skills).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(xlsx)).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<_> = sheet.rows().collect();
    assert_eq!(rows.len(), 1 + r.hamlets.len() + 1, "header, hamlets, total");
    for (row, hamlet) in rows[1..].iter().zip(r.hamlets.iter().chain(std::iter::once(&r.total))) {
        let number = |c: usize| match &row[c] {
            Data::Float(f) => *f,
            Data::Int(i) => *i as f64,
            other => panic!("not a number: {other:?}"),
        };
        assert_eq!(number(1) as u32, hamlet.people_in_scope.unwrap());
        assert_eq!(number(3) as u32, hamlet.persons);
        assert_eq!(number(4) as u32, hamlet.skilled);
        assert_eq!(number(5), hamlet.percent.unwrap());
        assert_eq!(row[6] == Data::String("✓".into()), hamlet.met);
        assert_eq!(number(7) as u32, hamlet.needed.unwrap());
    }
}

#[test]
fn a_file_claiming_another_computers_id_cannot_replace_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let a = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    let fa = export(&a, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let commune = dir.path().join("commune.sqlite3");
    import(&commune, &fa);
    let before = dump(&commune);
    // A forger copies A's installation id into a file of another hamlet, signed by their own key.
    let genuine: reports::SignedExport = serde_json::from_slice(&std::fs::read(&fa).unwrap()).unwrap();
    let code = code_of("Thôn Tây");
    let mut forged = demo::demo_export(5, &code, "Đầm Hà", &["vneid".to_string()], 2, 99);
    forged.body.installation_id = genuine.body.installation_id.clone();
    let key = InstallationKey::from_seed([9; 32]);
    forged.body.public_key = key.public_hex();
    let forged = reports::seal(forged.body, &code, &key);
    let file = dir.path().join("forged.json");
    std::fs::write(&file, serde_json::to_vec(&forged).unwrap()).unwrap();
    assert_eq!(import(&commune, &file), ImportOutcome::RefusedForged, "an id is its key's, never chosen");
    // The genuine computer itself, moved to another hamlet's code: refused, not merged.
    Store::open(&a).unwrap().set_hamlet_code(&code).unwrap();
    let moved = export(&a, &dir.path().join("moved.json"), "2026-11-21T08:00:00Z");
    assert!(matches!(import(&commune, &moved), ImportOutcome::RefusedConflict { .. }));
    assert_eq!(dump(&commune), before, "the genuine hamlet's data is untouched");
}

#[test]
fn the_commune_rate_counts_only_hamlets_whose_people_in_scope_the_commune_entered() {
    let dir = tempfile::tempdir().unwrap();
    let commune = dir.path().join("commune.sqlite3");
    // Thôn Bắc is registered, has its code, but the commune has not entered its people in scope.
    {
        let mut store = commune_store(&commune);
        let bac = store.add_commune_hamlet("Thôn Bắc").unwrap();
        store.record_hamlet_code(bac.id, &code_of("Thôn Bắc")).unwrap();
    }
    let a = hamlet(dir.path(), "a.sqlite3", "Thôn Bắc", &[("Nguyễn Thị Múi", 1958, ALL), ("Lò Thị Xuân", 1990, ALL)]);
    // The hamlet says 2 people are in scope (it would be 100%): shown beside, never used.
    {
        let mut store = Store::open(&a).unwrap();
        let mut profile = store.hamlet_profile().unwrap();
        profile.people_in_scope = Some(2);
        store.set_hamlet_profile(&profile).unwrap();
    }
    let fa = export(&a, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let b = hamlet(dir.path(), "b.sqlite3", "Thôn Tây", &[("Vi Văn Sáu", 1985, ALL), ("Hoàng Thị Én", 1949, &[])]);
    let fb = export(&b, &dir.path().join("b.json"), "2026-11-20T08:00:00Z");
    import(&commune, &fa);
    import(&commune, &fb);
    let r = report(&commune);
    let without = row(&r, "Thôn Bắc");
    assert_eq!((without.skilled, without.people_in_scope, without.reported_scope), (2, None, Some(2)));
    assert_eq!(without.percent, None);
    assert!(!without.met, "the hamlet's own “2 people” does not make it 100%");
    let tay = row(&r, "Thôn Tây");
    assert_eq!(tay.people_in_scope, Some(20));
    assert_eq!(r.total.people_in_scope, Some(10 + 20 + 30), "every registered hamlet with a scope");
    assert_eq!(r.total.skilled, tay.skilled, "skilled people without a scope do not inflate the rate");
    assert_eq!(r.total.persons, 4);
}

#[test]
fn an_export_comes_with_a_csv_and_an_xlsx_summary_without_names() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL), ("Lò Văn Páo", 1970, &[])]);
    let mut store = Store::open(&db).unwrap();
    let out = dir.path().join("usb/thon-dong.json");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    reports::export_to_file(&mut store, &library(), &db, &out).unwrap();
    let csv = std::fs::read_to_string(out.with_extension("csv")).unwrap();
    assert!(csv.starts_with('\u{FEFF}') && csv.contains("Thôn Đông,"), "{csv}");
    assert!(!csv.to_lowercase().contains("múi") && !csv.to_lowercase().contains("páo"));
    assert!(std::fs::read(out.with_extension("xlsx")).unwrap().starts_with(b"PK"));
}

#[test]
fn a_signed_and_tagged_file_with_values_outside_the_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let core: Vec<String> = CORE.iter().map(|s| s.to_string()).collect();
    let key = InstallationKey::from_seed([3; 32]);
    let code = code_of("Thôn Đông");
    for case in 0..5 {
        let mut export = demo::demo_export(0, &code, "Đầm Hà", &core, 3, 1);
        match case {
            0 => export.body.persons[0].key = "Nguyen Thi Mui 1958".into(),
            1 => export.body.persons[0].gender = Some("Tày".into()),
            2 => export.body.persons[0].age_band = "1958".into(),
            3 => export.body.hamlet.name = "x".repeat(81),
            _ => export.body.totals.persons = 999,
        }
        export.body.public_key = key.public_hex();
        export.body.installation_id = reports::installation_id_of(&export.body.public_key);
        let export = reports::seal(export.body, &code, &key);
        let file = dir.path().join(format!("case-{case}.json"));
        std::fs::write(&file, serde_json::to_vec(&export).unwrap()).unwrap();
        let commune = dir.path().join(format!("c{case}.sqlite3"));
        assert_eq!(import(&commune, &file), ImportOutcome::RefusedUnknownFormat, "case {case}");
    }
}

/// Counts straight from the imported rows, written here apart from the core's tallies: per
/// hamlet, (persons, skilled), and the persons who passed each core lesson.
fn count_from_rows(db: &Path) -> (Vec<(u32, u32)>, BTreeMap<String, u32>) {
    let conn = rusqlite::Connection::open(db).unwrap();
    // The commune's own catalogue decides which lessons are core.
    let core: BTreeSet<String> = CORE.iter().map(|c| c.to_string()).collect();
    // (hamlet, person) -> lessons passed on any computer
    let mut passed: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    let mut stmt = conn
        .prepare("SELECT i.hamlet_key, p.person_key FROM imports i JOIN imported_persons p ON p.import_id = i.id")
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        passed.entry((r.get(0).unwrap(), r.get(1).unwrap())).or_default();
    }
    let mut stmt = conn.prepare("SELECT i.hamlet_key, s.person_key, s.lesson_id FROM imports i JOIN imported_passes s ON s.import_id = i.id").unwrap();
    let mut rows = stmt.query([]).unwrap();
    while let Some(r) = rows.next().unwrap() {
        passed
            .get_mut(&(r.get(0).unwrap(), r.get(1).unwrap()))
            .expect("a pass of a listed person")
            .insert(r.get(2).unwrap());
    }
    let mut hamlets: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut by_lesson: BTreeMap<String, u32> = BTreeMap::new();
    for ((hamlet, _), lessons) in &passed {
        let row = hamlets.entry(hamlet.clone()).or_default();
        row.0 += 1;
        row.1 += u32::from(core.is_subset(lessons));
        for lesson in lessons.intersection(&core) {
            *by_lesson.entry(lesson.clone()).or_default() += 1;
        }
    }
    let mut rows: Vec<(u32, u32)> = hamlets.into_values().collect();
    rows.sort();
    (rows, by_lesson)
}

/// The report read from the tallies each import keeps must agree with a count written apart
/// from them, and with the report after throwing the tallies away (so every hamlet is tallied
/// again from the imported rows).
fn report_equals_a_fresh_tally(db: &Path) -> reports::CommuneReport {
    let kept = report(db);
    let (expected_rows, expected_by_lesson) = count_from_rows(db);
    let mut rows: Vec<(u32, u32)> =
        kept.hamlets.iter().filter(|h| h.persons > 0).map(|h| (h.persons, h.skilled)).collect();
    rows.sort();
    assert_eq!(rows, expected_rows, "persons and skilled per hamlet, counted apart from the tallies");
    assert_eq!(kept.by_lesson, expected_by_lesson, "passes per core lesson, counted apart from the tallies");
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute("DELETE FROM hamlet_tallies", []).unwrap();
    let orphans: i64 = conn.query_row("SELECT count(*) FROM hamlet_breakdown", [], |r| r.get(0)).unwrap();
    assert_eq!(orphans, 0, "a hamlet's breakdown goes with its tally");
    drop(conn);
    assert_eq!(report(db), kept, "the kept tallies equal a tally from scratch");
    kept
}

#[test]
fn the_tallies_kept_by_imports_equal_a_tally_from_scratch_after_new_replaced_and_shared_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = hamlet(
        dir.path(),
        "a.sqlite3",
        "Thôn Đông",
        &[("Nguyễn Thị Múi", 1958, &["vneid", "dich-vu-cong"]), ("Lò Văn Pấng", 2001, ALL)],
    );
    let b = hamlet_with_code(
        dir.path(),
        "b.sqlite3",
        "thon dong",
        &code_of("Thôn Đông"),
        &[("nguyen thi mui", 1958, &["thanh-toan-qr"])],
    );
    let c = hamlet(dir.path(), "c.sqlite3", "Thôn Tây", &[("Hoàng Thị Én", 1949, &[]), ("Vi Văn Sáu", 1985, ALL)]);
    let commune = dir.path().join("commune.sqlite3");

    let fa = export(&a, &dir.path().join("a1.json"), "2026-11-20T08:00:00Z");
    assert!(matches!(import(&commune, &fa), ImportOutcome::Imported { .. }));
    let r = report_equals_a_fresh_tally(&commune);
    let dong = row(&r, "Thôn Đông");
    assert_eq!((dong.persons, dong.skilled), (2, 1));

    let fb = export(&b, &dir.path().join("b1.json"), "2026-11-20T09:00:00Z");
    assert!(matches!(import(&commune, &fb), ImportOutcome::Imported { .. }));
    let r = report_equals_a_fresh_tally(&commune);
    let dong = row(&r, "Thôn Đông");
    assert_eq!((dong.persons, dong.skilled), (2, 1), "Múi still lacks one lesson");
    assert_eq!(r.by_lesson.get("thanh-toan-qr"), Some(&2));

    // A new learner on computer A; its newer export replaces the older one.
    {
        let mut store = Store::open(&a).unwrap();
        demo::add_learner_with_passes(&mut store, "Đinh Thị Hoa", 1975, Some("female"), &["nhan-dien-lua-dao"])
            .unwrap();
    }
    let fa2 = export(&a, &dir.path().join("a2.json"), "2026-11-21T08:00:00Z");
    assert!(matches!(import(&commune, &fa2), ImportOutcome::Replaced { .. }));
    let r = report_equals_a_fresh_tally(&commune);
    assert_eq!(row(&r, "Thôn Đông").persons, 3, "Hoa joined");

    let fc = export(&c, &dir.path().join("c1.json"), "2026-11-21T09:00:00Z");
    assert!(matches!(import(&commune, &fc), ImportOutcome::Imported { .. }));
    let r = report_equals_a_fresh_tally(&commune);
    assert_eq!(r.hamlets.iter().filter(|h| h.persons > 0).count(), 2);
    assert_eq!(r.total.persons, 5);
    assert_eq!(r.hamlets.iter().map(|h| h.skilled).sum::<u32>(), 2, "Pấng and Sáu");
    assert_eq!(r.by_age.values().map(|(p, _)| p).sum::<u32>(), 5, "every person in one age band");
    assert_eq!(r.by_gender.values().map(|(p, _)| p).sum::<u32>(), 5, "every person in one gender row");
}
