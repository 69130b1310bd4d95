//! The lesson model the rest of the core works with, after loading and checking.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::{FtlFile, Locale, Texts};

/// The catalogue format this version of the app reads.
pub const FORMAT_VERSION: u32 = 1;

/// A lesson's stable id (its folder name). Progress is keyed by id + version.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LessonId(pub String);

impl LessonId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for LessonId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone)]
pub struct Catalog {
    pub format_version: u32,
    pub topics: Vec<Topic>,
    pub core: Vec<LessonId>,
    /// Fluent files of the catalogue itself (topic names), per locale.
    pub(crate) texts: BTreeMap<Locale, FtlFile>,
}

impl Catalog {
    pub fn texts(&self, locale: Locale) -> Texts {
        Texts::new(locale, &|l| self.texts.get(&l).cloned().into_iter().collect())
    }
}

#[derive(Debug, Clone)]
pub struct Topic {
    pub id: String,
    pub lessons: Vec<LessonId>,
}

#[derive(Debug, Clone)]
pub struct Lesson {
    pub id: LessonId,
    pub version: u32,
    pub topic: String,
    /// Percentage of final-check items to get right, 1–100.
    pub pass_mark: u32,
    pub minutes: Option<u32>,
    pub core: bool,
    pub dir: PathBuf,
    /// Practice steps, in order: feedback and unlimited retries.
    pub steps: Vec<Step>,
    /// The final check's item pool; each attempt draws `draw` of them at random.
    pub pool: Vec<Step>,
    pub draw: usize,
    pub(crate) texts: BTreeMap<Locale, FtlFile>,
}

impl Lesson {
    pub fn texts(&self, locale: Locale) -> Texts {
        Texts::new(locale, &|l| self.texts.get(&l).cloned().into_iter().collect())
    }

    /// A practice step or a final-check item by id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().chain(self.pool.iter()).find(|s| s.id == id)
    }
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Explain { picture: Option<String> },
    Choice { multiple: bool, options: Vec<ChoiceOption>, picture: Option<String> },
    Order { items: Vec<String> },
    Message { channel: super::message::Channel, scam: bool, typology: Option<String>, flags: Vec<String> },
    Phone(super::phone::PhoneStep),
    QrPay(super::qr_pay::QrPayStep),
}

#[derive(Debug, Clone)]
pub struct ChoiceOption {
    pub id: String,
    pub correct: bool,
}

impl Step {
    /// The Fluent ids this step shows, by the naming convention of `docs/lesson-format.md`.
    pub fn fluent_ids(&self) -> Vec<String> {
        let s = &self.id;
        match &self.kind {
            StepKind::Explain { .. } => vec![format!("{s}-text")],
            StepKind::Choice { options, .. } => {
                let mut ids = vec![format!("{s}-prompt")];
                for o in options {
                    ids.push(format!("{s}-{}", o.id));
                    ids.push(format!("{s}-{}-feedback", o.id));
                }
                ids
            }
            StepKind::Order { items } => {
                let mut ids = vec![format!("{s}-prompt"), format!("{s}-hint")];
                ids.extend(items.iter().map(|i| format!("{s}-{i}")));
                ids
            }
            StepKind::Message { .. } => vec![format!("{s}-sender"), format!("{s}-body"), format!("{s}-explain")],
            StepKind::Phone(phone) => {
                let mut ids = vec![format!("{s}-title"), format!("{s}-task")];
                for f in &phone.fields {
                    ids.push(format!("{s}-{}", f.id));
                    ids.push(format!("{s}-{}-hint", f.id));
                }
                for b in &phone.buttons {
                    ids.push(format!("{s}-{}", b.id));
                    ids.push(format!("{s}-{}-feedback", b.id));
                }
                ids
            }
            StepKind::QrPay(_) => vec![format!("{s}-task"), format!("{s}-hint"), format!("{s}-explain")],
        }
    }
}
