//! The voice: espeak-ng, run as a program of its own.
//!
//! espeak-ng is GPL-3.0. The app never links it: it starts the `espeak-ng` program, writes the
//! words to its standard input and reads the WAV it writes to standard output, the way a shell
//! script would. The app's own licence is unaffected (docs/architecture.md, "Reading aloud").
//! No network: espeak-ng synthesises from its own data files.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::i18n::Locale;

/// How fast the voice speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Rate {
    /// "Chậm": for a first listen.
    Slow,
    /// "Vừa".
    Normal,
}

impl Rate {
    /// Words per minute for espeak-ng (its default is 175, fast for an elder).
    fn words_per_minute(self) -> u32 {
        match self {
            Rate::Slow => 115,
            Rate::Normal => 150,
        }
    }
}

/// How long the voice may take for one line before it is stopped.
const TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    #[error("espeak-ng was not found")]
    Missing,
    #[error("espeak-ng failed: {0}")]
    Failed(String),
}

/// Where the espeak-ng program is.
#[derive(Debug, Clone)]
pub struct Voice {
    program: Option<PathBuf>,
}

impl Voice {
    /// `HOCSO_ESPEAK` if set; else `espeak-ng` next to the app (the Windows installer puts it
    /// there, docs/building.md); else `espeak-ng` on the PATH.
    pub fn find() -> Voice {
        if let Some(p) = std::env::var_os("HOCSO_ESPEAK") {
            return Voice { program: Some(PathBuf::from(p)) };
        }
        let exe = if cfg!(windows) { "espeak-ng.exe" } else { "espeak-ng" };
        let beside = std::env::current_exe().ok().and_then(|e| e.parent().map(|d| d.join("espeak-ng").join(exe)));
        if let Some(p) = beside.filter(|p| p.is_file()) {
            return Voice { program: Some(p) };
        }
        let on_path = std::env::var_os("PATH")
            .map(|paths| std::env::split_paths(&paths).map(|d| d.join(exe)).find(|p| p.is_file()))
            .unwrap_or_default();
        Voice { program: on_path }
    }

    pub fn available(&self) -> bool {
        self.program.is_some()
    }

    /// The words as a WAV file (16-bit mono PCM), spoken in `locale`'s voice.
    pub fn synthesize(&self, words: &str, locale: Locale, rate: Rate) -> Result<Vec<u8>, VoiceError> {
        let program = self.program.as_ref().ok_or(VoiceError::Missing)?;
        let voice = match locale {
            Locale::Vi => "vi",
            Locale::En => "en",
        };
        let mut child = Command::new(program)
            .args(["-v", voice, "-s", &rate.words_per_minute().to_string(), "--stdout"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    VoiceError::Missing
                } else {
                    VoiceError::Failed(e.to_string())
                }
            })?;
        // Standard input is written and the outputs read on threads of their own, so that a
        // long text never blocks on a full pipe; one line, read by espeak-ng to its end.
        let line = words.replace(['\n', '\r'], " ");
        let mut stdin = child.stdin.take().expect("a piped stdin");
        let writer = std::thread::spawn(move || stdin.write_all(line.as_bytes()));
        let mut stdout = child.stdout.take().expect("a piped stdout");
        let reader = std::thread::spawn(move || {
            let mut buf = vec![];
            stdout.read_to_end(&mut buf).map(|_| buf)
        });
        let mut stderr = child.stderr.take().expect("a piped stderr");
        let errors = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        // A voice that does not answer is stopped: reading aloud must never hang the app.
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(2)),
                Ok(None) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(VoiceError::Failed(format!("espeak-ng gave no sound in {} s", TIMEOUT.as_secs())));
                }
                Err(e) => return Err(VoiceError::Failed(e.to_string())),
            }
        };
        let _ = writer.join();
        let stdout = reader.join().map_err(|_| VoiceError::Failed("reading the sound failed".into()))?;
        let stderr = errors.join().unwrap_or_default();
        if !status.success() {
            return Err(VoiceError::Failed(stderr.trim().to_owned()));
        }
        let out = std::process::Output {
            status,
            stdout: stdout.map_err(|e| VoiceError::Failed(e.to_string()))?,
            stderr: vec![],
        };
        let mut wav = out.stdout;
        fix_wav_sizes(&mut wav).ok_or_else(|| VoiceError::Failed("no WAV on standard output".into()))?;
        Ok(wav)
    }
}

/// espeak-ng writing to a pipe cannot go back to fill in the sizes of its WAV header: it writes
/// placeholders. Put the real sizes in, so that every player knows where the sound ends.
fn fix_wav_sizes(wav: &mut [u8]) -> Option<()> {
    if wav.len() < 44 || &wav[0..4] != b"RIFF" || &wav[8..12] != b"WAVE" || &wav[36..40] != b"data" {
        return None;
    }
    let riff = u32::try_from(wav.len() - 8).ok()?;
    let data = u32::try_from(wav.len() - 44).ok()?;
    wav[4..8].copy_from_slice(&riff.to_le_bytes());
    wav[40..44].copy_from_slice(&data.to_le_bytes());
    Some(())
}

/// How long a 16-bit PCM WAV plays, in milliseconds (from its header).
pub fn wav_millis(wav: &[u8]) -> Option<u64> {
    if wav.len() < 44 || &wav[0..4] != b"RIFF" {
        return None;
    }
    let channels = u64::from(u16::from_le_bytes([wav[22], wav[23]]));
    let rate = u64::from(u32::from_le_bytes([wav[24], wav[25], wav[26], wav[27]]));
    let bits = u64::from(u16::from_le_bytes([wav[34], wav[35]]));
    let bytes_per_second = rate * channels * bits / 8;
    (bytes_per_second > 0).then(|| (wav.len() as u64 - 44) * 1000 / bytes_per_second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_streamed_header_gets_its_real_sizes() {
        let mut wav = vec![0u8; 44 + 44_100];
        wav[0..4].copy_from_slice(b"RIFF");
        wav[4..8].copy_from_slice(&0x7fff_f024u32.to_le_bytes());
        wav[8..12].copy_from_slice(b"WAVE");
        wav[22..24].copy_from_slice(&1u16.to_le_bytes());
        wav[24..28].copy_from_slice(&22_050u32.to_le_bytes());
        wav[34..36].copy_from_slice(&16u16.to_le_bytes());
        wav[36..40].copy_from_slice(b"data");
        fix_wav_sizes(&mut wav).unwrap();
        assert_eq!(u32::from_le_bytes(wav[40..44].try_into().unwrap()), 44_100);
        assert_eq!(u32::from_le_bytes(wav[4..8].try_into().unwrap()), 44_100 + 36);
        assert_eq!(wav_millis(&wav), Some(1000));
        assert!(fix_wav_sizes(&mut [0u8; 10]).is_none());
    }
}
