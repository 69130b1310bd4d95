//! "Nghe": a line of the step on screen as sound, from the lesson's recording when it has one,
//! else from the offline voice. Nothing leaves the computer.
//!
//! Making sound takes the voice program a few tens of milliseconds: the shell takes a
//! [`SpeechJob`] from the core (quick) and runs it without holding the core, so that an answer
//! never waits for the voice.

use base64::Engine;

use super::HocSo;
use crate::error::{Error, Result, UiError};
use crate::i18n::{Locale, Texts};
use crate::speech::{recorded, to_words, voice::wav_millis, Rate, Voice};
use crate::views::{SpeechLine, SpokenLine};

/// At most this many characters are said at once (a step's line is far shorter).
const MAX_SAID_CHARS: usize = 2_000;

fn data_url(mime: &str, bytes: &[u8]) -> String {
    format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// Sound to make, taken from the core and made without it.
pub enum SpeechJob {
    /// A lesson's recording, already read.
    Ready(SpokenLine),
    /// Words for the voice.
    Say { voice: Voice, locale: Locale, words: String, rate: Rate, errors: VoiceErrors },
}

/// The voice's two errors, already in the reader's language (the job runs without the core).
pub struct VoiceErrors {
    missing: UiError,
    /// With [`DETAIL`] where the detail goes.
    failed: UiError,
}

const DETAIL: &str = "\u{1}";

impl VoiceErrors {
    fn new(texts: &Texts) -> VoiceErrors {
        VoiceErrors {
            missing: Error::VoiceMissing.to_ui(texts),
            failed: Error::VoiceFailed(DETAIL.into()).to_ui(texts),
        }
    }

    fn of(&self, e: crate::speech::VoiceError) -> UiError {
        match e {
            crate::speech::VoiceError::Missing => self.missing.clone(),
            crate::speech::VoiceError::Failed(detail) => {
                UiError { kind: self.failed.kind.clone(), message: self.failed.message.replace(DETAIL, &detail) }
            }
        }
    }
}

impl SpeechJob {
    /// The sound; an error already in the reader's language.
    pub fn run(self) -> std::result::Result<SpokenLine, UiError> {
        match self {
            SpeechJob::Ready(line) => Ok(line),
            SpeechJob::Say { voice, locale, words, rate, errors } => {
                let wav = voice.synthesize(&words, locale, rate).map_err(|e| errors.of(e))?;
                let millis = wav_millis(&wav).unwrap_or(0) as u32;
                Ok(SpokenLine { audio: data_url("audio/wav", &wav), millis })
            }
        }
    }
}

impl HocSo {
    /// What to play for one line of a lesson's step (`lesson`), in the chosen language.
    pub fn speech_job(&self, lesson: &str, line: &SpeechLine, rate: Rate) -> Result<SpeechJob> {
        let locale = self.texts.locale();
        if let Some(id) = &line.recording {
            let lesson = self.library.lesson(lesson).ok_or_else(|| Error::LessonNotFound(lesson.to_owned()))?;
            if let Some(path) = recorded::find(&lesson.dir, locale, id) {
                let bytes = std::fs::read(&path).map_err(Error::io(&path))?;
                let millis = recorded::decode_millis(bytes.clone()).map_err(Error::VoiceFailed)?;
                return Ok(SpeechJob::Ready(SpokenLine {
                    audio: data_url("audio/ogg", &bytes),
                    millis: millis as u32,
                }));
            }
        }
        Ok(self.say_job(&line.text, rate))
    }

    /// Any text on screen (a feedback line) for the offline voice.
    pub fn say_job(&self, text: &str, rate: Rate) -> SpeechJob {
        let locale = self.texts.locale();
        let text: String = text.chars().take(MAX_SAID_CHARS).collect();
        SpeechJob::Say {
            voice: self.voice.clone(),
            locale,
            words: to_words(&text, locale),
            rate,
            errors: VoiceErrors::new(&self.texts),
        }
    }

    /// [`HocSo::speech_job`], run at once (for tests and the benchmark).
    pub fn speak(&self, lesson: &str, line: &SpeechLine, rate: Rate) -> Result<SpokenLine> {
        self.speech_job(lesson, line, rate)?.run().map_err(|e| Error::VoiceFailed(e.message))
    }

    /// [`HocSo::say_job`], run at once.
    pub fn say(&self, text: &str, rate: Rate) -> Result<SpokenLine> {
        self.say_job(text, rate).run().map_err(|e| Error::VoiceFailed(e.message))
    }
}
