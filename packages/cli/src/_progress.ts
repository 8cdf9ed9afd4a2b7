import type { Words } from "./_i18n";
import type { Context } from "./_io";

/** @internal Progress of long reads on stderr: one updated line on a terminal, else a line per step. */
export function progressReporter(ctx: Context, words: Words, enabled: boolean) {
  const tty = ctx.io.stderr.isTTY === true;
  let shown = false;
  let last = 0;
  return {
    update(label: string, lines: number, characters: number): void {
      if (!enabled) return;
      const now = Date.now();
      // A terminal line is redrawn at most four times a second; a log gets every step.
      if (tty && now - last < 250) return;
      last = now;
      const text = words.m.reading(label, words.number(lines), words.number(characters / 1e6, 1));
      if (tty) ctx.io.stderr.write(`\r${text}\u001b[K`);
      else ctx.err(text);
      shown = true;
    },
    done(): void {
      if (shown && tty) ctx.io.stderr.write("\r\u001b[K");
      shown = false;
    },
  };
}
