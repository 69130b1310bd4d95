use super::*;

/// The table of cases: what is written, what the voice says.
const CASES: &[(&str, &str)] = &[
    // Money
    ("45.000 đ", "bốn mươi lăm nghìn đồng"),
    ("45.000đ", "bốn mươi lăm nghìn đồng"),
    ("Giá 45.000 đồng.", "Giá bốn mươi lăm nghìn đồng."),
    ("18.000đ phí", "mười tám nghìn đồng phí"),
    ("1.200.000 VND", "một triệu hai trăm nghìn đồng"),
    ("250.000 VNĐ", "hai trăm năm mươi nghìn đồng"),
    ("3.500.000 đ", "ba triệu năm trăm nghìn đồng"),
    ("1.005.000 đ", "một triệu không trăm linh năm nghìn đồng"),
    ("100.000 đ", "một trăm nghìn đồng"),
    ("21.000 đ", "hai mươi mốt nghìn đồng"),
    ("24.000 đ", "hai mươi tư nghìn đồng"),
    ("15.000 đ", "mười lăm nghìn đồng"),
    ("105 đ", "một trăm linh năm đồng"),
    ("50k", "năm mươi nghìn"),
    ("10 triệu đồng", "mười triệu đồng"),
    ("2 tỷ", "hai tỷ"),
    ("900 triệu", "chín trăm triệu"),
    ("đi chợ", "đi chợ"),
    // Plain numbers
    ("0", "không"),
    ("5 người", "năm người"),
    ("10", "mười"),
    ("11", "mười một"),
    ("20", "hai mươi"),
    ("31 ngày", "ba mươi mốt ngày"),
    ("99", "chín mươi chín"),
    ("101", "một trăm linh một"),
    ("110", "một trăm mười"),
    ("215 km", "hai trăm mười lăm km"),
    ("gọi 115", "gọi một một năm"),
    ("1.000", "một nghìn"),
    ("2.024", "hai nghìn không trăm hai mươi tư"),
    ("10.035 xã", "mười nghìn không trăm ba mươi lăm xã"),
    ("3.321", "ba nghìn ba trăm hai mươi mốt"),
    ("63.619 thôn", "sáu mươi ba nghìn sáu trăm mười chín thôn"),
    ("4,9 sao", "bốn phẩy chín sao"),
    ("0,5", "không phẩy năm"),
    ("0,05", "không phẩy không năm"),
    // Percentages
    ("70%", "bảy mươi phần trăm"),
    ("trên 70 %", "trên bảy mươi phần trăm"),
    ("1%", "một phần trăm"),
    ("0,5%", "không phẩy năm phần trăm"),
    ("81% người bán", "tám mươi mốt phần trăm người bán"),
    // Dates
    ("1/7/2025", "ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm"),
    ("từ ngày 1/7/2025", "từ ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm"),
    ("hạn 15/4", "hạn ngày mười lăm tháng tư"),
    ("ngày 30/10", "ngày ba mươi tháng mười"),
    ("tháng 6/2025", "tháng sáu năm hai nghìn không trăm hai mươi lăm"),
    ("năm 2026", "năm hai nghìn không trăm hai mươi sáu"),
    ("3/45", "ba/bốn mươi lăm"),
    ("Hỗ trợ 24/7", "Hỗ trợ hai mươi tư trên bảy"),
    ("trước 30/6", "trước ngày ba mươi tháng sáu"),
    ("Vay nhanh 24h", "Vay nhanh hai mươi tư giờ"),
    ("trong 48h", "trong bốn mươi tám giờ"),
    ("115.000 đ", "một trăm mười lăm nghìn đồng"),
    ("1.000.000đ", "một triệu đồng"),
    // Times
    ("07:30", "bảy giờ ba mươi"),
    ("14:20", "mười bốn giờ hai mươi"),
    ("08:00", "tám giờ"),
    ("8h30", "tám giờ ba mươi"),
    ("họp lúc 19h", "họp lúc mười chín giờ"),
    // Phone and ID numbers, digit by digit in groups
    ("0912345678", "không chín một hai, ba bốn năm, sáu bảy tám"),
    ("000 443 5883", "không không không, bốn bốn ba, năm tám tám ba"),
    ("001234567890", "không không một, hai ba bốn, năm sáu bảy, tám chín không"),
    ("Mã OTP: 482913", "Mã ô tê pê: bốn tám hai, chín một ba"),
    ("gọi 113", "gọi một một ba"),
    ("tổng đài 156", "tổng đài một năm sáu"),
    ("số 0001 234 567", "số không không không một, hai ba bốn, năm sáu bảy"),
    // Abbreviations from the list
    ("OTP", "ô tê pê"),
    ("Mở VNeID", "Mở vê en e ai đi"),
    ("thẻ CCCD", "thẻ căn cước công dân"),
    ("mã QR", "mã qui a"),
    ("UBND xã", "ủy ban nhân dân xã"),
    ("sản phẩm OCOP", "sản phẩm ô cốp"),
    ("otp", "otp"),
    // Defanged links: never character by character
    ("Bấm vcb-xacthuc[.]top để nhận", "Bấm một đường link lạ để nhận"),
    ("vào vneid[.]gov[.]vn.", "vào một đường link lạ."),
    ("https[:]//abc[.]xyz/nhan-qua?id=12345", "một đường link lạ"),
    ("Link: vaynhanh-24h[.]vip, rồi gửi", "Link: một đường link lạ, rồi gửi"),
    ("hai link a[.]top và b[.]vip", "hai link một đường link lạ và một đường link lạ"),
    // Symbols
    ("Chạm → Gửi", "Chạm , Gửi"),
    ("Thịt & cá", "Thịt và cá"),
];

#[test]
fn the_table_of_cases() {
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let mut wrong = vec![];
    for (written, said) in CASES {
        let got = to_words(written, Locale::Vi);
        if got != *said {
            wrong.push(format!("{written:?}: said {got:?}, wanted {said:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn numbers_in_words_up_to_the_trillions() {
    assert_eq!(number_words(1_000_000_000), "một tỷ");
    assert_eq!(number_words(1_000_000_001), "một tỷ không trăm linh một");
    assert_eq!(number_words(2_500_000_000_000), "hai nghìn tỷ năm trăm tỷ");
    assert_eq!(
        number_words(10_000_000_000_000_000),
        "một không không không không không không không không không không không không không không không không"
    );
}

#[test]
fn the_english_voice_gets_links_and_its_own_words() {
    assert_eq!(to_words("Tap vcb-login[.]top now", Locale::En), "Tap a strange link now");
    assert_eq!(to_words("Open VNeID, 45,000 dong", Locale::En), "Open V N e I D, 45,000 dong");
}

#[test]
fn both_pronunciation_lists_read() {
    for locale in Locale::ALL {
        let lex = Lexicon::for_locale(locale);
        assert!(!lex.link.is_empty() && !lex.words.is_empty(), "{locale:?}");
    }
}

#[test]
fn sentences_split_where_a_reader_pauses_and_not_inside_links_or_numbers() {
    assert_eq!(
        sentences("Bạn mở ứng dụng. Bấm vcb[.]top? Không!\nGiá 4.9 sao"),
        ["Bạn mở ứng dụng.", "Bấm vcb[.]top?", "Không!", "Giá 4.9 sao"]
    );
    assert!(sentences("  \n ... ").is_empty());
}
