//! The routes: the built UI, `POST /api/join` (a join code for a phone key) and
//! `POST /api/{command}` with `Authorization: Bearer <phone key>`, one per learner function of
//! `ui/src/lib/ipc.ts`. Nothing else is served: no facilitator or commune function, no list of
//! names. Every reply carries the strict CSP and is never cached (but the UI's hashed files).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use hocso_core::lessons::Answer;
use hocso_core::speech::Rate;
use hocso_core::store::{LearnerId, LearnerSettings};
use hocso_core::views::SpeechLine;
use hocso_core::{Error, Seat, SharedHocSo, UiError};
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::Assets;

/// The same policy as the desktop window's (src-tauri/tauri.conf.json), with `connect-src`
/// allowing only this hub; no frame may hold the page.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     media-src data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// Requests are small forms; an answer is well under this.
const BODY_LIMIT: usize = 64 * 1024;

#[derive(Clone)]
struct Hub {
    core: SharedHocSo,
    assets: Arc<dyn Assets>,
    /// The voice runs as a program of its own: at most this many at once, whatever the phones
    /// ask, so that reading aloud never starves the answers on a 2-core computer.
    voices: Arc<tokio::sync::Semaphore>,
}

const VOICES_AT_ONCE: usize = 2;

pub fn router(core: SharedHocSo, assets: Arc<dyn Assets>) -> Router {
    Router::new()
        .route("/api/join", post(join))
        .route("/api/{command}", post(command))
        .route("/", get(index))
        .route("/j/{code}", get(index))
        .route("/{*path}", get(file))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(Hub { core, assets, voices: Arc::new(tokio::sync::Semaphore::new(VOICES_AT_ONCE)) })
}

fn secure(mut response: Response, cache: &'static str) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // The join code is in the address: never sent on to anywhere.
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}

fn asset(hub: &Hub, path: &str, cache: &'static str) -> Response {
    match hub.assets.get(path) {
        Some(a) => secure(([(header::CONTENT_TYPE, a.mime)], a.bytes).into_response(), cache),
        None => secure(StatusCode::NOT_FOUND.into_response(), "no-store"),
    }
}

async fn index(State(hub): State<Hub>) -> Response {
    asset(&hub, "index.html", "no-store")
}

async fn file(State(hub): State<Hub>, Path(path): Path<String>) -> Response {
    // Vite names the built files by their content: they never change under one name.
    let cache = if path.starts_with("assets/") { "public, max-age=31536000, immutable" } else { "no-cache" };
    asset(&hub, &path, cache)
}

/// A reply: the value as JSON, or the error (already translated) with a fitting status.
fn reply<T: serde::Serialize>(result: Result<T, UiError>) -> Response {
    let response = match result {
        Ok(value) => axum::Json(value).into_response(),
        Err(error) => {
            let status = match error.kind.as_str() {
                "phone-code-invalid" | "phone-signed-out" | "phone-hub-closed" => StatusCode::UNAUTHORIZED,
                "not-this-learner" => StatusCode::FORBIDDEN,
                "phone-rate-limited" => StatusCode::TOO_MANY_REQUESTS,
                "not-on-phones" | "learner-not-found" | "attempt-not-found" => StatusCode::NOT_FOUND,
                "request-not-understood" => StatusCode::BAD_REQUEST,
                "internal" | "database" | "io" | "database-damaged" => StatusCode::INTERNAL_SERVER_ERROR,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            (status, axum::Json(error)).into_response()
        }
    };
    secure(response, "no-store")
}

/// Runs `f` on the core away from the server's threads (it may wait for the lock and for the
/// disk: an answer is durable before the reply).
async fn on_core<T: Send + 'static>(
    core: SharedHocSo,
    f: impl FnOnce(&SharedHocSo) -> Result<T, UiError> + Send + 'static,
) -> Result<T, UiError> {
    match tokio::task::spawn_blocking(move || f(&core)).await {
        Ok(result) => result,
        Err(e) => Err(UiError { kind: "internal".into(), message: e.to_string() }),
    }
}

#[derive(Deserialize)]
struct JoinArgs {
    code: String,
}

async fn join(State(hub): State<Hub>, ConnectInfo(from): ConnectInfo<SocketAddr>, body: Bytes) -> Response {
    let args: Result<JoinArgs, _> = serde_json::from_slice(&body);
    reply(
        on_core(hub.core, move |core| {
            let code = args.map(|a| a.code).unwrap_or_default();
            core.with(|c| c.join_phone(&code, from.ip()))
        })
        .await,
    )
}

fn bearer(headers: &HeaderMap) -> String {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The arguments of a command, as `ipc.ts` sends them; a body that does not fit is a misfit
/// answer, never a crash.
fn args<T: DeserializeOwned>(body: &[u8]) -> hocso_core::Result<T> {
    serde_json::from_slice(body).map_err(|e| Error::RequestNotUnderstood(e.to_string()))
}

#[derive(Deserialize)]
struct LearnerArg {
    learner: LearnerId,
}
#[derive(Deserialize)]
struct OpenArgs {
    learner: LearnerId,
    lesson: String,
}
#[derive(Deserialize)]
struct AttemptArg {
    attempt: i64,
}
#[derive(Deserialize)]
struct AnswerArgs {
    attempt: i64,
    step: String,
    answer: Answer,
}
#[derive(Deserialize)]
struct SettingsArgs {
    learner: LearnerId,
    settings: LearnerSettings,
}
#[derive(Deserialize)]
struct SpeakArgs {
    lesson: String,
    line: SpeechLine,
    rate: Rate,
}
#[derive(Deserialize)]
struct SayArgs {
    text: String,
    rate: Rate,
}

fn json<T: serde::Serialize>(value: T) -> hocso_core::Result<serde_json::Value> {
    serde_json::to_value(value).map_err(|e| Error::Internal(e.to_string()))
}

async fn command(
    State(hub): State<Hub>,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let key = bearer(&headers);
    let _voice = match name.as_str() {
        "speak" | "say" => hub.voices.clone().acquire_owned().await.ok(),
        _ => None,
    };
    reply(
        on_core(hub.core, move |core| {
            // The voice runs without holding the core: an answer never waits for it.
            match name.as_str() {
                // The app's static labels, for the page that asks to scan a QR code first.
                "app_texts" => {
                    return core.with(|c| json(hocso_core::i18n::AppTexts::static_messages(c.texts().locale())));
                }
                "speak" => {
                    let job = core.with(|c| {
                        c.phone_seat(&key, from.ip())?;
                        let a: SpeakArgs = args(&body)?;
                        c.speech_job(&a.lesson, &a.line, a.rate)
                    })?;
                    return job.run().map(|spoken| serde_json::to_value(spoken).unwrap_or_default());
                }
                "say" => {
                    let job = core.with(|c| {
                        c.phone_seat(&key, from.ip())?;
                        let a: SayArgs = args(&body)?;
                        Ok(c.say_job(&a.text, a.rate))
                    })?;
                    return job.run().map(|spoken| serde_json::to_value(spoken).unwrap_or_default());
                }
                _ => {}
            }
            core.with(|c| {
                let seat: Seat = c.phone_seat(&key, from.ip())?;
                match name.as_str() {
                    "phone_resume" => json(c.resume_phone(seat)?),
                    "ping" => json(()),
                    "leave_phone" => {
                        c.leave_phone(seat);
                        json(())
                    }
                    "lesson_list" => json(c.lesson_list_at(seat, args::<LearnerArg>(&body)?.learner)?),
                    "open_lesson" => {
                        let a: OpenArgs = args(&body)?;
                        json(c.open_lesson_at(seat, a.learner, &a.lesson)?)
                    }
                    "player" => json(c.player_at(seat, args::<AttemptArg>(&body)?.attempt)?),
                    "answer" => {
                        let a: AnswerArgs = args(&body)?;
                        json(c.answer_at(seat, a.attempt, &a.step, &a.answer)?)
                    }
                    "skip_pre_check" => json(c.skip_pre_check_at(seat, args::<AttemptArg>(&body)?.attempt)?),
                    "save_learner_settings" => {
                        let a: SettingsArgs = args(&body)?;
                        json(c.save_learner_settings_at(seat, a.learner, &a.settings)?)
                    }
                    "my_data" => json(c.my_data_at(seat, args::<LearnerArg>(&body)?.learner)?),
                    // Everything else stays on the computer: the picker, registration, the
                    // facilitator's and the commune's functions.
                    _ => Err(Error::NotOnPhones),
                }
            })
        })
        .await,
    )
}
