import { dateOfDayNumber, dayNumber } from "@miriam/schemas";
import type { PausePeriod } from "./context";

// A pause stops the method's waiting clocks (plan deadline, contact gaps, due dates):
// "resumed where she was" (METHODOLOGY.md §3) would mean little if the weeks of an
// illness or a birth counted as missed contacts.

/** Days from `from` to `to` minus the days she was paused in between. Pure. */
export function activeDays(from: string, to: string, pauses: readonly PausePeriod[]): number {
  return activeDaysBetween(dayNumber(from), dayNumber(to), pauses);
}

/**
 * {@link activeDays} between two day numbers (`dayNumber`), for a walk along a list of
 * dates that reads each date once. Pure.
 */
export function activeDaysBetween(
  start: number,
  end: number,
  pauses: readonly PausePeriod[],
): number {
  let days = end - start;
  for (const pause of pauses) {
    const pauseStart = dayNumber(pause.from);
    const pauseEnd = pause.to === null ? Number.POSITIVE_INFINITY : dayNumber(pause.to);
    const overlap = Math.min(end, pauseEnd) - Math.max(start, pauseStart);
    if (overlap > 0) days -= overlap;
  }
  return days;
}

/**
 * The date `days` active days after `from`: pauses that start before that date push it
 * back by their length. Null while a pause is still open (the clock is stopped). Pure.
 */
export function afterActiveDays(
  from: string,
  days: number,
  pauses: readonly PausePeriod[],
): string | null {
  const start = dayNumber(from);
  let due = start + days;
  for (const pause of pauses) {
    const pauseStart = Math.max(dayNumber(pause.from), start);
    if (pauseStart > due) continue;
    if (pause.to === null) return null;
    const pauseEnd = dayNumber(pause.to);
    if (pauseEnd > pauseStart) due += pauseEnd - pauseStart;
  }
  return dateOfDayNumber(due);
}
