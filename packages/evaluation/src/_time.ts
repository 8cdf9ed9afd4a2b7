const DAY_MS = 86_400_000;

/** Average month length, so participant-months do not depend on which months she was in. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Days between two ISO timestamps or calendar dates (b - a); fractional for timestamps. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / DAY_MS;
}
