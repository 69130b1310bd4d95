//! The `chat` step: a simulated group or one-to-one chat (like a hamlet's Zalo group, without
//! any real app's name or logo). The lesson declares the thread; the learner may do anything
//! the simulated app offers, and the step is right when they did the one thing it expects.
//!
//! Every act the app offers is listed by [`ChatStep::acts`], so that the grader refuses an
//! answer the screen could not have given and the guessing analysis can count every one.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::convert::Ctx;
use super::files::StepEntry;
use super::problem::{Problem, ProblemKind};
use super::validate::is_valid_id;

/// At most this many messages in one thread: an elder reads them all on one screen.
pub const MAX_MESSAGES: usize = 12;
/// At most this many ready-made replies, photos or poll options.
const MAX_CHOICES: usize = 8;
/// The sender id of the learner's own messages.
pub const ME: &str = "me";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ChatKind {
    Group,
    Direct,
}

/// What a learner can do in the simulated chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ChatAction {
    /// Send one of the ready-made replies.
    Reply,
    /// Vote for an option of a poll.
    Vote,
    /// Put a "like" on a message.
    React,
    /// Report a message as a scam or abuse.
    Report,
    /// Turn the chat's notifications off.
    Mute,
    /// Leave the group (groups only).
    Leave,
    /// Block the person (one-to-one chats only).
    Block,
    /// Send one of the learner's photos with a short caption.
    SendPhoto,
}

impl ChatAction {
    fn parse(s: &str) -> Option<ChatAction> {
        Some(match s {
            "reply" => ChatAction::Reply,
            "vote" => ChatAction::Vote,
            "react" => ChatAction::React,
            "report" => ChatAction::Report,
            "mute" => ChatAction::Mute,
            "leave" => ChatAction::Leave,
            "block" => ChatAction::Block,
            "send-photo" => ChatAction::SendPhoto,
            _ => return None,
        })
    }
}

/// One thing done in the chat: the action, the message it was done on and the option chosen
/// (a reply, a poll option or a photo).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ChatAct {
    pub action: ChatAction,
    pub message: Option<String>,
    pub option: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub id: String,
    /// A sender id of the lesson's choosing; [`ME`] is the learner.
    pub from: String,
    /// `HH:MM`.
    pub time: String,
    pub pinned: bool,
    pub poll: Vec<String>,
    pub picture: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Photo {
    pub id: String,
    pub picture: String,
    /// For a shop listing: a photo that may be posted.
    pub correct: bool,
}

#[derive(Debug, Clone)]
pub struct ChatStep {
    pub chat: ChatKind,
    pub messages: Vec<ChatMessage>,
    pub replies: Vec<String>,
    pub photos: Vec<Photo>,
    pub expect: ChatAct,
}

impl ChatStep {
    /// Every act the simulated app offers on this thread, in a fixed order.
    pub fn acts(&self) -> Vec<ChatAct> {
        let act = |action, message: Option<&str>, option: Option<&str>| ChatAct {
            action,
            message: message.map(str::to_owned),
            option: option.map(str::to_owned),
        };
        let mut out: Vec<ChatAct> = self.replies.iter().map(|r| act(ChatAction::Reply, None, Some(r))).collect();
        for m in &self.messages {
            for o in &m.poll {
                out.push(act(ChatAction::Vote, Some(&m.id), Some(o)));
            }
            if m.from != ME {
                out.push(act(ChatAction::React, Some(&m.id), None));
                out.push(act(ChatAction::Report, Some(&m.id), None));
            }
        }
        out.push(act(ChatAction::Mute, None, None));
        out.push(act(if self.chat == ChatKind::Group { ChatAction::Leave } else { ChatAction::Block }, None, None));
        out.extend(self.photos.iter().map(|p| act(ChatAction::SendPhoto, None, Some(&p.id))));
        out
    }

    pub fn offers(&self, act: &ChatAct) -> bool {
        self.acts().contains(act)
    }

    /// Right when the act is the expected one, and a photo goes with a caption.
    pub fn is_right(&self, act: &ChatAct, caption: Option<&str>) -> bool {
        *act == self.expect && (act.action != ChatAction::SendPhoto || caption.is_some_and(|c| !c.trim().is_empty()))
    }

    /// The last message of someone else (a guesser's "report the last one").
    pub fn last_from_others(&self) -> Option<&ChatMessage> {
        self.messages.iter().rev().find(|m| m.from != ME)
    }
}

fn is_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && s[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && s[3..].parse::<u8>().is_ok_and(|m| m < 60)
        && b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// Whether a picture name is a plain file of the lesson folder.
pub(super) fn picture_ok(dir: &std::path::Path, picture: &str) -> bool {
    !picture.is_empty()
        && std::path::Path::new(picture).components().all(|c| matches!(c, std::path::Component::Normal(_)))
        && dir.join(picture).is_file()
}

/// The learner's photos of a chat or a shop listing: unique valid ids, files present.
pub(super) fn photos(
    ctx: &Ctx<'_>,
    entry: &StepEntry,
    dir: &std::path::Path,
    problems: &mut Vec<Problem>,
) -> Vec<Photo> {
    let list = entry.photos.as_deref().unwrap_or_default();
    if list.len() > MAX_CHOICES {
        ctx.push(problems, ProblemKind::TooManyOptions { step: entry.id.clone(), max: MAX_CHOICES as u32 });
    }
    let mut seen = BTreeSet::new();
    for p in list {
        let line = ctx.line_of("id", &p.id);
        if !is_valid_id(&p.id) {
            problems.push(Problem::new(ctx.path, line, ProblemKind::BadId { id: p.id.clone() }));
        }
        if !seen.insert(p.id.as_str()) {
            problems.push(Problem::new(
                ctx.path,
                line,
                ProblemKind::DuplicateOption { step: entry.id.clone(), option: p.id.clone() },
            ));
        }
        if !picture_ok(dir, &p.picture) {
            problems.push(Problem::new(ctx.path, line, ProblemKind::PictureMissing { picture: p.picture.clone() }));
        }
    }
    list.iter().map(|p| Photo { id: p.id.clone(), picture: p.picture.clone(), correct: p.correct }).collect()
}

pub(super) fn convert(
    ctx: &Ctx<'_>,
    entry: &StepEntry,
    dir: &std::path::Path,
    problems: &mut Vec<Problem>,
) -> super::model::StepKind {
    let step = &entry.id;
    let chat = match entry.chat.as_deref() {
        Some("group") => ChatKind::Group,
        Some("direct") => ChatKind::Direct,
        _ => {
            ctx.bad_field(problems, "chat");
            ChatKind::Group
        }
    };
    let entries = entry.messages.as_deref().unwrap_or_default();
    if entries.is_empty() {
        ctx.bad_field(problems, "messages");
    }
    if entries.len() > MAX_MESSAGES {
        ctx.push(problems, ProblemKind::TooManyOptions { step: step.clone(), max: MAX_MESSAGES as u32 });
    }
    let mut ids = BTreeSet::new();
    let mut messages = vec![];
    for m in entries {
        let line = ctx.nth_line_of("id", &m.id, messages.iter().filter(|x: &&ChatMessage| x.id == m.id).count());
        let bad = |problems: &mut Vec<Problem>, field: String| {
            problems.push(Problem::new(ctx.path, line, ProblemKind::StepField { step: step.clone(), field }));
        };
        if !is_valid_id(&m.id) {
            problems.push(Problem::new(ctx.path, line, ProblemKind::BadId { id: m.id.clone() }));
        }
        if !ids.insert(m.id.as_str()) {
            problems.push(Problem::new(
                ctx.path,
                line,
                ProblemKind::DuplicateOption { step: step.clone(), option: m.id.clone() },
            ));
        }
        if !is_valid_id(&m.from) {
            bad(problems, format!("messages: from = \"{}\"", m.from));
        }
        if !is_time(&m.time) {
            bad(problems, format!("messages: time = \"{}\" (HH:MM)", m.time));
        }
        let poll = m.poll.clone().unwrap_or_default();
        if m.poll.is_some() && m.picture.is_some() {
            bad(problems, "messages: poll + picture".to_owned());
        }
        if m.poll.is_some() && !(2..=MAX_CHOICES).contains(&poll.len()) {
            bad(problems, "messages: poll (2–8)".to_owned());
        }
        let mut options = BTreeSet::new();
        for o in &poll {
            if !is_valid_id(o) || !options.insert(o.as_str()) {
                problems.push(Problem::new(
                    ctx.path,
                    line,
                    ProblemKind::DuplicateOption { step: step.clone(), option: o.clone() },
                ));
            }
        }
        if let Some(picture) = &m.picture {
            if !picture_ok(dir, picture) {
                problems.push(Problem::new(ctx.path, line, ProblemKind::PictureMissing { picture: picture.clone() }));
            }
        }
        messages.push(ChatMessage {
            id: m.id.clone(),
            from: m.from.clone(),
            time: m.time.clone(),
            pinned: m.pinned,
            poll,
            picture: m.picture.clone(),
        });
    }
    let replies = entry.replies.clone().unwrap_or_default();
    if replies.len() > MAX_CHOICES {
        ctx.push(problems, ProblemKind::TooManyOptions { step: step.clone(), max: MAX_CHOICES as u32 });
    }
    let mut seen = BTreeSet::new();
    for r in &replies {
        if !is_valid_id(r) || !seen.insert(r.as_str()) {
            ctx.push(problems, ProblemKind::DuplicateOption { step: step.clone(), option: r.clone() });
        }
    }
    let photos = photos(ctx, entry, dir, problems);
    if photos.iter().any(|p| p.correct) {
        ctx.bad_field(problems, "photos: correct (only for shop steps)");
    }
    let expect = match &entry.expect {
        Some(e) => match ChatAction::parse(&e.action) {
            Some(action) => ChatAct { action, message: e.message.clone(), option: e.option.clone() },
            None => {
                ctx.bad_field(problems, &format!("expect: action = \"{}\"", e.action));
                ChatAct { action: ChatAction::Mute, message: None, option: None }
            }
        },
        None => {
            ctx.bad_field(problems, "expect");
            ChatAct { action: ChatAction::Mute, message: None, option: None }
        }
    };
    let step = ChatStep { chat, messages, replies, photos, expect };
    if entry.expect.as_ref().is_some_and(|e| ChatAction::parse(&e.action).is_some()) && !step.offers(&step.expect) {
        // The expected act must be one the screen offers: a reply that exists, a poll's own
        // option, someone else's message, leave for a group, block for a direct chat.
        ctx.bad_field(problems, "expect");
    }
    super::model::StepKind::Chat(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thread() -> ChatStep {
        let msg = |id: &str, from: &str, poll: &[&str]| ChatMessage {
            id: id.into(),
            from: from.into(),
            time: "07:30".into(),
            pinned: false,
            poll: poll.iter().map(|s| s.to_string()).collect(),
            picture: None,
        };
        ChatStep {
            chat: ChatKind::Group,
            messages: vec![
                msg("tb", "truong-thon", &[]),
                msg("hop", "truong-thon", &["t7", "cn"]),
                msg("toi", ME, &[]),
            ],
            replies: vec!["da-biet".into()],
            photos: vec![Photo { id: "den".into(), picture: "den.svg".into(), correct: false }],
            expect: ChatAct { action: ChatAction::SendPhoto, message: None, option: Some("den".into()) },
        }
    }

    #[test]
    fn the_app_offers_every_act_once_and_nothing_on_ones_own_message() {
        let t = thread();
        let acts = t.acts();
        // 1 reply + 2 votes + 2 × (react, report) + mute + leave + 1 photo
        assert_eq!(acts.len(), 1 + 2 + 4 + 2 + 1);
        let unique: BTreeSet<_> = acts.iter().collect();
        assert_eq!(unique.len(), acts.len());
        assert!(!acts.iter().any(|a| a.message.as_deref() == Some("toi")));
        assert!(!acts.iter().any(|a| a.action == ChatAction::Block), "a group has no block");
    }

    #[test]
    fn a_photo_needs_its_caption() {
        let t = thread();
        assert!(t.is_right(&t.expect, Some("Đèn đầu ngõ hỏng")));
        assert!(!t.is_right(&t.expect, Some("  ")));
        assert!(!t.is_right(&t.expect, None));
        let mute = ChatAct { action: ChatAction::Mute, message: None, option: None };
        assert!(!t.is_right(&mute, None));
    }

    #[test]
    fn times_are_hours_and_minutes() {
        for ok in ["00:00", "07:30", "23:59"] {
            assert!(is_time(ok), "{ok}");
        }
        for bad in ["7:30", "24:00", "07:60", "0730", "07:3a", "+7:30"] {
            assert!(!is_time(bad), "{bad}");
        }
    }
}
