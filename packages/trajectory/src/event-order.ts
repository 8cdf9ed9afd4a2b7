import { type LogEntry, makeProblem, type Problem } from "@miriam/schemas";

// The one canonical order of events (docs/decisions.md, "The order of events"): by the
// instant of `at`, and on equal instants by position in the log. Replay, reports,
// documents and the app all read events through this module, so two views of one mother
// can never put her events in different orders.

/** Anything with the time of an event: an event, a session, a timeline row. */
export interface Timed {
  /** ISO 8601 timestamp with offset. */
  readonly at: string;
}

/**
 * Compares two events by the instant their `at` names (offsets taken into account):
 * negative when `a` is earlier. Pure. Equal instants compare as 0: a stable sort then
 * keeps their log order, which is the rest of the canonical order.
 */
export function compareEventTimes(a: Timed, b: Timed): number {
  return Date.parse(a.at) - Date.parse(b.at);
}

/**
 * Events in the canonical order: by time, and on equal times by their position in
 * `events` (the log's order, the recorder's order). A backdated entry (recorded later,
 * with an earlier time) takes its place in time. Returns `events` itself when it is
 * already in order, which is the common case and costs no copy. Pure.
 *
 * Takes events, log entries (`{ line, event }`) or anything else with a time: pass `atOf`
 * to say where the time is.
 *
 * @example
 * ```ts
 * const ordered = inEventOrder(events);
 * const entries = inEventOrder(parseEventLog(text).entries, (entry) => entry.event.at);
 * ```
 */
export function inEventOrder<T>(
  events: readonly T[],
  atOf: (event: T) => string = (event) => (event as Timed).at,
): readonly T[] {
  const order = eventOrderOf(events, atOf);
  return order === undefined ? events : order.map((index) => events[index]!);
}

/**
 * @internal The positions of `events` in the canonical order, or `undefined` when they
 * are in it already (no array is made). Pure.
 */
export function eventOrderOf<T>(
  events: readonly T[],
  atOf: (event: T) => string,
): number[] | undefined {
  if (isInOrder(events, atOf)) return undefined;
  const times = events.map((event) => Date.parse(atOf(event)));
  return events.map((_, index) => index).sort((x, y) => times[x]! - times[y]! || x - y);
}

function isInOrder<T>(events: readonly T[], atOf: (event: T) => string): boolean {
  // Timestamps with the same offset and length compare as strings; only a change of
  // offset (daylight saving time) needs parsing.
  for (let i = 1; i < events.length; i++) {
    const a = atOf(events[i - 1]!);
    const b = atOf(events[i]!);
    const ordered = comparableAsText(a, b) ? a <= b : Date.parse(a) <= Date.parse(b);
    if (!ordered) return false;
  }
  return true;
}

/**
 * @internal Whether timestamp `a` names an earlier instant than `b`, compared as
 * `isInOrder` does: as strings when offset and length are the same, else parsed (replay
 * asks this of every event against the referral). Pure.
 */
export function isEarlier(a: string, b: string): boolean {
  return comparableAsText(a, b) ? a < b : Date.parse(a) < Date.parse(b);
}

/**
 * Whether two timestamps have the same length and the same offset (`Z`, or the last six
 * characters, `+02:00`), so that they compare as strings. Read in place: this runs for
 * every event of every replay, and slicing the offsets out made two strings each time.
 */
function comparableAsText(a: string, b: string): boolean {
  const length = a.length;
  if (length !== b.length) return false;
  const zulu = a.charCodeAt(length - 1) === 90; // "Z"
  if (zulu || b.charCodeAt(length - 1) === 90) return zulu && b.charCodeAt(length - 1) === 90;
  for (let i = Math.max(0, length - 6); i < length; i++)
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** @internal The time of a bare event or of a log entry. */
export const atOfItem = <E extends Timed>(item: E | LogEntry<E>): string =>
  "event" in item ? item.event.at : item.at;

/** An event as {@link EventOrderCheck} reads it: its time and whose log it is in. */
export interface OrderedEvent extends Timed {
  /** The trajectory of a trajectory event. */
  readonly trajectoryId?: string;
  /** The group of a group event. */
  readonly groupId?: string;
}

/**
 * A check that events come in time order within each trajectory (and each group) of each
 * log file: call
 * it with each valid event, its line and file, in reading order. Returns an
 * `out-of-order` problem naming both lines when the event's time is earlier than that of
 * an event before it in the same trajectory, else `undefined`. Memory grows with the
 * number of trajectories and groups, never with the events.
 */
export type EventOrderCheck = (
  event: OrderedEvent,
  line: number,
  file?: string,
) => Problem | undefined;

/**
 * Makes an {@link EventOrderCheck}. Replay accepts a backdated event and puts it in its
 * place in time ({@link inEventOrder}); this check makes it visible, because an export
 * must be written in the canonical order (so a reader can stream it without sorting) and
 * because a backdated entry is worth a second look.
 *
 * @example
 * ```ts
 * const checkOrder = createEventOrderCheck();
 * for (const { line, event } of entries) {
 *   const problem = checkOrder(event, line, "trajectories.jsonl");
 *   if (problem) console.error(problem.message);
 * }
 * ```
 */
export function createEventOrderCheck(): EventOrderCheck {
  const latest = new Map<
    string,
    { readonly time: number; readonly at: string; readonly line: number }
  >();
  return (event, line, file) => {
    // Order is a property of each log: the same trajectory or group in two files (itself a
    // problem of the export's layout) is checked file by file.
    const key = `${file ?? ""}\n${event.trajectoryId !== undefined ? `t:${event.trajectoryId}` : `g:${event.groupId ?? ""}`}`;
    const time = Date.parse(event.at);
    const before = latest.get(key);
    if (before === undefined || time >= before.time) {
      latest.set(key, { time, at: event.at, line });
      return undefined;
    }
    return makeProblem({
      code: "out-of-order",
      path: ["at"],
      expected: {
        kind: "in-time-order",
        latestAt: before.at,
        latestLine: before.line,
      },
      found: { kind: "string", value: event.at },
      line,
    });
  };
}
