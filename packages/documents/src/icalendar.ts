import {
  BRUSSELS_VTIMEZONE,
  escapeText,
  localDateTime,
  serialise,
  utcDateTime,
} from "./_icalendar";

/** One event of a calendar file, in Brussels wall-clock time. */
export interface CalendarEvent {
  /**
   * A stable, globally unique id (`project.group.session-001@miriam-kit.org`): an updated
   * calendar then updates the event instead of doubling it.
   */
  readonly uid: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Start time in Brussels, `HH:MM`; without it, an all-day event. */
  readonly time?: string;
  /** Length in minutes (with `time`); must end the same day (see {@link eventEndTime}). */
  readonly minutes?: number;
  /** The title an agenda shows. */
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
}

/** A calendar file: its name and its events. */
export interface CalendarFile {
  /** The calendar's name in an agenda app (`X-WR-CALNAME`). */
  readonly name: string;
  /** Who wrote it, in the PRODID (`-//MIRIAM kit//<product>//EN`). */
  readonly product: string;
  readonly events: readonly CalendarEvent[];
  /** The DTSTAMP of every event. Default: now. Pass a fixed date for reproducible output. */
  readonly now?: Date;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * `HH:MM` plus a length in minutes, or `undefined` when the time is not `HH:MM`, the
 * length is not a positive whole number, or the event would pass midnight. Pure.
 *
 * @example
 * ```ts
 * eventEndTime("09:30", 150); // "12:00"
 * eventEndTime("23:00", 90); // undefined
 * ```
 */
export function eventEndTime(time: string, minutes: number): string | undefined {
  if (!TIME.test(time) || !Number.isInteger(minutes) || minutes <= 0) return undefined;
  const [hours, mins] = time.split(":").map(Number) as [number, number];
  const total = hours * 60 + mins + minutes;
  if (total >= 24 * 60) return undefined;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * A calendar as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
 * Calendar import or subscribe to: times in Brussels (`TZID=Europe/Brussels` with its
 * VTIMEZONE, so a 09:30 session stays at 09:30 across the switch to summer time), CRLF
 * line ends, lines folded at 75 octets without splitting a character, TEXT values escaped.
 * Pure when `now` is given.
 *
 * @throws {RangeError} when an event's time or length is not possible (see {@link eventEndTime}).
 * @example
 * ```ts
 * const ics = icalendar({
 *   name: "MIRIAM: groep A",
 *   product: "my-app",
 *   events: [{ uid: "gent.a.session-001@example.org", date: "2025-09-15", time: "09:30", minutes: 150, summary: "Groepssessie" }],
 * });
 * ```
 */
export function icalendar(file: CalendarFile): string {
  const stamp = utcDateTime(file.now ?? new Date());
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//MIRIAM kit//${file.product}//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(file.name)}`,
    "X-WR-TIMEZONE:Europe/Brussels",
    ...BRUSSELS_VTIMEZONE,
  ];
  for (const event of file.events) {
    const when: string[] = [];
    if (event.time === undefined) {
      when.push(`DTSTART;VALUE=DATE:${event.date.replace(/-/g, "")}`);
    } else {
      const end = eventEndTime(event.time, event.minutes ?? 60);
      if (end === undefined)
        throw new RangeError(
          `The event ${event.uid} at ${event.time} for ${event.minutes} minutes is not possible: give a time as HH:MM and a length in whole minutes that ends the same day.`,
        );
      when.push(
        `DTSTART;TZID=Europe/Brussels:${localDateTime(event.date, event.time)}`,
        `DTEND;TZID=Europe/Brussels:${localDateTime(event.date, end)}`,
      );
    }
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      ...when,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
      ...(event.location === undefined ? [] : [`LOCATION:${escapeText(event.location)}`]),
      "CATEGORIES:MIRIAM",
      "STATUS:CONFIRMED",
      "TRANSP:OPAQUE",
      "SEQUENCE:0",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return serialise(lines);
}
