//! The validator's guessing figures, checked by playing. For every shipped lesson, a guesser
//! plays many attempts through the real app (`HocSo`, a real SQLite file, the shipped lesson
//! files): the practice answered right, the pre-check skipped, and every final-check item
//! answered from what the screen shows, with the lesson's worst strategy and with random
//! answers. The passes and the number of right answers must agree with the exact figures of
//! `hocso_core::lessons::guessing`, within sampling error.
//!
//! `HOCSO_GUESS_ATTEMPTS` sets the attempts per lesson and strategy (400 by default, about
//! 90 s in a debug build; `make test-long` plays 10,000 in a release build).

use std::path::{Path, PathBuf};

use rand::rngs::ChaCha8Rng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};

use hocso_core::i18n::Locale;
use hocso_core::lessons::chat::{ChatAction, ChatKind};
use hocso_core::lessons::guessing::{self, StrategyRate, Tactic};
use hocso_core::lessons::map::{MapAct, MapTask, PlaceIcon};
use hocso_core::lessons::message::RED_FLAGS;
use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::qr_pay::QrAction;
use hocso_core::lessons::shop::{BuyChoice, Listing};
use hocso_core::lessons::{right_answer, Answer, Lesson};
use hocso_core::store::NewLearner;
use hocso_core::views::{OptionView, Phase, PlaceView, PlayerView, StepContent};
use hocso_core::HocSo;

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

fn attempts() -> usize {
    std::env::var("HOCSO_GUESS_ATTEMPTS").ok().and_then(|n| n.parse().ok()).unwrap_or(200)
}

/// The words of a text, lower case, without punctuation; one-letter words left out.
fn words(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1)
        .map(|w| w.to_lowercase())
        .collect();
    w.sort();
    w.dedup();
    w
}

/// One of `options` (ids), at random among those `keep` selects (all of them if none).
fn pick(options: &[OptionView], keep: impl Fn(&OptionView) -> bool, rng: &mut ChaCha8Rng) -> String {
    let kept: Vec<&OptionView> = options.iter().filter(|o| keep(o)).collect();
    let from = if kept.is_empty() { options.iter().collect() } else { kept };
    from.choose(rng).expect("options on screen").id.clone()
}

/// What a guesser using `tactics` answers to the item on screen, reading only the screen
/// (phone fields are copied from the practice card and SMS, as a careful guesser would).
fn guess(view: &PlayerView, tactics: &[Tactic], fields: Option<Answer>, rng: &mut ChaCha8Rng) -> Answer {
    let content = &view.step.as_ref().expect("a step").content;
    let has = |t: Tactic| tactics.contains(&t);
    match content {
        StepContent::Choice { prompt, multiple, options, .. } => {
            let len = |o: &OptionView| o.text.chars().count();
            let max = options.iter().map(len).max().unwrap_or(0);
            let min = options.iter().map(len).min().unwrap_or(0);
            let prompt = words(prompt);
            let overlap = |o: &OptionView| words(&o.text).iter().filter(|w| prompt.contains(w)).count();
            let best = options.iter().map(overlap).max().unwrap_or(0);
            let one = if has(Tactic::ChoiceLongest) {
                Some(pick(options, |o| len(o) == max, rng))
            } else if has(Tactic::ChoiceShortest) {
                Some(pick(options, |o| len(o) == min, rng))
            } else if has(Tactic::ChoiceNotLongest) {
                Some(pick(options, |o| len(o) < max, rng))
            } else if has(Tactic::ChoicePromptWords) {
                Some(pick(options, |o| overlap(o) == best, rng))
            } else {
                None
            };
            let selected = match (one, *multiple) {
                (Some(id), _) => vec![id],
                (None, true) if has(Tactic::ChoiceAll) => options.iter().map(|o| o.id.clone()).collect(),
                (None, true) => loop {
                    let s: Vec<String> =
                        options.iter().filter(|_| rng.random_bool(0.5)).map(|o| o.id.clone()).collect();
                    if !s.is_empty() {
                        break s;
                    }
                },
                (None, false) => vec![options.choose(rng).unwrap().id.clone()],
            };
            Answer::Choice { selected }
        }
        StepContent::Order { items, .. } => {
            let mut order: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
            order.shuffle(rng);
            Answer::Order { order }
        }
        StepContent::Message { .. } => {
            if has(Tactic::MessageSafe) {
                return Answer::Message { scam: false, flags: vec![] };
            }
            if let Some(Tactic::MessageScamWith(flag)) =
                tactics.iter().find(|t| matches!(t, Tactic::MessageScamWith(_)))
            {
                return Answer::Message { scam: true, flags: vec![(*flag).to_owned()] };
            }
            if rng.random_bool(0.5) {
                return Answer::Message { scam: false, flags: vec![] };
            }
            loop {
                let flags: Vec<String> =
                    RED_FLAGS.iter().filter(|_| rng.random_bool(0.5)).map(|f| (*f).to_owned()).collect();
                if !flags.is_empty() {
                    break Answer::Message { scam: true, flags };
                }
            }
        }
        StepContent::Phone { buttons, .. } => {
            let Some(Answer::Phone { fields, .. }) = fields else { panic!("phone fields") };
            let len = |o: &OptionView| o.text.chars().count();
            let max = buttons.iter().map(len).max().unwrap_or(0);
            let button = if has(Tactic::PhoneFirst) {
                buttons[0].id.clone()
            } else if has(Tactic::PhoneLast) {
                buttons[buttons.len() - 1].id.clone()
            } else if has(Tactic::PhoneLongest) {
                pick(buttons, |o| len(o) == max, rng)
            } else {
                buttons.choose(rng).unwrap().id.clone()
            };
            Answer::Phone { button, fields }
        }
        StepContent::QrPay { price, needs_amount, .. } => {
            let action = tactics
                .iter()
                .find_map(|t| match t {
                    Tactic::QrAlways(a) => Some(*a),
                    _ => None,
                })
                .unwrap_or_else(|| {
                    *[QrAction::Pay, QrAction::Refuse, QrAction::ShowCode, QrAction::Scan].choose(rng).unwrap()
                });
            // A static code: the guesser types the price the sign shows.
            let amount = (*needs_amount && action == QrAction::Pay)
                .then(|| price.as_deref().unwrap_or("").chars().filter(char::is_ascii_digit).collect::<String>())
                .and_then(|d| d.parse().ok());
            Answer::QrPay { action, amount }
        }
        StepContent::Chat { chat, messages, replies, photos, .. } => {
            let act = |action, message: Option<&str>, option: Option<&str>| Answer::Chat {
                action,
                message: message.map(str::to_owned),
                option: option.map(str::to_owned),
                caption: (action == ChatAction::SendPhoto).then(|| "Ảnh".to_owned()),
            };
            let exit = if *chat == ChatKind::Group { ChatAction::Leave } else { ChatAction::Block };
            let mut all: Vec<Answer> = replies.iter().map(|r| act(ChatAction::Reply, None, Some(&r.id))).collect();
            for m in messages {
                all.extend(m.poll.iter().map(|o| act(ChatAction::Vote, Some(&m.id), Some(&o.id))));
                if !m.mine {
                    all.push(act(ChatAction::React, Some(&m.id), None));
                    all.push(act(ChatAction::Report, Some(&m.id), None));
                }
            }
            all.push(act(ChatAction::Mute, None, None));
            all.push(act(exit, None, None));
            all.extend(photos.iter().map(|p| act(ChatAction::SendPhoto, None, Some(&p.id))));
            let last = messages.iter().rev().find(|m| !m.mine);
            let of = |action: ChatAction| -> Vec<Answer> {
                all.iter().filter(|a| matches!(a, Answer::Chat { action: x, .. } if *x == action)).cloned().collect()
            };
            let votes: Vec<Answer> =
                all.iter().filter(|a| matches!(a, Answer::Chat { action: ChatAction::Vote, .. })).cloned().collect();
            let photos: Vec<Answer> = all
                .iter()
                .filter(|a| matches!(a, Answer::Chat { action: ChatAction::SendPhoto, .. }))
                .cloned()
                .collect();
            let chosen = if has(Tactic::ChatShape) {
                if !votes.is_empty() {
                    votes
                } else if !photos.is_empty() {
                    photos
                } else {
                    vec![act(exit, None, None)]
                }
            } else if has(Tactic::ChatExit) {
                vec![act(exit, None, None)]
            } else if has(Tactic::ChatMute) {
                vec![act(ChatAction::Mute, None, None)]
            } else if has(Tactic::ChatReportLast) {
                last.map(|m| vec![act(ChatAction::Report, Some(&m.id), None)]).unwrap_or_default()
            } else if has(Tactic::ChatReplyRandom) {
                of(ChatAction::Reply)
            } else if has(Tactic::ChatPhotoRandom) {
                of(ChatAction::SendPhoto)
            } else {
                vec![]
            };
            if chosen.is_empty() { all } else { chosen }.choose(rng).unwrap().clone()
        }
        StepContent::ShopBuy { signs, .. } => {
            if has(Tactic::BuyOrder) {
                return Answer::ShopBuy { choice: BuyChoice::Order, signs: vec![] };
            }
            if let Some(Tactic::BuySkipWith(sign)) = tactics.iter().find(|t| matches!(t, Tactic::BuySkipWith(_))) {
                return Answer::ShopBuy { choice: BuyChoice::Skip, signs: vec![(*sign).to_owned()] };
            }
            match rng.random_range(0..3) {
                0 => Answer::ShopBuy { choice: BuyChoice::Order, signs: vec![] },
                1 => Answer::ShopBuy { choice: BuyChoice::PayFirst, signs: vec![] },
                _ => loop {
                    let ticked: Vec<String> =
                        signs.iter().filter(|_| rng.random_bool(0.5)).map(|s| s.id.clone()).collect();
                    if !ticked.is_empty() {
                        break Answer::ShopBuy { choice: BuyChoice::Skip, signs: ticked };
                    }
                },
            }
        }
        StepContent::ShopSell { photos, .. } => {
            // The typed values are the task's: the guesser copies them.
            let Some(Answer::ShopSell { listing }) = fields else { panic!("a listing") };
            let ids: Vec<String> = photos.iter().map(|p| p.id.clone()).collect();
            let (chosen, ocop) = match tactics.iter().find(|t| matches!(t, Tactic::SellAll(_) | Tactic::SellOne(_))) {
                Some(Tactic::SellAll(ocop)) => (ids, *ocop),
                Some(Tactic::SellOne(ocop)) => (vec![ids.choose(rng).unwrap().clone()], *ocop),
                _ => loop {
                    let some: Vec<String> = ids.iter().filter(|_| rng.random_bool(0.5)).cloned().collect();
                    if !some.is_empty() {
                        break (some, rng.random_bool(0.5));
                    }
                },
            };
            Answer::ShopSell { listing: Listing { photos: chosen, ocop, ..listing } }
        }
        StepContent::Map { task, places, contacts, categories, .. } => {
            let choosable: Vec<&PlaceView> = places.iter().filter(|p| p.choosable).collect();
            let mut act = MapAct { place: None, contact: None, category: None, name: None };
            match task {
                MapTask::Share => act.contact = Some(contacts.choose(rng).unwrap().id.clone()),
                MapTask::Route | MapTask::FindCode => act.place = Some(choosable.choose(rng).unwrap().id.clone()),
                MapTask::AddPlace => {
                    let blank: Vec<&&PlaceView> = choosable.iter().filter(|p| p.icon == PlaceIcon::Blank).collect();
                    let place = if has(Tactic::MapBlank) && !blank.is_empty() {
                        blank.choose(rng).unwrap().id.clone()
                    } else {
                        choosable.choose(rng).unwrap().id.clone()
                    };
                    act.place = Some(place);
                    act.category = Some(categories.choose(rng).unwrap().id.clone());
                    act.name = Some("Quán".into());
                }
            }
            Answer::Map { act }
        }
        StepContent::Explain { .. } => Answer::Continue,
    }
}

struct Played {
    passed: usize,
    right: usize,
    attempts: usize,
}

/// Plays `n` attempts of `lesson` for one learner with `strategy`.
fn play(app: &mut HocSo, lesson: &Lesson, strategy: &StrategyRate, n: usize, rng: &mut ChaCha8Rng) -> Played {
    app.set_locale(strategy.locale).unwrap();
    app.give_consent();
    let name = format!("Người đoán {}", rng.random_range(0..u32::MAX));
    let learner = app.create_learner(&NewLearner { display_name: name, birth_year: 1960, gender: None }).unwrap();
    let mut played = Played { passed: 0, right: 0, attempts: 0 };
    for _ in 0..n {
        let mut view = app.open_lesson(learner.id, lesson.id.as_str()).unwrap();
        let seed = app.store().attempt(view.attempt_id).unwrap().seed;
        let practice = Practice::for_attempt(seed);
        loop {
            match view.phase {
                Phase::PreCheck => view = app.skip_pre_check(view.attempt_id).unwrap(),
                Phase::Practice => {
                    let id = view.step.as_ref().unwrap().id.clone();
                    let answer = right_answer(lesson.step(&id).unwrap(), &practice);
                    view = app.answer(view.attempt_id, &id, &answer).unwrap().next;
                }
                Phase::FinalCheck => {
                    let id = view.step.as_ref().unwrap().id.clone();
                    let fields = Some(right_answer(lesson.step(&id).unwrap(), &practice));
                    let answer = guess(&view, &strategy.tactics, fields, rng);
                    let outcome = app.answer(view.attempt_id, &id, &answer).unwrap();
                    played.right += usize::from(outcome.correct);
                    view = outcome.next;
                }
                Phase::Finished => {
                    played.passed += usize::from(view.result.as_ref().unwrap().passed);
                    played.attempts += 1;
                    break;
                }
            }
        }
    }
    played
}

/// Every kind in the lesson's pool answered at random.
fn random_strategy(lesson: &Lesson) -> StrategyRate {
    StrategyRate {
        tactics: vec![
            Tactic::ChoiceRandom,
            Tactic::OrderRandom,
            Tactic::MessageRandom,
            Tactic::PhoneRandom,
            Tactic::QrRandom,
            Tactic::ChatRandom,
            Tactic::BuyRandom,
            Tactic::SellRandom,
            Tactic::MapRandom,
        ],
        locale: Locale::Vi,
        pass_rate: lesson.guessing.as_ref().unwrap().random,
    }
}

#[test]
fn guessers_pass_the_shipped_lessons_at_the_rate_the_validator_prints() {
    // A real file, on a RAM disk where there is one: the point is the app's own path, not the disk.
    let shm = Path::new("/dev/shm");
    let dir = if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }.unwrap();
    let mut app = HocSo::open(&dir.path().join("guess.sqlite3"), &lessons()).unwrap();
    app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    let lessons = app.library().lessons.clone();
    assert_eq!(lessons.len(), 9);
    let n = attempts();
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    for lesson in &lessons {
        let report = lesson.guessing.clone().unwrap();
        for strategy in [report.worst.clone(), random_strategy(lesson)] {
            let p = guessing::item_chances(lesson, &strategy);
            let rate = guessing::pass_probability(lesson, &p);
            let mean = guessing::expected_right(lesson, &p);
            assert!(rate <= report.worst.pass_rate + 1e-12, "{}: the worst is the worst", lesson.id);
            let played = play(&mut app, lesson, &strategy, n, &mut rng);
            assert_eq!(played.attempts, n);
            // Passes: a count of rare events, so within 4 Poisson standard deviations of the
            // expected count, plus two passes of slack for expected counts far below one.
            let observed = played.passed as f64 / n as f64;
            let expected = rate * n as f64;
            assert!(
                (played.passed as f64 - expected).abs() <= 4.0 * expected.sqrt() + 2.0,
                "{} {:?}: passed {observed} of the time, the validator says {rate}",
                lesson.id,
                strategy.tactics
            );
            // Right answers per attempt: a much more sensitive check of every item's chance and
            // of the draw (its standard deviation is at most √draw / 2 per attempt).
            let observed_mean = played.right as f64 / n as f64;
            let sd_mean = (lesson.draw as f64).sqrt() / 2.0 / (n as f64).sqrt();
            assert!(
                (observed_mean - mean).abs() <= 4.0 * sd_mean,
                "{} {:?}: {observed_mean} right per attempt, expected {mean}",
                lesson.id,
                strategy.tactics
            );
            println!(
                "{} {:?}: passed {}/{} ({:.4}%, exact {:.4}%); right per attempt {:.3} (exact {:.3})",
                lesson.id,
                strategy.tactics,
                played.passed,
                n,
                observed * 100.0,
                rate * 100.0,
                observed_mean,
                mean
            );
        }
    }
}
