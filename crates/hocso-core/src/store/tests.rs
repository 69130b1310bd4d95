use super::*;
use crate::error::InputProblem;

fn new_learner(name: &str, year: i32) -> NewLearner {
    NewLearner { display_name: name.into(), birth_year: year, gender: None }
}

const AGREED: &str = "2026-11-22T08:00:00Z";

#[test]
fn the_latest_schema_version_is_pinned() {
    // Bump this together with a new numbered migration file.
    assert_eq!(SCHEMA_VERSION, 11);
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION as i64);
}

#[test]
fn a_real_file_uses_wal_full_sync_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let conn = store.conn();
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    let sync: i64 = conn.pragma_query_value(None, "synchronous", |r| r.get(0)).unwrap();
    let fk: i64 = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
    assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, Error::DatabaseTooNew { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("newer.sqlite3-wal").exists());
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.sqlite3");
    let junk: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, Error::DatabaseDamaged { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), junk);
}

#[test]
fn search_ignores_accents_and_case() {
    let mut store = Store::open_in_memory().unwrap();
    store.create_learner_agreed(&new_learner("Nguyễn Thị Múi", 1958)).unwrap();
    store.create_learner_agreed(&new_learner("Đặng Văn Đức", 1970)).unwrap();
    store.create_learner_agreed(&new_learner("Trần Thị Mai", 1980)).unwrap();
    let names = |q: &str| store.search_learners(q).unwrap().into_iter().map(|l| l.display_name).collect::<Vec<_>>();
    assert_eq!(names("nguyen thi mui"), vec!["Nguyễn Thị Múi"]);
    assert_eq!(names("NGUYỄN"), vec!["Nguyễn Thị Múi"]);
    assert_eq!(names("dang duc"), vec!["Đặng Văn Đức"]);
    assert_eq!(names("thi m"), vec!["Nguyễn Thị Múi", "Trần Thị Mai"]);
    assert_eq!(names("").len(), 3);
    assert!(names("xyz").is_empty());
}

#[test]
fn search_key_folds_composed_and_decomposed_text_alike() {
    let composed = "Nguyễn Thị Múi";
    let decomposed: String = unicode_normalization::UnicodeNormalization::nfd(composed).collect();
    assert_eq!(search_key(composed), "nguyen thi mui");
    assert_eq!(search_key(&decomposed), "nguyen thi mui");
    assert_eq!(search_key("  Đỗ   ĐĂNG  "), "do dang");
}

impl Store {
    fn create_learner_agreed(&mut self, new: &NewLearner) -> Result<Learner> {
        self.create_learner(new, &Consent::adult(AGREED, crate::i18n::Locale::Vi))
    }
}

#[test]
fn a_learner_needs_a_name_and_a_believable_birth_year_and_keeps_the_consent_time() {
    let mut store = Store::open_in_memory().unwrap();
    let problem = |r: Result<Learner>| match r {
        Err(Error::InvalidInput(p)) => p,
        other => panic!("expected an input problem, got {other:?}"),
    };
    assert_eq!(store.create_learner_agreed(&new_learner("Lò Thị Xuân", 1970)).unwrap().consent_at, AGREED);
    assert_eq!(problem(store.create_learner_agreed(&new_learner("   ", 1960))), InputProblem::NameRequired);
    assert_eq!(problem(store.create_learner_agreed(&new_learner("A", 1850))), InputProblem::BirthYearOutOfRange);
    assert_eq!(problem(store.create_learner_agreed(&new_learner("A", 2100))), InputProblem::BirthYearOutOfRange);
    assert_eq!(problem(store.create_learner_agreed(&new_learner(&"x".repeat(61), 1960))), InputProblem::NameTooLong);
    assert_eq!(store.search_learners("").unwrap().len(), 1);
}

#[test]
fn setup_hashes_the_pin_and_happens_once() {
    let mut store = Store::open_in_memory().unwrap();
    let setup = Setup {
        role: Role::Hamlet,
        hamlet_name: " Thôn  Đông ".into(),
        commune_name: "Đầm Hà".into(),
        hamlet_code: None,
        pin: "2468".into(),
        pin_repeat: "2468".into(),
    };
    let mut bad = setup.clone();
    bad.pin_repeat = "2469".into();
    assert!(matches!(store.set_up(&bad), Err(Error::InvalidInput(InputProblem::PinMismatch))));
    bad.pin = "12a4".into();
    bad.pin_repeat = "12a4".into();
    assert!(matches!(store.set_up(&bad), Err(Error::InvalidInput(InputProblem::PinFormat))));
    let installation = store.set_up(&setup).unwrap();
    assert_eq!(installation.hamlet_name.as_deref(), Some("Thôn Đông"));
    assert!(store.pin_matches("2468").unwrap());
    assert!(!store.pin_matches("2469").unwrap());
    let stored: String = store.conn().query_row("SELECT pin_hash FROM installation", [], |r| r.get(0)).unwrap();
    assert!(stored.starts_with("$argon2") && !stored.contains("2468"));
    assert!(matches!(store.set_up(&setup), Err(Error::AlreadySetUp)));
}

#[test]
fn an_answer_to_a_step_already_answered_is_refused_not_recorded_twice() {
    let mut store = Store::open_in_memory().unwrap();
    let learner = store.create_learner_agreed(&new_learner("A", 1960)).unwrap();
    let attempt = store.create_attempt(learner.id, "l", 1, &["a".into(), "b".into()], 0, 1, 7).unwrap();
    let answer = NewAnswer {
        attempt_id: attempt.id,
        step_id: "a",
        position: 0,
        answer_json: "{}".into(),
        correct: true,
        advance: true,
        finish: None,
    };
    store.record_answer(&answer).unwrap();
    assert!(matches!(store.record_answer(&answer), Err(Error::StaleStep { .. })));
    assert_eq!(store.answer_count(attempt.id).unwrap(), 1);
}

#[test]
fn migration_7_gives_kept_imports_and_trusted_keys_the_new_hamlet_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("commune.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 6).unwrap();
        // Two computers of one hamlet, typed two ways, under the old rule (folded names only).
        // A third hamlet, "Thôn Bản Mới", whose new key ("dam ha|ban moi") is the old key of a
        // fourth one typed "ban moi": trust must not move from one to the other.
        for (n, commune, hamlet, old_key, key) in [
            (1, "Xã Đầm Hà", "Thôn Đông", "xa dam ha|thon dong", "k1"),
            (2, "Đầm Hà", "Đông", "dam ha|dong", "k2"),
            (3, "Đầm Hà", "Thôn Bản Mới", "dam ha|thon ban moi", "k3"),
            (4, "Đầm Hà", "ban moi", "dam ha|ban moi", "k4"),
        ] {
            conn.execute(
                "INSERT INTO imports (id, installation_id, hamlet_key, hamlet_name, commune_name, core_lessons,
                     exported_at, digest, imported_at, public_key, export_number)
                 VALUES (?1, ?2, ?3, ?4, ?5, '[]', '2026-11-20T08:00:00Z', 'd', 'now', ?6, 1)",
                rusqlite::params![n, format!("install{n}"), old_key, hamlet, commune, key],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO trusted_keys (hamlet_key, public_key, trusted_at) VALUES (?1, ?2, 'then')",
                [old_key, key],
            )
            .unwrap();
        }
    }
    // Migration 7 alone (migration 9 later removes every import made before hamlet codes).
    let mut conn = Connection::open(&path).unwrap();
    migrations().to_version(&mut conn, 7).unwrap();
    let store = Store { conn, path: path.clone(), pin_monotonic: None };
    let keys: Vec<String> = store
        .conn()
        .prepare("SELECT DISTINCT hamlet_key FROM imports ORDER BY hamlet_key")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(keys, owned(&["dam ha|ban moi", "dam ha|dong", "dam ha|moi"]), "Đông is one hamlet now");
    let trusted: Vec<(String, String)> = store
        .conn()
        .prepare("SELECT hamlet_key, public_key FROM trusted_keys ORDER BY public_key")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let pair = |h: &str, k: &str| (h.to_owned(), k.to_owned());
    assert_eq!(
        trusted,
        vec![
            pair("dam ha|dong", "k1"),
            pair("dam ha|dong", "k2"),
            pair("dam ha|ban moi", "k3"),
            pair("dam ha|moi", "k4")
        ],
        "every key stays trusted, each for its own hamlet under its new key"
    );
}

#[test]
fn a_database_cut_short_is_refused_as_damaged_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.sqlite3");
    {
        let mut store = Store::open(&path).unwrap();
        for i in 0..300 {
            store.create_learner_agreed(&new_learner(&format!("Người học số {i}"), 1960)).unwrap();
        }
    }
    let whole = std::fs::read(&path).unwrap();
    let cut = &whole[..whole.len() * 9 / 10];
    std::fs::write(&path, cut).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(matches!(err, Error::DatabaseDamaged { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), cut);
}

#[test]
fn a_second_learner_with_the_same_name_and_birth_year_is_refused_with_a_way_out() {
    let mut store = Store::open_in_memory().unwrap();
    store.create_learner_agreed(&new_learner("Nguyễn Văn An", 1960)).unwrap();
    // Typed without accents, in other case, with extra spaces: the same person for the commune.
    let again = store.create_learner_agreed(&new_learner("nguyen  van AN", 1960));
    assert!(matches!(again, Err(Error::InvalidInput(InputProblem::DuplicateLearner))), "{again:?}");
    // Another year, or a name told apart, is another person.
    store.create_learner_agreed(&new_learner("Nguyễn Văn An", 1961)).unwrap();
    let other = store.create_learner_agreed(&new_learner("Nguyễn Văn An (xóm Trên)", 1960)).unwrap();
    // Correcting a name into someone else's is refused too; keeping one's own is not.
    let renamed = store.update_learner(other.id, &new_learner("Nguyễn Văn An", 1960));
    assert!(matches!(renamed, Err(Error::InvalidInput(InputProblem::DuplicateLearner))));
    store.update_learner(other.id, &new_learner("Nguyễn Văn An (xóm Trên)", 1960)).unwrap();
    assert_eq!(store.search_learners("an").unwrap().len(), 3);
}

#[test]
fn migration_8_keeps_attempts_and_answers_and_tallies_every_hamlet_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hamlet.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 7).unwrap();
        conn.execute_batch(
            "INSERT INTO learners (id, display_name, search_key, birth_year, consent_at, created_at)
                 VALUES (1, 'Bà Múi', 'ba mui', 1958, 'then', 'then');
             INSERT INTO attempts (id, learner_id, lesson_id, lesson_version, plan, practice_steps, seed, position,
                 started_at) VALUES (1, 1, 'vneid', 1, '[\"a\",\"b\"]', 1, 7, 1, 'then');
             INSERT INTO answers (attempt_id, step_id, position, answer, correct, answered_at)
                 VALUES (1, 'a', 0, '{}', 1, 'then');
             INSERT INTO hamlet_tallies VALUES ('x|y', 'Y', 'X', 10, 'l', 3, 1, 2026);
             INSERT INTO hamlet_breakdown VALUES ('x|y', 'age', '50-64', 3, 1);",
        )
        .unwrap();
    }
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 8).unwrap();
        let (year, breakdown): (i64, i64) = conn
            .query_row("SELECT tallied_year, (SELECT COUNT(*) FROM hamlet_breakdown) FROM hamlet_tallies", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!((year, breakdown), (0, 0), "derived counts are made again at the next report");
    }
    let store = Store::open(&path).unwrap();
    let attempt = store.attempt(1).unwrap();
    assert_eq!((attempt.pre_steps, attempt.pre_skipped, attempt.pre_correct, attempt.position), (0, false, None, 1));
    assert_eq!(store.answer_count(1).unwrap(), 1, "answers survive");
}

#[test]
fn migration_9_removes_imports_made_without_a_code_and_keeps_every_learner() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hamlet.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 8).unwrap();
        conn.execute_batch(
            "INSERT INTO installation (id, role, hamlet_name, commune_name, pin_hash, created_at)
                 VALUES (1, 'hamlet', 'Thôn Đông', 'Đầm Hà', 'x', 'then');
             INSERT INTO learners (id, display_name, search_key, birth_year, consent_at, created_at)
                 VALUES (1, 'Bà Múi', 'ba mui', 1958, 'then', 'then');
             INSERT INTO completions VALUES (1, 'vneid', 2, 90, 'then');
             INSERT INTO imports (id, installation_id, hamlet_key, hamlet_name, commune_name, core_lessons,
                 exported_at, digest, imported_at) VALUES (1, 'i', 'dam ha|dong', 'Đông', 'Đầm Hà', '[]', 't', 'd', 't');
             INSERT INTO imported_persons VALUES (1, 'k', 1958, 'female');
             INSERT INTO imported_passes (import_id, person_key, lesson_id, lesson_version, passed_on, score)
                 VALUES (1, 'k', 'vneid', 2, '2026-11-20', 90);",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let count = |table: &str| -> i64 {
        store.conn().query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0)).unwrap()
    };
    assert_eq!((count("imports"), count("imported_persons"), count("imported_passes")), (0, 0, 0));
    assert_eq!((count("learners"), count("completions")), (1, 1), "the hamlet's own learners stay");
    assert_eq!(store.hamlet_code().unwrap(), None, "the computer asks for its code before exporting");
}

#[test]
fn migration_10_keeps_no_amount_typed_on_a_qr_step_and_asks_every_learner_to_agree_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hamlet.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrations().to_version(&mut conn, 9).unwrap();
        conn.execute_batch(
            "INSERT INTO learners (id, display_name, search_key, birth_year, consent_at, created_at)
                 VALUES (1, 'Bà Múi', 'ba mui', 1958, 'then', 'then');
             INSERT INTO attempts (id, learner_id, lesson_id, lesson_version, plan, practice_steps, seed, position,
                 started_at) VALUES (1, 1, 'thanh-toan-qr', 2, '[\"a\",\"b\"]', 1, 7, 1, 'then');
             INSERT INTO answers (attempt_id, step_id, position, answer, correct, answered_at) VALUES
                 (1, 'a', 0, '{\"kind\":\"qrpay\",\"action\":\"pay\",\"amount\":45678}', 1, 'then'),
                 (1, 'b', 1, '{\"kind\":\"choice\",\"selected\":[\"x\"]}', 1, 'then');",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let answers: Vec<String> = store
        .conn()
        .prepare("SELECT answer FROM answers ORDER BY position")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(!answers[0].contains("45678") && answers[0].contains("\"amount_typed\":true"), "{}", answers[0]);
    assert!(answers[1].contains("selected"), "other answers untouched");
    assert_eq!(store.learner(LearnerId(1)).unwrap().consent_text, None, "asked again at their next visit");
}
