//! What one step looks like on screen, in the chosen language: the texts, the shuffled
//! options, the practice props and the VietQR code.

use rand::rngs::ChaCha8Rng;
use rand::seq::SliceRandom;
use rand::SeedableRng;

use crate::i18n::Texts;
use crate::lessons::message::{Channel, RED_FLAGS};
use crate::lessons::phone::{PhoneStep, Practice, Prop};
use crate::lessons::qr_pay::{format_vnd, mask_account, QrPayStep, Scenario};
use crate::lessons::{Lesson, Step, StepKind};
use crate::views::{OptionView, PhoneFieldView, PracticeCardView, StepContent, StepView};

/// The same shuffle every time the same attempt shows the same step, so that a learner who
/// comes back after a crash sees the options where they were.
pub(super) fn shuffled<T: Clone>(items: &[T], seed: u64, step_id: &str) -> Vec<T> {
    let mut mixed = seed;
    for b in step_id.bytes() {
        mixed = mixed.rotate_left(5) ^ u64::from(b);
        mixed = mixed.wrapping_mul(0x100_0000_01b3);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(mixed);
    let mut out = items.to_vec();
    out.shuffle(&mut rng);
    out
}

pub(super) fn picture_url(lesson: &Lesson, picture: &Option<String>) -> Option<String> {
    use base64::Engine;
    let name = picture.as_ref()?;
    let bytes = std::fs::read(lesson.dir.join(name)).ok()?;
    let mime = match name.rsplit('.').next() {
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg") | Some("jpeg") => "image/jpeg",
        _ => "application/octet-stream",
    };
    Some(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
}

pub(super) fn step_view(lesson: &Lesson, step: &Step, seed: u64, texts: &Texts, app: &Texts) -> StepView {
    let s = &step.id;
    let content = match &step.kind {
        StepKind::Explain { picture } => {
            StepContent::Explain { text: texts.get(&format!("{s}-text")), picture: picture_url(lesson, picture) }
        }
        StepKind::Choice { multiple, options, picture } => StepContent::Choice {
            prompt: texts.get(&format!("{s}-prompt")),
            instruction: app.get(if *multiple { "player-choose-all" } else { "player-choose-one" }),
            multiple: *multiple,
            options: shuffled(options, seed, s)
                .iter()
                .map(|o| OptionView { id: o.id.clone(), text: texts.get(&format!("{s}-{}", o.id)) })
                .collect(),
            picture: picture_url(lesson, picture),
        },
        StepKind::Order { items } => {
            let mut mixed = shuffled(items, seed, s);
            // Never show an order step already solved.
            if mixed == *items {
                mixed.rotate_left(1);
            }
            StepContent::Order {
                prompt: texts.get(&format!("{s}-prompt")),
                instruction: app.get("player-order-instruction"),
                items: mixed
                    .iter()
                    .map(|i| OptionView { id: i.clone(), text: texts.get(&format!("{s}-{i}")) })
                    .collect(),
            }
        }
        StepKind::Message { channel, .. } => StepContent::Message {
            channel: *channel,
            channel_label: app.get(channel.fluent_id()),
            sender: texts.get(&format!("{s}-sender")),
            body: texts.get(&format!("{s}-body")),
            question: app.get(if *channel == Channel::Call { "message-question-call" } else { "message-question" }),
            flags: red_flag_options(app),
            flags_instruction: app.get("message-flags-instruction"),
        },
        StepKind::Phone(phone) => phone_view(s, phone, &Practice::for_attempt(seed), texts, app),
        StepKind::QrPay(qr) => qr_pay_view(s, qr, texts, app),
        StepKind::Chat(chat) => super::app_views::chat_view(lesson, s, chat, seed, texts, app),
        StepKind::Shop(shop) => super::app_views::shop_view(lesson, s, shop, seed, texts, app),
        StepKind::Map(map) => super::app_views::map_view(s, map, seed, texts, app),
    };
    let speech = super::speech_lines::speech_lines(lesson, step, &content, texts, app);
    StepView { id: step.id.clone(), content, speech }
}

fn phone_view(s: &str, phone: &PhoneStep, practice: &Practice, texts: &Texts, app: &Texts) -> StepContent {
    let shows = |p: Prop| phone.show.contains(&p);
    StepContent::Phone {
        app: phone.app,
        app_label: app.get(phone.app.fluent_id()),
        title: texts.get(&format!("{s}-title")),
        task: texts.get(&format!("{s}-task")),
        fields: phone
            .fields
            .iter()
            .map(|f| PhoneFieldView { id: f.id.clone(), label: texts.get(&format!("{s}-{}", f.id)), input: f.rule })
            .collect(),
        buttons: phone
            .buttons
            .iter()
            .map(|b| OptionView { id: b.id.clone(), text: texts.get(&format!("{s}-{}", b.id)) })
            .collect(),
        card: shows(Prop::Card).then(|| PracticeCardView {
            heading: app.get("practice-card-heading"),
            name: practice.name.clone(),
            personal_id: practice.personal_id_display(),
            number_label: app.get("practice-card-number"),
        }),
        phone_number: shows(Prop::PhoneNumber)
            .then(|| app.format("practice-phone-number", &[("number", practice.phone.clone().into())])),
        sms: shows(Prop::SmsOtp).then(|| app.format("practice-sms-otp", &[("otp", practice.otp(s).into())])),
        practice_note: app.get("practice-note"),
    }
}

fn qr_pay_view(s: &str, qr: &QrPayStep, texts: &Texts, app: &Texts) -> StepContent {
    use base64::Engine;
    let locale = app.locale();
    let payload = qr.payload().unwrap_or_default();
    let svg = crate::vietqr::render_svg(&payload).unwrap_or_default();
    let bank = crate::vietqr::bank_by_bin(&qr.bank).map(|b| b.short_name.to_owned()).unwrap_or_default();
    let receive = qr.scenario == Scenario::Receive;
    StepContent::QrPay {
        task: texts.get(&format!("{s}-task")),
        code: format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg)),
        payload,
        receive,
        shop: qr.shop.clone(),
        price: qr.price.map(|p| format_vnd(p, locale)),
        bank,
        payee: qr.payee.clone(),
        account: mask_account(&qr.account),
        amount: qr.amount.map(|a| format_vnd(a, locale)),
        needs_amount: qr.scenario == Scenario::Static,
    }
}

/// The fixed red flags with their labels in the chosen language.
fn red_flag_options(app: &Texts) -> Vec<OptionView> {
    RED_FLAGS.iter().map(|f| OptionView { id: (*f).to_owned(), text: app.get(&format!("flag-{f}")) }).collect()
}

pub(super) fn flag_labels(flags: &[String], app: &Texts) -> String {
    flags.iter().map(|f| app.get(&format!("flag-{f}"))).collect::<Vec<_>>().join(" · ")
}
