//! The hub's clock-bound rules, with the clock moved by hand: join codes expire, wrong codes
//! make an address wait and the wait ends, a quiet phone in a lesson shows as stuck.

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::time::{Duration, Instant};

use super::*;

const PHONE: IpAddr = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 23));

fn hub() -> PhoneHub {
    PhoneHub::new(1, "http://192.168.1.10:8765".into())
}

#[test]
fn a_join_code_works_once_and_not_after_its_lifetime() {
    let mut hub = hub();
    let start = Instant::now();
    let code = hub.issue(LearnerId(7), start);
    let (key, seat) = hub.join(&code, PHONE, start + Duration::from_secs(60)).unwrap();
    assert_eq!(seat.phone_learner(), Some(LearnerId(7)));
    assert!(matches!(hub.join(&code, PHONE, start), Err(Error::PhoneCodeInvalid)));
    assert_eq!(hub.seat(&key, PHONE, start).unwrap(), seat);

    let late = hub.issue(LearnerId(8), start);
    let after = start + JOIN_CODE_LIFETIME + Duration::from_secs(1);
    assert!(matches!(hub.join(&late, PHONE, after), Err(Error::PhoneCodeInvalid)));
}

#[test]
fn a_new_code_replaces_the_old_one_and_signs_the_earlier_phone_out() {
    let mut hub = hub();
    let now = Instant::now();
    let first = hub.issue(LearnerId(7), now);
    let (first_key, _) = hub.join(&first, PHONE, now).unwrap();
    let unused = hub.issue(LearnerId(7), now);
    let second = hub.issue(LearnerId(7), now);
    assert!(matches!(hub.join(&unused, PHONE, now), Err(Error::PhoneCodeInvalid)), "one live code per learner");
    hub.join(&second, PHONE, now).unwrap();
    assert!(matches!(hub.seat(&first_key, PHONE, now), Err(Error::PhoneSignedOut)), "one phone per learner");
}

#[test]
fn wrong_codes_make_the_address_wait_then_the_wait_ends() {
    let mut hub = hub();
    let now = Instant::now();
    for _ in 0..FAILURES_ALLOWED {
        assert!(matches!(hub.join("guessed", PHONE, now), Err(Error::PhoneCodeInvalid)));
    }
    let code = hub.issue(LearnerId(7), now);
    match hub.join(&code, PHONE, now + Duration::from_secs(20)) {
        Err(Error::PhoneRateLimited { seconds }) => assert_eq!(seconds, 40),
        other => panic!("expected a wait, got {:?}", other.map(|(_, s)| s)),
    }
    let other_phone = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 24));
    assert!(hub.seat("guessed-key", other_phone, now).is_err_and(|e| matches!(e, Error::PhoneSignedOut)));
    hub.join(&code, PHONE, now + FAILURE_WINDOW).expect("the wait is over and the code still unused");
}

#[test]
fn a_quiet_phone_in_a_lesson_shows_as_stuck_and_a_silent_one_as_gone() {
    let dir = tempfile::tempdir().unwrap();
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let mut app = HocSo::open(&dir.path().join("hub.sqlite3"), &lessons).unwrap();
    app.set_up(&crate::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    app.give_consent();
    let learner = app
        .create_learner(&crate::store::NewLearner {
            display_name: "Lò Văn Páo".into(), birth_year: 1961, gender: None
        })
        .unwrap();
    app.open_phone_hub_unlocked("http://192.168.1.10:8765").unwrap();
    let code = app.phone_join_code_unlocked(learner.id).unwrap().url.rsplit('/').next().unwrap().to_owned();
    let joined = app.join_phone(&code, PHONE).unwrap();
    let seat = app.phone_seat(&joined.key, PHONE).unwrap();
    app.open_lesson_at(seat, learner.id, "chuot-va-ban-phim").unwrap();
    let row = |app: &HocSo| app.phone_hub_view_unlocked().unwrap().phones.remove(0);
    assert!(!row(&app).stuck);
    assert_eq!(row(&app).status, "Đang học");

    let phone = app.phones.as_mut().unwrap().phones.values_mut().next().unwrap();
    phone.last_answer = Instant::now().checked_sub(STUCK_AFTER + Duration::from_secs(61));
    let stuck = row(&app);
    assert!(stuck.stuck && stuck.connected);
    assert_eq!(stuck.status, "Có thể cần giúp (6 phút chưa trả lời)");

    let phone = app.phones.as_mut().unwrap().phones.values_mut().next().unwrap();
    phone.last_seen = Instant::now().checked_sub(CONNECTED_WITHIN).unwrap();
    let gone = row(&app);
    assert!(!gone.connected && !gone.stuck, "a phone that went away is not counted as stuck");
    assert_eq!(gone.status, "Mất kết nối");
}

#[test]
fn a_live_key_works_even_when_its_address_must_wait() {
    // Phones behind one router share an address: one phone's wrong tries never lock another out.
    let mut hub = hub();
    let now = Instant::now();
    let code = hub.issue(LearnerId(7), now);
    let (key, _) = hub.join(&code, PHONE, now).unwrap();
    for _ in 0..FAILURES_ALLOWED {
        let _ = hub.seat("dead-key", PHONE, now);
    }
    assert!(matches!(hub.seat("dead-key", PHONE, now), Err(Error::PhoneRateLimited { .. })));
    assert_eq!(hub.seat(&key, PHONE, now).unwrap().phone_learner(), Some(LearnerId(7)));
}
