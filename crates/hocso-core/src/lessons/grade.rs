//! Grading. The UI sends what the learner chose; only the core decides whether it is right.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

use std::collections::BTreeMap;

use super::chat::{ChatAct, ChatAction};
use super::map::MapAct;
use super::model::{Step, StepKind};
use super::phone::{check_fields, Practice};
use super::qr_pay::QrAction;
use super::shop::{BuyChoice, Listing, ShopStep, SIGNS};

/// What a learner did on a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Answer {
    /// "I have read this" on an explain step.
    Continue,
    /// The options ticked on a choice step.
    Choice { selected: Vec<String> },
    /// The items of an order step, in the order the learner put them.
    Order { order: Vec<String> },
    /// A message step: scam or safe, and (for scam) the red flags the learner sees.
    Message { scam: bool, flags: Vec<String> },
    /// A phone step: the button pressed and what was typed in each field. The typed text is
    /// checked and dropped: only whether each field was valid is stored.
    Phone { button: String, fields: BTreeMap<String, String> },
    /// A qr-pay step: what the learner did, and the amount typed for a static code.
    #[serde(rename = "qr-pay")]
    QrPay {
        action: QrAction,
        #[ts(type = "number | null")]
        amount: Option<u64>,
    },
    /// A chat step: what the learner did, on which message, with which reply, poll option or
    /// photo; a photo goes with a caption (checked for being there, never stored).
    Chat { action: ChatAction, message: Option<String>, option: Option<String>, caption: Option<String> },
    /// A shop step, as a buyer: order, pay the seller first or skip, and the signs seen.
    #[serde(rename = "shop-buy")]
    ShopBuy { choice: BuyChoice, signs: Vec<String> },
    /// A shop step, as a seller: the listing filled in.
    #[serde(rename = "shop-sell")]
    ShopSell { listing: Listing },
    /// A map step.
    Map { act: MapAct },
}

impl Answer {
    /// The answer as it is stored: never anything typed into a phone simulation.
    pub fn for_storage(&self, grade: &Grade) -> String {
        let value = match self {
            Answer::Phone { button, .. } => serde_json::json!({
                "kind": "phone",
                "button": button,
                "invalid_fields": grade.invalid_fields,
            }),
            // The amount typed for a static code is not kept: only the action, and (through
            // `correct`) whether the amount was right.
            Answer::QrPay { action, amount } => serde_json::json!({
                "kind": "qr-pay",
                "action": action,
                "amount_typed": amount.is_some(),
            }),
            Answer::Chat { action, message, option, caption } => serde_json::json!({
                "kind": "chat",
                "action": action,
                "message": message,
                "option": option,
                "caption_typed": caption.as_ref().is_some_and(|c| !c.trim().is_empty()),
            }),
            Answer::ShopSell { listing } => super::shop::listing_for_storage(listing, &grade.invalid_fields),
            Answer::Map { act } => serde_json::json!({
                "kind": "map",
                "place": act.place,
                "contact": act.contact,
                "category": act.category,
                "name_typed": act.name.as_ref().is_some_and(|n| !n.trim().is_empty()),
            }),
            other => serde_json::to_value(other).unwrap_or(serde_json::Value::Null),
        };
        value.to_string()
    }
}

/// The core's verdict on one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    pub correct: bool,
    /// Options whose feedback the learner should read (the ones they chose).
    pub chosen: Vec<String>,
    /// On a multiple-answer step: right options the learner did not tick.
    pub missed: usize,
    /// On an order step: how many items sit in their right place.
    pub in_place: usize,
    /// On a message step: flags the learner ticked that the message does not show.
    pub wrong_flags: Vec<String>,
    /// On a phone step: fields whose value the real app would refuse.
    pub invalid_fields: Vec<String>,
}

impl Grade {
    fn new(correct: bool) -> Grade {
        Grade { correct, chosen: vec![], missed: 0, in_place: 0, wrong_flags: vec![], invalid_fields: vec![] }
    }
}

/// Grades an answer; an answer that does not fit the step (unknown option, a missing item)
/// is an error, never a silent "wrong".
pub fn grade(step: &Step, answer: &Answer, practice: &Practice) -> Result<Grade> {
    let misfit = || Error::AnswerDoesNotFit { step: step.id.clone() };
    match (&step.kind, answer) {
        (StepKind::Explain { .. }, Answer::Continue) => Ok(Grade::new(true)),
        (StepKind::Choice { multiple, options, .. }, Answer::Choice { selected }) => {
            let mut chosen: Vec<String> = vec![];
            for id in selected {
                if !options.iter().any(|o| &o.id == id) {
                    return Err(misfit());
                }
                if !chosen.contains(id) {
                    chosen.push(id.clone());
                }
            }
            if chosen.is_empty() || (!multiple && chosen.len() != 1) {
                return Err(misfit());
            }
            let wrong_chosen = options.iter().filter(|o| !o.correct && chosen.contains(&o.id)).count();
            let missed = options.iter().filter(|o| o.correct && !chosen.contains(&o.id)).count();
            Ok(Grade { chosen, missed, ..Grade::new(wrong_chosen == 0 && missed == 0) })
        }
        (StepKind::Order { items }, Answer::Order { order }) => {
            let mut sorted_given = order.clone();
            sorted_given.sort();
            let mut sorted_items = items.clone();
            sorted_items.sort();
            if sorted_given != sorted_items {
                return Err(misfit());
            }
            let in_place = items.iter().zip(order).filter(|(a, b)| a == b).count();
            Ok(Grade { in_place, ..Grade::new(in_place == items.len()) })
        }
        (StepKind::Message { scam, flags, common_flags, .. }, Answer::Message { scam: said_scam, flags: ticked }) => {
            if ticked.iter().any(|f| !super::message::RED_FLAGS.contains(&f.as_str()))
                || (!said_scam && !ticked.is_empty())
            {
                return Err(misfit());
            }
            let wrong_flags: Vec<String> = ticked.iter().filter(|f| !flags.contains(f)).cloned().collect();
            // A scam is spotted when the verdict is right and the learner names at least one of
            // its red flags without naming one it does not show. One flag is enough, but not a
            // flag that nearly every scam of the lesson shows (unless the message shows no other).
            // A safe message needs only the verdict.
            let telling = |f: &String| {
                flags.contains(f) && (!common_flags.contains(f) || flags.iter().all(|g| common_flags.contains(g)))
            };
            let correct =
                if *scam { *said_scam && wrong_flags.is_empty() && ticked.iter().any(telling) } else { !said_scam };
            Ok(Grade { chosen: ticked.clone(), wrong_flags, ..Grade::new(correct) })
        }
        (StepKind::Phone(phone), Answer::Phone { button, fields }) => {
            let Some(pressed) = phone.buttons.iter().find(|b| &b.id == button) else { return Err(misfit()) };
            if fields.keys().any(|k| !phone.fields.iter().any(|f| &f.id == k)) {
                return Err(misfit());
            }
            let valid = check_fields(&step.id, phone, fields, practice);
            let invalid_fields: Vec<String> = valid.into_iter().filter(|(_, ok)| !ok).map(|(id, _)| id).collect();
            let correct = pressed.correct && invalid_fields.is_empty();
            Ok(Grade { chosen: vec![button.clone()], invalid_fields, ..Grade::new(correct) })
        }
        (StepKind::QrPay(qr), Answer::QrPay { action, amount }) => Ok(Grade::new(qr.is_right(*action, *amount))),
        (StepKind::Chat(chat), Answer::Chat { action, message, option, caption }) => {
            let act = ChatAct { action: *action, message: message.clone(), option: option.clone() };
            if !chat.offers(&act) || caption.as_ref().is_some_and(|c| c.chars().count() > 500) {
                return Err(misfit());
            }
            Ok(Grade::new(chat.is_right(&act, caption.as_deref())))
        }
        (StepKind::Shop(ShopStep::Buy(page)), Answer::ShopBuy { choice, signs }) => {
            let unique = signs.iter().collect::<std::collections::BTreeSet<_>>().len() == signs.len();
            if !unique
                || signs.iter().any(|f| !SIGNS.contains(&f.as_str()))
                || (*choice != BuyChoice::Skip && !signs.is_empty())
            {
                return Err(misfit());
            }
            let shown = page.signs();
            let wrong_flags = signs.iter().filter(|f| !shown.contains(&f.as_str())).cloned().collect();
            Ok(Grade { chosen: signs.clone(), wrong_flags, ..Grade::new(page.is_right(*choice, signs)) })
        }
        (StepKind::Shop(ShopStep::Sell(form)), Answer::ShopSell { listing }) => {
            if !form.fits(listing) {
                return Err(misfit());
            }
            let invalid_fields = form.invalid_parts(listing);
            Ok(Grade { invalid_fields: invalid_fields.clone(), ..Grade::new(invalid_fields.is_empty()) })
        }
        (StepKind::Map(map), Answer::Map { act }) => {
            if !map.fits(act) {
                return Err(misfit());
            }
            let invalid_fields = map.wrong_parts(act);
            Ok(Grade { invalid_fields: invalid_fields.clone(), ..Grade::new(invalid_fields.is_empty()) })
        }
        _ => Err(misfit()),
    }
}

/// The right answer to a step: for tests, the crash harness and benchmarks (and, one day, a
/// "show me" button). Phone steps are filled with the attempt's practice values.
pub fn right_answer(step: &Step, practice: &Practice) -> Answer {
    match &step.kind {
        StepKind::Explain { .. } => Answer::Continue,
        StepKind::Choice { options, .. } => {
            Answer::Choice { selected: options.iter().filter(|o| o.correct).map(|o| o.id.clone()).collect() }
        }
        StepKind::Order { items } => Answer::Order { order: items.clone() },
        StepKind::Message { scam, flags, .. } => {
            Answer::Message { scam: *scam, flags: if *scam { flags.clone() } else { vec![] } }
        }
        StepKind::Phone(phone) => {
            use super::phone::InputRule;
            let fields = phone
                .fields
                .iter()
                .map(|f| {
                    let value = match f.rule {
                        InputRule::PersonalId => practice.personal_id.clone(),
                        InputRule::Phone => practice.phone.clone(),
                        InputRule::Otp => practice.otp(&step.id),
                        InputRule::Password | InputRule::PasswordRepeat => "Mau@2026x".to_owned(),
                        InputRule::Passcode | InputRule::PasscodeRepeat => "135790".to_owned(),
                        InputRule::Text => "Con mèo".to_owned(),
                    };
                    (f.id.clone(), value)
                })
                .collect();
            let button = phone.buttons.iter().find(|b| b.correct).map(|b| b.id.clone()).unwrap_or_default();
            Answer::Phone { button, fields }
        }
        StepKind::QrPay(qr) => {
            use super::qr_pay::Scenario;
            let action = match qr.scenario {
                Scenario::Pay | Scenario::Static => QrAction::Pay,
                Scenario::Swapped | Scenario::WrongAmount => QrAction::Refuse,
                Scenario::Receive => QrAction::ShowCode,
            };
            Answer::QrPay { action, amount: if qr.scenario == Scenario::Static { qr.price } else { None } }
        }
        StepKind::Chat(chat) => Answer::Chat {
            action: chat.expect.action,
            message: chat.expect.message.clone(),
            option: chat.expect.option.clone(),
            caption: (chat.expect.action == ChatAction::SendPhoto).then(|| "Đèn đường hỏng".to_owned()),
        },
        StepKind::Shop(ShopStep::Buy(page)) => {
            let signs: Vec<String> = page.signs().iter().map(|s| (*s).to_owned()).collect();
            let choice = if signs.is_empty() { BuyChoice::Order } else { BuyChoice::Skip };
            Answer::ShopBuy { choice, signs }
        }
        StepKind::Shop(ShopStep::Sell(form)) => Answer::ShopSell { listing: form.right_listing() },
        StepKind::Map(map) => Answer::Map { act: map.right_act() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_typed_into_a_simulation_is_stored_neither_phone_fields_nor_a_qr_amount() {
        let qr = Answer::QrPay { action: crate::lessons::qr_pay::QrAction::Pay, amount: Some(45_678) };
        let stored = qr.for_storage(&Grade::new(true));
        assert!(!stored.contains("45678"), "{stored}");
        assert!(stored.contains("\"amount_typed\":true"));
        let phone = Answer::Phone {
            button: "gui".into(),
            fields: [("otp".to_string(), "123456".to_string())].into_iter().collect(),
        };
        assert!(!phone.for_storage(&Grade::new(true)).contains("123456"));
    }
}
