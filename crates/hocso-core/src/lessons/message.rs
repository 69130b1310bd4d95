//! The `message` step: an SMS, a Zalo message or a call transcript. The learner says scam or
//! safe, then which red flags they see. Links in lesson text are written defanged (`[.]`)
//! and the UI shows plain text only, so nothing in a message can ever be clicked.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the message arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Sms,
    Zalo,
    Call,
}

impl Channel {
    pub fn parse(s: &str) -> Option<Channel> {
        match s {
            "sms" => Some(Channel::Sms),
            "zalo" => Some(Channel::Zalo),
            "call" => Some(Channel::Call),
            _ => None,
        }
    }

    pub fn fluent_id(self) -> &'static str {
        match self {
            Channel::Sms => "message-channel-sms",
            Channel::Zalo => "message-channel-zalo",
            Channel::Call => "message-channel-call",
        }
    }
}

/// The fixed list of red flags a learner can name (see `docs/lesson-format.md`).
pub const RED_FLAGS: [&str; 12] = [
    "link",
    "install-app",
    "asks-otp",
    "asks-personal-data",
    "urgency",
    "threat",
    "secrecy",
    "money-first",
    "personal-account",
    "too-good",
    "impersonation",
    "stranger",
];

/// The scam typologies of `../shared/domain.md` §4.1, A to N.
pub fn is_typology(s: &str) -> bool {
    s.len() == 1 && ('A'..='N').contains(&s.chars().next().unwrap_or(' '))
}

/// A web address written so that it cannot be followed: every dot before a top-level
/// domain must be `[.]`. Returns the first live-looking address in `text`, if any.
pub fn live_link(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if let Some(i) = lower.find("http://").or_else(|| lower.find("https://")).or_else(|| lower.find("www.")) {
        return Some(text[i..].split_whitespace().next().unwrap_or("").to_owned());
    }
    const TLDS: [&str; 16] = [
        "com", "vn", "net", "org", "top", "xyz", "vip", "app", "cc", "info", "online", "site", "shop", "link", "io",
        "me",
    ];
    for word in text.split(|c: char| c.is_whitespace() || "\"“”'(),;!?".contains(c)) {
        let word = word.trim_end_matches(['.', ':']);
        let Some((host, tld)) = word.rsplit_once('.') else { continue };
        let host_ok = !host.is_empty()
            && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            && host.chars().any(|c| c.is_ascii_alphabetic());
        if host_ok && TLDS.contains(&tld.to_ascii_lowercase().as_str()) {
            return Some(word.to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_links_are_found_and_defanged_ones_pass() {
        assert_eq!(live_link("Xac thuc ngay: vcb-xacthuc.top"), Some("vcb-xacthuc.top".into()));
        assert_eq!(live_link("vao https://vneid.gov.vn nhe"), Some("https://vneid.gov.vn".into()));
        assert_eq!(live_link("www.example"), Some("www.example".into()));
        assert_eq!(live_link("Xac thuc ngay: vcb-xacthuc[.]top"), None);
        assert_eq!(live_link("vneid[.]gov[.]vn"), None);
        assert_eq!(live_link("Số tiền 4.990.000đ, hạn 3.5 ngày. Hẹn 20.10."), None);
    }
}
