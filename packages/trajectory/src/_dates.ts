// Dates are compared as local calendar days: a case manager reads "contact on 1 October,
// next on 15 October" as 14 days, whatever the clock time or a daylight-saving change in
// between. The date part of an ISO timestamp with offset is the local date it was written in.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of the calendar date that starts `isoDateOrTimestamp`. Pure. */
export function dayNumber(isoDateOrTimestamp: string): number {
  const year = Number(isoDateOrTimestamp.slice(0, 4));
  const month = Number(isoDateOrTimestamp.slice(5, 7));
  const day = Number(isoDateOrTimestamp.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number. Pure. */
export function calendarDate(day: number): string {
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
 * The date `months` calendar months after `from`; the day is clamped to the end of a
 * shorter month (31 August + 1 month = 30 September). Pure.
 */
export function addMonths(from: string, months: number): string {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1 + months;
  const day = Number(from.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The date `days` days after `from`. Pure. */
export function addDays(from: string, days: number): string {
  return calendarDate(dayNumber(from) + days);
}

/**
 * Months from `from` to `to`: whole calendar months plus the rest in days / 30, rounded
 * to one decimal. 15 September to 15 June is 9.0. Pure.
 */
export function monthsBetween(from: string, to: string): number {
  let whole =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  if (dayNumber(addMonths(from, whole)) > dayNumber(to)) whole -= 1;
  const rest = daysBetween(addMonths(from, whole), to);
  return Math.round((whole + rest / 30) * 10) / 10;
}
