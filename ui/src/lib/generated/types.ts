// Generated from crates/hocso-core by ts-rs (src/bindings.rs). Do not edit by hand:
// run `make bindings` after changing a Rust type.

export type UiError = { kind: string, message: string, };

export type Locale = "vi" | "en";

export type Role = "hamlet" | "commune";

export type Setup = { role: Role, 
/**
 * Required for a hamlet computer, ignored for the commune office.
 */
hamlet_name: string, commune_name: string, pin: string, pin_repeat: string, };

export type Gender = "female" | "male";

export type LearnerId = number;

export type NewLearner = { display_name: string, birth_year: number, gender: Gender | null, };

export type ProblemView = { file: string, line: number | null, message: string, };

export type Answer = { "kind": "continue" } | { "kind": "choice", selected: Array<string>, } | { "kind": "order", order: Array<string>, } | { "kind": "message", scam: boolean, flags: Array<string>, };

export type Channel = "sms" | "zalo" | "call";

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
problems: Array<ProblemView>, };

export type LearnerCard = { id: LearnerId, name: string, birth_year: number, 
/**
 * "Sinh năm 1958", in the chosen language.
 */
detail: string, };

export type LessonListView = { learner: LearnerCard, greeting: string, topics: Array<TopicView>, };

export type TopicView = { id: string, title: string, lessons: Array<LessonCard>, };

export type LessonState = "not-started" | "in-progress" | "not-passed-yet" | "passed";

export type LessonCard = { id: string, title: string, summary: string, core: boolean, minutes: string | null, state: LessonState, state_label: string, };

export type Phase = "practice" | "final-check" | "finished";

export type PlayerView = { attempt_id: number, learner: LearnerCard, lesson_id: string, lesson_title: string, phase: Phase, 
/**
 * "Luyện tập", "Bài kiểm tra cuối", in the chosen language.
 */
phase_label: string, 
/**
 * "Bước 3 trên 10".
 */
progress_label: string, position: number, total: number, step: StepView | null, result: ResultView | null, };

export type StepView = { id: string, content: StepContent, };

export type StepContent = { "kind": "explain", text: string, picture: string | null, } | { "kind": "choice", prompt: string, instruction: string, multiple: boolean, options: Array<OptionView>, picture: string | null, } | { "kind": "order", prompt: string, instruction: string, items: Array<OptionView>, } | { "kind": "message", channel: Channel, channel_label: string, sender: string, body: string, question: string, 
/**
 * The fixed red flags, in a fixed order, with their labels.
 */
flags: Array<OptionView>, flags_instruction: string, };

export type OptionView = { id: string, text: string, };

export type ResultView = { passed: boolean, score: number, pass_mark: number, correct: number, total: number, headline: string, detail: string, };

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

