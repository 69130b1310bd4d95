// One typed function per Tauri command. Every command returns what the core decided; errors
// arrive as UiError ({ kind, message }), already translated.
//
// Two transports behind the same functions: in the desktop window, Tauri's IPC; on a phone that
// joined the hub (the page came over the hall's Wi-Fi), `fetch` to the hub's JSON API with the
// phone key. No screen is written twice; the hub serves only the learner's functions.
import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import { t } from "./texts.svelte";
import type {
  PhoneHubView,
  PhoneJoinView,
  PhoneStartView,
  CertificateView,
  InactiveView,
  PickerView,
  MyDataView,
  SetupSheet,
  Undo,
  UndoView,
  SessionView,
  DashboardView,
  FacilitatorView,
  HamletProfile,
  HardItemsView,
  ImportResultView,
  Answer,
  AnswerOutcome,
  LearnerCard,
  LearnerSettings,
  SpeechLine,
  SpokenLine,
  Rate,
  LearnerId,
  LessonListView,
  Locale,
  NewLearner,
  PlayerView,
  Setup,
  StartView,
  UiError,
} from "./generated/types";

export function isUiError(e: unknown): e is UiError {
  return typeof e === "object" && e !== null && "kind" in e && "message" in e;
}

/** True on a phone: the page was served by the hub, not by the desktop app. */
export const onPhone = typeof window !== "undefined" && !("__TAURI_INTERNALS__" in window);

const PHONE_KEY = "hocso-phone-key";
const PHONE_CODE = "hocso-phone-code";
/** The phone key, kept so that a reload or a Wi-Fi drop goes on where the learner was, with the
 * join code it was given for (opening that same address again is a reload, not a new person). */
export const phoneKey = {
  get: () => window.localStorage.getItem(PHONE_KEY),
  code: () => window.localStorage.getItem(PHONE_CODE),
  set: (key: string, code: string) => {
    window.localStorage.setItem(PHONE_KEY, key);
    window.localStorage.setItem(PHONE_CODE, code);
  },
  clear: () => {
    window.localStorage.removeItem(PHONE_KEY);
    window.localStorage.removeItem(PHONE_CODE);
  },
};

/** Said to the whole app when the hub no longer knows this phone: back to "scan a QR code". */
export const SIGNED_OUT_EVENT = "hocso-phone-signed-out";
const SIGNED_OUT = ["phone-signed-out", "phone-hub-closed"];

/** The Wi-Fi dropped or the hub stopped: said in the learner's words, with what to do. */
const unreachable = (): UiError => ({ kind: "hub-unreachable", message: t("error-hub-unreachable") });

async function overHub<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/${cmd}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${phoneKey.get() ?? ""}` },
      body: JSON.stringify(args ?? {}),
      cache: "no-store",
    });
  } catch {
    throw unreachable();
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok && isUiError(body) && SIGNED_OUT.includes(body.kind)) {
    // Handed back, signed out by the facilitator, or the session ended: the key is dead.
    phoneKey.clear();
    window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT, { detail: body.message }));
  }
  if (!response.ok) throw isUiError(body) ? body : unreachable();
  return body as T;
}

function invoke<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  return onPhone ? overHub<T>(cmd, args) : tauriInvoke<T>(cmd, args);
}

// On a phone: join with the QR code's one-time code, come back, ask for nothing (a sign of
// life for the facilitator's list), hand the phone back.
export const joinPhone = (code: string) => overHub<PhoneStartView>("join", { code });
export const phoneResume = () => overHub<PhoneStartView>("phone_resume");
export const phonePing = () => overHub<null>("ping");
export const leavePhone = () => overHub<null>("leave_phone");

// "Học trên điện thoại" on the computer, in facilitator mode.
export const hubAddresses = () => invoke<string[]>("hub_addresses");
export const hubStart = (address: string) => invoke<PhoneHubView>("hub_start", { address });
export const hubStop = () => invoke<PhoneHubView>("hub_stop");
export const hubView = () => invoke<PhoneHubView>("hub_view");
export const hubJoin = (learner: LearnerId) => invoke<PhoneJoinView>("hub_join", { learner });
export const hubSignOut = (phone: number) => invoke<PhoneHubView>("hub_sign_out", { phone });

export const appStart = () => invoke<StartView>("app_start");
export const setLocale = (locale: Locale) => invoke<StartView>("set_locale", { locale });
export const setUp = (setup: Setup) => invoke<StartView>("set_up", { setup });
export const picker = (query: string, picture: string | null = null) => invoke<PickerView>("picker", { query, picture });
export const searchLearners = (query: string) => invoke<LearnerCard[]>("search_learners", { query });
export const giveConsent = () => invoke<void>("give_consent");
export const withdrawConsent = () => invoke<void>("withdraw_consent");
export const confirmGuardian = (pin: string) => invoke<void>("confirm_guardian", { pin });
export const myData = (learner: LearnerId) => invoke<MyDataView>("my_data", { learner });
export const renewConsent = (learner: LearnerId) => invoke<LessonListView>("renew_consent", { learner });
export const createLearner = (learner: NewLearner) => invoke<LearnerCard>("create_learner", { learner });
export const saveLearnerSettings = (learner: LearnerId, settings: LearnerSettings) =>
  invoke<LearnerCard>("save_learner_settings", { learner, settings });
export const speak = (lesson: string, line: SpeechLine, rate: Rate) => invoke<SpokenLine>("speak", { lesson, line, rate });
export const say = (text: string, rate: Rate) => invoke<SpokenLine>("say", { text, rate });
export const chooseLearner = (learner: LearnerId) => invoke<LessonListView>("choose_learner", { learner });
export const leaveLearner = () => invoke<void>("leave_learner");
export const lessonList = (learner: LearnerId) => invoke<LessonListView>("lesson_list", { learner });
export const openLesson = (learner: LearnerId, lesson: string) => invoke<PlayerView>("open_lesson", { learner, lesson });
export const player = (attempt: number) => invoke<PlayerView>("player", { attempt });
export const answer = (attempt: number, step: string, given: Answer) =>
  invoke<AnswerOutcome>("answer", { attempt, step, answer: given });
export const skipPreCheck = (attempt: number) => invoke<PlayerView>("skip_pre_check", { attempt });

// Facilitator mode (the core refuses these until the PIN is given) and the commune dashboard.
export const unlock = (pin: string) => invoke<FacilitatorView>("unlock", { pin });
export const lock = () => invoke<void>("lock");
export const facilitatorOpen = () => invoke<boolean>("facilitator_open");
export const resetPin = (code: string, next: string, repeat: string) =>
  invoke<void>("reset_pin", { code, new: next, repeat });
export const facilitator = () => invoke<FacilitatorView>("facilitator");
export const hardItems = () => invoke<HardItemsView>("hard_items");
export const updateLearner = (learner: LearnerId, changed: NewLearner) =>
  invoke<FacilitatorView>("update_learner", { learner, changed });
export const inactiveLearners = () => invoke<InactiveView>("inactive_learners");
export const removeInactive = (learners: LearnerId[]) => invoke<FacilitatorView>("remove_inactive", { learners });
export const removeLearner = (learner: LearnerId) => invoke<FacilitatorView>("remove_learner", { learner });
export const setHamletProfile = (profile: HamletProfile) => invoke<FacilitatorView>("set_hamlet_profile", { profile });
export const changePin = (old: string, next: string, repeat: string) =>
  invoke<void>("change_pin", { old, new: next, repeat });
export const exportResults = () => invoke<string | null>("export_results");
export const importResults = () => invoke<ImportResultView[]>("import_results");
export const dashboard = () => invoke<DashboardView>("dashboard");
export const saveReport = () => invoke<string | null>("save_report");
export const session = () => invoke<SessionView | null>("session");
export const startSession = () => invoke<SessionView | null>("start_session");
export const endSession = () => invoke<SessionView | null>("end_session");
export const setShowEveryone = (show: boolean) => invoke<SessionView | null>("set_show_everyone", { show });
export const setAttendance = (learner: LearnerId, present: boolean) =>
  invoke<SessionView | null>("set_attendance", { learner, present });
export const certificate = (learner: LearnerId) => invoke<CertificateView>("certificate", { learner });
export const backupAvailable = () => invoke<boolean>("backup_available");
export const restoreLatestBackup = () => invoke<StartView>("restore_latest_backup");
export const backupNow = () => invoke<string | null>("backup_now");
export const appTexts = () => invoke<Record<string, string>>("app_texts");
export const restoreBackup = () => invoke<FacilitatorView | null>("restore_backup");

// The hamlet code: typed on a hamlet computer, issued by the commune from its register.
export const checkHamletCode = (code: string) => invoke<string>("check_hamlet_code", { code });
export const setHamletCode = (code: string) => invoke<string>("set_hamlet_code", { code });
export const openSetupFile = () => invoke<SetupSheet | null>("open_setup_file");
export const addCommuneHamlet = (name: string) => invoke<DashboardView>("add_commune_hamlet", { name });
export const renameCommuneHamlet = (hamlet: number, name: string) =>
  invoke<DashboardView>("rename_commune_hamlet", { hamlet, name });
export const issueHamletCode = (hamlet: number) => invoke<SetupSheet>("issue_hamlet_code", { hamlet });
export const setupSheet = (hamlet: number) => invoke<SetupSheet>("setup_sheet", { hamlet });
export const saveSetupFile = (hamlet: number) => invoke<string | null>("save_setup_file", { hamlet });
export const setCommuneHamletScope = (hamlet: number, count: string, label: string) =>
  invoke<DashboardView>("set_commune_hamlet_scope", { hamlet, count, label });
export const setCriterion = (threshold: number, wording: string) =>
  invoke<DashboardView>("set_criterion", { threshold, wording });
export const previewUndo = (undo: Undo) => invoke<UndoView>("preview_undo", { undo });
export const commitUndo = (undo: Undo) => invoke<UndoView>("commit_undo", { undo });
