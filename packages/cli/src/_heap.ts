import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// Why (issue #14): the streaming commands hold little (the index of the logs, one
// trajectory, what they print) but make much short-lived garbage, and some of it lives
// long enough to reach V8's old generation, which V8 lets grow to several times what is
// alive before it collects: at 1M events `miriam replay` held about 50 MB and its heap
// reached 180 MB. The command (never the library) collects fully whenever the heap and
// its buffers have grown by a quarter of what was alive at the last collection, and by
// 32 MB at least: a few collections per million events, a second or less of CPU.
// `--expose-gc` set at run time and `gc` taken from a new context is how Jest's leak
// detector does it.

const CHECK_EVERY_MS = 100;
const SLACK = 32e6;

// The young generation is left out: V8 empties it often and cheaply on its own.
const inUse = () => {
  let used = getHeapStatistics().external_memory;
  for (const space of getHeapSpaceStatistics())
    if (space.space_name !== "new_space") used += space.space_used_size;
  return used;
};

// Set by `keepHeapSmall`: a full collection, after which the heap is what is alive.
let collect: (() => void) | undefined;

/** @internal Keeps the process's heap near what it holds; for `bin.ts` only. */
export function keepHeapSmall(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  let alive = inUse();
  collect = () => {
    gc();
    alive = inUse();
  };
  setInterval(() => {
    if (inUse() <= alive + Math.max(SLACK, alive / 4)) return;
    collect?.();
  }, CHECK_EVERY_MS).unref();
}

/**
 * @internal Collects now, when `bin.ts` keeps the heap small (else nothing): for a command
 * that has just let go of much (the log index, tens of megabytes on a large export) and is
 * about to build its output in one synchronous step, which no timer interrupts.
 */
export function collectGarbage(): void {
  collect?.();
}
