//! The `qr-pay` step: a real VietQR code (rendered by [`crate::vietqr`]) and a simulated
//! banking app that "scans" it. The learner checks the name and the amount on the confirm
//! screen, then pays, refuses, types the amount of a static code, or shows their own code.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::vietqr::{self, PaymentRequest};

/// What every practice account starts with. Vietnamese bank account numbers are digits only, so
/// a real banking app that scans a practice code finds no such account and moves no money; the
/// code is still a well-formed VietQR (NAPAS allows letters in the account field) that shows a
/// real bank's name. See `docs/lesson-format.md`.
pub const PRACTICE_ACCOUNT_PREFIX: &str = "HOCSOMAU";

/// A practice account: `HOCSOMAU` then 1 to 11 digits (19 characters at most, the VietQR limit).
pub fn is_practice_account(account: &str) -> bool {
    account
        .strip_prefix(PRACTICE_ACCOUNT_PREFIX)
        .is_some_and(|digits| (1..=11).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scenario {
    /// Everything matches: pay.
    Pay,
    /// A sticker pasted over the shop's code: the name is not the shop owner's. Refuse.
    Swapped,
    /// The code asks for another amount than the price. Refuse.
    WrongAmount,
    /// A code without an amount: type the price, then pay.
    Static,
    /// Someone pays you: show your own code.
    Receive,
}

impl Scenario {
    pub fn parse(s: &str) -> Option<Scenario> {
        Some(match s {
            "pay" => Scenario::Pay,
            "swapped" => Scenario::Swapped,
            "wrong-amount" => Scenario::WrongAmount,
            "static" => Scenario::Static,
            "receive" => Scenario::Receive,
            _ => return None,
        })
    }
}

/// What the learner did in the simulated banking app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum QrAction {
    /// Confirm the transfer.
    Pay,
    /// Cancel: do not pay.
    Refuse,
    /// Open "my QR code" to receive money.
    ShowCode,
    /// Scan someone else's code.
    Scan,
}

#[derive(Debug, Clone)]
pub struct QrPayStep {
    pub scenario: Scenario,
    pub bank: String,
    pub account: String,
    /// The account holder's name the bank shows after scanning.
    pub payee: String,
    /// The name the learner expects: the shop owner's, on the sign.
    pub shop: Option<String>,
    /// The amount inside the code; none for a static code.
    pub amount: Option<u64>,
    /// What the learner owes.
    pub price: Option<u64>,
}

impl QrPayStep {
    /// The real VietQR payload of the code the step shows.
    pub fn payload(&self) -> Result<String, vietqr::VietQrError> {
        vietqr::encode(&PaymentRequest {
            bin: self.bank.clone(),
            account: self.account.clone(),
            card: false,
            amount: self.amount,
            purpose: None,
        })
    }

    /// Why the step's values do not fit its scenario, if they do not (for the validator).
    pub fn scenario_mismatch(&self) -> Option<&'static str> {
        let same_name = self.shop.as_deref() == Some(self.payee.as_str());
        match self.scenario {
            Scenario::Pay if !same_name || self.amount.is_none() || self.amount != self.price => Some("pay"),
            Scenario::Swapped if same_name || self.shop.is_none() || self.price.is_none() => Some("swapped"),
            Scenario::WrongAmount
                if !same_name || self.amount.is_none() || self.price.is_none() || self.amount == self.price =>
            {
                Some("wrong-amount")
            }
            Scenario::Static if !same_name || self.amount.is_some() || self.price.is_none() => Some("static"),
            Scenario::Receive if self.amount.is_some() || self.price.is_some() => Some("receive"),
            _ => None,
        }
    }

    /// Whether the learner did the right thing.
    pub fn is_right(&self, action: QrAction, typed_amount: Option<u64>) -> bool {
        match self.scenario {
            Scenario::Pay => action == QrAction::Pay,
            Scenario::Swapped | Scenario::WrongAmount => action == QrAction::Refuse,
            Scenario::Static => action == QrAction::Pay && typed_amount == self.price,
            Scenario::Receive => action == QrAction::ShowCode,
        }
    }
}

/// An amount of đồng as people write it: `45.000 đ` in Vietnamese, `45,000 VND` in English.
pub fn format_vnd(amount: u64, locale: crate::i18n::Locale) -> String {
    let digits = amount.to_string();
    let sep = if locale == crate::i18n::Locale::Vi { '.' } else { ',' };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    match locale {
        crate::i18n::Locale::Vi => format!("{grouped} đ"),
        crate::i18n::Locale::En => format!("{grouped} VND"),
    }
}

/// An account number as a banking app shows it on the confirm screen: the last 4 digits.
pub fn mask_account(account: &str) -> String {
    let keep = account.len().saturating_sub(4);
    format!("{}{}", "•".repeat(keep.min(6)), &account[keep..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn step(scenario: Scenario, payee: &str, shop: Option<&str>, amount: Option<u64>, price: Option<u64>) -> QrPayStep {
        QrPayStep {
            scenario,
            bank: "970405".into(),
            account: "1903456789012".into(),
            payee: payee.into(),
            shop: shop.map(Into::into),
            amount,
            price,
        }
    }

    #[test]
    fn each_scenario_has_one_right_action() {
        let pay = step(Scenario::Pay, "LE THI MAI", Some("LE THI MAI"), Some(45_000), Some(45_000));
        assert!(pay.scenario_mismatch().is_none());
        assert!(pay.is_right(QrAction::Pay, None) && !pay.is_right(QrAction::Refuse, None));
        let swapped = step(Scenario::Swapped, "TRAN VAN K", Some("LE THI MAI"), Some(45_000), Some(45_000));
        assert!(swapped.scenario_mismatch().is_none());
        assert!(swapped.is_right(QrAction::Refuse, None) && !swapped.is_right(QrAction::Pay, None));
        let wrong = step(Scenario::WrongAmount, "LE THI MAI", Some("LE THI MAI"), Some(450_000), Some(45_000));
        assert!(wrong.scenario_mismatch().is_none());
        assert!(wrong.is_right(QrAction::Refuse, None));
        let fixed = step(Scenario::Static, "LE THI MAI", Some("LE THI MAI"), None, Some(30_000));
        assert!(fixed.scenario_mismatch().is_none());
        assert!(fixed.is_right(QrAction::Pay, Some(30_000)) && !fixed.is_right(QrAction::Pay, Some(300_000)));
        let receive = step(Scenario::Receive, "NGUYEN THI MAU", None, None, None);
        assert!(receive.scenario_mismatch().is_none());
        assert!(receive.is_right(QrAction::ShowCode, None) && !receive.is_right(QrAction::Scan, None));
    }

    #[test]
    fn values_that_contradict_the_scenario_are_caught() {
        assert!(step(Scenario::Pay, "A", Some("B"), Some(1), Some(1)).scenario_mismatch().is_some());
        assert!(step(Scenario::Swapped, "A", Some("A"), Some(1), Some(1)).scenario_mismatch().is_some());
        assert!(step(Scenario::WrongAmount, "A", Some("A"), Some(1), Some(1)).scenario_mismatch().is_some());
        assert!(step(Scenario::Static, "A", Some("A"), Some(1), Some(1)).scenario_mismatch().is_some());
    }

    #[test]
    fn the_code_is_a_real_vietqr_payload() {
        let s = step(Scenario::Pay, "LE THI MAI", Some("LE THI MAI"), Some(45_000), Some(45_000));
        let payment = vietqr::decode(&s.payload().unwrap()).unwrap();
        assert_eq!((payment.bank.as_deref(), payment.amount), (Some("Agribank"), Some(45_000)));
    }

    #[test]
    fn amounts_and_accounts_are_shown_as_people_read_them() {
        assert_eq!(format_vnd(45_000, Locale::Vi), "45.000 đ");
        assert_eq!(format_vnd(1_250_000, Locale::En), "1,250,000 VND");
        assert_eq!(format_vnd(500, Locale::Vi), "500 đ");
        assert_eq!(mask_account("1903456789012"), "••••••9012");
    }
}
