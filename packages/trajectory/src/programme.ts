import type { GroupEvent, LogEntry, MiriamEvent, TrajectoryEvent } from "@miriam/schemas";
import { dateOf, daysBetween } from "@miriam/schemas";
import { type MessageTemplate, message } from "./_labels";
import { type FidelitySignal, fidelitySignals } from "./fidelity";
import { effectiveGroupEvents, type GroupCorrectionRecord } from "./group-corrections";
import {
  attendanceOf,
  type GroupSessionAttendance,
  type GroupSessionRecord,
  sessionRecords,
} from "./group-sessions";
import { type RefusedEvent, replay, type TrajectoryReplay } from "./replay";
import { groupSessionMaxGap, resolveSettings, type TrajectorySettings } from "./settings";

/** What {@link replayProgramme} reads: every log of a project or a whole programme. */
export interface ProgrammeInput {
  /** The trajectories' events, in any mix of trajectories; each one's order is kept. */
  readonly trajectoryEvents: Iterable<TrajectoryEvent | LogEntry<TrajectoryEvent>>;
  /** The groups' events (opened, sessions with attendance, closed). */
  readonly groupEvents?: Iterable<GroupEvent | LogEntry<GroupEvent>>;
  /** The project settings (fidelity thresholds, trajectory length). */
  readonly settings?: TrajectorySettings;
  /** Measure still-open periods up to this date (see `FidelityOptions.asOf`). */
  readonly asOf?: string;
}

/** What the logs say about one group. */
export interface GroupSummary {
  /** The group's id. */
  readonly groupId: string;
  /** Its project, from `group.opened` or else from the referrals. */
  readonly projectId: string | null;
  /** When the group was opened (`group.opened`). */
  readonly openedAt: string | null;
  /** When it was closed (`group.closed`). */
  readonly closedAt: string | null;
  /** Its sessions, by date. */
  readonly sessions: readonly GroupSessionRecord[];
  /** Trajectory ids of the mothers referred to it who enrolled. */
  readonly participants: readonly string[];
}

/** A refused event of a programme replay, with its trajectory. */
export interface ProgrammeRefusedEvent extends RefusedEvent {
  /** The trajectory the event was refused in. */
  readonly trajectoryId: string;
}

/** The result of {@link replayProgramme}. */
export interface ProgrammeReplay {
  /** Each trajectory's replay, by trajectory id, in order of first appearance. */
  readonly trajectories: ReadonlyMap<string, TrajectoryReplay>;
  /** Each group, by group id. */
  readonly groups: ReadonlyMap<string, GroupSummary>;
  /** Every refused event, trajectory by trajectory. */
  readonly refused: readonly ProgrammeRefusedEvent[];
  /** Fidelity signals of the trajectories, groups and projects. */
  readonly signals: readonly FidelitySignal[];
  /** The corrections and voids of the group logs, applied or refused (`effectiveGroupEvents`). */
  readonly groupCorrections: readonly GroupCorrectionRecord[];
}

/** A log's events, split into trajectory events and group events. */
export interface SplitEventLog {
  /** The trajectories' events, in log order. */
  readonly trajectoryEvents: (TrajectoryEvent | LogEntry<TrajectoryEvent>)[];
  /** The groups' events, in log order. */
  readonly groupEvents: (GroupEvent | LogEntry<GroupEvent>)[];
}

/**
 * Splits a log that mixes trajectory and group events (as `parseEventLog` returns them,
 * with their line numbers, or bare events) into the two kinds. Pure.
 *
 * @example
 * ```ts
 * const { trajectoryEvents, groupEvents } = splitEventLog(parseEventLog(text).entries);
 * ```
 */
export function splitEventLog(
  entries: Iterable<MiriamEvent | LogEntry<MiriamEvent>>,
): SplitEventLog {
  const trajectoryEvents: SplitEventLog["trajectoryEvents"] = [];
  const groupEvents: SplitEventLog["groupEvents"] = [];
  for (const item of entries) {
    const event = unwrap(item);
    if ("trajectoryId" in event)
      trajectoryEvents.push(item as TrajectoryEvent | LogEntry<TrajectoryEvent>);
    else groupEvents.push(item as GroupEvent | LogEntry<GroupEvent>);
  }
  return { trajectoryEvents, groupEvents };
}

function unwrap<E>(item: E | LogEntry<E>): E {
  return typeof item === "object" && item !== null && "event" in item && "line" in item
    ? item.event
    : (item as E);
}

/** One trajectory replayed by a {@link ProgrammeReplayBuilder}. */
export interface ProgrammeTrajectoryReplay {
  /** The trajectory's id. */
  readonly trajectoryId: string;
  /** Its replay, with its attendance folded in. */
  readonly replay: TrajectoryReplay;
  /** Its refused events (and attendances), in the order of the replay. */
  readonly refused: readonly ProgrammeRefusedEvent[];
  /** Its own fidelity signals. */
  readonly signals: readonly FidelitySignal[];
}

/** The end of a programme replayed one trajectory at a time: what needs every trajectory. */
export interface ProgrammeReplayEnd {
  /**
   * The mothers listed at a session without events of their own, replayed on their
   * attendance alone (so the refused attendance is reported rather than lost), in the
   * order {@link replayProgramme} gives them: after every other trajectory.
   */
  readonly attendanceOnly: readonly ProgrammeTrajectoryReplay[];
  /** Each group, by group id. */
  readonly groups: ReadonlyMap<string, GroupSummary>;
  /** Signals of the groups and projects (session gaps, size, number of groups). */
  readonly signals: readonly FidelitySignal[];
  /** The corrections and voids of the group logs, applied or refused (`effectiveGroupEvents`). */
  readonly groupCorrections: readonly GroupCorrectionRecord[];
}

/**
 * Replays a programme one trajectory at a time: made by {@link createProgrammeReplay}.
 * It keeps the group logs' attendance and, per trajectory, only its referral and whether
 * she enrolled, so memory grows with the groups and the number of trajectories, never
 * with their events.
 */
export interface ProgrammeReplayBuilder {
  /**
   * Replays all the events of one trajectory, with her attendance: the one given, else
   * hers in the group logs the builder was made with. Give each trajectory once, with
   * every event of hers, in her own order.
   */
  addTrajectory(
    trajectoryId: string,
    events: Iterable<TrajectoryEvent | LogEntry<TrajectoryEvent>>,
    attendance?: Iterable<GroupSessionAttendance>,
  ): ProgrammeTrajectoryReplay;
  /** Replays the attendance-only trajectories and gives the group and project signals. */
  finish(): ProgrammeReplayEnd;
}

/** What {@link createProgrammeReplay} needs before the first trajectory. */
export interface ProgrammeReplayOptions
  extends Omit<ProgrammeInput, "trajectoryEvents" | "groupEvents"> {
  /**
   * Every group's events, in log order, or a function that reads them. A function is
   * called once, when they are first needed: at `finish`, or at a trajectory added without
   * her attendance. A caller that gives each trajectory her attendance (reading a log one
   * trajectory at a time) then never holds the group logs while it replays the
   * trajectories.
   */
  readonly groupEvents?:
    | Iterable<GroupEvent | LogEntry<GroupEvent>>
    | (() => Iterable<GroupEvent | LogEntry<GroupEvent>>);
}

/**
 * Starts a programme replay that takes one trajectory at a time, for logs too large to
 * hold: {@link replayProgramme} is this builder fed with every trajectory, so both give the
 * same replays, refusals and signals in the same order when the trajectories are added in
 * order of first appearance. Deterministic and pure.
 *
 * @example
 * ```ts
 * const programme = createProgrammeReplay({ groupEvents, settings });
 * for (const [id, events] of trajectoriesOneByOne()) show(programme.addTrajectory(id, events));
 * const { groups, signals } = programme.finish();
 * ```
 */
export function createProgrammeReplay(options: ProgrammeReplayOptions): ProgrammeReplayBuilder {
  // The group logs as corrected, once, when first needed: every view of the programme
  // reads these, and their sessions, read once, give the attendance and the summaries.
  let groups:
    | {
        readonly resolved: ReturnType<typeof effectiveGroupEvents>;
        readonly sessions: readonly GroupSessionRecord[];
        readonly attendance: ReadonlyMap<string, readonly GroupSessionAttendance[]>;
      }
    | undefined;
  const groupLogs = () => {
    if (groups === undefined) {
      const given = options.groupEvents;
      const resolved = effectiveGroupEvents((typeof given === "function" ? given() : given) ?? []);
      const sessions = sessionRecords(resolved.events);
      groups = { resolved, sessions, attendance: attendanceOf(sessions) };
    }
    return groups;
  };
  const fidelity = { settings: options.settings, asOf: options.asOf };
  const seen = new Set<string>();
  const enrolment: EnrolmentOf[] = [];
  // A group's and a project's id, once each: every mother's enrolment names them.
  const names = new Map<string, string>();
  const name = (text: string) => {
    const known = names.get(text);
    if (known !== undefined) return known;
    names.set(text, text);
    return text;
  };
  const replayOne = (
    trajectoryId: string,
    events: Iterable<TrajectoryEvent | LogEntry<TrajectoryEvent>>,
    given?: Iterable<GroupSessionAttendance>,
  ): ProgrammeTrajectoryReplay => {
    seen.add(trajectoryId);
    const sessions = given ?? groupLogs().attendance.get(trajectoryId);
    const result = replay(events, sessions === undefined ? {} : { groupSessions: sessions });
    const { referral, consent } = result.state.context;
    if (referral !== null)
      enrolment.push({
        trajectoryId,
        groupId: name(referral.groupId),
        projectId: name(referral.projectId),
        enrolled: consent.enrolledAt !== null,
      });
    return {
      trajectoryId,
      replay: result,
      refused: result.refused.map((r) => ({ ...r, trajectoryId })),
      signals: fidelitySignals(result.state, fidelity),
    };
  };
  return {
    addTrajectory: replayOne,
    finish() {
      const { resolved, sessions, attendance } = groupLogs();
      const attendanceOnly = [...attendance.keys()]
        .filter((id) => !seen.has(id))
        .map((id) => replayOne(id, []));
      const groups = summariseGroups(resolved.events, sessions, enrolment);
      return {
        attendanceOnly,
        groups,
        signals: groupSignals(groups, options),
        groupCorrections: resolved.corrections,
      };
    },
  };
}

/**
 * Replays a programme: every trajectory's events, with each mother's attendance taken
 * from the group logs (recorded once, on the session), then the fidelity signals of
 * trajectories, groups (session gaps, size) and projects (number of groups). Refused
 * events are collected, never thrown. Deterministic and pure. For logs too large to hold,
 * {@link createProgrammeReplay} takes one trajectory at a time.
 *
 * @example
 * ```ts
 * const { trajectories, refused, signals } = replayProgramme({
 *   trajectoryEvents, groupEvents, settings,
 * });
 * trajectories.get("t-001")?.state.matches("closed");
 * ```
 */
export function replayProgramme(input: ProgrammeInput): ProgrammeReplay {
  const byTrajectory = new Map<string, (TrajectoryEvent | LogEntry<TrajectoryEvent>)[]>();
  for (const item of input.trajectoryEvents) {
    const id = unwrap(item).trajectoryId;
    let list = byTrajectory.get(id);
    if (list === undefined) {
      list = [];
      byTrajectory.set(id, list);
    }
    list.push(item);
  }
  const builder = createProgrammeReplay(input);
  const trajectories = new Map<string, TrajectoryReplay>();
  const refused: ProgrammeRefusedEvent[] = [];
  const signals: FidelitySignal[] = [];
  const take = (one: ProgrammeTrajectoryReplay) => {
    trajectories.set(one.trajectoryId, one.replay);
    refused.push(...one.refused);
    signals.push(...one.signals);
  };
  for (const [trajectoryId, events] of byTrajectory)
    take(builder.addTrajectory(trajectoryId, events));
  const end = builder.finish();
  for (const one of end.attendanceOnly) take(one);
  signals.push(...end.signals);
  return {
    trajectories,
    groups: end.groups,
    refused,
    signals,
    groupCorrections: end.groupCorrections,
  };
}

interface EnrolmentOf {
  readonly trajectoryId: string;
  readonly groupId: string;
  readonly projectId: string;
  readonly enrolled: boolean;
}

function summariseGroups(
  groupEvents: readonly (GroupEvent | LogEntry<GroupEvent>)[],
  sessions: readonly GroupSessionRecord[],
  enrolment: readonly EnrolmentOf[],
): Map<string, GroupSummary> {
  type Draft = {
    groupId: string;
    projectId: string | null;
    openedAt: string | null;
    closedAt: string | null;
    sessions: GroupSessionRecord[];
    participants: string[];
  };
  const drafts = new Map<string, Draft>();
  const draft = (groupId: string): Draft => {
    let d = drafts.get(groupId);
    if (d === undefined) {
      d = {
        groupId,
        projectId: null,
        openedAt: null,
        closedAt: null,
        sessions: [],
        participants: [],
      };
      drafts.set(groupId, d);
    }
    return d;
  };
  for (const item of groupEvents) {
    const event = unwrap(item);
    const d = draft(event.groupId);
    if (event.type === "group.opened") {
      d.openedAt = event.at;
      d.projectId = event.data.projectId;
    } else if (event.type === "group.closed") d.closedAt = event.at;
  }
  for (const session of sessions) draft(session.groupId).sessions.push(session);
  for (const { trajectoryId, groupId, projectId, enrolled } of enrolment) {
    const d = draft(groupId);
    d.projectId ??= projectId;
    if (enrolled) d.participants.push(trajectoryId);
  }
  for (const d of drafts.values())
    d.sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return drafts;
}

// The messages of the group and project signals, one template per language.
const SESSION_GAP: MessageTemplate<{ days: number; maxGap: number }> = {
  nl: (n, { days, maxGap }) =>
    `${n(days)} dagen tussen twee groepssessies (norm: hoogstens ${n(maxGap)} dagen).`,
  fr: (n, { days, maxGap }) =>
    `${n(days)} jours entre deux séances de groupe (norme : au plus ${n(maxGap)} jours).`,
  de: (n, { days, maxGap }) =>
    `${n(days)} Tage zwischen zwei Gruppensitzungen (Richtwert: höchstens ${n(maxGap)} Tage).`,
  en: (n, { days, maxGap }) =>
    `${n(days)} days between two group sessions (norm: at most ${n(maxGap)} days).`,
};
const GROUP_SIZE: MessageTemplate<{ size: number; min: number; max: number }> = {
  nl: (n, { size, min, max }) =>
    `De groep telt ${n(size)} ingestapte deelneemsters (norm: ${n(min)} tot ${n(max)}).`,
  fr: (n, { size, min, max }) =>
    `Le groupe compte ${n(size)} participantes entrées dans le parcours (norme : de ${n(min)} à ${n(max)}).`,
  de: (n, { size, min, max }) =>
    `Die Gruppe hat ${n(size)} eingestiegene Teilnehmerinnen (Richtwert: ${n(min)} bis ${n(max)}).`,
  en: (n, { size, min, max }) =>
    `The group has ${n(size)} enrolled participants (norm: ${n(min)} to ${n(max)}).`,
};
const GROUPS_PER_PROJECT: MessageTemplate<{ count: number; maxGroups: number }> = {
  nl: (n, { count, maxGroups }) =>
    `Het project heeft ${n(count)} groepen (norm: hoogstens ${n(maxGroups)}).`,
  fr: (n, { count, maxGroups }) =>
    `Le projet compte ${n(count)} groupes (norme : au plus ${n(maxGroups)}).`,
  de: (n, { count, maxGroups }) =>
    `Das Projekt hat ${n(count)} Gruppen (Richtwert: höchstens ${n(maxGroups)}).`,
  en: (n, { count, maxGroups }) =>
    `The project has ${n(count)} groups (norm: at most ${n(maxGroups)}).`,
};

function groupSignals(
  groups: ReadonlyMap<string, GroupSummary>,
  input: ProgrammeReplayOptions,
): FidelitySignal[] {
  const { fidelity } = resolveSettings(input.settings);
  const signals: FidelitySignal[] = [];
  const groupsByProject = new Map<string, string[]>();
  for (const group of groups.values()) {
    const subject = { kind: "group", id: group.groupId } as const;
    const dates = group.sessions.map((s) => s.date);
    const openEnd = group.closedAt ?? input.asOf;
    if (openEnd !== undefined && dates.length > 0) dates.push(dateOf(openEnd));
    const maxGap = groupSessionMaxGap(input.settings, fidelity, group.groupId);
    for (let i = 1; i < dates.length; i++) {
      const days = daysBetween(dates[i - 1]!, dates[i]!);
      if (days <= maxGap) continue;
      signals.push({
        code: "group-session-gap",
        subject,
        message: message(SESSION_GAP, { days, maxGap }),
        period: { from: dates[i - 1]!, to: dates[i]! },
        value: days,
        threshold: maxGap,
        difference: days - maxGap,
        unit: "days",
      });
    }

    const size = group.participants.length;
    const { min, max } = fidelity.groupSize;
    if (size < min || size > max) {
      const t = size < min ? min : max;
      const from = group.openedAt ?? group.sessions[0]?.date;
      const to = group.closedAt ?? group.sessions[group.sessions.length - 1]?.date;
      signals.push({
        code: "group-size",
        subject,
        message: message(GROUP_SIZE, { size, min, max }),
        ...(from !== undefined && to !== undefined
          ? { period: { from: dateOf(from), to: dateOf(to) } }
          : {}),
        value: size,
        threshold: t,
        difference: size - t,
        unit: "participants",
      });
    }
    if (group.projectId !== null) {
      const list = groupsByProject.get(group.projectId) ?? [];
      list.push(group.groupId);
      groupsByProject.set(group.projectId, list);
    }
  }
  const maxGroups = fidelity.maxGroupsPerProject;
  for (const [projectId, groupIds] of groupsByProject) {
    const count = groupIds.length;
    if (count <= maxGroups) continue;
    signals.push({
      code: "groups-per-project",
      subject: { kind: "project", id: projectId },
      message: message(GROUPS_PER_PROJECT, { count, maxGroups }),
      value: count,
      threshold: maxGroups,
      difference: count - maxGroups,
      unit: "groups",
    });
  }
  return signals;
}
