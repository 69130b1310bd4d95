//! Reading a VietQR payload, leniently where wallets differ and strictly where it matters.

use super::tlv::{self, Field};
use super::{
    bank_by_bin, check_account, crc16_ccitt_false, Initiation, Payment, Service, VietQrError, COUNTRY_VN, CURRENCY_VND,
    NAPAS_GUID,
};

fn malformed(at: usize, reason: impl Into<String>) -> VietQrError {
    VietQrError::Malformed { at, reason: reason.into() }
}

fn unsupported(field: &'static str, value: &str) -> VietQrError {
    VietQrError::UnsupportedValue { field, value: value.to_string() }
}

/// The data objects inside a template value, with duplicates refused.
fn nested<'a>(field: &Field<'a>) -> Result<Vec<Field<'a>>, VietQrError> {
    let fields = tlv::parse(field.value, field.value_at())?;
    tlv::reject_duplicates(&fields)?;
    Ok(fields)
}

/// Reads the amount of ID 54: digits, optionally followed by one `.` and digits that are all
/// zero (VND has no minor unit), at most 13 characters, at least 1 đồng.
pub(super) fn parse_amount(value: &str) -> Result<u64, VietQrError> {
    let invalid = |why: &str| VietQrError::InvalidAmount(format!("{value:?}: {why}"));
    if value.is_empty() {
        return Err(invalid("the amount is empty"));
    }
    if value.len() > 13 {
        return Err(invalid("an amount has at most 13 characters"));
    }
    let (whole, decimals) = match value.split_once('.') {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (value, None),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("an amount is written with digits only"));
    }
    if let Some(decimals) = decimals {
        if decimals.is_empty() || !decimals.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("an amount is written with digits only"));
        }
        if decimals.bytes().any(|b| b != b'0') {
            return Err(invalid("the đồng has no decimals"));
        }
    }
    let amount: u64 = whole.parse().map_err(|_| invalid("the amount is too large"))?;
    if amount == 0 {
        return Err(invalid("the amount must be at least 1 đồng"));
    }
    Ok(amount)
}

/// Reads a VietQR payload.
///
/// Accepted although [`super::encode`] never writes it: lower-case CRC hex; `11` (static)
/// with an amount; a missing ID 01 (taken as dynamic when there is an amount, else static);
/// an amount with zero decimals (`50000.00`); optional or unknown objects (52, 55–57, 59–61,
/// 64, other templates, other sub-IDs of 38 and 62), which are checked for structure and
/// otherwise ignored; whitespace around the payload; a BIN not in [`super::BANKS`] (then
/// `bank` is `None`).
///
/// Refused: a checksum that does not match (compared as a number), the CRC not last, lengths
/// that are not two digits or run past the end, an ID that occurs twice in the same template,
/// ID 00 absent, not first or not `01`, ID 38 absent or with another GUID, no BIN or account,
/// a service other than `QRIBFTTA`/`QRIBFTTC`, currency other than `704`, country other than
/// `VN`, a malformed or zero amount, and control characters in the purpose.
pub fn decode(payload: &str) -> Result<Payment, VietQrError> {
    let start = payload.trim_start();
    let base = payload.len() - start.len();
    let s = start.trim_end();
    if s.is_empty() {
        return Err(malformed(base, "the payload is empty"));
    }

    let fields = tlv::parse(s, base)?;

    // The checksum: present, last, 4 hex digits, and matching everything before it.
    let crc_index = fields.iter().position(|f| f.id == "63").ok_or(VietQrError::MissingField("checksum (ID 63)"))?;
    let crc_field = &fields[crc_index];
    if crc_index + 1 != fields.len() {
        return Err(malformed(crc_field.at, "the checksum (ID 63) must be the last data object"));
    }
    if crc_field.value.len() != 4 || !crc_field.value.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(malformed(crc_field.value_at(), "the checksum (ID 63) must be 4 hex digits"));
    }
    let found = u16::from_str_radix(crc_field.value, 16)
        .map_err(|_| malformed(crc_field.value_at(), "the checksum (ID 63) must be 4 hex digits"))?;
    // ID 63 is last and its value is 4 ASCII bytes, so `s` ends with them.
    let expected = crc16_ccitt_false(&s.as_bytes()[..s.len() - 4]);
    if found != expected {
        return Err(VietQrError::BadCrc { expected: format!("{expected:04X}"), found: crc_field.value.to_string() });
    }

    tlv::reject_duplicates(&fields)?;

    // 00: payload format indicator, first and "01".
    match tlv::get(&fields, "00") {
        None => return Err(VietQrError::MissingField("payload format indicator (ID 00)")),
        Some(f) if f.at != fields[0].at => {
            return Err(malformed(f.at, "the payload format indicator (ID 00) must come first"));
        }
        Some(f) if f.value != "01" => return Err(unsupported("payload format indicator", f.value)),
        Some(_) => {}
    }

    // 54 before 01, because a missing 01 is inferred from the amount.
    let amount = match tlv::get(&fields, "54") {
        Some(f) => Some(parse_amount(f.value)?),
        None => None,
    };
    let initiation = match tlv::get(&fields, "01") {
        Some(f) => match f.value {
            "11" => Initiation::Static,
            "12" => Initiation::Dynamic,
            other => return Err(unsupported("point of initiation", other)),
        },
        None if amount.is_some() => Initiation::Dynamic,
        None => Initiation::Static,
    };

    // 38: the NAPAS template.
    let napas_field = tlv::get(&fields, "38").ok_or(VietQrError::MissingField("NAPAS account information (ID 38)"))?;
    let napas = nested(napas_field)?;
    let guid = tlv::get(&napas, "00").ok_or(VietQrError::MissingField("NAPAS GUID (ID 38.00)"))?;
    if guid.value != NAPAS_GUID {
        return Err(unsupported("GUID", guid.value));
    }
    let beneficiary_field = tlv::get(&napas, "01").ok_or(VietQrError::MissingField("beneficiary (ID 38.01)"))?;
    let beneficiary = nested(beneficiary_field)?;
    let bin = tlv::get(&beneficiary, "00").ok_or(VietQrError::MissingField("bank BIN (ID 38.01.00)"))?.value;
    if bin.len() != 6 || !bin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(unsupported("bank BIN", bin));
    }
    let account =
        tlv::get(&beneficiary, "01").ok_or(VietQrError::MissingField("account or card number (ID 38.01.01)"))?.value;
    let service_code = tlv::get(&napas, "02").ok_or(VietQrError::MissingField("service code (ID 38.02)"))?.value;
    let service = Service::from_code(service_code).ok_or_else(|| unsupported("service code", service_code))?;
    check_account(service, account, false)?;

    // 53 and 58: only Vietnamese đồng, only Vietnam.
    let currency = tlv::get(&fields, "53").ok_or(VietQrError::MissingField("currency (ID 53)"))?;
    if currency.value != CURRENCY_VND {
        return Err(unsupported("currency", currency.value));
    }
    let country = tlv::get(&fields, "58").ok_or(VietQrError::MissingField("country (ID 58)"))?;
    if country.value != COUNTRY_VN {
        return Err(unsupported("country", country.value));
    }

    // 62.08: the purpose; other sub-IDs are ignored.
    let purpose = match tlv::get(&fields, "62") {
        Some(additional) => {
            let additional = nested(additional)?;
            match tlv::get(&additional, "08") {
                Some(p) if p.value.chars().any(char::is_control) => {
                    return Err(VietQrError::InvalidPurpose("the purpose contains control characters".into()));
                }
                Some(p) if !p.value.is_empty() => Some(p.value.to_string()),
                _ => None,
            }
        }
        None => None,
    };

    Ok(Payment {
        bin: bin.to_string(),
        bank: bank_by_bin(bin).map(|b| b.short_name.to_string()),
        account: account.to_string(),
        service,
        amount,
        purpose,
        initiation,
        currency: CURRENCY_VND.to_string(),
        country: COUNTRY_VN.to_string(),
        crc: format!("{found:04X}"),
    })
}
