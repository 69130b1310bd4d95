//! Every reader of outside input, fed arbitrary and damaged input: no panic, a clear refusal,
//! and for imports a database left exactly as it was.

use std::path::Path;

use hocso_core::i18n::{parse_ftl, AppTexts, Locale};
use hocso_core::lessons::LessonLibrary;
use hocso_core::reports::{self, demo};
use hocso_core::store::Store;
use proptest::prelude::*;

fn a_valid_export() -> Vec<u8> {
    let core: Vec<String> = ["vneid", "dich-vu-cong"].iter().map(|s| s.to_string()).collect();
    let code = crate::hamlets::code_of("Thôn Đông");
    serde_json::to_vec_pretty(&demo::demo_export(0, &code, "Đầm Hà", &core, 3, 5)).unwrap()
}

/// A commune office database that registered the test hamlets and their codes, made once.
fn commune_template() -> &'static Path {
    static TEMPLATE: std::sync::OnceLock<(tempfile::TempDir, std::path::PathBuf)> = std::sync::OnceLock::new();
    &TEMPLATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let db = dir.path().join("template.sqlite3");
            drop(crate::hamlets::commune(&db));
            (dir, db)
        })
        .1
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(super::cases(300)))]

    /// A damaged export (bytes overwritten, cut short, or garbage) is refused, never imported,
    /// and the database does not change.
    #[test]
    fn a_damaged_export_is_refused_and_changes_nothing(
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
        truncate in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let good = a_valid_export();
        let mut bad = good.clone();
        for (at, byte) in &cuts {
            let i = at.index(bad.len());
            bad[i] = *byte;
        }
        if let Some(at) = truncate {
            bad.truncate(at.index(bad.len()));
        }
        prop_assume!(bad != good);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("x.json");
        std::fs::write(&file, &bad).unwrap();
        let db = dir.path().join("c.sqlite3");
        // A commune that issued the file's code (copied from one made once: setting one up
        // hashes a PIN, too slow for every case).
        std::fs::copy(commune_template(), &db).unwrap();
        let mut store = Store::open(&db).unwrap();
        let before = store.content_digest().unwrap();
        // The files themselves, byte for byte: the database and its write-ahead log.
        let bytes = || (std::fs::read(&db).unwrap(), std::fs::read(dir.path().join("c.sqlite3-wal")).unwrap_or_default());
        let bytes_before = bytes();
        let report = reports::import_files(&mut store, &[file]).unwrap();
        // Whitespace-only damage to the pretty JSON still reads as the same signed content.
        let same_content = serde_json::from_slice::<serde_json::Value>(&bad).ok()
            == serde_json::from_slice::<serde_json::Value>(&good).ok();
        if !same_content {
            prop_assert!(report.files[0].1.is_refused(), "accepted a damaged file: {:?}", report.files[0].1);
            prop_assert_eq!(store.content_digest().unwrap(), before);
            prop_assert!(bytes() == bytes_before, "a refused file changed the database's bytes");
        }
    }

    /// Any text as a lesson file, a catalogue or a Fluent file: problems, never a panic.
    #[test]
    fn any_lesson_text_gives_problems_not_a_panic(lesson in "\\PC{0,400}", ftl in "\\PC{0,300}") {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(root.join("catalog.toml"), "format_version = 1\n[[topics]]\nid = \"t\"\nlessons = [\"l\"]\n").unwrap();
        std::fs::write(root.join("vi.ftl"), "topic-t = T\n").unwrap();
        std::fs::write(root.join("en.ftl"), "topic-t = T\n").unwrap();
        std::fs::create_dir(root.join("l")).unwrap();
        std::fs::write(root.join("l/lesson.toml"), &lesson).unwrap();
        std::fs::write(root.join("l/vi.ftl"), &ftl).unwrap();
        std::fs::write(root.join("l/en.ftl"), &ftl).unwrap();
        let library = LessonLibrary::load(root);
        let texts = AppTexts::load(Locale::Vi);
        for p in &library.problems {
            prop_assert!(!p.render(&texts).is_empty());
        }
        let _ = parse_ftl(&ftl);
    }

    /// Any text as the catalogue itself.
    #[test]
    fn any_catalogue_text_gives_problems_not_a_panic(catalog in "\\PC{0,300}") {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("catalog.toml"), &catalog).unwrap();
        let library = LessonLibrary::load(Path::new(dir.path()));
        prop_assert!(library.lessons.is_empty());
    }
}
