//! One step of `lesson.toml` into the model, per kind, with every problem on the step's line.

use std::collections::BTreeSet;
use std::path::Path;

use super::files::StepEntry;
use super::message::{is_typology, Channel, RED_FLAGS};
use super::model::{ChoiceOption, Step, StepKind};
use super::phone::{InputRule, PhoneApp, PhoneField, PhoneStep, Prop};
use super::problem::{Problem, ProblemKind};
use super::qr_pay::{QrPayStep, Scenario};
use super::validate::{is_valid_id, line_of_value};

/// At most this many options, buttons or order items on one step: more would not fit an
/// elder's screen, and "tick all that apply" is graded over every set of them.
const MAX_OPTIONS: usize = 8;

/// The optional keys each kind may use (`id` and `kind` are always there).
const KINDS: [&str; 9] = ["explain", "choice", "order", "message", "phone", "qr-pay", "chat", "shop", "map"];

pub(super) fn allowed(kind: &str) -> &'static [&'static str] {
    match kind {
        "explain" => &["picture"],
        "choice" => &["picture", "options", "multiple"],
        "order" => &["items"],
        "message" => &["channel", "verdict", "typology", "flags"],
        "phone" => &["app", "show", "fields", "buttons"],
        "qr-pay" => &["scenario", "bank", "account", "payee", "shop", "amount", "price"],
        "chat" => &["chat", "messages", "replies", "photos", "expect"],
        // Which of these each role takes is checked in `shop::convert`.
        "shop" => &[
            "role",
            "picture",
            "price",
            "market_price",
            "rating",
            "reviews",
            "sold",
            "badge",
            "outside",
            "photos",
            "weight",
            "ocop",
        ],
        "map" => &["task", "places", "roads", "contacts", "answer", "category"],
        _ => &[],
    }
}

pub(super) fn present(entry: &StepEntry) -> Vec<&'static str> {
    let keys: [(&'static str, bool); 39] = [
        ("picture", entry.picture.is_some()),
        ("options", entry.options.is_some()),
        ("multiple", entry.multiple.is_some()),
        ("items", entry.items.is_some()),
        ("channel", entry.channel.is_some()),
        ("verdict", entry.verdict.is_some()),
        ("typology", entry.typology.is_some()),
        ("flags", entry.flags.is_some()),
        ("app", entry.app.is_some()),
        ("show", entry.show.is_some()),
        ("fields", entry.fields.is_some()),
        ("buttons", entry.buttons.is_some()),
        ("scenario", entry.scenario.is_some()),
        ("bank", entry.bank.is_some()),
        ("account", entry.account.is_some()),
        ("payee", entry.payee.is_some()),
        ("shop", entry.shop.is_some()),
        ("amount", entry.amount.is_some()),
        ("price", entry.price.is_some()),
        ("chat", entry.chat.is_some()),
        ("messages", entry.messages.is_some()),
        ("replies", entry.replies.is_some()),
        ("photos", entry.photos.is_some()),
        ("expect", entry.expect.is_some()),
        ("role", entry.role.is_some()),
        ("market_price", entry.market_price.is_some()),
        ("rating", entry.rating.is_some()),
        ("reviews", entry.reviews.is_some()),
        ("sold", entry.sold.is_some()),
        ("badge", entry.badge.is_some()),
        ("outside", entry.outside.is_some()),
        ("weight", entry.weight.is_some()),
        ("ocop", entry.ocop.is_some()),
        ("task", entry.task.is_some()),
        ("places", entry.places.is_some()),
        ("roads", entry.roads.is_some()),
        ("contacts", entry.contacts.is_some()),
        ("answer", entry.answer.is_some()),
        ("category", entry.category.is_some()),
    ];
    keys.iter().filter(|(_, p)| *p).map(|(k, _)| *k).collect()
}

/// The line of `key = …` within the step starting at line `from` (before the next table).
fn key_line(source: &str, key: &str, from: usize) -> Option<usize> {
    source.lines().enumerate().skip(from).take_while(|(_, l)| !l.trim_start().starts_with('[')).find_map(|(i, l)| {
        let rest = l.trim_start().strip_prefix(key)?;
        rest.trim_start().starts_with('=').then_some(i + 1)
    })
}

pub(super) struct Ctx<'a> {
    pub step: &'a str,
    pub path: &'a Path,
    pub source: &'a str,
    pub line: Option<usize>,
}

impl Ctx<'_> {
    /// The line of `key = "value"` at or after the step's line (the step's line if not found).
    pub fn line_of(&self, key: &str, value: &str) -> Option<usize> {
        line_of_value(self.source, key, value, self.line.unwrap_or(1)).or(self.line)
    }
    /// The line of the `n`-th (0-based) `key = "value"` from the step's line on.
    pub fn nth_line_of(&self, key: &str, value: &str, n: usize) -> Option<usize> {
        let mut from = self.line.unwrap_or(1);
        let mut found = None;
        for _ in 0..=n {
            found = line_of_value(self.source, key, value, from);
            from = found? + 1;
        }
        found.or(self.line)
    }
    pub fn push(&self, problems: &mut Vec<Problem>, kind: ProblemKind) {
        problems.push(Problem::new(self.path, self.line, kind));
    }
    pub fn bad_field(&self, problems: &mut Vec<Problem>, field: &str) {
        // On the key's own line when the step has it ("rating (1.0–5.0)" → `rating = …`).
        let key = field.split([':', ' ', '(']).next().unwrap_or(field);
        let line = self.line.and_then(|from| key_line(self.source, key, from)).or(self.line);
        problems.push(Problem::new(
            self.path,
            line,
            ProblemKind::StepField { step: self.step.to_owned(), field: field.to_owned() },
        ));
    }
    /// Options or buttons: valid, unique ids, exactly one right (or at least one if `multiple`).
    fn options(
        &self,
        problems: &mut Vec<Problem>,
        list: &[super::files::OptionEntry],
        multiple: bool,
    ) -> Vec<ChoiceOption> {
        if list.len() < 2 && !multiple {
            self.push(problems, ProblemKind::TooFewOptions { step: self.step.to_owned() });
        }
        if list.len() > MAX_OPTIONS {
            self.push(problems, ProblemKind::TooManyOptions { step: self.step.to_owned(), max: MAX_OPTIONS as u32 });
        }
        let correct = list.iter().filter(|o| o.correct).count();
        if correct == 0 || (!multiple && correct != 1) {
            self.push(problems, ProblemKind::CorrectCount { step: self.step.to_owned() });
        }
        let mut ids = BTreeSet::new();
        for o in list {
            let line = line_of_value(self.source, "id", &o.id, self.line.unwrap_or(1));
            if !is_valid_id(&o.id) {
                problems.push(Problem::new(self.path, line, ProblemKind::BadId { id: o.id.clone() }));
            }
            if !ids.insert(o.id.clone()) {
                problems.push(Problem::new(
                    self.path,
                    line,
                    ProblemKind::DuplicateOption { step: self.step.to_owned(), option: o.id.clone() },
                ));
            }
        }
        list.iter().map(|o| ChoiceOption { id: o.id.clone(), correct: o.correct }).collect()
    }
}

pub(super) fn convert_step(
    entry: &StepEntry,
    final_check: bool,
    dir: &Path,
    path: &Path,
    source: &str,
    line: Option<usize>,
    problems: &mut Vec<Problem>,
) -> Option<Step> {
    let before = problems.len();
    let ctx = Ctx { step: &entry.id, path, source, line };
    let kind = entry.kind.as_str();
    if !KINDS.contains(&kind) {
        ctx.push(problems, ProblemKind::UnknownKind { step: entry.id.clone(), kind: kind.to_owned() });
        return None;
    }
    for field in present(entry) {
        if !allowed(kind).contains(&field) {
            ctx.push(problems, ProblemKind::FieldNotForKind { step: entry.id.clone(), field: field.to_owned() });
        }
    }
    if final_check && kind == "explain" {
        ctx.push(problems, ProblemKind::FinalCheckKind { step: entry.id.clone() });
    }
    let step_kind = match kind {
        "explain" => StepKind::Explain { picture: entry.picture.clone() },
        "choice" => {
            let multiple = entry.multiple.unwrap_or(false);
            let list = entry.options.as_deref().unwrap_or_default();
            if list.len() < 2 && multiple {
                ctx.push(problems, ProblemKind::TooFewOptions { step: entry.id.clone() });
            }
            let options = ctx.options(problems, list, multiple);
            StepKind::Choice { multiple, options, picture: entry.picture.clone() }
        }
        "order" => {
            let items = entry.items.clone().unwrap_or_default();
            if items.len() < 2 {
                ctx.push(problems, ProblemKind::TooFewItems { step: entry.id.clone() });
            }
            if items.len() > MAX_OPTIONS {
                ctx.push(problems, ProblemKind::TooManyOptions { step: entry.id.clone(), max: MAX_OPTIONS as u32 });
            }
            let mut ids = BTreeSet::new();
            for i in &items {
                if !is_valid_id(i) {
                    ctx.push(problems, ProblemKind::BadId { id: i.clone() });
                }
                if !ids.insert(i.clone()) {
                    ctx.push(problems, ProblemKind::DuplicateOption { step: entry.id.clone(), option: i.clone() });
                }
            }
            StepKind::Order { items }
        }
        "message" => message(&ctx, entry, problems),
        "phone" => phone(&ctx, entry, problems),
        "chat" => super::chat::convert(&ctx, entry, dir, problems),
        "shop" => super::shop::convert(&ctx, entry, dir, problems),
        "map" => super::map::convert(&ctx, entry, problems),
        _ => qr_pay(&ctx, entry, problems),
    };
    if let Some(picture) = &entry.picture {
        let safe = !picture.is_empty()
            && Path::new(picture).components().all(|c| matches!(c, std::path::Component::Normal(_)));
        if !safe || !dir.join(picture).is_file() {
            ctx.push(problems, ProblemKind::PictureMissing { picture: picture.clone() });
        }
    }
    (problems.len() == before).then(|| Step { id: entry.id.clone(), kind: step_kind })
}

fn message(ctx: &Ctx<'_>, entry: &StepEntry, problems: &mut Vec<Problem>) -> StepKind {
    let channel = entry.channel.as_deref().and_then(Channel::parse);
    if channel.is_none() {
        ctx.bad_field(problems, "channel");
    }
    let scam = match entry.verdict.as_deref() {
        Some("scam") => true,
        Some("safe") => false,
        _ => {
            ctx.bad_field(problems, "verdict");
            false
        }
    };
    let flags = entry.flags.clone().unwrap_or_default();
    if scam {
        if !entry.typology.as_deref().is_some_and(is_typology) {
            ctx.bad_field(problems, "typology");
        }
        if flags.is_empty() {
            ctx.bad_field(problems, "flags");
        }
        let mut seen = BTreeSet::new();
        for flag in &flags {
            if !RED_FLAGS.contains(&flag.as_str()) || !seen.insert(flag) {
                ctx.push(problems, ProblemKind::UnknownFlag { step: entry.id.clone(), flag: flag.clone() });
            }
        }
    } else if entry.verdict.as_deref() == Some("safe") {
        if entry.typology.is_some() {
            ctx.bad_field(problems, "typology");
        }
        if entry.flags.is_some() {
            ctx.bad_field(problems, "flags");
        }
    }
    StepKind::Message {
        channel: channel.unwrap_or(Channel::Sms),
        scam,
        typology: entry.typology.clone(),
        flags,
        // Filled in once the whole lesson is read (see `mark_common_flags`).
        common_flags: vec![],
    }
}

fn phone(ctx: &Ctx<'_>, entry: &StepEntry, problems: &mut Vec<Problem>) -> StepKind {
    let app = entry.app.as_deref().and_then(PhoneApp::parse);
    if app.is_none() {
        ctx.bad_field(problems, "app");
    }
    let mut show = vec![];
    for prop in entry.show.as_deref().unwrap_or_default() {
        match Prop::parse(prop) {
            Some(p) if !show.contains(&p) => show.push(p),
            _ => ctx.bad_field(problems, &format!("show: {prop}")),
        }
    }
    let mut fields: Vec<PhoneField> = vec![];
    for f in entry.fields.as_deref().unwrap_or_default() {
        if !is_valid_id(&f.id) || fields.iter().any(|g| g.id == f.id) {
            ctx.push(problems, ProblemKind::DuplicateOption { step: entry.id.clone(), option: f.id.clone() });
        }
        match InputRule::parse(&f.input) {
            Some(rule) => fields.push(PhoneField { id: f.id.clone(), rule }),
            None => ctx.bad_field(problems, &format!("input: {}", f.input)),
        }
    }
    for f in &fields {
        if let Some(prop) = f.rule.needs() {
            if !show.contains(&prop) {
                ctx.bad_field(problems, &format!("show (needed by {})", f.id));
            }
        }
        if let Some(original) = f.rule.repeats() {
            if !fields.iter().any(|g| g.rule == original) {
                ctx.bad_field(problems, &format!("fields (nothing for {} to repeat)", f.id));
            }
        }
    }
    let buttons = ctx.options(problems, entry.buttons.as_deref().unwrap_or_default(), false);
    StepKind::Phone(PhoneStep { app: app.unwrap_or(PhoneApp::Vneid), show, fields, buttons })
}

fn qr_pay(ctx: &Ctx<'_>, entry: &StepEntry, problems: &mut Vec<Problem>) -> StepKind {
    let scenario = entry.scenario.as_deref().and_then(Scenario::parse);
    if scenario.is_none() {
        ctx.bad_field(problems, "scenario");
    }
    let upper_ascii =
        |s: &str| !s.trim().is_empty() && s.len() <= 25 && s.chars().all(|c| c.is_ascii_uppercase() || c == ' ');
    let payee = entry.payee.clone().unwrap_or_default();
    if !upper_ascii(&payee) {
        ctx.bad_field(problems, "payee");
    }
    if entry.shop.as_deref().is_some_and(|s| !upper_ascii(s)) {
        ctx.bad_field(problems, "shop");
    }
    let step = QrPayStep {
        scenario: scenario.unwrap_or(Scenario::Pay),
        bank: entry.bank.clone().unwrap_or_default(),
        account: entry.account.clone().unwrap_or_default(),
        payee,
        shop: entry.shop.clone(),
        amount: entry.amount,
        price: entry.price,
    };
    // Every practice code must be unpayable with a real phone (see `qr_pay::is_practice_account`).
    let account_ok = super::qr_pay::is_practice_account(&step.account);
    if !account_ok {
        ctx.push(problems, ProblemKind::PayableAccount { step: entry.id.clone() });
    }
    if crate::vietqr::bank_by_bin(&step.bank).is_none() {
        ctx.bad_field(problems, "bank");
    } else if account_ok && step.payload().is_err() {
        ctx.bad_field(problems, "amount");
    }
    if scenario.is_some() {
        if let Some(which) = step.scenario_mismatch() {
            ctx.push(problems, ProblemKind::ScenarioMismatch { step: entry.id.clone(), scenario: which.to_owned() });
        }
    }
    StepKind::QrPay(step)
}
