//! The hub under load: simulated phones each play a whole core lesson at the same time against
//! the real `hocso hub` on 127.0.0.1, over real HTTP. They answer the moment each reply comes
//! (no reading time), which is far harsher than a session, where a person reads for seconds.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use rand::{RngExt, SeedableRng};

use hocso_core::reports::demo;
use hocso_core::store::NewLearner;
use hocso_core::HocSo;
use hocso_hub::sim::SimPhone;

use crate::{ms, percentile};

const LESSON: &str = "nhan-dien-lua-dao";

/// A line of /proc/PID/status, in MiB ("VmRSS", "VmHWM").
fn memory(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

/// Both runs: phones answering without pause (the worst case), then phones whose people read
/// each step for 0.3 to 1.5 s (still several times faster than the elders of a session).
pub fn hub(dir: &Path, lessons: &Path, phones: usize) {
    run(&dir.join("hub-flat-out.sqlite3"), lessons, phones, None);
    run(&dir.join("hub-reading.sqlite3"), lessons, phones, Some((300, 1500)));
}

fn run(db: &Path, lessons: &Path, phones: usize, reading_ms: Option<(u64, u64)>) {
    let db = db.to_owned();
    let names: Vec<String> = (1..=phones).map(|i| format!("Người dùng điện thoại {i:02}")).collect();
    let lesson = {
        let mut app = HocSo::open(&db, lessons).unwrap();
        app.set_up(&demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
        for name in &names {
            app.give_consent();
            app.create_learner(&NewLearner { display_name: name.clone(), birth_year: 1965, gender: None }).unwrap();
        }
        app.library().lesson(LESSON).unwrap().clone()
    };
    let exe = std::env::current_exe().unwrap().with_file_name("hocso");
    let (mut child, urls) = hocso_hub::sim::spawn_hub(&exe, &db, lessons, &names);
    let idle_rss = memory(child.id(), "VmRSS");

    let started = Instant::now();
    let threads: Vec<_> = urls
        .into_iter()
        .enumerate()
        .map(|(i, url)| {
            let (lesson, db) = (lesson.clone(), db.clone());
            std::thread::spawn(move || {
                let mut rng = rand::rngs::StdRng::seed_from_u64(i as u64);
                let mut read = || match reading_ms {
                    Some((low, high)) => Duration::from_millis(rng.random_range(low..=high)),
                    None => Duration::ZERO,
                };
                let phone = SimPhone::join(&url).expect("the phone joins");
                let seed = hocso_hub::sim::attempt_seeds(&db);
                let mut acked = vec![];
                let end = phone.play(&lesson, &seed, &mut read, &mut |a| acked.push(a)).expect("the lesson is played");
                (acked, end["result"]["passed"].as_bool() == Some(true))
            })
        })
        .collect();
    let results: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    let wall = started.elapsed();
    let peak_rss = memory(child.id(), "VmHWM");
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();

    let acked: Vec<_> = results.iter().flat_map(|(a, _)| a.iter().copied()).collect();
    let passed = results.iter().filter(|(_, p)| *p).count();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let stored: usize = conn.query_row("SELECT COUNT(*) FROM answers", [], |r| r.get::<_, i64>(0)).unwrap() as usize;
    let lost = acked
        .iter()
        .filter(|a| {
            conn.query_row(
                "SELECT COUNT(*) FROM answers WHERE attempt_id = ?1 AND position = ?2",
                [a.attempt, a.position],
                |r| r.get::<_, i64>(0),
            )
            .unwrap()
                == 0
        })
        .count();
    let how = match reading_ms {
        None => "answering without pause".to_owned(),
        Some((low, high)) => format!("reading each step {low}-{high} ms"),
    };
    let mut latency: Vec<f64> = acked.iter().map(|a| ms(a.latency)).collect();
    latency.sort_by(|a, b| a.total_cmp(b));
    println!(
        "hub: {phones} phones played '{LESSON}' at once over HTTP on 127.0.0.1, {how}: \
         {} answers in {:.2} s = {:.0} answers/s; {passed} of {phones} passed",
        acked.len(),
        wall.as_secs_f64(),
        acked.len() as f64 / wall.as_secs_f64()
    );
    println!(
        "hub: answer latency (request to acknowledged reply) p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latency, 0.5),
        percentile(&latency, 0.99),
        latency[latency.len() - 1]
    );
    println!(
        "hub: {} answers acknowledged, {stored} in the database, {lost} lost; hub memory {idle_rss:.1} MiB idle, \
         {peak_rss:.1} MiB peak",
        acked.len()
    );
    assert_eq!(lost, 0, "an acknowledged answer is missing from the database");
}
