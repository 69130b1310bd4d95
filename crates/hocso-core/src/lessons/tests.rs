use std::path::Path;

use super::*;
use crate::i18n::{AppTexts, Locale};

fn fixture(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

const CATALOG: &str =
    "format_version = 1\ncore = [\"good\"]\n\n[[topics]]\nid = \"basics\"\nlessons = [\"good\", \"broken\"]\n";
const CATALOG_FTL: &str = "topic-basics = Cơ bản\n";
const GOOD: &str = r#"id = "good"
version = 1
topic = "basics"

[[steps]]
id = "hello"
kind = "explain"

[[steps]]
id = "pick"
kind = "choice"
options = [
  { id = "yes", correct = true },
  { id = "no" },
]

[final_check]
draw = 1

[[final_check.items]]
id = "sort"
kind = "order"
items = ["one", "two", "three"]
"#;
const GOOD_FTL: &str = "lesson-title = T\nlesson-summary = S\nhello-text = Xin chào\npick-prompt = P\npick-yes = Có\npick-yes-feedback = Đúng\npick-no = Không\npick-no-feedback = Gợi ý\nsort-prompt = Xếp\nsort-hint = Gợi ý\nsort-one = 1\nsort-two = 2\nsort-three = 3\n";

fn good_files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("catalog.toml", CATALOG),
        ("vi.ftl", CATALOG_FTL),
        ("en.ftl", CATALOG_FTL),
        ("good/lesson.toml", GOOD),
        ("good/vi.ftl", GOOD_FTL),
        ("good/en.ftl", GOOD_FTL),
    ]
}

fn rendered(library: &LessonLibrary) -> Vec<String> {
    let texts = AppTexts::load(Locale::En);
    library.problems.iter().map(|p| p.render(&texts)).collect()
}

#[test]
fn the_shipped_lessons_load_without_a_single_problem() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let library = LessonLibrary::load(&root);
    assert!(library.problems.is_empty(), "{:#?}", rendered(&library));
    assert!(!library.lessons.is_empty());
}

#[test]
fn a_toml_syntax_error_names_the_file_and_line_and_the_other_lessons_still_load() {
    let broken = "id = \"broken\"\nversion = 1\ntopic = \"basics\"\n[[steps]]\nid = \"a\"\nkind = explain\n";
    let mut files = good_files();
    files.push(("broken/lesson.toml", broken));
    files.push(("broken/vi.ftl", "lesson-title = B\n"));
    files.push(("broken/en.ftl", "lesson-title = B\n"));
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    assert_eq!(library.lessons.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(), vec!["good"]);
    assert_eq!(library.problems.len(), 1, "{:#?}", rendered(&library));
    let p = &library.problems[0];
    assert_eq!(p.file, dir.path().join("broken/lesson.toml"));
    assert_eq!(p.line, Some(6));
    assert!(matches!(p.kind, ProblemKind::Syntax { .. }));
}

#[test]
fn a_text_missing_from_english_is_reported_with_the_step_line() {
    let mut files = good_files();
    let en_without_pick_no = GOOD_FTL.replace("pick-no = Không\n", "");
    files.retain(|(n, _)| *n != "good/en.ftl");
    files.push(("good/en.ftl", Box::leak(en_without_pick_no.into_boxed_str())));
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    assert!(library.lessons.is_empty());
    let texts = AppTexts::load(Locale::Vi);
    let messages: Vec<String> = library.problems.iter().map(|p| p.render(&texts)).collect();
    assert!(
        library
            .problems
            .iter()
            .any(|p| p.kind == ProblemKind::TextMissing { id: "pick-no".into(), locale: "en".into() }),
        "{messages:#?}"
    );
}

#[test]
fn a_text_missing_from_vietnamese_points_at_the_step_that_uses_it() {
    let mut files = good_files();
    let vi = GOOD_FTL.replace("pick-yes-feedback = Đúng\n", "");
    files.retain(|(n, _)| *n != "good/vi.ftl");
    files.push(("good/vi.ftl", Box::leak(vi.into_boxed_str())));
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    let p = library
        .problems
        .iter()
        .find(|p| p.kind == ProblemKind::TextMissing { id: "pick-yes-feedback".into(), locale: "vi".into() })
        .expect("missing vi text reported");
    assert_eq!(p.file, dir.path().join("good/lesson.toml"));
    assert_eq!(p.line, Some(10), "the line of `id = \"pick\"`");
}

#[test]
fn structural_mistakes_are_each_reported() {
    let lesson = r#"id = "good"
version = 0
topic = "nowhere"
pass_mark = 120

[[steps]]
id = "same"
kind = "explain"

[[steps]]
id = "same"
kind = "choice"
options = [{ id = "only", correct = false }]

[[steps]]
id = "Bad_Id"
kind = "video"

[final_check]
draw = 3

[[final_check.items]]
id = "intro"
kind = "explain"
picture = "missing.svg"
"#;
    let mut files = good_files();
    files.retain(|(n, _)| *n != "good/lesson.toml");
    files.push(("good/lesson.toml", lesson));
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    let kinds: Vec<&ProblemKind> = library.problems.iter().map(|p| &p.kind).collect();
    for expected in [
        ProblemKind::VersionZero,
        ProblemKind::UnknownTopic { topic: "nowhere".into() },
        ProblemKind::PassMarkOutOfRange { value: 120 },
        ProblemKind::DuplicateStepId { step: "same".into() },
        ProblemKind::TooFewOptions { step: "same".into() },
        ProblemKind::CorrectCount { step: "same".into() },
        ProblemKind::BadId { id: "Bad_Id".into() },
        ProblemKind::UnknownKind { step: "Bad_Id".into(), kind: "video".into() },
        ProblemKind::DrawOutOfRange { draw: 3, pool: 1 },
        ProblemKind::FinalCheckKind { step: "intro".into() },
        ProblemKind::PictureMissing { picture: "missing.svg".into() },
    ] {
        assert!(kinds.contains(&&expected), "{expected:?} not reported; got {:#?}", rendered(&library));
    }
    let dup = library.problems.iter().find(|p| p.kind == ProblemKind::DuplicateStepId { step: "same".into() }).unwrap();
    assert_eq!(dup.line, Some(11));
}

#[test]
fn catalogue_mistakes_are_reported_and_a_broken_core_lesson_stays_core() {
    let catalog = "format_version = 1\ncore = [\"good\", \"ghost\"]\n\n[[topics]]\nid = \"basics\"\nlessons = [\"good\", \"absent\"]\n";
    let mut files = good_files();
    files.retain(|(n, _)| *n != "catalog.toml" && *n != "good/vi.ftl");
    files.push(("catalog.toml", catalog));
    files.push(("stray/lesson.toml", GOOD));
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    let kinds: Vec<&ProblemKind> = library.problems.iter().map(|p| &p.kind).collect();
    assert!(kinds.contains(&&ProblemKind::LessonFolderMissing { lesson: "absent".into() }));
    assert!(kinds.contains(&&ProblemKind::CoreLessonUnknown { lesson: "ghost".into() }));
    assert!(kinds.contains(&&ProblemKind::LessonNotInCatalog { lesson: "stray".into() }));
    // "good" failed (no vi.ftl) but is still a core lesson: the skill level is not made easier.
    assert!(library.lesson("good").is_none());
    assert_eq!(library.catalog.core, vec![LessonId("good".into())]);
}

#[test]
fn a_newer_catalogue_format_is_refused_with_its_line() {
    let dir = fixture(&[("catalog.toml", "# comment\nformat_version = 2\ntopics = []\n")]);
    let library = LessonLibrary::load(dir.path());
    assert_eq!(library.problems.len(), 1);
    assert_eq!(library.problems[0].line, Some(2));
    assert_eq!(library.problems[0].kind, ProblemKind::UnsupportedFormat { found: 2, supported: 1 });
}

#[test]
fn a_fluent_syntax_error_names_its_line() {
    let mut files = good_files();
    files.retain(|(n, _)| *n != "good/en.ftl");
    let bad = format!("{GOOD_FTL}broken line without equals\n");
    files.push(("good/en.ftl", Box::leak(bad.into_boxed_str())));
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    let p = library
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::FtlSyntax { .. }))
        .expect("syntax error reported");
    assert_eq!(p.file, dir.path().join("good/en.ftl"));
    assert_eq!(p.line, Some(14));
}

#[test]
fn grading_single_multiple_and_order_answers() {
    #[allow(non_snake_case)]
    let P = phone::Practice::for_attempt(1);
    let single = Step {
        id: "s".into(),
        kind: StepKind::Choice {
            multiple: false,
            options: vec![
                ChoiceOption { id: "a".into(), correct: true },
                ChoiceOption { id: "b".into(), correct: false },
            ],
            picture: None,
        },
    };
    assert!(grade(&single, &Answer::Choice { selected: vec!["a".into()] }, &P).unwrap().correct);
    assert!(!grade(&single, &Answer::Choice { selected: vec!["b".into()] }, &P).unwrap().correct);
    assert!(grade(&single, &Answer::Choice { selected: vec!["a".into(), "b".into()] }, &P).is_err());
    assert!(grade(&single, &Answer::Choice { selected: vec![] }, &P).is_err());
    assert!(grade(&single, &Answer::Choice { selected: vec!["zzz".into()] }, &P).is_err());
    assert!(grade(&single, &Answer::Continue, &P).is_err());

    let multiple = Step {
        id: "m".into(),
        kind: StepKind::Choice {
            multiple: true,
            options: vec![
                ChoiceOption { id: "a".into(), correct: true },
                ChoiceOption { id: "b".into(), correct: true },
                ChoiceOption { id: "c".into(), correct: false },
            ],
            picture: None,
        },
    };
    let partial = grade(&multiple, &Answer::Choice { selected: vec!["a".into()] }, &P).unwrap();
    assert!(!partial.correct);
    assert_eq!(partial.missed, 1);
    assert!(grade(&multiple, &Answer::Choice { selected: vec!["b".into(), "a".into()] }, &P).unwrap().correct);
    assert!(
        !grade(&multiple, &Answer::Choice { selected: vec!["a".into(), "b".into(), "c".into()] }, &P).unwrap().correct
    );

    let order = Step { id: "o".into(), kind: StepKind::Order { items: vec!["x".into(), "y".into(), "z".into()] } };
    assert!(grade(&order, &Answer::Order { order: vec!["x".into(), "y".into(), "z".into()] }, &P).unwrap().correct);
    let wrong = grade(&order, &Answer::Order { order: vec!["x".into(), "z".into(), "y".into()] }, &P).unwrap();
    assert!(!wrong.correct);
    assert_eq!(wrong.in_place, 1);
    assert!(grade(&order, &Answer::Order { order: vec!["x".into(), "y".into()] }, &P).is_err());
}

#[test]
fn two_parts_of_a_lesson_that_would_share_one_text_are_refused() {
    // Step "pick" with option "yes-feedback" would use the text of option "yes"'s feedback.
    let lesson = GOOD.replace("  { id = \"no\" },", "  { id = \"no\" },\n  { id = \"yes-feedback\" },");
    let mut files = good_files();
    files.retain(|(n, _)| *n != "good/lesson.toml");
    files.push(("good/lesson.toml", Box::leak(lesson.into_boxed_str())));
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    assert!(
        library.problems.iter().any(|p| p.kind == ProblemKind::TextIdClash { id: "pick-yes-feedback".into() }),
        "{:#?}",
        rendered(&library)
    );
}

#[test]
fn the_right_answer_of_every_step_of_every_shipped_lesson_is_graded_right() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let library = LessonLibrary::load(&root);
    let practice = phone::Practice::for_attempt(42);
    let mut checked = 0;
    for lesson in &library.lessons {
        for step in lesson.steps.iter().chain(lesson.pool.iter()) {
            let answer = right_answer(step, &practice);
            assert!(grade(step, &answer, &practice).unwrap().correct, "{}/{} graded wrong", lesson.id, step.id);
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked} steps");
}
