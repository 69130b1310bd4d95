//! VietQR encode/decode as properties over many generated payments, and the core's QR code
//! read back by an independent decoder (rqrr).

use hocso_core::vietqr::{self, PaymentRequest, BANKS};
use proptest::prelude::*;

fn request() -> impl Strategy<Value = PaymentRequest> {
    (
        0..BANKS.len(),
        "[0-9A-Z]{6,19}",
        proptest::option::of(1u64..=9_999_999_999_999),
        proptest::option::of("[A-Za-z0-9 ]{1,25}"),
    )
        .prop_map(|(bank, account, amount, purpose)| PaymentRequest {
            bin: BANKS[bank].bin.to_owned(),
            account,
            card: false,
            amount,
            purpose: purpose.map(|p| p.trim().to_owned()).filter(|p| !p.is_empty()),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(super::cases(2000)))]

    #[test]
    fn whatever_is_encoded_decodes_to_the_same_payment(req in request()) {
        let payload = vietqr::encode(&req).unwrap();
        let payment = vietqr::decode(&payload).unwrap();
        prop_assert_eq!(&payment.bin, &req.bin);
        prop_assert_eq!(&payment.account, &req.account);
        prop_assert_eq!(payment.amount, req.amount);
        prop_assert_eq!(payment.purpose, req.purpose.clone());
        prop_assert_eq!(payment.initiation == vietqr::Initiation::Dynamic, req.amount.is_some());
        prop_assert!(payment.bank.is_some());
    }

    #[test]
    fn any_single_character_change_is_detected(req in request(), at in any::<prop::sample::Index>(), with in 0x20u8..0x7f) {
        let payload = vietqr::encode(&req).unwrap();
        let i = at.index(payload.len());
        let original = payload.as_bytes()[i];
        prop_assume!(with != original);
        // Upper/lower case of the checksum's hex letters is the one change that is allowed.
        prop_assume!(!(i >= payload.len() - 4 && with.eq_ignore_ascii_case(&original)));
        let mut changed = payload.clone().into_bytes();
        changed[i] = with;
        let changed = String::from_utf8(changed).unwrap();
        prop_assert!(vietqr::decode(&changed).is_err(), "accepted {} (from {})", changed, payload);
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = vietqr::decode(&text);
    }
}

/// The code the app draws is read back by a QR decoder that shares no code with the encoder.
#[test]
fn an_independent_qr_reader_reads_back_what_the_core_draws() {
    let payload = vietqr::encode(&PaymentRequest {
        bin: "970405".into(),
        account: "1903456789012".into(),
        card: false,
        amount: Some(45_000),
        purpose: Some("Tra tien pho".into()),
    })
    .unwrap();
    let (width, dark) = vietqr::modules(&payload).unwrap();
    // Draw the modules at 8 px each with a 4-module quiet zone, as a grey image.
    let scale = 8;
    let quiet = 4;
    let side = (width + 2 * quiet) * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = ((x / scale) as isize - quiet as isize, (y / scale) as isize - quiet as isize);
        let inside = mx >= 0 && my >= 0 && (mx as usize) < width && (my as usize) < width;
        if inside && dark[my as usize * width + mx as usize] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code found");
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, payload);
    let payment = vietqr::decode(&content).unwrap();
    assert_eq!((payment.bank.as_deref(), payment.amount), (Some("Agribank"), Some(45_000)));
    let svg = vietqr::render_svg(&payload).unwrap();
    assert!(svg.contains("<svg"));
}

/// Every practice code of every shipped lesson, read back from its drawn modules by the
/// independent reader, names a practice account (`HOCSOMAU` and digits): no Vietnamese bank has
/// such an account, so a learner who scans one with a real phone moves no money. Each still names
/// a real bank, so the simulation looks like the real thing.
#[test]
fn no_practice_code_in_any_shipped_lesson_can_pay_a_real_account() {
    use hocso_core::lessons::{qr_pay::is_practice_account, StepKind};
    let library = crate::hamlets::library();
    let mut codes = 0;
    for lesson in &library.lessons {
        for step in lesson.steps.iter().chain(&lesson.pool) {
            let StepKind::QrPay(qr) = &step.kind else { continue };
            let payload = qr.payload().unwrap();
            let (width, dark) = vietqr::modules(&payload).unwrap();
            // 4 px per module, a 4-module quiet zone.
            let side = (width + 8) * 4;
            let image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
                let (mx, my) = ((x / 4) as isize - 4, (y / 4) as isize - 4);
                let inside = mx >= 0 && my >= 0 && (mx as usize) < width && (my as usize) < width;
                if inside && dark[my as usize * width + mx as usize] {
                    0
                } else {
                    255
                }
            });
            let mut image = image;
            let grids = image.detect_grids();
            let (_, content) = grids[0].decode().unwrap();
            let payment = vietqr::decode(&content).unwrap();
            assert!(is_practice_account(&payment.account), "{}/{}: {}", lesson.id, step.id, payment.account);
            assert!(!payment.account.bytes().all(|b| b.is_ascii_digit()), "letters: no bank account is like this");
            assert!(payment.bank.is_some(), "{}/{}: a real bank's name", lesson.id, step.id);
            codes += 1;
        }
    }
    assert!(codes >= 10, "the QR lesson's codes were found ({codes})");
}
