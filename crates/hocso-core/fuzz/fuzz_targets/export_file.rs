//! Any bytes as a hamlet export at the commune: never a panic, and a refused file leaves the
//! database exactly as it was. The corpus starts from real signed exports (`run` makes them
//! with `hocso demo --seed 7 --out-dir`, whose hamlets' codes this commune has registered, so
//! that mutations reach the checks behind the code's tag too).
#![no_main]

use std::sync::Mutex;

use hocso_core::reports::{demo, import_bytes, HamletCode};
use hocso_core::store::Store;
use libfuzzer_sys::fuzz_target;

static COMMUNE: Mutex<Option<Store>> = Mutex::new(None);

fn commune() -> Store {
    let mut store = Store::open_in_memory().expect("an in-memory database");
    store.set_up(&demo::commune_setup("Xã Đầm Hà")).expect("a commune set up");
    // The codes `hocso demo --seed 7 --out-dir` gives its hamlets.
    for i in 0..2u64 {
        let hamlet = store.add_commune_hamlet(&demo::demo_hamlet_name(i as usize)).expect("a hamlet");
        store.record_hamlet_code(hamlet.id, &HamletCode::from_seed(7 ^ (i + 1))).expect("a code");
    }
    store
}

fuzz_target!(|bytes: &[u8]| {
    let mut guard = COMMUNE.lock().unwrap();
    let store = guard.get_or_insert_with(commune);
    let before = store.content_digest().unwrap();
    let outcome = import_bytes(store, bytes).expect("a refusal, not an error");
    if outcome.is_refused() {
        assert_eq!(store.content_digest().unwrap(), before, "a refused file changed the database: {outcome:?}");
    }
});
