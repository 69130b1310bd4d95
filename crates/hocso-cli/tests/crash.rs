//! The crash harness: a child process records answers as fast as it can, printing each one
//! the core acknowledged; we SIGKILL it at random moments. After every kill the database must
//! pass `PRAGMA integrity_check` and hold every acknowledged answer. The same for an import
//! killed midway: the database holds the state before or after the file, never a mix.
//!
//! `HOCSO_CRASH_ROUNDS` sets the number of kills (CI: 40 answer kills + 15 import kills;
//! `make test-long`: 200 + 50).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

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

/// Runs the child until killed after `after`; returns the lines it printed.
fn run_and_kill(args: &[&std::ffi::OsStr], after: Duration) -> Vec<String> {
    let mut child = Command::new(hocso()).args(args).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    let lines = Arc::new(Mutex::new(vec![]));
    let reader = {
        let lines = lines.clone();
        let stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                match line {
                    Ok(l) => lines.lock().unwrap().push(l),
                    Err(_) => break,
                }
            }
        })
    };
    std::thread::sleep(after);
    let _ = child.kill(); // SIGKILL on Unix: no chance to clean up, like a power cut
    let _ = child.wait();
    reader.join().unwrap();
    let out = lines.lock().unwrap().clone();
    out
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
        let lines = run_and_kill(
            &["crash-child".as_ref(), "--db".as_ref(), db.as_os_str(), "--lessons".as_ref(), lessons().as_os_str()],
            after,
        );
        let conn = rusqlite::Connection::open(&db).unwrap();
        assert_eq!(integrity(&conn), "ok");
        for line in lines.iter().filter(|l| l.starts_with("ack ")) {
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
    let status = Command::new(hocso())
        .args(["demo", "--hamlets", "1", "--learners", "3000", "--lessons"])
        .arg(lessons())
        .arg("--out-dir")
        .arg(&files)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let file = std::fs::read_dir(&files).unwrap().next().unwrap().unwrap().path();
    let persons = {
        let export: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        export["body"]["persons"].as_array().unwrap().len() as i64
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(7 + std::process::id() as u64);
    let kills = rounds(15);
    let (mut before, mut after) = (0, 0);
    for i in 0..kills {
        let db = dir.path().join(format!("commune-{i}.sqlite3"));
        let wait = Duration::from_millis(rng.random_range(5..600));
        run_and_kill(
            &["crash-child".as_ref(), "--db".as_ref(), db.as_os_str(), "--import".as_ref(), file.as_os_str()],
            wait,
        );
        if !db.exists() {
            before += 1;
            continue;
        }
        let conn = rusqlite::Connection::open(&db).unwrap();
        assert_eq!(integrity(&conn), "ok");
        let has_tables: i64 =
            conn.query_row("SELECT COUNT(*) FROM sqlite_master WHERE name = 'imports'", [], |r| r.get(0)).unwrap();
        if has_tables == 0 {
            before += 1;
            continue;
        }
        let imports: i64 = conn.query_row("SELECT COUNT(*) FROM imports", [], |r| r.get(0)).unwrap();
        let rows: i64 = conn.query_row("SELECT COUNT(*) FROM imported_persons", [], |r| r.get(0)).unwrap();
        match imports {
            0 => {
                assert_eq!(rows, 0, "persons without their file");
                before += 1;
            }
            1 => {
                assert_eq!(rows, persons, "a file half imported");
                after += 1;
            }
            n => panic!("{n} imports of one file"),
        }
    }
    println!("import kills: {kills} ({before} before the file, {after} after it, never a mix)");
}
