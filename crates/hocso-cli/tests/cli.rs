//! The `hocso` command as a person runs it.

use assert_cmd::Command;
use predicates::prelude::*;

fn hocso() -> Command {
    Command::cargo_bin("hocso").unwrap()
}

fn repo(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

#[test]
fn lessons_check_passes_on_the_shipped_lessons_with_a_summary() {
    hocso()
        .args(["--lang", "en", "lessons", "check"])
        .arg(repo("lessons"))
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"^\d+ lessons?, \d+ steps, locales: vi, en\n$").unwrap());
}

#[test]
fn lessons_check_speaks_vietnamese_by_default() {
    hocso()
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(["lessons", "check"])
        .arg(repo("lessons"))
        .assert()
        .success()
        .stdout(predicate::str::contains(" bài, ").and(predicate::str::contains("ngôn ngữ: vi, en")));
}

#[test]
fn a_broken_lesson_is_named_with_file_and_line_and_exits_1() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken-lessons");
    hocso()
        .args(["--lang", "en", "lessons", "check"])
        .arg(&fixture)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("broken/lesson.toml:7: Syntax error"))
        .stderr(predicate::str::contains("Fix this line"))
        .stderr(predicate::str::contains("good/").not());
}

#[test]
fn a_missing_lessons_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    hocso()
        .args(["--lang", "vi", "lessons", "check"])
        .arg(dir.path().join("nowhere"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("catalog.toml: Không đọc được tệp"));
}
