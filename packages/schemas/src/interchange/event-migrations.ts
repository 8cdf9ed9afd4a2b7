import { FORMAT_VERSION } from "../registry";
import type { TrajectoryEvent, TrajectoryEventOf } from "../schemas/events";
import { type Labels, labels } from "../vocabulary/_define";
import { type RetiredDropOutReason, retiredDropOutReasons } from "../vocabulary/statuses";

// History is never rewritten (DESIGN.md): an older log keeps its events as they were
// written, and reading upcasts them to what the kit means today. A migration changes what
// an event means, never which events there are, so replaying an upcast log gives the same
// order, the same ids and the same dates.

/**
 * One upcaster of the interchange format: a change of meaning that older logs of the same
 * format version still carry in their old form. Both forms stay valid input of
 * {@link FORMAT_VERSION}; the kit writes only the new one.
 */
export interface EventMigration {
  /** Stable id, for reports of what a reading upcast. */
  readonly id: string;
  /** The interchange format version whose older logs it upcasts. */
  readonly formatVersion: typeof FORMAT_VERSION;
  /** The kit version that introduced the new form. */
  readonly since: string;
  /** What it changes, for people. */
  readonly description: Labels;
  /** Whether the event is in the old form. Pure. */
  applies(event: TrajectoryEvent): boolean;
  /** The event in the new form: same id, trajectory, time and author. Pure. */
  upcast(event: TrajectoryEvent): TrajectoryEvent;
}

const retired: ReadonlySet<string> = new Set(retiredDropOutReasons);

function isRetiredDropOut(
  event: TrajectoryEvent,
): event is TrajectoryEventOf<"trajectory.closed"> & {
  data: { outcome: "dropped-out"; reason: RetiredDropOutReason };
} {
  return (
    event.type === "trajectory.closed" &&
    event.data.outcome === "dropped-out" &&
    retired.has(event.data.reason)
  );
}

/**
 * Leaving for work or training was a drop-out reason; it is a positive early exit now
 * (issue #16). The reason codes are the same in both vocabularies, so only the outcome
 * changes; the note stays.
 */
const positiveEarlyExit: EventMigration = {
  id: "positive-early-exit",
  formatVersion: FORMAT_VERSION,
  since: "0.2.0",
  description: labels(
    'Een afsluiting "voortijdig gestopt" om werk of een opleiding wordt gelezen als "vroeger gestopt voor werk, opleiding of stage".',
    "Une clôture « abandon » pour un emploi ou une formation est lue comme « sortie anticipée vers un emploi, une formation ou un stage ».",
    "Ein Abschluss „vorzeitig beendet“ wegen Arbeit oder Ausbildung wird als „vorzeitig beendet für Arbeit, Ausbildung oder Praktikum“ gelesen.",
    'A "dropped out" closing for work or training is read as "left early for work, training or an internship".',
  ),
  applies: isRetiredDropOut,
  upcast(event) {
    if (!isRetiredDropOut(event)) return event;
    const { note } = event.data;
    return {
      ...event,
      data: {
        outcome: "positive-early-exit",
        reason: event.data.reason,
        ...(note === undefined ? {} : { note }),
      },
    };
  },
};

/** Every upcaster of the interchange format, oldest first; each is applied in turn. */
export const eventMigrations: readonly EventMigration[] = [positiveEarlyExit];

/**
 * A trajectory event as the kit reads it today: the event itself when it is in the current
 * form (the same object, so reading a current log costs one check per event), or its
 * upcast when an older log wrote it in a form that {@link eventMigrations} retired. The
 * replay of `@miriam/trajectory` applies it to every event, so an older log replays and
 * reports as a current one without being rewritten. Pure.
 *
 * @example
 * ```ts
 * upcastTrajectoryEvent(olderClosing).data;
 * // { outcome: "positive-early-exit", reason: "found-work" }
 * ```
 */
export function upcastTrajectoryEvent<E extends TrajectoryEvent>(event: E): E {
  // The common case (no closing) leaves at the first comparison.
  if (event.type !== "trajectory.closed") return event;
  let current: TrajectoryEvent = event;
  for (const migration of eventMigrations) {
    if (migration.applies(current)) current = migration.upcast(current);
  }
  return current as E;
}
