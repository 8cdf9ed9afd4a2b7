import type { StateValue } from "xstate";
import type { TrajectoryContext } from "./context";
import { MACHINE_ID, MACHINE_VERSION, type TrajectoryState, trajectoryMachine } from "./machine";
import { snapshotMigrations } from "./snapshot-migrations";

/**
 * A trajectory's state as JSON: the machine id and version, the state value, where a
 * paused trajectory will resume (the chart's history) and the context. A cache: the event
 * log is always enough to rebuild it with `replay`.
 */
export interface PersistedTrajectory {
  /** Always `"miriam-trajectory"`. */
  readonly machine: typeof MACHINE_ID;
  /** The chart version the snapshot was made with. */
  readonly version: number;
  /** `"active"`, or `"done"` once closed. */
  readonly status: "active" | "done";
  /** The state value. */
  readonly value: StateValue;
  /** For each history state, the ids of the states it remembers. */
  readonly history: Readonly<Record<string, readonly string[]>>;
  /** The context. */
  readonly context: TrajectoryContext;
}

/**
 * A trajectory's state as a JSON-safe object carrying the machine id and version. Pure.
 *
 * @example
 * ```ts
 * await db.put(trajectoryId, JSON.stringify(persist(state)));
 * ```
 */
export function persist(state: TrajectoryState): PersistedTrajectory {
  const history: Record<string, string[]> = {};
  for (const [id, nodes] of Object.entries(state.historyValue)) {
    // Sorted: the order follows the path taken to the state, which means nothing.
    history[id] = (nodes as readonly { id: string }[]).map((node) => node.id).sort();
  }
  return {
    machine: MACHINE_ID,
    version: MACHINE_VERSION,
    status: state.status === "done" ? "done" : "active",
    value: state.value,
    history,
    context: state.context,
  };
}

function isStateId(id: unknown): boolean {
  if (typeof id !== "string") return false;
  try {
    trajectoryMachine.getStateNodeById(id);
    return true;
  } catch {
    return false;
  }
}

/** Why {@link restore} refused a snapshot. */
export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}

const REBUILD = "Rebuild the state from the trajectory's event log with replay(events).";

function fail(reason: string): never {
  throw new SnapshotError(`Cannot restore this trajectory snapshot: ${reason}. ${REBUILD}`);
}

/**
 * The state from a snapshot made by {@link persist} (the object or its JSON text).
 * Snapshots of older versions are migrated (see `snapshotMigrations`); a snapshot of
 * another machine, of an unknown version or of a shape the chart does not know is
 * refused with a {@link SnapshotError} that says why. Pure.
 *
 * @example
 * ```ts
 * const state = restore(await db.get(trajectoryId));
 * const { state: now } = replay(newEvents, { from: state });
 * ```
 */
export function restore(json: unknown): TrajectoryState {
  let snapshot: unknown = json;
  if (typeof json === "string") {
    try {
      snapshot = JSON.parse(json);
    } catch {
      fail("the text is not valid JSON");
    }
  }
  if (typeof snapshot !== "object" || snapshot === null || Array.isArray(snapshot)) {
    fail("it is not an object");
  }
  let record = snapshot as Record<string, unknown>;
  if (record.machine !== MACHINE_ID) {
    fail(`it belongs to the machine ${JSON.stringify(record.machine)}, not "${MACHINE_ID}"`);
  }
  const found = record.version;
  const oldest = snapshotMigrations[0]?.from ?? MACHINE_VERSION;
  if (
    typeof found !== "number" ||
    !Number.isInteger(found) ||
    found < oldest ||
    found > MACHINE_VERSION
  ) {
    fail(
      `its version ${JSON.stringify(found)} is unknown to this kit, which reads versions ${oldest} to ${MACHINE_VERSION}`,
    );
  }
  let version = found;
  while (version < MACHINE_VERSION) {
    const migration = snapshotMigrations.find((m) => m.from === version);
    if (migration === undefined) fail(`no migration from version ${version}`);
    record = migration.migrate(record);
    version = migration.to;
  }
  const { status, value, history, context } = record as unknown as PersistedTrajectory;
  if (status !== "active" && status !== "done")
    fail(`its status ${JSON.stringify(status)} is unknown`);
  if (typeof context !== "object" || context === null) fail("it has no context");
  if (typeof history !== "object" || history === null) fail("it has no history");
  const historyValue: Record<string, { id: string }[]> = {};
  for (const [id, ids] of Object.entries(history)) {
    if (!Array.isArray(ids) || ![id, ...ids].every(isStateId)) {
      fail(`its history ${JSON.stringify(id)} names a state the chart does not have`);
    }
    historyValue[id] = ids.map((node) => ({ id: node }));
  }
  let state: TrajectoryState;
  try {
    // No invoked actors in this chart, so restoring needs no actor scope.
    state = trajectoryMachine.restoreSnapshot(
      { status, value, context, historyValue, children: {} } as never,
      undefined as never,
    );
  } catch {
    fail(`its state ${JSON.stringify(value)} is not a state of the chart`);
  }
  if (JSON.stringify(state.value) !== JSON.stringify(value)) {
    fail(`its state ${JSON.stringify(value)} is not a state of the chart`);
  }
  return state;
}
