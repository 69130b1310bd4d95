//! Hamlet codes on real files: the same residents on two computers of a hamlet, two hamlets,
//! a lost file read by someone with the voter list, a forger without the code, a renamed
//! hamlet, a leaked code re-issued, files too large, and the commune undoing an import.

use std::io::Write;
use std::time::Instant;

use hocso_core::reports::{self, demo, HamletCode, ImportOutcome, InstallationKey, Undo};
use hocso_core::store::{search_key, Store};
use sha2::{Digest, Sha256};

use crate::hamlets::{code_of, commune, dump, export, hamlet, hamlet_with_code, import, library, report, row, ALL};

/// A hamlet computer with the demo's residents (the same seed gives the same people).
fn demo_computer(dir: &std::path::Path, file: &str, code: &HamletCode, seed: u64) -> std::path::PathBuf {
    let db = dir.join(file);
    let mut store = Store::open(&db).unwrap();
    demo::demo_hamlet_db(&mut store, "Thôn Đông", "Đầm Hà", Some(code), &library(), 25, seed).unwrap();
    db
}

fn keys_of(file: &std::path::Path) -> Vec<String> {
    let export: reports::SignedExport = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    export.body.persons.into_iter().map(|p| p.key).collect()
}

#[test]
fn two_computers_with_the_same_code_give_each_resident_the_same_key_and_the_commune_counts_them_once() {
    let dir = tempfile::tempdir().unwrap();
    let code = code_of("Thôn Đông");
    let a = demo_computer(dir.path(), "a.sqlite3", &code, 11);
    let b = demo_computer(dir.path(), "b.sqlite3", &code, 11);
    let fa = export(&a, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let fb = export(&b, &dir.path().join("b.json"), "2026-11-20T09:00:00Z");
    assert_eq!(keys_of(&fa), keys_of(&fb), "the same residents, the same keys");
    let db = dir.path().join("commune.sqlite3");
    assert!(matches!(import(&db, &fa), ImportOutcome::Imported { .. }));
    assert!(matches!(import(&db, &fb), ImportOutcome::Imported { .. }));
    let r = report(&db);
    assert_eq!(row(&r, "Thôn Đông").persons as usize, keys_of(&fa).len(), "counted once");

    // The same residents under another hamlet's code share no key with these.
    let other = demo_computer(dir.path(), "c.sqlite3", &code_of("Thôn Tây"), 11);
    let fc = export(&other, &dir.path().join("c.json"), "2026-11-20T09:00:00Z");
    let theirs = keys_of(&fc);
    assert!(keys_of(&fa).iter().all(|k| !theirs.contains(k)), "no key in common");
}

/// Every unkeyed hash someone with the voter list might try, for one (name, birth year).
fn unkeyed_hashes(name: &str, year: i32) -> Vec<String> {
    let mut tries = vec![];
    for form in [name.to_owned(), search_key(name), name.to_lowercase()] {
        for text in [
            format!("{form}{year}"),
            format!("{form}\n{year}"),
            format!("{form}|{year}"),
            format!("{form} {year}"),
            format!("hocso-person-key-v2\ndam ha|dong\n{form}\n{year}"),
        ] {
            tries.push(hex::encode(Sha256::digest(text.as_bytes())));
        }
    }
    tries
}

#[test]
fn a_lost_export_holds_no_name_no_birth_year_and_no_unkeyed_hash_of_any_resident() {
    let dir = tempfile::tempdir().unwrap();
    let residents = [("Nguyễn Thị Múi", 1958), ("Đặng Văn Đức", 1970), ("Triệu Thị Sen", 1949)];
    let db =
        hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &residents.iter().map(|(n, y)| (*n, *y, ALL)).collect::<Vec<_>>());
    let file = export(&db, &dir.path().join("a.json"), "2026-11-20T08:00:00Z");
    let text = std::fs::read_to_string(&file).unwrap().to_lowercase();
    for (name, year) in residents {
        assert!(!text.contains(&search_key(name)) && !text.contains(&name.to_lowercase()), "{name}");
        assert!(!crate::hamlets::without_hex(&text).contains(&year.to_string()), "{year}");
        // The voter list lists every resident with a birth year: none of their hashes is here.
        for y in year - 2..=year + 2 {
            for hash in unkeyed_hashes(name, y) {
                assert!(!text.contains(&hash), "an unkeyed hash of {name} {y}");
            }
        }
    }
    // What the file holds per person: a key, an age band, a gender, passes by month.
    let export: reports::SignedExport = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!(export.body.persons.iter().all(|p| p.passed.iter().all(|s| s.month.len() == 7)));
    assert_eq!(
        export.body.persons.iter().map(|p| p.age_band.as_str()).collect::<std::collections::BTreeSet<_>>(),
        ["50-64", "65+"].into_iter().collect()
    );
}

#[test]
fn a_file_made_without_the_code_or_with_one_byte_changed_leaves_the_commune_database_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    let good = export(
        &hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]),
        &dir.path().join("a.json"),
        "2026-11-20T08:00:00Z",
    );
    import(&db, &good);
    // A "Thôn Đông" computer set up with a code the commune never issued.
    let stranger = hamlet_with_code(
        dir.path(),
        "s.sqlite3",
        "Thôn Đông",
        &HamletCode::from_seed(424242),
        &[("Người Lạ", 1990, ALL)],
    );
    let without = export(&stranger, &dir.path().join("s.json"), "2026-11-21T08:00:00Z");
    // The genuine file, one byte changed.
    let mut bytes = std::fs::read(&good).unwrap();
    let at = bytes.len() / 2;
    bytes[at] = if bytes[at] == b'a' { b'b' } else { b'a' };
    let changed = dir.path().join("changed.json");
    std::fs::write(&changed, &bytes).unwrap();
    drop(commune(&db));
    let file_bytes = || std::fs::read(&db).unwrap();
    let before = file_bytes();
    for (file, expect) in [(&without, "unknown code"), (&changed, "damaged")] {
        let outcome = import(&db, file);
        assert!(outcome.is_refused(), "{expect}: {outcome:?}");
        assert!(file_bytes() == before, "{expect}: the database file changed");
    }
    assert_eq!(import(&db, &without), ImportOutcome::RefusedUnknownCode { hamlet: "Thôn Đông".into() });
}

#[test]
fn a_renamed_hamlet_keeps_counting_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    let computer = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    import(&db, &export(&computer, &dir.path().join("1.json"), "2026-11-20T08:00:00Z"));
    // The 2025 merger: the commune renames the hamlet; the hamlet computer renames itself too,
    // spelled its own way.
    {
        let mut store = commune(&db);
        let h = store.commune_hamlet("Thôn Đông").unwrap();
        store.rename_commune_hamlet(h.id, "Thôn Đông Hòa").unwrap();
        let mut hamlet_store = Store::open(&computer).unwrap();
        let mut profile = hamlet_store.hamlet_profile().unwrap();
        profile.hamlet_name = "Dong Hoa".into();
        profile.commune_name = "Xã Quảng Hà mới".into();
        hamlet_store.set_hamlet_profile(&profile).unwrap();
        demo::add_learner_with_passes(&mut hamlet_store, "Lò Thị Xuân", 1990, None, ALL).unwrap();
    }
    assert!(matches!(
        import(&db, &export(&computer, &dir.path().join("2.json"), "2026-11-21T08:00:00Z")),
        ImportOutcome::Replaced { persons: 2, .. }
    ));
    let r = report(&db);
    assert!(r.hamlets.iter().all(|h| h.hamlet != "Thôn Đông" && h.hamlet != "Dong Hoa"));
    assert_eq!(row(&r, "Thôn Đông Hòa").persons, 2, "one hamlet, under its new official name");
}

#[test]
fn after_a_code_is_re_issued_nobody_is_counted_twice_while_the_computers_move_over() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    let old = code_of("Thôn Đông");
    // Two computers of the hall; Múi practised on both.
    let a = hamlet_with_code(dir.path(), "a.sqlite3", "Thôn Đông", &old, &[("Nguyễn Thị Múi", 1958, ALL)]);
    let b = hamlet_with_code(
        dir.path(),
        "b.sqlite3",
        "Thôn Đông",
        &old,
        &[("Nguyễn Thị Múi", 1958, &["vneid"]), ("Vi Văn Sáu", 1985, ALL)],
    );
    import(&db, &export(&a, &dir.path().join("a1.json"), "2026-11-20T08:00:00Z"));
    import(&db, &export(&b, &dir.path().join("b1.json"), "2026-11-20T09:00:00Z"));
    assert_eq!(row(&report(&db), "Thôn Đông").persons, 2);
    // The sheet was photographed and posted online: the commune re-issues the code.
    let new = {
        let mut store = commune(&db);
        let h = store.commune_hamlet("Thôn Đông").unwrap();
        let issued = store.issue_hamlet_code(h.id).unwrap();
        assert_eq!(store.commune_hamlet_by_id(h.id).unwrap().codes_issued, 2);
        HamletCode::parse(&issued.printed).unwrap()
    };
    // Until a file under the new code arrives, the old files still count.
    assert_eq!(row(&report(&db), "Thôn Đông").persons, 2);
    // A file still under the old code (from B, or from whoever holds the leaked code): refused.
    let b_old = export(&b, &dir.path().join("b2.json"), "2026-11-22T08:00:00Z");
    assert!(matches!(import(&db, &b_old), ImportOutcome::RefusedReplacedCode { .. }));
    // A takes the new code: its first file replaces every file under the old one.
    Store::open(&a).unwrap().set_hamlet_code(&new).unwrap();
    let a_new = export(&a, &dir.path().join("a2.json"), "2026-11-22T09:00:00Z");
    assert_eq!(
        import(&db, &a_new),
        ImportOutcome::ReplacedOldCode { hamlet: "Thôn Đông".into(), persons: 1, files_removed: 2 }
    );
    let dong = row(&report(&db), "Thôn Đông");
    assert_eq!(dong.persons, 1, "Múi once (under the new key), never twice; Sáu waits for computer B");
    // B takes the new code too: Múi on both computers is still one person.
    Store::open(&b).unwrap().set_hamlet_code(&new).unwrap();
    let b_new = export(&b, &dir.path().join("b3.json"), "2026-11-23T08:00:00Z");
    assert!(matches!(import(&db, &b_new), ImportOutcome::Imported { persons: 2, .. }));
    let dong = row(&report(&db), "Thôn Đông");
    assert_eq!((dong.persons, dong.skilled), (2, 2));
}

#[test]
fn a_file_over_the_limit_is_refused_without_being_read_and_a_million_persons_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    drop(commune(&db));
    let before = dump(&db);
    // A sparse file: 17 MiB long, nothing written. Reading it would take memory and time.
    let huge = dir.path().join("huge.json");
    std::fs::File::create(&huge).unwrap().set_len(reports::MAX_FILE_BYTES + 1024 * 1024).unwrap();
    let started = Instant::now();
    assert_eq!(import(&db, &huge), ImportOutcome::RefusedTooLarge);
    assert!(started.elapsed().as_secs_f64() < 2.0, "{:?}", started.elapsed());
    // A file of 10⁶ persons (about 90 MB).
    let million = dir.path().join("million.json");
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(&million).unwrap());
        write!(out, "{{\"body\":{{\"format\":\"hocso-hamlet-export\",\"schema_version\":4,\"persons\":[").unwrap();
        for i in 0..1_000_000u32 {
            let sep = if i == 0 { "" } else { "," };
            write!(out, "{sep}{{\"key\":\"{i:064x}\",\"age_band\":\"65+\",\"gender\":null,\"passed\":[]}}").unwrap();
        }
        write!(out, "]}}}}").unwrap();
    }
    let started = Instant::now();
    assert_eq!(import(&db, &million), ImportOutcome::RefusedTooLarge);
    assert!(started.elapsed().as_secs_f64() < 2.0, "{:?}", started.elapsed());
    // Within the size, over the person cap: refused after parsing, before any write.
    let code = code_of("Thôn Đông");
    let mut crowd = demo::demo_export(0, &code, "Đầm Hà", &[], 1, 1);
    let one = crowd.body.persons[0].clone();
    crowd.body.persons = (0..=reports::MAX_PERSONS as u32)
        .map(|i| reports::PersonRecord { key: format!("{i:064x}"), ..one.clone() })
        .collect();
    crowd.body.totals.persons = crowd.body.persons.len() as u32;
    let key = InstallationKey::from_seed([4; 32]);
    crowd.body.public_key = key.public_hex();
    crowd.body.installation_id = reports::installation_id_of(&crowd.body.public_key);
    let crowd = reports::seal(crowd.body, &code, &key);
    let file = dir.path().join("crowd.json");
    std::fs::write(&file, serde_json::to_vec(&crowd).unwrap()).unwrap();
    let started = Instant::now();
    assert_eq!(import(&db, &file), ImportOutcome::RefusedUnknownFormat);
    assert!(started.elapsed().as_secs_f64() < 5.0, "{:?}", started.elapsed());
    assert_eq!(dump(&db), before);
}

#[test]
fn an_export_number_that_jumps_too_far_and_old_layout_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    let code = code_of("Thôn Đông");
    let mut export = demo::demo_export(0, &code, "Đầm Hà", &["vneid".into()], 3, 2);
    let key = InstallationKey::from_seed([5; 32]);
    export.body.public_key = key.public_hex();
    export.body.installation_id = reports::installation_id_of(&export.body.public_key);
    // A computer's first file here may carry any number (it may have exported often before).
    export.body.export_number = reports::MAX_NUMBER_JUMP + 1;
    let first = reports::seal(export.body.clone(), &code, &key);
    let file = dir.path().join("first.json");
    std::fs::write(&file, serde_json::to_vec(&first).unwrap()).unwrap();
    assert!(matches!(import(&db, &file), ImportOutcome::Imported { .. }));
    // From a kept file, a jump of more than the bound is refused.
    export.body.export_number = 2 * reports::MAX_NUMBER_JUMP + 2;
    let far = reports::seal(export.body.clone(), &code, &key);
    let file = dir.path().join("far.json");
    std::fs::write(&file, serde_json::to_vec(&far).unwrap()).unwrap();
    assert!(matches!(import(&db, &file), ImportOutcome::RefusedNumberJump { .. }));
    // Schema 3 (before codes): refused with its own message.
    let mut old: serde_json::Value = serde_json::to_value(&far).unwrap();
    old["body"]["schema_version"] = 3.into();
    old["body"]["core_lessons"] = serde_json::json!(["vneid"]);
    std::fs::write(&file, serde_json::to_vec(&old).unwrap()).unwrap();
    assert_eq!(import(&db, &file), ImportOutcome::RefusedOldFormat);
}

#[test]
fn commune_staff_can_forget_a_file_retire_a_computer_and_remove_a_hamlets_data_after_seeing_the_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    let a = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL), ("Lò Văn Páo", 1970, &[])]);
    let b = hamlet(dir.path(), "b.sqlite3", "Thôn Đông", &[("Vi Văn Sáu", 1985, ALL)]);
    let c = hamlet(dir.path(), "c.sqlite3", "Thôn Tây", &[("Hoàng Thị Én", 1949, ALL)]);
    let fb = export(&b, &dir.path().join("b.json"), "2026-11-20T08:00:00Z");
    for (db_file, name) in [(&a, "a"), (&c, "c")] {
        import(&db, &export(db_file, &dir.path().join(format!("{name}.json")), "2026-11-20T08:00:00Z"));
    }
    import(&db, &fb);
    let mut store = commune(&db);
    let files = store.imported_file_list().unwrap();
    assert_eq!(files.len(), 3);
    let b_file = files.iter().find(|f| f.persons == 1 && f.hamlet == "Thôn Đông").unwrap().clone();

    // Forget B's file: first the numbers, with nothing changed; then done.
    let before = store.content_digest().unwrap();
    let preview = reports::preview_undo(&mut store, &Undo::ForgetFile(b_file.id)).unwrap();
    assert_eq!((preview.persons_before, preview.persons_after), (3, 2));
    assert_eq!((preview.skilled_before, preview.skilled_after), (2, 1));
    assert_eq!(store.content_digest().unwrap(), before, "a preview writes nothing");
    assert_eq!(reports::commit_undo(&mut store, &Undo::ForgetFile(b_file.id)).unwrap(), preview);
    assert_eq!(row(&reports::commune_report(&mut store).unwrap(), "Thôn Đông").persons, 2);
    // Forgotten is not refused: the same file can come again.
    drop(store);
    assert!(matches!(import(&db, &fb), ImportOutcome::Imported { .. }));

    // Retire computer B: its file goes and its next files are refused.
    let mut store = commune(&db);
    let effect = reports::commit_undo(&mut store, &Undo::RetireComputer(b_file.installation_id.clone())).unwrap();
    assert_eq!((effect.files_removed, effect.persons_after), (1, 2));
    drop(store);
    assert!(matches!(import(&db, &fb), ImportOutcome::RefusedRetired { .. }));

    // A computer with no file kept any more can still be retired.
    let mut store = commune(&db);
    let effect =
        reports::commit_undo(&mut store, &Undo::RetireComputer("0123456789abcdef0123456789abcdef".into())).unwrap();
    assert_eq!(effect.files_removed, 0);
    assert!(matches!(
        reports::preview_undo(&mut store, &Undo::ForgetFile(987_654)),
        Err(hocso_core::Error::FileNotKept)
    ));

    // Remove Thôn Tây's data: its row stays (the register), at zero.
    let tay = store.commune_hamlet("Thôn Tây").unwrap();
    let effect = reports::commit_undo(&mut store, &Undo::RemoveHamletData(tay.id)).unwrap();
    assert_eq!((effect.persons_before, effect.persons_after, effect.files_removed), (1, 0, 1));
    let r = reports::commune_report(&mut store).unwrap();
    assert_eq!(row(&r, "Thôn Tây").persons, 0);
    assert_eq!(r.total.persons, 2);
}

#[test]
fn the_commune_sets_its_own_threshold_and_wording() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    // Thôn Đông: 10 people in scope at the commune; 8 skilled is 80%.
    let people: Vec<(String, i32)> = (0..8).map(|i| (format!("Người Số {i}"), 1960 + i)).collect();
    let learners: Vec<(&str, i32, &[&str])> = people.iter().map(|(n, y)| (n.as_str(), *y, ALL)).collect();
    import(
        &db,
        &export(
            &hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &learners),
            &dir.path().join("a.json"),
            "2026-11-20T08:00:00Z",
        ),
    );
    assert!(row(&report(&db), "Thôn Đông").met, "80% is over 70%");
    let mut store = commune(&db);
    reports::set_criterion(&mut store, 80, Some("Trên 80% người từ 15 tuổi trở lên có kỹ năng số cơ bản")).unwrap();
    let r = reports::commune_report(&mut store).unwrap();
    assert!(!row(&r, "Thôn Đông").met, "80% is not over 80%");
    assert_eq!(row(&r, "Thôn Đông").needed, Some(1));
    assert_eq!(
        (r.threshold, r.wording.as_deref()),
        (80, Some("Trên 80% người từ 15 tuổi trở lên có kỹ năng số cơ bản"))
    );
    assert!(reports::set_criterion(&mut store, 100, None).is_err());
    // A new threshold alone keeps the wording; an empty wording removes it.
    reports::set_criterion(&mut store, 75, None).unwrap();
    assert_eq!(
        reports::criterion(&store).unwrap().1.as_deref(),
        Some("Trên 80% người từ 15 tuổi trở lên có kỹ năng số cơ bản")
    );
    reports::set_criterion(&mut store, 75, Some(" ")).unwrap();
    assert_eq!(reports::criterion(&store).unwrap(), (75, None));
}
