//! Integration tests of the core, as one test binary: the learner's story on a real SQLite
//! file with the real lesson files.

mod backups;
mod before_after;
mod export_import;
mod fonts;
mod guessing;
mod hamlet_codes;
mod hamlets;
mod learner_story;
mod phones;
mod privacy;
mod readers_properties;
mod speech;
mod vietqr_properties;

/// Property-test cases: a few thousand in CI, more with `PROPTEST_CASES` (`make test-long`).
pub fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
