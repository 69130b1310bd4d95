//! `hocso crash-child`: for the crash harness only (hidden). Records answers through the
//! core as fast as it can and prints `ack <attempt> <position>` after each one is committed,
//! or imports a file and prints `opened` and `imported`. The harness kills it with SIGKILL at random moments
//! and checks that every acknowledged answer is in the database.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::right_answer;
use hocso_core::reports;
use hocso_core::store::NewLearner;
use hocso_core::HocSo;

/// Answers the mouse-and-keyboard lesson again and again, one learner after another.
pub fn answers(db: &Path, lessons: &Path) -> ExitCode {
    let mut app = match HocSo::open(db, lessons) {
        Ok(app) => app,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    if app.store().installation().ok().flatten().is_none() {
        let _ = app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None));
    }
    let lesson = app.library().lesson("chuot-va-ban-phim").expect("the sample lesson").clone();
    let out = std::io::stdout();
    {
        // Open and ready: the harness times half of its kills from here, so that they land
        // while answers are written, not only while the database and lessons are opened.
        let mut out = out.lock();
        let _ = writeln!(out, "opened");
        let _ = out.flush();
    }
    for round in 0.. {
        app.give_consent();
        let learner = app
            .create_learner(&NewLearner {
                display_name: format!("Người thử {}-{round}", std::process::id()),
                birth_year: 1970,
                gender: None,
            })
            .expect("a learner");
        let mut view = app.open_lesson(learner.id, lesson.id.as_str()).expect("a lesson");
        while let Some(step) = view.step.clone() {
            let seed = app.store().attempt(view.attempt_id).expect("the attempt").seed;
            let answer = right_answer(lesson.step(&step.id).expect("the step"), &Practice::for_attempt(seed));
            let outcome = app.answer(view.attempt_id, &step.id, &answer).expect("an answer");
            // Acknowledged: `answer` returned, so the answer is committed.
            let mut out = out.lock();
            let _ = writeln!(out, "ack {} {}", view.attempt_id, view.position);
            let _ = out.flush();
            view = outcome.next;
        }
    }
    ExitCode::SUCCESS
}

/// Imports one file: prints `opened` once the database is open (and migrated), `checked`
/// once the file is read and checked (no write yet), and `imported` once its one
/// transaction has committed. A kill between `checked` and `imported` lands while the file's
/// rows are being written.
pub fn import(db: &Path, file: &Path) -> ExitCode {
    let say = |line: &str| {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    };
    let mut store = hocso_core::store::Store::open(db).expect("the database");
    say("opened");
    let bytes = std::fs::read(file).expect("the file");
    let export = reports::check_export(&bytes).expect("a sound export");
    say("checked");
    reports::import_checked(&mut store, &export).expect("the import");
    say("imported");
    ExitCode::SUCCESS
}
