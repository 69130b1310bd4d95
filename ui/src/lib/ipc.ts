// One typed function per Tauri command. Every command returns what the core decided; errors
// arrive as UiError ({ kind, message }), already translated.
import { invoke } from "@tauri-apps/api/core";
import type {
  Answer,
  AnswerOutcome,
  LearnerCard,
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

export const appStart = () => invoke<StartView>("app_start");
export const setLocale = (locale: Locale) => invoke<StartView>("set_locale", { locale });
export const setUp = (setup: Setup) => invoke<StartView>("set_up", { setup });
export const searchLearners = (query: string) => invoke<LearnerCard[]>("search_learners", { query });
export const giveConsent = () => invoke<void>("give_consent");
export const withdrawConsent = () => invoke<void>("withdraw_consent");
export const createLearner = (learner: NewLearner) => invoke<LearnerCard>("create_learner", { learner });
export const chooseLearner = (learner: LearnerId) => invoke<LessonListView>("choose_learner", { learner });
export const leaveLearner = () => invoke<void>("leave_learner");
export const lessonList = (learner: LearnerId) => invoke<LessonListView>("lesson_list", { learner });
export const openLesson = (learner: LearnerId, lesson: string) => invoke<PlayerView>("open_lesson", { learner, lesson });
export const player = (attempt: number) => invoke<PlayerView>("player", { attempt });
export const answer = (attempt: number, step: string, given: Answer) =>
  invoke<AnswerOutcome>("answer", { attempt, step, answer: given });
