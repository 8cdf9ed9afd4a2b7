import type { GroupEvent, LogEntry } from "@miriam/schemas";
import type { GroupSessionAttendance } from "./_attendance";
import { effectiveGroupEvents } from "./group-corrections";

export type { GroupSessionAttendance } from "./_attendance";

/** A group session as {@link groupSessionAttendance} read it from a group's log. */
export interface GroupSessionRecord {
  /** Id of the `group-session.held` event. */
  readonly sessionId: string;
  /** The group. */
  readonly groupId: string;
  /** Timestamp of the event. */
  readonly at: string;
  /** Calendar date of the session. */
  readonly date: string;
  /** Whether children took part. */
  readonly withChildren: boolean;
  /** Trajectory ids of the mothers present. */
  readonly attendees: readonly string[];
  /** 1-based line in the group log, when the events came from a parsed log. */
  readonly line?: number;
}

function unwrap<E>(item: E | LogEntry<E>): { event: E; line?: number } {
  return typeof item === "object" && item !== null && "event" in item && "line" in item
    ? { event: item.event, line: item.line }
    : { event: item as E };
}

/**
 * The sessions of one or more group logs, in log order, as corrected
 * (`group-event.corrected`; a voided session is left out, see `effectiveGroupEvents`).
 * Other group events (opened, closed) are skipped. Pure.
 */
export function groupSessions(
  groupEvents: Iterable<GroupEvent | LogEntry<GroupEvent>>,
): GroupSessionRecord[] {
  return sessionRecords(effectiveGroupEvents(groupEvents).events);
}

/**
 * @internal The sessions of group logs already corrected (`effectiveGroupEvents(...).events`),
 * so a programme resolves its group logs once and reads them twice without copying them again.
 */
export function sessionRecords(
  effective: Iterable<GroupEvent | LogEntry<GroupEvent>>,
): GroupSessionRecord[] {
  const sessions: GroupSessionRecord[] = [];
  for (const item of effective) {
    const { event, line } = unwrap(item);
    if (event.type !== "group-session.held") continue;
    const { id: sessionId, groupId, at } = event;
    const { date, withChildren, attendees } = event.data;
    sessions.push(
      line === undefined
        ? { sessionId, groupId, at, date, withChildren, attendees }
        : { sessionId, groupId, at, date, withChildren, attendees, line },
    );
  }
  return sessions;
}

/**
 * Attendance per trajectory from group logs: for every session, one
 * {@link GroupSessionAttendance} per mother listed as present, in the order of the
 * sessions, as corrected (a corrected attendance list or date, a voided session left out). Pass the result for one trajectory to `replay(events, { groupSessions })`. Pure.
 *
 * @example
 * ```ts
 * const byTrajectory = groupSessionAttendance(groupEvents);
 * const { state } = replay(events, { groupSessions: byTrajectory.get("t-001") });
 * ```
 */
export function groupSessionAttendance(
  groupEvents: Iterable<GroupEvent | LogEntry<GroupEvent>>,
): Map<string, GroupSessionAttendance[]> {
  return attendanceOf(groupSessions(groupEvents));
}

/** @internal {@link groupSessionAttendance} of sessions already read. */
export function attendanceOf(
  sessions: readonly GroupSessionRecord[],
): Map<string, GroupSessionAttendance[]> {
  const byTrajectory = new Map<string, GroupSessionAttendance[]>();
  for (const session of sessions) {
    for (const trajectoryId of session.attendees) {
      const attendance: GroupSessionAttendance = {
        type: "group-session.attended",
        trajectoryId,
        groupId: session.groupId,
        sessionId: session.sessionId,
        at: session.at,
        date: session.date,
        withChildren: session.withChildren,
        ...(session.line === undefined ? {} : { line: session.line }),
      };
      let list = byTrajectory.get(trajectoryId);
      if (list === undefined) {
        list = [];
        byTrajectory.set(trajectoryId, list);
      }
      list.push(attendance);
    }
  }
  return byTrajectory;
}
