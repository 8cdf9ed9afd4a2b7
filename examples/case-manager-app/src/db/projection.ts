import { proposalsIn } from "@miriam/evaluation";
import type { Goal, GroupEvent, TrajectoryEvent } from "@miriam/schemas";
import {
  currentPhase,
  type GroupSessionAttendance,
  groupSessionAttendance,
  isCorrection,
  isPaused,
  MACHINE_VERSION,
  persist,
  replay,
  replayHistory,
  restore,
  type TrajectoryHistory,
  type TrajectoryState,
} from "@miriam/trajectory";
import trajectoryPackage from "@miriam/trajectory/package.json" with { type: "json" };
import type { Database, Queryable } from "./database";
import { readStream, type StreamRef } from "./stream-read";

/**
 * The projection: one row per trajectory with her replayed state (a `persist` snapshot of
 * `@miriam/trajectory`), so that a page reads a state instead of replaying a log. It is a
 * cache of the log, never a second truth:
 *
 * - every append updates it **in the same transaction** (`appendToStream` calls
 *   {@link projectAppend}), her own events and the group sessions that list her alike, so
 *   a committed event is always in her row, whichever app process wrote it;
 * - it is rebuilt from the log when the kit's version ({@link PROJECTION_VERSION}) is not
 *   the one the row was made with: at start ({@link rebuildStaleProjections}) and, for a
 *   row met before that, when it is read;
 * - erasure rebuilds her row from the erased events (deleting the old one first, so the
 *   old bytes go with the compaction, like the events').
 *
 * An event is folded into the stored state only when the replay would put it last (its
 * time is after everything folded so far); a backdated event, or a session dated before
 * her latest entry, rebuilds the row from the log, because the canonical order
 * (`inEventOrder`) would place it elsewhere.
 */

/**
 * What a row was made with: the chart's version, the trajectory package's version (its
 * rules may change the replayed state without the chart changing) and this table's own
 * layout. A row with another value is rebuilt.
 */
export const PROJECTION_VERSION = `${MACHINE_VERSION}/${trajectoryPackage.version}/2`;

/**
 * The words of her log that the lists show and that the state does not hold: her goals as
 * the plan and `goal.added` worded them (their status is the state's), and the group
 * topics she proposed that her case manager confirmed. Kept in the row beside the state
 * (layout 2), so the worklist and the group page read no log. Erasure rebuilds the row
 * from the erased events, so erased words go from here too.
 */
export interface ProjectedWords {
  /** Her goals' words by id, without status (`goalsIn` of @miriam/trajectory adds it). */
  readonly goals: readonly Goal[];
  /** Confirmed group-topic proposals, in the order she made them. */
  readonly topics: readonly string[];
}

const NO_WORDS: ProjectedWords = { goals: [], topics: [] };

/** Goal words of the accepted inputs, added to (or replacing by id) those already known. */
function withGoalWords(known: readonly Goal[], history: Pick<TrajectoryHistory, "inputs">): Goal[] {
  const words = new Map(known.map((goal) => [goal.id, goal]));
  for (const input of history.inputs) {
    if (input.type === "plan.agreed") for (const goal of input.data.goals) words.set(goal.id, goal);
    else if (input.type === "goal.added") words.set(input.data.goal.id, input.data.goal);
  }
  return [...words.values()];
}

/** The words of a whole history. */
function wordsOf(history: TrajectoryHistory): ProjectedWords {
  return {
    goals: withGoalWords([], history),
    topics: proposalsIn(history).flatMap((entry) =>
      entry.status === "confirmed" && entry.proposal.kind === "group-topic"
        ? [entry.proposal.topic]
        : [],
    ),
  };
}

/** Proposals and their answers are matched over her whole log: they rebuild the row. */
const PROPOSAL_EVENTS: ReadonlySet<string> = new Set([
  "proposal.made",
  "proposal.confirmed",
  "proposal.declined",
]);

/** Her goals with their words and the state's status, as `goalsIn` gives them. */
export function goalsOf(words: ProjectedWords, state: TrajectoryState): Goal[] {
  const goals: Goal[] = [];
  for (const goal of words.goals) {
    const record = state.context.goals[goal.id];
    if (record !== undefined) goals.push({ ...goal, status: record.status });
  }
  return goals;
}

/** A row's words column, read back (an empty one before layout 2). */
export function parseWords(text: string): ProjectedWords {
  if (text === "" || text === "{}") return NO_WORDS;
  const parsed = JSON.parse(text) as Partial<ProjectedWords>;
  return { goals: parsed.goals ?? [], topics: parsed.topics ?? [] };
}

/** A projected trajectory as the lists read it. */
export interface ProjectedRow {
  readonly trajectoryId: string;
  readonly groupId: string;
  readonly projectId: string;
  /** The trajectory stream's version folded in. */
  readonly version: number;
  /** Changes whenever the row is written: a key for a cache of restored states. */
  readonly revision: number;
  readonly phase: string | null;
  readonly paused: boolean;
  readonly lastEventAt: string | null;
  /** Events of her log that the statechart refused on replay (should stay 0). */
  readonly refusedOnReplay: number;
  /** The snapshot's JSON text, for `restore`. */
  readonly snapshot: string;
  /** The {@link ProjectedWords} JSON text (empty when left out, like the snapshot). */
  readonly words: string;
  readonly kitVersion: string;
}

interface Row {
  trajectory_id: string;
  group_id: string;
  project_id: string;
  kit_version: string;
  stream_version: number;
  revision: number;
  last_own_at: number;
  last_attendance_at: number;
  refused: number;
  phase: string | null;
  paused: number | boolean;
  last_event_at: string | null;
  state: string;
  words: string;
}

const COLUMNS =
  "trajectory_id, group_id, project_id, kit_version, stream_version, revision, last_own_at, last_attendance_at, refused, phase, paused, last_event_at, state, words";

const toProjected = (row: Row): ProjectedRow => ({
  trajectoryId: row.trajectory_id,
  groupId: row.group_id,
  projectId: row.project_id,
  version: Number(row.stream_version),
  revision: Number(row.revision),
  phase: row.phase,
  paused: row.paused === true || Number(row.paused) === 1,
  lastEventAt: row.last_event_at,
  refusedOnReplay: Number(row.refused),
  snapshot: row.state,
  words: row.words,
  kitVersion: row.kit_version,
});

/** What is folded into a row, with the times the incremental check needs. */
interface Folded {
  readonly state: TrajectoryState;
  readonly words: ProjectedWords;
  readonly version: number;
  readonly refused: number;
  /** Latest time (ms) of her own events, and of her attendance, folded in. */
  readonly lastOwnAt: number;
  readonly lastAttendanceAt: number;
}

const timeOf = (at: string) => Date.parse(at);
const latest = (items: readonly { at: string }[], from = 0) =>
  items.reduce((max, item) => Math.max(max, timeOf(item.at)), from);

/** Reads a row for update: on PostgreSQL it is locked until the transaction ends. */
async function lockRow(tx: Queryable, dialect: Database["dialect"], trajectoryId: string) {
  return tx.get<Row>(
    `SELECT ${COLUMNS} FROM projections WHERE trajectory_id = ?${dialect === "postgres" ? " FOR UPDATE" : ""}`,
    [trajectoryId],
  );
}

async function write(
  tx: Queryable,
  stream: Pick<StreamRef, "id" | "groupId" | "projectId">,
  folded: Folded,
  previous: Row | undefined,
  insert = previous === undefined,
) {
  const { state } = folded;
  const values = [
    PROJECTION_VERSION,
    folded.version,
    Number(previous?.revision ?? 0) + 1,
    folded.lastOwnAt,
    folded.lastAttendanceAt,
    folded.refused,
    currentPhase(state) ?? null,
    isPaused(state),
    state.context.lastEventAt ?? null,
    JSON.stringify(persist(state)),
    JSON.stringify(folded.words),
  ];
  if (insert)
    await tx.run(
      `INSERT INTO projections (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [stream.id, stream.groupId, stream.projectId, ...values],
    );
  else
    await tx.run(
      `UPDATE projections SET kit_version = ?, stream_version = ?, revision = ?, last_own_at = ?, last_attendance_at = ?, refused = ?, phase = ?, paused = ?, last_event_at = ?, state = ?, words = ? WHERE trajectory_id = ?`,
      [...values, stream.id],
    );
}

/** Her state replayed from the log as it stands in this transaction. */
async function replayFromLog(
  tx: Queryable,
  trajectoryId: string,
  groupId: string,
  attendance?: readonly GroupSessionAttendance[],
): Promise<Folded> {
  const stored = await readStream<TrajectoryEvent>(tx, "trajectory", trajectoryId);
  const events = stored.map((s) => s.event);
  const sessions =
    attendance ??
    groupSessionAttendance(
      (await readStream<GroupEvent>(tx, "group", groupId)).map((s) => s.event),
    ).get(trajectoryId) ??
    [];
  const replayed = replayHistory(events, { groupSessions: sessions });
  return {
    state: replayed.state,
    words: wordsOf(replayed),
    version: stored.at(-1)?.version ?? 0,
    refused: replayed.refused.length,
    lastOwnAt: latest(events),
    lastAttendanceAt: latest(sessions),
  };
}

/**
 * Rebuilds one trajectory's row from the log, inside the caller's transaction. With
 * `fresh`, the old row is deleted and a new one inserted (erasure: no page keeps the old
 * row version).
 */
export async function rebuildProjection(
  tx: Queryable,
  dialect: Database["dialect"],
  stream: Pick<StreamRef, "id" | "groupId" | "projectId">,
  options: { fresh?: boolean; attendance?: readonly GroupSessionAttendance[] } = {},
): Promise<void> {
  const previous = await lockRow(tx, dialect, stream.id);
  const fresh = options.fresh === true && previous !== undefined;
  if (fresh) await tx.run("DELETE FROM projections WHERE trajectory_id = ?", [stream.id]);
  const folded = await replayFromLog(tx, stream.id, stream.groupId, options.attendance);
  await write(tx, stream, folded, previous, previous === undefined || fresh);
}

/**
 * Brings the projection up to date with events just inserted by `appendToStream`, in its
 * transaction. A trajectory's events are folded into her row; a group's events update the
 * row of every mother whose attendance they change.
 */
export async function projectAppend(
  tx: Queryable,
  dialect: Database["dialect"],
  stream: StreamRef,
  versionBefore: number,
  events: readonly (TrajectoryEvent | GroupEvent)[],
): Promise<void> {
  if (stream.kind === "trajectory")
    return projectTrajectoryEvents(tx, dialect, stream, versionBefore, events as TrajectoryEvent[]);
  return projectGroupEvents(tx, dialect, stream, versionBefore);
}

async function projectTrajectoryEvents(
  tx: Queryable,
  dialect: Database["dialect"],
  stream: StreamRef,
  versionBefore: number,
  events: readonly TrajectoryEvent[],
) {
  const row = await lockRow(tx, dialect, stream.id);
  const inOrder =
    row !== undefined &&
    row.kit_version === PROJECTION_VERSION &&
    Number(row.stream_version) === versionBefore &&
    isAfter(events, Number(row.last_own_at), Number(row.last_attendance_at)) &&
    // A correction or void is resolved against her whole log (effectiveEvents).
    !events.some(isCorrection) &&
    !events.some((event) => PROPOSAL_EVENTS.has(event.type));
  if (!inOrder) return rebuildProjection(tx, dialect, stream);
  const from = restore(row.state);
  const replayed = replayHistory(events, { from });
  const known = parseWords(row.words);
  await write(
    tx,
    stream,
    {
      state: replayed.state,
      words: { ...known, goals: withGoalWords(known.goals, replayed) },
      version: versionBefore + events.length,
      refused: Number(row.refused) + replayed.refused.length,
      lastOwnAt: latest(events, Number(row.last_own_at)),
      lastAttendanceAt: Number(row.last_attendance_at),
    },
    row,
  );
}

/**
 * Whether items can be folded onto a state as the replay would: each no earlier than the
 * previous own event, and after any attendance (at equal times the replay puts her own
 * events first).
 */
function isAfter(items: readonly { at: string }[], lastOwnAt: number, lastAttendanceAt: number) {
  let own = lastOwnAt;
  for (const item of items) {
    const time = timeOf(item.at);
    if (Number.isNaN(time) || time < own || time <= lastAttendanceAt) return false;
    own = time;
  }
  return true;
}

async function projectGroupEvents(
  tx: Queryable,
  dialect: Database["dialect"],
  stream: StreamRef,
  versionBefore: number,
) {
  const stored = await readStream<GroupEvent>(tx, "group", stream.id);
  const all = stored.map((s) => s.event);
  const before = groupSessionAttendance(
    stored.filter((s) => s.version <= versionBefore).map((s) => s.event),
  );
  const after = groupSessionAttendance(all);
  // A session's corrected time is a change too: her replay orders it among her events.
  const same = (a: { sessionId: string; at: string }, b: { sessionId: string; at: string }) =>
    a.sessionId === b.sessionId && a.at === b.at;
  for (const [trajectoryId, attendance] of after) {
    const old = before.get(trajectoryId) ?? [];
    const unchanged =
      old.length === attendance.length && old.every((a, i) => same(a, attendance[i]!));
    if (unchanged) continue;
    const member = { id: trajectoryId, groupId: stream.groupId, projectId: stream.projectId };
    const row = await lockRow(tx, dialect, trajectoryId);
    // Only her own group's sessions count (the session form checks membership).
    if (row === undefined || row.group_id !== stream.id) continue;
    const added = attendance.slice(old.length);
    const appended = old.every((a, i) => attendance[i] !== undefined && same(a, attendance[i]!));
    const sorted = added.every((a, i) => i === 0 || timeOf(a.at) > timeOf(added[i - 1]!.at));
    if (
      row.kit_version === PROJECTION_VERSION &&
      appended &&
      sorted &&
      added.every((a) => timeOf(a.at) >= Number(row.last_own_at)) &&
      timeOf(added[0]!.at) > Number(row.last_attendance_at)
    ) {
      const replayed = replay([], { from: restore(row.state), groupSessions: added });
      await write(
        tx,
        member,
        {
          state: replayed.state,
          words: parseWords(row.words),
          version: Number(row.stream_version),
          refused: Number(row.refused) + replayed.refused.length,
          lastOwnAt: Number(row.last_own_at),
          lastAttendanceAt: latest(added, Number(row.last_attendance_at)),
        },
        row,
      );
    } else await rebuildProjection(tx, dialect, member, { attendance });
  }
  // Mothers whose attendance was taken away (a session voided) have no entry in `after`.
  for (const trajectoryId of before.keys()) {
    if (after.has(trajectoryId)) continue;
    const row = await lockRow(tx, dialect, trajectoryId);
    if (row === undefined || row.group_id !== stream.id) continue;
    await rebuildProjection(
      tx,
      dialect,
      { id: trajectoryId, groupId: stream.groupId, projectId: stream.projectId },
      { attendance: [] },
    );
  }
}

/** One trajectory's row, if any. */
export async function readProjection(
  db: Queryable,
  trajectoryId: string,
): Promise<ProjectedRow | undefined> {
  const row = await db.get<Row>(`SELECT ${COLUMNS} FROM projections WHERE trajectory_id = ?`, [
    trajectoryId,
  ]);
  return row === undefined ? undefined : toProjected(row);
}

/** A whole row with the time her stream was created (the lists' order). */
export interface ListedRow extends ProjectedRow {
  readonly createdAt: string;
}

/** Whole rows (snapshot and words too) by trajectory id, with their streams' creation time. */
export async function readListedRows(
  db: Queryable,
  trajectoryIds: readonly string[],
): Promise<ListedRow[]> {
  const out: ListedRow[] = [];
  const columns = COLUMNS.split(", ")
    .map((c) => `p.${c}`)
    .join(", ");
  // In slices: SQLite and PostgreSQL limit the number of parameters of one statement.
  for (let i = 0; i < trajectoryIds.length; i += 500) {
    const slice = trajectoryIds.slice(i, i + 500);
    const rows = await db.all<Row & { created_at: string }>(
      `SELECT ${columns}, s.created_at FROM projections p JOIN streams s ON s.stream_id = 'trajectory:' || p.trajectory_id
        WHERE p.trajectory_id IN (${slice.map(() => "?").join(", ")})`,
      slice,
    );
    for (const row of rows) out.push({ ...toProjected(row), createdAt: row.created_at });
  }
  return out;
}

/**
 * Rebuilds every row that is missing or was made by another kit version, one
 * transaction per trajectory (a long rebuild never blocks writers for long). Returns how
 * many rows it rebuilt. Run at start; a row met stale before it is done is rebuilt when read.
 */
export async function rebuildStaleProjections(db: Database): Promise<number> {
  const stale = await db.all<{ stream_id: string; group_id: string; project_id: string }>(
    `SELECT s.stream_id, s.group_id, s.project_id FROM streams s
      LEFT JOIN projections p ON p.trajectory_id = substr(s.stream_id, 12)
      WHERE s.kind = 'trajectory' AND (p.trajectory_id IS NULL OR p.kit_version <> ?)`,
    [PROJECTION_VERSION],
  );
  for (const row of stale) {
    const stream = {
      id: row.stream_id.slice("trajectory:".length),
      groupId: row.group_id,
      projectId: row.project_id,
    };
    await db.transaction((tx) => rebuildProjection(tx, db.dialect, stream));
  }
  return stale.length;
}
