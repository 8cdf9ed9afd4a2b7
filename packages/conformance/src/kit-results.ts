import { groupReport } from "@miriam/evaluation";
import {
  createProgrammeReplay,
  type FidelitySignal,
  type GroupCorrectionRecord,
  type ProgrammeRefusedEvent,
  type ProgrammeTrajectoryReplay,
  resolveSettings,
  stateNames,
} from "@miriam/trajectory";
import type { LoadedExport } from "./_load-export";
import type { IndexedTrajectory } from "./log-index";

/** A trajectory's end state as `expected/trajectories.json` gives it. */
export interface ExpectedTrajectory {
  /** The states it is in: the statechart's active leaf states as dotted paths, sorted. */
  readonly state: readonly string[];
  /** The closing outcome, or `null` while not closed. */
  readonly outcome: string | null;
  /** How many of her events (and attendances) were accepted. */
  readonly accepted: number;
}

/** A refused event as `expected/refused.json` lists it. */
export interface ExpectedRefusal {
  /** The log it is in. */
  readonly file: string;
  /** Its line in that log. */
  readonly line: number | null;
  /** The event's id (for attendance: the session's). */
  readonly eventId: string;
  /** The trajectory it was refused in. */
  readonly trajectoryId: string;
  /** The ids of the hard rules that refuse it. */
  readonly rules: readonly string[];
}

/** A fidelity signal as `expected/signals.json` lists it. */
export interface ExpectedSignal {
  /** The signal's code. */
  readonly code: string;
  /** `trajectory:<id>`, `group:<id>` or `project:<id>`. */
  readonly subject: string;
  /** The measured value. */
  readonly value: number;
}

/**
 * What the kit computes from an export: the contents of the `expected/` files a vendor
 * may add (each one optional), so that its own results are checked against the kit's.
 */
export interface KitResults {
  /** `expected/trajectories.json`: each trajectory's end state, by trajectory id. */
  readonly trajectories: Readonly<Record<string, ExpectedTrajectory>>;
  /** `expected/refused.json`: the refused events, trajectory by trajectory. */
  readonly refused: readonly ExpectedRefusal[];
  /** `expected/signals.json`: the fidelity signals. */
  readonly signals: readonly ExpectedSignal[];
  /**
   * `expected/indicators.json`: each group's indicators (`groupReport(...).indicators`
   * of `@miriam/evaluation`), by group id. A vendor's file may give only some figures.
   */
  readonly indicators: Readonly<Record<string, unknown>>;
}

/** @internal A refused event of the kit's replay, with the log it is in. */
export interface KitRefusal extends ProgrammeRefusedEvent {
  /** The file of the event (for attendance, of the session). */
  readonly file: string;
}

/** @internal What the kit's replay of an export gives, for the runner and the generator. */
export interface KitReplay {
  /** Trajectories with events of their own (not only attendance). */
  readonly own: ReadonlySet<string>;
  /** Those of `own` who consented (enrolled). */
  readonly enrolled: ReadonlySet<string>;
  /** Every refused event, trajectory by trajectory, as `replayProgramme` orders them. */
  readonly refused: readonly KitRefusal[];
  /** Every fidelity signal, as `replayProgramme` orders them, when asked for. */
  readonly signals: readonly FidelitySignal[];
  /** The corrections of the group logs, applied or refused. */
  readonly groupCorrections: readonly GroupCorrectionRecord[];
  /** Each own trajectory's end state, when asked for. */
  readonly trajectories: Readonly<Record<string, ExpectedTrajectory>>;
}

/**
 * @internal Replays the export's valid events one trajectory at a time (the index's second
 * pass), so memory holds the largest trajectory and what is kept of each: her id, whether
 * she enrolled, her refusals, and only when asked her signals and her end state.
 */
export async function replayExport(
  loaded: Pick<LoadedExport, "index" | "own" | "settings">,
  options: { readonly states: boolean; readonly signals: boolean },
): Promise<KitReplay> {
  const { index, own, settings } = loaded;
  // Each trajectory comes with her attendance: the group logs are read at `finish`, after
  // the trajectories, never held while they are replayed (as `miriam replay` does).
  const programme = createProgrammeReplay({
    groupEvents: () => index.groupLogsWithoutAttendance(),
    ...(settings === undefined ? {} : { settings }),
  });
  const enrolled = new Set<string>();
  const refused: KitRefusal[] = [];
  const signals: FidelitySignal[] = [];
  const trajectories: Record<string, ExpectedTrajectory> = {};
  const take = (one: ProgrammeTrajectoryReplay, trajectory: IndexedTrajectory) => {
    const fileOf = (eventId: string) =>
      (
        trajectory.entries.find((entry) => entry.event.id === eventId) ??
        trajectory.sessions.find((entry) => entry.event.id === eventId)
      )?.file ?? "";
    for (const r of one.refused) refused.push({ ...r, file: fileOf(r.eventId) });
    if (options.signals) signals.push(...one.signals);
    const { state, accepted } = one.replay;
    if (state.context.consent.enrolledAt !== null) enrolled.add(one.trajectoryId);
    if (options.states && own.has(one.trajectoryId))
      trajectories[one.trajectoryId] = {
        state: stateNames(state),
        outcome: state.context.milestones.closing?.outcome ?? null,
        accepted,
      };
  };
  for await (const trajectory of index.trajectories()) {
    if (trajectory.entries.length === 0 && trajectory.sessions.length === 0) continue;
    take(
      programme.addTrajectory(trajectory.trajectoryId, trajectory.entries, trajectory.attendance),
      trajectory,
    );
  }
  const end = programme.finish();
  for (const one of end.attendanceOnly)
    take(one, { trajectoryId: one.trajectoryId, entries: [], sessions: [], attendance: [] });
  if (options.signals) signals.push(...end.signals);
  return {
    own,
    enrolled,
    refused,
    signals,
    groupCorrections: end.groupCorrections,
    trajectories,
  };
}

/** @internal The kit's results of a replayed export. */
export async function kitResults(
  replayed: KitReplay,
  loaded: Pick<LoadedExport, "index" | "settings">,
  sections: { readonly indicators: boolean } = { indicators: true },
): Promise<KitResults> {
  const { own } = replayed;
  const refused = replayed.refused
    .filter((r) => own.has(r.trajectoryId))
    .map((r) => ({
      file: r.file,
      line: r.line ?? null,
      eventId: r.eventId,
      trajectoryId: r.trajectoryId,
      rules: r.refusals.map((refusal) => refusal.rule),
    }));
  const signals = replayed.signals
    .filter((s) => s.subject.kind !== "trajectory" || own.has(s.subject.id))
    .map((s) => ({ code: s.code, subject: `${s.subject.kind}:${s.subject.id}`, value: s.value }));

  const indicators: Record<string, unknown> = {};
  if (sections.indicators) {
    // One group at a time: its own trajectories, and the referrals of the other groups
    // that the project's number of groups is counted from, as `miriam report` does.
    const { index, settings } = loaded;
    const { maxGroupsPerProject } = resolveSettings(settings).fidelity;
    for (const groupId of [...index.groupIds].sort()) {
      const report = groupReport(
        await index.groupReportInput(groupId, maxGroupsPerProject),
        settings === undefined ? {} : { settings },
      );
      // Through JSON, as a vendor's file would hold it (no undefined, no Infinity).
      indicators[groupId] = JSON.parse(JSON.stringify(report.indicators));
    }
  }
  return { trajectories: replayed.trajectories, refused, signals, indicators };
}
