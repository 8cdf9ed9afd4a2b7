import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync } from "node:fs";
import type { GroupReportInput } from "@miriam/evaluation";
import {
  checkedEventAgain,
  createLineChecker,
  type GroupEvent,
  IdSet,
  type LogEntry,
  type ParticipantProfile,
  type Problem,
  splitJsonLineBatches,
  type TrajectoryEvent,
} from "@miriam/schemas";
import {
  effectiveGroupEvents,
  type GroupSessionAttendance,
  groupSessionAttendance,
  isGroupCorrection,
} from "@miriam/trajectory";
import { Column, Offsets, Steps } from "./_columns";

// How the conformance runner, `miriam replay` and `miriam report` read logs larger than
// memory (docs/decisions.md, "The CLI reads logs in two passes"). The first pass validates
// every line and keeps only where each valid event is: its byte offset, 4 bytes, and 4 to
// link her events into one list per trajectory, in typed arrays.
// Event ids are checked across every file in an exact set of 32-bit hashes that reads an
// id back from its line when a hash is met again, so no id string is kept. Group sessions
// are indexed under each mother listed as present. The second pass reads one trajectory
// at a time (her lines and the sessions she attended) through a window on the file, so
// memory holds the largest trajectory, never the file. Lines were validated in the first
// pass, so the second pass parses them and only trims the texts the event schema trims
// (`checkedEventAgain`: event schemas have no defaults, and no other transform). A group's
// corrections (`group-event.corrected`, `group-event.voided`) are few: each session keeps
// the rows of those pointing at it, and a mother named in a corrected attendance list is
// indexed under the session too, so the second pass reads each session as corrected.

/** A file for {@link indexEventLogs}: an event log or `profiles.jsonl`. */
export interface LogFile {
  /** How problems and entries name the file (its name in the export, or as given). */
  readonly label: string;
  /** Its path on disk. */
  readonly path: string;
  /** Events (a trajectories' or group log) or participant profiles. */
  readonly kind: "event" | "participant-profile";
}

/** A valid event with the file it came from. */
export interface FileEntry<E> extends LogEntry<E> {
  /** The file's label. */
  readonly file: string;
}

/** A group event read again, with its place among the group events (log order). */
export interface IndexedGroupEvent extends FileEntry<GroupEvent> {
  /** Its place among the indexed group events: log order across the files. */
  readonly row: number;
}

/** A trajectory as the second pass reads it: her events and the sessions she attended. */
export interface IndexedTrajectory {
  /** Her id. */
  readonly trajectoryId: string;
  /** Her own events, in log order (files in the order given, then lines). */
  readonly entries: FileEntry<TrajectoryEvent>[];
  /** The sessions she was present at as corrected, in log order, each once. */
  readonly sessions: IndexedGroupEvent[];
  /** Her attendance at those sessions, as `groupSessionAttendance` derives it. */
  readonly attendance: GroupSessionAttendance[];
}

/** Options of {@link indexEventLogs}. */
export interface IndexEventLogsOptions {
  /** The project's life domains, checked in every event that names one. */
  readonly domains?: readonly string[];
  /**
   * Called with each event that matches its schema, before it is indexed; an event it
   * returns `false` for is left out (a duplicate id, an event in the wrong file).
   */
  readonly accept?: (
    event: TrajectoryEvent | GroupEvent,
    file: LogFile,
    line: number,
    fileIndex: number,
  ) => boolean;
  /**
   * When given, event ids are checked across every file (exactly: a repeat is confirmed by
   * reading the first line again), and an event whose id was used on an earlier line is
   * left out, and given here instead of to `accept`, with where the id was first used.
   */
  readonly onDuplicateId?: (
    event: TrajectoryEvent | GroupEvent,
    file: LogFile,
    line: number,
    first: { readonly file: LogFile; readonly line: number },
  ) => void;
  /** Called with the problems of each invalid line. */
  readonly onProblem?: (file: LogFile, problem: Problem) => void;
  /** Called now and then with the lines read so far of a file. */
  readonly onProgress?: (label: string, lines: number) => void;
  /** The error to throw when a file changes between the passes. */
  readonly changed: (label: string) => Error;
}

/** Options of {@link EventLogIndex.groupEvents}. */
export interface GroupEventsOptions {
  /**
   * Each session that no correction points at comes with only what the programme's
   * replay and the funder report read of it: its ids, type, time, author, `date`,
   * `withChildren` and `attendees` (not its minutes, kind, topic or partner). Those who
   * hold every group's sessions at once (`createProgrammeReplay`, the funder report's
   * builder) hold half as much. A corrected session comes whole, as a correction is
   * checked against the whole session.
   */
  readonly lean?: boolean;
}

/** What the first pass of {@link indexEventLogs} found, and the second pass. */
export interface EventLogIndex {
  /** Each file with its number of non-blank lines and of lines, in the order read. */
  readonly files: { readonly label: string; readonly records: number; readonly lines: number }[];
  /** The valid profiles of `profiles.jsonl` files. */
  readonly profiles: ParticipantProfile[];
  /** Trajectories with events of their own, then those only listed at sessions. */
  readonly trajectoryCount: number;
  /** Valid trajectory and group events that were accepted. */
  readonly eventCount: number;
  /** The group ids of the group events, in order of first appearance. */
  readonly groupIds: readonly string[];
  /**
   * Every trajectory, one at a time: first those with events of their own, in order of
   * their first event, then those only listed at sessions, in order of first listing (the
   * order of `replayProgramme`). With `group`, only those referred to that group and
   * those whose referral names no group (or is missing), in the same order: a group's
   * report reads its own mothers, never the whole log. With `until` (a date), the
   * corrections of group sessions made after that day are left out, as the log stood then.
   */
  trajectories(group?: string, until?: string): AsyncGenerator<IndexedTrajectory>;
  /**
   * For each group that trajectories are referred to, the first such referral, read
   * again: what a group's report needs of the other groups (how many groups a project
   * has), without their trajectories.
   */
  firstReferrals(): Map<string, TrajectoryEvent>;
  /**
   * What a group's report needs of the other groups, read again: their first referrals
   * (see {@link EventLogIndex.firstReferrals}), but of each project only one more group
   * than `maxGroupsPerProject` allows. The groups-per-project signal says only whether a
   * project has too many groups, which that many tell as well as all of them, and each
   * referral given is a trajectory the report replays. A referral of a trajectory that
   * belongs to `groupId` (referred there first) is always given, as in the whole log.
   */
  otherGroupsReferrals(groupId: string, maxGroupsPerProject: number): TrajectoryEvent[];
  /**
   * What `groupReport` of `@miriam/evaluation` needs for one group, read again: the
   * group's log, its own trajectories, and the other groups' referrals that tell the
   * project's number of groups ({@link EventLogIndex.otherGroupsReferrals}), one group
   * at a time, never the whole log.
   */
  groupReportInput(groupId: string, maxGroupsPerProject: number): Promise<GroupReportInput>;
  /**
   * Every accepted group event, in log order, read again from the files; with `groupId`,
   * only that group's (one group's log at a time, never every group's in memory). With
   * `lean`, see {@link GroupEventsOptions.lean}.
   */
  groupEvents(groupId?: string, options?: GroupEventsOptions): Generator<IndexedGroupEvent>;
  /**
   * The group logs without attendance (each session's `attendees` emptied), for
   * `createProgrammeReplay`: each trajectory brings her attendance with her events, so
   * the programme holds the groups' sessions, never every mother's presence. Sessions are
   * lean ({@link GroupEventsOptions.lean}). Only the entries `keep` passes, when given.
   */
  groupLogsWithoutAttendance(keep?: (entry: IndexedGroupEvent) => boolean): LogEntry<GroupEvent>[];
  /**
   * Closes the files and lets go of the index: after it, only the counts (`files`,
   * `profiles`, `trajectoryCount`, `eventCount`, `groupIds`) can be read. Closing twice
   * does nothing more.
   */
  close(): void;
}

const WINDOW = 1 << 20;
// The first pass reads in pieces below glibc's first threshold for giving a freed block
// back to the system (128 KiB). Freeing a larger block raises that threshold to its size,
// after which the id set's and the columns' blocks, let go at the end of the pass, stayed
// with the process: 1 MiB pieces left about 45 MB more resident in the second pass of a
// 1 GB export (322 MB against 278).
const READ_CHUNK = 1 << 16;
const WINDOWS = 4;
// Reading an id back (a hash met again) reads a small window: such lines are anywhere.
const LOOKUP_WINDOW = 1 << 14;
const RECENT_SESSIONS = 256;
const YIELD_EVERY = 256;
const NEWLINE = 0x0a;
// One empty list for every session of the group logs without attendance; never changed.
const NO_ATTENDEES: readonly string[] = Object.freeze([]);

interface ReadSession {
  /** The session as corrected; `undefined` when it was voided. */
  readonly entry: IndexedGroupEvent | undefined;
  readonly attendance: ReadonlyMap<string, GroupSessionAttendance[]>;
}

/** Linked lists of numbers (a session's row in a mother's list of sessions). */
class Links {
  private readonly values = new Column((n) => new Int32Array(n));
  private readonly nexts = new Column((n) => new Int32Array(n));

  add(value: number): number {
    this.nexts.push(-1);
    return this.values.push(value);
  }

  value(row: number): number {
    return this.values.get(row);
  }

  next(row: number): number {
    return this.nexts.get(row);
  }

  setNext(row: number, next: number): void {
    this.nexts.set(row, next);
  }
}

/** Per trajectory: the head and tail of her list of lines and of sessions. */
class Lists {
  size = 0;
  private capacity = 256;
  head = new Int32Array(this.capacity).fill(-1);
  tail = new Int32Array(this.capacity).fill(-1);
  sessionHead = new Int32Array(this.capacity).fill(-1);
  sessionTail = new Int32Array(this.capacity).fill(-1);

  add(): number {
    if (this.size === this.capacity) {
      this.capacity *= 2;
      for (const key of ["head", "tail", "sessionHead", "sessionTail"] as const) {
        const wider = new Int32Array(this.capacity).fill(-1);
        wider.set(this[key]);
        this[key] = wider;
      }
    }
    return this.size++;
  }
}

interface IndexedFile {
  readonly label: string;
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface Window {
  file: number;
  start: number;
  length: number;
  readonly bytes: Buffer;
}

/** Reads lines of files through a few windows, so nearby lines cost one read. */
class LineReader {
  private readonly fds = new Map<number, number>();
  private readonly windows: Window[] = [];
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });

  constructor(
    private readonly files: readonly IndexedFile[],
    private readonly changedError: (label: string) => Error,
    private readonly windowSize = WINDOW,
    private readonly windowCount = WINDOWS,
  ) {}

  /** The line that starts at `offset`, without its `\n`. */
  line(file: number, offset: number): string {
    const size = this.files[file]!.size;
    if (offset >= size) this.changed(file);
    let w = this.windows.find(
      (w) => w.file === file && offset >= w.start && offset < w.start + w.length,
    );
    let end = w === undefined ? -1 : this.newline(w, offset);
    if (w === undefined || (end === -1 && w.start + w.length < size && offset > w.start)) {
      w = this.load(file, offset);
      end = this.newline(w, offset);
    }
    if (end !== -1) return this.decoder.decode(w.bytes.subarray(offset - w.start, end - w.start));
    if (w.start + w.length === size)
      return this.decoder.decode(w.bytes.subarray(offset - w.start, w.length));
    return this.longLine(file, offset);
  }

  private newline(w: Window, offset: number): number {
    const at = w.bytes.subarray(0, w.length).indexOf(NEWLINE, offset - w.start);
    return at === -1 ? -1 : w.start + at;
  }

  private load(file: number, offset: number): Window {
    const fd = this.fd(file);
    const w =
      this.windows.length < this.windowCount
        ? { file, start: offset, length: 0, bytes: Buffer.allocUnsafe(this.windowSize) }
        : this.windows.shift()!;
    w.file = file;
    w.start = offset;
    w.length = this.fill(
      fd,
      w.bytes,
      Math.min(this.windowSize, this.files[file]!.size - offset),
      offset,
    );
    this.windows.push(w);
    return w;
  }

  // A line longer than a window: read on until its end, in pieces joined once.
  private longLine(file: number, offset: number): string {
    const fd = this.fd(file);
    const size = this.files[file]!.size;
    const pieces: Buffer[] = [];
    let at = offset;
    while (at < size) {
      const piece = Buffer.allocUnsafe(Math.min(WINDOW, size - at));
      this.fill(fd, piece, piece.length, at, file);
      const end = piece.indexOf(NEWLINE);
      pieces.push(end === -1 ? piece : piece.subarray(0, end));
      if (end !== -1) break;
      at += piece.length;
    }
    return this.decoder.decode(Buffer.concat(pieces));
  }

  private fill(fd: number, bytes: Buffer, length: number, offset: number, file?: number): number {
    let read = 0;
    while (read < length) {
      const n = readSync(fd, bytes, read, length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    if (file !== undefined && read < length) this.changed(file);
    return read;
  }

  private fd(file: number): number {
    let fd = this.fds.get(file);
    if (fd === undefined) {
      const { path, size, mtimeMs } = this.files[file]!;
      fd = openSync(path, "r");
      this.fds.set(file, fd);
      const now = fstatSync(fd);
      if (now.size !== size || now.mtimeMs !== mtimeMs) this.changed(file);
    }
    return fd;
  }

  private changed(file: number): never {
    throw this.changedError(this.files[file]!.label);
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
    this.windows.length = 0;
  }
}

/**
 * Indexes event logs (and reads profiles) in two passes, so that a log of any size is read
 * one trajectory at a time: the first pass, here, validates every line against its
 * schema and keeps only where each valid event is; the second pass is
 * {@link EventLogIndex.trajectories}. Memory holds the index (about 8 bytes per event,
 * and 11 to 21 per event id when ids are checked) and the largest trajectory, never a
 * file. Used by the conformance runner and by `miriam replay` and `miriam report`.
 *
 * @example
 * ```ts
 * const index = await indexEventLogs(
 *   [{ label: "trajectories.jsonl", path: "export/trajectories.jsonl", kind: "event" }],
 *   { changed: (label) => new Error(`${label} changed while it was read.`) },
 * );
 * try {
 *   for await (const { trajectoryId, entries } of index.trajectories()) console.log(trajectoryId, entries.length);
 * } finally {
 *   index.close();
 * }
 * ```
 */
export async function indexEventLogs(
  logs: readonly LogFile[],
  options: IndexEventLogsOptions,
): Promise<EventLogIndex> {
  const { domains, accept, onDuplicateId, onProblem, onProgress } = options;
  const files: IndexedFile[] = [];
  const counted: { label: string; records: number; lines: number }[] = [];
  const profiles: ParticipantProfile[] = [];
  // Every valid event line, numbered in reading order (its place): where it starts and
  // the next line of the same trajectory, 8 bytes. Its file is found from the first place
  // of each file; the offset's bits above 32 (files over 4 GiB) and the line number (the
  // place plus a number that changes only after a blank or invalid line, or in the next
  // file) are kept where they change.
  // `let`: closing the index lets go of its columns (see `close`).
  let offsets = new Offsets();
  let nexts = new Column((n) => new Int32Array(n));
  const lineShifts = new Steps();
  const lineNumbers = {
    push: (place: number, line: number) => lineShifts.push(place, line - place),
    get: (place: number) => place + lineShifts.get(place),
  };
  const firstPlaces: number[] = [];
  const fileOf = (place: number): number => {
    let low = 0;
    let high = firstPlaces.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (firstPlaces[middle]! <= place) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  // Group events by row (their order among the group events): their places.
  let groupPlaces = new Column((n) => new Int32Array(n));
  let attended = new Links();
  let lists = new Lists();
  const ordinalOf = new Map<string, number>();
  const idOf: string[] = [];
  const ownOrder: number[] = [];
  const listedOrder: number[] = [];
  const hasOwn: boolean[] = [];
  // The group each trajectory was referred to (her first referral), by ordinal.
  const referredTo: (string | undefined)[] = [];
  const firstReferral = new Map<
    string,
    { readonly place: number; readonly projectId: string; readonly trajectory: number }
  >();
  // Each group's rows, so one group's events are read without the others'.
  const rowsOf = new Map<string, number[]>();
  // Group events are a small part of a log: their rows by id, and the corrections of each.
  const groupRowOf = new Map<string, number>();
  const amendmentsOf = new Map<string, number[]>();
  const relisted: { readonly target: string; readonly attendees: readonly unknown[] }[] = [];
  let eventCount = 0;
  // Strings held many times over (a group's id for each of its mothers and sessions, a
  // worker's id) are shared, one of each.
  const shared = new Map<string, string>();
  const share = (text: string) => {
    const known = shared.get(text);
    if (known !== undefined) return known;
    shared.set(text, text);
    return text;
  };

  // Ids read back from their lines through small windows of their own.
  const lookup = new LineReader(files, options.changed, LOOKUP_WINDOW, 2);
  const ids =
    onDuplicateId === undefined
      ? undefined
      : new IdSet((place) => {
          const { id } = JSON.parse(lookup.line(fileOf(place), offsets.get(place))) as {
            id?: unknown;
          };
          return typeof id === "string" ? id : undefined;
        });

  const ordinal = (trajectoryId: string): number => {
    let t = ordinalOf.get(trajectoryId);
    if (t === undefined) {
      t = lists.add();
      ordinalOf.set(trajectoryId, t);
      idOf.push(trajectoryId);
      hasOwn.push(false);
    }
    return t;
  };
  // Her list of sessions: a session is listed once, and the second pass reads them in row order.
  const listAt = (trajectoryId: string, session: number) => {
    const known = ordinalOf.has(trajectoryId);
    const t = ordinal(trajectoryId);
    if (!known) listedOrder.push(t);
    const tail = lists.sessionTail[t]!;
    if (tail !== -1 && attended.value(tail) === session) return; // listed twice
    const row = attended.add(session);
    if (tail === -1) lists.sessionHead[t] = row;
    else attended.setNext(tail, row);
    lists.sessionTail[t] = row;
  };
  try {
    for (const input of logs) {
      const { path } = input;
      const stat = statSync(path);
      const fileIndex = files.length;
      files.push({ label: input.label, path, size: stat.size, mtimeMs: stat.mtimeMs });
      firstPlaces.push(offsets.size);
      const profilesFile = input.kind === "participant-profile";
      const check = createLineChecker({
        kind: profilesFile ? "participant-profile" : "event",
        // Event ids are checked across every file (`onDuplicateId`) or by the caller.
        uniqueIds: profilesFile,
        ...(domains === undefined ? {} : { domains }),
      });
      let records = 0;
      let lines = 0;
      // A piece's lines at a time: one turn of the async loop per 64 KiB, not per line.
      for await (const batch of splitJsonLineBatches(
        createReadStream(path, { highWaterMark: READ_CHUNK }),
      ))
        for (const raw of batch) {
          lines = raw.line;
          if (onProgress !== undefined && lines % 10_000 === 0) onProgress(input.label, lines);
          const line = check(raw.text, raw.line);
          if (line === undefined) continue;
          records++;
          if (!line.ok) {
            for (const problem of line.problems) onProblem?.(input, problem);
            continue;
          }
          if (profilesFile) {
            profiles.push(line.value as ParticipantProfile);
            continue;
          }
          const event = line.value as TrajectoryEvent | GroupEvent;
          const place = offsets.push(raw.offset);
          lineNumbers.push(place, raw.line);
          nexts.push(-1);
          if (ids !== undefined) {
            const first = ids.firstPlace(event.id, place);
            if (first !== undefined) {
              onDuplicateId!(event, input, raw.line, {
                file: logs[fileOf(first)]!,
                line: lineNumbers.get(first),
              });
              continue;
            }
          }
          if (accept !== undefined && !accept(event, input, raw.line, fileIndex)) continue;
          eventCount++;
          if ("trajectoryId" in event) {
            const t = ordinal(event.trajectoryId);
            if (!hasOwn[t]) {
              hasOwn[t] = true;
              ownOrder.push(t);
            }
            if (event.type === "trajectory.referred") {
              referredTo[t] ??= share(event.data.groupId);
              if (!firstReferral.has(event.data.groupId))
                firstReferral.set(event.data.groupId, {
                  place,
                  projectId: event.data.projectId,
                  trajectory: t,
                });
            }
            const tail = lists.tail[t]!;
            if (tail === -1) lists.head[t] = place;
            else nexts.set(tail, place);
            lists.tail[t] = place;
            continue;
          }
          const session = groupPlaces.push(place);
          const groupRows = rowsOf.get(event.groupId);
          if (groupRows === undefined) rowsOf.set(event.groupId, [session]);
          else groupRows.push(session);
          groupRowOf.set(event.id, session);
          if (isGroupCorrection(event)) {
            const target = event.data.eventId;
            const rows = amendmentsOf.get(target);
            if (rows === undefined) amendmentsOf.set(target, [session]);
            else rows.push(session);
            const listed =
              event.type === "group-event.corrected"
                ? event.data.corrected.data?.attendees
                : undefined;
            if (Array.isArray(listed)) relisted.push({ target, attendees: listed });
            continue;
          }
          if (event.type !== "group-session.held") continue;
          for (const trajectoryId of event.data.attendees) listAt(trajectoryId, session);
        }
      onProgress?.(input.label, lines);
      counted.push({ label: input.label, records, lines });
    }
  } finally {
    lookup.close();
  }
  // A mother named only by a correction of a session's attendance is listed there too;
  // whether she was present is the corrected session's to say, in the second pass.
  for (const { target, attendees } of relisted) {
    const session = groupRowOf.get(target);
    if (session === undefined) continue;
    for (const trajectoryId of attendees)
      if (typeof trajectoryId === "string") listAt(trajectoryId, session);
  }
  // Needed only for that: a row per group event, by its id, let go before the second pass.
  groupRowOf.clear();
  relisted.length = 0;

  const reader = new LineReader(files, options.changed);
  const textAt = (place: number) => reader.line(fileOf(place), offsets.get(place));
  // An event of the first pass, read again as its checker gave it.
  const eventAt = <E extends TrajectoryEvent | GroupEvent>(place: number) =>
    checkedEventAgain(JSON.parse(textAt(place)) as E);
  // A group's mothers come one after another, so each of its sessions is read once for
  // all of them from a small cache, not once per mother.
  const recent = new Map<number, ReadSession>();
  let recentUntil: string | undefined;
  const readGroupEvent = (row: number, lean = false): IndexedGroupEvent => {
    const place = groupPlaces.get(row);
    const event = eventAt<GroupEvent>(place);
    return {
      line: lineNumbers.get(place),
      event: lean ? leanSession(event) : event,
      file: files[fileOf(place)]!.label,
      row,
    };
  };
  // The programme reads of a session its date, whether children came and who was there.
  const leanSession = (event: GroupEvent, attendees?: readonly string[]): GroupEvent => {
    if (event.type !== "group-session.held" || amendmentsOf.has(event.id)) return event;
    const { date, withChildren } = event.data;
    return {
      id: event.id,
      groupId: share(event.groupId),
      // The literal, one string for every session (a parsed line's type is a copy each).
      type: "group-session.held",
      at: event.at,
      by: share(event.by),
      data: { date, withChildren, attendees: attendees ?? event.data.attendees },
    } as GroupEvent;
  };
  const readSession = (row: number, until: string | undefined): ReadSession => {
    if (until !== recentUntil) {
      recent.clear();
      recentUntil = until;
    }
    const cached = recent.get(row);
    if (cached !== undefined) return cached;
    const original = readGroupEvent(row);
    const amendments = (amendmentsOf.get(original.event.id) ?? [])
      .map((row) => readGroupEvent(row))
      .filter((entry) => until === undefined || entry.event.at.slice(0, 10) <= until);
    const entries =
      amendments.length === 0 ? [original] : effectiveGroupEvents([original, ...amendments]).events;
    const entry = entries.find((e) => e.event.id === original.event.id) as
      | IndexedGroupEvent
      | undefined;
    const read = { entry, attendance: groupSessionAttendance(entries) };
    if (recent.size === RECENT_SESSIONS) recent.delete(recent.keys().next().value!);
    recent.set(row, read);
    return read;
  };
  const index: EventLogIndex = {
    files: counted,
    profiles,
    trajectoryCount: idOf.length,
    eventCount,
    groupIds: [...rowsOf.keys()],
    async *trajectories(group?: string, until?: string) {
      const order = [...ownOrder, ...listedOrder.filter((t) => !hasOwn[t])].filter(
        (t) => group === undefined || referredTo[t] === undefined || referredTo[t] === group,
      );
      for (const [place, t] of order.entries()) {
        // Now and then a turn of the event loop, so progress and signals get through.
        if (place % YIELD_EVERY === YIELD_EVERY - 1)
          await new Promise((done) => setImmediate(done));
        const entries: FileEntry<TrajectoryEvent>[] = [];
        for (let at = lists.head[t]!; at !== -1; at = nexts.get(at))
          entries.push({
            line: lineNumbers.get(at),
            event: eventAt<TrajectoryEvent>(at),
            file: files[fileOf(at)]!.label,
          });
        const sessions: IndexedGroupEvent[] = [];
        const attendance: GroupSessionAttendance[] = [];
        const rows: number[] = [];
        for (let row = lists.sessionHead[t]!; row !== -1; row = attended.next(row))
          rows.push(attended.value(row));
        // Rows listed by a correction come after the others: back in log order, once each.
        if (amendmentsOf.size > 0) rows.sort((a, b) => a - b);
        for (const [place, row] of rows.entries()) {
          if (place > 0 && rows[place - 1] === row) continue;
          const session = readSession(row, until);
          const present = session.attendance.get(idOf[t]!);
          if (session.entry === undefined || present === undefined) continue;
          sessions.push(session.entry);
          attendance.push(...present);
        }
        yield { trajectoryId: idOf[t]!, entries, sessions, attendance };
      }
    },
    firstReferrals() {
      const referrals = new Map<string, TrajectoryEvent>();
      for (const [groupId, { place }] of firstReferral)
        referrals.set(groupId, eventAt<TrajectoryEvent>(place));
      return referrals;
    },
    otherGroupsReferrals(groupId, maxGroupsPerProject) {
      const referrals: TrajectoryEvent[] = [];
      const groupsOf = new Map<string, number>();
      for (const [other, { place, projectId, trajectory }] of firstReferral) {
        if (other === groupId) continue;
        const counted = groupsOf.get(projectId) ?? 0;
        if (counted > maxGroupsPerProject && referredTo[trajectory] !== groupId) continue;
        groupsOf.set(projectId, counted + 1);
        referrals.push(eventAt<TrajectoryEvent>(place));
      }
      return referrals;
    },
    async groupReportInput(groupId, maxGroupsPerProject) {
      const trajectories: TrajectoryEvent[][] = index
        .otherGroupsReferrals(groupId, maxGroupsPerProject)
        .map((referral) => [referral]);
      for await (const trajectory of index.trajectories(groupId))
        if (trajectory.entries.length > 0)
          trajectories.push(trajectory.entries.map((entry) => entry.event));
      const groupEvents = [...index.groupEvents(groupId)].map((entry) => entry.event);
      return { groupEvents, trajectories };
    },
    *groupEvents(groupId, options) {
      const lean = options?.lean === true;
      if (groupId !== undefined) {
        for (const row of rowsOf.get(groupId) ?? []) yield readGroupEvent(row, lean);
        return;
      }
      for (let row = 0; row < groupPlaces.size; row++) yield readGroupEvent(row, lean);
    },
    groupLogsWithoutAttendance(keep) {
      const logs: LogEntry<GroupEvent>[] = [];
      for (let row = 0; row < groupPlaces.size; row++) {
        const entry = readGroupEvent(row);
        if (keep !== undefined && !keep(entry)) continue;
        const { line, event } = entry;
        logs.push({
          line,
          event:
            event.type !== "group-session.held"
              ? event
              : amendmentsOf.has(event.id)
                ? { ...event, data: { ...event.data, attendees: [] } }
                : leanSession(event, NO_ATTENDEES),
        });
      }
      return logs;
    },
    close() {
      reader.close();
      // Let go of the index (tens of megabytes on a large log), so a caller that has read
      // it can build what it prints in that memory while it keeps the counts and problems.
      offsets = new Offsets();
      nexts = new Column((n) => new Int32Array(n));
      groupPlaces = new Column((n) => new Int32Array(n));
      attended = new Links();
      lists = new Lists();
      for (const list of [idOf, ownOrder, listedOrder, hasOwn, referredTo]) list.length = 0;
      for (const map of [
        ordinalOf,
        firstReferral,
        rowsOf,
        groupRowOf,
        amendmentsOf,
        recent,
        shared,
      ])
        map.clear();
    },
  };
  return index;
}
