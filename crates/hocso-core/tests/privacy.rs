//! A shared computer that protects its learners: facilitator mode closes by itself.

use std::path::Path;
use std::time::Duration;

use hocso_core::reports::demo;
use hocso_core::{Error, HocSo};

fn open(db: &Path) -> HocSo {
    HocSo::open(db, &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).unwrap()
}

#[test]
fn facilitator_mode_closes_by_itself_after_the_idle_time_and_each_action_counts_as_use() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(&dir.path().join("hocso.sqlite3"));
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    assert_eq!(hocso_core::app::FACILITATOR_IDLE, Duration::from_secs(600), "10 minutes in real use");
    app.set_facilitator_idle(Duration::from_millis(400));
    app.unlock("2468").unwrap();
    // Used every 250 ms: stays open past the idle time.
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(250));
        app.facilitator_view().expect("still open: it was used within the idle time");
    }
    // Left alone longer than the idle time: closed, and it stays closed.
    std::thread::sleep(Duration::from_millis(500));
    assert!(matches!(app.facilitator_view(), Err(Error::FacilitatorLocked)));
    assert!(matches!(app.hard_items(), Err(Error::FacilitatorLocked)));
    app.unlock("2468").unwrap();
    app.facilitator_view().unwrap();
}

#[cfg(unix)]
#[test]
fn the_database_its_folder_the_signing_key_and_backups_are_private_from_the_first_byte() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let db = data.join("hocso.sqlite3");
    let mut app = open(&db);
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", Some(&crate::hamlets::code_of("Thôn Đông")))).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700, "the data folder");
    assert_eq!(mode(&db), 0o600, "the database");
    assert_eq!(mode(&data.join("backups")), 0o700, "the backups folder");
    for backup in std::fs::read_dir(data.join("backups")).unwrap() {
        assert_eq!(mode(&backup.unwrap().path()), 0o600, "a daily backup");
    }
    hocso_core::reports::InstallationKey::load_or_create(&db).unwrap();
    assert_eq!(mode(&hocso_core::reports::InstallationKey::path_for(&db)), 0o600, "the signing key");
}

#[test]
fn a_backup_with_a_foreign_trigger_or_table_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = crate::hamlets::hamlet(
        dir.path(),
        "hocso.sqlite3",
        "Thôn Đông",
        &[("Nguyễn Thị Múi", 1958, crate::hamlets::ALL)],
    );
    let mut store = hocso_core::store::Store::open(&db).unwrap();
    let saved = store.content_digest().unwrap();
    for (name, sql) in [
        ("trigger", "CREATE TRIGGER t AFTER INSERT ON answers BEGIN UPDATE answers SET correct = 1; END;"),
        ("view", "CREATE VIEW v AS SELECT display_name FROM learners;"),
        ("table", "CREATE TABLE stolen (name TEXT);"),
    ] {
        let bad = dir.path().join(format!("bad-{name}.sqlite3"));
        store.backup_to(&bad).unwrap();
        rusqlite::Connection::open(&bad).unwrap().execute_batch(sql).unwrap();
        let refused = store.restore_from(&bad);
        assert!(matches!(refused, Err(Error::ForeignBackup { .. })), "{name}: {refused:?}");
        assert_eq!(store.content_digest().unwrap(), saved, "{name}: nothing changed");
    }
}

#[test]
fn a_learner_removed_after_a_backup_stays_removed_when_that_backup_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = crate::hamlets::hamlet(
        dir.path(),
        "hocso.sqlite3",
        "Thôn Đông",
        &[("Nguyễn Thị Múi", 1958, crate::hamlets::ALL), ("Lò Văn Páo", 1970, &[])],
    );
    let mut store = hocso_core::store::Store::open(&db).unwrap();
    let usb = dir.path().join("usb.hocso-backup");
    store.usb_backup_to(&usb).unwrap();
    let pao = store.search_learners("pao").unwrap()[0].id;
    store.remove_learner(pao).unwrap();
    // The disk is fine but the facilitator restores last week's copy (a wrong click, a test).
    store.restore_from(&usb).unwrap();
    assert!(store.search_learners("pao").unwrap().is_empty(), "removed after the backup: stays removed");
    assert_eq!(store.search_learners("mui").unwrap().len(), 1);
    let records = std::fs::read_to_string(format!("{}.removals", db.display())).unwrap();
    assert!(!records.to_lowercase().contains("pao") && !records.contains("Páo"), "no name in the records");
}

#[test]
fn a_child_needs_a_guardians_consent_confirmed_with_the_pin_and_it_is_recorded() {
    use hocso_core::store::NewLearner;
    use hocso_core::InputProblem;
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(&dir.path().join("hocso.sqlite3"));
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    let year = time::OffsetDateTime::now_utc().year();
    let child = NewLearner { display_name: "Lò Văn Tũn".into(), birth_year: year - 12, gender: None };
    app.give_consent();
    let refused = app.create_learner(&child);
    assert!(matches!(refused, Err(Error::InvalidInput(InputProblem::GuardianConsentRequired))), "{refused:?}");
    assert!(app.confirm_guardian("0000").is_err(), "a wrong PIN confirms nothing");
    app.confirm_guardian("2468").unwrap();
    let card = app.create_learner(&child).unwrap();
    let learner = app.store().learner(card.id).unwrap();
    assert!(learner.guardian_consent_at.is_some(), "recorded as the guardian's consent");
    assert_eq!(learner.consent_text.as_deref(), Some(hocso_core::store::CONSENT_TEXT));
    // An adult registered next carries no guardian record, and needs none.
    app.give_consent();
    let adult = app
        .create_learner(&NewLearner { display_name: "Nguyễn Thị Múi".into(), birth_year: 1958, gender: None })
        .unwrap();
    assert_eq!(app.store().learner(adult.id).unwrap().guardian_consent_at, None);
    assert_eq!(app.store().learner(adult.id).unwrap().consent_locale.as_deref(), Some("vi"));
}

#[test]
fn a_learner_who_agreed_to_an_older_consent_text_is_asked_again_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hocso.sqlite3");
    let mut app = open(&db);
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    app.give_consent();
    let card = app
        .create_learner(&hocso_core::store::NewLearner {
            display_name: "Nguyễn Thị Múi".into(),
            birth_year: 1958,
            gender: None,
        })
        .unwrap();
    app.choose_learner(card.id).expect("agreed to the text in force");
    // Registered before the text changed (as every learner before migration 010).
    rusqlite::Connection::open(&db).unwrap().execute("UPDATE learners SET consent_text = NULL", []).unwrap();
    assert!(matches!(app.choose_learner(card.id), Err(Error::ConsentOutdated)));
    assert!(app.renew_consent(card.id).is_err(), "not without agreeing on the screen first");
    app.give_consent();
    app.renew_consent(card.id).unwrap();
    app.choose_learner(card.id).expect("asked once: now they go on");
    assert_eq!(app.store().learner(card.id).unwrap().consent_text.as_deref(), Some(hocso_core::store::CONSENT_TEXT));
}
