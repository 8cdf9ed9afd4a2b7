import type { GroupEvent, TrajectoryEvent } from "@miriam/schemas";
import type { Queryable } from "./database";

/** A stream of events: one trajectory's log or one group's log. */
export interface StreamRef {
  readonly kind: "trajectory" | "group";
  /** The trajectory id or the group id. */
  readonly id: string;
  /** The group it belongs to (for a group stream, itself). */
  readonly groupId: string;
  readonly projectId: string;
}

export const streamId = (kind: StreamRef["kind"], id: string) => `${kind}:${id}`;

export interface StoredEvent<E> {
  readonly version: number;
  readonly event: E;
}

interface EventRow {
  version: number;
  event_id: string;
  type: string;
  at: string;
  recorded_by: string;
  data: string;
}

function toEvent<E>(kind: StreamRef["kind"], id: string, row: EventRow): StoredEvent<E> {
  const event = {
    id: row.event_id,
    ...(kind === "trajectory" ? { trajectoryId: id } : { groupId: id }),
    type: row.type,
    at: row.at,
    by: row.recorded_by,
    data: JSON.parse(row.data),
  };
  return { version: Number(row.version), event: event as E };
}

/** The events of a stream after `afterVersion`, in order. */
export async function readStream<E extends TrajectoryEvent | GroupEvent>(
  db: Queryable,
  kind: StreamRef["kind"],
  id: string,
  afterVersion = 0,
): Promise<StoredEvent<E>[]> {
  const rows = await db.all<EventRow>(
    "SELECT version, event_id, type, at, recorded_by, data FROM events WHERE stream_id = ? AND version > ? ORDER BY version",
    [streamId(kind, id), afterVersion],
  );
  return rows.map((row) => toEvent<E>(kind, id, row));
}
