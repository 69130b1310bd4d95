//! The EMVCo TLV layer: a two-digit ID, a two-digit length, then that many bytes of value.
//!
//! Lengths count bytes. Payloads this module writes are ASCII, so bytes and characters agree;
//! when reading, a value whose byte length would split a UTF-8 character is malformed.

use super::VietQrError;

/// One data object, borrowed from the payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Field<'a> {
    pub id: &'a str,
    pub value: &'a str,
    /// Byte offset of the ID in the whole input.
    pub at: usize,
}

impl Field<'_> {
    /// Byte offset of the value in the whole input.
    pub fn value_at(&self) -> usize {
        self.at + 4
    }
}

fn malformed(at: usize, reason: impl Into<String>) -> VietQrError {
    VietQrError::Malformed { at, reason: reason.into() }
}

fn two_digits(b: &[u8]) -> Option<usize> {
    match b {
        [hi, lo] if hi.is_ascii_digit() && lo.is_ascii_digit() => {
            Some(usize::from(hi - b'0') * 10 + usize::from(lo - b'0'))
        }
        _ => None,
    }
}

/// Splits `s` into data objects. `base` is the offset of `s` in the whole input, used only
/// for error positions. Refuses non-digit IDs or lengths and lengths that run past the end.
pub(super) fn parse(s: &str, base: usize) -> Result<Vec<Field<'_>>, VietQrError> {
    let bytes = s.as_bytes();
    let mut fields = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        let at = base + pos;
        if bytes.len() - pos < 4 {
            return Err(malformed(
                at,
                "the data ends in the middle of a data object (expected a 2-digit ID and a 2-digit length)",
            ));
        }
        if two_digits(&bytes[pos..pos + 2]).is_none() {
            return Err(malformed(at, "a data object ID must be two digits"));
        }
        // The two ID bytes are ASCII digits, so these are character boundaries.
        let id = &s[pos..pos + 2];
        let len = two_digits(&bytes[pos + 2..pos + 4])
            .ok_or_else(|| malformed(at + 2, format!("the length of ID {id} must be two digits")))?;
        let start = pos + 4;
        let end = start + len;
        if end > bytes.len() {
            return Err(malformed(
                at + 2,
                format!("ID {id} says its value is {len} bytes long, but only {} are left", bytes.len() - start),
            ));
        }
        let value = s
            .get(start..end)
            .ok_or_else(|| malformed(base + start, format!("the length of ID {id} splits a multi-byte character")))?;
        fields.push(Field { id, value, at });
        pos = end;
    }
    Ok(fields)
}

/// Refuses a list in which an ID occurs twice: an ambiguous code could show one account and
/// pay another.
pub(super) fn reject_duplicates(fields: &[Field<'_>]) -> Result<(), VietQrError> {
    let mut seen = [false; 100];
    for field in fields {
        // IDs were checked to be two ASCII digits by `parse`.
        let n = two_digits(field.id.as_bytes()).unwrap_or(0);
        if seen[n] {
            return Err(malformed(field.at, format!("ID {} occurs more than once", field.id)));
        }
        seen[n] = true;
    }
    Ok(())
}

/// The data object with this ID, if any (call [`reject_duplicates`] first).
pub(super) fn get<'f, 'a>(fields: &'f [Field<'a>], id: &str) -> Option<&'f Field<'a>> {
    fields.iter().find(|f| f.id == id)
}

/// Appends one data object. Values are validated by the caller to be ASCII and at most 99
/// bytes long.
pub(super) fn push(out: &mut String, id: &str, value: &str) {
    debug_assert!(id.len() == 2 && id.bytes().all(|b| b.is_ascii_digit()));
    debug_assert!(value.len() <= 99, "value of ID {id} is {} bytes long", value.len());
    out.push_str(id);
    out.push_str(&format!("{:02}", value.len()));
    out.push_str(value);
}
