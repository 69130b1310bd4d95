//! Localisation with Fluent.
//!
//! Vietnamese (`vi`) is the reference locale and always the last bundle of a chain, so a
//! message missing from another locale falls back to Vietnamese; a message missing everywhere
//! shows its id (never a panic). App strings are embedded at build time from `locales/`;
//! lesson strings are read from each lesson's folder at run time.

mod check;
mod sources;

use std::borrow::Cow;
use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

pub(crate) use check::definition_line;
pub use check::{compare_with_reference, message_variables, LocaleMismatch};
pub use sources::{app_sources, line_of, parse_ftl, FtlFile, FtlSyntaxError};

/// A locale the app ships. Vietnamese first: it is the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Vi,
    En,
}

impl Locale {
    pub const REFERENCE: Locale = Locale::Vi;
    pub const ALL: [Locale; 2] = [Locale::Vi, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    fn langid(self) -> LanguageIdentifier {
        self.code().parse().expect("static locale codes parse")
    }

    /// Picks the best shipped locale for the requested ones (for example from `LANG`),
    /// falling back to Vietnamese.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Locale {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| {
                let tag = r.as_ref().split(['.', '@']).next().unwrap_or("").replace('_', "-");
                tag.parse().ok()
            })
            .collect();
        let available: Vec<LanguageIdentifier> = Locale::ALL.iter().map(|l| l.langid()).collect();
        let default = Locale::REFERENCE.langid();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().and_then(|id| Locale::from_code(id.language.as_str())).unwrap_or(Locale::REFERENCE)
    }
}

/// Arguments for a message, in the order written.
pub type Args<'a> = &'a [(&'a str, ArgValue)];

/// A value passed to a Fluent message.
#[derive(Debug, Clone)]
pub enum ArgValue {
    Text(String),
    Number(f64),
}

impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Text(s.to_owned())
    }
}
impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Text(s)
    }
}
impl From<i64> for ArgValue {
    fn from(n: i64) -> Self {
        ArgValue::Number(n as f64)
    }
}
impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        ArgValue::Number(n as f64)
    }
}
impl From<u32> for ArgValue {
    fn from(n: u32) -> Self {
        ArgValue::Number(f64::from(n))
    }
}

/// A chain of Fluent bundles: the chosen locale first, Vietnamese last. The concurrent
/// bundle is `Send + Sync`, so the desktop shell can keep it in its state.
pub struct Texts {
    locale: Locale,
    chain: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts").field("locale", &self.locale).finish()
    }
}

impl Texts {
    /// Builds a chain from the sources of each locale. Files that fail to parse contribute
    /// the messages that did parse; the validator reports the syntax errors.
    pub fn new(locale: Locale, sources: &dyn Fn(Locale) -> Vec<FtlFile>) -> Texts {
        let mut order = vec![locale];
        if locale != Locale::REFERENCE {
            order.push(Locale::REFERENCE);
        }
        let chain = order
            .into_iter()
            .map(|l| {
                let mut bundle = FluentBundle::new_concurrent(vec![l.langid()]);
                // Isolation marks would leak into compared and exported text.
                bundle.set_use_isolating(false);
                for file in sources(l) {
                    let resource = match FluentResource::try_new(file.source) {
                        Ok(r) => r,
                        Err((r, _)) => r,
                    };
                    // Duplicate ids are reported by the validator; the first one wins here.
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect();
        Texts { locale, chain }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|b| b.has_message(id))
    }

    /// Formats a message; a missing message shows its id.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    pub fn format(&self, id: &str, args: Args<'_>) -> String {
        let fluent_args = if args.is_empty() {
            None
        } else {
            let mut fa = FluentArgs::new();
            for (name, value) in args {
                match value {
                    ArgValue::Text(t) => fa.set(*name, FluentValue::from(t.clone())),
                    ArgValue::Number(n) => fa.set(*name, FluentValue::from(*n)),
                }
            }
            Some(fa)
        };
        for bundle in &self.chain {
            if let Some(message) = bundle.get_message(id) {
                if let Some(pattern) = message.value() {
                    let mut errors = vec![];
                    let text: Cow<str> = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
                    return text.into_owned();
                }
            }
        }
        id.to_owned()
    }

    /// Every message of the chain that takes no variables, formatted: the static labels the
    /// UI shows. Messages with variables are formatted by the core inside view models.
    pub fn static_messages(&self, sources: &dyn Fn(Locale) -> Vec<FtlFile>) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for file in sources(Locale::REFERENCE) {
            for (id, vars) in message_variables(&file.source) {
                if vars.is_empty() {
                    let text = self.get(&id);
                    out.insert(id, text);
                }
            }
        }
        out
    }
}

/// The app's own strings (not lessons), embedded at build time.
pub struct AppTexts;

impl AppTexts {
    pub fn load(locale: Locale) -> Texts {
        Texts::new(locale, &app_sources)
    }

    pub fn static_messages(locale: Locale) -> BTreeMap<String, String> {
        Self::load(locale).static_messages(&app_sources)
    }
}

#[cfg(test)]
mod tests;
