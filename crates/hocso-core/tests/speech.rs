//! Reading aloud: the offline voice says every text of every shipped lesson, and a lesson's own
//! recording is played instead of the voice.

use std::path::{Path, PathBuf};

use hocso_core::i18n::Locale;
use hocso_core::lessons::{LessonLibrary, ProblemKind};
use hocso_core::speech::{to_words, voice::wav_millis, Rate, Voice};
use hocso_core::store::NewLearner;
use hocso_core::HocSo;

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn the_voice_says_every_text_of_every_shipped_lesson_at_a_plausible_length() {
    let voice = Voice::find();
    assert!(voice.available(), "espeak-ng is missing: `make test` installs it (apt package espeak-ng)");
    let library = LessonLibrary::load(&lessons());
    assert!(library.problems.is_empty());
    let mut texts = vec![];
    for lesson in &library.lessons {
        let t = lesson.texts(Locale::Vi);
        let mut ids = vec!["lesson-title".to_owned(), "lesson-summary".to_owned()];
        for step in lesson.steps.iter().chain(&lesson.pool) {
            ids.extend(step.fluent_ids());
        }
        texts.extend(ids.into_iter().map(|id| (format!("{}/{id}", lesson.id), t.get(&id))));
    }
    assert!(texts.len() > 2000, "{} texts", texts.len());
    let started = std::time::Instant::now();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    let chunk = texts.len().div_ceil(threads);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                let voice = &voice;
                scope.spawn(move || {
                    let mut bad = vec![];
                    for (id, text) in part {
                        let words = to_words(text, Locale::Vi);
                        let letters = words.chars().filter(|c| c.is_alphanumeric()).count() as u64;
                        match voice.synthesize(&words, Locale::Vi, Rate::Normal) {
                            Ok(wav) => {
                                let ms = wav_millis(&wav).unwrap_or(0);
                                // At 150 words a minute a letter takes about 60–90 ms; allow
                                // a wide margin, but never silence or a runaway.
                                if ms < 20 * letters.max(1) || ms > 250 * letters + 2_000 {
                                    bad.push(format!("{id}: {ms} ms for {letters} letters: {words}"));
                                }
                            }
                            Err(e) => bad.push(format!("{id}: {e}")),
                        }
                    }
                    bad
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    println!("{} texts spoken in {:.1} s", texts.len(), started.elapsed().as_secs_f64());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_recording_is_played_instead_of_the_voice_and_bad_recordings_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("lessons");
    copy_dir(&lessons(), &root);
    let audio = root.join("chuot-va-ban-phim/audio/vi");
    std::fs::create_dir_all(&audio).unwrap();
    let recording = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/recording.ogg");
    std::fs::copy(&recording, audio.join("chuot-la-gi-text.ogg")).unwrap();

    let mut app = HocSo::open(&dir.path().join("db.sqlite3"), &root).unwrap();
    assert!(app.library().problems.is_empty(), "{:?}", app.library().problems);
    app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    app.give_consent();
    let card =
        app.create_learner(&NewLearner { display_name: "Lý Thị Mai".into(), birth_year: 1955, gender: None }).unwrap();
    app.choose_learner(card.id).unwrap();
    let mut view = app.open_lesson(card.id, "chuot-va-ban-phim").unwrap();
    if view.phase == hocso_core::views::Phase::PreCheck {
        view = app.skip_pre_check(view.attempt_id).unwrap();
    }
    let step = view.step.unwrap();
    assert_eq!(step.id, "chuot-la-gi");
    // The recorded text is one line; the rest is read by the voice, sentence by sentence.
    assert_eq!(step.speech[0].recording.as_deref(), Some("chuot-la-gi-text"));
    let played = app.speak("chuot-va-ban-phim", &step.speech[0], Rate::Normal).unwrap();
    assert!(played.audio.starts_with("data:audio/ogg;base64,"));
    assert!((1_000..10_000).contains(&played.millis), "{} ms", played.millis);
    let said = app.say("Giá 45.000 đ", Rate::Slow).unwrap();
    assert!(said.audio.starts_with("data:audio/wav;base64,") && said.millis > 500, "{} ms", said.millis);

    // A recording of no text, a file that does not play, a language the app does not know.
    std::fs::write(audio.join("khong-co-chu-nay.ogg"), std::fs::read(&recording).unwrap()).unwrap();
    std::fs::write(audio.join("nut-trai-prompt.ogg"), b"OggS but not really").unwrap();
    std::fs::create_dir_all(root.join("chuot-va-ban-phim/audio/xx")).unwrap();
    let library = LessonLibrary::load(&root);
    let kinds: Vec<(String, &ProblemKind)> = library
        .problems
        .iter()
        .map(|p| (p.file.file_name().unwrap().to_string_lossy().into_owned(), &p.kind))
        .collect();
    assert!(
        kinds.iter().any(|(f, k)| f == "khong-co-chu-nay.ogg" && **k == ProblemKind::RecordingUnknown),
        "{kinds:?}"
    );
    assert!(
        kinds.iter().any(|(f, k)| f == "nut-trai-prompt.ogg" && matches!(k, ProblemKind::RecordingBroken { .. })),
        "{kinds:?}"
    );
    assert!(kinds.iter().any(|(f, k)| f == "xx" && **k == ProblemKind::RecordingUnknown), "{kinds:?}");
    assert!(library.lesson("chuot-va-ban-phim").is_none(), "the broken lesson is left out");
    assert!(library.lesson("vneid").is_some(), "the others still load");
}
