//! What can go wrong when reading or writing a VietQR payload.

/// Why a VietQR payload could not be read, written or drawn.
///
/// Offsets (`at`) are byte offsets into the string given to [`super::decode`], leading
/// whitespace included. The messages are English and meant for logs and facilitators; the UI
/// should pick its sentence from [`VietQrError::kind`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VietQrError {
    /// The checksum (ID 63) does not match the content: the code was damaged or altered.
    #[error("the checksum does not match: the code says {found}, its content gives {expected}")]
    BadCrc { expected: String, found: String },

    /// The data objects cannot be split into ID–length–value triples, or are out of place.
    #[error("malformed VietQR data at byte {at}: {reason}")]
    Malformed { at: usize, reason: String },

    /// A mandatory data object is absent.
    #[error("the VietQR code has no {0}")]
    MissingField(&'static str),

    /// A data object holds a value this profile does not accept (wrong GUID, currency, …).
    #[error("unsupported {field}: {value:?}")]
    UnsupportedValue { field: &'static str, value: String },

    /// The bank BIN is not in [`super::BANKS`] (only an error when encoding).
    #[error("unknown bank BIN {0:?}: it is not in the list of NAPAS banks")]
    UnknownBank(String),

    /// The account or card number is empty, too long or uses characters it may not.
    #[error("invalid account or card number: {0}")]
    InvalidAccount(String),

    /// The amount is zero, too large, or not a whole number of đồng.
    #[error("invalid amount: {0}")]
    InvalidAmount(String),

    /// The transfer purpose (ID 62, sub-ID 08) is too long or uses characters it may not.
    #[error("invalid transfer purpose: {0}")]
    InvalidPurpose(String),

    /// The payload could not be drawn as a QR code (in practice: it is too long).
    #[error("cannot draw the QR code: {0}")]
    Render(String),
}

impl VietQrError {
    /// A stable kebab-case name for the variant, for tests, logs and choosing a UI sentence.
    pub fn kind(&self) -> &'static str {
        match self {
            VietQrError::BadCrc { .. } => "bad-crc",
            VietQrError::Malformed { .. } => "malformed",
            VietQrError::MissingField(_) => "missing-field",
            VietQrError::UnsupportedValue { .. } => "unsupported-value",
            VietQrError::UnknownBank(_) => "unknown-bank",
            VietQrError::InvalidAccount(_) => "invalid-account",
            VietQrError::InvalidAmount(_) => "invalid-amount",
            VietQrError::InvalidPurpose(_) => "invalid-purpose",
            VietQrError::Render(_) => "render",
        }
    }
}

impl VietQrError {
    /// The sentence a person reads, in their language: what is wrong and what to do.
    /// The English detail above stays available for logs.
    pub fn message(&self, texts: &crate::i18n::Texts) -> String {
        texts.format(&format!("qr-error-{}", self.kind()), &[("detail", self.to_string().into())])
    }
}
