// Belgium follows the EU summer-time rule (Directive 2000/84/EC, in force since 1996):
// CEST from the last Sunday of March to the last Sunday of October, switching at 01:00
// UTC. Computing the rule keeps every timestamp the kit writes independent of the ICU
// time-zone data Node or a browser was built with, and it is what the VTIMEZONE of the
// kit's calendars states (docs/decisions.md, "Time").

/** The IANA time zone of Belgian local time, for `Intl` formatting of Brussels instants. */
export const BRUSSELS_TIME_ZONE = "Europe/Brussels";

const HOUR_MS = 3_600_000;

/** The day of the month of the last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Whether summer time is in force in Brussels at a UTC instant (ms since the epoch). */
function isSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMs >= start && utcMs < end;
}

/**
 * The UTC offset in minutes (60 in winter, 120 in summer) of Brussels at an instant. Pure.
 *
 * @example
 * ```ts
 * brusselsOffsetAt(new Date("2026-07-01T08:00:00Z")); // 120
 * ```
 */
export function brusselsOffsetAt(instant: Date): number {
  return isSummerTime(instant.getTime()) ? 120 : 60;
}

/**
 * The UTC offset in minutes (60 or 120) of a Brussels wall-clock time (`HH:MM`). A wall
 * time in the hour skipped or repeated at a switch gets one of the two offsets: the
 * method's meetings are held in daytime, far from the 02:00–03:00 switch. Pure.
 */
export function brusselsOffsetMinutes(date: string, time: string): number {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return isSummerTime(asUtc - HOUR_MS) ? 120 : 60;
}

const offsetText = (minutes: number) => `+0${minutes / 60}:00`;

/**
 * An instant (default: now) as a Brussels ISO 8601 timestamp with its offset, to the
 * second, as events carry it. Pure apart from the default.
 *
 * @example
 * ```ts
 * brusselsTimestamp(new Date("2025-12-01T08:00:00Z")); // "2025-12-01T09:00:00+01:00"
 * ```
 */
export function brusselsTimestamp(instant: Date = new Date()): string {
  const offset = brusselsOffsetAt(instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offsetText(offset)}`;
}

/** The Brussels calendar date (`YYYY-MM-DD`) of an instant (default: now). */
export function brusselsDate(instant: Date = new Date()): string {
  return brusselsTimestamp(instant).slice(0, 10);
}

/**
 * A Brussels wall-clock time (`YYYY-MM-DD` and `HH:MM` or `HH:MM:SS`) as a timestamp with
 * the offset in force then, e.g. a date and time a case manager typed. Pure.
 *
 * @example
 * ```ts
 * brusselsLocalTimestamp("2026-03-30", "10:00"); // "2026-03-30T10:00:00+02:00"
 * ```
 */
export function brusselsLocalTimestamp(date: string, time: string): string {
  const hhmmss = time.length === 5 ? `${time}:00` : time;
  return `${date}T${hhmmss}${offsetText(brusselsOffsetMinutes(date, time.slice(0, 5)))}`;
}
