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
    /// CV 3240's five basic skills, from `lessons/skills.toml`, in its order.
    pub skills: Vec<String>,
    /// Framework competences a lesson may name, from `lessons/skills.toml`.
    pub competences: Vec<Competence>,
    /// Fluent files of the catalogue itself (topic names), per locale.
    pub(crate) texts: BTreeMap<Locale, FtlFile>,
}

impl Catalog {
    pub fn texts(&self, locale: Locale) -> Texts {
        Texts::new(locale, &|l| self.texts.get(&l).cloned().into_iter().collect())
    }
}

/// One competence of a national framework (CV 3139 today; QĐ 757 once its annex is obtained).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Competence {
    pub id: String,
    pub framework: String,
    pub code: String,
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
    /// The final check's item pool (every group's items, in file order).
    pub pool: Vec<Step>,
    /// How the pool is drawn from: each group on its own. A lesson without groups has one.
    pub groups: Vec<DrawGroup>,
    /// Final-check items per attempt: the sum of the groups' draws.
    pub draw: usize,
    /// CV 3240 skills this lesson teaches.
    pub skills: Vec<String>,
    /// Framework competences this lesson teaches.
    pub competences: Vec<String>,
    pub(crate) texts: BTreeMap<Locale, FtlFile>,
    /// How often a guesser passes the final check (computed when the lesson is checked).
    pub guessing: Option<super::guessing::GuessingReport>,
}

impl Lesson {
    pub fn texts(&self, locale: Locale) -> Texts {
        Texts::new(locale, &|l| self.texts.get(&l).cloned().into_iter().collect())
    }

    /// Pre-check items per attempt (0: the lesson has no pre-check).
    pub fn pre_draw(&self) -> usize {
        self.groups.iter().map(|g| g.pre_draw).sum()
    }

    /// A practice step or a final-check item by id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().chain(self.pool.iter()).find(|s| s.id == id)
    }
}

/// A part of the pool drawn from on its own: `pre_draw` items for the pre-check, then `draw`
/// other items for the final check.
#[derive(Debug, Clone)]
pub struct DrawGroup {
    pub id: String,
    /// Indices into [`Lesson::pool`].
    pub items: Vec<usize>,
    pub draw: usize,
    pub pre_draw: usize,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub kind: StepKind,
}

#[derive(Debug, Clone)]
pub enum StepKind {
    Explain {
        picture: Option<String>,
    },
    Choice {
        multiple: bool,
        options: Vec<ChoiceOption>,
        picture: Option<String>,
    },
    Order {
        items: Vec<String>,
    },
    Message {
        channel: super::message::Channel,
        scam: bool,
        typology: Option<String>,
        /// Every red flag the message shows: ticking any other one is a mistake.
        flags: Vec<String>,
        /// Flags listed on more than half of the lesson's scams ("a stranger" is on almost
        /// all of them): true, but naming only these does not show the scam was understood.
        common_flags: Vec<String>,
    },
    Phone(super::phone::PhoneStep),
    QrPay(super::qr_pay::QrPayStep),
    Chat(super::chat::ChatStep),
    Shop(super::shop::ShopStep),
    Map(super::map::MapStep),
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
            StepKind::Chat(chat) => {
                let mut ids =
                    vec![format!("{s}-title"), format!("{s}-task"), format!("{s}-hint"), format!("{s}-explain")];
                let mut senders: Vec<&str> = vec![];
                for m in &chat.messages {
                    if m.from != super::chat::ME && !senders.contains(&m.from.as_str()) {
                        senders.push(&m.from);
                        ids.push(format!("{s}-by-{}", m.from));
                    }
                    ids.push(format!("{s}-msg-{}", m.id));
                    ids.extend(m.poll.iter().map(|o| format!("{s}-msg-{}-{o}", m.id)));
                }
                ids.extend(chat.replies.iter().map(|r| format!("{s}-reply-{r}")));
                ids.extend(chat.photos.iter().map(|p| format!("{s}-photo-{}", p.id)));
                ids
            }
            StepKind::Shop(super::shop::ShopStep::Buy(_)) => {
                ["task", "product", "shop", "seller", "hint", "explain"].iter().map(|k| format!("{s}-{k}")).collect()
            }
            StepKind::Shop(super::shop::ShopStep::Sell(form)) => {
                let mut ids = vec![format!("{s}-task"), format!("{s}-hint"), format!("{s}-explain")];
                ids.extend(form.photos.iter().map(|p| format!("{s}-photo-{}", p.id)));
                ids
            }
            StepKind::Map(map) => {
                let mut ids = vec![format!("{s}-task"), format!("{s}-hint"), format!("{s}-explain")];
                ids.extend(map.places.iter().map(|p| format!("{s}-place-{}", p.id)));
                ids.extend(map.contacts.iter().map(|c| format!("{s}-contact-{c}")));
                ids
            }
        }
    }
}
