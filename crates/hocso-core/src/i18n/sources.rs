//! Where Fluent text comes from, and parsing it with line numbers for error messages.

use std::path::PathBuf;

use super::Locale;

/// One `.ftl` file: where it is (for error messages) and its text.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub path: PathBuf,
    pub source: String,
}

/// A syntax error in an `.ftl` file, with its 1-based line.
#[derive(Debug, Clone, PartialEq)]
pub struct FtlSyntaxError {
    pub line: usize,
    pub detail: String,
}

macro_rules! embedded {
    ($lang:literal, $($domain:literal),+) => {
        vec![$(FtlFile {
            path: PathBuf::from(concat!("locales/", $lang, "/", $domain, ".ftl")),
            source: include_str!(concat!("../../../../locales/", $lang, "/", $domain, ".ftl")).to_owned(),
        }),+]
    };
}

/// The app's own Fluent files for a locale (embedded; a translator edits `locales/`).
pub fn app_sources(locale: Locale) -> Vec<FtlFile> {
    match locale {
        Locale::Vi => embedded!("vi", "app", "errors"),
        Locale::En => embedded!("en", "app", "errors"),
    }
}

/// Parses Fluent source and returns its syntax errors with line numbers.
pub fn parse_ftl(source: &str) -> Vec<FtlSyntaxError> {
    match fluent_syntax::parser::parse(source) {
        Ok(_) => vec![],
        Err((_, errors)) => errors
            .into_iter()
            .map(|e| FtlSyntaxError { line: line_of(source, e.pos.start), detail: e.kind.to_string() })
            .collect(),
    }
}

/// The 1-based line holding byte `offset` of `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}
