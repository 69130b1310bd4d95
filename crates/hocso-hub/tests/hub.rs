//! The real hub over real HTTP on 127.0.0.1, with a real SQLite file and the real lessons: a
//! phone joins with its one-time code and plays a whole lesson; what a phone must never reach
//! is refused; the headers are strict; stopping signs every phone out.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::right_answer;
use hocso_core::store::{LearnerId, NewLearner};
use hocso_core::{HocSo, SharedHocSo};
use hocso_hub::{DirAssets, Hub};
use serde_json::{json, Value};

const LESSON: &str = "chuot-va-ban-phim";

fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

struct Fixture {
    _dir: tempfile::TempDir,
    core: SharedHocSo,
    hub: Option<Hub>,
    learners: Vec<LearnerId>,
    agent: ureq::Agent,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let ui = dir.path().join("ui");
    std::fs::create_dir_all(ui.join("assets")).unwrap();
    std::fs::write(ui.join("index.html"), "<!doctype html><title>Học Số</title>").unwrap();
    std::fs::write(ui.join("assets/app-1.js"), "console.log(1)").unwrap();
    std::fs::write(dir.path().join("secret.txt"), "not for phones").unwrap();
    let mut app = HocSo::open(&dir.path().join("hub.sqlite3"), &lessons()).unwrap();
    app.set_up(&hocso_core::reports::demo::hamlet_setup("Thôn Đông", "Đầm Hà", None)).unwrap();
    let mut learners = vec![];
    for name in ["Hoàng Thị Dung", "Bàn Văn Sinh"] {
        app.give_consent();
        let card =
            app.create_learner(&NewLearner { display_name: name.into(), birth_year: 1960, gender: None }).unwrap();
        learners.push(card.id);
    }
    let core = SharedHocSo::new(Ok(app));
    let listen: SocketAddr = "127.0.0.1:0".parse().unwrap();
    let hub = Hub::start(core.clone(), listen, Arc::new(DirAssets(ui))).unwrap();
    let agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    Fixture { _dir: dir, core, hub: Some(hub), learners, agent }
}

impl Fixture {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.hub.as_ref().unwrap().base_url())
    }

    fn code(&self, learner: LearnerId) -> String {
        let join = self.core.with(|c| c.phone_join_code_unlocked(learner)).unwrap();
        join.url.rsplit('/').next().unwrap().to_owned()
    }

    fn post(&self, path: &str, key: &str, body: Value) -> (u16, Value) {
        let mut response =
            self.agent.post(&self.url(path)).header("Authorization", &format!("Bearer {key}")).send_json(body).unwrap();
        let status = response.status().as_u16();
        (status, response.body_mut().read_json().unwrap_or(Value::Null))
    }

    fn join(&self, learner: LearnerId) -> (String, Value) {
        let (status, start) = self.post("/api/join", "", json!({ "code": self.code(learner) }));
        assert_eq!(status, 200, "{start}");
        (start["key"].as_str().unwrap().to_owned(), start)
    }
}

#[test]
fn a_phone_joins_and_plays_a_whole_lesson_over_http() {
    let f = fixture();
    let dung = f.learners[0];
    let (key, start) = f.join(dung);
    assert_eq!(start["lessons"]["learner"]["name"], "Hoàng Thị Dung");
    assert!(start["start"]["texts"]["practice-banner"].is_string(), "the UI's texts come with it");

    let (status, mut view) = f.post("/api/open_lesson", &key, json!({ "learner": dung, "lesson": LESSON }));
    assert_eq!(status, 200, "{view}");
    if view["phase"] == "pre-check" {
        view = f.post("/api/skip_pre_check", &key, json!({ "attempt": view["attempt_id"] })).1;
    }
    let lesson = f.core.with(|c| Ok(c.library().lesson(LESSON).unwrap().clone())).unwrap();
    let mut answered = 0;
    while let Some(step) = view["step"]["id"].as_str().map(str::to_owned) {
        let attempt = view["attempt_id"].as_i64().unwrap();
        let seed = f.core.with(|c| c.store().attempt(attempt)).unwrap().seed;
        let answer = right_answer(lesson.step(&step).unwrap(), &Practice::for_attempt(seed));
        let (status, outcome) =
            f.post("/api/answer", &key, json!({ "attempt": attempt, "step": step, "answer": answer }));
        assert_eq!(status, 200, "{outcome}");
        view = outcome["next"].clone();
        answered += 1;
    }
    assert_eq!(view["result"]["passed"], true);
    let attempt = view["attempt_id"].as_i64().unwrap();
    let stored = f.core.with(|c| c.store().answer_count(attempt)).unwrap();
    assert_eq!(stored, answered, "every answer acknowledged over HTTP is in the database");
    let hub = f.core.with(|c| c.phone_hub_view_unlocked()).unwrap();
    assert_eq!(hub.phones[0].status, "Đã đạt bài");
}

#[test]
fn what_a_phone_must_never_reach_is_refused() {
    let f = fixture();
    let (dung, sinh) = (f.learners[0], f.learners[1]);
    let (key, _) = f.join(dung);

    // No key, a wrong key: refused before anything else is read.
    assert_eq!(f.post("/api/lesson_list", "", json!({ "learner": dung })).0, 401);
    let (status, error) = f.post("/api/lesson_list", "made-up", json!({ "learner": dung }));
    assert_eq!((status, error["kind"].as_str()), (401, Some("phone-signed-out")));
    // Another learner's list, the facilitator's and the commune's functions, the picker.
    assert_eq!(f.post("/api/lesson_list", &key, json!({ "learner": sinh })).0, 403);
    for command in ["unlock", "picker", "search_learners", "facilitator", "export_results", "dashboard", "set_locale"] {
        let (status, error) = f.post(&format!("/api/{command}"), &key, json!({ "pin": "2468", "query": "" }));
        assert_eq!(status, 404, "{command}: {error}");
        assert!(error["message"].as_str().unwrap().starts_with("Việc này chỉ làm được trên máy tính"));
    }
    // A body that does not fit is a clear error, not a crash.
    let (status, error) = f.post("/api/answer", &key, json!({ "attempt": "x" }));
    assert_eq!((status, error["kind"].as_str()), (400, Some("request-not-understood")));
    // Files outside the UI folder.
    // (A client tidies `..` away before sending; the encoded forms reach the server as they are.)
    for path in ["/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2fetc%2fpasswd"] {
        let response = f.agent.get(&f.url(path)).call().unwrap();
        assert_eq!(response.status().as_u16(), 404, "{path}");
    }
    // A used code.
    let code = f.code(sinh);
    assert_eq!(f.post("/api/join", "", json!({ "code": code })).0, 200);
    let (status, error) = f.post("/api/join", "", json!({ "code": code }));
    assert_eq!((status, error["kind"].as_str()), (401, Some("phone-code-invalid")));
}

#[test]
fn every_reply_carries_the_strict_policy() {
    let f = fixture();
    for path in ["/", "/j/some-code", "/assets/app-1.js"] {
        let response = f.agent.get(&f.url(path)).call().unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        let headers = response.headers();
        assert_eq!(headers["content-security-policy"], hocso_hub::CSP);
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert_eq!(headers["x-content-type-options"], "nosniff");
    }
    let api = f.agent.post(&f.url("/api/ping")).send_json(json!({})).unwrap();
    assert_eq!(api.headers()["cache-control"], "no-store");
    assert!(hocso_hub::CSP.contains("connect-src 'self'") && !hocso_hub::CSP.contains("http:"));
}

#[test]
fn stopping_the_hub_signs_every_phone_out_and_closes_the_port() {
    let mut f = fixture();
    let (key, _) = f.join(f.learners[0]);
    let url = f.url("/api/ping");
    assert_eq!(f.post("/api/ping", &key, json!({})).0, 200);
    f.hub.take().unwrap().stop();
    assert!(f.agent.post(&url).send_json(json!({})).is_err(), "nothing listens any more");
    let signed_out = f.core.with(|c| c.phone_seat(&key, "127.0.0.1".parse().unwrap()).map(|_| ()));
    assert_eq!(signed_out.unwrap_err().kind, "phone-hub-closed");
}
