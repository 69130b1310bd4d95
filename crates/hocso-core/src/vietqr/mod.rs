//! # VietQR
//!
//! Reading and writing NAPAS VietQR payloads: the NAPAS profile of the EMVCo
//! Merchant-Presented Mode QR code that every Vietnamese banking app scans for 24/7
//! inter-bank transfers (source of truth: `domain.md` §3).
//!
//! A payload is a string of data objects, each a two-digit ID, a two-digit length and the
//! value. The objects this module uses:
//!
//! | ID | Meaning | Value |
//! |---|---|---|
//! | 00 | payload format indicator | `01`, always first |
//! | 01 | point of initiation | `11` static (reusable), `12` dynamic (one payment) |
//! | 38 | NAPAS template | 00 GUID `A000000727`; 01 beneficiary (00 BIN, 01 account or card); 02 service code |
//! | 53 | currency | `704` (VND) |
//! | 54 | amount | whole đồng, up to 13 digits |
//! | 58 | country | `VN` |
//! | 62 | additional data | sub-ID 08 = transfer purpose, ≤ 25 ASCII characters |
//! | 63 | CRC | CRC-16/CCITT-FALSE over everything before it including `6304`; always last |
//!
//! [`encode`] writes strictly (fixed order, ASCII only, known banks only, `12` whenever an
//! amount is set). [`decode`] reads leniently, as real wallets differ: lower-case CRC hex,
//! a static code with an amount, zero decimals in the amount, unknown optional objects and
//! surrounding whitespace are all accepted; anything that could make the code mean something
//! other than what it shows (bad checksum, duplicates, overrunning lengths, foreign currency)
//! is refused.
//!
//! ```ignore
//! use hocso_core::vietqr::{decode, encode, PaymentRequest};
//! let payload = encode(&PaymentRequest {
//!     bin: "970403".into(),
//!     account: "0011012345678".into(),
//!     card: false,
//!     amount: None,
//!     purpose: None,
//! })?;
//! assert!(payload.ends_with("63049E6F"));
//! assert_eq!(decode(&payload)?.bank.as_deref(), Some("Sacombank"));
//! ```

mod banks;
mod crc;
mod decode;
mod error;
mod text;
mod tlv;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use banks::{bank_by_bin, Bank, BANKS};
pub use crc::crc16_ccitt_false;
pub use decode::decode;
pub use error::VietQrError;
pub use text::strip_accents;

/// The NAPAS GUID in ID 38.00.
pub const NAPAS_GUID: &str = "A000000727";
/// ISO 4217 numeric code of the Vietnamese đồng (ID 53).
pub const CURRENCY_VND: &str = "704";
/// ISO 3166 code of Vietnam (ID 58).
pub const COUNTRY_VN: &str = "VN";
/// The largest amount that fits the 13 characters of ID 54.
pub const MAX_AMOUNT: u64 = 9_999_999_999_999;
/// The longest transfer purpose (ID 62.08).
pub const MAX_PURPOSE_LEN: usize = 25;
/// The longest account or card number (ID 38.01.01).
pub const MAX_ACCOUNT_LEN: usize = 19;

/// The NAPAS service code in ID 38.02.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Service {
    /// `QRIBFTTA`: 24/7 inter-bank transfer to an account number.
    #[serde(rename = "QRIBFTTA")]
    Account,
    /// `QRIBFTTC`: 24/7 inter-bank transfer to a domestic (`9704…`) card number.
    #[serde(rename = "QRIBFTTC")]
    Card,
}

impl Service {
    /// The code as written in ID 38.02.
    pub fn code(self) -> &'static str {
        match self {
            Service::Account => "QRIBFTTA",
            Service::Card => "QRIBFTTC",
        }
    }

    /// The service for a code; `None` for other codes (`QRPUSH`, `QRCASH`, …).
    pub fn from_code(code: &str) -> Option<Service> {
        match code {
            "QRIBFTTA" => Some(Service::Account),
            "QRIBFTTC" => Some(Service::Card),
            _ => None,
        }
    }
}

/// The point of initiation (ID 01).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Initiation {
    /// `11`: a reusable code, normally without an amount (e.g. printed at a stall).
    Static,
    /// `12`: a code for one payment, normally with an amount.
    Dynamic,
}

impl Initiation {
    /// The code as written in ID 01.
    pub fn code(self) -> &'static str {
        match self {
            Initiation::Static => "11",
            Initiation::Dynamic => "12",
        }
    }
}

/// What a VietQR code says, as [`decode`] read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payment {
    /// Six-digit bank BIN (ID 38.01.00).
    pub bin: String,
    /// The bank's short name from [`BANKS`]; `None` for a BIN this app does not know.
    pub bank: Option<String>,
    /// Account or card number (ID 38.01.01), see `service`.
    pub account: String,
    pub service: Service,
    /// Amount in đồng (ID 54), if the code fixes one.
    pub amount: Option<u64>,
    /// Transfer purpose (ID 62.08), if any.
    pub purpose: Option<String>,
    pub initiation: Initiation,
    /// Always `704`.
    pub currency: String,
    /// Always `VN`.
    pub country: String,
    /// The checksum, as 4 upper-case hex digits.
    pub crc: String,
}

/// What to put in a VietQR code for [`encode`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentRequest {
    /// Six-digit BIN of a bank in [`BANKS`].
    pub bin: String,
    /// Account number (1–19 ASCII letters or digits), or a card number when `card` is set.
    pub account: String,
    /// `account` is a domestic card number (`9704…`, 16 or 19 digits): service `QRIBFTTC`.
    pub card: bool,
    /// Amount in đồng, 1 to [`MAX_AMOUNT`]; makes the code dynamic.
    pub amount: Option<u64>,
    /// Transfer purpose; Vietnamese accents are removed ([`strip_accents`]), and the result
    /// must be printable ASCII of at most [`MAX_PURPOSE_LEN`] characters.
    pub purpose: Option<String>,
}

/// Checks an account or card number. `strict` (when encoding) demands ASCII letters and
/// digits for accounts and a well-formed `9704…` number of 16 or 19 digits for cards; when
/// decoding, any visible ASCII is accepted for accounts and any digits for cards.
fn check_account(service: Service, account: &str, strict: bool) -> Result<(), VietQrError> {
    let invalid = |why: String| -> Result<(), VietQrError> { Err(VietQrError::InvalidAccount(why)) };
    let what = match service {
        Service::Account => "account number",
        Service::Card => "card number",
    };
    if account.is_empty() {
        return invalid(format!("the {what} is empty"));
    }
    if account.len() > MAX_ACCOUNT_LEN {
        return invalid(format!(
            "the {what} is {} characters long; at most {MAX_ACCOUNT_LEN} are allowed",
            account.chars().count()
        ));
    }
    match service {
        Service::Account => {
            let allowed = |c: char| {
                if strict {
                    c.is_ascii_alphanumeric()
                } else {
                    c.is_ascii_graphic()
                }
            };
            if let Some(c) = account.chars().find(|&c| !allowed(c)) {
                return invalid(format!("the {what} may only use letters and digits, not {c:?}"));
            }
        }
        Service::Card => {
            if let Some(c) = account.chars().find(|c| !c.is_ascii_digit()) {
                return invalid(format!("the {what} may only use digits, not {c:?}"));
            }
            if strict && !account.starts_with("9704") {
                return invalid(format!("a domestic {what} starts with 9704"));
            }
            if strict && account.len() != 16 && account.len() != 19 {
                return invalid(format!("the {what} has {} digits; a domestic card has 16 or 19", account.len()));
            }
        }
    }
    Ok(())
}

/// Writes the VietQR payload for `req`, checksum included.
///
/// Objects are written in this order: 00, 01, 38, 53, 54 (if an amount is set), 58,
/// 62 (if a purpose is left after clean-up), 63.
pub fn encode(req: &PaymentRequest) -> Result<String, VietQrError> {
    let bank = bank_by_bin(&req.bin).ok_or_else(|| VietQrError::UnknownBank(req.bin.clone()))?;
    let service = if req.card { Service::Card } else { Service::Account };
    check_account(service, &req.account, true)?;
    if let Some(amount) = req.amount {
        if amount == 0 {
            return Err(VietQrError::InvalidAmount("the amount must be at least 1 đồng".into()));
        }
        if amount > MAX_AMOUNT {
            return Err(VietQrError::InvalidAmount(format!(
                "{amount} đồng is more than the largest amount a VietQR code can hold ({MAX_AMOUNT})"
            )));
        }
    }
    let purpose = match &req.purpose {
        Some(raw) => text::clean_purpose(raw)?,
        None => None,
    };

    let mut beneficiary = String::new();
    tlv::push(&mut beneficiary, "00", bank.bin);
    tlv::push(&mut beneficiary, "01", &req.account);

    let mut napas = String::new();
    tlv::push(&mut napas, "00", NAPAS_GUID);
    tlv::push(&mut napas, "01", &beneficiary);
    tlv::push(&mut napas, "02", service.code());

    let initiation = if req.amount.is_some() { Initiation::Dynamic } else { Initiation::Static };

    let mut out = String::with_capacity(160);
    tlv::push(&mut out, "00", "01");
    tlv::push(&mut out, "01", initiation.code());
    tlv::push(&mut out, "38", &napas);
    tlv::push(&mut out, "53", CURRENCY_VND);
    if let Some(amount) = req.amount {
        tlv::push(&mut out, "54", &amount.to_string());
    }
    tlv::push(&mut out, "58", COUNTRY_VN);
    if let Some(purpose) = &purpose {
        let mut additional = String::new();
        tlv::push(&mut additional, "08", purpose);
        tlv::push(&mut out, "62", &additional);
    }
    out.push_str("6304");
    let crc = crc16_ccitt_false(out.as_bytes());
    out.push_str(&format!("{crc:04X}"));
    Ok(out)
}

/// Draws `payload` as an SVG QR code (error correction level M, quiet zone included, at
/// least 240×240 px). The payload is drawn as given, not checked: lessons may want to show
/// a damaged code on purpose.
pub fn render_svg(payload: &str) -> Result<String, VietQrError> {
    let code = qr_code(payload)?;
    // The quiet zone is set before the size, because `min_dimensions` takes it into account.
    let svg = code.render::<qrcode::render::svg::Color>().quiet_zone(true).min_dimensions(240, 240).build();
    Ok(svg)
}

fn qr_code(payload: &str) -> Result<qrcode::QrCode, VietQrError> {
    qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| VietQrError::Render(e.to_string()))
}

/// The modules of the QR code [`render_svg`] draws for `payload`: its width and, row by row,
/// whether each module is dark. Lets a test read the code back with an independent decoder.
pub fn modules(payload: &str) -> Result<(usize, Vec<bool>), VietQrError> {
    let code = qr_code(payload)?;
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    Ok((width, dark))
}
