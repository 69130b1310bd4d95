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
    /// `chat` steps: group or direct.
    #[serde(default)]
    pub chat: Option<String>,
    /// `chat` steps: the thread, oldest first.
    #[serde(default)]
    pub messages: Option<Vec<ChatMessageEntry>>,
    /// `chat` steps: ready-made replies the learner may send.
    #[serde(default)]
    pub replies: Option<Vec<String>>,
    /// `chat` and `shop` (sell) steps: the learner's photos to choose from.
    #[serde(default)]
    pub photos: Option<Vec<PhotoEntry>>,
    /// `chat` steps: the one right action.
    #[serde(default)]
    pub expect: Option<ChatExpectEntry>,
    /// `shop` steps: buy or sell.
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub market_price: Option<u64>,
    #[serde(default)]
    pub rating: Option<f64>,
    #[serde(default)]
    pub reviews: Option<u32>,
    #[serde(default)]
    pub sold: Option<u32>,
    #[serde(default)]
    pub badge: Option<String>,
    #[serde(default)]
    pub outside: Option<bool>,
    #[serde(default)]
    pub weight: Option<u32>,
    #[serde(default)]
    pub ocop: Option<bool>,
    /// `map` steps: share, route, find-code or add-place.
    #[serde(default)]
    pub task: Option<String>,
    #[serde(default)]
    pub places: Option<Vec<PlaceEntry>>,
    #[serde(default)]
    pub roads: Option<Vec<Vec<[i64; 2]>>>,
    #[serde(default)]
    pub contacts: Option<Vec<String>>,
    #[serde(default)]
    pub answer: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChatMessageEntry {
    pub id: String,
    pub from: String,
    pub time: String,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub poll: Option<Vec<String>>,
    #[serde(default)]
    pub picture: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PhotoEntry {
    pub id: String,
    pub picture: String,
    #[serde(default)]
    pub correct: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChatExpectEntry {
    pub action: String,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub option: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlaceEntry {
    pub id: String,
    pub at: [i64; 2],
    pub icon: String,
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
