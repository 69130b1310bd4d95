//! Any bytes as `catalog.toml`: problems that name the file, never a panic.
#![no_main]

use hocso_core::lessons::LessonLibrary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("catalog.toml"), bytes).unwrap();
    let library = LessonLibrary::load(dir.path());
    // The catalogue lists lessons that do not exist here, so none can load.
    assert!(library.lessons.is_empty());
});
