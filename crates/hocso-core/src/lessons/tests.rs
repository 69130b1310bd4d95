use std::path::Path;

use super::*;
use crate::i18n::{AppTexts, Locale};

pub(super) fn fixture(files: &[(&str, &str)]) -> tempfile::TempDir {
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
skills = []

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
items = ["one", "two", "three", "four", "five"]
"#;
const GOOD_FTL: &str = "lesson-title = T\nlesson-summary = S\nhello-text = Xin chào\npick-prompt = P\npick-yes = Có\npick-yes-feedback = Đúng\npick-no = Không\npick-no-feedback = Gợi ý\nsort-prompt = Xếp\nsort-hint = Gợi ý\nsort-one = 1\nsort-two = 2\nsort-three = 3\nsort-four = 4\nsort-five = 5\n";

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

pub(super) fn rendered(library: &LessonLibrary) -> Vec<String> {
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
    assert_eq!(p.line, Some(11), "the line of `id = \"pick\"`");
}

#[test]
fn structural_mistakes_are_each_reported() {
    let lesson = r#"id = "good"
version = 0
topic = "nowhere"
pass_mark = 120
skills = []

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
    assert_eq!(dup.line, Some(12));
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
    assert_eq!(p.line, Some(16));
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

/// A lesson whose right option is always the longest: a guesser who picks the longest passes.
const GUESSABLE: &str = r#"id = "good"
version = 1
topic = "basics"
skills = []

[[steps]]
id = "hello"
kind = "explain"

[final_check]
draw = 3

[[final_check.items]]
id = "q1"
kind = "choice"
options = [{ id = "a", correct = true }, { id = "b" }, { id = "c" }]

[[final_check.items]]
id = "q2"
kind = "choice"
options = [{ id = "a", correct = true }, { id = "b" }, { id = "c" }]

[[final_check.items]]
id = "q3"
kind = "choice"
options = [{ id = "a", correct = true }, { id = "b" }, { id = "c" }]
"#;

fn guessable_ftl() -> String {
    let mut ftl = String::from("lesson-title = T\nlesson-summary = S\nhello-text = Xin chào\n");
    for q in ["q1", "q2", "q3"] {
        ftl.push_str(&format!(
            "{q}-prompt = Câu hỏi\n{q}-a = Câu trả lời dài và cẩn thận nhất\n{q}-a-feedback = Đúng\n{q}-b = Ngắn\n{q}-b-feedback = Chưa\n{q}-c = Cũng ngắn\n{q}-c-feedback = Chưa\n"
        ));
    }
    ftl
}

#[test]
fn a_lesson_a_guesser_passes_is_refused_naming_the_strategy() {
    let ftl: &'static str = Box::leak(guessable_ftl().into_boxed_str());
    let mut files = good_files();
    files.retain(|(n, _)| !n.starts_with("good/"));
    files.extend([("good/lesson.toml", GUESSABLE), ("good/vi.ftl", ftl), ("good/en.ftl", ftl)]);
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    let problem = library
        .problems
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::Guessable { .. }))
        .unwrap_or_else(|| panic!("not refused: {:#?}", rendered(&library)));
    let ProblemKind::Guessable { worst } = &problem.kind else { unreachable!() };
    assert_eq!(worst.tactics, vec![guessing::Tactic::ChoiceLongest]);
    assert!((worst.pass_rate - 1.0).abs() < 1e-9, "always the longest passes every time: {}", worst.pass_rate);
    assert_eq!(problem.file, dir.path().join("good/lesson.toml"));
    assert!(problem.line.is_some());
    let text = problem.render(&AppTexts::load(Locale::Vi));
    assert!(text.contains("100,00%") && text.contains("luôn chọn ý dài nhất"), "{text}");
}

#[test]
fn random_answers_pass_at_the_binomial_rate() {
    // Five 3-option items with options of equal length, draw 5 of 5, pass mark 80 (4 right):
    // P = 5·(1/3)^4·(2/3) + (1/3)^5 = 11/243 = 4.5%, so the lesson is refused at that figure.
    let mut lesson = GUESSABLE.replace("draw = 3", "draw = 5");
    let mut ftl = String::from("lesson-title = T\nlesson-summary = S\nhello-text = Xin chào\n");
    for q in ["q1", "q2", "q3", "q4", "q5"] {
        if q == "q4" || q == "q5" {
            lesson.push_str(&format!(
                "\n[[final_check.items]]\nid = \"{q}\"\nkind = \"choice\"\noptions = [{{ id = \"a\", correct = true }}, {{ id = \"b\" }}, {{ id = \"c\" }}]\n"
            ));
        }
        ftl.push_str(&format!(
            "{q}-prompt = P\n{q}-a = Một\n{q}-a-feedback = F\n{q}-b = Hai\n{q}-b-feedback = F\n{q}-c = Bốn\n{q}-c-feedback = F\n"
        ));
    }
    let ftl: &'static str = Box::leak(ftl.into_boxed_str());
    let mut files = good_files();
    files.retain(|(n, _)| !n.starts_with("good/"));
    files.extend([
        ("good/lesson.toml", &*Box::leak(lesson.into_boxed_str())),
        ("good/vi.ftl", ftl),
        ("good/en.ftl", ftl),
    ]);
    let dir = fixture(&files);
    let library = LessonLibrary::load(dir.path());
    let worst = library
        .problems
        .iter()
        .find_map(|p| match &p.kind {
            ProblemKind::Guessable { worst } => Some(worst.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{:#?}", rendered(&library)));
    let p = 1.0_f64 / 3.0;
    let expected = 5.0 * p.powi(4) * (1.0 - p) + p.powi(5);
    assert!((worst.pass_rate - expected).abs() < 1e-12, "{} vs {expected}", worst.pass_rate);
}

const GROUPED: &str = r#"id = "good"
version = 1
topic = "basics"
skills = ["s1"]

[[steps]]
id = "hello"
kind = "explain"

[final_check]

[[final_check.groups]]
id = "scams"
draw = 2
pre_draw = 1
[[final_check.groups.items]]
id = "m1"
kind = "message"
channel = "sms"
verdict = "scam"
typology = "C"
flags = ["stranger", "link"]
[[final_check.groups.items]]
id = "m2"
kind = "message"
channel = "sms"
verdict = "scam"
typology = "C"
flags = ["stranger", "asks-otp"]
[[final_check.groups.items]]
id = "m3"
kind = "message"
channel = "call"
verdict = "scam"
typology = "A"
flags = ["stranger", "threat"]

[[final_check.groups]]
id = "safe"
draw = 2
pre_draw = 1
[[final_check.groups.items]]
id = "s1"
kind = "message"
channel = "sms"
verdict = "safe"
[[final_check.groups.items]]
id = "s2"
kind = "message"
channel = "sms"
verdict = "safe"
[[final_check.groups.items]]
id = "s3"
kind = "message"
channel = "zalo"
verdict = "safe"
"#;

fn grouped_files(lesson: &'static str) -> tempfile::TempDir {
    let mut ftl = String::from("lesson-title = T\nlesson-summary = S\nhello-text = Xin chào\n");
    for m in ["m1", "m2", "m3", "s1", "s2", "s3"] {
        ftl.push_str(&format!("{m}-sender = 0001\n{m}-body = Tin nhắn\n{m}-explain = Vì sao\n"));
    }
    let ftl: &'static str = Box::leak(ftl.into_boxed_str());
    let mut files = good_files();
    files.retain(|(n, _)| !n.starts_with("good/") && !matches!(*n, "vi.ftl" | "en.ftl" | "catalog.toml"));
    let catalog_ftl = "topic-basics = Cơ bản\nskill-s1 = Kỹ năng một\n";
    files.extend([
        ("vi.ftl", catalog_ftl),
        ("en.ftl", catalog_ftl),
        ("skills.toml", "[[skills]]\nid = \"s1\"\n"),
        (
            "catalog.toml",
            "format_version = 1\ncore = [\"good\"]\n\n[[topics]]\nid = \"basics\"\nlessons = [\"good\"]\n",
        ),
        ("good/lesson.toml", lesson),
        ("good/vi.ftl", ftl),
        ("good/en.ftl", ftl),
    ]);
    fixture(&files)
}

#[test]
fn groups_draw_the_intended_mix_and_a_flag_on_most_scams_does_not_count_alone() {
    let dir = grouped_files(GROUPED);
    let library = LessonLibrary::load(dir.path());
    assert!(library.problems.is_empty(), "{:#?}", rendered(&library));
    let lesson = &library.lessons[0];
    assert_eq!((lesson.draw, lesson.pre_draw(), lesson.groups.len()), (4, 2, 2));
    assert_eq!(lesson.skills, vec!["s1".to_owned()]);
    // Every plan: 1 scam + 1 safe in the pre-check, 2 + 2 other items in the final check.
    let mut rng = rand::rng();
    for _ in 0..200 {
        let (plan, pre) = crate::player::plan_attempt(lesson, true, &mut rng);
        assert_eq!(pre, 2);
        let scams = |ids: &[String]| ids.iter().filter(|id| id.starts_with('m')).count();
        assert_eq!(scams(&plan[..2]), 1);
        assert_eq!(scams(&plan[3..]), 2);
        let mut all: Vec<&String> = plan.iter().collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), plan.len(), "no item twice in one attempt: {plan:?}");
    }
    // "stranger" is on every scam: right, but not enough alone.
    let practice = phone::Practice::for_attempt(1);
    let m1 = lesson.step("m1").unwrap();
    let said = |flags: &[&str]| Answer::Message { scam: true, flags: flags.iter().map(|f| (*f).to_owned()).collect() };
    assert!(!grade(m1, &said(&["stranger"]), &practice).unwrap().correct);
    assert!(grade(m1, &said(&["stranger", "link"]), &practice).unwrap().correct);
    assert!(grade(m1, &said(&["link"]), &practice).unwrap().correct);
    assert!(!grade(m1, &said(&["link", "threat"]), &practice).unwrap().correct, "an unlisted flag is wrong");
    // Always "scam" can reach at most 2 of 4: the guessing figure is 0.
    let g = lesson.guessing.as_ref().unwrap();
    assert!(g.worst.pass_rate < 0.01, "{g:?}");
}

#[test]
fn group_and_skill_mistakes_are_reported() {
    let both = GROUPED.replace("[final_check]\n", "[final_check]\ndraw = 2\n");
    let dir = grouped_files(Box::leak(both.into_boxed_str()));
    let kinds: Vec<ProblemKind> = LessonLibrary::load(dir.path()).problems.into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ProblemKind::FinalCheckShape), "{kinds:?}");

    let too_many = GROUPED.replacen("draw = 2\npre_draw = 1", "draw = 3\npre_draw = 1", 1);
    let dir = grouped_files(Box::leak(too_many.into_boxed_str()));
    let kinds: Vec<ProblemKind> = LessonLibrary::load(dir.path()).problems.into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ProblemKind::DrawOutOfRange { draw: 4, pool: 3 }), "{kinds:?}");

    // Limits that keep loading fast: at most 50 drawn, at most 8 options on a step.
    let huge = GROUPED.replacen("draw = 2\npre_draw = 1", "draw = 60\npre_draw = 1", 1);
    let dir = grouped_files(Box::leak(huge.into_boxed_str()));
    let kinds: Vec<ProblemKind> = LessonLibrary::load(dir.path()).problems.into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ProblemKind::FinalCheckTooLarge { max_pool: 200, max_draw: 50 }), "{kinds:?}");
    let many: String = (0..9).map(|i| format!("{{ id = \"o{i}\" }}, ")).collect();
    let nine = GOOD.replace("  { id = \"no\" },", &format!("  {{ id = \"no\" }}, {many}"));
    let mut files = good_files();
    files.retain(|(n, _)| *n != "good/lesson.toml");
    files.push(("good/lesson.toml", Box::leak(nine.into_boxed_str())));
    let dir = fixture(&files);
    let kinds: Vec<ProblemKind> = LessonLibrary::load(dir.path()).problems.into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ProblemKind::TooManyOptions { step: "pick".into(), max: 8 }), "{kinds:?}");

    let unknown = GROUPED.replace("skills = [\"s1\"]", "skills = [\"s9\"]");
    let dir = grouped_files(Box::leak(unknown.into_boxed_str()));
    let kinds: Vec<ProblemKind> = LessonLibrary::load(dir.path()).problems.into_iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ProblemKind::UnknownSkill { skill: "s9".into() }), "{kinds:?}");
}

#[test]
fn every_shipped_lesson_is_below_one_percent_for_every_guessing_strategy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let library = LessonLibrary::load(&root);
    assert!(library.problems.is_empty(), "{:#?}", rendered(&library));
    for lesson in &library.lessons {
        let g = lesson.guessing.as_ref().unwrap();
        assert!(g.worst.pass_rate < guessing::MAX_GUESS_RATE, "{}: {g:?}", lesson.id);
        assert!(g.random <= g.worst.pass_rate);
        assert!(lesson.pre_draw() > 0, "{} has a pre-check", lesson.id);
    }
}
