//! What "Nghe" reads on a step, in the order a person reads the screen: the question or task,
//! then the options, the message or the app's screen. A text the lesson has recorded is one
//! line played from its recording; anything else is split into sentences for the voice, so
//! the screen can highlight the sentence being read.

use crate::i18n::Texts;
use crate::lessons::{Lesson, Step};
use crate::speech::{recorded, sentences};
use crate::views::{SpeechLine, StepContent};

pub(super) fn speech_lines(
    lesson: &Lesson,
    step: &Step,
    content: &StepContent,
    texts: &Texts,
    app: &Texts,
) -> Vec<SpeechLine> {
    let s = &step.id;
    let own = |suffix: &str| Some(format!("{s}-{suffix}"));
    // (the lesson's text id when the text is the lesson's own, the text)
    let mut parts: Vec<(Option<String>, String)> = vec![];
    match content {
        StepContent::Explain { text, .. } => parts.push((own("text"), text.clone())),
        StepContent::Choice { prompt, instruction, options, .. } => {
            parts.push((own("prompt"), prompt.clone()));
            parts.push((None, instruction.clone()));
            parts.extend(options.iter().map(|o| (own(&o.id), o.text.clone())));
        }
        StepContent::Order { prompt, instruction, items } => {
            parts.push((own("prompt"), prompt.clone()));
            parts.push((None, instruction.clone()));
            parts.extend(items.iter().map(|o| (own(&o.id), o.text.clone())));
        }
        StepContent::Message { sender, body, question, .. } => {
            parts.push((own("sender"), sender.clone()));
            parts.push((own("body"), body.clone()));
            parts.push((None, question.clone()));
        }
        StepContent::Phone { task, title, fields, buttons, .. } => {
            parts.push((own("task"), task.clone()));
            parts.push((own("title"), title.clone()));
            parts.extend(fields.iter().map(|f| (own(&f.id), f.label.clone())));
            parts.extend(buttons.iter().map(|b| (own(&b.id), b.text.clone())));
        }
        StepContent::QrPay { task, .. } => parts.push((own("task"), task.clone())),
        StepContent::Chat { title, task, messages, replies, photos, .. } => {
            parts.push((own("task"), task.clone()));
            parts.push((own("title"), title.clone()));
            for m in messages {
                parts.push((None, format!("{}, {}.", m.sender, m.time)));
                parts.push((own(&format!("msg-{}", m.id)), m.text.clone()));
                parts.extend(m.poll.iter().map(|o| (own(&format!("msg-{}-{}", m.id, o.id)), o.text.clone())));
            }
            if !replies.is_empty() {
                parts.push((None, app.get("chat-replies")));
                parts.extend(replies.iter().map(|r| (own(&format!("reply-{}", r.id)), r.text.clone())));
            }
            if !photos.is_empty() {
                parts.push((None, app.get("chat-photos")));
                parts.extend(photos.iter().map(|p| (own(&format!("photo-{}", p.id)), p.alt.clone())));
            }
        }
        StepContent::ShopBuy { task, product, shop, seller, price, market_price, rating, sold, .. } => {
            parts.push((own("task"), task.clone()));
            parts.push((own("product"), product.clone()));
            parts.push((None, format!("{price}.")));
            if let Some(usual) = market_price {
                parts.push((None, format!("{}: {usual}.", app.get("shop-market-price"))));
            }
            parts.push((own("shop"), shop.clone()));
            parts.push((None, format!("{rating}. {sold}.")));
            parts.push((None, app.get("shop-seller-says")));
            parts.push((own("seller"), seller.clone()));
            for id in ["shop-order", "shop-pay-first", "shop-skip"] {
                parts.push((None, format!("{}.", app.get(id))));
            }
        }
        StepContent::ShopSell { task, photos, .. } => {
            parts.push((own("task"), task.clone()));
            parts.extend(photos.iter().map(|p| (own(&format!("photo-{}", p.id)), p.alt.clone())));
        }
        StepContent::Map { text, places, contacts, paper_code, .. } => {
            parts.push((own("task"), text.clone()));
            if let Some(code) = paper_code {
                parts.push((None, format!("{}: {code}.", app.get("map-your-paper"))));
            }
            // Every place the learner may choose, with its code on a find-code map.
            for p in places.iter().filter(|p| p.choosable) {
                let code = p.code.as_ref().map(|c| format!(", {c}")).unwrap_or_default();
                parts.push((None, format!("{}{code}.", p.label)));
            }
            if !contacts.is_empty() {
                parts.push((None, app.get("map-share-with")));
                parts.extend(contacts.iter().map(|c| (own(&format!("contact-{}", c.id)), c.text.clone())));
            }
        }
    }
    let locale = texts.locale();
    let mut lines = vec![];
    for (id, text) in parts {
        let recording = id.filter(|id| recorded::find(&lesson.dir, locale, id).is_some());
        match recording {
            Some(id) => lines.push(SpeechLine { text, recording: Some(id) }),
            None => lines.extend(sentences(&text).into_iter().map(|text| SpeechLine { text, recording: None })),
        }
    }
    lines
}
