import type {
  CorrectionEvent,
  CorrectionEventType,
  LogEntry,
  MethodTrajectoryEvent,
  TrajectoryEvent,
} from "@miriam/schemas";
import { type Refusal, refusalsOf } from "./_check";
import { ContextDraft } from "./_record";
import {
  beforeReferralRefusals,
  referralTimeOf,
  repeatedIdRefusal,
  schemaRefusals,
} from "./_record-checks";
import {
  initialSnapshot,
  nextPosition,
  type Position,
  positionOf,
  snapshotAt,
} from "./_transition";
import {
  type CorrectionRecord,
  type EffectiveLog,
  hasCorrections,
  isCorrection,
  type LogItem,
  needsLogRefusal,
  type RefusalsOfLog,
  type RefusedKey,
  resolveCorrections,
} from "./corrections";
import { atOfItem, eventOrderOf } from "./event-order";
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
  /** The event type (a correction or a void that was refused has its own type). */
  readonly type: StepType | CorrectionEventType;
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
  /** Number of events accepted, corrections and voids that were applied included. */
  readonly accepted: number;
  /**
   * The audit trail of the log's corrections and voids (`event.corrected`,
   * `event.voided`), applied or refused, in the order they were resolved; empty when
   * there are none. The state is that of the corrected log.
   */
  readonly corrections: readonly CorrectionRecord[];
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
 * Applies one event: checks it against its schema (what the schema refuses is refused
 * here too, with the schema's problems as the reason), that its time is not before the
 * referral, then the hard rules; when none refuses, moves the statechart. A refused event
 * leaves the state as it was (the same object). A correction or a void is refused: it is
 * resolved against her whole log, so replay the log with it ({@link replay},
 * {@link effectiveEvents}). Pure.
 *
 * @example
 * ```ts
 * const outcome = applyEvent(state, event);
 * if (!outcome.accepted) showReasons(outcome.refusals.map((r) => r.message.nl));
 * state = outcome.state;
 * ```
 */
export function applyEvent(
  state: TrajectoryState,
  event: TrajectoryInput | CorrectionEvent,
): EventOutcome {
  if (isCorrection(event)) return { accepted: false, state, refusals: needsLogRefusal(event) };
  const invalid = recordRefusals(event, referralTimeOf(state.context));
  if (invalid.length > 0) return { accepted: false, state, refusals: invalid };
  const next = step(positionOf(state), event);
  if (isRefusal(next)) return { accepted: false, state, refusals: next };
  return { accepted: true, state: snapshotAt(next), refusals: NONE };
}

/** @internal The checks of an event as a record, before the hard rules. Pure. */
export function recordRefusals(
  event: TrajectoryInput,
  referralAt: string | undefined,
): readonly Refusal[] {
  const schema = schemaRefusals(event);
  return schema.length > 0 ? schema : beforeReferralRefusals(event, referralAt);
}

const NONE: readonly Refusal[] = Object.freeze([]);

/**
 * The hard rules' answer to an input: their refusals (a list) or, when none refuses, the
 * chart's next position. No snapshot is made: the replay makes one at the end.
 */
function step(
  position: Position,
  input: TrajectoryInput,
  draft?: ContextDraft,
): Position | readonly Refusal[] {
  const refusals = refusalsOf(position.context, stepOf(input));
  return refusals.length > 0 ? refusals : nextPosition(position, input, draft);
}

/**
 * Folds a trajectory's events (DESIGN.md event catalogue) into its state, in the
 * canonical order (`inEventOrder`: by time, equal times in log order), so a backdated
 * entry takes its place in time instead of being blamed on its neighbour. Refused events
 * are reported with their position and rules, and the replay carries on: every event
 * that is not applied is in `refused`. An event whose time is before the referral, or
 * whose id was already applied, is refused like one that breaks a hard rule.
 * Deterministic: the same events always give the same state. Pure.
 *
 * The events are trusted to match their schema (they come from `parseEventLog` or
 * `validate`); `applyEvent` checks a single event against it.
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
  const items = Array.isArray(events)
    ? (events as readonly (TrajectoryEvent | LogEntry<TrajectoryEvent>)[])
    : [...events];
  if (!hasCorrections(items))
    return replayMethod(items as readonly LogItem<MethodTrajectoryEvent>[], options, accepted);
  const resolution = resolveCorrections(items, refusalsOfLog(options));
  const replayed = replayMethod(resolution.events, options, accepted, resolution.positions);
  const refused = [...replayed.refused];
  let applied = 0;
  resolution.corrections.forEach((record, n) => {
    if (record.applied) {
      applied++;
      return;
    }
    const { correction } = record;
    refused.push({
      source: "trajectory",
      index: resolution.correctionPositions[n]!,
      ...(record.line === undefined ? {} : { line: record.line }),
      eventId: correction.id,
      type: correction.type,
      at: correction.at,
      refusals: record.refusals,
    });
  });
  return {
    ...replayed,
    refused,
    accepted: replayed.accepted + applied,
    corrections: resolution.corrections,
  };
}

/**
 * The events of a trajectory's log as every view reads them, and its audit trail: each
 * `event.corrected` applied to the event it points at, each `event.voided` event left
 * out, both kept in `corrections` with who, when and why, applied or refused. A
 * correction or void is refused (and the log reads as without it) when it points at no
 * event of this trajectory, at a voided event, or at another correction; when the
 * corrected event breaks its schema; or when it would make the replay refuse an event it
 * accepted before (voiding the consent of a mother whose intake is recorded, for
 * instance). `replay`, `replayHistory` and the reports built on them read a log through
 * this function; call it yourself to list her events as corrected. Returns the same
 * array when the log holds no correction or void. Pure.
 *
 * @example
 * ```ts
 * const { events, corrections } = effectiveEvents(log);
 * for (const c of corrections) if (!c.applied) console.log(c.refusals[0].message.en);
 * ```
 */
export function effectiveEvents<I extends LogItem>(
  events: readonly I[],
  options: ReplayOptions = {},
): EffectiveLog<I> {
  if (!hasCorrections(events))
    return { events: events as unknown as EffectiveLog<I>["events"], corrections: NONE_RECORDS };
  const resolution = resolveCorrections(events, refusalsOfLog(options));
  return {
    events: resolution.events as unknown as EffectiveLog<I>["events"],
    corrections: resolution.corrections,
  };
}

const NONE_RECORDS: readonly CorrectionRecord[] = Object.freeze([]);

/** Which events a replay of a log without corrections refuses, by key. */
function refusalsOfLog(options: ReplayOptions): RefusalsOfLog {
  return (events, positions) => {
    const refused = new Map<string, RefusedKey>();
    for (const r of replayMethod(events, options, undefined, positions).refused)
      refused.set(`${r.source}:${r.eventId}`, r);
    return refused;
  };
}

/** The replay of a log without corrections or voids; `positions` map indexes back. */
function replayMethod(
  items: readonly LogItem<MethodTrajectoryEvent>[],
  options: ReplayOptions,
  accepted?: TrajectoryInput[],
  positions?: readonly number[],
): TrajectoryReplay {
  // Between events the replay keeps a position, not a snapshot: see `_transition.ts`.
  const position = positionOf(options.from ?? initialSnapshot());
  // One context, written in place as events are accepted: copied on first write, so
  // neither `from` nor the events are changed, and nobody sees it before the end.
  const draft = new ContextDraft(position.context);
  const refused: RefusedEvent[] = [];
  const attendance = sortedAttendance(options.groupSessions);
  let next = 0;
  const order = eventOrderOf(items, atOfItem);
  // The referral's time, known before the events that come earlier in time are met, so
  // such an event is refused for what it is (a time before the referral) rather than as
  // "no referral yet".
  const referralAt = referralTimeOf(position.context) ?? firstReferralAt(items);
  const run: Run = {
    position,
    draft,
    applied: new Set<string>(),
    referralAt,
    acceptedCount: 0,
    accepted,
    refused,
  };

  for (let n = 0; n < items.length; n++) {
    const index = order === undefined ? n : order[n]!;
    const item = items[index]!;
    // A log entry carries its line; a bare event does not (no wrapper is made per event).
    const event = "event" in item ? item.event : item;
    const line = "event" in item ? item.line : undefined;
    if (next < attendance.length) {
      const time = Date.parse(event.at);
      while (next < attendance.length && attendance[next]!.time < time) {
        const { attendance: a, index: i } = attendance[next++]!;
        apply(run, a, "group", i, a.line);
      }
    }
    apply(run, event, "trajectory", positions === undefined ? index : positions[index]!, line);
  }
  while (next < attendance.length) {
    const { attendance: a, index: i } = attendance[next++]!;
    apply(run, a, "group", i, a.line);
  }
  return {
    state: snapshotAt(run.position),
    refused,
    accepted: run.acceptedCount,
    corrections: NONE_RECORDS,
  };
}

/** What one replay carries from input to input. */
interface Run {
  position: Position;
  readonly draft: ContextDraft;
  /** Ids of the events applied so far. */
  readonly applied: Set<string>;
  referralAt: string | undefined;
  acceptedCount: number;
  readonly accepted: TrajectoryInput[] | undefined;
  readonly refused: RefusedEvent[];
}

/** Applies one input of a replay, or records why it is refused. */
function apply(
  run: Run,
  input: TrajectoryInput,
  source: RefusedEvent["source"],
  index: number,
  line?: number,
): void {
  let outcome: Position | readonly Refusal[];
  if (input.type === "group-session.attended") outcome = step(run.position, input, run.draft);
  else {
    // The id goes into `applied` before the checks (one look-up per event instead of
    // two) and comes out again when the event is refused.
    const { applied } = run;
    const before = applied.size;
    if (applied.add(input.id).size === before) outcome = repeatedIdRefusal(input.id);
    else {
      const early = beforeReferralRefusals(input, run.referralAt);
      outcome = early.length > 0 ? early : step(run.position, input, run.draft);
      if (isRefusal(outcome)) applied.delete(input.id);
    }
  }
  if (!isRefusal(outcome)) {
    run.position = outcome;
    run.acceptedCount++;
    run.accepted?.push(input);
    if (input.type === "trajectory.referred") run.referralAt ??= input.at;
    return;
  }
  const eventId = input.type === "group-session.attended" ? input.sessionId : input.id;
  const report = { source, index, eventId, type: input.type, at: input.at };
  run.refused.push({
    ...report,
    ...(line === undefined ? {} : { line }),
    refusals: outcome,
  });
}

/** The time of the earliest referral among the events, if any. */
function firstReferralAt(items: readonly LogItem<MethodTrajectoryEvent>[]): string | undefined {
  let earliest: string | undefined;
  let earliestTime = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const event = "event" in item ? item.event : item;
    if (event.type !== "trajectory.referred") continue;
    const time = Date.parse(event.at);
    if (time < earliestTime) {
      earliestTime = time;
      earliest = event.at;
    }
  }
  return earliest;
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

/** Whether the hard rules' answer is refusals rather than a position (a cheap test, per event). */
const isRefusal = (outcome: Position | readonly Refusal[]): outcome is readonly Refusal[] =>
  Array.isArray(outcome);
