//! Text clean-up for the transfer purpose (ID 62, sub-ID 08).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::{VietQrError, MAX_PURPOSE_LEN};

/// Removes Vietnamese diacritics: `đ`→`d`, `Đ`→`D`, and every combining mark after canonical
/// decomposition (so `ở`→`o`, `Ư`→`U`, and accented Latin letters of other languages too).
/// Characters without an ASCII base (e.g. `€`, CJK) are kept as they are.
///
/// `strip_accents("Thanh toán phở") == "Thanh toan pho"`.
pub fn strip_accents(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            other => other,
        })
        // Recompose what is left (e.g. Hangul) so no stray decomposed sequences remain.
        .nfc()
        .collect()
}

/// The purpose as it will be written: accents stripped, printable ASCII only, surrounding
/// spaces trimmed, at most [`MAX_PURPOSE_LEN`] characters. `Ok(None)` when nothing is left.
pub(super) fn clean_purpose(raw: &str) -> Result<Option<String>, VietQrError> {
    let stripped = strip_accents(raw);
    if let Some(c) = stripped.chars().find(|c| !(' '..='~').contains(c)) {
        return Err(VietQrError::InvalidPurpose(format!(
            "only letters, digits, spaces and ASCII punctuation are allowed, not {c:?}"
        )));
    }
    let trimmed = stripped.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    // Printable ASCII: bytes and characters agree.
    let len = trimmed.len();
    if len > MAX_PURPOSE_LEN {
        return Err(VietQrError::InvalidPurpose(format!(
            "it is {len} characters long without accents; at most {MAX_PURPOSE_LEN} are allowed"
        )));
    }
    Ok(Some(trimmed.to_string()))
}
