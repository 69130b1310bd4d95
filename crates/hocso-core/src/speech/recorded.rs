//! Recorded voices: a lesson may ship `audio/<locale>/<text-id>.ogg` (Ogg Vorbis), and a
//! recording is played instead of the synthetic voice. A hamlet's team can record the lessons
//! in a familiar voice, or in a minority language once the lesson is translated into it
//! (docs/translating.md, "Recording a lesson").
//!
//! Ogg Vorbis: open, small (a phone recording of a sentence is a few kilobytes), played by
//! WebKitGTK (GStreamer's base plugins) and WebView2 alike, and decoded here by `symphonia`
//! (pure Rust) so the checker can prove every file plays.

use std::path::{Path, PathBuf};

use crate::i18n::Locale;

pub const EXTENSION: &str = "ogg";

/// Where the recording of a text would be.
pub fn path_of(lesson_dir: &Path, locale: Locale, text_id: &str) -> PathBuf {
    lesson_dir.join("audio").join(locale.code()).join(format!("{text_id}.{EXTENSION}"))
}

/// The recording of a text, when the lesson ships one.
pub fn find(lesson_dir: &Path, locale: Locale, text_id: &str) -> Option<PathBuf> {
    // A text id, never a path: "../.." would read outside the lesson.
    let plain =
        !text_id.is_empty() && text_id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !plain {
        return None;
    }
    let path = path_of(lesson_dir, locale, text_id);
    path.is_file().then_some(path)
}

/// Decodes a whole Ogg Vorbis file; its length in milliseconds, or why it cannot be played.
pub fn decode_millis(bytes: Vec<u8>) -> Result<u64, String> {
    use symphonia::core::codecs::DecoderOptions;
    use symphonia::core::formats::FormatOptions;
    use symphonia::core::io::MediaSourceStream;
    use symphonia::core::meta::MetadataOptions;
    use symphonia::core::probe::Hint;

    let source = MediaSourceStream::new(Box::new(std::io::Cursor::new(bytes)), Default::default());
    let mut hint = Hint::new();
    hint.with_extension(EXTENSION);
    let probed = symphonia::default::get_probe()
        .format(&hint, source, &FormatOptions::default(), &MetadataOptions::default())
        .map_err(|e| e.to_string())?;
    let mut format = probed.format;
    let track = format.default_track().ok_or("no sound track")?;
    let track_id = track.id;
    let rate = track.codec_params.sample_rate.ok_or("no sample rate")?;
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|e| e.to_string())?;
    let mut frames: u64 = 0;
    loop {
        let packet = match format.next_packet() {
            Ok(p) => p,
            Err(symphonia::core::errors::Error::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(e.to_string()),
        };
        if packet.track_id() != track_id {
            continue;
        }
        let decoded = decoder.decode(&packet).map_err(|e| e.to_string())?;
        frames += decoded.frames() as u64;
    }
    if frames == 0 {
        return Err("no sound in the file".into());
    }
    Ok(frames * 1000 / u64::from(rate))
}
