use std::path::{Path, PathBuf};

use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::{right_answer, Answer, Lesson, StepKind};
use hocso_core::store::NewLearner;
use hocso_core::views::{Phase, PlayerView};
use hocso_core::{Error, HocSo, InputProblem};

const LESSON: &str = "chuot-va-ban-phim";

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

fn open(db: &Path) -> HocSo {
    HocSo::open(db, &lessons()).unwrap()
}

/// A hamlet computer set up, with one learner who agreed to the consent screen.
fn hamlet_with_learner(db: &Path) -> (HocSo, hocso_core::store::LearnerId) {
    let mut app = open(db);
    app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    app.give_consent();
    let card = app
        .create_learner(&NewLearner { display_name: "Nguyễn Thị Múi".into(), birth_year: 1958, gender: None })
        .unwrap();
    app.choose_learner(card.id).unwrap();
    (app, card.id)
}

fn lesson(app: &HocSo) -> Lesson {
    app.library().lesson(LESSON).unwrap().clone()
}

/// The right answer from the core, or a wrong one made from it.
fn answer_for(lesson: &Lesson, step_id: &str, right: bool) -> Answer {
    let step = lesson.step(step_id).unwrap();
    let answer = right_answer(step, &Practice::for_attempt(0));
    if right {
        return answer;
    }
    match (&step.kind, answer) {
        (StepKind::Choice { options, .. }, _) => {
            Answer::Choice { selected: options.iter().filter(|o| !o.correct).take(1).map(|o| o.id.clone()).collect() }
        }
        (_, Answer::Order { mut order }) => {
            order.swap(0, 1);
            Answer::Order { order }
        }
        (_, Answer::Message { scam, .. }) => Answer::Message { scam: !scam, flags: vec![] },
        (_, other) => panic!("no wrong answer for {other:?}"),
    }
}

/// Opens the lesson and, on a first attempt, skips the pre-check: the practice's first step.
fn open_practice(app: &mut HocSo, learner: hocso_core::store::LearnerId) -> PlayerView {
    let view = app.open_lesson(learner, LESSON).unwrap();
    if view.phase == Phase::PreCheck {
        return app.skip_pre_check(view.attempt_id).unwrap();
    }
    view
}

fn step_id(view: &PlayerView) -> String {
    view.step.as_ref().expect("a step on screen").id.clone()
}

/// Answers the step on screen and returns the next view.
fn answer(app: &mut HocSo, view: &PlayerView, right: bool) -> PlayerView {
    let lesson = lesson(app);
    let id = step_id(view);
    app.answer(view.attempt_id, &id, &answer_for(&lesson, &id, right)).unwrap().next
}

#[test]
fn learner_resumes_on_the_same_step_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hocso.sqlite3");
    let on_step = {
        let (mut app, learner) = hamlet_with_learner(&db);
        let mut view = app.open_lesson(learner, LESSON).unwrap();
        for _ in 0..3 {
            view = answer(&mut app, &view, true);
        }
        step_id(&view)
        // The app is dropped here without leave_learner: a power cut.
    };
    let app = open(&db);
    let start = app.start_view().unwrap();
    let resume = start.resume.expect("the learner is reopened");
    assert_eq!(resume.learner.name, "Nguyễn Thị Múi");
    assert_eq!(step_id(&resume), on_step);
    assert_eq!(resume.position, 3);
}

#[test]
fn a_normal_close_or_going_back_to_the_list_does_not_reopen_the_lesson() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hocso.sqlite3");
    {
        let (mut app, learner) = hamlet_with_learner(&db);
        let view = app.open_lesson(learner, LESSON).unwrap();
        answer(&mut app, &view, true);
        app.lesson_list(learner).unwrap();
    }
    assert!(open(&db).start_view().unwrap().resume.is_none(), "back on the list: nothing to resume");
    {
        let mut app = open(&db);
        let learner = app.picker("mui").unwrap().learners[0].id;
        app.choose_learner(learner).unwrap();
        let view = app.open_lesson(learner, LESSON).unwrap();
        assert_eq!(view.position, 1, "the open attempt goes on where it was");
        app.leave_learner().unwrap();
    }
    assert!(open(&db).start_view().unwrap().resume.is_none(), "a learner who left is not reopened");
}

#[test]
fn a_wrong_practice_answer_is_kept_and_the_learner_tries_the_same_step_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, learner) = hamlet_with_learner(&dir.path().join("db"));
    let lesson = lesson(&app);
    let mut view = open_practice(&mut app, learner);
    while !matches!(lesson.step(&step_id(&view)).unwrap().kind, StepKind::Choice { .. }) {
        view = answer(&mut app, &view, true);
    }
    let id = step_id(&view);
    let outcome = app.answer(view.attempt_id, &id, &answer_for(&lesson, &id, false)).unwrap();
    assert!(outcome.show_feedback && !outcome.correct && !outcome.advanced);
    assert!(!outcome.feedback.is_empty(), "a hint is shown");
    assert_eq!(step_id(&outcome.next), id);
    let outcome = app.answer(view.attempt_id, &id, &answer_for(&lesson, &id, true)).unwrap();
    assert!(outcome.correct && outcome.advanced);
    let attempt = app.store().attempt(view.attempt_id).unwrap();
    assert_eq!(
        app.store().answer_count(view.attempt_id).unwrap() as u32,
        view.position - attempt.pre_steps as u32 + 2,
        "every try is recorded (the skipped pre-check has none)"
    );
}

#[test]
fn an_explain_step_moves_on_without_feedback() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, learner) = hamlet_with_learner(&dir.path().join("db"));
    let view = open_practice(&mut app, learner);
    let id = step_id(&view);
    assert!(matches!(lesson(&app).step(&id).unwrap().kind, StepKind::Explain { .. }));
    let outcome = app.answer(view.attempt_id, &id, &Answer::Continue).unwrap();
    assert!(!outcome.show_feedback && outcome.advanced);
}

#[test]
fn answering_the_same_step_twice_is_refused_and_recorded_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, learner) = hamlet_with_learner(&dir.path().join("db"));
    let view = open_practice(&mut app, learner);
    let id = step_id(&view);
    app.answer(view.attempt_id, &id, &Answer::Continue).unwrap();
    let again = app.answer(view.attempt_id, &id, &Answer::Continue).expect_err("refused");
    assert!(matches!(again, Error::StaleStep { .. }), "{again:?}");
    assert_eq!(app.store().answer_count(view.attempt_id).unwrap(), 1);
}

fn play(app: &mut HocSo, learner: hocso_core::store::LearnerId, final_right: bool) -> PlayerView {
    let mut view = app.open_lesson(learner, LESSON).unwrap();
    for _ in 0..100 {
        if view.result.is_some() {
            return view;
        }
        let right = view.phase == Phase::Practice || final_right;
        view = answer(app, &view, right);
    }
    panic!("the lesson did not end");
}

#[test]
fn all_right_passes_and_is_recorded_all_wrong_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, learner) = hamlet_with_learner(&dir.path().join("db"));
    let failed = play(&mut app, learner, false);
    let result = failed.result.unwrap();
    assert!(!result.passed);
    assert_eq!((result.score, result.correct), (0, 0));
    assert!(app.store().completions(learner).unwrap().is_empty());

    let passed = play(&mut app, learner, true);
    let result = passed.result.unwrap();
    assert!(result.passed);
    assert_eq!(result.score, 100);
    assert_eq!(result.total as usize, lesson(&app).draw);
    let completions = app.store().completions(learner).unwrap();
    assert_eq!(completions.len(), 1);
    assert_eq!((completions[0].lesson_id.as_str(), completions[0].lesson_version), (LESSON, lesson(&app).version));
}

#[test]
fn the_pass_mark_is_never_rounded_up() {
    use hocso_core::player::score_percent;
    assert_eq!(score_percent(4, 5), 80);
    assert_eq!(score_percent(7, 9), 77);
    assert_eq!(score_percent(79, 100), 79);
    assert_eq!(score_percent(0, 0), 0);
}

#[test]
fn an_unfinished_attempt_of_an_older_lesson_version_is_closed_and_a_new_one_started() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let (app, learner) = hamlet_with_learner(&db);
    let version = lesson(&app).version;
    let old_plan: Vec<String> = lesson(&app).steps.iter().map(|s| s.id.clone()).collect();
    drop(app);
    let old = {
        let mut store = hocso_core::store::Store::open(&db).unwrap();
        store.create_attempt(learner, LESSON, version + 99, &old_plan, 0, old_plan.len(), 1).unwrap()
    };
    let mut app = open(&db);
    let view = app.open_lesson(learner, LESSON).unwrap();
    assert_ne!(view.attempt_id, old.id);
    assert!(app.store().attempt(old.id).unwrap().finished_at.is_some());
}

#[test]
fn no_learner_is_created_without_consent_given_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = hamlet_with_learner(&dir.path().join("db"));
    let new = NewLearner { display_name: "Triệu Văn Sáng".into(), birth_year: 1975, gender: None };
    let err = app.create_learner(&new).expect_err("refused");
    assert!(matches!(err, Error::InvalidInput(InputProblem::ConsentRequired)));
    app.give_consent();
    app.withdraw_consent();
    assert!(app.create_learner(&new).is_err(), "a declined consent is not consent");
    app.give_consent();
    app.create_learner(&new).unwrap();
    assert!(app.create_learner(&new).is_err(), "consent is for one registration");
}

#[test]
fn facilitator_mode_needs_the_pin_and_a_session_records_who_came_and_what_they_did() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, learner) = hamlet_with_learner(&dir.path().join("db"));
    assert!(matches!(app.facilitator_view(), Err(Error::FacilitatorLocked)));
    assert!(matches!(app.start_session(), Err(Error::FacilitatorLocked)));
    assert!(matches!(app.unlock("1111"), Err(Error::PinWrong { .. })));
    let view = app.unlock("2468").unwrap();
    assert_eq!(view.rows.len(), 1);
    assert!(!view.rows[0].skilled);
    let session = app.start_session().unwrap().unwrap();
    assert!(session.open);
    let session = app.set_attendance(learner, true).unwrap().unwrap();
    assert!(session.rows[0].present);

    // The learner plays a whole lesson during the session (choosing a learner locks the mode).
    app.choose_learner(learner).unwrap();
    play(&mut app, learner, true);
    app.unlock("2468").unwrap();
    let session = app.session().unwrap().unwrap();
    assert!(session.rows[0].answers > 5, "{:?}", session.rows[0]);
    assert_eq!(session.rows[0].passed.len(), 1);
    assert!(matches!(app.certificate(learner), Err(Error::NotSkilledYet)));
    let ended = app.end_session().unwrap().unwrap();
    assert!(!ended.open);
    assert!(app.set_attendance(learner, false).is_err(), "no session is running");
}
