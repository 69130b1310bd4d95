//! What the voice says: a text as words. Money, dates, times, percentages and plain numbers
//! become Vietnamese words; phone and ID numbers are read digit by digit in groups; abbreviations
//! come from the pronunciation list in `locales/<lang>/speech.toml`; a written-out (defanged)
//! web address is "một đường link lạ", never spelled out character by character.
//!
//! The voice engine itself reads Vietnamese letters well; what it reads badly is everything
//! that is not a word. This module is the only place that knows how those are said.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde::Deserialize;

use crate::i18n::Locale;

/// The pronunciation list of one language (`locales/<lang>/speech.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// What a defanged web address is read as.
    pub link: String,
    pub currency: String,
    pub percent: String,
    pub decimal: String,
    /// Whole words (same case) and how they are said.
    pub words: BTreeMap<String, String>,
}

impl Lexicon {
    /// The list shipped with the app for `locale` (embedded; a volunteer edits `locales/`).
    pub fn for_locale(locale: Locale) -> &'static Lexicon {
        static VI: LazyLock<Lexicon> = LazyLock::new(|| parse(include_str!("../../../../locales/vi/speech.toml")));
        static EN: LazyLock<Lexicon> = LazyLock::new(|| parse(include_str!("../../../../locales/en/speech.toml")));
        match locale {
            Locale::Vi => &VI,
            Locale::En => &EN,
        }
    }
}

fn parse(source: &str) -> Lexicon {
    // Checked by a test; a broken list must not stop the app from starting.
    toml::from_str(source).unwrap_or_else(|_| Lexicon {
        link: String::new(),
        currency: String::new(),
        percent: String::new(),
        decimal: String::new(),
        words: BTreeMap::new(),
    })
}

const DIGITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/// Three digits in words. `after_higher`: a higher group (nghìn, triệu …) was said before, so
/// its hundreds are said even when 0 ("một triệu không trăm linh năm nghìn").
fn triple(n: u64, after_higher: bool, out: &mut Vec<&'static str>) {
    let (h, t, u) = ((n / 100) as usize, ((n / 10) % 10) as usize, (n % 10) as usize);
    if h > 0 || after_higher {
        out.extend([DIGITS[h], "trăm"]);
    }
    match t {
        0 if u == 0 => {}
        0 => {
            if h > 0 || after_higher {
                out.push("linh");
            }
            out.push(DIGITS[u]);
        }
        1 => {
            out.push("mười");
            match u {
                0 => {}
                5 => out.push("lăm"),
                _ => out.push(DIGITS[u]),
            }
        }
        _ => {
            out.extend([DIGITS[t], "mươi"]);
            match u {
                0 => {}
                1 => out.push("mốt"),
                4 => out.push("tư"),
                5 => out.push("lăm"),
                _ => out.push(DIGITS[u]),
            }
        }
    }
}

/// A whole number in Vietnamese words: 45000 → "bốn mươi lăm nghìn".
pub fn number_words(n: u64) -> String {
    if n == 0 {
        return DIGITS[0].to_owned();
    }
    if n >= 1_000_000_000_000_000 {
        return digit_words(&n.to_string());
    }
    const SCALES: [&str; 5] = ["", "nghìn", "triệu", "tỷ", "nghìn tỷ"];
    let mut groups = vec![];
    let mut rest = n;
    while rest > 0 {
        groups.push(rest % 1000);
        rest /= 1000;
    }
    let mut out: Vec<&'static str> = vec![];
    for (i, g) in groups.iter().enumerate().rev() {
        if *g == 0 {
            continue;
        }
        triple(*g, i + 1 < groups.len(), &mut out);
        if !SCALES[i].is_empty() {
            out.push(SCALES[i]);
        }
    }
    out.join(" ")
}

/// Each digit on its own: "156" → "một năm sáu".
pub fn digit_words(digits: &str) -> String {
    digits.chars().filter_map(|c| c.to_digit(10)).map(|d| DIGITS[d as usize]).collect::<Vec<_>>().join(" ")
}

/// A long number read in groups, as people read them aloud: a 10-digit phone number 4-3-3,
/// anything else in threes.
fn grouped_digits(digits: &str) -> String {
    let sizes: Vec<usize> = if digits.len() == 10 && digits.starts_with('0') {
        vec![4, 3, 3]
    } else {
        let mut v = vec![3; digits.len() / 3];
        if digits.len() % 3 != 0 {
            v.push(digits.len() % 3);
        }
        v
    };
    let mut out = vec![];
    let mut at = 0;
    for size in sizes {
        out.push(digit_words(&digits[at..at + size]));
        at += size;
    }
    out.join(", ")
}

fn month_words(m: u64) -> String {
    if m == 4 {
        "tư".to_owned()
    } else {
        number_words(m)
    }
}

fn digits_of(s: &str) -> u64 {
    s.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0)
}

macro_rules! re {
    ($name:ident, $pattern:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| Regex::new($pattern).expect("a valid pattern"));
    };
}

re!(LINK, r"\S*(?:\[\.\]|\(\.\)|\[:\]|\[dot\])\S*");
re!(MONEY, r"(\d{1,3}(?:\.\d{3})+|\d+)\s*(đồng|VNĐ|VND|đ)\b");
re!(THOUSANDS_K, r"\b(\d{1,3})k\b");
re!(PERCENT, r"(\d+(?:,\d+)?)\s*%");
re!(DATE, r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b");
re!(MONTH_YEAR, r"\btháng (\d{1,2})/(\d{4})\b");
re!(TIME, r"\b([01]?\d|2[0-3])(?::|h)([0-5]\d)\b");
re!(HOUR, r"\b(\d{1,3})h\b");
re!(SPACED_DIGITS, r"\b\d{2,4}(?: \d{2,4}){1,4}\b");
re!(LONG_DIGITS, r"\b\d{5,}\b");
re!(DOTTED, r"\b\d{1,3}(?:\.\d{3})+\b");
re!(DECIMAL, r"\b(\d+),(\d+)\b");
re!(NUMBER, r"\b\d+\b");
re!(WORD, r"[\p{L}\p{N}]+");

/// The text as the voice should say it, in `locale`'s words.
pub fn to_words(text: &str, locale: Locale) -> String {
    let lex = Lexicon::for_locale(locale);
    // 1. Links first, so that their dots and digits are never read.
    let mut s = LINK
        .replace_all(text, |c: &Captures| {
            // Keep a sentence's last mark: "vào vcb[.]top." ends a sentence.
            let tail: String = c[0].chars().rev().take_while(|ch| ".,;:!?)".contains(*ch)).collect();
            format!("{}{}", lex.link, tail.chars().rev().collect::<String>())
        })
        .into_owned();
    // 2. Words from the pronunciation list (whole words, same case).
    let before = s.clone();
    s = WORD
        .replace_all(&before, |c: &Captures| {
            let whole = c.get(0).expect("the match");
            // "115" is the ambulance's number, but not in "115.000 đ" or "1,115".
            let digits = whole.as_str().chars().all(|ch| ch.is_ascii_digit());
            let touches_number = |mark: Option<char>, next: Option<char>| {
                mark.is_some_and(|m| m == '.' || m == ',') && next.is_some_and(|n| n.is_ascii_digit())
            };
            let after = &before[whole.end()..];
            let ahead = touches_number(after.chars().next(), after.chars().nth(1));
            let back = &before[..whole.start()];
            let behind = touches_number(back.chars().next_back(), back.chars().rev().nth(1));
            match lex.words.get(whole.as_str()) {
                Some(said) if !(digits && (ahead || behind)) => said.clone(),
                _ => whole.as_str().to_owned(),
            }
        })
        .into_owned();
    if locale != Locale::Vi {
        // The English voice reads English numbers itself.
        return s;
    }
    let currency = &lex.currency;
    s = MONEY.replace_all(&s, |c: &Captures| format!("{} {currency}", number_words(digits_of(&c[1])))).into_owned();
    s = THOUSANDS_K.replace_all(&s, |c: &Captures| format!("{} nghìn", number_words(digits_of(&c[1])))).into_owned();
    s = PERCENT.replace_all(&s, |c: &Captures| format!("{} {}", decimal_words(&c[1], lex), lex.percent)).into_owned();
    s = MONTH_YEAR
        .replace_all(&s, |c: &Captures| {
            format!("tháng {} năm {}", month_words(digits_of(&c[1])), number_words(digits_of(&c[2])))
        })
        .into_owned();
    s = replace_dates(&s);
    s = TIME
        .replace_all(&s, |c: &Captures| {
            let (h, m) = (digits_of(&c[1]), digits_of(&c[2]));
            if m == 0 {
                format!("{} giờ", number_words(h))
            } else {
                format!("{} giờ {}", number_words(h), number_words(m))
            }
        })
        .into_owned();
    s = HOUR.replace_all(&s, |c: &Captures| format!("{} giờ", number_words(digits_of(&c[1])))).into_owned();
    s = SPACED_DIGITS
        .replace_all(&s, |c: &Captures| {
            let groups: Vec<&str> = c[0].split(' ').collect();
            let total: usize = groups.iter().map(|g| g.len()).sum();
            if total >= 6 {
                groups.iter().map(|g| digit_words(g)).collect::<Vec<_>>().join(", ")
            } else {
                c[0].to_owned()
            }
        })
        .into_owned();
    s = LONG_DIGITS.replace_all(&s, |c: &Captures| grouped_digits(&c[0])).into_owned();
    s = DOTTED.replace_all(&s, |c: &Captures| number_words(digits_of(&c[0]))).into_owned();
    s = DECIMAL.replace_all(&s, |c: &Captures| decimal_words(&c[0], lex)).into_owned();
    s = NUMBER.replace_all(&s, |c: &Captures| number_words(digits_of(&c[0]))).into_owned();
    s.replace(['→', '·'], ",").replace('&', " và ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "4,9" → "bốn phẩy chín"; "0,05" → "không phẩy không năm"; "70" → "bảy mươi".
fn decimal_words(s: &str, lex: &Lexicon) -> String {
    match s.split_once(',') {
        Some((whole, part)) => {
            let part =
                if part.starts_with('0') || part.len() > 2 { digit_words(part) } else { number_words(digits_of(part)) };
            format!("{} {} {}", number_words(digits_of(whole)), lex.decimal, part)
        }
        None => number_words(digits_of(s)),
    }
}

/// Words after which "d/m" is a date.
const DATE_WORDS: [&str; 9] = ["ngày", "hạn", "từ", "đến", "trước", "sau", "hôm", "tới", "đầu"];

/// "1/7/2025" → "ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm" (no second "ngày"
/// when the text already says it); "1/7" likewise without the year. A fraction that is no
/// date ("3/45") is left to the number rules.
fn replace_dates(s: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for c in DATE.captures_iter(s) {
        let whole = c.get(0).expect("the match");
        let (d, m) = (digits_of(&c[1]), digits_of(&c[2]));
        if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
            continue;
        }
        out.push_str(&s[last..whole.start()]);
        last = whole.end();
        let word_before = s[..whole.start()].split_whitespace().next_back().unwrap_or_default().to_lowercase();
        let year = c.get(3);
        // Without a year, "d/m" is a date only after a word that says so ("ngày 1/7", "hạn
        // 15/4"); otherwise it is "d trên m", as "24/7" (all day, every day) is said.
        if year.is_none() && !DATE_WORDS.contains(&word_before.as_str()) {
            out.push_str(&format!("{} trên {}", number_words(d), number_words(m)));
            continue;
        }
        if word_before != "ngày" {
            out.push_str("ngày ");
        }
        out.push_str(&format!("{} tháng {}", number_words(d), month_words(m)));
        if let Some(y) = year {
            out.push_str(&format!(" năm {}", number_words(digits_of(y.as_str()))));
        }
    }
    out.push_str(&s[last..]);
    out
}

/// A text split into sentences, the unit the screen highlights while it is read.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = vec![];
    for line in text.lines() {
        let mut current = String::new();
        let chars: Vec<char> = line.chars().collect();
        for (i, ch) in chars.iter().enumerate() {
            current.push(*ch);
            let ends = matches!(ch, '.' | '!' | '?' | '…')
                && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
                // "vcb[.]top" and "4.9" are no sentence end.
                && !(i > 0 && chars[i - 1] == '[');
            if ends {
                push_sentence(&mut out, &current);
                current.clear();
            }
        }
        push_sentence(&mut out, &current);
    }
    out
}

fn push_sentence(out: &mut Vec<String>, s: &str) {
    let t = s.trim();
    if t.chars().any(char::is_alphanumeric) {
        out.push(t.to_owned());
    }
}

#[cfg(test)]
#[path = "normalise_tests.rs"]
mod tests;
