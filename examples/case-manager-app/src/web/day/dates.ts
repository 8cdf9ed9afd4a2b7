import { addDays, brusselsDate, dayNumber, type Language, localeOf } from "@miriam/schemas";

// Calendar dates as a case manager reads them, in her language. The arithmetic is
// @miriam/schemas's (Brussels calendar dates as `YYYY-MM-DD`); the words are Intl's.

// A calendar date is a day, not an instant: formatted in UTC so no offset moves it.
const STYLES = {
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  short: { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" },
  date: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  medium: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  month: { month: "long", year: "numeric", timeZone: "UTC" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Making a formatter costs far more than using one (a worklist formats hundreds of dates),
// and using one costs more than looking its answer up: a group page formats the same
// days (its sessions, her due dates) at every view. Both are kept, the answers up to a
// bound (a day's words never change).
const formatters = new Map<string, Intl.DateTimeFormat>();
const KEPT = 20_000;
const words = new Map<string, string>();
function formatted(date: string, language: Language, style: keyof typeof STYLES) {
  const key = `${language}/${style}/${date}`;
  let text = words.get(key);
  if (text === undefined) {
    const formatterKey = `${language}/${style}`;
    let formatter = formatters.get(formatterKey);
    if (formatter === undefined) {
      formatter = new Intl.DateTimeFormat(localeOf(language), STYLES[style]);
      formatters.set(formatterKey, formatter);
    }
    text = formatter.format(new Date(`${date}T00:00:00Z`));
    if (words.size >= KEPT) words.clear();
    words.set(key, text);
  }
  return text;
}

// The Brussels day of a timestamp, kept like the words.
const days = new Map<string, string>();
function brusselsDayOf(at: string) {
  let day = days.get(at);
  if (day === undefined) {
    day = brusselsDate(new Date(at));
    if (days.size >= KEPT) days.clear();
    days.set(at, day);
  }
  return day;
}

/**
 * A calendar date in words: "maandag 23 november 2026" (`long`), "ma 23 nov." (`short`)
 * or "23 nov. 2026" (`medium`, for a history that spans years).
 */
export function formatDay(
  date: string,
  language: Language,
  style: "long" | "medium" | "short" = "long",
) {
  return formatted(date, language, style);
}

/**
 * The day of a timestamp (`2026-11-23T09:30:00+01:00`) as Brussels has it, in words
 * ("23 nov. 2026"): never the ISO date a program reads.
 */
export const formatDayOf = (at: string, language: Language) =>
  formatDay(brusselsDayOf(at), language, "medium");

// A moment of the app's own records (the audit log), to the second, on Brussels clocks.
const moments = new Map<Language, Intl.DateTimeFormat>();

/**
 * A timestamp as a date and a time in Brussels, in her language: "23 nov 2026, 09:30:05"
 * (nl-BE). For a record where the time of day matters (who looked at what, when).
 */
export function formatMomentOf(at: string, language: Language): string {
  let formatter = moments.get(language);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(localeOf(language), {
      dateStyle: "medium",
      timeStyle: "medium",
      timeZone: "Europe/Brussels",
    });
    moments.set(language, formatter);
  }
  return formatter.format(new Date(at));
}

/** A calendar date in words without its weekday: "23 november 2026". */
export function formatDate(date: string, language: Language) {
  return formatted(date, language, "date");
}

/** A month in words: "november 2026". */
export function formatMonth(date: string, language: Language) {
  return formatted(date, language, "month");
}

/** The Monday of the week of a date (weeks start on Monday in Belgium). */
export function mondayOf(date: string): string {
  // Day 0 (1970-01-01) was a Thursday.
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday
  return addDays(date, -weekday);
}

/** The first day of a date's month. */
export const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;

/** Whether a string is a real `YYYY-MM-DD` date. */
export function isDate(value: string | undefined): value is string {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
