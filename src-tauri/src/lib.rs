//! The Học Số desktop shell: opens the core, registers thin commands, and clears the learner
//! at the computer when the window is closed normally (after a crash they are resumed).

mod commands;
mod state;

/// For `bench/app-start.sh`: with `HOCSO_BENCH_READY` set, the first time the learner picker
/// asks for learners (the first interactive screen), print the wall-clock time in ns.
pub(crate) fn bench_ready() {
    static PRINTED: std::sync::Once = std::sync::Once::new();
    if std::env::var_os("HOCSO_BENCH_READY").is_some() {
        PRINTED.call_once(|| {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            eprintln!("hocso-ready {}", now.as_nanos());
        });
    }
}

use tauri::Manager;

/// WebKitGTK settings for old cultural-house PCs (Linux only; Windows uses WebView2). Each is
/// set only when the environment does not already say otherwise, so a technician can undo it.
/// Measured in `docs/performance.md`.
/// - `WEBKIT_DISABLE_DMABUF_RENDERER=1`: the DMA-BUF renderer doubles start-up time and costs
///   ~75 MB without a GPU driver that supports it (see `../shared/toolchain.md`).
/// - `JSC_useJIT=false`: our pages are small forms; JavaScriptCore's interpreter is fast enough,
///   and without the JIT the web process needs ~10 MB less (and runs no generated code).
fn tune_webkit() {
    #[cfg(target_os = "linux")]
    for (name, value) in [("WEBKIT_DISABLE_DMABUF_RENDERER", "1"), ("JSC_useJIT", "false")] {
        if std::env::var_os(name).is_none() {
            // Before any thread starts: the WebKit processes inherit the environment.
            std::env::set_var(name, value);
        }
    }
}

pub fn run() {
    tune_webkit();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let state = state::open(app);
            app.manage(state);
            Ok(())
        })
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { .. } = event {
                let state = window.state::<state::AppState>();
                let _ = state.with(|core| core.leave_learner());
                // Quitting stops learning on phones: the port closes, every phone is signed out.
                state.stop_hub();
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::start::app_start,
            commands::start::set_locale,
            commands::start::set_up,
            commands::start::backup_available,
            commands::start::app_texts,
            commands::start::restore_latest_backup,
            commands::learners::search_learners,
            commands::learners::picker,
            commands::learners::give_consent,
            commands::learners::withdraw_consent,
            commands::learners::confirm_guardian,
            commands::learners::renew_consent,
            commands::learners::my_data,
            commands::learners::create_learner,
            commands::learners::save_learner_settings,
            commands::lessons::speak,
            commands::lessons::say,
            commands::learners::choose_learner,
            commands::learners::leave_learner,
            commands::lessons::lesson_list,
            commands::lessons::open_lesson,
            commands::lessons::player,
            commands::lessons::answer,
            commands::lessons::skip_pre_check,
            commands::facilitator::unlock,
            commands::facilitator::lock,
            commands::facilitator::reset_pin,
            commands::facilitator::facilitator_open,
            commands::facilitator::facilitator,
            commands::facilitator::hard_items,
            commands::facilitator::update_learner,
            commands::facilitator::remove_learner,
            commands::facilitator::inactive_learners,
            commands::facilitator::remove_inactive,
            commands::facilitator::set_hamlet_profile,
            commands::facilitator::change_pin,
            commands::facilitator::export_results,
            commands::facilitator::import_results,
            commands::commune::check_hamlet_code,
            commands::commune::set_hamlet_code,
            commands::commune::hamlet_code_check_value,
            commands::commune::open_setup_file,
            commands::commune::add_commune_hamlet,
            commands::commune::rename_commune_hamlet,
            commands::commune::issue_hamlet_code,
            commands::commune::setup_sheet,
            commands::commune::save_setup_file,
            commands::commune::set_commune_hamlet_scope,
            commands::commune::set_criterion,
            commands::commune::preview_undo,
            commands::commune::commit_undo,
            commands::facilitator::dashboard,
            commands::facilitator::save_report,
            commands::facilitator::session,
            commands::facilitator::start_session,
            commands::facilitator::end_session,
            commands::facilitator::set_attendance,
            commands::facilitator::set_show_everyone,
            commands::facilitator::certificate,
            commands::facilitator::backup_now,
            commands::facilitator::restore_backup,
            commands::phones::hub_addresses,
            commands::phones::hub_start,
            commands::phones::hub_stop,
            commands::phones::hub_view,
            commands::phones::hub_join,
            commands::phones::hub_sign_out,
        ])
        .run(tauri::generate_context!())
        .expect("error while running Học Số");
}
