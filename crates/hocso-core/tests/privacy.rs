//! A shared computer that protects its learners: facilitator mode closes by itself.

use std::path::Path;
use std::time::Duration;

use hocso_core::reports::demo;
use hocso_core::{Error, HocSo};

fn open(db: &Path) -> HocSo {
    HocSo::open(db, &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")).unwrap()
}

#[test]
fn facilitator_mode_closes_by_itself_after_the_idle_time_and_each_action_counts_as_use() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(&dir.path().join("hocso.sqlite3"));
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    assert_eq!(hocso_core::app::FACILITATOR_IDLE, Duration::from_secs(600), "10 minutes in real use");
    app.set_facilitator_idle(Duration::from_millis(400));
    app.unlock("2468").unwrap();
    // Used every 250 ms: stays open past the idle time.
    for _ in 0..3 {
        std::thread::sleep(Duration::from_millis(250));
        app.facilitator_view().expect("still open: it was used within the idle time");
    }
    // Left alone longer than the idle time: closed, and it stays closed.
    std::thread::sleep(Duration::from_millis(500));
    assert!(matches!(app.facilitator_view(), Err(Error::FacilitatorLocked)));
    assert!(matches!(app.hard_items(), Err(Error::FacilitatorLocked)));
    app.unlock("2468").unwrap();
    app.facilitator_view().unwrap();
}
