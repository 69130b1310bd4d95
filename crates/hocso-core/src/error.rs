//! One error type for the whole core. Every variant becomes a sentence in the learner's or
//! facilitator's language, saying what happened and what to do next ([`Error::message`]).

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{ArgValue, Texts};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What is wrong with something a person typed into a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputProblem {
    NameRequired,
    NameTooLong,
    BirthYearOutOfRange,
    HamletRequired,
    CommuneRequired,
    PinFormat,
    PinMismatch,
    ConsentRequired,
    /// Someone with the same name (accents and case aside) and birth year is already on this
    /// computer: the commune would count the two as one person.
    DuplicateLearner,
    /// The commune's threshold must be a whole percent from 1 to 99.
    ThresholdOutOfRange,
    /// People in scope must be a whole number (or left empty).
    ScopeNotANumber,
    /// Under 16: a parent's or guardian's consent, confirmed by the facilitator, is needed.
    GuardianConsentRequired,
    /// A picture the app does not ship.
    PictureUnknown,
}

impl InputProblem {
    pub const ALL: [InputProblem; 13] = [
        InputProblem::NameRequired,
        InputProblem::NameTooLong,
        InputProblem::BirthYearOutOfRange,
        InputProblem::HamletRequired,
        InputProblem::CommuneRequired,
        InputProblem::PinFormat,
        InputProblem::PinMismatch,
        InputProblem::ConsentRequired,
        InputProblem::DuplicateLearner,
        InputProblem::ThresholdOutOfRange,
        InputProblem::ScopeNotANumber,
        InputProblem::GuardianConsentRequired,
        InputProblem::PictureUnknown,
    ];

    /// The Fluent id of the sentence that explains the problem.
    pub fn fluent_id(self) -> &'static str {
        match self {
            InputProblem::NameRequired => "error-input-name-required",
            InputProblem::NameTooLong => "error-input-name-too-long",
            InputProblem::BirthYearOutOfRange => "error-input-birth-year",
            InputProblem::HamletRequired => "error-input-hamlet-required",
            InputProblem::CommuneRequired => "error-input-commune-required",
            InputProblem::PinFormat => "error-input-pin-format",
            InputProblem::PinMismatch => "error-input-pin-mismatch",
            InputProblem::ConsentRequired => "error-input-consent-required",
            InputProblem::DuplicateLearner => "error-input-duplicate-learner",
            InputProblem::ThresholdOutOfRange => "error-input-threshold",
            InputProblem::ScopeNotANumber => "error-input-scope",
            InputProblem::GuardianConsentRequired => "error-input-guardian-consent",
            InputProblem::PictureUnknown => "error-input-picture",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read or write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("database {path} is damaged or is not a Học Số database")]
    DatabaseDamaged { path: PathBuf },
    #[error("database {path} was written by a newer version of Học Số")]
    DatabaseTooNew { path: PathBuf },
    #[error("database migration failed: {0}")]
    Migration(String),
    #[error("the lesson catalogue in {path} cannot be used")]
    CatalogUnusable { path: PathBuf },
    #[error("lesson {0} is not available")]
    LessonNotFound(String),
    #[error("learner {0} not found")]
    LearnerNotFound(i64),
    #[error("attempt {0} not found")]
    AttemptNotFound(i64),
    #[error("the step {given} was already answered; the current step is {current}")]
    StaleStep { given: String, current: String },
    #[error("the answer does not fit step {step}")]
    AnswerDoesNotFit { step: String },
    #[error("invalid input: {0:?}")]
    InvalidInput(InputProblem),
    #[error("this computer is already set up")]
    AlreadySetUp,
    #[error("this computer is not set up yet")]
    NotSetUp,
    #[error("internal error: {0}")]
    Internal(String),
    #[error("only a hamlet computer exports its results")]
    NotAHamlet,
    #[error("wrong PIN; next try in {wait_seconds} s")]
    PinWrong { wait_seconds: u64 },
    #[error("wait {seconds} s before the next PIN")]
    PinWait { seconds: u64 },
    #[error("facilitator mode is locked")]
    FacilitatorLocked,
    #[error("practice session {0} not found")]
    SessionNotFound(i64),
    #[error("this learner has not passed every core lesson yet")]
    NotSkilledYet,
    #[error("there is no backup yet")]
    NoBackup,
    #[error("only the commune office keeps the register of hamlets")]
    NotACommune,
    #[error("the commune has no hamlet called {0}")]
    HamletNotRegistered(String),
    #[error("the commune already has a hamlet called {0}")]
    HamletAlreadyRegistered(String),
    #[error("this hamlet computer has no hamlet code yet")]
    NoHamletCode,
    #[error("the hamlet code is mistyped: {0:?}")]
    HamletCode(crate::reports::CodeProblem),
    #[error("{path} is not a Học Số setup file")]
    NotASetupFile { path: PathBuf },
    #[error("a USB backup of a hamlet computer needs its hamlet code")]
    UsbBackupNeedsCode,
    #[error("this backup is sealed with a hamlet code this computer does not have yet")]
    SealedBackupNeedsCode,
    #[error("this backup is sealed with another hamlet code")]
    SealedBackupOtherCode,
    #[error("the code typed to reset the PIN is not this computer's")]
    WrongRecoveryCode,
    #[error("this imported file is no longer kept")]
    FileNotKept,
    #[error("{path} holds tables or triggers that Học Số did not make")]
    ForeignBackup { path: PathBuf },
    #[error("this learner has not agreed to the consent text in force")]
    ConsentOutdated { child: bool },
    #[error("no offline voice (espeak-ng) on this computer")]
    VoiceMissing,
    #[error("the voice failed: {0}")]
    VoiceFailed(String),
    #[error("this join code was used already, has expired or is not one of this hub's")]
    PhoneCodeInvalid,
    #[error("this phone was handed back or signed out, or the hub closed")]
    PhoneSignedOut,
    #[error("learning on phones is not open")]
    PhoneHubClosed,
    #[error("too many wrong codes from this phone; wait {seconds} s")]
    PhoneRateLimited { seconds: u64 },
    #[error("this phone learns for another learner")]
    NotThisLearner,
    #[error("only the computer does this, not a phone")]
    NotOnPhones,
    #[error("a request the hub does not understand: {0}")]
    RequestNotUnderstood(String),
    #[error("cannot listen on {address}: {detail}")]
    HubListen { address: String, detail: String },
}

impl From<crate::speech::VoiceError> for Error {
    fn from(e: crate::speech::VoiceError) -> Error {
        match e {
            crate::speech::VoiceError::Missing => Error::VoiceMissing,
            crate::speech::VoiceError::Failed(detail) => Error::VoiceFailed(detail),
        }
    }
}

impl Error {
    /// Adds the path to an I/O error where it happened.
    pub fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Error {
        let path = path.into();
        move |source| Error::Io { path, source }
    }

    /// A stable, machine-readable kind for the UI.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Database(_) => "database",
            Error::DatabaseDamaged { .. } => "database-damaged",
            Error::DatabaseTooNew { .. } => "database-too-new",
            Error::Migration(_) => "migration",
            Error::CatalogUnusable { .. } => "catalog-unusable",
            Error::LessonNotFound(_) => "lesson-not-found",
            Error::LearnerNotFound(_) => "learner-not-found",
            Error::AttemptNotFound(_) => "attempt-not-found",
            Error::StaleStep { .. } => "stale-step",
            Error::AnswerDoesNotFit { .. } => "answer-does-not-fit",
            Error::InvalidInput(_) => "invalid-input",
            Error::AlreadySetUp => "already-set-up",
            Error::NotSetUp => "not-set-up",
            Error::Internal(_) => "internal",
            Error::NotAHamlet => "not-a-hamlet",
            Error::PinWrong { .. } => "pin-wrong",
            Error::PinWait { .. } => "pin-wait",
            Error::FacilitatorLocked => "facilitator-locked",
            Error::PhoneCodeInvalid => "phone-code-invalid",
            Error::PhoneSignedOut => "phone-signed-out",
            Error::PhoneHubClosed => "phone-hub-closed",
            Error::PhoneRateLimited { .. } => "phone-rate-limited",
            Error::NotThisLearner => "not-this-learner",
            Error::HubListen { .. } => "hub-listen",
            Error::NotOnPhones => "not-on-phones",
            Error::RequestNotUnderstood(_) => "request-not-understood",
            Error::SessionNotFound(_) => "session-not-found",
            Error::NotSkilledYet => "not-skilled-yet",
            Error::NoBackup => "no-backup",
            Error::NotACommune => "not-a-commune",
            Error::HamletNotRegistered(_) => "hamlet-not-registered",
            Error::HamletAlreadyRegistered(_) => "hamlet-already-registered",
            Error::NoHamletCode => "no-hamlet-code",
            Error::HamletCode(_) => "hamlet-code",
            Error::NotASetupFile { .. } => "not-a-setup-file",
            Error::UsbBackupNeedsCode => "usb-backup-needs-code",
            Error::SealedBackupNeedsCode => "sealed-backup-needs-code",
            Error::SealedBackupOtherCode => "sealed-backup-other-code",
            Error::WrongRecoveryCode => "wrong-recovery-code",
            Error::FileNotKept => "file-not-kept",
            Error::ForeignBackup { .. } => "foreign-backup",
            Error::ConsentOutdated { child: false } => "consent-outdated",
            Error::ConsentOutdated { child: true } => "consent-outdated-child",
            Error::VoiceMissing => "voice-missing",
            Error::VoiceFailed(_) => "voice-failed",
        }
    }

    /// The sentence a person reads: what happened and what to do next.
    pub fn message(&self, texts: &Texts) -> String {
        let path = |p: &PathBuf| ArgValue::Text(p.display().to_string());
        match self {
            Error::Io { path: p, source } => match source.kind() {
                std::io::ErrorKind::StorageFull => texts.format("error-io-full", &[("path", path(p))]),
                std::io::ErrorKind::ReadOnlyFilesystem => texts.format("error-io-read-only", &[("path", path(p))]),
                _ => texts.format("error-io", &[("path", path(p)), ("detail", ArgValue::Text(source.to_string()))]),
            },
            Error::Database(e) => texts.format("error-database", &[("detail", ArgValue::Text(e.to_string()))]),
            Error::DatabaseDamaged { path: p } => texts.format("error-database-damaged", &[("path", path(p))]),
            Error::DatabaseTooNew { path: p } => texts.format("error-database-too-new", &[("path", path(p))]),
            Error::Migration(detail) => texts.format("error-migration", &[("detail", ArgValue::Text(detail.clone()))]),
            Error::CatalogUnusable { path: p } => texts.format("error-catalog-unusable", &[("path", path(p))]),
            Error::VoiceMissing => texts.get("error-voice-missing"),
            Error::VoiceFailed(detail) => {
                texts.format("error-voice-failed", &[("detail", ArgValue::Text(detail.clone()))])
            }
            Error::LessonNotFound(id) => {
                texts.format("error-lesson-not-found", &[("lesson", ArgValue::Text(id.clone()))])
            }
            Error::LearnerNotFound(_) => texts.get("error-learner-not-found"),
            Error::AttemptNotFound(_) => texts.get("error-attempt-not-found"),
            Error::StaleStep { .. } => texts.get("error-stale-step"),
            Error::AnswerDoesNotFit { .. } => texts.get("error-answer-does-not-fit"),
            Error::InvalidInput(problem) => texts.get(problem.fluent_id()),
            Error::AlreadySetUp => texts.get("error-already-set-up"),
            Error::NotSetUp => texts.get("error-not-set-up"),
            Error::NotAHamlet => texts.get("error-not-a-hamlet"),
            Error::PinWrong { wait_seconds: 0 } => texts.get("error-pin-wrong"),
            Error::PinWrong { wait_seconds } => {
                texts.format("error-pin-wrong-wait", &[("seconds", ArgValue::Number(*wait_seconds as f64))])
            }
            Error::PinWait { seconds } => {
                texts.format("error-pin-wait", &[("seconds", ArgValue::Number(*seconds as f64))])
            }
            Error::FacilitatorLocked => texts.get("error-facilitator-locked"),
            Error::PhoneCodeInvalid => texts.get("error-phone-code-invalid"),
            Error::PhoneSignedOut => texts.get("error-phone-signed-out"),
            Error::PhoneHubClosed => texts.get("error-phone-hub-closed"),
            Error::PhoneRateLimited { seconds } => {
                texts.format("error-phone-rate-limited", &[("seconds", ArgValue::Number(*seconds as f64))])
            }
            Error::NotThisLearner => texts.get("error-not-this-learner"),
            Error::NotOnPhones => texts.get("error-not-on-phones"),
            Error::RequestNotUnderstood(_) => texts.get("error-request-not-understood"),
            Error::HubListen { address, .. } => {
                texts.format("error-hub-listen", &[("address", ArgValue::Text(address.clone()))])
            }
            Error::SessionNotFound(_) => texts.get("error-session-not-found"),
            Error::NotSkilledYet => texts.get("error-not-skilled-yet"),
            Error::NoBackup => texts.get("error-no-backup"),
            Error::NotACommune => texts.get("error-not-a-commune"),
            Error::HamletNotRegistered(name) => {
                texts.format("error-hamlet-not-registered", &[("hamlet", ArgValue::Text(name.clone()))])
            }
            Error::HamletAlreadyRegistered(name) => {
                texts.format("error-hamlet-already-registered", &[("hamlet", ArgValue::Text(name.clone()))])
            }
            Error::NoHamletCode => texts.get("error-no-hamlet-code"),
            Error::HamletCode(problem) => {
                use crate::reports::CodeProblem;
                match problem {
                    CodeProblem::WrongLength { typed } => {
                        texts.format("error-code-length", &[("typed", ArgValue::Number(*typed as f64))])
                    }
                    CodeProblem::BadCharacter { group } => {
                        texts.format("error-code-character", &[("group", ArgValue::Number(*group as f64))])
                    }
                    CodeProblem::GroupMistyped { group } => {
                        texts.format("error-code-group", &[("group", ArgValue::Number(*group as f64))])
                    }
                }
            }
            Error::NotASetupFile { path: p } => texts.format("error-not-a-setup-file", &[("path", path(p))]),
            Error::UsbBackupNeedsCode => texts.get("error-usb-backup-needs-code"),
            Error::SealedBackupNeedsCode => texts.get("error-sealed-backup-needs-code"),
            Error::SealedBackupOtherCode => texts.get("error-sealed-backup-other-code"),
            Error::WrongRecoveryCode => texts.get("error-wrong-recovery-code"),
            Error::FileNotKept => texts.get("error-file-not-kept"),
            Error::ForeignBackup { path: p } => texts.format("error-foreign-backup", &[("path", path(p))]),
            Error::ConsentOutdated { .. } => texts.get("error-consent-outdated"),
            Error::Internal(detail) => texts.format("error-internal", &[("detail", ArgValue::Text(detail.clone()))]),
        }
    }

    /// The error as the UI receives it: already translated.
    pub fn to_ui(&self, texts: &Texts) -> UiError {
        UiError { kind: self.kind().to_owned(), message: self.message(texts) }
    }
}

/// The only error shape that crosses to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]

pub struct UiError {
    pub kind: String,
    pub message: String,
}
