// Registers the app's commands with Tauri's permission system: each command gets an
// `allow-<command>` permission, and capabilities/*.json grant them per window.
const COMMANDS: &[&str] = &[
    "app_start",
    "set_locale",
    "set_up",
    "search_learners",
    "give_consent",
    "withdraw_consent",
    "create_learner",
    "choose_learner",
    "leave_learner",
    "lesson_list",
    "open_lesson",
    "player",
    "answer",
    "skip_pre_check",
    "unlock",
    "lock",
    "facilitator",
    "hard_items",
    "update_learner",
    "remove_learner",
    "set_hamlet_profile",
    "change_pin",
    "export_results",
    "import_results",
    "confirm_new_keys",
    "dashboard",
    "save_report",
    "session",
    "start_session",
    "end_session",
    "set_attendance",
    "certificate",
    "backup_available",
    "app_texts",
    "restore_latest_backup",
    "backup_now",
    "restore_backup",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run tauri-build");
}
