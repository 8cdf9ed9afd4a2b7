import { eventEndTime, icalendar } from "@miriam/documents";
import {
  type Language,
  type ProjectSettingsInput,
  type SessionSchedule,
  sessionDates,
} from "@miriam/schemas";
import { message } from "./_messages";
import { validSettings } from "./_valid-settings";
import { ScaffoldError } from "./errors";

// The schedule and the iCalendar writer are the kit's (`@miriam/schemas`,
// `@miriam/documents`), shared with the reference app's agenda feed; re-exported here so
// existing imports keep working.
export type { SessionSchedule };
export { sessionDates };

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
  const project = validSettings(settings);
  const group = project.groups.find((candidate) => candidate.id === groupId);
  if (group === undefined)
    throw new ScaffoldError(
      "invalid-option",
      `The project has no group "${groupId}". Its groups: ${project.groups.map((g) => g.id).join(", ")}.`,
    );
  const time = options.time ?? "09:30";
  const minutes = options.minutes ?? 150;
  if (eventEndTime(time, minutes) === undefined)
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
  return icalendar({
    name: message("calendarName", language, { group: group.name }),
    product: "create-miriam",
    ...(options.now === undefined ? {} : { now: options.now }),
    events: dates.map((date, index) => {
      const n = index + 1;
      return {
        uid: `${project.id}.${group.id}.session-${String(n).padStart(3, "0")}@miriam-kit.org`,
        date,
        time,
        minutes,
        summary: message("sessionSummary", language, { n, total: dates.length, group: group.name }),
        description: message("sessionDescription", language, { group: group.id }),
        ...(options.place === undefined ? {} : { location: options.place }),
      };
    }),
  });
}
