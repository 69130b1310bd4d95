//! How often someone who does not know the answers passes a lesson's final check.
//!
//! A pass must mean the person can do the task, so the validator refuses a lesson that a
//! guesser passes more than [`MAX_GUESS_RATE`] of the time. A guesser uses one *tactic* per
//! kind of item (always "scam" with one red flag, always "pay", the longest option, the option
//! that repeats the prompt's words, a random answer …); a *strategy* is one tactic for each
//! kind the pool holds, in one language. Every strategy is checked.
//!
//! The figures are exact, not simulated:
//! - the chance that one item is answered right by a tactic comes from the real grader
//!   ([`grade`]): every answer the tactic may give is graded, weighted by how likely the
//!   tactic is to give it;
//! - the draw is the player's ([`crate::player::plan_attempt`]), counted exactly by
//!   [`super::draw_odds`].
//!
//! `tests/guessing.rs` plays thousands of attempts through the real app and store with each
//! lesson's worst strategy and checks that they pass at the rate printed here.

use std::collections::BTreeSet;

use crate::i18n::{Locale, Texts};

use super::grade::{grade, right_answer, Answer};
use super::message::RED_FLAGS;
use super::model::{Lesson, Step, StepKind};

pub use super::draw_odds::{expected_right, pass_probability};
use super::phone::Practice;
use super::qr_pay::{QrAction, Scenario};
use super::shop::{BuyChoice, ShopStep, SIGNS};

/// A final check may be passed by guessing at most this often (1%).
pub const MAX_GUESS_RATE: f64 = 0.01;

/// What a guesser does on one kind of item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tactic {
    /// Choice: a random option (a random non-empty set on a "tick all that apply" item).
    ChoiceRandom,
    /// Choice: the longest option (ties: one of them at random).
    ChoiceLongest,
    /// Choice: the shortest option.
    ChoiceShortest,
    /// Choice: any option but the longest (for lessons whose right option is never the longest).
    ChoiceNotLongest,
    /// Choice: the option that repeats most words of the question.
    ChoicePromptWords,
    /// Choice: every option ticked ("tick all that apply" items; a random one elsewhere).
    ChoiceAll,
    /// Order: a random order.
    OrderRandom,
    /// Message: always "safe".
    MessageSafe,
    /// Message: always "scam", with this one red flag.
    MessageScamWith(&'static str),
    /// Message: a random verdict and, for "scam", a random non-empty set of flags.
    MessageRandom,
    /// Phone: a random button (fields filled in right: the guesser copies the practice card).
    PhoneRandom,
    PhoneFirst,
    PhoneLast,
    PhoneLongest,
    /// QR: always the same action (a static code's amount typed right).
    QrAlways(QrAction),
    QrRandom,
    /// Chat: anything the app offers, at random (a photo with a caption).
    ChatRandom,
    /// Chat: always leave the group or block the person.
    ChatExit,
    /// Chat: always turn notifications off.
    ChatMute,
    /// Chat: always report the last message of someone else.
    ChatReportLast,
    /// Chat: a ready-made reply at random.
    ChatReplyRandom,
    /// Chat: one of one's photos at random, with a caption.
    ChatPhotoRandom,
    /// Chat: by the thread's shape: vote (at random) where there is a poll, else send a photo
    /// (at random) where there are photos, else leave or block.
    ChatShape,
    /// Buying: always order.
    BuyOrder,
    /// Buying: always skip, naming this one sign.
    BuySkipWith(&'static str),
    /// Buying: a random choice and, to skip, a random non-empty set of signs.
    BuyRandom,
    /// Selling: a random non-empty set of photos, the OCOP label at random (the typed values
    /// right: the task gives them).
    SellRandom,
    /// Selling: every photo, the OCOP label ticked or not.
    SellAll(bool),
    /// Selling: one photo at random, the OCOP label ticked or not.
    SellOne(bool),
    /// Map: a place (or contact, or kind of place) at random.
    MapRandom,
    /// Map: adding a place, a building the map does not name, with a kind at random.
    MapBlank,
}

const QR_ACTIONS: [QrAction; 4] = [QrAction::Pay, QrAction::Refuse, QrAction::ShowCode, QrAction::Scan];

/// The kinds of final-check item, as a guesser tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum ItemClass {
    Choice,
    Order,
    Message,
    Phone,
    QrPay,
    Chat,
    ShopBuy,
    ShopSell,
    Map,
}

fn class_of(step: &Step) -> Option<ItemClass> {
    Some(match step.kind {
        StepKind::Choice { .. } => ItemClass::Choice,
        StepKind::Order { .. } => ItemClass::Order,
        StepKind::Message { .. } => ItemClass::Message,
        StepKind::Phone(_) => ItemClass::Phone,
        StepKind::QrPay(_) => ItemClass::QrPay,
        StepKind::Chat(_) => ItemClass::Chat,
        StepKind::Shop(ShopStep::Buy(_)) => ItemClass::ShopBuy,
        StepKind::Shop(ShopStep::Sell(_)) => ItemClass::ShopSell,
        StepKind::Map(_) => ItemClass::Map,
        StepKind::Explain { .. } => return None,
    })
}

fn tactics(class: ItemClass) -> Vec<Tactic> {
    use Tactic::*;
    match class {
        ItemClass::Choice => {
            vec![ChoiceRandom, ChoiceLongest, ChoiceShortest, ChoiceNotLongest, ChoicePromptWords, ChoiceAll]
        }
        ItemClass::Order => vec![OrderRandom],
        ItemClass::Message => {
            let mut t = vec![MessageSafe, MessageRandom];
            t.extend(RED_FLAGS.iter().map(|f| MessageScamWith(f)));
            t
        }
        ItemClass::Phone => vec![PhoneRandom, PhoneFirst, PhoneLast, PhoneLongest],
        ItemClass::QrPay => {
            let mut t: Vec<Tactic> = QR_ACTIONS.iter().map(|a| QrAlways(*a)).collect();
            t.push(QrRandom);
            t
        }
        ItemClass::Chat => {
            vec![ChatRandom, ChatExit, ChatMute, ChatReportLast, ChatReplyRandom, ChatPhotoRandom, ChatShape]
        }
        ItemClass::ShopBuy => {
            let mut t = vec![BuyOrder, BuyRandom];
            t.extend(SIGNS.iter().map(|s| BuySkipWith(s)));
            t
        }
        ItemClass::ShopSell => vec![SellRandom, SellAll(false), SellAll(true), SellOne(false), SellOne(true)],
        ItemClass::Map => vec![MapRandom, MapBlank],
    }
}

impl Tactic {
    /// The tactic in the reader's language, e.g. "tin nhắn: luôn chọn Lừa đảo + “Người lạ, số lạ”".
    pub fn describe(&self, app: &Texts) -> String {
        use Tactic::*;
        let id = match self {
            ChoiceRandom => "guess-choice-random",
            ChoiceLongest => "guess-choice-longest",
            ChoiceShortest => "guess-choice-shortest",
            ChoiceNotLongest => "guess-choice-not-longest",
            ChoicePromptWords => "guess-choice-prompt-words",
            ChoiceAll => "guess-choice-all",
            OrderRandom => "guess-order-random",
            MessageSafe => "guess-message-safe",
            MessageScamWith(flag) => {
                let label = app.get(&format!("flag-{flag}"));
                return app.format("guess-message-scam-with", &[("flag", label.into())]);
            }
            MessageRandom => "guess-message-random",
            PhoneRandom => "guess-phone-random",
            PhoneFirst => "guess-phone-first",
            PhoneLast => "guess-phone-last",
            PhoneLongest => "guess-phone-longest",
            QrAlways(QrAction::Pay) => "guess-qr-pay",
            QrAlways(QrAction::Refuse) => "guess-qr-refuse",
            QrAlways(QrAction::ShowCode) => "guess-qr-show-code",
            QrAlways(QrAction::Scan) => "guess-qr-scan",
            QrRandom => "guess-qr-random",
            ChatRandom => "guess-chat-random",
            ChatExit => "guess-chat-exit",
            ChatMute => "guess-chat-mute",
            ChatReportLast => "guess-chat-report-last",
            ChatReplyRandom => "guess-chat-reply-random",
            ChatPhotoRandom => "guess-chat-photo-random",
            ChatShape => "guess-chat-shape",
            BuyOrder => "guess-buy-order",
            BuySkipWith(sign) => {
                let label = app.get(&format!("shop-sign-{sign}"));
                return app.format("guess-buy-skip-with", &[("sign", label.into())]);
            }
            BuyRandom => "guess-buy-random",
            SellRandom => "guess-sell-random",
            SellAll(false) => "guess-sell-all",
            SellAll(true) => "guess-sell-all-ocop",
            SellOne(false) => "guess-sell-one",
            SellOne(true) => "guess-sell-one-ocop",
            MapRandom => "guess-map-random",
            MapBlank => "guess-map-blank",
        };
        app.get(id)
    }

    /// Whether the tactic depends on the words on screen (so differs between languages).
    fn reads_text(&self) -> bool {
        use Tactic::*;
        matches!(self, ChoiceLongest | ChoiceShortest | ChoiceNotLongest | ChoicePromptWords | PhoneLongest)
    }

    fn is_random(&self) -> bool {
        use Tactic::*;
        matches!(
            self,
            ChoiceRandom
                | OrderRandom
                | MessageRandom
                | PhoneRandom
                | QrRandom
                | ChatRandom
                | BuyRandom
                | SellRandom
                | MapRandom
        )
    }
}

/// One strategy and how often it passes.
#[derive(Debug, Clone, PartialEq)]
pub struct StrategyRate {
    /// One tactic per kind of item in the pool.
    pub tactics: Vec<Tactic>,
    /// The language whose texts the guesser reads (it matters for "the longest option").
    pub locale: Locale,
    /// Probability of passing the final check, 0–1.
    pub pass_rate: f64,
}

impl StrategyRate {
    pub fn describe(&self, app: &Texts) -> String {
        let tactics: Vec<String> = self.tactics.iter().map(|t| t.describe(app)).collect();
        format!("{} ({})", tactics.join(" · "), self.locale.code())
    }
}

/// The figures for one lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct GuessingReport {
    /// The strategy that passes most often.
    pub worst: StrategyRate,
    /// Answering every item at random.
    pub random: f64,
    /// How many strategies were checked.
    pub strategies: usize,
}

/// `0.0123` as "1,23%" or "1.23%", with enough digits to tell small rates apart.
pub fn percent_text(rate: f64, locale: Locale) -> String {
    let pct = rate * 100.0;
    let text = if pct == 0.0 {
        "0".to_owned()
    } else if pct < 0.001 {
        "<0.001".to_owned()
    } else if pct < 0.1 {
        format!("{pct:.3}")
    } else {
        format!("{pct:.2}")
    };
    let text = if locale == Locale::Vi { text.replace('.', ",") } else { text };
    format!("{text}%")
}

/// Computes every strategy's pass rate for `lesson` and returns the worst.
pub fn analyse(lesson: &Lesson) -> GuessingReport {
    let classes: BTreeSet<ItemClass> = lesson.pool.iter().filter_map(class_of).collect();
    let classes: Vec<ItemClass> = classes.into_iter().collect();
    let practice = Practice::for_attempt(0x6e55);
    let mut worst: Option<StrategyRate> = None;
    let mut random = 0.0_f64;
    let mut strategies = 0;
    // Chances of tactics that do not read the texts are the same in every language.
    let mut language_free: std::collections::HashMap<(usize, usize), Vec<f64>> = Default::default();
    for locale in Locale::ALL {
        let texts = lesson.texts(locale);
        // Per class, per tactic: each pool item's chance (items of other classes: unused).
        let per_tactic: Vec<Vec<(Tactic, Vec<f64>)>> = classes
            .iter()
            .enumerate()
            .map(|(c, class)| {
                tactics(*class)
                    .into_iter()
                    .enumerate()
                    .map(|(k, t)| {
                        let compute = || -> Vec<f64> {
                            lesson
                                .pool
                                .iter()
                                .map(|s| {
                                    if class_of(s) == Some(*class) {
                                        item_chance(s, t, &texts, &practice)
                                    } else {
                                        0.0
                                    }
                                })
                                .collect()
                        };
                        let p = if t.reads_text() {
                            compute()
                        } else {
                            language_free.entry((c, k)).or_insert_with(compute).clone()
                        };
                        (t, p)
                    })
                    .collect()
            })
            .collect();
        // Every combination of one tactic per class.
        let mut choice = vec![0usize; classes.len()];
        loop {
            let p: Vec<f64> = (0..lesson.pool.len())
                .map(|i| choice.iter().enumerate().map(|(c, &t)| per_tactic[c][t].1[i]).sum())
                .collect();
            let rate = pass_probability(lesson, &p);
            strategies += 1;
            let tactics: Vec<Tactic> = choice.iter().enumerate().map(|(c, &t)| per_tactic[c][t].0).collect();
            if tactics.iter().all(Tactic::is_random) {
                random = random.max(rate);
            }
            if worst.as_ref().is_none_or(|w| rate > w.pass_rate) {
                worst = Some(StrategyRate { tactics, locale, pass_rate: rate });
            }
            // Next combination.
            let mut c = 0;
            while c < choice.len() {
                choice[c] += 1;
                if choice[c] < per_tactic[c].len() {
                    break;
                }
                choice[c] = 0;
                c += 1;
            }
            if c == choice.len() {
                break;
            }
        }
    }
    GuessingReport {
        worst: worst.unwrap_or(StrategyRate { tactics: vec![], locale: Locale::REFERENCE, pass_rate: 0.0 }),
        random,
        strategies,
    }
}

/// Each pool item's chance of being answered right by `strategy` (for items of a kind the
/// strategy names no tactic for: 0).
pub fn item_chances(lesson: &Lesson, strategy: &StrategyRate) -> Vec<f64> {
    let texts = lesson.texts(strategy.locale);
    let practice = Practice::for_attempt(0x6e55);
    lesson
        .pool
        .iter()
        .map(|step| {
            let class = class_of(step);
            strategy
                .tactics
                .iter()
                .find(|t| class.is_some_and(|c| tactics(c).contains(t)))
                .map_or(0.0, |t| item_chance(step, *t, &texts, &practice))
        })
        .collect()
}

/// The chance that `tactic` answers `step` right, graded by the real grader.
fn item_chance(step: &Step, tactic: Tactic, texts: &Texts, practice: &Practice) -> f64 {
    candidates(step, tactic, texts, practice)
        .into_iter()
        .filter(|(answer, _)| grade(step, answer, practice).is_ok_and(|g| g.correct))
        .map(|(_, w)| w)
        .sum()
}

/// Every answer `tactic` may give on `step`, with its probability.
pub(crate) fn candidates(step: &Step, tactic: Tactic, texts: &Texts, practice: &Practice) -> Vec<(Answer, f64)> {
    use Tactic::*;
    let s = &step.id;
    match (&step.kind, tactic) {
        (StepKind::Choice { multiple, options, .. }, _) => {
            let ids: Vec<String> = options.iter().map(|o| o.id.clone()).collect();
            let text = |id: &str| texts.get(&format!("{s}-{id}"));
            let one_of = |chosen: Vec<String>| -> Vec<(Answer, f64)> {
                let w = 1.0 / chosen.len() as f64;
                chosen.into_iter().map(|id| (Answer::Choice { selected: vec![id] }, w)).collect()
            };
            match tactic {
                ChoiceLongest | ChoiceShortest | ChoiceNotLongest => {
                    let len = |id: &str| text(id).chars().count();
                    let max = ids.iter().map(|id| len(id)).max().unwrap_or(0);
                    let min = ids.iter().map(|id| len(id)).min().unwrap_or(0);
                    let pick: Vec<String> = match tactic {
                        ChoiceLongest => ids.iter().filter(|id| len(id) == max).cloned().collect(),
                        ChoiceShortest => ids.iter().filter(|id| len(id) == min).cloned().collect(),
                        _ => ids.iter().filter(|id| len(id) < max).cloned().collect(),
                    };
                    // All options of one length: "not the longest" is a random option.
                    one_of(if pick.is_empty() { ids.clone() } else { pick })
                }
                ChoicePromptWords => {
                    let prompt = words(&texts.get(&format!("{s}-prompt")));
                    let overlap = |id: &str| words(&text(id)).intersection(&prompt).count();
                    let max = ids.iter().map(|id| overlap(id)).max().unwrap_or(0);
                    one_of(ids.iter().filter(|id| overlap(id) == max).cloned().collect())
                }
                ChoiceAll if *multiple => vec![(Answer::Choice { selected: ids }, 1.0)],
                _ if *multiple => {
                    let n = ids.len().min(16);
                    let count = (1u32 << n) - 1;
                    (1..=count)
                        .map(|mask| {
                            let selected = (0..n).filter(|b| mask & (1 << b) != 0).map(|b| ids[b].clone()).collect();
                            (Answer::Choice { selected }, 1.0 / f64::from(count))
                        })
                        .collect()
                }
                _ => one_of(ids),
            }
        }
        (StepKind::Order { items }, _) => {
            if items.len() > 6 {
                // 5,040+ orders: only the one right order passes (the grader compares every
                // position; `random_orders_pass_one_time_in_n_factorial` checks it up to 8).
                let factorial: f64 = (1..=items.len()).map(|i| i as f64).product();
                return vec![(Answer::Order { order: items.clone() }, 1.0 / factorial)];
            }
            let orders = permutations(items);
            let w = 1.0 / orders.len() as f64;
            orders.into_iter().map(|order| (Answer::Order { order }, w)).collect()
        }
        (StepKind::Message { .. }, MessageSafe) => vec![(Answer::Message { scam: false, flags: vec![] }, 1.0)],
        (StepKind::Message { .. }, MessageScamWith(flag)) => {
            vec![(Answer::Message { scam: true, flags: vec![flag.to_owned()] }, 1.0)]
        }
        (StepKind::Message { flags: listed, .. }, _) => random_message_answers(listed),
        (StepKind::Phone(phone), _) => {
            let Answer::Phone { fields, .. } = right_answer(step, practice) else { return vec![] };
            let press = |b: &str| Answer::Phone { button: b.to_owned(), fields: fields.clone() };
            let ids: Vec<&str> = phone.buttons.iter().map(|b| b.id.as_str()).collect();
            match tactic {
                PhoneFirst => vec![(press(ids[0]), 1.0)],
                PhoneLast => vec![(press(ids[ids.len() - 1]), 1.0)],
                PhoneLongest => {
                    let len = |id: &str| texts.get(&format!("{s}-{id}")).chars().count();
                    let max = ids.iter().map(|id| len(id)).max().unwrap_or(0);
                    let longest: Vec<&&str> = ids.iter().filter(|id| len(id) == max).collect();
                    let w = 1.0 / longest.len() as f64;
                    longest.into_iter().map(|id| (press(id), w)).collect()
                }
                _ => {
                    let w = 1.0 / ids.len() as f64;
                    ids.iter().map(|id| (press(id), w)).collect()
                }
            }
        }
        (StepKind::QrPay(qr), _) => {
            let amount = (qr.scenario == Scenario::Static).then_some(qr.price).flatten();
            let act = |action: QrAction| Answer::QrPay {
                action,
                amount: if action == QrAction::Pay { amount } else { None },
            };
            match tactic {
                QrAlways(action) => vec![(act(action), 1.0)],
                _ => QR_ACTIONS.iter().map(|a| (act(*a), 1.0 / QR_ACTIONS.len() as f64)).collect(),
            }
        }
        (StepKind::Chat(chat), _) => super::guessing_apps::chat_answers(chat, tactic),
        (StepKind::Shop(ShopStep::Buy(_)), _) => match tactic {
            BuyOrder => vec![(Answer::ShopBuy { choice: BuyChoice::Order, signs: vec![] }, 1.0)],
            BuySkipWith(sign) => vec![(Answer::ShopBuy { choice: BuyChoice::Skip, signs: vec![sign.to_owned()] }, 1.0)],
            _ => super::guessing_apps::random_buy_answers(),
        },
        (StepKind::Shop(ShopStep::Sell(form)), _) => super::guessing_apps::sell_answers(form, tactic),
        (StepKind::Map(map), _) => super::guessing_apps::map_answers(map, tactic),
        (StepKind::Explain { .. }, _) => vec![(Answer::Continue, 1.0)],
    }
}

/// A random verdict and, for "scam", a uniformly random non-empty set of the 12 flags, with
/// their weights. The 4,095 sets are grouped by which of the message's own flags they hold:
/// every set that also holds unlisted flags is represented by one of them (the grader marks a
/// ticked unlisted flag wrong whatever else is ticked; `message_answers_stand_for_every_flag_set`
/// checks this against all 4,095 sets on every shipped message). 2^(k+1) answers instead of
/// 4,096, so that loading the lessons stays fast.
fn random_message_answers(listed: &[String]) -> Vec<(Answer, f64)> {
    let all = f64::from((1u32 << RED_FLAGS.len()) - 1);
    let listed: Vec<&str> = RED_FLAGS.iter().copied().filter(|f| listed.iter().any(|l| l == f)).collect();
    let unlisted: Vec<&str> = RED_FLAGS.iter().copied().filter(|f| !listed.contains(f)).collect();
    let with_unlisted = f64::from((1u32 << unlisted.len()) - 1);
    let mut out = vec![(Answer::Message { scam: false, flags: vec![] }, 0.5)];
    for mask in 0..(1u32 << listed.len()) {
        let own: Vec<String> =
            (0..listed.len()).filter(|b| mask & (1 << b) != 0).map(|b| listed[b].to_owned()).collect();
        if !own.is_empty() {
            out.push((Answer::Message { scam: true, flags: own.clone() }, 0.5 / all));
        }
        if let Some(first) = unlisted.first() {
            let mut flags = own;
            flags.push((*first).to_owned());
            out.push((Answer::Message { scam: true, flags }, 0.5 * with_unlisted / all));
        }
    }
    out
}

/// The words of a text, lower case, without punctuation; one-letter words left out.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 1).map(|w| w.to_lowercase()).collect()
}

fn permutations(items: &[String]) -> Vec<Vec<String>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut out = vec![];
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let first = rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, first.clone());
            out.push(tail);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_orders_pass_one_time_in_n_factorial() {
        let practice = Practice::for_attempt(1);
        for n in 2..=8usize {
            let items: Vec<String> = (0..n).map(|i| format!("i{i}")).collect();
            let step = Step { id: "o".into(), kind: StepKind::Order { items: items.clone() } };
            let right = permutations(&items)
                .into_iter()
                .filter(|order| grade(&step, &Answer::Order { order: order.clone() }, &practice).unwrap().correct)
                .count();
            assert_eq!(right, 1, "n = {n}");
        }
    }

    #[test]
    fn message_answers_stand_for_every_flag_set() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
        let library = crate::lessons::LessonLibrary::load(&root);
        let practice = Practice::for_attempt(1);
        let texts = library.lessons[0].texts(Locale::Vi);
        let mut checked = 0;
        for lesson in &library.lessons {
            for step in lesson.pool.iter().filter(|s| matches!(s.kind, StepKind::Message { .. })) {
                let fast = item_chance(step, Tactic::MessageRandom, &texts, &practice);
                let mut slow = 0.0;
                for mask in 1u32..(1 << RED_FLAGS.len()) {
                    let flags = (0..RED_FLAGS.len()).filter(|b| mask & (1 << b) != 0).map(|b| RED_FLAGS[b].to_owned());
                    let answer = Answer::Message { scam: true, flags: flags.collect() };
                    if grade(step, &answer, &practice).unwrap().correct {
                        slow += 0.5 / 4095.0;
                    }
                }
                if grade(step, &Answer::Message { scam: false, flags: vec![] }, &practice).unwrap().correct {
                    slow += 0.5;
                }
                assert!((fast - slow).abs() < 1e-12, "{}: {fast} vs {slow}", step.id);
                checked += 1;
            }
        }
        assert!(checked >= 65, "{checked}");
    }

    #[test]
    fn percent_text_keeps_small_rates_apart() {
        assert_eq!(percent_text(0.3107, Locale::En), "31.07%");
        assert_eq!(percent_text(0.0042, Locale::Vi), "0,42%");
        assert_eq!(percent_text(0.00042, Locale::En), "0.042%");
        assert_eq!(percent_text(0.0, Locale::En), "0%");
    }
}
