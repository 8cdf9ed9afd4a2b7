/**
 * A stopwatch for a bench pass: adds up the wall-clock and CPU time spent inside the
 * calls it wraps, so that what runs between them (the synthetic generator making the
 * events) stays out of the figure being measured.
 */
export function stopwatch() {
  let ms = 0;
  let cpuMs = 0;
  return {
    /** Runs `work`, adds its time to the totals, and returns its result. */
    timed<T>(work: () => T): T {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = work();
      const used = process.cpuUsage(cpu);
      cpuMs += (used.user + used.system) / 1000;
      ms += performance.now() - started;
      return result;
    },
    /** Wall-clock milliseconds inside the wrapped calls. */
    get ms() {
      return ms;
    },
    /** CPU milliseconds inside the wrapped calls (all threads, GC included). */
    get cpuMs() {
      return cpuMs;
    },
  };
}
