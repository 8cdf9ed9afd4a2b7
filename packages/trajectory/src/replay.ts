import type { LogEntry, TrajectoryEvent } from "@miriam/schemas";
import { type Refusal, refusalsOf } from "./_check";
import {
  initialSnapshot,
  nextPosition,
  type Position,
  positionOf,
  snapshotAt,
} from "./_transition";
import type { GroupSessionAttendance } from "./group-sessions";
import type { TrajectoryState } from "./machine";
import { type StepType, stepOf, type TrajectoryInput } from "./step";

/** What {@link applyEvent} did with one event. */
export type EventOutcome =
  | {
      /** The event was accepted. */
      readonly accepted: true;
      /** The state after the event. */
      readonly state: TrajectoryState;
      /** Always empty. */
      readonly refusals: readonly Refusal[];
    }
  | {
      /** The event was refused by one or more hard rules. */
      readonly accepted: false;
      /** The state, unchanged. */
      readonly state: TrajectoryState;
      /** Why, rule by rule. */
      readonly refusals: readonly Refusal[];
    };

/** An event that {@link replay} refused, where it was, and why. */
export interface RefusedEvent {
  /** Whether the event came from the trajectory's log or from a group's log. */
  readonly source: "trajectory" | "group";
  /**
   * 0-based position of the event in what was passed: in the trajectory events, or for
   * group attendance in `groupSessions`.
   */
  readonly index: number;
  /**
   * 1-based line in the log file (the trajectory's, or the group's for attendance), when
   * the events came from `parseEventLog`.
   */
  readonly line?: number;
  /** The event id (for group attendance: the id of the `group-session.held` event). */
  readonly eventId: string;
  /** The event type. */
  readonly type: StepType;
  /** The event's timestamp. */
  readonly at: string;
  /** Why it was refused. */
  readonly refusals: readonly Refusal[];
}

/** The result of {@link replay}. */
export interface TrajectoryReplay {
  /** The state after every accepted event. */
  readonly state: TrajectoryState;
  /** The refused events, in the order they came; empty for a clean log. */
  readonly refused: readonly RefusedEvent[];
  /** Number of events accepted. */
  readonly accepted: number;
}

/** Options of {@link replay}. */
export interface ReplayOptions {
  /**
   * Her attendance at group sessions (from `groupSessionAttendance(groupEvents)`). Each
   * attendance is folded in before the first of her own events that is later in time.
   */
  readonly groupSessions?: Iterable<GroupSessionAttendance>;
  /** Start from this state instead of the empty one, e.g. a restored snapshot. */
  readonly from?: TrajectoryState;
}

/** The state of a trajectory before any event. Pure. */
export function initialState(): TrajectoryState {
  return initialSnapshot();
}

/**
 * Applies one event: checks the hard rules and, when none refuses, moves the statechart.
 * A refused event leaves the state as it was (the same object). Pure.
 *
 * @example
 * ```ts
 * const outcome = applyEvent(state, event);
 * if (!outcome.accepted) showReasons(outcome.refusals.map((r) => r.message.nl));
 * state = outcome.state;
 * ```
 */
export function applyEvent(state: TrajectoryState, event: TrajectoryInput): EventOutcome {
  const next = step(positionOf(state), event);
  if (!("configuration" in next)) return { accepted: false, state, refusals: next };
  return { accepted: true, state: snapshotAt(next), refusals: NONE };
}

const NONE: readonly Refusal[] = Object.freeze([]);

/**
 * The hard rules' answer to an input: their refusals (a list) or, when none refuses, the
 * chart's next position. No snapshot is made: the replay makes one at the end.
 */
function step(position: Position, input: TrajectoryInput): Position | readonly Refusal[] {
  const refusals = refusalsOf(position.context, stepOf(input));
  return refusals.length > 0 ? refusals : nextPosition(position, input);
}

/**
 * Folds a trajectory's events (DESIGN.md event catalogue) into its state, in log order.
 * Refused events are reported with their position and rules, and the replay carries on.
 * Deterministic: the same events always give the same state. Pure.
 *
 * @example
 * ```ts
 * const { entries } = parseEventLog(text);
 * const { state, refused } = replay(entries.filter(isTrajectoryEntry));
 * for (const r of refused) console.log(`line ${r.line}: ${r.refusals[0].message.en}`);
 * ```
 */
export function replay(
  events: Iterable<TrajectoryEvent | LogEntry<TrajectoryEvent>>,
  options: ReplayOptions = {},
): TrajectoryReplay {
  return replayInto(events, options);
}

/**
 * The replay itself. When `accepted` is given, every accepted input (her events and her
 * attendance) is pushed onto it in the order it was applied, for `replayHistory`: one
 * loop, so the history and the state can never disagree on what was applied when.
 * @internal
 */
export function replayInto(
  events: Iterable<TrajectoryEvent | LogEntry<TrajectoryEvent>>,
  options: ReplayOptions,
  accepted?: TrajectoryInput[],
): TrajectoryReplay {
  // Between events the replay keeps a position, not a snapshot: see `_transition.ts`.
  let position = positionOf(options.from ?? initialSnapshot());
  const refused: RefusedEvent[] = [];
  let acceptedCount = 0;
  const attendance = sortedAttendance(options.groupSessions);
  let next = 0;

  const apply = (
    input: TrajectoryInput,
    source: RefusedEvent["source"],
    index: number,
    line?: number,
  ) => {
    const outcome = step(position, input);
    if ("configuration" in outcome) {
      position = outcome;
      acceptedCount++;
      accepted?.push(input);
      return;
    }
    const eventId = input.type === "group-session.attended" ? input.sessionId : input.id;
    const report = { source, index, eventId, type: input.type, at: input.at };
    refused.push({
      ...report,
      ...(line === undefined ? {} : { line }),
      refusals: outcome,
    });
  };

  let index = 0;
  for (const item of events) {
    // A log entry carries its line; a bare event does not (no wrapper is made per event).
    const event = "event" in item ? item.event : item;
    const line = "event" in item ? item.line : undefined;
    if (next < attendance.length) {
      const time = Date.parse(event.at);
      while (next < attendance.length && attendance[next]!.time < time) {
        const { attendance: a, index: i } = attendance[next++]!;
        apply(a, "group", i, a.line);
      }
    }
    apply(event, "trajectory", index++, line);
  }
  while (next < attendance.length) {
    const { attendance: a, index: i } = attendance[next++]!;
    apply(a, "group", i, a.line);
  }
  return { state: snapshotAt(position), refused, accepted: acceptedCount };
}

interface TimedAttendance {
  readonly attendance: GroupSessionAttendance;
  readonly index: number;
  readonly time: number;
}

function sortedAttendance(
  sessions: Iterable<GroupSessionAttendance> | undefined,
): TimedAttendance[] {
  if (sessions === undefined) return [];
  const timed: TimedAttendance[] = [];
  let index = 0;
  for (const attendance of sessions) {
    timed.push({ attendance, index: index++, time: Date.parse(attendance.at) });
  }
  // Array.prototype.sort is stable: sessions at the same time keep their log order.
  return timed.sort((a, b) => a.time - b.time);
}
