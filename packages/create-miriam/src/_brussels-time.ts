// Belgium follows the EU summer-time rule (Directive 2000/84/EC, in force since 1996):
// CEST from the last Sunday of March to the last Sunday of October, switching at 01:00
// UTC. Computing it keeps the output independent of the ICU data Node was built with,
// and the VTIMEZONE written in calendars states the same rule.

const DAY_MS = 86_400_000;

/** The day of the month of the last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Whether summer time is in force in Brussels at a UTC instant. */
function isSummerTime(utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return utcMs >= start && utcMs < end;
}

/**
 * The UTC offset in minutes (60 or 120) of a Brussels wall-clock time. A wall time in the
 * hour skipped or repeated at a switch gets one of the two offsets: group sessions are
 * held in daytime, far from the 02:00–03:00 switch.
 */
export function brusselsOffsetMinutes(date: string, time: string): number {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return isSummerTime(asUtc - 60 * 60_000) ? 120 : 60;
}

/** Adds days to a `YYYY-MM-DD` date. Pure. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Adds months to a `YYYY-MM-DD` date; a day that does not exist in the target month
 * becomes that month's last day (31 January + 1 month = 28 or 29 February). Pure.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** An instant as a Brussels ISO 8601 timestamp with its offset, to the second. */
export function brusselsTimestampOf(instant: Date): string {
  const offsetMinutes = isSummerTime(instant.getTime()) ? 120 : 60;
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}+0${offsetMinutes / 60}:00`;
}
