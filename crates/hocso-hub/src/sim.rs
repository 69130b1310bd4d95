//! A simulated phone, for the load benchmark and the crash harness (feature `sim`): it joins
//! the real hub over real HTTP with a join URL, and plays lessons with the right answers, as a
//! resident would, timing each answer from request to acknowledged reply.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hocso_core::lessons::phone::Practice;
use hocso_core::lessons::{right_answer, Lesson};
use serde_json::{json, Value};

pub struct SimPhone {
    agent: ureq::Agent,
    base: String,
    key: String,
    /// The learner the hub gave this phone.
    pub learner: i64,
}

/// One answer the hub acknowledged: it is committed, so it must be in the database.
#[derive(Debug, Clone, Copy)]
pub struct Acked {
    pub attempt: i64,
    pub position: i64,
    pub latency: Duration,
}

#[derive(Debug)]
pub struct SimError(pub String);

impl SimPhone {
    /// Joins with a join URL (`http://HOST:PORT/j/CODE`, as `hocso hub` prints it).
    pub fn join(url: &str) -> Result<SimPhone, SimError> {
        let (base, code) = url.split_once("/j/").ok_or_else(|| SimError(format!("not a join URL: {url}")))?;
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(30)))
            .build()
            .into();
        let mut phone = SimPhone { agent, base: base.to_owned(), key: String::new(), learner: 0 };
        let start = phone.call("join", json!({ "code": code }))?;
        phone.key = start["key"].as_str().unwrap_or_default().to_owned();
        phone.learner = start["lessons"]["learner"]["id"].as_i64().unwrap_or_default();
        Ok(phone)
    }

    /// One API call; an error reply or a broken connection is an error.
    pub fn call(&self, command: &str, args: Value) -> Result<Value, SimError> {
        let mut response = self
            .agent
            .post(&format!("{}/api/{command}", self.base))
            .header("Authorization", &format!("Bearer {}", self.key))
            .send_json(args)
            .map_err(|e| SimError(e.to_string()))?;
        let status = response.status().as_u16();
        let body: Value = response.body_mut().read_json().map_err(|e| SimError(e.to_string()))?;
        if status != 200 {
            return Err(SimError(format!("{command}: {status} {body}")));
        }
        Ok(body)
    }

    /// Plays `lesson` from wherever the learner is to its result, answering rightly; `seed`
    /// gives an attempt's seed (practice numbers depend on it), `read` how long the person
    /// reads each step before answering. Each acknowledged answer is passed to `acked` the
    /// moment its reply arrives.
    pub fn play(
        &self,
        lesson: &Lesson,
        seed: &dyn Fn(i64) -> u64,
        read: &mut dyn FnMut() -> Duration,
        acked: &mut dyn FnMut(Acked),
    ) -> Result<Value, SimError> {
        let mut view = self.call("open_lesson", json!({ "learner": self.learner, "lesson": lesson.id.as_str() }))?;
        while let Some(step) = view["step"]["id"].as_str().map(str::to_owned) {
            let attempt = view["attempt_id"].as_i64().unwrap_or_default();
            let position = view["position"].as_i64().unwrap_or_default();
            let step_def = lesson.step(&step).ok_or_else(|| SimError(format!("no step {step}")))?;
            let answer = right_answer(step_def, &Practice::for_attempt(seed(attempt)));
            std::thread::sleep(read());
            let asked = Instant::now();
            let outcome = self.call("answer", json!({ "attempt": attempt, "step": step, "answer": answer }))?;
            acked(Acked { attempt, position, latency: asked.elapsed() });
            view = outcome["next"].clone();
        }
        Ok(view)
    }
}

/// Starts `hocso hub` (the binary at `hocso`) on a free port of 127.0.0.1 for these learners;
/// returns the process and one join URL per learner, in order.
pub fn spawn_hub(hocso: &Path, db: &Path, lessons: &Path, learners: &[String]) -> (Child, Vec<String>) {
    let mut child = Command::new(hocso)
        .args(["hub", "--listen", "127.0.0.1:0", "--lessons"])
        .arg(lessons)
        .arg("--db")
        .arg(db)
        .args(learners.iter().flat_map(|n| ["--learner", n.as_str()]))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{}: {e}", hocso.display()));
    let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
    let urls = learners.iter().map(|_| lines.next().expect("a join URL").expect("a line")).collect();
    (child, urls)
}

/// An attempt's seed, read from the database (the hub holds it; a phone's practice numbers
/// depend on it), through a connection of its own.
pub fn attempt_seeds(db: &Path) -> impl Fn(i64) -> u64 {
    let reader = rusqlite::Connection::open(db).expect("the database");
    move |attempt| {
        reader
            .query_row("SELECT seed FROM attempts WHERE id = ?1", [attempt], |r| r.get::<_, i64>(0))
            .expect("the attempt's seed") as u64
    }
}
