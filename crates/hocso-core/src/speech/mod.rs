//! Reading aloud, offline: what is said (`normalise`), and by what (`voice`: a recorded voice
//! when the lesson ships one, else the espeak-ng program).

pub mod normalise;
pub mod recorded;
pub mod voice;

pub use normalise::{sentences, to_words, Lexicon};
pub use voice::{Rate, Voice, VoiceError};
