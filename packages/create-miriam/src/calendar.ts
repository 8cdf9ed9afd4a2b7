import {
  addDays,
  addMonths,
  type Language,
  type ProjectSettingsInput,
  validate,
} from "@miriam/schemas";
import {
  BRUSSELS_VTIMEZONE,
  escapeText,
  localDateTime,
  serialise,
  utcDateTime,
} from "./_icalendar";
import { message } from "./_messages";
import { ScaffoldError } from "./errors";

/** When a group meets: its first session and its cadence. */
export interface SessionSchedule {
  /** The first group session, `YYYY-MM-DD`; later sessions fall on the same weekday. */
  readonly startDate: string;
  /** Days between sessions: 14 (the programme's rule) or 7. */
  readonly sessionCadenceDays: 7 | 14;
  /** The trajectory's length in months; no session falls on or after the end date. */
  readonly trajectoryLengthMonths: number;
}

/**
 * The dates of a group's sessions: from the start date, every 7 or 14 days, until the
 * trajectory's length has passed (the end date itself excluded). Holidays are not
 * skipped: the coordinator moves or deletes sessions in her calendar. Pure.
 *
 * @example
 * ```ts
 * sessionDates({ startDate: "2025-09-15", sessionCadenceDays: 14, trajectoryLengthMonths: 10 });
 * // ["2025-09-15", "2025-09-29", ..., "2026-07-06"]: 22 sessions
 * ```
 */
export function sessionDates(schedule: SessionSchedule): string[] {
  const end = addMonths(schedule.startDate, schedule.trajectoryLengthMonths);
  const dates: string[] = [];
  for (let date = schedule.startDate; date < end; ) {
    dates.push(date);
    date = addDays(date, schedule.sessionCadenceDays);
  }
  return dates;
}

/** Options of {@link groupSessionCalendar}. */
export interface CalendarOptions {
  /** Language of the events' titles and descriptions. Default: the project's first language. */
  readonly language?: Language;
  /** Start time of each session in Brussels, `HH:MM`. Default `09:30`. */
  readonly time?: string;
  /** Length of each session in minutes. Default 150 (two and a half hours). */
  readonly minutes?: number;
  /** Where the group meets, printed as each event's location. */
  readonly place?: string;
  /** The calendar's DTSTAMP. Default: now. Pass a fixed date for reproducible output. */
  readonly now?: Date;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `HH:MM` plus minutes, or `undefined` when the session would pass midnight. */
function endTime(time: string, minutes: number): string | undefined {
  const [hours, mins] = time.split(":").map(Number) as [number, number];
  const total = hours * 60 + mins + minutes;
  if (total >= 24 * 60) return undefined;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * A group's session calendar as an iCalendar file (RFC 5545) that imports into Outlook,
 * Google Calendar and Apple Calendar: one event per session of {@link sessionDates}, in
 * Brussels time (`TZID=Europe/Brussels` with its VTIMEZONE), CRLF line ends, lines folded
 * at 75 octets. Each event's UID is stable (project, group, session number), so importing
 * an updated calendar updates the events instead of doubling them. Pure when `now` is given.
 *
 * @throws {ScaffoldError} when the settings are not valid, the group is unknown, or the
 * time or length is not possible.
 * @example
 * ```ts
 * writeFileSync("calendar/group-a.ics", groupSessionCalendar(settings, "gent-2025-a", { time: "13:30" }));
 * ```
 */
export function groupSessionCalendar(
  settings: ProjectSettingsInput,
  groupId: string,
  options: CalendarOptions = {},
): string {
  const result = validate("project-settings", settings);
  if (!result.ok)
    throw new ScaffoldError(
      "invalid-settings",
      `The project settings are not valid:\n${result.problems.map((p) => `- ${p.message}`).join("\n")}`,
      result.problems,
    );
  const project = result.value;
  const group = project.groups.find((candidate) => candidate.id === groupId);
  if (group === undefined)
    throw new ScaffoldError(
      "invalid-option",
      `The project has no group "${groupId}". Its groups: ${project.groups.map((g) => g.id).join(", ")}.`,
    );
  const time = options.time ?? "09:30";
  const minutes = options.minutes ?? 150;
  const end = Number.isInteger(minutes) && minutes > 0 ? endTime(time, minutes) : undefined;
  if (!TIME.test(time) || end === undefined)
    throw new ScaffoldError(
      "invalid-option",
      `A session at ${time} for ${minutes} minutes is not possible: give a time as HH:MM and a length in whole minutes that ends the same day.`,
    );
  const language = options.language ?? project.languages[0]!;
  const dates = sessionDates({
    startDate: group.startDate,
    sessionCadenceDays: group.sessionCadenceDays,
    trajectoryLengthMonths: project.trajectoryLengthMonths,
  });
  const stamp = utcDateTime(options.now ?? new Date());
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//MIRIAM kit//create-miriam//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(message("calendarName", language, { group: group.name }))}`,
    "X-WR-TIMEZONE:Europe/Brussels",
    ...BRUSSELS_VTIMEZONE,
  ];
  dates.forEach((date, index) => {
    const n = index + 1;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${project.id}.${group.id}.session-${String(n).padStart(3, "0")}@miriam-kit.org`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=Europe/Brussels:${localDateTime(date, time)}`,
      `DTEND;TZID=Europe/Brussels:${localDateTime(date, end)}`,
      `SUMMARY:${escapeText(message("sessionSummary", language, { n, total: dates.length, group: group.name }))}`,
      `DESCRIPTION:${escapeText(message("sessionDescription", language, { group: group.id }))}`,
      ...(options.place === undefined ? [] : [`LOCATION:${escapeText(options.place)}`]),
      "CATEGORIES:MIRIAM",
      "STATUS:CONFIRMED",
      "TRANSP:OPAQUE",
      "SEQUENCE:0",
      "END:VEVENT",
    );
  });
  lines.push("END:VCALENDAR");
  return serialise(lines);
}
