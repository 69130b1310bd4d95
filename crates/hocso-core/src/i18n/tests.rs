use super::*;
use crate::error::InputProblem;
use crate::lessons::Problem;

fn concat(locale: Locale) -> String {
    app_sources(locale).into_iter().map(|f| f.source).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_locale_has_every_app_message_with_the_same_variables() {
    let reference = concat(Locale::REFERENCE);
    for locale in Locale::ALL {
        for file in app_sources(locale) {
            assert!(
                parse_ftl(&file.source).is_empty(),
                "{} has syntax errors: {:?}",
                file.path.display(),
                parse_ftl(&file.source)
            );
        }
        let mismatches = compare_with_reference(&reference, &concat(locale));
        assert!(mismatches.is_empty(), "{} differs from vi: {mismatches:?}", locale.code());
    }
}

#[test]
fn the_check_notices_a_missing_id_and_a_changed_variable() {
    let vi = "a = A\nb = B { $n }\n";
    let en = "b = B { $count }\nc = C\n";
    let found = compare_with_reference(vi, en);
    assert!(found.contains(&LocaleMismatch::Missing { id: "a".into() }));
    assert!(found.iter().any(|m| matches!(m, LocaleMismatch::Variables { id, line: 1, .. } if id == "b")));
    assert!(found.contains(&LocaleMismatch::Extra { id: "c".into(), line: 2 }));
}

#[test]
fn variables_inside_plural_selectors_are_seen() {
    let vars = message_variables("m = { $count ->\n    [one] one { $what }\n   *[other] many\n}\n");
    assert_eq!(vars["m"].iter().cloned().collect::<Vec<_>>(), vec!["count".to_owned(), "what".to_owned()]);
}

#[test]
fn a_missing_message_shows_its_id_instead_of_panicking() {
    let texts = AppTexts::load(Locale::En);
    assert_eq!(texts.get("no-such-message-anywhere"), "no-such-message-anywhere");
}

#[test]
fn a_message_missing_in_english_falls_back_to_vietnamese() {
    let texts = Texts::new(Locale::En, &|l| match l {
        Locale::Vi => vec![FtlFile { path: "vi.ftl".into(), source: "only-vi = Chỉ có tiếng Việt\n".into() }],
        Locale::En => vec![FtlFile { path: "en.ftl".into(), source: "other = Other\n".into() }],
    });
    assert_eq!(texts.get("only-vi"), "Chỉ có tiếng Việt");
}

#[test]
fn formatted_text_has_no_unicode_isolation_marks() {
    let texts = AppTexts::load(Locale::Vi);
    let text = texts.format("lessons-greeting", &[("name", "Nguyễn Thị Múi".into())]);
    assert_eq!(text, "Chào Nguyễn Thị Múi! Hôm nay mình học bài nào?");
}

#[test]
fn language_negotiation_prefers_the_request_and_falls_back_to_vietnamese() {
    assert_eq!(Locale::negotiate(&["en_US.UTF-8"]), Locale::En);
    assert_eq!(Locale::negotiate(&["vi_VN.UTF-8"]), Locale::Vi);
    assert_eq!(Locale::negotiate(&["fr-FR", "de"]), Locale::Vi);
    assert_eq!(Locale::negotiate::<&str>(&[]), Locale::Vi);
}

#[test]
fn every_error_and_lesson_problem_has_a_sentence_in_every_locale() {
    for locale in Locale::ALL {
        let texts = AppTexts::load(locale);
        for problem in InputProblem::ALL {
            assert!(texts.has(problem.fluent_id()), "{} lacks {}", locale.code(), problem.fluent_id());
        }
        for kind in Problem::every_kind() {
            let p = Problem::new("x.toml", Some(3), kind.clone());
            let message = p.message(&texts);
            assert!(!message.starts_with("problem-"), "{} lacks a sentence for {kind:?}", locale.code());
            assert!(!message.contains("{$") && !message.contains("{ $"), "unformatted variable in {message}");
        }
        let errors = [
            crate::Error::DatabaseDamaged { path: "a".into() },
            crate::Error::DatabaseTooNew { path: "a".into() },
            crate::Error::LessonNotFound("x".into()),
            crate::Error::LearnerNotFound(1),
            crate::Error::AttemptNotFound(1),
            crate::Error::StaleStep { given: "a".into(), current: "b".into() },
            crate::Error::AnswerDoesNotFit { step: "a".into() },
            crate::Error::AlreadySetUp,
            crate::Error::NotSetUp,
            crate::Error::Internal("x".into()),
            crate::Error::Migration("x".into()),
            crate::Error::CatalogUnusable { path: "a".into() },
            crate::Error::VoiceMissing,
            crate::Error::VoiceFailed("x".into()),
        ];
        for e in errors {
            let m = e.message(&texts);
            assert!(!m.starts_with("error-"), "{} lacks a sentence for {e:?}", locale.code());
        }
    }
}

#[test]
fn the_ui_error_keeps_its_json_shape() {
    let texts = AppTexts::load(Locale::Vi);
    let ui = crate::Error::InvalidInput(InputProblem::NameRequired).to_ui(&texts);
    let json = serde_json::to_value(&ui).unwrap();
    assert_eq!(json, serde_json::json!({"kind": "invalid-input", "message": "Hãy nhập họ và tên."}));
}

/// Every `t("id")` in the UI names an app message without variables (those with variables
/// are formatted by the core), so no label can silently show its id.
#[test]
fn every_text_id_the_ui_uses_exists_and_needs_no_variables() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src");
    let vars = message_variables(&concat(Locale::REFERENCE));
    let mut used = vec![];
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "svelte" || e == "ts") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("t(\"") {
                    let before = text[..i].chars().last();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                        continue;
                    }
                    let rest = &text[i + 3..];
                    if let Some(end) = rest.find('"') {
                        used.push((path.display().to_string(), rest[..end].to_owned()));
                    }
                }
            }
        }
    }
    assert!(used.len() > 20, "expected the UI to use many texts, found {}", used.len());
    for (file, id) in used {
        let Some(v) = vars.get(&id) else { panic!("{file} uses t(\"{id}\") but locales/vi has no such message") };
        assert!(v.is_empty(), "{file} uses t(\"{id}\") but that message needs variables {v:?}");
    }
}
