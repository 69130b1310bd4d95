//! A problem found in lesson content: which file, which line, what is wrong, what to do.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{ArgValue, Texts};

#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based line, when the problem sits on one line.
    pub line: Option<usize>,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    Unreadable {
        detail: String,
    },
    Syntax {
        detail: String,
    },
    UnsupportedFormat {
        found: u32,
        supported: u32,
    },
    LessonFolderMissing {
        lesson: String,
    },
    LessonNotInCatalog {
        lesson: String,
    },
    LessonListedTwice {
        lesson: String,
    },
    CoreLessonUnknown {
        lesson: String,
    },
    IdDiffersFromFolder {
        id: String,
        folder: String,
    },
    BadId {
        id: String,
    },
    DuplicateStepId {
        step: String,
    },
    VersionZero,
    UnknownTopic {
        topic: String,
    },
    PassMarkOutOfRange {
        value: u32,
    },
    DrawOutOfRange {
        draw: u32,
        pool: usize,
    },
    NoSteps,
    UnknownKind {
        step: String,
        kind: String,
    },
    FinalCheckKind {
        step: String,
    },
    FieldNotForKind {
        step: String,
        field: String,
    },
    TooFewOptions {
        step: String,
    },
    CorrectCount {
        step: String,
    },
    TooFewItems {
        step: String,
    },
    DuplicateOption {
        step: String,
        option: String,
    },
    PictureMissing {
        picture: String,
    },
    FtlSyntax {
        detail: String,
    },
    TextMissing {
        id: String,
        locale: String,
    },
    TextExtra {
        id: String,
        locale: String,
    },
    VariablesDiffer {
        id: String,
        locale: String,
    },
    StepField {
        step: String,
        field: String,
    },
    ScenarioMismatch {
        step: String,
        scenario: String,
    },
    /// A practice QR code's account could be a real one: it must be a practice account.
    PayableAccount {
        step: String,
    },
    UnknownFlag {
        step: String,
        flag: String,
    },
    LiveLink {
        id: String,
        link: String,
    },
    TextIdClash {
        id: String,
    },
    FinalCheckShape,
    FinalCheckTooLarge {
        max_pool: u32,
        max_draw: u32,
    },
    TooManyOptions {
        step: String,
        max: u32,
    },
    UnknownSkill {
        skill: String,
    },
    Guessable {
        worst: super::guessing::StrategyRate,
    },
    /// A file under `audio/` that is no `<locale>/<text-id>.ogg` of this lesson.
    RecordingUnknown,
    /// A recording that does not play.
    RecordingBroken {
        detail: String,
    },
}

impl ProblemKind {
    fn fluent_id(&self) -> &'static str {
        use ProblemKind::*;
        match self {
            Unreadable { .. } => "problem-unreadable",
            Syntax { .. } => "problem-syntax",
            UnsupportedFormat { .. } => "problem-unsupported-format",
            LessonFolderMissing { .. } => "problem-lesson-folder-missing",
            LessonNotInCatalog { .. } => "problem-lesson-not-in-catalog",
            LessonListedTwice { .. } => "problem-lesson-listed-twice",
            CoreLessonUnknown { .. } => "problem-core-lesson-unknown",
            IdDiffersFromFolder { .. } => "problem-id-differs-from-folder",
            BadId { .. } => "problem-bad-id",
            DuplicateStepId { .. } => "problem-duplicate-step-id",
            VersionZero => "problem-version-zero",
            UnknownTopic { .. } => "problem-unknown-topic",
            PassMarkOutOfRange { .. } => "problem-pass-mark",
            DrawOutOfRange { .. } => "problem-draw",
            NoSteps => "problem-no-steps",
            UnknownKind { .. } => "problem-unknown-kind",
            FinalCheckKind { .. } => "problem-final-check-kind",
            FieldNotForKind { .. } => "problem-field-not-for-kind",
            TooFewOptions { .. } => "problem-too-few-options",
            CorrectCount { .. } => "problem-correct-count",
            TooFewItems { .. } => "problem-too-few-items",
            DuplicateOption { .. } => "problem-duplicate-option",
            PictureMissing { .. } => "problem-picture-missing",
            FtlSyntax { .. } => "problem-ftl-syntax",
            TextMissing { .. } => "problem-text-missing",
            TextExtra { .. } => "problem-text-extra",
            VariablesDiffer { .. } => "problem-variables-differ",
            StepField { .. } => "problem-step-field",
            ScenarioMismatch { .. } => "problem-scenario-mismatch",
            PayableAccount { .. } => "problem-payable-account",
            UnknownFlag { .. } => "problem-unknown-flag",
            LiveLink { .. } => "problem-live-link",
            TextIdClash { .. } => "problem-text-id-clash",
            FinalCheckShape => "problem-final-check-shape",
            FinalCheckTooLarge { .. } => "problem-final-check-too-large",
            TooManyOptions { .. } => "problem-too-many-options",
            UnknownSkill { .. } => "problem-unknown-skill",
            Guessable { .. } => "problem-guessable",
            RecordingUnknown => "problem-recording-unknown",
            RecordingBroken { .. } => "problem-recording-broken",
        }
    }

    fn args(&self) -> Vec<(&'static str, ArgValue)> {
        use ProblemKind::*;
        let t = |s: &String| ArgValue::Text(s.clone());
        match self {
            Unreadable { detail } | Syntax { detail } | FtlSyntax { detail } | RecordingBroken { detail } => {
                vec![("detail", t(detail))]
            }
            RecordingUnknown => vec![],
            UnsupportedFormat { found, supported } => {
                vec![("found", (*found).into()), ("supported", (*supported).into())]
            }
            LessonFolderMissing { lesson }
            | LessonNotInCatalog { lesson }
            | LessonListedTwice { lesson }
            | CoreLessonUnknown { lesson } => vec![("lesson", t(lesson))],
            IdDiffersFromFolder { id, folder } => vec![("id", t(id)), ("folder", t(folder))],
            BadId { id } => vec![("id", t(id))],
            VersionZero | NoSteps | FinalCheckShape => vec![],
            UnknownTopic { topic } => vec![("topic", t(topic))],
            PassMarkOutOfRange { value } => vec![("value", (*value).into())],
            DrawOutOfRange { draw, pool } => vec![("draw", (*draw).into()), ("pool", (*pool).into())],
            UnknownKind { step, kind } => vec![("step", t(step)), ("kind", t(kind))],
            FieldNotForKind { step, field } => vec![("step", t(step)), ("field", t(field))],
            DuplicateStepId { step }
            | FinalCheckKind { step }
            | TooFewOptions { step }
            | CorrectCount { step }
            | TooFewItems { step } => vec![("step", t(step))],
            DuplicateOption { step, option } => vec![("step", t(step)), ("option", t(option))],
            PictureMissing { picture } => vec![("picture", t(picture))],
            TextMissing { id, locale } | TextExtra { id, locale } | VariablesDiffer { id, locale } => {
                vec![("id", t(id)), ("locale", t(locale))]
            }
            StepField { step, field } => vec![("step", t(step)), ("field", t(field))],
            ScenarioMismatch { step, scenario } => vec![("step", t(step)), ("scenario", t(scenario))],
            PayableAccount { step } => vec![("step", t(step))],
            UnknownFlag { step, flag } => vec![("step", t(step)), ("flag", t(flag))],
            LiveLink { id, link } => vec![("id", t(id)), ("link", t(link))],
            TextIdClash { id } => vec![("id", t(id))],
            UnknownSkill { skill } => vec![("skill", t(skill))],
            FinalCheckTooLarge { max_pool, max_draw } => {
                vec![("max_pool", (*max_pool).into()), ("max_draw", (*max_draw).into())]
            }
            TooManyOptions { step, max } => vec![("step", t(step)), ("max", (*max).into())],
            // Rendered in `Problem::message`, which has the reader's texts.
            Guessable { .. } => vec![],
        }
    }
}

impl Problem {
    pub fn new(file: impl Into<PathBuf>, line: Option<usize>, kind: ProblemKind) -> Problem {
        Problem { file: file.into(), line, kind }
    }

    /// What is wrong and what to do, in the reader's language.
    pub fn message(&self, texts: &Texts) -> String {
        if let ProblemKind::Guessable { worst } = &self.kind {
            let percent = super::guessing::percent_text(worst.pass_rate, texts.locale());
            return texts.format(
                "problem-guessable",
                &[("percent", percent.into()), ("strategy", worst.describe(texts).into())],
            );
        }
        let args = self.kind.args();
        let args: Vec<(&str, ArgValue)> = args.into_iter().collect();
        texts.format(self.kind.fluent_id(), &args)
    }

    /// `file:line: message`, the way compilers print it.
    pub fn render(&self, texts: &Texts) -> String {
        match self.line {
            Some(line) => format!("{}:{}: {}", self.file.display(), line, self.message(texts)),
            None => format!("{}: {}", self.file.display(), self.message(texts)),
        }
    }

    pub fn to_view(&self, texts: &Texts) -> ProblemView {
        ProblemView {
            file: self.file.display().to_string(),
            line: self.line.map(|l| l as u32),
            message: self.message(texts),
        }
    }

    /// Every kind once, for the test that checks each has a sentence in every locale.
    #[cfg(test)]
    pub(crate) fn every_kind() -> Vec<ProblemKind> {
        use ProblemKind::*;
        let s = || String::from("x");
        vec![
            Unreadable { detail: s() },
            Syntax { detail: s() },
            UnsupportedFormat { found: 2, supported: 1 },
            LessonFolderMissing { lesson: s() },
            LessonNotInCatalog { lesson: s() },
            LessonListedTwice { lesson: s() },
            CoreLessonUnknown { lesson: s() },
            IdDiffersFromFolder { id: s(), folder: s() },
            BadId { id: s() },
            DuplicateStepId { step: s() },
            VersionZero,
            UnknownTopic { topic: s() },
            PassMarkOutOfRange { value: 0 },
            DrawOutOfRange { draw: 9, pool: 2 },
            NoSteps,
            UnknownKind { step: s(), kind: s() },
            FinalCheckKind { step: s() },
            FieldNotForKind { step: s(), field: s() },
            TooFewOptions { step: s() },
            CorrectCount { step: s() },
            TooFewItems { step: s() },
            DuplicateOption { step: s(), option: s() },
            PictureMissing { picture: s() },
            FtlSyntax { detail: s() },
            TextMissing { id: s(), locale: s() },
            TextExtra { id: s(), locale: s() },
            VariablesDiffer { id: s(), locale: s() },
            StepField { step: s(), field: s() },
            ScenarioMismatch { step: s(), scenario: s() },
            PayableAccount { step: s() },
            UnknownFlag { step: s(), flag: s() },
            LiveLink { id: s(), link: s() },
            TextIdClash { id: s() },
            FinalCheckShape,
            FinalCheckTooLarge { max_pool: 200, max_draw: 50 },
            TooManyOptions { step: s(), max: 8 },
            UnknownSkill { skill: s() },
            RecordingUnknown,
            RecordingBroken { detail: s() },
            Guessable {
                worst: super::guessing::StrategyRate {
                    tactics: vec![super::guessing::Tactic::MessageScamWith("stranger")],
                    locale: crate::i18n::Locale::Vi,
                    pass_rate: 0.31,
                },
            },
        ]
    }
}

/// A problem as the facilitator sees it in the app.
#[derive(Debug, Clone, Serialize, TS)]

pub struct ProblemView {
    pub file: String,
    pub line: Option<u32>,
    pub message: String,
}
