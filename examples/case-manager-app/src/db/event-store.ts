import type { GroupEvent, TrajectoryEvent } from "@miriam/schemas";
import { type Database, isUniqueViolation, type Queryable } from "./database";
import { projectAppend } from "./projection";
import { type StreamRef, streamId } from "./stream-read";

// Reading a stream lives in stream-read.ts, so the projection can read one without
// importing the store that updates it (no import cycle).
export { readStream, type StoredEvent, type StreamRef, streamId } from "./stream-read";

/** Someone else appended to the stream since it was read: re-read and try again. */
export class ConcurrencyError extends Error {
  constructor(
    readonly stream: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
  ) {
    super(
      `The log ${stream} changed since it was read (expected version ${expectedVersion}, found ${actualVersion ?? "a newer one"}).`,
    );
    this.name = "ConcurrencyError";
  }
}

/**
 * The event was recorded already (same event id, same content): a form submitted twice,
 * or sent again from a device that had no connection. Nothing changed.
 */
export class DuplicateEventError extends Error {
  constructor(readonly eventId: string) {
    super(`The event ${eventId} was recorded already.`);
    this.name = "DuplicateEventError";
  }
}

/**
 * An event id already recorded for **another** event (another trajectory, type, time or
 * content): the client made an id twice. Refused; the recorded event stays as it was.
 */
export class EventIdReusedError extends Error {
  constructor(readonly eventId: string) {
    super(`The event id ${eventId} is already used by another event.`);
    this.name = "EventIdReusedError";
  }
}

/** JSON with object keys sorted, so two equal values give one text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );

/**
 * Whether an event with this id is recorded already: `undefined` when not, `"same"`
 * when it is this very event (stream, type, instant and data), `"other"` when the id
 * belongs to another event. An append with a client-made id asks first, so a repeated
 * submission is answered as done before any rule looks at it.
 */
export async function recordedAs(
  db: Queryable,
  stream: Pick<StreamRef, "kind" | "id">,
  event: TrajectoryEvent | GroupEvent,
  ignoreTime = false,
): Promise<"same" | "other" | undefined> {
  const row = await db.get<{ stream_id: string; type: string; at: string; data: string }>(
    "SELECT stream_id, type, at, data FROM events WHERE event_id = ?",
    [event.id],
  );
  if (row === undefined) return undefined;
  const same =
    row.stream_id === streamId(stream.kind, stream.id) &&
    row.type === event.type &&
    (ignoreTime || Date.parse(row.at) === Date.parse(event.at)) &&
    canonical(JSON.parse(row.data)) === canonical(event.data);
  return same ? "same" : "other";
}

/**
 * The participant's data was erased: nothing more may be recorded about her (nor her
 * attendance at a group session), or the erased record would fill up again.
 */
export class ErasedError extends Error {
  constructor(readonly trajectoryId: string) {
    super(`The data of trajectory ${trajectoryId} was erased: nothing more can be recorded.`);
    this.name = "ErasedError";
  }
}

/** Throws {@link ErasedError} if any of these trajectories was erased. */
export async function refuseErased(db: Queryable, trajectoryIds: readonly string[]) {
  for (const id of trajectoryIds) {
    // Erasures made before the tombstone table existed left only profiles.erased_at.
    const row = await db.get(
      "SELECT 1 AS one FROM erasures WHERE trajectory_id = ? UNION ALL SELECT 1 AS one FROM profiles WHERE trajectory_id = ? AND erased_at IS NOT NULL",
      [id, id],
    );
    if (row !== undefined) throw new ErasedError(id);
  }
}

/** The trajectories an event is about: its own, or a group session's attendees. */
function subjectsOf(stream: StreamRef, event: TrajectoryEvent | GroupEvent): string[] {
  if (stream.kind === "trajectory") return [stream.id];
  // A correction of a session's attendance lists the mothers present as well.
  const data = event.data as {
    attendees?: unknown;
    corrected?: { data?: { attendees?: unknown } };
  };
  const attendees = data.attendees ?? data.corrected?.data?.attendees;
  return Array.isArray(attendees) ? attendees.filter((a) => typeof a === "string") : [];
}

/** The current version of a stream (0 when it has no events). */
export async function streamVersion(db: Queryable, stream: string): Promise<number> {
  const row = await db.get<{ v: number | null }>(
    "SELECT MAX(version) AS v FROM events WHERE stream_id = ?",
    [stream],
  );
  return Number(row?.v ?? 0);
}

/**
 * Appends events to a stream if its version is still `expectedVersion` (0 for a new
 * stream), in one transaction with the projection's update (`projection.ts`) and
 * `alsoInTransaction` (e.g. the profile written with a referral). Returns the new version.
 *
 * Two writers that read the same version race to insert the same (stream, version): the
 * unique constraint lets exactly one win, and the other gets a {@link ConcurrencyError},
 * whatever the database's isolation level. Nothing is half-written: the transaction
 * commits every event or none.
 */
export async function appendToStream(
  db: Database,
  stream: StreamRef,
  expectedVersion: number,
  events: readonly (TrajectoryEvent | GroupEvent)[],
  alsoInTransaction?: (tx: Queryable) => Promise<void>,
): Promise<number> {
  const id = streamId(stream.kind, stream.id);
  const recordedAt = new Date().toISOString();
  try {
    return await db.transaction(async (tx) => {
      const actual = await streamVersion(tx, id);
      if (actual !== expectedVersion) throw new ConcurrencyError(id, expectedVersion, actual);
      // Checked inside the transaction, so an erasure that commits first always wins.
      await refuseErased(tx, [...new Set(events.flatMap((event) => subjectsOf(stream, event)))]);
      if (expectedVersion === 0) {
        await tx.run(
          "INSERT INTO streams (stream_id, kind, group_id, project_id, created_at) VALUES (?, ?, ?, ?, ?)",
          [id, stream.kind, stream.groupId, stream.projectId, recordedAt],
        );
      }
      let version = expectedVersion;
      for (const event of events) {
        version++;
        await tx.run(
          "INSERT INTO events (stream_id, version, event_id, type, at, recorded_by, recorded_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          [
            id,
            version,
            event.id,
            event.type,
            event.at,
            event.by,
            recordedAt,
            JSON.stringify(event.data),
          ],
        );
      }
      // The replayed state of every trajectory the events change, in the same transaction.
      await projectAppend(tx, db.dialect, stream, expectedVersion, events);
      if (alsoInTransaction) await alsoInTransaction(tx);
      return version;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Which constraint? An event id that exists already is a resubmission; anything else
    // is a concurrent writer who took the version (or created the stream) first.
    for (const event of events) {
      const seen = await recordedAs(db, stream, event);
      if (seen === "same") throw new DuplicateEventError(event.id);
      if (seen === "other") throw new EventIdReusedError(event.id);
    }
    throw new ConcurrencyError(id, expectedVersion, undefined);
  }
}

/** Trajectory ids of a group, in the order they were created. */
export async function trajectoriesOfGroup(db: Queryable, groupId: string): Promise<string[]> {
  const rows = await db.all<{ stream_id: string }>(
    "SELECT stream_id FROM streams WHERE group_id = ? AND kind = 'trajectory' ORDER BY created_at, stream_id",
    [groupId],
  );
  return rows.map((row) => row.stream_id.slice("trajectory:".length));
}

/** The stream record of a trajectory or group, if it exists. */
export async function findStream(
  db: Queryable,
  kind: StreamRef["kind"],
  id: string,
): Promise<StreamRef | undefined> {
  const row = await db.get<{ group_id: string; project_id: string }>(
    "SELECT group_id, project_id FROM streams WHERE stream_id = ?",
    [streamId(kind, id)],
  );
  return row === undefined
    ? undefined
    : { kind, id, groupId: row.group_id, projectId: row.project_id };
}

/** Groups, with their project, optionally of one project. */
export async function listGroups(
  db: Queryable,
  projectId?: string,
): Promise<{ groupId: string; projectId: string }[]> {
  const rows = await db.all<{ group_id: string; project_id: string }>(
    projectId === undefined
      ? "SELECT group_id, project_id FROM streams WHERE kind = 'group' ORDER BY group_id"
      : "SELECT group_id, project_id FROM streams WHERE kind = 'group' AND project_id = ? ORDER BY group_id",
    projectId === undefined ? [] : [projectId],
  );
  return rows.map((row) => ({ groupId: row.group_id, projectId: row.project_id }));
}
