//! What each screen shows, already decided and translated by the core. The UI renders these
//! and sends back what the person did; TypeScript types are generated with ts-rs.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::Locale;
use crate::lessons::ProblemView;
use crate::store::{LearnerId, Role};

mod phones;
pub use phones::{PhoneHubView, PhoneJoinView, PhoneRow, PhoneStartView};

/// The first thing the UI asks for.
#[derive(Debug, Clone, Serialize, TS)]

pub struct StartView {
    pub locale: Locale,
    /// Every static label of the app, by Fluent id, in the chosen language.
    pub texts: BTreeMap<String, String>,
    /// First run: the setup screen comes first.
    pub setup_needed: bool,
    pub role: Option<Role>,
    /// "Thôn Đông, xã Đầm Hà", shown in the header.
    pub place: Option<String>,
    /// After a crash: the learner who was at the computer, back on the same step.
    pub resume: Option<PlayerView>,
    /// Lesson files that could not be loaded, for the facilitator.
    pub problems: Vec<ProblemView>,
    /// Right after a commune office's setup: its PIN recovery code, to print once.
    pub recovery_code: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct LearnerCard {
    pub id: LearnerId,
    pub name: String,
    pub birth_year: i32,
    /// "Sinh năm 1958", in the chosen language.
    pub detail: String,
    /// The picture they find themselves by, and its name ("Con trâu") for those who hear it.
    pub picture: Option<String>,
    pub picture_name: Option<String>,
    pub settings: crate::store::LearnerSettings,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct LessonListView {
    pub learner: LearnerCard,
    pub greeting: String,
    pub topics: Vec<TopicView>,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct TopicView {
    pub id: String,
    pub title: String,
    pub lessons: Vec<LessonCard>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum LessonState {
    NotStarted,
    InProgress,
    NotPassedYet,
    Passed,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct LessonCard {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub core: bool,
    pub minutes: Option<String>,
    pub state: LessonState,
    pub state_label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// The optional "before" check: no feedback, no fail, can be skipped with one press.
    PreCheck,
    Practice,
    FinalCheck,
    Finished,
}

/// The lesson player: one step at a time, or the result at the end.
#[derive(Debug, Clone, Serialize, TS)]

pub struct PlayerView {
    #[ts(type = "number")]
    pub attempt_id: i64,
    pub learner: LearnerCard,
    pub lesson_id: String,
    pub lesson_title: String,
    pub phase: Phase,
    /// "Luyện tập", "Bài kiểm tra cuối", in the chosen language.
    pub phase_label: String,
    /// "Bước 3 trên 10".
    pub progress_label: String,
    pub position: u32,
    pub total: u32,
    pub step: Option<StepView>,
    pub result: Option<ResultView>,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct StepView {
    pub id: String,
    pub content: StepContent,
    /// What "Nghe" reads, line by line, in reading order.
    pub speech: Vec<SpeechLine>,
}

/// One line read aloud: a sentence for the voice, or a whole text the lesson has recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
pub struct SpeechLine {
    pub text: String,
    /// The lesson's text id when a recording of it is played instead of the voice.
    pub recording: Option<String>,
}

/// A line's sound, ready to play in the page.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SpokenLine {
    /// A `data:` URL (WAV from the voice, Ogg Vorbis from a recording): nothing is fetched.
    pub audio: String,
    pub millis: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum StepContent {
    Explain {
        text: String,
        picture: Option<String>,
    },
    Choice {
        prompt: String,
        instruction: String,
        multiple: bool,
        options: Vec<OptionView>,
        picture: Option<String>,
    },
    Order {
        prompt: String,
        instruction: String,
        items: Vec<OptionView>,
    },
    /// An SMS, Zalo message or call transcript: plain text, links defanged, never clickable.
    Message {
        channel: crate::lessons::message::Channel,
        channel_label: String,
        sender: String,
        body: String,
        question: String,
        /// The fixed red flags, in a fixed order, with their labels.
        flags: Vec<OptionView>,
        flags_instruction: String,
    },
    /// A simulated phone screen. Every number shown beside it is generated and marked MẪU.
    Phone {
        app: crate::lessons::phone::PhoneApp,
        app_label: String,
        title: String,
        task: String,
        fields: Vec<PhoneFieldView>,
        buttons: Vec<OptionView>,
        card: Option<PracticeCardView>,
        phone_number: Option<String>,
        sms: Option<String>,
        practice_note: String,
    },
    /// A real VietQR code and a simulated banking app's confirm screen.
    #[serde(rename = "qr-pay")]
    QrPay {
        task: String,
        /// The code as an SVG `data:` URL.
        code: String,
        /// The VietQR payload inside the code.
        payload: String,
        /// The learner receives money: they choose between their own code and scanning.
        receive: bool,
        /// The shop owner's name on the sign, if the situation has a shop.
        shop: Option<String>,
        /// What the learner owes, formatted.
        price: Option<String>,
        /// What the bank app shows after scanning.
        bank: String,
        payee: String,
        account: String,
        amount: Option<String>,
        /// A static code: the learner types the amount.
        needs_amount: bool,
    },
    /// A simulated chat: the thread and everything the learner can do in it.
    Chat {
        chat: crate::lessons::chat::ChatKind,
        title: String,
        task: String,
        messages: Vec<ChatMessageView>,
        replies: Vec<OptionView>,
        photos: Vec<PictureView>,
    },
    /// A product page in a simulated shopping app.
    #[serde(rename = "shop-buy")]
    ShopBuy {
        task: String,
        product: String,
        shop: String,
        seller: String,
        picture: Option<String>,
        price: String,
        market_price: Option<String>,
        /// "4,9 ★ · 1.200 đánh giá" or "Chưa có đánh giá".
        rating: String,
        sold: String,
        badge: Option<crate::lessons::shop::Badge>,
        /// The warning signs the learner can tick, in a fixed order.
        signs: Vec<OptionView>,
    },
    /// The form that puts a product up for sale.
    #[serde(rename = "shop-sell")]
    ShopSell {
        task: String,
        photos: Vec<PictureView>,
        delivery: Vec<OptionView>,
    },
    /// A drawn map, 12 × 8 squares.
    Map {
        task: crate::lessons::map::MapTask,
        text: String,
        places: Vec<PlaceView>,
        roads: Vec<Vec<[u8; 2]>>,
        contacts: Vec<OptionView>,
        categories: Vec<OptionView>,
        /// find-code: the code on the learner's paper (MẪU).
        paper_code: Option<String>,
    },
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ChatMessageView {
    pub id: String,
    /// The learner's own message (shown on the right, nothing to do on it).
    pub mine: bool,
    pub sender: String,
    pub time: String,
    pub text: String,
    /// A picture as a `data:` URL; `text` says what it shows.
    pub picture: Option<String>,
    pub pinned: bool,
    /// A poll's options (empty: not a poll).
    pub poll: Vec<OptionView>,
}

/// A picture to choose (a photo to send or to post), with what it shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PictureView {
    pub id: String,
    pub url: String,
    pub alt: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PlaceView {
    pub id: String,
    pub column: u8,
    pub row: u8,
    pub icon: crate::lessons::map::PlaceIcon,
    pub label: String,
    /// find-code: the practice digital address code on the house's plate.
    pub code: Option<String>,
    /// The task lets the learner choose this place.
    pub choosable: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PhoneFieldView {
    pub id: String,
    pub label: String,
    pub input: crate::lessons::phone::InputRule,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PracticeCardView {
    pub heading: String,
    pub name: String,
    pub personal_id: String,
    pub number_label: String,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct OptionView {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct ResultView {
    pub passed: bool,
    /// "Trước: 3/8 → Sau: 8/8" when the learner took the pre-check of this lesson.
    pub before_after: Option<String>,
    pub score: u32,
    pub pass_mark: u32,
    pub correct: u32,
    pub total: u32,
    pub headline: String,
    pub detail: String,
}

/// What the learner is told after answering.
#[derive(Debug, Clone, Serialize, TS)]

pub struct AnswerOutcome {
    /// Practice answers get feedback; final-check answers do not, until the result.
    pub show_feedback: bool,
    pub correct: bool,
    /// "Đúng rồi!" or "Chưa đúng. Bác thử lại nhé."
    pub headline: String,
    pub feedback: Vec<FeedbackLine>,
    /// Whether the learner moves on (otherwise they try the same step again).
    pub advanced: bool,
    pub next: PlayerView,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct FeedbackLine {
    pub text: String,
    pub correct: bool,
}

/// Facilitator mode: the hamlet profile and every learner against every lesson.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FacilitatorView {
    pub role: Role,
    pub profile: crate::store::HamletProfile,
    pub lessons: Vec<GridLesson>,
    pub rows: Vec<GridRow>,
    /// Learners who passed every core lesson.
    pub skilled: u32,
    /// "12 trên 30 người học đã đạt tất cả bài chính (phạm vi: 420 người)".
    pub summary: String,
    /// A hamlet computer's code, as its check value ("482 915") to compare with the sheet;
    /// none until the code is typed.
    pub code_check_value: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct GridLesson {
    pub id: String,
    pub title: String,
    pub core: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct GridRow {
    pub learner: LearnerCard,
    pub gender: Option<crate::store::Gender>,
    pub cells: Vec<LessonState>,
    /// Per lesson, before → after ("38% → 100%"), or that the pre-check was skipped.
    pub measures: Vec<Option<String>>,
    pub skilled: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportResultView {
    pub file: String,
    pub message: String,
    pub refused: bool,
}

/// The commune dashboard.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DashboardView {
    pub rows: Vec<DashboardRow>,
    pub total: DashboardRow,
    /// The criterion's threshold in percent (strictly above it).
    pub threshold: u32,
    /// Age band → [persons, skilled].
    pub by_age: Vec<(String, [u32; 2])>,
    pub by_gender: Vec<(String, [u32; 2])>,
    /// Core lesson title → persons who passed it.
    pub by_lesson: Vec<(String, u32)>,
    /// Core lesson title → persons whose pass came with a measured improvement.
    pub improved_by_lesson: Vec<(String, u32)>,
    /// CV 3240's five basic skills, in order.
    pub skills: Vec<SkillColumn>,
    /// "Chưa có bài dạy: Mua sắm trực tuyến; …", or empty when every skill is taught.
    pub skills_not_taught: String,
    /// The criterion as the commune words it: "Trên 70% người trong diện …".
    pub criterion: String,
    /// The province's own wording the commune entered (empty: the default sentence is shown).
    pub wording: String,
    /// The commune's register of hamlets, with their codes.
    pub hamlets: Vec<crate::store::CommuneHamlet>,
    /// The files kept, newest first: what "Bỏ tệp này" and "Thay máy" act on.
    pub files: Vec<ImportedFileView>,
}

/// One kept file at the commune.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportedFileView {
    #[ts(type = "number")]
    pub id: i64,
    pub hamlet: String,
    /// The computer, as its id's first 8 characters ("máy 3fa9c2d1").
    pub computer: String,
    pub installation_id: String,
    /// "Xuất lần 4, 10:12 28/11/2026 · 212 người".
    pub label: String,
}

/// What an undo will change (asked before) or changed (after), in numbers.
#[derive(Debug, Clone, Serialize, TS)]
pub struct UndoView {
    /// "Thôn Đông: 212 → 140 người đã học, 150 → 98 người đạt. 1 tệp bị bỏ."
    pub summary: String,
    pub files_removed: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DashboardRow {
    #[ts(type = "number | null")]
    pub hamlet_id: Option<i64>,
    pub hamlet: String,
    pub people_in_scope: Option<u32>,
    pub scope_label: String,
    /// "thôn báo: 312" when the hamlet's own figure differs from the commune's, else empty.
    pub reported: String,
    pub persons: u32,
    pub skilled: u32,
    pub percent: Option<f64>,
    pub percent_label: String,
    pub met: bool,
    pub needed: Option<u32>,
    /// Persons counted for each basic skill, in the order of `DashboardView::skills`.
    pub by_skill: Vec<u32>,
}

/// One of CV 3240's five basic skills on the dashboard.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SkillColumn {
    pub id: String,
    pub name: String,
    /// Whether any hamlet's lessons teach it yet.
    pub taught: bool,
}

/// A practice session: who came and what each did while it ran.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SessionView {
    #[ts(type = "number")]
    pub id: i64,
    pub open: bool,
    /// "Buổi học đang diễn ra, bắt đầu lúc 08:15 22/11/2026".
    pub label: String,
    pub rows: Vec<SessionRow>,
    /// The facilitator chose "show everyone" on the picker for this running session.
    pub show_everyone: bool,
}

/// The names on the picker (see `HocSo::picker`).
#[derive(Debug, Clone, Serialize, TS)]
pub struct PickerView {
    pub learners: Vec<LearnerCard>,
    /// Many learners are registered: the picker asks for the first letters of the name first.
    pub type_first: bool,
    /// The pictures learners chose, to narrow the list by one (with its name).
    pub pictures: Vec<OptionView>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SessionRow {
    pub learner: LearnerCard,
    pub present: bool,
    pub answers: u32,
    /// Titles of the lessons passed during the session.
    pub passed: Vec<String>,
}

/// A printable certificate (giấy chứng nhận) for a learner who passed every core lesson.
#[derive(Debug, Clone, Serialize, TS)]
pub struct CertificateView {
    pub title: String,
    pub body: String,
    /// (lesson title, day passed).
    pub lessons: Vec<(String, String)>,
    pub issued: String,
    pub signature: String,
}

/// "What the group finds hard": the items most often answered wrong at the first try.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HardItemsView {
    /// "Trong 30 ngày qua (từ 31/10/2026)".
    pub period: String,
    pub lessons: Vec<HardLesson>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HardLesson {
    pub lesson_id: String,
    pub title: String,
    pub items: Vec<HardItem>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HardItem {
    pub step_id: String,
    /// The question as the learner saw it (the prompt, the message, the task).
    pub text: String,
    pub answered: u32,
    pub wrong: u32,
    /// "5 trên 8 người sai lần đầu".
    pub label: String,
}

/// "Thông tin của tôi": what the computer holds about the learner, line by line.
#[derive(Debug, Clone, Serialize, TS)]
pub struct MyDataView {
    pub title: String,
    /// Name, birth year, gender, the consent record.
    pub about: Vec<MyDataLine>,
    /// Lessons passed: title, then score and date.
    pub passed: Vec<MyDataLine>,
    /// Every attempt: lesson, when, and the score when finished.
    pub attempts: Vec<MyDataLine>,
    /// "1.234 câu trả lời đã lưu (chỉ là lựa chọn, không có gì bạn gõ)".
    pub answers: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct MyDataLine {
    pub label: String,
    pub value: String,
}

/// Learners who have not come for a long time: who would go.
#[derive(Debug, Clone, Serialize, TS)]
pub struct InactiveView {
    /// "Những người dưới đây không đến học đã hơn 2 năm…".
    pub intro: String,
    pub rows: Vec<InactiveRow>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct InactiveRow {
    pub learner: LearnerCard,
    /// "Lần cuối: 10:12 28/11/2024".
    pub last_seen: String,
}
