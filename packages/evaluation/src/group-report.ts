import type { GroupEvent, TrajectoryEvent } from "@miriam/schemas";
import { effectiveGroupEvents, replayProgramme } from "@miriam/trajectory";
import { resolveOptions } from "./_options";
import { type SessionRecord, Tally } from "./_tally";
import type { Indicators } from "./indicators";
import type { EvaluationOptions } from "./options";
import { type ParticipantSummary, summarise } from "./participant";

/** What a group report is made from: the group's log and its trajectories' events. */
export interface GroupReportInput {
  /** The group's own log: `group.opened`, `group-session.held`, `group.closed`. */
  readonly groupEvents: readonly GroupEvent[];
  /**
   * The events of each trajectory of the group, one list per trajectory (see
   * `eventsByTrajectory`). Trajectories referred to another group are left out.
   */
  readonly trajectories: Iterable<readonly TrajectoryEvent[]>;
}

/** One group session as the attendance chart shows it. */
export interface SessionAttendance {
  /** The session's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Mothers present. */
  readonly attendees: number;
  /** Session, workshop or outing, when recorded. */
  readonly kind: "session" | "workshop" | "outing" | undefined;
  /** Whether the children came along. */
  readonly withChildren: boolean;
}

/**
 * The report of one group for its case manager and coordinator. Every figure is shown,
 * per participant too (by pseudonymous trajectory id): it stays inside the OCMW and is
 * **never** to be sent out as it is; the funder gets a {@link FunderReport}.
 */
export interface GroupReport {
  /** What this document is. */
  readonly kind: "miriam-group-report";
  /** Version of this report's shape. */
  readonly formatVersion: 1;
  /** The group's id. */
  readonly groupId: string;
  /** The project (OCMW) the group belongs to, when known. */
  readonly projectId: string | undefined;
  /** The group's name from `group.opened`, when recorded. */
  readonly name: string | undefined;
  /** The group's indicators, nothing hidden. */
  readonly indicators: Indicators;
  /** One summary per trajectory, in trajectory-id order. */
  readonly participants: readonly ParticipantSummary[];
  /** The group sessions in date order. */
  readonly sessions: readonly SessionAttendance[];
  /** What could not be used, in plain words, without personal data. */
  readonly problems: readonly string[];
}

/**
 * The report of one group: indicators and per-participant scores, changes and outcome
 * indicators. Nothing is suppressed: for use inside the OCMW only. Pure.
 *
 * @example
 * ```ts
 * const cohort = exampleCohort();
 * const report = groupReport({
 *   groupEvents: cohort.groupEvents,
 *   trajectories: eventsByTrajectory(cohort.trajectoryEvents).values(),
 * });
 * report.indicators.participation.completionRate; // 12 / 14
 * ```
 */
export function groupReport(input: GroupReportInput, options?: EvaluationOptions): GroupReport {
  const resolved = resolveOptions(options);
  // The group's log as corrected: a session's corrected date or attendance, a voided one left out.
  const groupEvents = effectiveGroupEvents(input.groupEvents).events;
  const groupIds = new Set(groupEvents.map((event) => event.groupId));
  if (groupIds.size > 1)
    throw new RangeError(
      `A group report is about one group; the group events belong to ${groupIds.size} groups (${[...groupIds].join(", ")}).`,
    );
  const problems: string[] = [];
  let groupId = [...groupIds][0];
  let projectId: string | undefined;
  let name: string | undefined;
  const sessions: SessionAttendance[] = [];
  for (const event of groupEvents) {
    if (event.type === "group.opened") {
      projectId = event.data.projectId;
      name = event.data.name;
    } else if (event.type === "group-session.held") {
      sessions.push({
        date: event.data.date,
        attendees: new Set(event.data.attendees).size,
        kind: event.data.kind,
        withChildren: event.data.withChildren,
      });
    }
  }
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // The statechart replays the whole group at once: each mother's attendance comes from
  // the group log, and group signals (session gaps, size) need every trajectory.
  const trajectoryEvents = [...input.trajectories].flat();
  const programme = replayProgramme({
    trajectoryEvents,
    groupEvents,
    ...(resolved.settings === undefined ? {} : { settings: resolved.settings }),
    ...(resolved.asOf === undefined ? {} : { asOf: resolved.asOf }),
  });
  const eventsOf = new Map<string, TrajectoryEvent[]>();
  for (const event of trajectoryEvents) {
    const list = eventsOf.get(event.trajectoryId);
    if (list === undefined) eventsOf.set(event.trajectoryId, [event]);
    else list.push(event);
  }

  const tally = new Tally();
  const participants: ParticipantSummary[] = [];
  const members = new Set<string>();
  for (const [trajectoryId, replayed] of programme.trajectories) {
    const events = eventsOf.get(trajectoryId);
    // A mother listed at a session without a log of her own is not a participant here;
    // the trajectory package reports her attendance as refused.
    if (events === undefined || events.length === 0) continue;
    const summary = summarise(events, resolved, replayed);
    if (groupId === undefined) groupId = summary.groupId;
    if (summary.groupId !== undefined && summary.groupId !== groupId) continue;
    projectId ??= summary.projectId;
    members.add(trajectoryId);
    tally.addParticipant(summary);
    participants.push(summary);
    for (const problem of summary.problems) problems.push(`${summary.trajectoryId}: ${problem}`);
  }
  tally.addFidelity(
    programme.signals
      .filter(
        (signal) =>
          (signal.subject.kind === "trajectory" && members.has(signal.subject.id)) ||
          (signal.subject.kind === "group" && signal.subject.id === groupId) ||
          (signal.subject.kind === "project" && signal.subject.id === projectId),
      )
      .map((signal) => signal.code),
  );
  participants.sort((a, b) => (a.trajectoryId < b.trajectoryId ? -1 : 1));
  tally.addGroupSessions(sessions satisfies readonly SessionRecord[]);

  return {
    kind: "miriam-group-report",
    formatVersion: 1,
    groupId: groupId ?? "",
    projectId,
    name,
    indicators: tally.indicatorsOf(resolved),
    participants,
    sessions,
    problems,
  };
}
