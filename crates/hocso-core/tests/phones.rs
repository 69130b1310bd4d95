//! Learning on phones through the hub's rules (the HTTP server only carries these calls): a
//! phone joins with a one-time code, learns for its own learner only, comes back where it was,
//! and is signed out when handed back or when the session ends. A real SQLite file, the real
//! lessons.

use std::net::{IpAddr, Ipv4Addr};
use std::path::{Path, PathBuf};

use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::right_answer;
use hocso_core::store::{LearnerId, NewLearner};
use hocso_core::views::{Phase, PlayerView};
use hocso_core::{Error, HocSo, Seat};

const LESSON: &str = "chuot-va-ban-phim";
const PHONE: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 31));

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

/// A hamlet computer with two learners and the hub open (facilitator mode unlocked).
fn hub(db: &Path) -> (HocSo, LearnerId, LearnerId) {
    let mut app = HocSo::open(db, &lessons()).unwrap();
    app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    let mut learner = |name: &str| {
        app.give_consent();
        app.create_learner(&NewLearner { display_name: name.into(), birth_year: 1960, gender: None }).unwrap().id
    };
    let (a, b) = (learner("Hoàng Thị Dung"), learner("Bàn Văn Sinh"));
    app.unlock("2468").unwrap();
    app.open_phone_hub("http://192.168.1.10:8765").unwrap();
    (app, a, b)
}

fn join_code(app: &mut HocSo, learner: LearnerId) -> String {
    let join = app.phone_join_code(learner).unwrap();
    assert!(join.url.starts_with("http://192.168.1.10:8765/j/"), "{}", join.url);
    assert!(join.qr_image.starts_with("data:image/svg+xml;base64,"));
    join.url.rsplit('/').next().unwrap().to_owned()
}

fn join(app: &mut HocSo, learner: LearnerId) -> (String, Seat) {
    let code = join_code(app, learner);
    let start = app.join_phone(&code, PHONE).unwrap();
    assert_eq!(start.lessons.learner.id, learner, "the phone lands on its own learner's list");
    let seat = app.phone_seat(&start.key, PHONE).unwrap();
    (start.key, seat)
}

/// Plays the lesson to its end from a seat, answering rightly; returns the last view.
fn play(app: &mut HocSo, seat: Seat, learner: LearnerId) -> PlayerView {
    let mut view = app.open_lesson_at(seat, learner, LESSON).unwrap();
    if view.phase == Phase::PreCheck {
        view = app.skip_pre_check_at(seat, view.attempt_id).unwrap();
    }
    let lesson = app.library().lesson(LESSON).unwrap().clone();
    while let Some(step) = view.step.clone() {
        let seed = app.store().attempt(view.attempt_id).unwrap().seed;
        let answer = right_answer(lesson.step(&step.id).unwrap(), &Practice::for_attempt(seed));
        view = app.answer_at(seat, view.attempt_id, &step.id, &answer).unwrap().next;
    }
    view
}

#[test]
fn a_phone_learns_a_whole_lesson_and_the_facilitator_sees_it_passed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, dung, _) = hub(&dir.path().join("hub.sqlite3"));
    let (_, seat) = join(&mut app, dung);
    let end = play(&mut app, seat, dung);
    assert_eq!(end.result.as_ref().map(|r| r.passed), Some(true));

    let session = app.session().unwrap().expect("the hub opened a session");
    let row = session.rows.iter().find(|r| r.learner.id == dung).expect("the phone's learner in the session");
    assert_eq!(row.passed.len(), 1);
    let phones = app.phone_hub_view().unwrap();
    assert_eq!(phones.phones.len(), 1);
    assert_eq!(phones.phones[0].status, "Đã đạt bài");
    assert!(app.start_view().unwrap().resume.is_none(), "a phone's lesson is never the window's to reopen");
}

#[test]
fn a_phone_acts_for_its_own_learner_only() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, dung, sinh) = hub(&dir.path().join("hub.sqlite3"));
    let (_, seat) = join(&mut app, dung);
    let theirs = app.open_lesson(sinh, LESSON).unwrap();

    assert!(matches!(app.open_lesson_at(seat, sinh, LESSON), Err(Error::NotThisLearner)));
    assert!(matches!(app.lesson_list_at(seat, sinh), Err(Error::NotThisLearner)));
    assert!(matches!(app.player_at(seat, theirs.attempt_id), Err(Error::NotThisLearner)));
    assert!(matches!(app.skip_pre_check_at(seat, theirs.attempt_id), Err(Error::NotThisLearner)));
    let step = theirs.step.as_ref().unwrap().id.clone();
    let given = hocso_core::lessons::Answer::Choice { selected: vec![] };
    assert!(matches!(app.answer_at(seat, theirs.attempt_id, &step, &given), Err(Error::NotThisLearner)));
    assert!(app.my_data_at(seat, sinh).is_err());
    assert!(app.my_data_at(seat, dung).is_ok(), "their own data, yes");
    let settings = app.store().learner(sinh).unwrap().settings;
    assert!(matches!(app.save_learner_settings_at(seat, sinh, &settings), Err(Error::NotThisLearner)));
    assert_eq!(app.store().attempt(theirs.attempt_id).unwrap().position, 0, "nothing was recorded for them");
}

#[test]
fn a_phone_that_comes_back_is_on_the_same_step() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, dung, _) = hub(&dir.path().join("hub.sqlite3"));
    let (key, seat) = join(&mut app, dung);
    let mut view = app.open_lesson_at(seat, dung, LESSON).unwrap();
    view = app.skip_pre_check_at(seat, view.attempt_id).unwrap();
    let lesson = app.library().lesson(LESSON).unwrap().clone();
    for _ in 0..3 {
        let step = view.step.clone().unwrap();
        let seed = app.store().attempt(view.attempt_id).unwrap().seed;
        let answer = right_answer(lesson.step(&step.id).unwrap(), &Practice::for_attempt(seed));
        view = app.answer_at(seat, view.attempt_id, &step.id, &answer).unwrap().next;
    }
    // The Wi-Fi dropped; the page asks again with its key.
    let seat = app.phone_seat(&key, PHONE).unwrap();
    let back = app.resume_phone(seat).unwrap();
    assert!(back.key.is_empty(), "the key is given once, when joining");
    let resumed = back.resume.expect("the open lesson");
    assert_eq!(resumed.position, view.position);
    assert_eq!(resumed.step.unwrap().id, view.step.unwrap().id);
}

#[test]
fn a_code_works_once_and_a_handed_back_phone_or_an_ended_session_signs_out() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, dung, sinh) = hub(&dir.path().join("hub.sqlite3"));
    let code = join_code(&mut app, dung);
    let start = app.join_phone(&code, PHONE).unwrap();
    assert!(matches!(app.join_phone(&code, PHONE), Err(Error::PhoneCodeInvalid)), "used up");

    let seat = app.phone_seat(&start.key, PHONE).unwrap();
    app.leave_phone(seat);
    assert!(matches!(app.phone_seat(&start.key, PHONE), Err(Error::PhoneSignedOut)), "Xong, trả máy");

    let (key, _) = join(&mut app, sinh);
    let waiting = join_code(&mut app, dung);
    app.end_session().unwrap();
    assert!(!app.phone_hub_open());
    assert!(matches!(app.phone_seat(&key, PHONE), Err(Error::PhoneHubClosed)));
    assert!(matches!(app.join_phone(&waiting, PHONE), Err(Error::PhoneHubClosed)));
}

#[test]
fn only_the_facilitator_opens_the_hub_and_makes_codes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, dung, _) = hub(&dir.path().join("hub.sqlite3"));
    app.lock();
    assert!(matches!(app.phone_join_code(dung), Err(Error::FacilitatorLocked)));
    assert!(matches!(app.phone_hub_view(), Err(Error::FacilitatorLocked)));
    assert!(matches!(app.open_phone_hub("http://10.0.0.1:1"), Err(Error::FacilitatorLocked)));
    assert!(app.phone_hub_open(), "locking the window does not throw the phones out (docs/security.md)");
}

#[test]
fn a_removed_learner_a_new_session_or_a_restored_backup_signs_phones_out() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, dung, sinh) = hub(&dir.path().join("hub.sqlite3"));
    let (dung_key, _) = join(&mut app, dung);
    let waiting = join_code(&mut app, dung);
    let (sinh_key, _) = join(&mut app, sinh);
    // Removed: their phone and their unused code stop at once (the number may be reused).
    app.remove_learner(dung).unwrap();
    assert!(matches!(app.phone_seat(&dung_key, PHONE), Err(Error::PhoneSignedOut)));
    assert!(matches!(app.join_phone(&waiting, PHONE), Err(Error::PhoneCodeInvalid)));
    assert!(app.phone_seat(&sinh_key, PHONE).is_ok(), "the others learn on");
    // "Bắt đầu buổi học" ends the running session, and its phones with it.
    app.start_session().unwrap();
    assert!(matches!(app.phone_seat(&sinh_key, PHONE), Err(Error::PhoneHubClosed)));
    // A restored backup replaces the learners the phones were for.
    app.open_phone_hub("http://192.168.1.10:8765").unwrap();
    let (key, _) = join(&mut app, sinh);
    let backup = dir.path().join("backup.sqlite3");
    app.store().backup_to(&backup).unwrap();
    app.restore_backup(&backup).unwrap();
    assert!(matches!(app.phone_seat(&key, PHONE), Err(Error::PhoneHubClosed)));
}
