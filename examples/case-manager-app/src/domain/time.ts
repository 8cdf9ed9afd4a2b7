import {
  addDays as addCalendarDays,
  brusselsDate,
  brusselsLocalTimestamp,
  brusselsTimestamp,
} from "@miriam/schemas";

/**
 * Timestamps in Belgian local time with an explicit offset, as the event format asks
 * (`2026-03-02T10:00:00+01:00`): a local time without offset is ambiguous across daylight
 * saving time. Everything else in the app passes dates around as `YYYY-MM-DD` strings.
 * The time arithmetic itself is `@miriam/schemas`'s; this module adapts it to form inputs.
 */

/** Now (or `date`) as an ISO 8601 timestamp in Brussels time. */
export function timestamp(date = new Date()): string {
  return brusselsTimestamp(date);
}

/** Today's date in Brussels, `YYYY-MM-DD`. */
export function today(date = new Date()): string {
  return brusselsDate(date);
}

/**
 * A `datetime-local` or date input (`2026-03-02T10:00` or `2026-03-02`), read as Brussels
 * time, to a timestamp with the offset in force at that moment. Undefined if malformed.
 */
export function fromLocalInput(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2})?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, date = "", time = "12:00"] = match;
  if (Number.isNaN(Date.parse(`${date}T${time}:00Z`))) return undefined;
  return brusselsLocalTimestamp(date, time);
}

/** The local `datetime-local` value of a timestamp, for form defaults. */
export function toLocalInput(at: string): string {
  return brusselsTimestamp(new Date(at)).slice(0, 16);
}

/** Days added to a `YYYY-MM-DD` date. */
export const addDays: (date: string, days: number) => string = addCalendarDays;
