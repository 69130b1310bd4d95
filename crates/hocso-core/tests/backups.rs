//! Backups, files that cannot be written, and removing a learner: nothing lost, nothing left.

use hocso_core::reports::{self, demo};
use hocso_core::store::Store;

use crate::hamlets::{hamlet, ALL};

#[test]
fn a_removed_learner_leaves_no_trace_in_the_database_file_or_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let name = "Triệu Thị Xoan Khánh";
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[(name, 1961, ALL), ("Lý Văn Pao", 1970, ALL)]);
    let mut store = Store::open(&db).unwrap();
    // Yesterday's automatic backup holds her too.
    let daily = store.daily_backup("2026-11-21").unwrap().expect("a daily backup");
    assert!(String::from_utf8_lossy(&std::fs::read(&daily).unwrap()).contains(name), "the backup holds her before");
    let id = store.search_learners("xoan khanh").unwrap()[0].id;
    store.remove_learner(id).unwrap();
    drop(store);
    for (file, what) in [(db.clone(), "the database file"), (daily.clone(), "the daily backup")] {
        let mut bytes = std::fs::read(&file).unwrap();
        bytes.extend(std::fs::read(format!("{}-wal", file.display())).unwrap_or_default());
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        for form in [name.to_lowercase(), hocso_core::store::search_key(name)] {
            assert!(!text.contains(&form), "{form:?} still in {what}");
        }
        assert!(text.contains("lý văn pao"), "the other learner is still in {what} (the test reads the right bytes)");
    }
    // The cleaned backup still restores.
    let mut store = Store::open(&db).unwrap();
    store.restore_from(&daily).unwrap();
    assert_eq!(store.search_learners("pao").unwrap().len(), 1);
    assert!(store.search_learners("xoan").unwrap().is_empty());
}

#[test]
fn a_backup_that_is_busy_when_a_learner_is_removed_is_cleaned_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let name = "Triệu Thị Xoan Khánh";
    let db = hamlet(dir.path(), "a.sqlite3", "Thôn Đông", &[(name, 1961, ALL), ("Lý Văn Pao", 1970, ALL)]);
    let mut store = Store::open(&db).unwrap();
    let daily = store.daily_backup("2026-11-21").unwrap().expect("a daily backup");
    // Something holds the backup (an antivirus scan, a copy in progress) while she is removed.
    let holder = rusqlite::Connection::open(&daily).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let id = store.search_learners("xoan khanh").unwrap()[0].id;
    store.remove_learner(id).unwrap();
    assert!(store.search_learners("xoan").unwrap().is_empty(), "gone from the database at once");
    assert!(
        std::fs::read(&daily).unwrap().windows(name.len()).any(|w| w == name.as_bytes()),
        "the busy backup was kept"
    );
    assert!(store.setting("backup_erasures_pending").unwrap().is_some(), "the removal is remembered, without a name");
    assert!(!store.setting("backup_erasures_pending").unwrap().unwrap().contains("Xoan"));
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    drop(store);

    // The next start retries before the day's backup.
    let mut store = Store::open(&db).unwrap();
    store.daily_backup("2026-11-22").unwrap();
    assert!(store.setting("backup_erasures_pending").unwrap().is_none());
    for backup in [daily, dir.path().join("backups/hocso-2026-11-22.sqlite3")] {
        let bytes = std::fs::read(&backup).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains(name), "{} still holds her", backup.display());
        assert!(String::from_utf8_lossy(&bytes).contains("Lý Văn Pao"));
    }
}

#[test]
fn a_file_that_cannot_be_written_gives_an_error_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    // The target is a folder: the final rename fails, as on a read-only or full USB stick.
    let target = dir.path().join("taken");
    std::fs::create_dir(&target).unwrap();
    let err = reports::write_atomically(&target, b"{}").unwrap_err();
    assert!(matches!(err, hocso_core::Error::Io { ref path, .. } if path == &target), "{err:?}");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, vec![std::ffi::OsString::from("taken")], "no temporary file left");
    // A folder that does not exist (an unplugged stick).
    assert!(reports::write_atomically(&dir.path().join("gone/file.json"), b"{}").is_err());
}

#[test]
fn a_backup_restores_everything_and_a_damaged_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "hocso.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    let mut store = Store::open(&db).unwrap();
    let saved = store.content_digest().unwrap();
    let usb = dir.path().join("usb/backup.sqlite3");
    store.backup_to(&usb).unwrap();
    demo::add_learner_with_passes(&mut store, "Trần Văn Sáng", 1980, None, ALL).unwrap();
    assert_ne!(store.content_digest().unwrap(), saved);
    store.restore_from(&usb).unwrap();
    assert_eq!(store.content_digest().unwrap(), saved, "the restore brought back exactly the backup");

    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, vec![7u8; 4096]).unwrap();
    assert!(store.restore_from(&junk).is_err());
    assert_eq!(store.content_digest().unwrap(), saved, "a damaged backup changes nothing");
}

#[test]
fn daily_backups_keep_the_last_seven_and_a_damaged_database_is_moved_aside_not_overwritten() {
    use hocso_core::store::backup;
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), "hocso.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, ALL)]);
    let mut store = Store::open(&db).unwrap();
    for day in 1..=10 {
        store.daily_backup(&format!("2026-11-{day:02}")).unwrap();
    }
    assert!(store.daily_backup("2026-11-10").unwrap().is_none(), "one a day");
    let kept = backup::list_backups(&db);
    assert_eq!(kept.len(), backup::KEEP);
    assert!(kept[0].ends_with("hocso-2026-11-10.sqlite3"));
    let good = store.content_digest().unwrap();
    drop(store);

    let damage = vec![0x5Au8; 8192];
    std::fs::write(&db, &damage).unwrap();
    assert!(matches!(Store::open(&db), Err(hocso_core::Error::DatabaseDamaged { .. })));
    let aside = backup::restore_latest_over_damaged(&db, "2026-11-22T10:00:00Z").unwrap();
    assert_eq!(std::fs::read(&aside).unwrap(), damage, "the damaged file is kept as it was");
    assert_eq!(Store::open(&db).unwrap().content_digest().unwrap(), good);
}

#[test]
fn a_usb_backup_is_sealed_with_the_hamlet_code_and_restores_only_with_it() {
    use crate::hamlets::code_of;
    use hocso_core::Error;
    let dir = tempfile::tempdir().unwrap();
    let name = "Nguyễn Thị Múi";
    let db = hamlet(dir.path(), "hocso.sqlite3", "Thôn Đông", &[(name, 1958, ALL)]);
    let mut store = Store::open(&db).unwrap();
    let saved = store.content_digest().unwrap();
    let usb = dir.path().join("usb/sao-luu.hocso-backup");
    store.usb_backup_to(&usb).unwrap();
    // A lost stick: not a database, no name in any form, no code.
    let bytes = std::fs::read(&usb).unwrap();
    assert!(hocso_core::store::is_sealed_backup(&usb));
    assert!(!bytes.starts_with(b"SQLite format 3"));
    let text = String::from_utf8_lossy(&bytes).to_lowercase();
    // Long needles only: a short one turns up in random ciphertext by chance.
    for needle in ["nguyễn thị múi", "nguyen thi mui", &code_of("Thôn Đông").printed().to_lowercase()[..11]] {
        assert!(!text.contains(needle), "{needle:?} readable in the sealed backup");
    }
    // Restored on the same computer: everything back.
    demo::add_learner_with_passes(&mut store, "Trần Văn Sáng", 1980, None, ALL).unwrap();
    store.restore_from(&usb).unwrap();
    assert_eq!(store.content_digest().unwrap(), saved);
    // One byte changed: refused, nothing changes.
    let mut tampered = bytes.clone();
    let at = tampered.len() - 100;
    tampered[at] ^= 1;
    let bad = dir.path().join("bad.hocso-backup");
    std::fs::write(&bad, &tampered).unwrap();
    assert!(matches!(store.restore_from(&bad), Err(Error::DatabaseDamaged { .. })));
    assert_eq!(store.content_digest().unwrap(), saved);
    // A new computer: without the code it cannot restore; with another hamlet's code neither;
    // with the code from the sheet it gets everyone back.
    let fresh = dir.path().join("new.sqlite3");
    let mut other = Store::open(&fresh).unwrap();
    other.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    assert!(matches!(other.restore_from(&usb), Err(Error::SealedBackupNeedsCode)));
    other.set_hamlet_code(&code_of("Thôn Tây")).unwrap();
    assert!(matches!(other.restore_from(&usb), Err(Error::SealedBackupOtherCode)));
    other.set_hamlet_code(&code_of("Thôn Đông")).unwrap();
    other.restore_from(&usb).unwrap();
    assert_eq!(other.search_learners("mui").unwrap().len(), 1);
    // A hamlet computer without a code makes no USB copy at all (names would travel in clear).
    let bare = dir.path().join("bare.sqlite3");
    let mut bare_store = Store::open(&bare).unwrap();
    bare_store.set_up(&demo::hamlet_setup("Thôn Bắc", "Đầm Hà", None)).unwrap();
    assert!(matches!(bare_store.usb_backup_to(&dir.path().join("usb/x")), Err(Error::UsbBackupNeedsCode)));
}
