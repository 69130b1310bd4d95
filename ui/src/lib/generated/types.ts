// Generated from crates/hocso-core by ts-rs (src/bindings.rs). Do not edit by hand:
// run `make bindings` after changing a Rust type.

export type UiError = { kind: string, message: string, };

export type Locale = "vi" | "en";

export type Role = "hamlet" | "commune";

export type Setup = { role: Role, 
/**
 * Required for a hamlet computer, ignored for the commune office.
 */
hamlet_name: string, commune_name: string, 
/**
 * A hamlet computer's code, as typed from the setup sheet (may be left empty and typed
 * later in facilitator mode: the computer teaches, but exports only once it has it).
 */
hamlet_code?: string, pin: string, pin_repeat: string, };

export type Gender = "female" | "male";

export type LearnerId = number;

export type NewLearner = { display_name: string, birth_year: number, gender: Gender | null, };

export type ProblemView = { file: string, line: number | null, message: string, };

export type Answer = { "kind": "continue" } | { "kind": "choice", selected: Array<string>, } | { "kind": "order", order: Array<string>, } | { "kind": "message", scam: boolean, flags: Array<string>, } | { "kind": "phone", button: string, fields: { [key in string]: string }, } | { "kind": "qr-pay", action: QrAction, amount: number | null, } | { "kind": "chat", action: ChatAction, message: string | null, option: string | null, caption: string | null, } | { "kind": "shop-buy", choice: BuyChoice, signs: Array<string>, } | { "kind": "shop-sell", listing: Listing, } | { "kind": "map", act: MapAct, };

export type Channel = "sms" | "zalo" | "call";

export type PhoneApp = "vneid" | "dvc" | "bank";

export type InputRule = "personal-id" | "phone" | "otp" | "password" | "password-repeat" | "passcode" | "passcode-repeat" | "text";

export type QrAction = "pay" | "refuse" | "show-code" | "scan";

export type ChatKind = "group" | "direct";

export type ChatAction = "reply" | "vote" | "react" | "report" | "mute" | "leave" | "block" | "send-photo";

export type Badge = "mall" | "favourite";

export type BuyChoice = "order" | "pay-first" | "skip";

export type Listing = { photos: Array<string>, name: string, origin: string, price: string, weight: string, ocop: boolean, delivery: Array<string>, };

export type MapTask = "share" | "route" | "find-code" | "add-place";

export type PlaceIcon = "you" | "home" | "office" | "school" | "health" | "market" | "culture" | "shop" | "homestay" | "farm" | "blank";

export type MapAct = { place: string | null, contact: string | null, category: string | null, name: string | null, };

export type ChatMessageView = { id: string, 
/**
 * The learner's own message (shown on the right, nothing to do on it).
 */
mine: boolean, sender: string, time: string, text: string, 
/**
 * A picture as a `data:` URL; `text` says what it shows.
 */
picture: string | null, pinned: boolean, 
/**
 * A poll's options (empty: not a poll).
 */
poll: Array<OptionView>, };

export type PictureView = { id: string, url: string, alt: string, };

export type PlaceView = { id: string, column: number, row: number, icon: PlaceIcon, label: string, 
/**
 * find-code: the practice digital address code on the house's plate.
 */
code: string | null, 
/**
 * The task lets the learner choose this place.
 */
choosable: boolean, };

export type SpeechLine = { text: string, 
/**
 * The lesson's text id when a recording of it is played instead of the voice.
 */
recording: string | null, };

export type SpokenLine = { 
/**
 * A `data:` URL (WAV from the voice, Ogg Vorbis from a recording): nothing is fetched.
 */
audio: string, millis: number, };

export type Rate = "slow" | "normal";

export type LearnerSettings = { picture: string | null, 
/**
 * Read each new step aloud by itself.
 */
read_aloud: boolean, slow_voice: boolean, text_size: TextSize, high_contrast: boolean, };

export type TextSize = "normal" | "large" | "largest";

export type PhoneFieldView = { id: string, label: string, input: InputRule, };

export type PracticeCardView = { heading: string, name: string, personal_id: string, number_label: string, };

export type StartView = { locale: Locale, 
/**
 * Every static label of the app, by Fluent id, in the chosen language.
 */
texts: { [key in string]: string }, 
/**
 * First run: the setup screen comes first.
 */
setup_needed: boolean, role: Role | null, 
/**
 * "Thôn Đông, xã Đầm Hà", shown in the header.
 */
place: string | null, 
/**
 * After a crash: the learner who was at the computer, back on the same step.
 */
resume: PlayerView | null, 
/**
 * Lesson files that could not be loaded, for the facilitator.
 */
problems: Array<ProblemView>, 
/**
 * Right after a commune office's setup: its PIN recovery code, to print once.
 */
recovery_code: string | null, };

export type LearnerCard = { id: LearnerId, name: string, birth_year: number, 
/**
 * "Sinh năm 1958", in the chosen language.
 */
detail: string, 
/**
 * The picture they find themselves by, and its name ("Con trâu") for those who hear it.
 */
picture: string | null, picture_name: string | null, settings: LearnerSettings, };

export type LessonListView = { learner: LearnerCard, greeting: string, topics: Array<TopicView>, };

export type TopicView = { id: string, title: string, lessons: Array<LessonCard>, };

export type LessonState = "not-started" | "in-progress" | "not-passed-yet" | "passed";

export type LessonCard = { id: string, title: string, summary: string, core: boolean, minutes: string | null, state: LessonState, state_label: string, };

export type Phase = "pre-check" | "practice" | "final-check" | "finished";

export type PlayerView = { attempt_id: number, learner: LearnerCard, lesson_id: string, lesson_title: string, phase: Phase, 
/**
 * "Luyện tập", "Bài kiểm tra cuối", in the chosen language.
 */
phase_label: string, 
/**
 * "Bước 3 trên 10".
 */
progress_label: string, position: number, total: number, step: StepView | null, result: ResultView | null, };

export type StepView = { id: string, content: StepContent, 
/**
 * What "Nghe" reads, line by line, in reading order.
 */
speech: Array<SpeechLine>, };

export type StepContent = { "kind": "explain", text: string, picture: string | null, } | { "kind": "choice", prompt: string, instruction: string, multiple: boolean, options: Array<OptionView>, picture: string | null, } | { "kind": "order", prompt: string, instruction: string, items: Array<OptionView>, } | { "kind": "message", channel: Channel, channel_label: string, sender: string, body: string, question: string, 
/**
 * The fixed red flags, in a fixed order, with their labels.
 */
flags: Array<OptionView>, flags_instruction: string, } | { "kind": "phone", app: PhoneApp, app_label: string, title: string, task: string, fields: Array<PhoneFieldView>, buttons: Array<OptionView>, card: PracticeCardView | null, phone_number: string | null, sms: string | null, practice_note: string, } | { "kind": "qr-pay", task: string, 
/**
 * The code as an SVG `data:` URL.
 */
code: string, 
/**
 * The VietQR payload inside the code.
 */
payload: string, 
/**
 * The learner receives money: they choose between their own code and scanning.
 */
receive: boolean, 
/**
 * The shop owner's name on the sign, if the situation has a shop.
 */
shop: string | null, 
/**
 * What the learner owes, formatted.
 */
price: string | null, 
/**
 * What the bank app shows after scanning.
 */
bank: string, payee: string, account: string, amount: string | null, 
/**
 * A static code: the learner types the amount.
 */
needs_amount: boolean, } | { "kind": "chat", chat: ChatKind, title: string, task: string, messages: Array<ChatMessageView>, replies: Array<OptionView>, photos: Array<PictureView>, } | { "kind": "shop-buy", task: string, product: string, shop: string, seller: string, picture: string | null, price: string, market_price: string | null, 
/**
 * "4,9 ★ · 1.200 đánh giá" or "Chưa có đánh giá".
 */
rating: string, sold: string, badge: Badge | null, 
/**
 * The warning signs the learner can tick, in a fixed order.
 */
signs: Array<OptionView>, } | { "kind": "shop-sell", task: string, photos: Array<PictureView>, delivery: Array<OptionView>, } | { "kind": "map", task: MapTask, text: string, places: Array<PlaceView>, roads: Array<Array<[number, number]>>, contacts: Array<OptionView>, categories: Array<OptionView>, 
/**
 * find-code: the code on the learner's paper (MẪU).
 */
paper_code: string | null, };

export type OptionView = { id: string, text: string, };

export type ResultView = { passed: boolean, 
/**
 * "Trước: 3/8 → Sau: 8/8" when the learner took the pre-check of this lesson.
 */
before_after: string | null, score: number, pass_mark: number, correct: number, total: number, headline: string, detail: string, };

export type AnswerOutcome = { 
/**
 * Practice answers get feedback; final-check answers do not, until the result.
 */
show_feedback: boolean, correct: boolean, 
/**
 * "Đúng rồi!" or "Chưa đúng. Bác thử lại nhé."
 */
headline: string, feedback: Array<FeedbackLine>, 
/**
 * Whether the learner moves on (otherwise they try the same step again).
 */
advanced: boolean, next: PlayerView, };

export type FeedbackLine = { text: string, correct: boolean, };

export type HamletProfile = { hamlet_name: string, commune_name: string, hamlet_code: string | null, commune_code: string | null, people_in_scope: number | null, 
/**
 * Who the people in scope are, e.g. "người trong độ tuổi lao động".
 */
scope_label: string | null, };

export type FacilitatorView = { role: Role, profile: HamletProfile, lessons: Array<GridLesson>, rows: Array<GridRow>, 
/**
 * Learners who passed every core lesson.
 */
skilled: number, 
/**
 * "12 trên 30 người học đã đạt tất cả bài chính (phạm vi: 420 người)".
 */
summary: string, 
/**
 * A hamlet computer's code, as its check value ("482 915") to compare with the sheet;
 * none until the code is typed.
 */
code_check_value: string | null, };

export type GridLesson = { id: string, title: string, core: boolean, };

export type GridRow = { learner: LearnerCard, gender: Gender | null, cells: Array<LessonState>, 
/**
 * Per lesson, before → after ("38% → 100%"), or that the pre-check was skipped.
 */
measures: Array<string | null>, skilled: boolean, };

export type ImportResultView = { file: string, message: string, refused: boolean, };

export type DashboardView = { rows: Array<DashboardRow>, total: DashboardRow, 
/**
 * The criterion's threshold in percent (strictly above it).
 */
threshold: number, 
/**
 * Age band → [persons, skilled].
 */
by_age: Array<[string, [number, number]]>, by_gender: Array<[string, [number, number]]>, 
/**
 * Core lesson title → persons who passed it.
 */
by_lesson: Array<[string, number]>, 
/**
 * Core lesson title → persons whose pass came with a measured improvement.
 */
improved_by_lesson: Array<[string, number]>, 
/**
 * CV 3240's five basic skills, in order.
 */
skills: Array<SkillColumn>, 
/**
 * "Chưa có bài dạy: Mua sắm trực tuyến; …", or empty when every skill is taught.
 */
skills_not_taught: string, 
/**
 * The criterion as the commune words it: "Trên 70% người trong diện …".
 */
criterion: string, 
/**
 * The province's own wording the commune entered (empty: the default sentence is shown).
 */
wording: string, 
/**
 * The commune's register of hamlets, with their codes.
 */
hamlets: Array<CommuneHamlet>, 
/**
 * The files kept, newest first: what "Bỏ tệp này" and "Thay máy" act on.
 */
files: Array<ImportedFileView>, };

export type DashboardRow = { hamlet_id: number | null, hamlet: string, people_in_scope: number | null, scope_label: string, 
/**
 * "thôn báo: 312" when the hamlet's own figure differs from the commune's, else empty.
 */
reported: string, persons: number, skilled: number, percent: number | null, percent_label: string, met: boolean, needed: number | null, 
/**
 * Persons counted for each basic skill, in the order of `DashboardView::skills`.
 */
by_skill: Array<number>, };

export type SessionView = { id: number, open: boolean, 
/**
 * "Buổi học đang diễn ra, bắt đầu lúc 08:15 22/11/2026".
 */
label: string, rows: Array<SessionRow>, 
/**
 * The facilitator chose "show everyone" on the picker for this running session.
 */
show_everyone: boolean, };

export type PhoneStartView = { 
/**
 * The phone key, sent with every later call; empty when the phone came back.
 */
key: string, start: StartView, lessons: LessonListView, resume: PlayerView | null, };

export type PhoneJoinView = { learner: LearnerCard, 
/**
 * The address the phone opens, with the code (also drawn as the QR code).
 */
url: string, 
/**
 * The QR code as a `data:` URL of an SVG image (the CSP allows no other source).
 */
qr_image: string, 
/**
 * "Bà Lò Thị Hoa quét mã này bằng camera điện thoại… Mã dùng được một lần, trong 15 phút."
 */
help: string, };

export type PhoneHubView = { open: boolean, 
/**
 * The hub's address, such as `http://192.168.1.10:8765`.
 */
url: string | null, phones: Array<PhoneRow>, };

export type PhoneRow = { phone: number, learner: LearnerCard, connected: boolean, 
/**
 * In a lesson with no answer for a while: someone could walk over.
 */
stuck: boolean, lesson: string | null, 
/**
 * "Bước 5 trên 23".
 */
step: string | null, 
/**
 * "Đang học", "Có vẻ đang vướng (6 phút chưa trả lời)", "Mất kết nối", "Đã đạt bài".
 */
status: string, };

export type SessionRow = { learner: LearnerCard, present: boolean, answers: number, 
/**
 * Titles of the lessons passed during the session.
 */
passed: Array<string>, };

export type CertificateView = { title: string, body: string, 
/**
 * (lesson title, day passed).
 */
lessons: Array<[string, string]>, issued: string, signature: string, };

export type SkillColumn = { id: string, name: string, 
/**
 * Whether any hamlet's lessons teach it yet.
 */
taught: boolean, };

export type HardItemsView = { 
/**
 * "Trong 30 ngày qua (từ 31/10/2026)".
 */
period: string, lessons: Array<HardLesson>, };

export type HardLesson = { lesson_id: string, title: string, items: Array<HardItem>, };

export type HardItem = { step_id: string, 
/**
 * The question as the learner saw it (the prompt, the message, the task).
 */
text: string, answered: number, wrong: number, 
/**
 * "5 trên 8 người sai lần đầu".
 */
label: string, };

export type ImportedFileView = { id: number, hamlet: string, 
/**
 * The computer, as its id's first 8 characters ("máy 3fa9c2d1").
 */
computer: string, installation_id: string, 
/**
 * "Xuất lần 4, 10:12 28/11/2026 · 212 người".
 */
label: string, };

export type MyDataView = { title: string, 
/**
 * Name, birth year, gender, the consent record.
 */
about: Array<MyDataLine>, 
/**
 * Lessons passed: title, then score and date.
 */
passed: Array<MyDataLine>, 
/**
 * Every attempt: lesson, when, and the score when finished.
 */
attempts: Array<MyDataLine>, 
/**
 * "1.234 câu trả lời đã lưu (chỉ là lựa chọn, không có gì bạn gõ)".
 */
answers: string, };

export type InactiveView = { 
/**
 * "Những người dưới đây không đến học đã hơn 2 năm…".
 */
intro: string, rows: Array<InactiveRow>, };

export type PickerView = { learners: Array<LearnerCard>, 
/**
 * Many learners are registered: the picker asks for the first letters of the name first.
 */
type_first: boolean, 
/**
 * The pictures learners chose, to narrow the list by one (with its name).
 */
pictures: Array<OptionView>, };

export type InactiveRow = { learner: LearnerCard, 
/**
 * "Lần cuối: 10:12 28/11/2024".
 */
last_seen: string, };

export type MyDataLine = { label: string, value: string, };

export type UndoView = { 
/**
 * "Thôn Đông: 212 → 140 người đã học, 150 → 98 người đạt. 1 tệp bị bỏ."
 */
summary: string, files_removed: number, };

export type CommuneHamlet = { id: number, 
/**
 * The official name, as the commune typed it.
 */
name: string, 
/**
 * People in scope, from the commune's own registers.
 */
people_in_scope: number | null, scope_label: string | null, 
/**
 * The code in use, if one was issued.
 */
code: IssuedCode | null, 
/**
 * How many codes were issued to this hamlet (more than one: re-issued).
 */
codes_issued: number, };

export type IssuedCode = { code_id: string, check_value: string, issued_at: string, };

export type Undo = { "kind": "forget-file", "target": number } | { "kind": "retire-computer", "target": string } | { "kind": "remove-hamlet-data", "target": number };

export type SetupSheet = { format: string, commune: string, hamlet: string, 
/**
 * The code in its printed form.
 */
code: string, check_value: string, };

