// How the screen looks for the learner at the computer: text size and high contrast. Every
// size is in rem, so one root size scales the whole app.
import type { LearnerSettings } from "./generated/types";

const SIZES = { normal: "22px", large: "25px", largest: "28px" } as const;

export function applyLook(settings: LearnerSettings | null) {
  const root = document.documentElement;
  root.style.fontSize = SIZES[settings?.text_size ?? "normal"];
  root.classList.toggle("contrast", settings?.high_contrast ?? false);
  root.dataset.textSize = settings?.text_size ?? "normal";
}
