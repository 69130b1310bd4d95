//! Every answer a guesser may give on the simulated-app steps (chat, shop, map), with its
//! probability: the candidates [`super::guessing`] grades with the real grader.

use super::chat::{ChatAct, ChatAction, ChatStep};
use super::grade::Answer;
use super::guessing::Tactic;
use super::map::{MapAct, MapStep, MapTask, PlaceIcon, CATEGORIES};
use super::shop::{BuyChoice, SellForm, DELIVERY, SIGNS};

fn uniform(answers: Vec<Answer>) -> Vec<(Answer, f64)> {
    let w = 1.0 / answers.len().max(1) as f64;
    answers.into_iter().map(|a| (a, w)).collect()
}

fn chat_answer(act: &ChatAct) -> Answer {
    Answer::Chat {
        action: act.action,
        message: act.message.clone(),
        option: act.option.clone(),
        caption: (act.action == ChatAction::SendPhoto).then(|| "Ảnh".to_owned()),
    }
}

pub(super) fn chat_answers(chat: &ChatStep, tactic: Tactic) -> Vec<(Answer, f64)> {
    let acts = chat.acts();
    let of = |action: ChatAction| acts.iter().filter(|a| a.action == action).map(chat_answer).collect::<Vec<_>>();
    let chosen = match tactic {
        Tactic::ChatExit => [of(ChatAction::Leave), of(ChatAction::Block)].concat(),
        Tactic::ChatMute => of(ChatAction::Mute),
        Tactic::ChatReportLast => chat
            .last_from_others()
            .map(|m| ChatAct { action: ChatAction::Report, message: Some(m.id.clone()), option: None })
            .map(|a| vec![chat_answer(&a)])
            .unwrap_or_default(),
        Tactic::ChatReplyRandom => of(ChatAction::Reply),
        Tactic::ChatPhotoRandom => of(ChatAction::SendPhoto),
        Tactic::ChatShape => {
            let votes = of(ChatAction::Vote);
            let photos = of(ChatAction::SendPhoto);
            if !votes.is_empty() {
                votes
            } else if !photos.is_empty() {
                photos
            } else {
                [of(ChatAction::Leave), of(ChatAction::Block)].concat()
            }
        }
        _ => vec![],
    };
    // A tactic the thread does not allow (no reply to pick): the guesser does anything.
    uniform(if chosen.is_empty() { acts.iter().map(chat_answer).collect() } else { chosen })
}

/// A random choice and, to skip, a uniformly random non-empty set of the signs.
pub(super) fn random_buy_answers() -> Vec<(Answer, f64)> {
    let sets = (1u32 << SIGNS.len()) - 1;
    let mut out = vec![
        (Answer::ShopBuy { choice: BuyChoice::Order, signs: vec![] }, 1.0 / 3.0),
        (Answer::ShopBuy { choice: BuyChoice::PayFirst, signs: vec![] }, 1.0 / 3.0),
    ];
    for mask in 1..=sets {
        let signs = (0..SIGNS.len()).filter(|b| mask & (1 << b) != 0).map(|b| SIGNS[b].to_owned()).collect();
        out.push((Answer::ShopBuy { choice: BuyChoice::Skip, signs }, 1.0 / 3.0 / f64::from(sets)));
    }
    out
}

pub(super) fn sell_answers(form: &SellForm, tactic: Tactic) -> Vec<(Answer, f64)> {
    let right = form.right_listing();
    let ids: Vec<String> = form.photos.iter().map(|p| p.id.clone()).collect();
    let listing = |photos: Vec<String>, ocop: bool| Answer::ShopSell {
        listing: super::shop::Listing { photos, ocop, delivery: vec![DELIVERY[0].to_owned()], ..right.clone() },
    };
    match tactic {
        Tactic::SellAll(ocop) => vec![(listing(ids, ocop), 1.0)],
        Tactic::SellOne(ocop) => uniform(ids.iter().map(|id| listing(vec![id.clone()], ocop)).collect()),
        _ => {
            let n = ids.len().min(8);
            let mut all = vec![];
            for mask in 1u32..(1 << n) {
                let photos: Vec<String> = (0..n).filter(|b| mask & (1 << b) != 0).map(|b| ids[b].clone()).collect();
                all.push(listing(photos.clone(), false));
                all.push(listing(photos, true));
            }
            uniform(all)
        }
    }
}

pub(super) fn map_answers(map: &MapStep, tactic: Tactic) -> Vec<(Answer, f64)> {
    let act = |place: Option<&str>, contact: Option<&str>, category: Option<&str>| Answer::Map {
        act: MapAct {
            place: place.map(str::to_owned),
            contact: contact.map(str::to_owned),
            category: category.map(str::to_owned),
            name: (map.task == MapTask::AddPlace).then(|| "Quán".to_owned()),
        },
    };
    match map.task {
        MapTask::Share => uniform(map.contacts.iter().map(|c| act(None, Some(c), None)).collect()),
        MapTask::Route | MapTask::FindCode => {
            uniform(map.choosable().iter().map(|p| act(Some(&p.id), None, None)).collect())
        }
        MapTask::AddPlace => {
            let blank: Vec<_> = map.choosable().into_iter().filter(|p| p.icon == PlaceIcon::Blank).collect();
            let places = if tactic == Tactic::MapBlank && !blank.is_empty() { blank } else { map.choosable() };
            let mut all = vec![];
            for p in places {
                all.extend(CATEGORIES.iter().map(|c| act(Some(&p.id), None, Some(c))));
            }
            uniform(all)
        }
    }
}
