import { addDays, addMonths } from "./calendar-dates";

/** When a group meets: its first session and its cadence (a group of the project settings). */
export interface SessionSchedule {
  /** The first group session, `YYYY-MM-DD`; later sessions fall on the same weekday. */
  readonly startDate: string;
  /** Days between sessions: 14 (the programme's rule) or 7. */
  readonly sessionCadenceDays: 7 | 14;
  /** The trajectory's length in months; no session falls on or after the end date. */
  readonly trajectoryLengthMonths: number;
}

/**
 * The planned dates of a group's sessions: from the start date, every 7 or 14 days, until
 * the trajectory's length has passed (the end date itself excluded). Holidays are not
 * skipped: the case manager moves a session in her calendar. The project kit's calendar
 * files and the reference app's worklist read the same dates from here. Pure.
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
