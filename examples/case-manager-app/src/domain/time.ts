/**
 * Timestamps in Belgian local time with an explicit offset, as the event format asks
 * (`2026-03-02T10:00:00+01:00`): a local time without offset is ambiguous across daylight
 * saving time. Everything else in the app passes dates around as `YYYY-MM-DD` strings.
 */
export const TIME_ZONE = "Europe/Brussels";

// Made once: building an Intl formatter costs far more than using it.
const FORMAT = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZoneName: "longOffset",
});

const parts = (date: Date) => {
  const formatted = FORMAT.formatToParts(date);
  const get = (type: string) => formatted.find((part) => part.type === type)?.value ?? "";
  const offset = get("timeZoneName").replace("GMT", "") || "+00:00";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}:${get("second")}`,
    offset,
  };
};

/** Now (or `date`) as an ISO 8601 timestamp in Brussels time. */
export function timestamp(date = new Date()): string {
  const p = parts(date);
  return `${p.date}T${p.time}${p.offset}`;
}

/** Today's date in Brussels, `YYYY-MM-DD`. */
export function today(date = new Date()): string {
  return parts(date).date;
}

/**
 * A `datetime-local` or date input (`2026-03-02T10:00` or `2026-03-02`), read as Brussels
 * time, to a timestamp with the offset in force at that moment. Undefined if malformed.
 */
export function fromLocalInput(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2})?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, date, time = "12:00"] = match;
  // Guess with UTC, then correct by the offset Brussels had at that instant.
  const guess = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(guess.getTime())) return undefined;
  const offset = parts(guess).offset;
  const sign = offset.startsWith("-") ? -1 : 1;
  const [h, m] = offset.slice(1).split(":").map(Number);
  const corrected = new Date(guess.getTime() - sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
  return `${date}T${time}:00${parts(corrected).offset}`;
}

/** The local `datetime-local` value of a timestamp, for form defaults. */
export function toLocalInput(at: string): string {
  const p = parts(new Date(at));
  return `${p.date}T${p.time.slice(0, 5)}`;
}

/** Days added to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
