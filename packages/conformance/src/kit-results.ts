import { eventsByTrajectory, groupReport } from "@miriam/evaluation";
import type { GroupEvent, LogEntry, ProjectSettings, TrajectoryEvent } from "@miriam/schemas";
import { type ProgrammeReplay, replayProgramme, stateNames } from "@miriam/trajectory";

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

/** @internal What the kit's replay of an export gives, for the runner and the generator. */
export interface KitReplay {
  readonly programme: ProgrammeReplay;
  /** Trajectories with events of their own (not only attendance). */
  readonly own: ReadonlySet<string>;
}

/** @internal Replays the export's valid events. */
export function replayExport(
  trajectoryEntries: readonly LogEntry<TrajectoryEvent>[],
  groupEntries: readonly LogEntry<GroupEvent>[],
  settings: ProjectSettings | undefined,
): KitReplay {
  const programme = replayProgramme({
    trajectoryEvents: trajectoryEntries,
    groupEvents: groupEntries,
    ...(settings === undefined ? {} : { settings }),
  });
  return { programme, own: new Set(trajectoryEntries.map((entry) => entry.event.trajectoryId)) };
}

/** @internal The kit's results of a replayed export. */
export function kitResults(
  replayed: KitReplay,
  trajectoryEntries: readonly LogEntry<TrajectoryEvent>[],
  groupEntries: readonly LogEntry<GroupEvent>[],
  settings: ProjectSettings | undefined,
  groupFileOf: ReadonlyMap<string, string>,
  sections: { readonly indicators: boolean } = { indicators: true },
): KitResults {
  const { programme, own } = replayed;
  const trajectories: Record<string, ExpectedTrajectory> = {};
  for (const [id, result] of programme.trajectories) {
    if (!own.has(id)) continue;
    trajectories[id] = {
      state: stateNames(result.state),
      outcome: result.state.context.milestones.closing?.outcome ?? null,
      accepted: result.accepted,
    };
  }
  const refused = programme.refused
    .filter((r) => own.has(r.trajectoryId))
    .map((r) => ({
      file: r.source === "trajectory" ? "trajectories.jsonl" : (groupFileOf.get(r.eventId) ?? ""),
      line: r.line ?? null,
      eventId: r.eventId,
      trajectoryId: r.trajectoryId,
      rules: r.refusals.map((refusal) => refusal.rule),
    }));
  const signals = programme.signals
    .filter((s) => s.subject.kind !== "trajectory" || own.has(s.subject.id))
    .map((s) => ({ code: s.code, subject: `${s.subject.kind}:${s.subject.id}`, value: s.value }));

  const indicators: Record<string, unknown> = {};
  if (sections.indicators) {
    const byTrajectory = eventsByTrajectory(trajectoryEntries.map((entry) => entry.event));
    const groupIds = [...new Set(groupEntries.map((entry) => entry.event.groupId))].sort();
    for (const groupId of groupIds) {
      const report = groupReport(
        {
          groupEvents: groupEntries
            .filter((entry) => entry.event.groupId === groupId)
            .map((entry) => entry.event),
          trajectories: byTrajectory.values(),
        },
        settings === undefined ? {} : { settings },
      );
      // Through JSON, as a vendor's file would hold it (no undefined, no Infinity).
      indicators[groupId] = JSON.parse(JSON.stringify(report.indicators));
    }
  }
  return { trajectories, refused, signals, indicators };
}
