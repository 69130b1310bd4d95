//! Any text as a scanned VietQR payload: a decoded payment or an error a person can read,
//! never a panic.
#![no_main]

use std::sync::OnceLock;

use hocso_core::i18n::{AppTexts, Locale, Texts};
use hocso_core::vietqr;
use libfuzzer_sys::fuzz_target;

static TEXTS: OnceLock<Texts> = OnceLock::new();

fuzz_target!(|bytes: &[u8]| {
    let Ok(payload) = std::str::from_utf8(bytes) else { return };
    match vietqr::decode(payload) {
        Ok(payment) => assert_eq!(payment.currency, "704", "a VietQR payment is in đồng"),
        Err(error) => {
            let texts = TEXTS.get_or_init(|| AppTexts::load(Locale::Vi));
            assert!(!error.message(texts).trim().is_empty(), "an error with no words: {error:?}");
        }
    }
});
