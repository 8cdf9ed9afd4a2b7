// A small RFC 5545 writer. The `ics` package writes UTC times only and bundles a
// validation library; sessions belong to Brussels wall-clock time (a session at 09:30
// stays at 09:30 across the switch to summer time), so the kit writes TZID times with
// their VTIMEZONE itself. What matters for Outlook and Google Calendar: CRLF line ends,
// lines folded at 75 octets without splitting a UTF-8 character, escaped TEXT values.

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1); each
 * continuation line starts with a space, which counts towards its 75 octets.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = lines.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      lines.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.map((part, index) => (index === 0 ? part : ` ${part}`));
}

/** Joins content lines into an iCalendar stream: folded, CRLF after every line. */
export function serialise(lines: readonly string[]): string {
  return `${lines.flatMap(foldLine).join("\r\n")}\r\n`;
}

/** `YYYY-MM-DD` and `HH:MM` as an iCalendar local DATE-TIME, `YYYYMMDDTHHMMSS`. */
export function localDateTime(date: string, time: string): string {
  return `${date.replace(/-/g, "")}T${time.replace(":", "")}00`;
}

/** A UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`, for DTSTAMP. */
export function utcDateTime(instant: Date): string {
  return `${instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")}`;
}

/** The time zone of every MIRIAM calendar: Belgium's rule since 1996 (EU summer time). */
export const BRUSSELS_VTIMEZONE: readonly string[] = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Brussels",
  "X-LIC-LOCATION:Europe/Brussels",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];
