//! `hocso-bench`: the figures of docs/performance.md. Release build, real SQLite files on disk
//! (synchronous=FULL), the real lessons. Each figure is the median and spread of several runs.
//!
//! ```sh
//! cargo run --release -p hocso-bench -- --hamlets 1500 --learners 300 --runs 5
//! ```

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::Parser;
use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::{right_answer, LessonLibrary};
use hocso_core::reports::{self, demo};
use hocso_core::store::{NewLearner, Store};
use hocso_core::HocSo;

mod hub;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value = "lessons")]
    lessons: PathBuf,
    /// Answers recorded for the latency figure.
    #[arg(long, default_value_t = 10_000)]
    answers: usize,
    /// Hamlet exports imported at the commune.
    #[arg(long, default_value_t = 1500)]
    hamlets: usize,
    #[arg(long, default_value_t = 300)]
    learners: usize,
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Where to put the files (default: a temporary folder on the same disk as /tmp).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// Phones in the hub's load test.
    #[arg(long, default_value_t = 30)]
    phones: usize,
    /// Only this part: catalogue, answers, import, speech or hub.
    #[arg(long)]
    only: Option<String>,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// "median (min–max)" of durations in milliseconds.
fn spread(mut values: Vec<f64>) -> String {
    values.sort_by(|a, b| a.total_cmp(b));
    let median = values[values.len() / 2];
    format!("{median:.2} ms (min {:.2}, max {:.2}, n={})", values[0], values[values.len() - 1], values.len())
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn answers(dir: &Path, lessons: &Path, count: usize) {
    let db = dir.join("answers.sqlite3");
    let mut app = HocSo::open(&db, lessons).unwrap();
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    let library = LessonLibrary::load(lessons);
    let lesson = library.lesson("chuot-va-ban-phim").unwrap().clone();
    let mut latencies = Vec::with_capacity(count);
    let mut n = 0;
    while latencies.len() < count {
        app.give_consent();
        let learner = app
            .create_learner(&NewLearner { display_name: format!("Người đo {n}"), birth_year: 1970, gender: None })
            .unwrap();
        n += 1;
        let mut view = app.open_lesson(learner.id, lesson.id.as_str()).unwrap();
        while let Some(step) = view.step.clone() {
            let seed = app.store().attempt(view.attempt_id).unwrap().seed;
            let answer = right_answer(lesson.step(&step.id).unwrap(), &Practice::for_attempt(seed));
            let started = Instant::now();
            let outcome = app.answer(view.attempt_id, &step.id, &answer).unwrap();
            latencies.push(ms(started.elapsed()));
            view = outcome.next;
            if latencies.len() == count {
                break;
            }
        }
    }
    latencies.sort_by(|a, b| a.total_cmp(b));
    println!(
        "answer recorded durably (synchronous=FULL, WAL), {count} answers: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.9),
        percentile(&latencies, 0.99),
        latencies[latencies.len() - 1]
    );
}

fn catalogue(lessons: &Path, runs: usize) {
    let mut times = vec![];
    let mut summary = None;
    for _ in 0..runs.max(5) * 4 {
        let started = Instant::now();
        let library = LessonLibrary::load(lessons);
        times.push(ms(started.elapsed()));
        assert!(library.problems.is_empty());
        summary = Some(library.summary());
    }
    let s = summary.unwrap();
    println!("load and check the whole catalogue ({} lessons, {} steps, vi+en): {}", s.lessons, s.steps, spread(times));
}

fn import(dir: &Path, lessons: &Path, hamlets: usize, learners: usize, runs: usize) {
    let library = LessonLibrary::load(lessons);
    let core: Vec<String> = library.catalog.core.iter().map(|c| c.to_string()).collect();
    let files_dir = dir.join("exports");
    let started = Instant::now();
    // The commune's register (every hamlet with its code and people in scope), made once and
    // copied for each run: registering is not importing.
    let template = dir.join("commune-template.sqlite3");
    let files = {
        let mut store = Store::open(&template).unwrap();
        let files =
            demo::demo_commune_files(&mut store, &files_dir, "Xã Đầm Hà", &core, hamlets, learners, 2026).unwrap();
        reports::set_criterion_catalogue(&mut store, &library).unwrap();
        files
    };
    let (mut rows_persons, mut rows_passes) = (0usize, 0usize);
    for file in &files {
        let export: reports::SignedExport = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
        rows_persons += export.body.persons.len();
        rows_passes += export.body.persons.iter().map(|p| p.passed.len()).sum::<usize>();
    }
    println!(
        "made {hamlets} signed hamlet exports × {learners} persons ({rows_persons} persons, {rows_passes} passes) in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut import_times = vec![];
    let mut dashboard_times = vec![];
    let mut bulk_times = vec![];
    for run in 0..runs {
        let db = dir.join(format!("commune-{run}.sqlite3"));
        Store::open(&template).unwrap().backup_to(&db).unwrap();
        let mut store = Store::open(&db).unwrap();
        let started = Instant::now();
        let report = reports::import_files(&mut store, &files).unwrap();
        import_times.push(started.elapsed().as_secs_f64());
        assert!(!report.any_refused());
        for _ in 0..5 {
            let started = Instant::now();
            let r = reports::commune_report(&mut store).unwrap();
            dashboard_times.push(ms(started.elapsed()));
            assert_eq!(r.hamlets.len(), hamlets.min(hamlets));
        }
        drop(store);
        let _ = std::fs::remove_file(&db);

        // The practical limit: the same rows inserted by plain SQLite, one transaction per
        // file, prepared statements, same pragmas, no checks.
        let plain = dir.join(format!("plain-{run}.sqlite3"));
        let started = Instant::now();
        bulk_insert(&plain, &files);
        bulk_times.push(started.elapsed().as_secs_f64());
        let _ = std::fs::remove_file(&plain);
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        (v[v.len() / 2], v[0], v[v.len() - 1])
    };
    let (imp, imp_min, imp_max) = median(import_times);
    let (bulk, bulk_min, bulk_max) = median(bulk_times);
    println!(
        "commune import of {hamlets} files: {imp:.1} s (min {imp_min:.1}, max {imp_max:.1}, n={runs}), {:.0} persons/s",
        rows_persons as f64 / imp
    );
    println!(
        "plain SQLite bulk insert of the same rows: {bulk:.1} s (min {bulk_min:.1}, max {bulk_max:.1}), {:.0} persons/s; the import reaches {:.0}% of it",
        rows_persons as f64 / bulk,
        100.0 * bulk / imp
    );
    println!("commune dashboard query at that size: {}", spread(dashboard_times));
}

/// Reads each file and inserts its persons and passes with plain SQL: what the disk and
/// SQLite can do at best, without checking digests or signatures.
fn bulk_insert(db: &Path, files: &[PathBuf]) {
    let mut conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
         CREATE TABLE p (file INTEGER, key TEXT, age_band TEXT, gender TEXT, PRIMARY KEY (file, key));
         CREATE TABLE s (file INTEGER, key TEXT, lesson TEXT, version INTEGER, month TEXT, improved INTEGER,
                         PRIMARY KEY (file, key, lesson, version));",
    )
    .unwrap();
    for (i, file) in files.iter().enumerate() {
        let i = i as i64;
        let value: serde_json::Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
        let tx = conn.transaction().unwrap();
        {
            let mut person = tx.prepare_cached("INSERT INTO p VALUES (?1, ?2, ?3, ?4)").unwrap();
            let mut pass = tx.prepare_cached("INSERT INTO s VALUES (?1, ?2, ?3, ?4, ?5, ?6)").unwrap();
            for p in value["body"]["persons"].as_array().unwrap() {
                let key = p["key"].as_str().unwrap();
                person.execute(rusqlite::params![i, key, p["age_band"].as_str(), p["gender"].as_str()]).unwrap();
                for s in p["passed"].as_array().unwrap() {
                    pass.execute(rusqlite::params![
                        i,
                        key,
                        s["lesson"].as_str(),
                        s["version"].as_i64(),
                        s["month"].as_str(),
                        s["improved"].as_bool()
                    ])
                    .unwrap();
                }
            }
        }
        tx.commit().unwrap();
    }
}

/// "Nghe": from the press to the first sound, over every step of whole attempts of the core
/// lessons (the first line of each step is made by the voice: `HocSo::say`, what the UI calls).
/// And the memory espeak-ng takes while it speaks (its peak resident size, as a child process).
fn speech(dir: &Path, lessons: &Path) {
    use hocso_core::speech::Rate;
    let voice = hocso_core::speech::Voice::find();
    if !voice.available() {
        println!("speech: espeak-ng not found, no figure");
        return;
    }
    let db = dir.join("speech.sqlite3");
    let mut app = HocSo::open(&db, lessons).unwrap();
    app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    app.give_consent();
    let learner =
        app.create_learner(&NewLearner { display_name: "Người Nghe".into(), birth_year: 1955, gender: None }).unwrap();
    app.choose_learner(learner.id).unwrap();
    let library = LessonLibrary::load(lessons);
    let mut first_sound = vec![];
    let mut whole_step = vec![];
    let mut lines = 0usize;
    for id in ["vneid", "dich-vu-cong", "thanh-toan-qr", "nhan-dien-lua-dao"] {
        let lesson = library.lesson(id).unwrap().clone();
        let mut view = app.open_lesson(learner.id, id).unwrap();
        let practice = Practice::for_attempt(app.store().attempt(view.attempt_id).unwrap().seed);
        if view.phase == hocso_core::views::Phase::PreCheck {
            view = app.skip_pre_check(view.attempt_id).unwrap();
        }
        while let Some(step) = view.step.clone() {
            let started = Instant::now();
            app.say(&step.speech[0].text, Rate::Slow).unwrap();
            first_sound.push(ms(started.elapsed()));
            let started = Instant::now();
            for line in &step.speech {
                app.speak(id, line, Rate::Slow).unwrap();
            }
            whole_step.push(ms(started.elapsed()));
            lines += step.speech.len();
            let answer = right_answer(lesson.step(&step.id).unwrap(), &practice);
            view = app.answer(view.attempt_id, &step.id, &answer).unwrap().next;
        }
    }
    first_sound.sort_by(|a, b| a.total_cmp(b));
    whole_step.sort_by(|a, b| a.total_cmp(b));
    println!(
        "speech: press to first sound over {} steps: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        first_sound.len(),
        percentile(&first_sound, 0.5),
        percentile(&first_sound, 0.95),
        first_sound[first_sound.len() - 1]
    );
    println!(
        "speech: a whole step ({} lines in all, made one after another): p50 {:.1} ms, p95 {:.1} ms",
        lines,
        percentile(&whole_step, 0.5),
        percentile(&whole_step, 0.95)
    );
    // SAFETY: getrusage only writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) } == 0 {
        println!(
            "speech: espeak-ng peak memory while speaking: {:.1} MiB (its own process)",
            usage.ru_maxrss as f64 / 1024.0
        );
    }
}

fn main() {
    let args = Args::parse();
    let temp = tempfile::tempdir().unwrap();
    let dir = args.dir.clone().unwrap_or_else(|| temp.path().to_owned());
    std::fs::create_dir_all(&dir).unwrap();
    println!(
        "hocso-bench: {} cores, files in {}",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        dir.display()
    );
    let run = |part: &str| args.only.as_deref().is_none_or(|only| only == part);
    if run("catalogue") {
        catalogue(&args.lessons, args.runs);
    }
    if run("answers") {
        answers(&dir, &args.lessons, args.answers);
    }
    if run("import") {
        import(&dir, &args.lessons, args.hamlets, args.learners, args.runs);
    }
    if run("speech") {
        speech(&dir, &args.lessons);
    }
    if run("hub") {
        hub::hub(&dir, &args.lessons, args.phones);
    }
}
