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
    app.set_up(&reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà")).unwrap();
    app.set_locale(Locale::Vi).unwrap();
    let lesson = app.library().lesson(LESSON).unwrap().clone();
    let (pre_n, draw) = (lesson.pre_draw(), lesson.draw);
    assert_eq!((pre_n, draw), (5, 10));

    // Bà Múi takes the pre-check (2 of 5 right), learns, and passes: a measured improvement.
    let mui = learner(&mut app, "Nguyễn Thị Múi");
    let first = app.open_lesson(mui, LESSON).unwrap();
    assert_eq!(first.phase, Phase::PreCheck);
    assert!(first.phase_label.contains("trước"), "{}", first.phase_label);
    let (result, pre, finals) = play(&mut app, mui, 2);
    assert_eq!(pre.len(), pre_n);
    assert_eq!(finals.len(), draw);
    assert!(pre.iter().all(|id| !finals.contains(id)), "pre-check items are not in that attempt's final check");
    let scams = |ids: &[String]| ids.iter().filter(|id| !id.starts_with("m-s-")).count();
    assert_eq!((scams(&pre), scams(&finals)), (3, 6), "the groups' mix, in both checks");
    let result = result.result.unwrap();
    assert!(result.passed);
    assert_eq!(result.before_after.as_deref(), Some("Trước khi học: 2/5 → Sau khi học: 10/10"));
    assert_eq!(app.store().pre_checks(mui).unwrap()[0].result, PreResult::Taken { correct: 2, total: 5 });

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

    // Bà Hoa already knew it (5 of 5 before): passed, but no improvement measured.
    let hoa = learner(&mut app, "Lục Thị Hoa");
    play(&mut app, hoa, 5);

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
    assert_eq!(cell("Nguyễn Thị Múi").as_deref(), Some("40% → 100%"));
    assert_eq!(cell("Hoàng Văn Sáng").as_deref(), Some("bỏ qua kiểm tra trước"));
    assert_eq!(cell("Lục Thị Hoa").as_deref(), Some("100% → 100%"));

    // The export: per person and lesson, whether the pass came with a measured improvement.
    let out = dir.path().join("thon-dong.json");
    app.export_to(&out).unwrap();
    let export: SignedExport = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(export.body.schema_version, 3);
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
    let mut store = hocso_core::store::Store::open(&commune).unwrap();
    let imported = reports::import_files(&mut store, &[out], reports::TrustPolicy::FirstKeyOnly).unwrap();
    assert!(!imported.any_refused());
    let report = reports::commune_report(&mut store).unwrap();
    assert_eq!(report.improved_by_lesson.get(LESSON), Some(&1));
    assert_eq!(
        report.skills_taught.iter().map(String::as_str).collect::<Vec<_>>(),
        ["dich-vu-cong-truc-tuyen", "thanh-toan-truc-tuyen", "tu-bao-ve-tren-mang"]
    );
    // Self-protection needs every core lesson that teaches it (VNeID, QR, scams): nobody yet.
    assert_eq!(report.total.by_skill.get("tu-bao-ve-tren-mang"), None);
    let skills = reports::skill_lessons(&library());
    let protect = skills.iter().find(|s| s.skill == "tu-bao-ve-tren-mang").unwrap();
    assert_eq!(protect.lessons, ["vneid", "thanh-toan-qr", "nhan-dien-lua-dao"]);
    assert!(skills.iter().any(|s| s.skill == "mua-sam-truc-tuyen" && s.lessons.is_empty()), "not taught yet");
}

/// A signed copy of `export` as a computer not yet updated would send it (schema 2: no skills,
/// no improvement), under its own new key.
fn as_schema_2(export: &SignedExport, seed: u8) -> SignedExport {
    let mut body = export.body.clone();
    body.schema_version = 2;
    body.skills.clear();
    body.totals.by_skill.clear();
    for p in &mut body.persons {
        for s in &mut p.passed {
            s.improved = None;
        }
    }
    let key = reports::InstallationKey::from_seed([seed; 32]);
    body.public_key = key.public_hex();
    body.installation_id = format!("{:032x}", u128::from(seed));
    let digest = body.canonical_digest();
    let signature = key.sign_hex(digest.as_bytes());
    SignedExport { body, digest, signature }
}

#[test]
fn skills_are_counted_per_hamlet_whatever_the_newest_file_or_the_hamlet_name() {
    let core: Vec<String> = ["vneid", "dich-vu-cong", "thanh-toan-qr", "nhan-dien-lua-dao"].map(String::from).to_vec();
    let mut store = hocso_core::store::Store::open_in_memory().unwrap();
    // Thôn Đông: an updated computer first, then one not yet updated (schema 2) of the same hamlet.
    let updated = reports::demo::demo_export(0, "Đầm Hà", &core, 30, 5);
    let old = as_schema_2(&reports::demo::demo_export(0, "Đầm Hà", &core, 10, 6), 7);
    let expected = updated.body.totals.by_skill.clone();
    for file in [&updated, &old] {
        let outcome = reports::import_checked(&mut store, file).unwrap();
        assert!(!outcome.is_refused(), "{outcome:?}");
    }
    let report = reports::commune_report(&mut store).unwrap();
    assert_eq!(report.hamlets.len(), 1);
    let hamlet = &report.hamlets[0];
    // The schema-2 file's persons count with the mapping the updated file carried.
    for count in &expected {
        let n = hamlet.by_skill.get(&count.skill).copied().unwrap_or(0);
        assert!(n >= count.persons, "{}: {n} < {}", count.skill, count.persons);
    }
    assert!(hamlet.by_skill.get("tu-bao-ve-tren-mang").copied().unwrap_or(0) > 0);

    // A hamlet of the same name in another commune keeps its own counts.
    let other = reports::demo::demo_export(0, "Quảng Hà", &core, 20, 9);
    assert!(!reports::import_checked(&mut store, &other).unwrap().is_refused());
    let report = reports::commune_report(&mut store).unwrap();
    assert_eq!(report.hamlets.len(), 2);
    let quang_ha = report.hamlets.iter().find(|h| h.commune == "Quảng Hà").unwrap();
    for count in &other.body.totals.by_skill {
        assert_eq!(quang_ha.by_skill.get(&count.skill).copied().unwrap_or(0), count.persons, "{}", count.skill);
    }
}

#[test]
fn a_file_with_repeated_skills_or_schema_3_fields_under_schema_2_is_refused() {
    let core: Vec<String> = ["vneid", "thanh-toan-qr"].map(String::from).to_vec();
    let resign = |mut export: SignedExport, change: &dyn Fn(&mut reports::ExportBody)| {
        change(&mut export.body);
        let key = reports::InstallationKey::from_seed([3; 32]);
        export.body.public_key = key.public_hex();
        export.digest = export.body.canonical_digest();
        export.signature = key.sign_hex(export.digest.as_bytes());
        serde_json::to_vec(&export).unwrap()
    };
    let base = reports::demo::demo_export(1, "Đầm Hà", &core, 10, 4);
    let repeated = resign(base.clone(), &|b| {
        let first = b.skills[0].clone();
        b.skills.push(first);
        b.totals.by_skill.clear();
    });
    let mixed = resign(base.clone(), &|b| b.schema_version = 2);
    let fine = resign(base, &|_| {});
    assert!(reports::check_export(&fine).is_ok());
    for bytes in [repeated, mixed] {
        assert!(matches!(reports::check_export(&bytes), Err(reports::ImportOutcome::RefusedUnknownFormat)));
    }
}
