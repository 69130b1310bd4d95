//! "Nghe": a line of the step on screen as sound, from the lesson's recording when it has one,
//! else from the offline voice. Nothing leaves the computer.

use base64::Engine;

use super::HocSo;
use crate::error::{Error, Result};
use crate::speech::{recorded, to_words, voice::wav_millis, Rate};
use crate::views::{SpeechLine, SpokenLine};

impl HocSo {
    /// The sound of one line of a lesson's step (`lesson`), in the chosen language.
    pub fn speak(&self, lesson: &str, line: &SpeechLine, rate: Rate) -> Result<SpokenLine> {
        let locale = self.texts.locale();
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
        if let Some(id) = &line.recording {
            let lesson = self.library.lesson(lesson).ok_or_else(|| Error::LessonNotFound(lesson.to_owned()))?;
            if let Some(path) = recorded::find(&lesson.dir, locale, id) {
                let bytes = std::fs::read(&path).map_err(Error::io(&path))?;
                let millis = recorded::decode_millis(bytes.clone()).map_err(Error::VoiceFailed)?;
                return Ok(SpokenLine {
                    audio: format!("data:audio/ogg;base64,{}", b64(&bytes)),
                    millis: millis as u32,
                });
            }
        }
        self.say(&line.text, rate)
    }

    /// Any text on screen (a feedback line, an error) in the offline voice.
    pub fn say(&self, text: &str, rate: Rate) -> Result<SpokenLine> {
        let locale = self.texts.locale();
        let wav = self.voice.synthesize(&to_words(text, locale), locale, rate)?;
        let millis = wav_millis(&wav).unwrap_or(0) as u32;
        Ok(SpokenLine {
            audio: format!("data:audio/wav;base64,{}", base64::engine::general_purpose::STANDARD.encode(&wav)),
            millis,
        })
    }
}
