//! The `phone` step: a simulated phone screen (VNeID, the public-service portal, a bank app)
//! with fields validated like the real app's and buttons, one of which is right.
//!
//! Every number the simulation shows comes from [`Practice`]: generated per attempt, obviously
//! fake (`000…`), and marked as practice. What the learner types is checked against it and
//! never stored: only whether each field was valid is recorded.

use std::collections::BTreeMap;

use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::ChoiceOption;

/// Which app the simulated screen belongs to (its colours and name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum PhoneApp {
    Vneid,
    Dvc,
    Bank,
}

impl PhoneApp {
    pub fn parse(s: &str) -> Option<PhoneApp> {
        match s {
            "vneid" => Some(PhoneApp::Vneid),
            "dvc" => Some(PhoneApp::Dvc),
            "bank" => Some(PhoneApp::Bank),
            _ => None,
        }
    }

    pub fn fluent_id(self) -> &'static str {
        match self {
            PhoneApp::Vneid => "phone-app-vneid",
            PhoneApp::Dvc => "phone-app-dvc",
            PhoneApp::Bank => "phone-app-bank",
        }
    }
}

/// A practice prop shown beside the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prop {
    /// A practice ID card with the generated 12-digit number.
    Card,
    /// The practice phone number.
    PhoneNumber,
    /// A simulated SMS holding a generated OTP.
    SmsOtp,
}

impl Prop {
    pub fn parse(s: &str) -> Option<Prop> {
        match s {
            "card" => Some(Prop::Card),
            "phone-number" => Some(Prop::PhoneNumber),
            "sms-otp" => Some(Prop::SmsOtp),
            _ => None,
        }
    }
}

/// How a field is checked, as the real app checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum InputRule {
    /// 12 digits: the number on the practice card.
    PersonalId,
    /// 10 digits starting with 0: the practice phone number.
    Phone,
    /// 6 digits: the OTP in the simulated SMS.
    Otp,
    /// 8–20 characters with upper case, lower case, a digit and a special character.
    Password,
    /// The same as the password field on this screen.
    PasswordRepeat,
    /// Exactly 6 digits.
    Passcode,
    /// The same as the passcode field on this screen.
    PasscodeRepeat,
    /// Any non-empty text (a security-question answer).
    Text,
}

impl InputRule {
    pub fn parse(s: &str) -> Option<InputRule> {
        Some(match s {
            "personal-id" => InputRule::PersonalId,
            "phone" => InputRule::Phone,
            "otp" => InputRule::Otp,
            "password" => InputRule::Password,
            "password-repeat" => InputRule::PasswordRepeat,
            "passcode" => InputRule::Passcode,
            "passcode-repeat" => InputRule::PasscodeRepeat,
            "text" => InputRule::Text,
            _ => return None,
        })
    }

    /// The prop a rule needs on screen, if any.
    pub fn needs(self) -> Option<Prop> {
        match self {
            InputRule::PersonalId => Some(Prop::Card),
            InputRule::Phone => Some(Prop::PhoneNumber),
            InputRule::Otp => Some(Prop::SmsOtp),
            _ => None,
        }
    }

    /// The rule a `-repeat` field copies.
    pub fn repeats(self) -> Option<InputRule> {
        match self {
            InputRule::PasswordRepeat => Some(InputRule::Password),
            InputRule::PasscodeRepeat => Some(InputRule::Passcode),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct PhoneField {
    pub id: String,
    pub rule: InputRule,
}

#[derive(Debug, Clone)]
pub struct PhoneStep {
    pub app: PhoneApp,
    pub show: Vec<Prop>,
    pub fields: Vec<PhoneField>,
    pub buttons: Vec<ChoiceOption>,
}

/// The practice identity of one attempt: the same card, name and phone all through it, so a
/// learner who comes back after a crash sees the same numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    seed: u64,
    pub name: String,
    /// 12 digits starting with `000`, which is no province's code: obviously not a real number.
    pub personal_id: String,
    /// 10 digits starting with `000`, which is no network's prefix.
    pub phone: String,
}

const PRACTICE_NAMES: [&str; 4] = ["Nguyễn Thị Mẫu", "Trần Văn Mẫu", "Lê Thị Mẫu", "Phạm Văn Mẫu"];

fn digits(rng: &mut rand::rngs::ChaCha8Rng, n: usize) -> String {
    (0..n).map(|_| char::from(b'0' + rng.random_range(0..10u8))).collect()
}

impl Practice {
    pub fn for_attempt(seed: u64) -> Practice {
        let mut rng = rand::rngs::ChaCha8Rng::seed_from_u64(seed ^ 0x5eed_ca4d);
        let name = PRACTICE_NAMES[rng.random_range(0..PRACTICE_NAMES.len())].to_owned();
        let personal_id = format!("000{}", digits(&mut rng, 9));
        let phone = format!("000{}", digits(&mut rng, 7));
        Practice { seed, name, personal_id, phone }
    }

    /// The OTP the simulated SMS of step `step_id` shows.
    pub fn otp(&self, step_id: &str) -> String {
        let mixed = step_id.bytes().fold(self.seed ^ 0x0_7_9, |h, b| h.rotate_left(7) ^ u64::from(b));
        digits(&mut rand::rngs::ChaCha8Rng::seed_from_u64(mixed), 6)
    }

    /// The practice digital address code of a place on a map step: 10 digits from `000`.
    pub fn address_code(&self, step_id: &str, place_id: &str) -> String {
        let mixed = format!("{step_id}/{place_id}")
            .bytes()
            .fold(self.seed ^ 0xadd2_e55, |h, b| h.rotate_left(9) ^ u64::from(b));
        format!("000{}", digits(&mut rand::rngs::ChaCha8Rng::seed_from_u64(mixed), 7))
    }

    /// The personal ID as printed on the card: 3 + 9 digits.
    pub fn personal_id_display(&self) -> String {
        format!("{} {} {}", &self.personal_id[..3], &self.personal_id[3..6], &self.personal_id[6..])
    }
}

fn is_digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

/// The rules of a VNeID password: 8–20 characters, upper case, lower case, a digit, a special one.
pub fn password_ok(s: &str) -> bool {
    let n = s.chars().count();
    (8..=20).contains(&n)
        && s.chars().any(|c| c.is_uppercase())
        && s.chars().any(|c| c.is_lowercase())
        && s.chars().any(|c| c.is_ascii_digit())
        && s.chars().any(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// Which fields of a phone screen are valid, for the values typed.
pub fn check_fields(
    step_id: &str,
    phone: &PhoneStep,
    typed: &BTreeMap<String, String>,
    practice: &Practice,
) -> BTreeMap<String, bool> {
    let value = |id: &str| typed.get(id).map(|v| v.trim().to_owned()).unwrap_or_default();
    let value_of_rule = |rule: InputRule| phone.fields.iter().find(|f| f.rule == rule).map(|f| value(&f.id));
    phone
        .fields
        .iter()
        .map(|field| {
            let v = value(&field.id);
            let digits_only: String = v.chars().filter(|c| !c.is_whitespace()).collect();
            let ok = match field.rule {
                InputRule::PersonalId => is_digits(&digits_only, 12) && digits_only == practice.personal_id,
                InputRule::Phone => is_digits(&digits_only, 10) && digits_only == practice.phone,
                InputRule::Otp => is_digits(&digits_only, 6) && digits_only == practice.otp(step_id),
                InputRule::Password => password_ok(&v),
                InputRule::Passcode => is_digits(&v, 6),
                InputRule::PasswordRepeat | InputRule::PasscodeRepeat => {
                    let original = field.rule.repeats().and_then(value_of_rule).unwrap_or_default();
                    !v.is_empty() && v == original
                }
                InputRule::Text => !v.is_empty(),
            };
            (field.id.clone(), ok)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step() -> PhoneStep {
        let f = |id: &str, rule| PhoneField { id: id.into(), rule };
        PhoneStep {
            app: PhoneApp::Vneid,
            show: vec![Prop::Card, Prop::PhoneNumber, Prop::SmsOtp],
            fields: vec![
                f("id", InputRule::PersonalId),
                f("phone", InputRule::Phone),
                f("otp", InputRule::Otp),
                f("pw", InputRule::Password),
                f("pw2", InputRule::PasswordRepeat),
                f("pc", InputRule::Passcode),
                f("pc2", InputRule::PasscodeRepeat),
                f("q", InputRule::Text),
            ],
            buttons: vec![],
        }
    }

    #[test]
    fn practice_numbers_are_obviously_fake_and_stable_per_attempt() {
        let a = Practice::for_attempt(42);
        assert_eq!(a, Practice::for_attempt(42));
        assert!(a.personal_id.starts_with("000") && a.personal_id.len() == 12);
        assert!(a.phone.starts_with("000") && a.phone.len() == 10);
        assert_eq!(a.otp("s1"), a.otp("s1"));
        assert_eq!(a.otp("s1").len(), 6);
        assert!(a.name.contains("Mẫu"));
    }

    #[test]
    fn fields_are_checked_like_the_real_app() {
        let p = Practice::for_attempt(7);
        let typed: BTreeMap<String, String> = [
            ("id", p.personal_id_display()),
            ("phone", p.phone.clone()),
            ("otp", p.otp("s")),
            ("pw", "Mau@2024x".to_owned()),
            ("pw2", "Mau@2024x".to_owned()),
            ("pc", "123456".to_owned()),
            ("pc2", "123456".to_owned()),
            ("q", "Con mèo".to_owned()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let ok = check_fields("s", &step(), &typed, &p);
        assert!(ok.values().all(|v| *v), "{ok:?}");

        let mut bad = typed.clone();
        bad.insert("id".into(), "001234567890".into());
        bad.insert("otp".into(), "000000".into());
        bad.insert("pw".into(), "matkhau1".into());
        bad.insert("pc".into(), "12345".into());
        bad.insert("q".into(), "  ".into());
        let ok = check_fields("s", &step(), &bad, &p);
        for id in ["id", "pw", "pw2", "pc", "pc2", "q"] {
            assert!(!ok[id], "{id} should be refused");
        }
        assert_eq!(ok["otp"], p.otp("s") == "000000");
    }

    #[test]
    fn password_rules() {
        assert!(password_ok("Abcdef1!"));
        assert!(!password_ok("Abcde1!"), "7 characters");
        assert!(!password_ok("abcdef1!"), "no upper case");
        assert!(!password_ok("ABCDEF1!"), "no lower case");
        assert!(!password_ok("Abcdefg!"), "no digit");
        assert!(!password_ok("Abcdefg1"), "no special character");
        assert!(!password_ok("Abcdefghijklmnopqr1!x"), "21 characters");
    }
}
