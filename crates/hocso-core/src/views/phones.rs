//! What the hub shows: a phone's start, and "Học trên điện thoại" on the facilitator's screen.

use serde::Serialize;
use ts_rs::TS;

use super::{LearnerCard, LessonListView, PlayerView, StartView};

/// What a phone gets when it joins the hub or comes back: its key (only when joining), the
/// app's texts, its learner's lesson list, and the step it was on if a lesson is open.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PhoneStartView {
    /// The phone key, sent with every later call; empty when the phone came back.
    pub key: String,
    pub start: StartView,
    pub lessons: LessonListView,
    pub resume: Option<PlayerView>,
}

/// A one-time join code for one learner, as the facilitator shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PhoneJoinView {
    pub learner: LearnerCard,
    /// The address the phone opens, with the code (also drawn as the QR code).
    pub url: String,
    /// The QR code as a `data:` URL of an SVG image (the CSP allows no other source).
    pub qr_image: String,
    /// "Bà Lò Thị Hoa quét mã này bằng camera điện thoại… Mã dùng được một lần, trong 15 phút."
    pub help: String,
}

/// "Học trên điện thoại" as the facilitator sees it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PhoneHubView {
    pub open: bool,
    /// The hub's address, such as `http://192.168.1.10:8765`.
    pub url: Option<String>,
    pub phones: Vec<PhoneRow>,
}

/// One phone in the hub.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PhoneRow {
    pub phone: u32,
    pub learner: LearnerCard,
    pub connected: bool,
    /// In a lesson with no answer for a while: someone could walk over.
    pub stuck: bool,
    pub lesson: Option<String>,
    /// "Bước 5 trên 23".
    pub step: Option<String>,
    /// "Đang học", "Có vẻ đang vướng (6 phút chưa trả lời)", "Mất kết nối", "Đã đạt bài".
    pub status: String,
}
