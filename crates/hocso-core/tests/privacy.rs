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
        // Named like SQLite's own objects: compared all the same.
        (
            "sqlite-like trigger",
            "CREATE TRIGGER sqlitex AFTER INSERT ON answers BEGIN UPDATE answers SET correct = 1; END;",
        ),
    ] {
        let bad = dir.path().join(format!("bad-{}.sqlite3", name.replace(' ', "-")));
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
    app.choose_learner(card.id).expect("a child with a guardian's consent goes on");
    // A confirmation is used up with its registration: the next child needs a new one.
    app.give_consent();
    let next = NewLearner { display_name: "Lò Thị Mây".into(), birth_year: year - 10, gender: None };
    assert!(matches!(app.create_learner(&next), Err(Error::InvalidInput(InputProblem::GuardianConsentRequired))));
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
    assert!(matches!(app.choose_learner(card.id), Err(Error::ConsentOutdated { child: false })));
    assert!(app.renew_consent(card.id).is_err(), "not without agreeing on the screen first");
    app.give_consent();
    app.renew_consent(card.id).unwrap();
    app.choose_learner(card.id).expect("asked once: now they go on");
    assert_eq!(app.store().learner(card.id).unwrap().consent_text.as_deref(), Some(hocso_core::store::CONSENT_TEXT));
}

#[test]
fn a_learner_sees_everything_the_computer_holds_about_them_and_nobody_elses() {
    use hocso_core::store::NewLearner;
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(&dir.path().join("hocso.sqlite3"));
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    let mut register = |name: &str, year: i32| {
        app.give_consent();
        app.create_learner(&NewLearner { display_name: name.into(), birth_year: year, gender: None }).unwrap().id
    };
    let mui = register("Nguyễn Thị Múi", 1958);
    let tu = register("Hà Văn Tư", 1966);
    app.choose_learner(mui).unwrap();
    app.open_lesson(mui, "chuot-va-ban-phim").unwrap();
    let mine = app.my_data(mui).unwrap();
    let all: String = mine.about.iter().map(|l| format!("{}: {}\n", l.label, l.value)).collect();
    assert!(
        all.contains("Nguyễn Thị Múi") && all.contains("1958") && all.contains(hocso_core::store::CONSENT_TEXT),
        "{all}"
    );
    assert_eq!(mine.attempts.len(), 1, "the lesson just opened");
    assert!(mine.answers.contains('0'), "{}", mine.answers);
    // Another learner's data is never shown to the person at the computer.
    assert!(app.my_data(tu).is_err());
}

#[test]
fn answers_go_after_six_months_scores_stay_and_long_absent_learners_are_listed_before_removal() {
    let dir = tempfile::tempdir().unwrap();
    let db = crate::hamlets::hamlet(dir.path(), "hocso.sqlite3", "Thôn Đông", &[("Nguyễn Thị Múi", 1958, &[])]);
    let mut app = open(&db);
    app.give_consent();
    let card = app
        .create_learner(&hocso_core::store::NewLearner {
            display_name: "Hà Văn Tư".into(),
            birth_year: 1966,
            gender: None,
        })
        .unwrap();
    app.choose_learner(card.id).unwrap();
    // Tư passes the mouse lesson (right answers all the way).
    let lesson = app.library().lesson("chuot-va-ban-phim").unwrap().clone();
    let mut view = app.open_lesson(card.id, "chuot-va-ban-phim").unwrap();
    while let Some(step) = view.step.clone() {
        let seed = app.store().attempt(view.attempt_id).unwrap().seed;
        let given = hocso_core::lessons::right_answer(
            lesson.step(&step.id).unwrap(),
            &hocso_core::lessons::phone::Practice::for_attempt(seed),
        );
        view = app.answer(view.attempt_id, &step.id, &given).unwrap().next;
    }
    let attempt = view.attempt_id;
    assert!(app.store().answer_count(attempt).unwrap() > 0);
    drop(app);
    let conn = rusqlite::Connection::open(&db).unwrap();
    // Seven months later: the answers go, the score and the pass stay.
    conn.execute("UPDATE attempts SET finished_at = '2026-01-01T00:00:00Z', started_at = '2026-01-01T00:00:00Z'", [])
        .unwrap();
    conn.execute("UPDATE answers SET answered_at = '2026-01-01T00:00:00Z'", []).unwrap();
    drop(conn);
    let mut store = hocso_core::store::Store::open(&db).unwrap();
    let pruned = store.prune_old_answers("2026-08-01T00:00:00Z").unwrap();
    assert!(pruned > 0);
    assert_eq!(store.answer_count(attempt).unwrap(), 0);
    assert!(store.attempt(attempt).unwrap().score.is_some(), "the score stays");
    assert_eq!(store.completions(card.id).unwrap().len(), 1, "the pass stays");
    // Two years and more without coming: listed (the facilitator decides), newest learners not.
    let rusqlite_conn = rusqlite::Connection::open(&db).unwrap();
    rusqlite_conn
        .execute("UPDATE learners SET created_at = '2024-01-01T00:00:00Z' WHERE id = ?1", [card.id.0])
        .unwrap();
    drop(rusqlite_conn);
    let listed = store.inactive_learners("2026-11-30T00:00:00Z").unwrap();
    assert!(listed.is_empty(), "Tư came in January 2026: {listed:?}");
    let listed = store.inactive_learners("2028-06-01T00:00:00Z").unwrap();
    let names: Vec<&str> = listed.iter().map(|(l, _)| l.display_name.as_str()).collect();
    assert!(names.contains(&"Hà Văn Tư"), "{names:?}");
}

#[test]
fn with_many_learners_the_picker_shows_names_only_after_two_letters_unless_the_session_shows_everyone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hocso.sqlite3");
    let mut store = hocso_core::store::Store::open(&db).unwrap();
    demo::demo_hamlet_db(&mut store, "Thôn Đông", "Đầm Hà", None, &crate::hamlets::library(), 40, 3).unwrap();
    demo::add_learner_with_passes(&mut store, "Nguyễn Văn An", 1960, None, &[]).unwrap();
    demo::add_learner_with_passes(&mut store, "Nguyễn Văn An", 1972, None, &[]).unwrap();
    drop(store);
    let mut app = open(&db);
    assert!(hocso_core::app::PICKER_LIST_ALL_UP_TO < 42);
    let view = app.picker("").unwrap();
    assert!(view.type_first && view.learners.is_empty(), "a passer-by does not read the whole list");
    assert!(app.picker("n").unwrap().type_first, "one letter is not enough");
    let found = app.picker("nguyen van an").unwrap();
    assert!(!found.type_first && found.learners.len() >= 2);
    // Namesakes are told apart by their birth year; nobody else's is shown.
    assert!(found.learners.iter().filter(|c| c.name == "Nguyễn Văn An").all(|c| c.detail.contains("19")));
    let others = app.picker("ng").unwrap();
    assert!(others.learners.iter().filter(|c| c.name != "Nguyễn Văn An").all(|c| c.detail.is_empty()));
    // The facilitator chooses "show everyone" for the session: the whole list, until it ends.
    app.unlock("2468").unwrap();
    app.start_session().unwrap();
    app.set_show_everyone(true).unwrap();
    assert_eq!(app.picker("").unwrap().learners.len(), 42);
    app.end_session().unwrap();
    assert!(app.picker("").unwrap().type_first, "it ends with the session");
}
