// "Nghe": reads lines aloud one after the other, highlighting the one being read. The sound
// comes from the core as a data: URL (the offline voice or the lesson's recording): nothing
// is fetched. Any press elsewhere stops it (the Player listens for it).
import * as ipc from "./ipc";
import { attempt } from "./attempt";
import type { Rate, SpeechLine, SpokenLine } from "./generated/types";

class Reader {
  reading = $state(false);
  /** The line being read, or -1. */
  index = $state(-1);
  lines: SpeechLine[] = $state([]);
  error: string | null = $state(null);
  /** When the first sound of the last reading was ready (for the benchmark), in ms. */
  firstSoundMs = $state(0);
  private audio: HTMLAudioElement | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private run = 0;

  async start(lesson: string, lines: SpeechLine[], rate: Rate) {
    this.stop();
    const run = ++this.run;
    if (!lines.length) return;
    this.lines = lines;
    this.reading = true;
    this.error = null;
    const asked = performance.now();
    const fetchLine = (line: SpeechLine) =>
      attempt(() => (line.recording ? ipc.speak(lesson, line, rate) : ipc.say(line.text, rate)));
    let next = fetchLine(lines[0]);
    for (let i = 0; i < lines.length; i++) {
      const [spoken, message] = await next;
      if (run !== this.run) return;
      if (!spoken) {
        this.error = message;
        this.finish();
        return;
      }
      if (i === 0) this.firstSoundMs = performance.now() - asked;
      // The next line is made while this one plays.
      if (i + 1 < lines.length) next = fetchLine(lines[i + 1]);
      this.index = i;
      await this.play(spoken, run);
      if (run !== this.run) return;
    }
    this.finish();
  }

  /** Plays one line; resolves when it has ended. Without a sound card the line is timed by its
   *  length instead, so the highlight still follows the reading. */
  private play(spoken: SpokenLine, run: number): Promise<void> {
    return new Promise((resolve) => {
      const audio = new Audio(spoken.audio);
      this.audio = audio;
      let ended = false;
      let timed: ReturnType<typeof setTimeout> | null = null;
      const done = () => {
        if (ended) return;
        ended = true;
        // One line sounds at a time: this one is silenced before the next starts.
        audio.onended = audio.onerror = audio.onplaying = null;
        audio.pause();
        if (timed) clearTimeout(timed);
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        resolve();
      };
      // Without a sound card the line is timed by its length, so the highlight still moves.
      const byLength = () => {
        if (run !== this.run || ended || timed) return;
        timed = setTimeout(done, spoken.millis);
      };
      audio.onended = done;
      audio.onerror = byLength;
      // Whatever the audio element does, a line that started never holds the reading up.
      audio.onplaying = () => {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(done, spoken.millis + 1500);
      };
      audio.play().catch(byLength);
      this.timer = setTimeout(byLength, 3000);
    });
  }

  private finish() {
    this.reading = false;
    this.index = -1;
    this.audio = null;
  }

  stop() {
    this.run++;
    this.audio?.pause();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.finish();
  }
}

export const reader = new Reader();
