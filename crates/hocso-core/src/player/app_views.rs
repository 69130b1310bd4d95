//! What the simulated-app steps (chat, shop, map) look like on screen, and the feedback after
//! a practice answer on a shop or map step.

use crate::i18n::{Locale, Texts};
use crate::lessons::chat::{ChatStep, ME};
use crate::lessons::map::{MapStep, MapTask, PlaceIcon, CATEGORIES};
use crate::lessons::phone::Practice;
use crate::lessons::qr_pay::format_vnd;
use crate::lessons::shop::{ShopStep, DELIVERY, SIGNS};
use crate::lessons::{Grade, Lesson, Step, StepKind};
use crate::views::{ChatMessageView, FeedbackLine, OptionView, PictureView, PlaceView, StepContent};

use super::step_view::{picture_url, shuffled};

/// 1200 → "1.200" (vi) or "1,200" (en).
fn grouped(n: u64, locale: Locale) -> String {
    let digits = n.to_string();
    let sep = if locale == Locale::Vi { '.' } else { ',' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn pictures(
    lesson: &Lesson,
    s: &str,
    photos: &[crate::lessons::chat::Photo],
    seed: u64,
    texts: &Texts,
) -> Vec<PictureView> {
    shuffled(photos, seed, &format!("{s}/photos"))
        .iter()
        .map(|p| PictureView {
            id: p.id.clone(),
            url: picture_url(lesson, &Some(p.picture.clone())).unwrap_or_default(),
            alt: texts.get(&format!("{s}-photo-{}", p.id)),
        })
        .collect()
}

pub(super) fn chat_view(
    lesson: &Lesson,
    s: &str,
    chat: &ChatStep,
    seed: u64,
    texts: &Texts,
    app: &Texts,
) -> StepContent {
    let messages = chat
        .messages
        .iter()
        .map(|m| ChatMessageView {
            id: m.id.clone(),
            mine: m.from == ME,
            sender: if m.from == ME { app.get("chat-me") } else { texts.get(&format!("{s}-by-{}", m.from)) },
            time: m.time.clone(),
            text: texts.get(&format!("{s}-msg-{}", m.id)),
            picture: picture_url(lesson, &m.picture),
            pinned: m.pinned,
            poll: m
                .poll
                .iter()
                .map(|o| OptionView { id: o.clone(), text: texts.get(&format!("{s}-msg-{}-{o}", m.id)) })
                .collect(),
        })
        .collect();
    StepContent::Chat {
        chat: chat.chat,
        title: texts.get(&format!("{s}-title")),
        task: texts.get(&format!("{s}-task")),
        messages,
        replies: shuffled(&chat.replies, seed, &format!("{s}/replies"))
            .iter()
            .map(|r| OptionView { id: r.clone(), text: texts.get(&format!("{s}-reply-{r}")) })
            .collect(),
        photos: pictures(lesson, s, &chat.photos, seed, texts),
    }
}

pub(super) fn shop_view(
    lesson: &Lesson,
    s: &str,
    shop: &ShopStep,
    seed: u64,
    texts: &Texts,
    app: &Texts,
) -> StepContent {
    let locale = app.locale();
    match shop {
        ShopStep::Buy(page) => StepContent::ShopBuy {
            task: texts.get(&format!("{s}-task")),
            product: texts.get(&format!("{s}-product")),
            shop: texts.get(&format!("{s}-shop")),
            seller: texts.get(&format!("{s}-seller")),
            picture: picture_url(lesson, &page.picture),
            price: format_vnd(page.price, locale),
            market_price: page.market_price.map(|m| format_vnd(m, locale)),
            rating: match page.rating_tenths {
                Some(tenths) => {
                    let stars = format!("{},{}", tenths / 10, tenths % 10);
                    let stars = if locale == Locale::En { stars.replace(',', ".") } else { stars };
                    app.format(
                        "shop-rating",
                        &[("stars", stars.into()), ("count", grouped(u64::from(page.reviews), locale).into())],
                    )
                }
                None => app.get("shop-no-rating"),
            },
            sold: app.format("shop-sold", &[("count", grouped(u64::from(page.sold), locale).into())]),
            badge: page.badge,
            signs: SIGNS
                .iter()
                .map(|g| OptionView { id: (*g).to_owned(), text: app.get(&format!("shop-sign-{g}")) })
                .collect(),
        },
        ShopStep::Sell(form) => StepContent::ShopSell {
            task: texts.get(&format!("{s}-task")),
            photos: pictures(lesson, s, &form.photos, seed, texts),
            delivery: DELIVERY
                .iter()
                .map(|d| OptionView { id: (*d).to_owned(), text: app.get(&format!("shop-delivery-{d}")) })
                .collect(),
        },
    }
}

pub(super) fn map_view(s: &str, map: &MapStep, seed: u64, texts: &Texts, app: &Texts) -> StepContent {
    let practice = Practice::for_attempt(seed);
    let choosable: Vec<&str> = map.choosable().iter().map(|p| p.id.as_str()).collect();
    let find_code = map.task == MapTask::FindCode;
    StepContent::Map {
        task: map.task,
        text: texts.get(&format!("{s}-task")),
        places: map
            .places
            .iter()
            .map(|p| PlaceView {
                id: p.id.clone(),
                column: p.column,
                row: p.row,
                icon: p.icon,
                label: texts.get(&format!("{s}-place-{}", p.id)),
                code: (find_code && p.icon == PlaceIcon::Home).then(|| spaced(&practice.address_code(s, &p.id))),
                choosable: choosable.contains(&p.id.as_str()),
            })
            .collect(),
        roads: map.roads.clone(),
        contacts: shuffled(&map.contacts, seed, &format!("{s}/contacts"))
            .iter()
            .map(|c| OptionView { id: c.clone(), text: texts.get(&format!("{s}-contact-{c}")) })
            .collect(),
        categories: if map.task == MapTask::AddPlace {
            CATEGORIES
                .iter()
                .map(|c| OptionView { id: (*c).to_owned(), text: app.get(&format!("map-category-{c}")) })
                .collect()
        } else {
            vec![]
        },
        paper_code: find_code.then(|| spaced(&practice.address_code(s, &map.answer))),
    }
}

/// "0001234567" → "000 123 4567": read in groups, as a phone number is.
fn spaced(code: &str) -> String {
    format!("{} {} {}", &code[..3], &code[3..6], &code[6..])
}

/// Practice feedback on a shop or map step: what to fix, or why it is right.
pub(super) fn feedback(step: &Step, verdict: &Grade, texts: &Texts, app: &Texts) -> Vec<FeedbackLine> {
    let s = &step.id;
    let line = |text: String, correct: bool| FeedbackLine { text, correct };
    if verdict.correct {
        return vec![line(texts.get(&format!("{s}-explain")), true)];
    }
    let mut out = vec![];
    match &step.kind {
        StepKind::Shop(ShopStep::Buy(_)) => {
            out.push(line(texts.get(&format!("{s}-hint")), false));
            if !verdict.wrong_flags.is_empty() {
                let labels: Vec<String> =
                    verdict.wrong_flags.iter().map(|f| app.get(&format!("shop-sign-{f}"))).collect();
                out.push(line(app.format("feedback-shop-wrong-signs", &[("signs", labels.join(" · ").into())]), false));
            }
        }
        StepKind::Shop(ShopStep::Sell(_)) => {
            for part in &verdict.invalid_fields {
                let text = if part == "photos" {
                    texts.get(&format!("{s}-hint"))
                } else {
                    app.get(&format!("shop-hint-{part}"))
                };
                out.push(line(text, false));
            }
        }
        StepKind::Map(_) => {
            for part in &verdict.invalid_fields {
                let text = match part.as_str() {
                    "name" | "category" => app.get(&format!("map-hint-{part}")),
                    _ => texts.get(&format!("{s}-hint")),
                };
                out.push(line(text, false));
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_the_local_way() {
        assert_eq!(grouped(1_200, Locale::Vi), "1.200");
        assert_eq!(grouped(1_234_567, Locale::En), "1,234,567");
        assert_eq!(grouped(15, Locale::Vi), "15");
        assert_eq!(spaced("0001234567"), "000 123 4567");
    }
}
