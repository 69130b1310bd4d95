//! Any text through the Fluent loading path: syntax errors with a line inside the file, the
//! translation check against the reference, and the bundle that formats messages.
#![no_main]

use std::path::PathBuf;

use hocso_core::i18n::{compare_with_reference, parse_ftl, FtlFile, Locale, Texts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let source = String::from_utf8_lossy(bytes).into_owned();
    let lines = source.lines().count().max(1);
    for error in parse_ftl(&source) {
        assert!((1..=lines + 1).contains(&error.line), "line {} outside a {lines}-line file", error.line);
    }
    let _ = compare_with_reference(&source, "hello = Xin chào\n");
    let file = FtlFile { path: PathBuf::from("fuzz.ftl"), source };
    let texts = Texts::new(Locale::En, &|_| vec![file.clone()]);
    let _ = texts.get("hello");
});
