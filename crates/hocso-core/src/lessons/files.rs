//! The TOML shapes of `catalog.toml` and `lesson.toml`, as an author writes them.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CatalogFile {
    pub format_version: u32,
    /// Lessons that count toward "improved digital skills".
    #[serde(default)]
    pub core: Vec<String>,
    pub topics: Vec<TopicEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TopicEntry {
    pub id: String,
    pub lessons: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LessonFile {
    pub id: String,
    pub version: u32,
    pub topic: String,
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u32,
    /// Rough length in minutes, shown on the lesson list.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// CV 3240's basic skills this lesson teaches (ids from `lessons/skills.toml`); may be empty.
    pub skills: Vec<String>,
    /// Framework competences this lesson teaches (ids from `lessons/skills.toml`).
    #[serde(default)]
    pub competences: Vec<String>,
    pub steps: Vec<StepEntry>,
    pub final_check: FinalCheckEntry,
}

fn default_pass_mark() -> u32 {
    80
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FinalCheckEntry {
    /// How many items each attempt draws from the pool (one pool, no groups).
    #[serde(default)]
    pub draw: Option<u32>,
    /// How many items the optional pre-check draws from the pool (one pool, no groups).
    #[serde(default)]
    pub pre_draw: Option<u32>,
    #[serde(default)]
    pub items: Option<Vec<StepEntry>>,
    /// Or: groups, each drawn from on its own, so every attempt has the intended mix.
    #[serde(default)]
    pub groups: Option<Vec<GroupEntry>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GroupEntry {
    pub id: String,
    pub draw: u32,
    #[serde(default)]
    pub pre_draw: u32,
    pub items: Vec<StepEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SkillsFile {
    pub skills: Vec<SkillEntry>,
    #[serde(default)]
    pub competences: Vec<CompetenceEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SkillEntry {
    pub id: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CompetenceEntry {
    pub id: String,
    /// The framework's short name, e.g. "CV 3139/BTTTT-KTS&XHS".
    pub framework: String,
    /// The code in that framework, e.g. "1.2".
    pub code: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StepEntry {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub picture: Option<String>,
    #[serde(default)]
    pub multiple: Option<bool>,
    #[serde(default)]
    pub options: Option<Vec<OptionEntry>>,
    #[serde(default)]
    pub items: Option<Vec<String>>,
    /// `message` steps: sms, zalo or call.
    #[serde(default)]
    pub channel: Option<String>,
    /// `message` steps: scam or safe.
    #[serde(default)]
    pub verdict: Option<String>,
    /// `message` steps that are scams: the typology letter A–N of domain.md §4.1.
    #[serde(default)]
    pub typology: Option<String>,
    /// `message` steps that are scams: the red flags present.
    #[serde(default)]
    pub flags: Option<Vec<String>>,
    /// `phone` steps: vneid, dvc or bank.
    #[serde(default)]
    pub app: Option<String>,
    /// `phone` steps: practice props beside the phone (card, phone-number, sms-otp).
    #[serde(default)]
    pub show: Option<Vec<String>>,
    /// `phone` steps: the input fields.
    #[serde(default)]
    pub fields: Option<Vec<FieldEntry>>,
    /// `phone` steps: the buttons, one of them right.
    #[serde(default)]
    pub buttons: Option<Vec<OptionEntry>>,
    /// `qr-pay` steps: pay, swapped, wrong-amount, static or receive.
    #[serde(default)]
    pub scenario: Option<String>,
    #[serde(default)]
    pub bank: Option<String>,
    #[serde(default)]
    pub account: Option<String>,
    #[serde(default)]
    pub payee: Option<String>,
    #[serde(default)]
    pub shop: Option<String>,
    #[serde(default)]
    pub amount: Option<u64>,
    #[serde(default)]
    pub price: Option<u64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FieldEntry {
    pub id: String,
    pub input: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OptionEntry {
    pub id: String,
    #[serde(default)]
    pub correct: bool,
}
