//! The crash harness: a child process records answers as fast as it can, printing each one
//! the core acknowledged; we SIGKILL it at random moments. After every kill the database must
//! pass `PRAGMA integrity_check` and hold every acknowledged answer. The same for an import
//! killed midway: the database holds the state before or after the file, never a mix.
//!
//! `HOCSO_CRASH_ROUNDS` sets the number of kills (CI: 40 answer kills + 15 import kills;
//! `make test-long`: 200 + 200). Most import kills are timed to land inside the import's
//! write transaction, and the test counts how many did, from the write-ahead log SQLite left.

use std::ffi::{OsStr, OsString};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::{RngExt, SeedableRng};

fn hocso() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_hocso"))
}

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

fn rounds(default: usize) -> usize {
    std::env::var("HOCSO_CRASH_ROUNDS").ok().and_then(|v| v.parse().ok()).map(|n: usize| n.max(1)).unwrap_or(default)
}

/// Runs the child and kills it `after` the moment it prints `start_line` (or after it
/// starts, without one); returns the lines it printed, each with when it was read.
fn run_and_kill<S: AsRef<OsStr>>(args: &[S], start_line: Option<&str>, after: Duration) -> Vec<(Instant, String)> {
    let mut child = Command::new(hocso()).args(args).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let started = Instant::now();
    let lines = Arc::new(Mutex::new(vec![]));
    let reader = {
        let lines = lines.clone();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                match line {
                    Ok(l) => lines.lock().unwrap().push((Instant::now(), l)),
                    Err(_) => break,
                }
            }
        })
    };
    let from = match start_line {
        None => started,
        Some(wanted) => loop {
            if let Some((at, _)) = lines.lock().unwrap().iter().find(|(_, l)| l == wanted) {
                break *at;
            }
            assert!(started.elapsed() < Duration::from_secs(30), "the child never printed {wanted}");
            std::thread::sleep(Duration::from_micros(200));
        },
    };
    std::thread::sleep(after.saturating_sub(from.elapsed()));
    let _ = child.kill(); // SIGKILL on Unix: no chance to clean up, like a power cut
    let _ = child.wait();
    reader.join().unwrap();
    let out = lines.lock().unwrap().clone();
    out
}

/// Whether the write-ahead log ends with frames of a transaction that never committed: the
/// kill landed while SQLite was writing the import (read from the file as SQLite left it,
/// before anything opens the database and recovers it).
fn wal_holds_an_unfinished_transaction(wal: &Path) -> bool {
    let Ok(bytes) = std::fs::read(wal) else { return false };
    if bytes.len() < 32 {
        return false;
    }
    let be = |b: &[u8]| u32::from_be_bytes(b.try_into().unwrap());
    let frame = 24 + be(&bytes[8..12]) as usize;
    let salts = &bytes[16..24];
    let (mut at, mut since_commit) = (32, 0);
    while at + frame <= bytes.len() && &bytes[at + 8..at + 16] == salts {
        since_commit = if be(&bytes[at + 4..at + 8]) != 0 { 0 } else { since_commit + 1 };
        at += frame;
    }
    since_commit > 0
}

/// Every row of every table, leaving out only the clock of the import itself (`imported_at`,
/// `trusted_at`): equal for two databases that imported the same file.
fn content(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    assert_eq!(integrity(&conn), "ok");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut out = vec![];
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let keep: Vec<usize> = (0..stmt.column_count())
            .filter(|i| !matches!(stmt.column_name(*i).unwrap(), "imported_at" | "trusted_at"))
            .collect();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let mut line = table.clone();
            for i in &keep {
                line.push_str(&format!(" {:?}", row.get_ref(*i).unwrap()));
            }
            out.push(line);
        }
    }
    out.sort();
    out.join("\n")
}

fn integrity(conn: &rusqlite::Connection) -> String {
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

#[test]
fn every_acknowledged_answer_survives_a_kill_at_any_moment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hocso.sqlite3");
    let mut rng = rand::rngs::StdRng::seed_from_u64(std::process::id() as u64);
    let kills = rounds(40);
    let mut acked = 0;
    for _ in 0..kills {
        let after = Duration::from_millis(rng.random_range(30..400));
        // Half the kills are timed from the start (they may land while the database and the
        // lessons are opened), half from "opened" (they land while answers are written).
        let from = if rng.random_bool(0.5) { None } else { Some("opened") };
        let lines = run_and_kill(
            &["crash-child".as_ref(), "--db".as_ref(), db.as_os_str(), "--lessons".as_ref(), lessons().as_os_str()],
            from,
            after,
        );
        let conn = rusqlite::Connection::open(&db).unwrap();
        assert_eq!(integrity(&conn), "ok");
        for (_, line) in lines.iter().filter(|(_, l)| l.starts_with("ack ")) {
            let mut parts = line.split(' ').skip(1);
            let attempt: i64 = parts.next().unwrap().parse().unwrap();
            let position: i64 = parts.next().unwrap().parse().unwrap();
            let found: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM answers WHERE attempt_id = ?1 AND position = ?2",
                    [attempt, position],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(found >= 1, "acknowledged answer {attempt}/{position} lost");
            acked += 1;
        }
    }
    assert!(acked > kills, "the kills landed while answers were being written ({acked} acknowledged)");
    println!("crash harness: {kills} kills, {acked} acknowledged answers all found, integrity ok every time");
}

#[test]
fn an_import_killed_midway_leaves_the_state_before_or_after_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    // A commune office that issued a hamlet its code (the documented commands).
    let template = dir.path().join("template.sqlite3");
    let run = |args: &[&OsStr]| {
        let out = Command::new(hocso()).args(args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let db_arg = template.as_os_str();
    run(&[
        "setup".as_ref(),
        "--role".as_ref(),
        "commune".as_ref(),
        "--commune".as_ref(),
        "Xã Đầm Hà".as_ref(),
        "--db".as_ref(),
        db_arg,
    ]);
    run(&["commune".as_ref(), "add-hamlet".as_ref(), "Thôn Đông".as_ref(), "--db".as_ref(), db_arg]);
    let issued = run(&["commune".as_ref(), "issue-code".as_ref(), "Thôn Đông".as_ref(), "--db".as_ref(), db_arg]);
    let code = issued.lines().last().unwrap().to_owned();
    let status = Command::new(hocso())
        // Big enough that SQLite's page cache spills into the write-ahead log well before the
        // commit, so that a kill mid-write leaves evidence in the file.
        .args(["demo", "--hamlets", "1", "--learners", "8000", "--code", &code, "--lessons"])
        .arg(lessons())
        .arg("--out-dir")
        .arg(&files)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let file = std::fs::read_dir(&files).unwrap().next().unwrap().unwrap().path();
    let child = |db: &Path| -> Vec<OsString> {
        // Each run starts from its own copy of the commune's database.
        std::fs::copy(&template, db).unwrap();
        vec!["crash-child".into(), "--db".into(), db.into(), "--import".into(), file.clone().into()]
    };

    // The two states allowed: the commune's database as it was, and one that took the whole file.
    let opened = dir.path().join("opened.sqlite3");
    std::fs::copy(&template, &opened).unwrap();
    drop(hocso_core::store::Store::open(&opened).unwrap());
    let before = content(&opened);
    let at = |lines: &[(Instant, String)], wanted: &str| lines.iter().find(|(_, l)| l == wanted).map(|(t, _)| *t);
    // How long writing the file takes: the median of three whole imports (the machine is shared).
    let (mut writings, mut runs) = (vec![], vec![]);
    for n in 0..3 {
        let whole = dir.path().join(format!("whole-{n}.sqlite3"));
        let lines = run_and_kill(&child(&whole), Some("imported"), Duration::ZERO);
        writings.push(at(&lines, "imported").unwrap() - at(&lines, "checked").unwrap());
        runs.push(at(&lines, "imported").unwrap() - at(&lines, "opened").unwrap());
    }
    writings.sort();
    runs.sort();
    let (writing, run) = (writings[1], runs[1]);
    let after = content(&dir.path().join("whole-0.sqlite3"));
    assert_ne!(before, after);

    let mut rng = rand::rngs::StdRng::seed_from_u64(7 + std::process::id() as u64);
    let kills = rounds(15);
    let (mut found_before, mut found_after, mut while_writing, mut rolled_back, mut wal_unfinished) = (0, 0, 0, 0, 0);
    for i in 0..kills {
        let db = dir.path().join(format!("commune-{i}.sqlite3"));
        // Most kills are timed to land while the file's rows are written (between `checked`
        // and `imported`); one in five lands anywhere from the start, while the database is
        // created and the file read.
        let lines = if i % 5 == 0 {
            run_and_kill(&child(&db), None, (run + Duration::from_millis(100)).mul_f64(rng.random_range(0.0..1.5)))
        } else {
            run_and_kill(&child(&db), Some("checked"), writing.mul_f64(rng.random_range(0.0..0.8)))
        };
        let writing_when_killed = at(&lines, "checked").is_some() && at(&lines, "imported").is_none();
        wal_unfinished += usize::from(wal_holds_an_unfinished_transaction(&db.with_extension("sqlite3-wal")));
        let state = content(&db);
        if state == after {
            found_after += 1;
        } else {
            assert!(state == before, "kill {i}: neither before nor after the file (lines {lines:?})");
            found_before += 1;
            rolled_back += usize::from(writing_when_killed);
        }
        while_writing += usize::from(writing_when_killed);
    }
    println!(
        "import kills: {kills}; {while_writing} while the file's rows were being written ({rolled_back} rolled back, \
         {wal_unfinished} with the unfinished transaction's pages in the write-ahead log); {found_before} left the \
         state before the file, {found_after} after it, never a mix"
    );
    assert!(
        while_writing * 3 >= kills && rolled_back >= 1 && wal_unfinished >= 1,
        "too few kills landed inside the import's transaction: {while_writing} of {kills}, {rolled_back} rolled \
         back, {wal_unfinished} with its pages in the write-ahead log"
    );
}

/// The hub killed while phones answer: several simulated phones learn over real HTTP against
/// `hocso hub`, which is SIGKILLed at a random moment. Every answer a phone got a reply for
/// must be in the database afterwards, and the database whole.
#[test]
fn every_answer_a_phone_was_told_is_saved_survives_killing_the_hub() {
    use hocso_core::store::NewLearner;
    use hocso_hub::sim::SimPhone;

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hub.sqlite3");
    let names: Vec<String> = (1..=4).map(|i| format!("Người học điện thoại {i}")).collect();
    let lesson = {
        let mut app = hocso_core::HocSo::open(&db, &lessons()).unwrap();
        app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
        for name in &names {
            app.give_consent();
            app.create_learner(&NewLearner { display_name: name.clone(), birth_year: 1960, gender: None }).unwrap();
        }
        app.library().lesson("chuot-va-ban-phim").unwrap().clone()
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(std::process::id() as u64);
    let kills = rounds(40).div_ceil(8);
    let mut acked_total = 0;
    for _ in 0..kills {
        let (mut hub, urls) = hocso_hub::sim::spawn_hub(&hocso(), &db, &lessons(), &names);
        let acked = Arc::new(Mutex::new(vec![]));
        let phones: Vec<_> = urls
            .into_iter()
            .map(|url| {
                let (acked, lesson, db) = (acked.clone(), lesson.clone(), db.clone());
                std::thread::spawn(move || {
                    let Ok(phone) = SimPhone::join(&url) else { return };
                    let seed = hocso_hub::sim::attempt_seeds(&db);
                    // Until the hub is killed: the next call fails and the phone stops.
                    while phone
                        .play(&lesson, &seed, &mut || Duration::ZERO, &mut |a| acked.lock().unwrap().push(a))
                        .is_ok()
                    {}
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(rng.random_range(200..900)));
        let _ = hub.kill(); // SIGKILL: a power cut while phones answer
        let _ = hub.wait();
        for phone in phones {
            phone.join().unwrap();
        }
        let conn = rusqlite::Connection::open(&db).unwrap();
        assert_eq!(integrity(&conn), "ok");
        for a in acked.lock().unwrap().iter() {
            let found: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM answers WHERE attempt_id = ?1 AND position = ?2",
                    [a.attempt, a.position],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(found >= 1, "an answer a phone was told is saved ({}/{}) was lost", a.attempt, a.position);
            acked_total += 1;
        }
    }
    assert!(acked_total > kills * 4, "the kills landed while phones answered ({acked_total} acknowledged)");
    println!("hub crash harness: {kills} kills of the hub, {acked_total} acknowledged answers from 4 phones all found");
}
