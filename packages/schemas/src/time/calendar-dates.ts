// The kit's one account of calendar dates (issue #13): trajectory deadlines, session
// calendars, project end dates and the app all count days and months here.
//
// Dates are compared as local calendar days: a case manager reads "contact on 1 October,
// next on 15 October" as 14 days, whatever the clock time or a daylight-saving change in
// between. The date part of an ISO timestamp with offset is the local date it was written in.

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of the calendar date that starts `isoDateOrTimestamp` (its local
 * date: the offset is ignored); NaN when the date part is not digits. Pure.
 *
 * @example
 * ```ts
 * dayNumber("2025-10-26T01:30:00+02:00") === dayNumber("2025-10-26"); // true
 * ```
 */
export function dayNumber(isoDateOrTimestamp: string): number {
  // Called for every contact of every trajectory in a programme's fidelity signals:
  // digits are read in place, which is several times faster than slicing and parsing.
  const s = isoDateOrTimestamp;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The number written with `length` decimal digits from `start`; NaN if one is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** The `YYYY-MM-DD` date of a day number. Pure. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The `YYYY-MM-DD` date that starts a date or timestamp. Pure. */
export function dateOf(isoDateOrTimestamp: string): string {
  return isoDateOrTimestamp.slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). Pure. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The date `months` calendar months after `from` (or before it, when negative); the day
 * is clamped to the end of a shorter month, so the result is never in the month after.
 * Pure.
 *
 * @example
 * ```ts
 * addMonths("2026-01-31", 1); // "2026-02-28"
 * addMonths("2025-08-31", 1); // "2025-09-30"
 * ```
 */
export function addMonths(from: string, months: number): string {
  return dateOfDayNumber(dayAfterMonths(from, months));
}

/** The day number of {@link addMonths}, without making the string. */
function dayAfterMonths(from: string, months: number): number {
  const year = digits(from, 0, 4);
  const month = digits(from, 5, 2) - 1 + months;
  const day = digits(from, 8, 2);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(day, lastDay)) / MS_PER_DAY;
}

/** The date `days` days after `from`. Pure. */
export function addDays(from: string, days: number): string {
  return dateOfDayNumber(dayNumber(from) + days);
}

/**
 * Months from `from` to `to`: whole calendar months plus the rest in days / 30, rounded
 * to one decimal. 15 September to 15 June is 9.0. Pure.
 */
export function monthsBetween(from: string, to: string): number {
  const end = dayNumber(to);
  let whole =
    (digits(to, 0, 4) - digits(from, 0, 4)) * 12 + (digits(to, 5, 2) - digits(from, 5, 2));
  if (dayAfterMonths(from, whole) > end) whole -= 1;
  const rest = end - dayAfterMonths(from, whole);
  return Math.round((whole + rest / 30) * 10) / 10;
}
