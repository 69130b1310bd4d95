//! "Học trên điện thoại": the rules of the hub, without the network. The facilitator opens the
//! hub for the running practice session and makes a one-time join code per learner (shown as
//! a QR code); a phone trades the code for a phone key, which acts for that learner only
//! ([`Seat`]), until the phone is handed back, the facilitator signs it out, the hub closes or
//! the session ends. The HTTP server (`hocso-hub`) only carries these calls.
//!
//! Codes and keys are random (128 and 256 bits) and kept only as SHA-256 digests, in memory: a
//! restart of the app signs every phone out, and nothing about phones is ever written to disk.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use base64::Engine as _;
use rand::RngExt;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::i18n::ArgValue;
use crate::store::LearnerId;
use crate::views::{PhoneHubView, PhoneJoinView, PhoneRow, PhoneStartView};

use super::{HocSo, Seat};

/// A join code not used within this long is refused (a QR code left on the screen).
pub const JOIN_CODE_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// A phone in a lesson with no answer for this long is shown as perhaps stuck.
pub const STUCK_AFTER: Duration = Duration::from_secs(5 * 60);
/// A phone that has not asked anything for this long (it asks every 30 s) is shown as gone.
pub const CONNECTED_WITHIN: Duration = Duration::from_secs(90);
/// Wrong codes or keys from one address within [`FAILURE_WINDOW`] before it must wait.
pub const FAILURES_ALLOWED: u32 = 10;
pub const FAILURE_WINDOW: Duration = Duration::from_secs(60);

type Digested = [u8; 32];

fn digest(secret: &str) -> Digested {
    Sha256::digest(secret.as_bytes()).into()
}

fn random_secret<const N: usize>() -> String {
    let bytes: [u8; N] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

struct JoinCode {
    learner: LearnerId,
    issued: Instant,
}

struct Phone {
    number: u32,
    learner: LearnerId,
    last_seen: Instant,
    /// When the learner last answered or opened a step; None before the first.
    last_answer: Option<Instant>,
    /// The attempt the phone shows (or last finished).
    attempt: Option<i64>,
}

struct Failures {
    first: Instant,
    count: u32,
}

/// The hub's live codes and phones, for one practice session.
pub struct PhoneHub {
    session: i64,
    base_url: String,
    codes: HashMap<Digested, JoinCode>,
    phones: HashMap<Digested, Phone>,
    next_number: u32,
    failures: HashMap<IpAddr, Failures>,
}

impl PhoneHub {
    fn new(session: i64, base_url: String) -> PhoneHub {
        PhoneHub {
            session,
            base_url,
            codes: HashMap::new(),
            phones: HashMap::new(),
            next_number: 1,
            failures: HashMap::new(),
        }
    }

    /// Refuses an address that sent too many wrong codes or keys lately.
    fn check_rate(&mut self, from: IpAddr, now: Instant) -> Result<()> {
        if let Some(f) = self.failures.get(&from) {
            let since = now.saturating_duration_since(f.first);
            if since >= FAILURE_WINDOW {
                self.failures.remove(&from);
            } else if f.count >= FAILURES_ALLOWED {
                return Err(Error::PhoneRateLimited { seconds: (FAILURE_WINDOW - since).as_secs().max(1) });
            }
        }
        Ok(())
    }

    fn failed(&mut self, from: IpAddr, now: Instant) {
        let f = self.failures.entry(from).or_insert(Failures { first: now, count: 0 });
        f.count += 1;
    }

    fn issue(&mut self, learner: LearnerId, now: Instant) -> String {
        // One live code per learner: a new QR code replaces the one shown before.
        self.codes.retain(|_, c| c.learner != learner && now.saturating_duration_since(c.issued) < JOIN_CODE_LIFETIME);
        let code = random_secret::<16>();
        self.codes.insert(digest(&code), JoinCode { learner, issued: now });
        code
    }

    /// Trades a join code for a phone key. The code is used up; a learner learns on one phone
    /// at a time, so an earlier phone of the same learner is signed out.
    fn join(&mut self, code: &str, from: IpAddr, now: Instant) -> Result<(String, Seat)> {
        self.check_rate(from, now)?;
        let Some(join) = self.codes.remove(&digest(code)) else {
            self.failed(from, now);
            return Err(Error::PhoneCodeInvalid);
        };
        if now.saturating_duration_since(join.issued) >= JOIN_CODE_LIFETIME {
            self.failed(from, now);
            return Err(Error::PhoneCodeInvalid);
        }
        self.phones.retain(|_, p| p.learner != join.learner);
        let key = random_secret::<32>();
        let number = self.next_number;
        self.next_number += 1;
        self.phones.insert(
            digest(&key),
            Phone { number, learner: join.learner, last_seen: now, last_answer: None, attempt: None },
        );
        Ok((key, Seat::phone(number, join.learner)))
    }

    /// A live key always works (several phones may share one address behind a router); only
    /// wrong keys count towards, and are stopped by, the address's wait.
    fn seat(&mut self, key: &str, from: IpAddr, now: Instant) -> Result<Seat> {
        if let Some(phone) = self.phones.get_mut(&digest(key)) {
            phone.last_seen = now;
            return Ok(Seat::phone(phone.number, phone.learner));
        }
        self.check_rate(from, now)?;
        self.failed(from, now);
        Err(Error::PhoneSignedOut)
    }

    /// A learner removed: their phone and any code made for them stop working at once (a
    /// learner's number may be given again to someone registered later).
    pub(super) fn forget_learner(&mut self, learner: LearnerId) {
        self.phones.retain(|_, p| p.learner != learner);
        self.codes.retain(|_, c| c.learner != learner);
    }

    pub(super) fn note(&mut self, number: u32, attempt: Option<i64>, answered: bool) {
        let now = Instant::now();
        if let Some(phone) = self.phones.values_mut().find(|p| p.number == number) {
            if answered || attempt != phone.attempt {
                phone.last_answer = attempt.map(|_| now);
            }
            phone.attempt = attempt;
            phone.last_seen = now;
        }
    }

    fn attempt_of(&self, number: u32) -> Option<i64> {
        self.phones.values().find(|p| p.number == number).and_then(|p| p.attempt)
    }
}

impl HocSo {
    /// Whether the hub is open (phones may join and learn).
    pub fn phone_hub_open(&self) -> bool {
        self.phones.is_some()
    }

    /// Opens the hub at `base_url` (such as `http://192.168.1.10:8765`, the address the server
    /// listens on) for the running practice session, starting one if none is running.
    pub fn open_phone_hub(&mut self, base_url: &str) -> Result<PhoneHubView> {
        self.require_facilitator()?;
        self.open_phone_hub_unlocked(base_url)
    }

    /// [`HocSo::open_phone_hub`] without the PIN: for `hocso hub`, run by whoever holds the
    /// database file (and can read it anyway).
    pub fn open_phone_hub_unlocked(&mut self, base_url: &str) -> Result<PhoneHubView> {
        let session = match self.store.latest_session()? {
            Some(s) if s.ended_at.is_none() => s,
            _ => self.store.start_session()?,
        };
        self.phones = Some(PhoneHub::new(session.id, base_url.trim_end_matches('/').to_owned()));
        self.phone_hub_view_unlocked()
    }

    /// Closes the hub: every join code and phone key stops working at once.
    pub fn close_phone_hub(&mut self) {
        self.phones = None;
    }

    /// Closes the hub only if it is the one opened at `base_url` (a server stopping must not
    /// close a newer hub opened meanwhile).
    pub fn close_phone_hub_at(&mut self, base_url: &str) {
        if self.phones.as_ref().is_some_and(|h| h.base_url == base_url.trim_end_matches('/')) {
            self.phones = None;
        }
    }

    /// Signs out the phones of learners who were just removed.
    pub(super) fn forget_phone_learners(&mut self, learners: &[LearnerId]) {
        if let Some(hub) = self.phones.as_mut() {
            learners.iter().for_each(|l| hub.forget_learner(*l));
        }
    }

    /// A one-time join code for a learner, as the URL a phone opens and its QR code.
    pub fn phone_join_code(&mut self, learner: LearnerId) -> Result<PhoneJoinView> {
        self.require_facilitator()?;
        self.phone_join_code_unlocked(learner)
    }

    /// [`HocSo::phone_join_code`] without the PIN (for `hocso hub --learner`).
    pub fn phone_join_code_unlocked(&mut self, learner: LearnerId) -> Result<PhoneJoinView> {
        let learner = self.store.learner(learner)?;
        // A learner who must agree again does so at the computer first, not on the phone.
        self.check_consent(&learner)?;
        let hub = self.phones.as_mut().ok_or(Error::PhoneHubClosed)?;
        let code = hub.issue(learner.id, Instant::now());
        let url = format!("{}/j/{code}", hub.base_url);
        let svg = crate::vietqr::render_svg(&url).map_err(|e| Error::Internal(e.to_string()))?;
        let qr_image = format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(svg));
        let minutes = JOIN_CODE_LIFETIME.as_secs() / 60;
        Ok(PhoneJoinView {
            learner: self.card(&learner),
            url,
            qr_image,
            help: self.texts.format(
                "phone-join-help",
                &[("name", ArgValue::Text(learner.display_name.clone())), ("minutes", ArgValue::from(minutes as u32))],
            ),
        })
    }

    /// A phone opened its join URL: its key, and its learner's lesson list.
    pub fn join_phone(&mut self, code: &str, from: IpAddr) -> Result<PhoneStartView> {
        let hub = self.phones.as_mut().ok_or(Error::PhoneHubClosed)?;
        let (key, seat) = hub.join(code, from, Instant::now())?;
        let start = self.phone_start(seat, key);
        if start.is_err() {
            // The learner was removed after the code was made: no phone is left behind.
            self.leave_phone(seat);
        }
        start
    }

    /// The phone behind a key, for each call it makes; counts as a sign of life.
    pub fn phone_seat(&mut self, key: &str, from: IpAddr) -> Result<Seat> {
        let hub = self.phones.as_mut().ok_or(Error::PhoneHubClosed)?;
        hub.seat(key, from, Instant::now())
    }

    /// A phone came back (the page reloaded, the Wi-Fi returned): where it was.
    pub fn resume_phone(&mut self, seat: Seat) -> Result<PhoneStartView> {
        self.phone_start(seat, String::new())
    }

    fn phone_start(&mut self, seat: Seat, key: String) -> Result<PhoneStartView> {
        let (Some(number), Some(learner)) = (seat.phone_number(), seat.phone_learner()) else {
            return Err(Error::PhoneSignedOut);
        };
        let mut start = self.start_view()?;
        // The window's own resume and the lesson-file problems are the computer's, not the phone's.
        start.resume = None;
        start.problems.clear();
        let lessons = self.lesson_list_for(&self.store.learner(learner)?)?;
        let on_screen = self.phones.as_ref().and_then(|h| h.attempt_of(number));
        let resume = match on_screen {
            Some(attempt) => {
                let view = self.player_at(seat, attempt)?;
                view.step.is_some().then_some(view)
            }
            None => None,
        };
        Ok(PhoneStartView { key, start, lessons, resume })
    }

    /// "Xong, trả máy": the phone's key stops working.
    pub fn leave_phone(&mut self, seat: Seat) {
        if let (Some(hub), Some(number)) = (self.phones.as_mut(), seat.phone_number()) {
            hub.phones.retain(|_, p| p.number != number);
        }
    }

    /// The facilitator signs a phone out (a phone left behind, a learner gone home).
    pub fn sign_out_phone(&mut self, number: u32) -> Result<PhoneHubView> {
        self.require_facilitator()?;
        if let Some(hub) = self.phones.as_mut() {
            hub.phones.retain(|_, p| p.number != number);
        }
        self.phone_hub_view_unlocked()
    }

    /// The session as the facilitator sees it: each phone, its learner, lesson and step, and
    /// who may be stuck.
    pub fn phone_hub_view(&self) -> Result<PhoneHubView> {
        self.require_facilitator()?;
        self.phone_hub_view_unlocked()
    }

    /// [`HocSo::phone_hub_view`] as the panel refreshes it every few seconds: asking does not
    /// count as a facilitator action, so facilitator mode still closes when nobody uses it.
    pub fn phone_hub_glance(&self) -> Result<PhoneHubView> {
        if !self.facilitator_open() {
            return Err(Error::FacilitatorLocked);
        }
        self.phone_hub_view_unlocked()
    }

    pub fn phone_hub_view_unlocked(&self) -> Result<PhoneHubView> {
        let Some(hub) = self.phones.as_ref() else {
            return Ok(PhoneHubView { open: false, url: None, phones: vec![] });
        };
        let now = Instant::now();
        let mut phones: Vec<&Phone> = hub.phones.values().collect();
        phones.sort_by_key(|p| p.number);
        let mut rows = vec![];
        for phone in phones {
            let learner = match self.store.learner(phone.learner) {
                Ok(l) => l,
                Err(Error::LearnerNotFound(_)) => continue,
                Err(e) => return Err(e),
            };
            let connected = now.saturating_duration_since(phone.last_seen) < CONNECTED_WITHIN;
            let attempt = match phone.attempt {
                Some(id) => Some(self.store.attempt(id)?),
                None => None,
            };
            let in_lesson = attempt.as_ref().is_some_and(|a| a.finished_at.is_none());
            let quiet = phone.last_answer.map(|t| now.saturating_duration_since(t)).unwrap_or_default();
            let stuck = in_lesson && connected && quiet >= STUCK_AFTER;
            let lesson = attempt.as_ref().map(|a| {
                self.library
                    .lesson(&a.lesson_id)
                    .map(|l| l.texts(self.texts.locale()).get("lesson-title"))
                    .unwrap_or_else(|| a.lesson_id.clone())
            });
            let step = attempt.as_ref().filter(|a| a.finished_at.is_none()).map(|a| {
                self.texts.format(
                    "phone-step",
                    &[
                        ("position", ArgValue::from(a.position as u32 + 1)),
                        ("total", ArgValue::from(a.plan.len() as u32)),
                    ],
                )
            });
            let status = if !connected {
                self.texts.get("phone-status-gone")
            } else if stuck {
                self.texts.format("phone-status-stuck", &[("minutes", ArgValue::from((quiet.as_secs() / 60) as u32))])
            } else if attempt.as_ref().is_some_and(|a| a.passed == Some(true)) {
                self.texts.get("phone-status-passed")
            } else if in_lesson {
                self.texts.get("phone-status-learning")
            } else {
                self.texts.get("phone-status-list")
            };
            rows.push(PhoneRow {
                phone: phone.number,
                learner: self.card(&learner),
                connected,
                stuck,
                lesson,
                step,
                status,
            });
        }
        Ok(PhoneHubView { open: true, url: Some(hub.base_url.clone()), phones: rows })
    }

    /// The practice session the hub belongs to.
    pub fn phone_hub_session(&self) -> Option<i64> {
        self.phones.as_ref().map(|h| h.session)
    }
}

#[cfg(test)]
#[path = "phones_tests.rs"]
mod tests;
