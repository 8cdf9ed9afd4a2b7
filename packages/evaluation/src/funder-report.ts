import { dateOf, type GroupEvent, type Region, type TrajectoryEvent } from "@miriam/schemas";
import {
  effectiveGroupEvents,
  fidelitySignalCodes,
  replay,
  replayProgramme,
} from "@miriam/trajectory";
import { type ResolvedOptions, resolveOptions } from "./_options";
import { publish } from "./_publish";
import { type FunderReportSignals, SignalTally } from "./_signal-tally";

export type { FunderReportSignals } from "./_signal-tally";

import { type SessionRecord, Tally } from "./_tally";
import type { Indicators, PublishedIndicators } from "./indicators";
import type { EvaluationOptions } from "./options";
import { type ParticipantSummary, summarise } from "./participant";
import { DEFAULT_THRESHOLD, type SuppressionOptions } from "./suppression";

/** A project (OCMW or consortium) as the funder report names it. */
export interface ProjectName {
  /** The project's id, as in `trajectory.referred` and `group.opened`. */
  readonly id: string;
  /** The OCMW / CPAS / ÖSHZ or consortium, as in the project settings. */
  readonly ocmw: { readonly name: string };
  /** Its region, as in the project settings: the programme report totals per region. */
  readonly region?: Region;
  /**
   * What the report may carry beyond its suppressed figures, as in the project settings:
   * `countsBeforeSuppression` only when a data-protection agreement allows it.
   */
  readonly reporting?: { readonly countsBeforeSuppression: boolean };
}

/** Options of the funder report. */
export interface FunderReportOptions extends EvaluationOptions, SuppressionOptions {
  /** Names of the projects (e.g. their `miriam.config.json` settings). Default: ids only. */
  readonly projects?: readonly ProjectName[];
  /** The period the report covers, as the funder asked for it; shown as is. */
  readonly period?: { readonly from: string; readonly to: string };
  /**
   * Carry the counts before suppression too (`countsBeforeSuppression` of the report), so
   * that the programme report adds projects up exactly. Only when a data-protection
   * agreement with the funder allows it. Default: true only when projects are named and
   * every one's settings say `reporting.countsBeforeSuppression: true`; otherwise only
   * suppressed figures leave the OCMW.
   */
  readonly countsBeforeSuppression?: boolean;
}

/** One project's row of the funder report. */
export interface FunderReportProject {
  /** The project's id. */
  readonly projectId: string;
  /** The OCMW's name, when given in the options. */
  readonly name: string | undefined;
  /** The project's region, when given in the options. */
  readonly region: Region | undefined;
  /** Groups of this project with events in the report. */
  readonly groups: number;
  /** Its indicators, after suppression. */
  readonly indicators: PublishedIndicators;
}

/**
 * The report for the funder (POD MI / SPP IS): the programme's indicators and each
 * project's, across groups and OCMWs. Every count of people below the threshold is
 * hidden, with the complementary counts that would give it away (across projects and
 * the programme's totals too), and every rate or mean computed from a hidden count.
 */
export interface FunderReport {
  /** What this document is. */
  readonly kind: "miriam-funder-report";
  /** Version of this report's shape (the JSON Schema `funder-report` of `@miriam/schemas`). */
  readonly formatVersion: 1;
  /** The period covered, when given. */
  readonly period: { readonly from: string; readonly to: string } | undefined;
  /** The first and last day of the trajectories' events; `undefined` without any. */
  readonly dataPeriod: { readonly from: string; readonly to: string } | undefined;
  /** Counts from 1 to `threshold - 1` are hidden. */
  readonly threshold: number;
  /** The whole programme. */
  readonly programme: {
    /** Projects (OCMWs or consortia). */
    readonly projects: number;
    /** Groups. */
    readonly groups: number;
    /** Indicators over every trajectory, after suppression. */
    readonly indicators: PublishedIndicators;
  };
  /** One row per project, in project-id order. */
  readonly projects: readonly FunderReportProject[];
  /** Policy signals: counts by project, theme and domain; shareable texts only. */
  readonly signals: FunderReportSignals;
  /**
   * The same indicators before suppression: only when the options allow it (a
   * data-protection agreement), for the programme report. Never shown to a reader.
   */
  readonly countsBeforeSuppression?: {
    readonly programme: Indicators;
    readonly projects: readonly { readonly projectId: string; readonly indicators: Indicators }[];
  };
}

/**
 * Builds a {@link FunderReport} one trajectory at a time, so a programme of any size is
 * reported in memory that grows with the number of groups, not of trajectories. Made by
 * {@link createFunderReport}.
 */
export interface FunderReportBuilder {
  /** Adds events of groups' logs (any groups, any order, in as many calls as needed). */
  addGroupEvents(events: Iterable<GroupEvent>): void;
  /**
   * Adds all the events of one trajectory. It is replayed through the statechart of
   * `@miriam/trajectory`: status and dates are the statechart's, refused events are left
   * out, and its fidelity signals are counted. Returns her summary, for figures made on
   * the mothers themselves (e.g. `methodEffect`); the builder keeps only its counts.
   */
  addTrajectory(events: readonly TrajectoryEvent[]): ParticipantSummary;
  /** Suppresses small cells and returns the report. The builder can go on being used. */
  build(): FunderReport;
}

const UNKNOWN_PROJECT = "unknown";

/**
 * Starts a streamed {@link FunderReport}: feed it group events and trajectories, then
 * `build()`. Use {@link funderReport} when everything is at hand.
 *
 * @example
 * ```ts
 * const builder = createFunderReport({ threshold: 5, projects: [settings] });
 * builder.addGroupEvents(groupEvents);
 * for (const events of readTrajectoriesOneByOne()) builder.addTrajectory(events);
 * const report = builder.build();
 * ```
 */
export function createFunderReport(options: FunderReportOptions = {}): FunderReportBuilder {
  const resolved = resolveOptions(options);
  const tallies = new Map<string, Tally>();
  const projectOfGroup = new Map<string, string>();
  // Group logs without attendance, enough for the group and project signals, and small: a
  // session keeps the number of mothers present. Corrections are kept whole and resolved
  // in `build`, as they may come in any call.
  const groupLogs: GroupEvent[] = [];
  const presentAt = new Map<string, number>();
  const fidelityOptions = {
    ...(resolved.settings === undefined ? {} : { settings: resolved.settings }),
    ...(resolved.asOf === undefined ? {} : { asOf: resolved.asOf }),
  };

  const tallyOf = (projectId: string) => tallyIn(tallies, projectId);
  const policySignals = new SignalTally();
  const dates = { from: undefined as string | undefined, to: undefined as string | undefined };

  return {
    addGroupEvents(events) {
      for (const event of events) {
        if (event.type === "group.opened") projectOfGroup.set(event.groupId, event.data.projectId);
        if (event.type === "group-session.held") {
          presentAt.set(event.id, new Set(event.data.attendees).size);
          groupLogs.push({ ...event, data: { ...event.data, attendees: [] } });
        } else groupLogs.push(event);
      }
    },
    addTrajectory(events) {
      // Attendance is left out of this replay: it changes neither status, dates nor the
      // trajectory's own signals, and keeping every mother's attendance would make
      // memory grow with the programme.
      const replayed = replay(events);
      const summary = summarise(events, resolved, replayed);
      if (summary.groupId !== undefined && summary.projectId !== undefined)
        if (!projectOfGroup.has(summary.groupId))
          projectOfGroup.set(summary.groupId, summary.projectId);
      const projectId = summary.projectId ?? UNKNOWN_PROJECT;
      const tally = tallyOf(projectId);
      tally.addParticipant(summary);
      policySignals.addTrajectory(projectId, events, replayed.refused);
      // A timestamp starts with its date, so it is compared with the first and last days
      // as it is: before the first day exactly when its date is, after the last day when
      // its date is (a later hour of the last day is not). Only a new day is sliced out.
      for (const { at } of events) {
        if (dates.from === undefined || at < dates.from) dates.from = dateOf(at);
        if (dates.to === undefined || (at > dates.to && !at.startsWith(dates.to)))
          dates.to = dateOf(at);
      }
      tally.addFidelity(fidelitySignalCodes(replayed.state, fidelityOptions));
      return summary;
    },
    build() {
      const { events: groupEvents, corrections } = effectiveGroupEvents(groupLogs);
      // A session whose attendance was corrected holds the corrected list itself.
      const attendanceCorrected = new Set(
        corrections
          .filter(
            (c) =>
              c.applied &&
              c.correction.type === "group-event.corrected" &&
              c.correction.data.corrected.data?.attendees !== undefined,
          )
          .map((c) => c.correction.data.eventId),
      );
      const sessions = new Map<string, SessionRecord[]>();
      for (const event of groupEvents) {
        if (event.type !== "group-session.held") continue;
        let list = sessions.get(event.groupId);
        if (list === undefined) {
          list = [];
          sessions.set(event.groupId, list);
        }
        const attendees = attendanceCorrected.has(event.id)
          ? new Set(event.data.attendees).size
          : (presentAt.get(event.id) ?? 0);
        list.push({ date: event.data.date, attendees });
      }
      // Group and project signals from the statechart package, on the group logs alone.
      // Group size needs every enrolled trajectory at once, so it is in the group report
      // and not here.
      const { signals } = replayProgramme({
        trajectoryEvents: [],
        groupEvents,
        ...fidelityOptions,
      });
      const groupSignals = new Map<string, string[]>();
      for (const signal of signals) {
        if (signal.code === "group-size" || signal.subject.kind === "trajectory") continue;
        const projectId =
          signal.subject.kind === "project"
            ? signal.subject.id
            : (projectOfGroup.get(signal.subject.id) ?? UNKNOWN_PROJECT);
        const list = groupSignals.get(projectId) ?? [];
        list.push(signal.code);
        groupSignals.set(projectId, list);
      }
      const report = buildReport(
        options,
        resolved,
        tallies,
        sessions,
        projectOfGroup,
        groupSignals,
      );
      return {
        ...report,
        dataPeriod:
          dates.from === undefined || dates.to === undefined
            ? undefined
            : { from: dates.from, to: dates.to },
        signals: policySignals.build(),
      };
    },
  };
}

/** A project's tally in `tallies`, made when the project is first seen. */
function tallyIn(tallies: Map<string, Tally>, projectId: string): Tally {
  let tally = tallies.get(projectId);
  if (tally === undefined) {
    tally = new Tally();
    tallies.set(projectId, tally);
  }
  return tally;
}

function buildReport(
  options: FunderReportOptions,
  resolved: ResolvedOptions,
  participantTallies: ReadonlyMap<string, Tally>,
  sessions: ReadonlyMap<string, readonly SessionRecord[]>,
  projectOfGroup: ReadonlyMap<string, string>,
  groupSignals: ReadonlyMap<string, readonly string[]>,
): Omit<FunderReport, "signals" | "dataPeriod"> {
  // Sessions are added to copies, so that build() can be called again after more input.
  const tallies = new Map<string, Tally>();
  const groupsOf = new Map<string, Set<string>>();
  const tallyOf = (projectId: string) => tallyIn(tallies, projectId);
  for (const [projectId, tally] of participantTallies) tallyOf(projectId).merge(tally);
  for (const [projectId, codes] of groupSignals) tallyOf(projectId).addFidelity(codes);
  const groupIds = new Set([...sessions.keys(), ...projectOfGroup.keys()]);
  for (const groupId of groupIds) {
    const projectId = projectOfGroup.get(groupId) ?? UNKNOWN_PROJECT;
    tallyOf(projectId).addGroupSessions(sessions.get(groupId) ?? []);
    let groups = groupsOf.get(projectId);
    if (groups === undefined) {
      groups = new Set();
      groupsOf.set(projectId, groups);
    }
    groups.add(groupId);
  }

  const programme = new Tally();
  const projectIds = [...tallies.keys()].sort();
  for (const id of projectIds) programme.merge(tallies.get(id)!);
  const programmeCounts = programme.indicatorsOf(resolved);
  const projectCounts = new Map(
    projectIds.map((id) => [id, tallies.get(id)!.indicatorsOf(resolved)]),
  );
  const published = publish(programmeCounts, projectCounts, {
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
  });
  const names = new Map(options.projects?.map((p) => [p.id, p.ocmw.name]));
  const regionOf = new Map(options.projects?.map((p) => [p.id, p.region]));
  const withCounts =
    options.countsBeforeSuppression ??
    (options.projects !== undefined &&
      options.projects.length > 0 &&
      options.projects.every((p) => p.reporting?.countsBeforeSuppression === true));
  return {
    kind: "miriam-funder-report",
    formatVersion: 1,
    period: options.period,
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    programme: {
      projects: projectIds.length,
      groups: groupIds.size,
      indicators: published.programme,
    },
    projects: projectIds.map((projectId) => ({
      projectId,
      name: names.get(projectId),
      region: regionOf.get(projectId),
      groups: groupsOf.get(projectId)?.size ?? 0,
      indicators: published.projects.get(projectId)!,
    })),
    ...(withCounts
      ? {
          countsBeforeSuppression: {
            programme: programmeCounts,
            projects: projectIds.map((projectId) => ({
              projectId,
              indicators: projectCounts.get(projectId)!,
            })),
          },
        }
      : {}),
  };
}

/** What a funder report is made from. */
export interface FunderReportInput {
  /** The logs of every group, in any order. */
  readonly groupEvents: Iterable<GroupEvent>;
  /** The events of each trajectory, one list per trajectory (see `eventsByTrajectory`). */
  readonly trajectories: Iterable<readonly TrajectoryEvent[]>;
}

/**
 * The funder report of a programme: indicators per project and for the programme, with
 * small-cell suppression applied. Pure. Streams over `trajectories`, so a generator
 * keeps memory bounded.
 *
 * @example
 * ```ts
 * const report = funderReport({ groupEvents, trajectories: eventsByTrajectory(log).values() });
 * report.programme.indicators.overallImprovement.share; // e.g. 0.76, or "suppressed"
 * ```
 */
export function funderReport(
  input: FunderReportInput,
  options: FunderReportOptions = {},
): FunderReport {
  const builder = createFunderReport(options);
  builder.addGroupEvents(input.groupEvents);
  for (const events of input.trajectories) builder.addTrajectory(events);
  return builder.build();
}
