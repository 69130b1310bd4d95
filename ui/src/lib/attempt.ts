import { isUiError } from "./ipc";

/** Runs an IPC call, returning [value, null] or [null, translated message]. */
export async function attempt<T>(call: () => Promise<T>): Promise<[T, null] | [null, string]> {
  try {
    return [await call(), null];
  } catch (e) {
    return [null, isUiError(e) ? e.message : String(e)];
  }
}
