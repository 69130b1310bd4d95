//! Any bytes as one lesson's files (`lesson.toml`, `vi.ftl`, `en.ftl`, separated by a line
//! `%%%`): the library loads with problems that name the file, never a panic. The corpus
//! starts from the real lessons (`run` makes it).
#![no_main]

use hocso_core::i18n::{AppTexts, Locale};
use hocso_core::lessons::LessonLibrary;
use libfuzzer_sys::fuzz_target;

const CATALOG: &str = "format_version = 1\ncore = [\"l\"]\n[[topics]]\nid = \"t\"\nlessons = [\"l\"]\n";

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    let mut parts = text.splitn(3, "\n%%%\n");
    let (lesson, vi, en) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("catalog.toml"), CATALOG).unwrap();
    std::fs::write(root.join("vi.ftl"), "topic-t = T\n").unwrap();
    std::fs::write(root.join("en.ftl"), "topic-t = T\n").unwrap();
    std::fs::create_dir(root.join("l")).unwrap();
    std::fs::write(root.join("l/lesson.toml"), lesson).unwrap();
    std::fs::write(root.join("l/vi.ftl"), vi).unwrap();
    std::fs::write(root.join("l/en.ftl"), en).unwrap();
    let library = LessonLibrary::load(root);
    let texts = AppTexts::load(Locale::Vi);
    for problem in &library.problems {
        assert!(!problem.render(&texts).is_empty(), "a problem with no words");
    }
    assert!(
        library.lessons.len() + usize::from(!library.problems.is_empty()) >= 1,
        "a lesson neither loaded nor reported"
    );
});
