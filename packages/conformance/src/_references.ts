import {
  exportLayout,
  type GroupEvent,
  type ProjectSettings,
  type TrajectoryEvent,
} from "@miriam/schemas";
import type { Findings } from "./_findings";

/**
 * @internal The references between logs and settings, checked line by line as the logs
 * are read (the trajectories' log before the group logs): what it keeps is a few entries
 * per trajectory and per proposal, never the events.
 */
export interface ReferenceChecks {
  /** The trajectories with events of their own, so far. */
  readonly own: ReadonlySet<string>;
  /** An accepted event of `trajectories.jsonl`. */
  trajectoryEvent(event: TrajectoryEvent, line: number): void;
  /** An accepted event of a group's log (after the whole trajectories' log). */
  groupEvent(event: GroupEvent, file: string, line: number): void;
  /** After the last log: the groups whose logs held events. */
  finish(groupIds: Iterable<string>): void;
}

/** @internal Starts the reference checks of an export. */
export function referenceChecks(
  settings: ProjectSettings | undefined,
  findings: Findings,
): ReferenceChecks {
  const groupIds = new Set(settings?.groups.map((group) => group.id));
  const own = new Set<string>();
  const groupOf = new Map<string, string>();
  // Her proposals (issue #20): an answer must point at an earlier proposal of hers, once.
  const proposals = new Map<string, { trajectoryId: string; answered: boolean }>();
  const file = exportLayout.trajectories;
  const { say } = findings;

  const referral = (event: TrajectoryEvent, line: number) => {
    if (event.type !== "trajectory.referred") return;
    groupOf.set(event.trajectoryId, event.data.groupId);
    if (settings === undefined) return;
    if (event.data.projectId !== settings.id)
      findings.add("MIR-REFERENCE-001", {
        file,
        line,
        eventId: event.id,
        trajectoryId: event.trajectoryId,
        message: say.line(line) + say.referralProject(event.data.projectId, settings.id),
      });
    if (!groupIds.has(event.data.groupId))
      findings.add("MIR-REFERENCE-001", {
        file,
        line,
        eventId: event.id,
        trajectoryId: event.trajectoryId,
        message:
          say.line(line) +
          say.referralGroup(event.data.groupId, exportLayout.settings, [...groupIds].join(", ")),
      });
  };

  const answer = (event: TrajectoryEvent, line: number) => {
    if (event.type === "proposal.made") {
      proposals.set(event.id, { trajectoryId: event.trajectoryId, answered: false });
      return;
    }
    if (event.type !== "proposal.confirmed" && event.type !== "proposal.declined") return;
    const proposal = proposals.get(event.data.proposalId);
    const answered = findings.eventType(event.type);
    const problem =
      proposal === undefined || proposal.trajectoryId !== event.trajectoryId
        ? say.proposalUnknown(answered, event.data.proposalId)
        : proposal.answered
          ? say.proposalTwice(answered, event.data.proposalId)
          : undefined;
    if (proposal !== undefined && proposal.trajectoryId === event.trajectoryId)
      proposal.answered = true;
    if (problem !== undefined)
      findings.add("MIR-REFERENCE-004", {
        file,
        line,
        eventId: event.id,
        trajectoryId: event.trajectoryId,
        message: say.line(line) + problem,
      });
  };

  return {
    own,
    trajectoryEvent(event, line) {
      own.add(event.trajectoryId);
      referral(event, line);
      answer(event, line);
    },
    groupEvent(event, groupFile, line) {
      if (
        settings !== undefined &&
        event.type === "group.opened" &&
        event.data.projectId !== settings.id
      )
        findings.add("MIR-REFERENCE-003", {
          file: groupFile,
          line,
          eventId: event.id,
          message:
            say.line(line) +
            say.groupOpenedProject(
              findings.eventType(event.type),
              event.data.projectId,
              settings.id,
            ),
        });
      if (event.type !== "group-session.held") return;
      for (const attendee of new Set(event.data.attendees)) {
        const referredTo = groupOf.get(attendee);
        if (!own.has(attendee))
          findings.add("MIR-REFERENCE-002", {
            file: groupFile,
            line,
            eventId: event.id,
            trajectoryId: attendee,
            message: say.line(line) + say.attendeeUnknown(attendee),
          });
        else if (referredTo !== undefined && referredTo !== event.groupId)
          findings.add("MIR-REFERENCE-002", {
            file: groupFile,
            line,
            eventId: event.id,
            trajectoryId: attendee,
            message: say.line(line) + say.attendeeElsewhere(attendee, referredTo),
          });
      }
    },
    finish(logged) {
      proposals.clear();
      if (settings === undefined) return;
      for (const groupId of logged)
        if (!groupIds.has(groupId))
          findings.add("MIR-REFERENCE-003", {
            file: exportLayout.groupLog(groupId),
            message: say.groupNotInSettings(
              groupId,
              exportLayout.settings,
              [...groupIds].join(", "),
            ),
          });
    },
  };
}
