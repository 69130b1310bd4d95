import { isUiError } from "./ipc";

/** Said to the whole app when the core closed facilitator mode (idle time, or never opened):
 * the app goes back to the PIN screen, whatever screen the facilitator was on. */
export const LOCKED_EVENT = "hocso-facilitator-locked";

/** Runs an IPC call, returning [value, null] or [null, translated message]. */
export async function attempt<T>(call: () => Promise<T>): Promise<[T, null] | [null, string]> {
  try {
    return [await call(), null];
  } catch (e) {
    if (isUiError(e) && e.kind === "facilitator-locked") {
      window.dispatchEvent(new CustomEvent(LOCKED_EVENT, { detail: e.message }));
    }
    return [null, isUiError(e) ? e.message : String(e)];
  }
}
