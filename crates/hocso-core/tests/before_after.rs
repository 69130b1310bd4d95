//! "Improved" is shown by a before → after: the pre-check of a learner's first attempt, the
//! final check, the result screen, the facilitator's grid and the export, on a real database
//! with the shipped lessons.

use std::path::Path;

use hocso_core::i18n::Locale;
use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::{right_answer, Answer, StepKind};
use hocso_core::reports::{self, SignedExport};
use hocso_core::store::{LearnerId, NewLearner, PreResult};
use hocso_core::views::{Phase, PlayerView};
use hocso_core::HocSo;

use crate::hamlets::library;

const LESSON: &str = "nhan-dien-lua-dao";

fn open(db: &Path) -> HocSo {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    HocSo::open(db, &lessons).unwrap()
}

fn learner(app: &mut HocSo, name: &str) -> LearnerId {
    app.give_consent();
    app.create_learner(&NewLearner { display_name: name.into(), birth_year: 1961, gender: None }).unwrap().id
}

/// The right answer to the step on screen, or (with `right` false) a wrong one: the opposite
/// verdict on a message.
fn answer(app: &HocSo, view: &PlayerView, right: bool) -> Answer {
    let lesson = app.library().lesson(LESSON).unwrap();
    let id = &view.step.as_ref().unwrap().id;
    let step = lesson.step(id).unwrap();
    let seed = app.store().attempt(view.attempt_id).unwrap().seed;
    let good = right_answer(step, &Practice::for_attempt(seed));
    match (right, &step.kind) {
        (true, _) => good,
        (false, StepKind::Message { scam, .. }) => {
            Answer::Message { scam: !scam, flags: if *scam { vec![] } else { vec!["link".into()] } }
        }
        (false, StepKind::Choice { options, .. }) => {
            Answer::Choice { selected: vec![options.iter().find(|o| !o.correct).unwrap().id.clone()] }
        }
        (false, kind) => panic!("no wrong answer for {kind:?}"),
    }
}

/// Plays to the end: the pre-check with `pre_right` right answers, practice right, final right.
fn play(app: &mut HocSo, who: LearnerId, pre_right: usize) -> (PlayerView, Vec<String>, Vec<String>) {
    let mut view = app.open_lesson(who, LESSON).unwrap();
    let (mut pre, mut finals) = (vec![], vec![]);
    while view.result.is_none() {
        let id = view.step.as_ref().unwrap().id.clone();
        let right = match view.phase {
            Phase::PreCheck => {
                pre.push(id.clone());
                pre.len() <= pre_right
            }
            Phase::FinalCheck => {
                finals.push(id.clone());
                true
            }
            _ => true,
        };
        let given = answer(app, &view, right);
        let outcome = app.answer(view.attempt_id, &id, &given).unwrap();
        if view.phase == Phase::PreCheck {
            assert!(!outcome.show_feedback && outcome.advanced, "no feedback and no fail in the pre-check");
        }
        view = outcome.next;
    }
    (view, pre, finals)
}

#[test]
fn a_pre_check_then_the_lesson_shows_before_and_after_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hamlet.sqlite3");
    let mut app = open(&db);
    let code = crate::hamlets::code_of("Thôn Đông");
    app.set_up(&reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", Some(&code))).unwrap();
    app.set_locale(Locale::Vi).unwrap();
    let lesson = app.library().lesson(LESSON).unwrap().clone();
    let (pre_n, draw) = (lesson.pre_draw(), lesson.draw);
    assert_eq!((pre_n, draw), (6, 13));

    // Bà Múi takes the pre-check (2 of 6 right), learns, and passes: a measured improvement.
    let mui = learner(&mut app, "Nguyễn Thị Múi");
    let first = app.open_lesson(mui, LESSON).unwrap();
    assert_eq!(first.phase, Phase::PreCheck);
    assert!(first.phase_label.contains("trước"), "{}", first.phase_label);
    let (result, pre, finals) = play(&mut app, mui, 2);
    assert_eq!(pre.len(), pre_n);
    assert_eq!(finals.len(), draw);
    assert!(pre.iter().all(|id| !finals.contains(id)), "pre-check items are not in that attempt's final check");
    // The groups' mix, in both checks: scams, safe messages ("m-s-…"), what to do next ("c-…").
    let mix = |ids: &[String]| {
        let safe = ids.iter().filter(|id| id.starts_with("m-s-")).count();
        let next = ids.iter().filter(|id| id.starts_with("c-")).count();
        (ids.len() - safe - next, safe, next)
    };
    assert_eq!((mix(&pre), mix(&finals)), ((3, 2, 1), (6, 4, 3)), "{pre:?} {finals:?}");
    let result = result.result.unwrap();
    assert!(result.passed);
    assert_eq!(result.before_after.as_deref(), Some("Trước khi học: 2/6 → Sau khi học: 13/13"));
    assert_eq!(app.store().pre_checks(mui).unwrap()[0].result, PreResult::Taken { correct: 2, total: 6 });

    // A second attempt measures no new "before": no pre-check, and the first one still counts.
    let again = app.open_lesson(mui, LESSON).unwrap();
    assert_eq!(again.phase, Phase::Practice);
    assert_eq!(app.store().attempt(again.attempt_id).unwrap().pre_steps, 0);
    let first_step = again.step.as_ref().unwrap().id.clone();
    app.answer(again.attempt_id, &first_step, &answer(&app, &again, true)).unwrap();
    app.lesson_list(mui).unwrap();

    // Ông Sáng skips the pre-check with one press: recorded as skipped, never as a fail.
    let sang = learner(&mut app, "Hoàng Văn Sáng");
    let view = app.open_lesson(sang, LESSON).unwrap();
    let skipped = app.skip_pre_check(view.attempt_id).unwrap();
    assert_eq!((skipped.phase, skipped.position as usize), (Phase::Practice, pre_n));
    assert_eq!(app.store().answer_count(view.attempt_id).unwrap(), 0);
    let (result, _, _) = play(&mut app, sang, 0);
    assert!(result.result.as_ref().unwrap().passed);
    assert_eq!(result.result.unwrap().before_after, None);
    assert_eq!(app.store().pre_checks(sang).unwrap()[0].result, PreResult::Skipped);

    // Bà Hoa already knew it (6 of 6 before): passed, but no improvement measured.
    let hoa = learner(&mut app, "Lục Thị Hoa");
    play(&mut app, hoa, 6);

    // "Often wrong" counts people at their first try: Múi's second go does not count again, and
    // pre-check answers (before any practice) are left out.
    let tallies = app.store().first_try_tallies("2000-01-01T00:00:00Z").unwrap();
    let first = tallies.iter().find(|t| t.lesson_id == LESSON && t.step_id == first_step).unwrap();
    assert_eq!((first.answered, first.wrong), (3, 0));
    assert!(tallies.iter().all(|t| t.answered <= 3), "{tallies:?}");

    // The facilitator's grid: before → after under the lesson.
    assert!(app.unlock("2468").is_ok());
    let grid = app.facilitator_view().unwrap();
    let column = grid.lessons.iter().position(|l| l.id == LESSON).unwrap();
    let cell = |name: &str| grid.rows.iter().find(|r| r.learner.name == name).unwrap().measures[column].clone();
    assert_eq!(cell("Nguyễn Thị Múi").as_deref(), Some("33% → 100%"));
    assert_eq!(cell("Hoàng Văn Sáng").as_deref(), Some("bỏ qua kiểm tra trước"));
    assert_eq!(cell("Lục Thị Hoa").as_deref(), Some("100% → 100%"));

    // The export: per person and lesson, whether the pass came with a measured improvement.
    let out = dir.path().join("thon-dong.json");
    app.export_to(&out).unwrap();
    let export: SignedExport = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(export.body.schema_version, 4);
    let mut improved: Vec<Option<bool>> = export
        .body
        .persons
        .iter()
        .flat_map(|p| p.passed.iter().filter(|s| s.lesson == LESSON).map(|s| s.improved))
        .collect();
    improved.sort();
    assert_eq!(improved, vec![None, Some(false), Some(true)]);
    let text = String::from_utf8(std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(text.matches("\"improved\": true").count(), 1);

    // The commune counts the measured improvement and the skills, from the file alone.
    let commune = dir.path().join("commune.sqlite3");
    let mut store = crate::hamlets::commune(&commune);
    let imported = reports::import_files(&mut store, &[out]).unwrap();
    assert!(!imported.any_refused());
    let report = reports::commune_report(&mut store).unwrap();
    assert_eq!(report.improved_by_lesson.get(LESSON), Some(&1));
    // All five basic skills are taught since the shopping, group and map lessons (issue 13).
    assert_eq!(
        report.skills_taught.iter().map(String::as_str).collect::<Vec<_>>(),
        [
            "dich-vu-cong-truc-tuyen",
            "mua-sam-truc-tuyen",
            "nen-tang-so-dia-phuong",
            "thanh-toan-truc-tuyen",
            "tu-bao-ve-tren-mang"
        ]
    );
    // Self-protection needs every core lesson that teaches it (VNeID, QR, scams): nobody yet.
    assert_eq!(report.total.by_skill.get("tu-bao-ve-tren-mang"), None);
    let skills = reports::skill_lessons(&library());
    let protect = skills.iter().find(|s| s.skill == "tu-bao-ve-tren-mang").unwrap();
    assert_eq!(protect.lessons, ["vneid", "thanh-toan-qr", "nhan-dien-lua-dao"]);
    // No core lesson teaches shopping or the local platforms: the first lesson that does counts.
    let shopping = skills.iter().find(|s| s.skill == "mua-sam-truc-tuyen").unwrap();
    assert_eq!(shopping.lessons, ["mua-hang-tren-mang"]);
    let platforms = skills.iter().find(|s| s.skill == "nen-tang-so-dia-phuong").unwrap();
    assert_eq!(platforms.lessons, ["nhom-zalo-thon"]);
}

#[test]
fn core_lessons_and_skills_are_the_communes_whatever_a_file_says() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("commune.sqlite3");
    let mut store = crate::hamlets::commune(&db);
    // A hamlet computer whose catalogue had only two core lessons: its people passed those two.
    let code = crate::hamlets::code_of("Thôn Tây");
    let export = reports::demo::demo_export(1, &code, "Đầm Hà", &["vneid".into(), "thanh-toan-qr".into()], 40, 4);
    assert!(!reports::import_checked(&mut store, &export).unwrap().is_refused());
    let report = reports::commune_report(&mut store).unwrap();
    let tay = crate::hamlets::row(&report, "Thôn Tây");
    assert!(tay.persons > 0);
    assert_eq!(tay.skilled, 0, "the commune's four core lessons, not the file's two");
    // Payment counts with the commune's mapping (the QR lesson alone teaches it).
    let paid = export.body.persons.iter().filter(|p| p.passed.iter().any(|s| s.lesson == "thanh-toan-qr")).count();
    assert_eq!(tay.by_skill.get("thanh-toan-truc-tuyen").copied().unwrap_or(0) as usize, paid);
    assert!(report.skills_taught.contains("tu-bao-ve-tren-mang"));
}
