//! `hocso hub` as a script runs it: one join URL per learner on stdout, a phone can join with
//! it, an unknown name is a clear error, and SIGTERM stops it cleanly.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use hocso_core::store::NewLearner;
use hocso_core::HocSo;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path)
}

fn hamlet(dir: &Path, names: &[&str]) -> PathBuf {
    let db = dir.join("hamlet.sqlite3");
    let mut app = HocSo::open(&db, &repo("lessons")).unwrap();
    app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    for name in names {
        app.give_consent();
        app.create_learner(&NewLearner { display_name: (*name).into(), birth_year: 1955, gender: None }).unwrap();
    }
    db
}

#[test]
fn hub_prints_a_join_url_per_learner_serves_it_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), &["Lý Thị Mai", "Đặng Văn Chiến"]);
    let ui = dir.path().join("ui");
    std::fs::create_dir_all(&ui).unwrap();
    std::fs::write(ui.join("index.html"), "<!doctype html><title>Học Số</title>").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hocso"))
        .args(["--lang", "vi", "hub", "--listen", "127.0.0.1:0", "--learner", "Lý Thị Mai", "--learner"])
        .arg("Đặng Văn Chiến")
        .arg("--db")
        .arg(&db)
        .arg("--lessons")
        .arg(repo("lessons"))
        .arg("--ui")
        .arg(&ui)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let urls: Vec<String> = (0..2).map(|_| lines.next().unwrap().unwrap()).collect();
    assert!(urls.iter().all(|u| u.starts_with("http://127.0.0.1:") && u.contains("/j/")), "{urls:?}");
    assert_ne!(urls[0], urls[1]);

    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let page = agent.get(&urls[0]).call().unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let base = urls[1].split("/j/").next().unwrap().to_owned();
    let code = urls[1].rsplit('/').next().unwrap();
    let mut joined = agent.post(&format!("{base}/api/join")).send_json(serde_json::json!({ "code": code })).unwrap();
    assert_eq!(joined.status().as_u16(), 200);
    let start: serde_json::Value = joined.body_mut().read_json().unwrap();
    assert_eq!(start["lessons"]["learner"]["name"], "Đặng Văn Chiến");

    let term = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(term.success());
    let mut waited = Duration::ZERO;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(waited < Duration::from_secs(10), "hocso hub did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
        waited += Duration::from_millis(50);
    };
    assert!(status.success(), "{status:?}");
    assert!(agent.get(&urls[0]).call().is_err(), "nothing listens after SIGTERM");
}

#[test]
fn hub_with_an_unknown_name_says_so_in_vietnamese_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = hamlet(dir.path(), &["Lý Thị Mai"]);
    let output = Command::new(env!("CARGO_BIN_EXE_hocso"))
        .args(["--lang", "vi", "hub", "--listen", "127.0.0.1:0", "--learner", "Ly Thi Mai", "--db"])
        .arg(&db)
        .arg("--lessons")
        .arg(repo("lessons"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("Không có người học nào tên “Ly Thi Mai”"), "{said}");
}
