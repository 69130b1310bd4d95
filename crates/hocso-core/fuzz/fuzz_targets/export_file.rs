//! Any bytes as a hamlet export at the commune: never a panic, and a refused file leaves the
//! database exactly as it was. The corpus starts from a real signed export (`run` makes it).
#![no_main]

use std::sync::Mutex;

use hocso_core::reports::{import_bytes, TrustPolicy};
use hocso_core::store::Store;
use libfuzzer_sys::fuzz_target;

static COMMUNE: Mutex<Option<Store>> = Mutex::new(None);

fuzz_target!(|bytes: &[u8]| {
    let mut guard = COMMUNE.lock().unwrap();
    let store = guard.get_or_insert_with(|| Store::open_in_memory().expect("an in-memory database"));
    let before = store.content_digest().unwrap();
    let outcome = import_bytes(store, bytes, TrustPolicy::FirstKeyOnly).expect("a refusal, not an error");
    if outcome.is_refused() {
        assert_eq!(store.content_digest().unwrap(), before, "a refused file changed the database: {outcome:?}");
    }
});
