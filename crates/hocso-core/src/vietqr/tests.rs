use super::decode::parse_amount;
use super::*;

/// The NAPAS static-account example of domain.md §3.2/§3.3 (corrected length `0113`).
const NAPAS_STATIC: &str =
    "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F";

/// The same account, dynamic, 50 000 đồng, purpose "Thanh toan pho".
const DYNAMIC_PHO: &str = "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA53037045405500005802VN62180814Thanh toan pho63043705";

fn tlv(id: &str, value: &str) -> String {
    format!("{id}{:02}{value}", value.len())
}

/// Appends `6304` and the checksum.
fn seal(body: &str) -> String {
    let mut s = format!("{body}6304");
    let crc = crc16_ccitt_false(s.as_bytes());
    s.push_str(&format!("{crc:04X}"));
    s
}

fn napas(guid: &str, bin: &str, account: &str, service: &str) -> String {
    let beneficiary = tlv("00", bin) + &tlv("01", account);
    tlv("38", &(tlv("00", guid) + &tlv("01", &beneficiary) + &tlv("02", service)))
}

fn sacombank() -> String {
    napas(NAPAS_GUID, "970403", "0011012345678", "QRIBFTTA")
}

fn request(amount: Option<u64>, purpose: Option<&str>) -> PaymentRequest {
    PaymentRequest {
        bin: "970403".into(),
        account: "0011012345678".into(),
        card: false,
        amount,
        purpose: purpose.map(str::to_string),
    }
}

fn kind_of(result: Result<impl std::fmt::Debug, VietQrError>) -> &'static str {
    match result {
        Ok(v) => panic!("expected an error, got {v:?}"),
        Err(e) => e.kind(),
    }
}

#[test]
fn crc_check_value() {
    assert_eq!(crc16_ccitt_false(b"123456789"), 0x29B1);
    assert_eq!(crc16_ccitt_false(b""), 0xFFFF);
}

#[test]
fn napas_static_example_layout_encode_and_decode() {
    let body = tlv("00", "01") + &tlv("01", "11") + &sacombank() + &tlv("53", "704") + &tlv("58", "VN");
    assert_eq!(body, "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN");
    let expected = seal(&body);
    assert_eq!(expected, NAPAS_STATIC);
    assert!(expected.ends_with("63049E6F"), "domain.md gives CRC 9E6F");

    assert_eq!(encode(&request(None, None)).unwrap(), NAPAS_STATIC);

    let p = decode(NAPAS_STATIC).unwrap();
    assert_eq!(p.bin, "970403");
    assert_eq!(p.bank.as_deref(), Some("Sacombank"));
    assert_eq!(p.account, "0011012345678");
    assert_eq!(p.service, Service::Account);
    assert_eq!(p.amount, None);
    assert_eq!(p.purpose, None);
    assert_eq!(p.initiation, Initiation::Static);
    assert_eq!(p.currency, "704");
    assert_eq!(p.country, "VN");
    assert_eq!(p.crc, "9E6F");
}

#[test]
fn napas_printed_typo_is_refused() {
    // NAPAS's printed example says 0112 for a 13-digit account (CRC F4E5): the lengths no
    // longer add up, so the beneficiary template overruns.
    let typo = NAPAS_STATIC.replace("01130011012345678", "01120011012345678");
    let typo = seal(&typo[..typo.len() - 8]);
    assert!(typo.ends_with("F4E5"));
    assert!(decode(&typo).is_err());
}

#[test]
fn dynamic_with_amount_and_vietnamese_purpose() {
    let payload = encode(&request(Some(50_000), Some("Thanh toán phở"))).unwrap();
    assert_eq!(payload, DYNAMIC_PHO);
    assert!(payload.contains("0814Thanh toan pho"));
    assert_eq!(&payload[6..12], "010212");

    let p = decode(&payload).unwrap();
    assert_eq!(p.initiation, Initiation::Dynamic);
    assert_eq!(p.amount, Some(50_000));
    assert_eq!(p.purpose.as_deref(), Some("Thanh toan pho"));
    assert_eq!(p.crc, "3705");
}

#[test]
fn card_round_trip() {
    for card in ["9704361234567890", "9704360012345678901"] {
        let req = PaymentRequest {
            bin: "970436".into(),
            account: card.into(),
            card: true,
            amount: Some(120_000),
            purpose: Some("Tien dien".into()),
        };
        let payload = encode(&req).unwrap();
        assert!(payload.contains("0208QRIBFTTC"));
        let p = decode(&payload).unwrap();
        assert_eq!(p.service, Service::Card);
        assert_eq!(p.account, card);
        assert_eq!(p.bank.as_deref(), Some("Vietcombank"));
        assert_eq!(p.amount, Some(120_000));
        assert_eq!(p.purpose.as_deref(), Some("Tien dien"));
    }
}

#[test]
fn lenient_reading() {
    // Lower-case checksum.
    let lower = NAPAS_STATIC.replace("9E6F", "9e6f");
    let p = decode(&lower).unwrap();
    assert_eq!(p.crc, "9E6F");

    // Surrounding whitespace and newline.
    assert_eq!(decode(&format!("  {NAPAS_STATIC}\r\n")).unwrap(), decode(NAPAS_STATIC).unwrap());

    // Static code with an amount (MoMo-style).
    let body =
        tlv("00", "01") + &tlv("01", "11") + &sacombank() + &tlv("53", "704") + &tlv("54", "50000") + &tlv("58", "VN");
    let p = decode(&seal(&body)).unwrap();
    assert_eq!((p.initiation, p.amount), (Initiation::Static, Some(50_000)));

    // Zero decimals, optional and unknown objects, other 38 and 62 sub-IDs, unknown BIN.
    let beneficiary = tlv("00", "970999") + &tlv("01", "99MM24001") + &tlv("05", "x");
    let t38 = tlv("00", NAPAS_GUID) + &tlv("01", &beneficiary) + &tlv("02", "QRIBFTTA") + &tlv("07", "extra");
    let body = tlv("00", "01")
        + &tlv("01", "12")
        + &tlv("26", &tlv("00", "OTHER.GUID"))
        + &tlv("38", &t38)
        + &tlv("52", "5812")
        + &tlv("53", "704")
        + &tlv("54", "50000.00")
        + &tlv("58", "VN")
        + &tlv("59", "PHO HA NOI")
        + &tlv("60", "HA LONG")
        + &tlv("61", "200000")
        + &tlv("62", &(tlv("01", "HD123") + &tlv("08", "Pho bo") + &tlv("07", "T1")))
        + &tlv("64", &tlv("00", "vi"));
    let p = decode(&seal(&body)).unwrap();
    assert_eq!(p.bin, "970999");
    assert_eq!(p.bank, None);
    assert_eq!(p.account, "99MM24001");
    assert_eq!(p.amount, Some(50_000));
    assert_eq!(p.purpose.as_deref(), Some("Pho bo"));
}

#[test]
fn every_single_character_change_is_detected() {
    let originals = [NAPAS_STATIC.to_string(), DYNAMIC_PHO.to_string()];
    for original in &originals {
        let bytes = original.as_bytes();
        let crc_start = bytes.len() - 4;
        for i in 0..bytes.len() {
            for c in 0x20u8..=0x7E {
                if c == bytes[i] {
                    continue;
                }
                // Only the case of the checksum's hex letters may change: that is allowed.
                if i >= crc_start && c.eq_ignore_ascii_case(&bytes[i]) {
                    continue;
                }
                let mut changed = bytes.to_vec();
                changed[i] = c;
                let changed = String::from_utf8(changed).unwrap();
                assert!(decode(&changed).is_err(), "changing byte {i} to {:?} went unnoticed: {changed}", c as char);
            }
        }
    }
}

#[test]
fn refusals_have_the_right_kind() {
    // Bad checksum.
    let bad = NAPAS_STATIC.replace("9E6F", "9E6E");
    assert_eq!(kind_of(decode(&bad)), "bad-crc");
    // Truncated.
    assert_eq!(kind_of(decode(&NAPAS_STATIC[..NAPAS_STATIC.len() - 2])), "malformed");
    for cut in 1..NAPAS_STATIC.len() {
        assert!(decode(&NAPAS_STATIC[..cut]).is_err(), "cut at {cut}");
    }
    assert_eq!(kind_of(decode("")), "malformed");
    // Wrong GUID.
    let body = tlv("00", "01")
        + &tlv("01", "11")
        + &napas("A000000728", "970403", "0011012345678", "QRIBFTTA")
        + &tlv("53", "704")
        + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "unsupported-value");
    // Currency 840.
    let body = tlv("00", "01") + &tlv("01", "11") + &sacombank() + &tlv("53", "840") + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "unsupported-value");
    // Country other than VN.
    let body = tlv("00", "01") + &tlv("01", "11") + &sacombank() + &tlv("53", "704") + &tlv("58", "TH");
    assert_eq!(kind_of(decode(&seal(&body))), "unsupported-value");
    // Unknown service code.
    let body = tlv("00", "01")
        + &tlv("01", "11")
        + &napas(NAPAS_GUID, "970403", "0011012345678", "QRPUSH")
        + &tlv("53", "704")
        + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "unsupported-value");
    // Missing 38, missing 00.
    let body = tlv("00", "01") + &tlv("01", "11") + &tlv("53", "704") + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "missing-field");
    let body = tlv("01", "11") + &sacombank() + &tlv("53", "704") + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "missing-field");
    // 00 not first; 00 not "01".
    let body = tlv("01", "11") + &tlv("00", "01") + &sacombank() + &tlv("53", "704") + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "malformed");
    let body = tlv("00", "02") + &tlv("01", "11") + &sacombank() + &tlv("53", "704") + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "unsupported-value");
    // Duplicate top-level ID.
    let body = tlv("00", "01") + &tlv("01", "11") + &sacombank() + &sacombank() + &tlv("53", "704") + &tlv("58", "VN");
    assert_eq!(kind_of(decode(&seal(&body))), "malformed");
    // CRC not last.
    let not_last = format!("{NAPAS_STATIC}5802VN");
    assert_eq!(kind_of(decode(&not_last)), "malformed");
    // Non-digit length.
    let body = tlv("00", "01") + "01A111" + &sacombank();
    assert_eq!(kind_of(decode(&seal(&body))), "malformed");
    // Amounts with real decimals, or zero.
    for amount in ["50000.50", "0", "50.000.00", "1e5", "-5", "", ".5", "5."] {
        let body = tlv("00", "01")
            + &tlv("01", "12")
            + &sacombank()
            + &tlv("53", "704")
            + &tlv("54", amount)
            + &tlv("58", "VN");
        assert_eq!(kind_of(decode(&seal(&body))), "invalid-amount", "amount {amount:?}");
    }
}

#[test]
fn encode_refusals_have_the_right_kind() {
    let mut req = request(None, None);
    req.bin = "123456".into();
    assert_eq!(kind_of(encode(&req)), "unknown-bank");

    assert_eq!(kind_of(encode(&request(None, Some("abcdefghijklmnopqrstuvwxyz")))), "invalid-purpose");
    assert!(encode(&request(None, Some("abcdefghijklmnopqrstuvwxy"))).is_ok());
    assert_eq!(kind_of(encode(&request(None, Some("Tiền 💰")))), "invalid-purpose");
    assert_eq!(kind_of(encode(&request(None, Some("a\nb")))), "invalid-purpose");
    // Nothing left after trimming: no ID 62 at all.
    assert_eq!(encode(&request(None, Some("   "))).unwrap(), NAPAS_STATIC);

    assert_eq!(kind_of(encode(&request(Some(0), None))), "invalid-amount");
    assert_eq!(kind_of(encode(&request(Some(MAX_AMOUNT + 1), None))), "invalid-amount");
    let max = encode(&request(Some(MAX_AMOUNT), None)).unwrap();
    assert_eq!(decode(&max).unwrap().amount, Some(MAX_AMOUNT));

    for account in ["", "0011 0123", "00110123456789012345", "số123"] {
        let mut req = request(None, None);
        req.account = account.into();
        assert_eq!(kind_of(encode(&req)), "invalid-account", "account {account:?}");
    }
    for card in ["1234567890123456", "97043612345678", "970436123456789X"] {
        let mut req = request(None, None);
        req.card = true;
        req.account = card.into();
        assert_eq!(kind_of(encode(&req)), "invalid-account", "card {card:?}");
    }
}

#[test]
fn amounts() {
    assert_eq!(parse_amount("50000").unwrap(), 50_000);
    assert_eq!(parse_amount("50000.0").unwrap(), 50_000);
    assert_eq!(parse_amount("50000.00").unwrap(), 50_000);
    assert_eq!(parse_amount("9999999999999").unwrap(), MAX_AMOUNT);
    assert!(parse_amount("10000000000000").is_err());
    assert!(parse_amount("50000.01").is_err());
}

#[test]
fn accents() {
    assert_eq!(strip_accents("Thanh toán phở"), "Thanh toan pho");
    assert_eq!(strip_accents("Đường Trần Hưng Đạo"), "Duong Tran Hung Dao");
    assert_eq!(strip_accents("ăâêôơưđ ĂÂÊÔƠƯĐ"), "aaeooud AAEOOUD");
    assert_eq!(strip_accents("Nguyễn Thị Ánh Tuyết"), "Nguyen Thi Anh Tuyet");
    // Decomposed input is handled too.
    assert_eq!(strip_accents("pho\u{31b}\u{309}"), "pho");
}

#[test]
fn banks_table() {
    assert_eq!(BANKS.len(), 32);
    assert_eq!(BANKS.iter().filter(|b| b.bin.starts_with("9704")).count(), 26);
    for (i, b) in BANKS.iter().enumerate() {
        assert!(b.bin.len() == 6 && b.bin.bytes().all(|c| c.is_ascii_digit()), "{b:?}");
        assert!(BANKS[i + 1..].iter().all(|o| o.bin != b.bin), "duplicate BIN {}", b.bin);
    }
    assert_eq!(bank_by_bin("970405").unwrap().short_name, "Agribank");
    assert_eq!(bank_by_bin("999888").unwrap().short_name, "VBSP");
    assert!(bank_by_bin("970400").is_none());
}

#[test]
fn payment_serializes_with_codes() {
    let json = serde_json::to_value(decode(NAPAS_STATIC).unwrap()).unwrap();
    assert_eq!(json["service"], "QRIBFTTA");
    assert_eq!(json["initiation"], "static");
    assert_eq!(json["bank"], "Sacombank");
    assert_eq!(json["amount"], serde_json::Value::Null);
}

#[test]
fn svg_rendering() {
    let svg = render_svg(NAPAS_STATIC).unwrap();
    assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"), "{}", &svg[..40usize.min(svg.len())]);
    assert!(svg.contains("<svg"));
    assert!(svg.contains("width=\""));
}
