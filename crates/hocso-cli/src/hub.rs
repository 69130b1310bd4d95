//! `hocso hub`: the hub without a window, for tests and scripts. Opens the hub for a practice
//! session, prints one join URL per `--learner` on stdout (nothing else goes there), then
//! serves until SIGTERM or Ctrl-C. Whoever runs it holds the database file, so no PIN is asked.

use std::io::Write;
use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use hocso_core::i18n::{ArgValue, Texts};
use hocso_core::{HocSo, SharedHocSo};

pub struct HubArgs<'a> {
    pub db: &'a Path,
    pub listen: SocketAddr,
    pub lessons: &'a Path,
    pub ui: &'a Path,
    pub learners: &'a [String],
}

pub fn run(texts: &Texts, args: HubArgs<'_>) -> ExitCode {
    let core = match HocSo::open(args.db, &crate::data::lessons_dir(args.lessons)) {
        Ok(core) => core,
        Err(e) => return crate::data::fail(texts, e),
    };
    let mut ids = vec![];
    for name in args.learners {
        let found = match core.store().search_learners(name) {
            Ok(found) => found.into_iter().filter(|l| l.display_name == *name).collect::<Vec<_>>(),
            Err(e) => return crate::data::fail(texts, e),
        };
        let id = match found.as_slice() {
            [one] => one.id,
            none_or_many => {
                let id = if none_or_many.is_empty() { "cli-hub-no-learner" } else { "cli-hub-many-learners" };
                let count = ArgValue::from(none_or_many.len() as u32);
                eprintln!("{}", texts.format(id, &[("name", ArgValue::Text(name.clone())), ("count", count)]));
                return ExitCode::from(1);
            }
        };
        ids.push(id);
    }
    let core = SharedHocSo::new(Ok(core));
    let assets = Arc::new(hocso_hub::DirAssets(args.ui.to_owned()));
    let hub = match hocso_hub::Hub::start(core.clone(), args.listen, assets) {
        Ok(hub) => hub,
        Err(e) => {
            eprintln!("{}", e.message);
            return ExitCode::from(1);
        }
    };
    let mut out = std::io::stdout().lock();
    for id in ids {
        match core.with(|c| c.phone_join_code_unlocked(id)) {
            Ok(join) => {
                let _ = writeln!(out, "{}", join.url);
            }
            Err(e) => {
                eprintln!("{}", e.message);
                return ExitCode::from(1);
            }
        }
    }
    let _ = out.flush();
    drop(out);
    eprintln!("{}", texts.format("cli-hub-serving", &[("url", ArgValue::Text(hub.base_url()))]));
    wait_for_stop();
    hub.stop();
    ExitCode::SUCCESS
}

/// Waits for SIGTERM or Ctrl-C.
fn wait_for_stop() {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
    runtime.block_on(async {
        #[cfg(unix)]
        {
            let Ok(mut term) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) else {
                let _ = tokio::signal::ctrl_c().await;
                return;
            };
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    });
}
