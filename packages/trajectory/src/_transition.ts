import { type ActorScope, createActor, initialTransition } from "xstate";
import { type ContextDraft, recorded } from "./_record";
import type { TrajectoryContext } from "./context";
import { type TrajectoryState, trajectoryMachine } from "./machine";
import type { TrajectoryInput } from "./step";

// A funder report replays ~100,000 trajectories (~2.5 million events), so this module
// keeps the per-event cost low. What the benches showed, and what was done about it:
//
// 1. XState's `transition()` builds a throw-away actor (with its own system and initial
//    snapshot) on every call: ~30 µs per event. The chart has no invoked actors and only
//    `assign` actions, so one inert scope serves every transition.
// 2. Even so, a macrostep recomputes the whole configuration (exit and entry sets, the
//    state value, tags): ~15 µs in this deep, parallel chart with history. But the chart
//    is finite and its guards agree with the hard rules, which have already accepted the
//    event: for a given configuration and kind of event the result is always the same
//    configuration. So XState computes it once, and the result is remembered and reused.
//    The context is updated by the same recorder the chart's action uses (`_record.ts`).
// 3. Copying a snapshot (15 fields) on every event cost as much as the rest of the step:
//    between events the replay keeps a `Position` (configuration and context apart) and
//    makes the snapshot once, at the end.
// 4. Recording an event made a new context, a new copy of the part it changed and, for a
//    contact, a copy of the list of contact dates (a quadratic cost over her log). A
//    replay records into one `ContextDraft` instead, copying each part the first time it
//    changes; the snapshots it is given and the events are never written to.
//
// A property test replays random logs both ways and requires identical snapshots.
//
// Step 2 leans on XState's internals: the shape of a snapshot (`_nodes`, `historyValue`)
// and that equal configurations route an event the same way. A new XState release could
// change either without a major version, so the fast path can be switched off and counts
// how often it is taken (`fast-path.test.ts`): the example cohort must go through it for
// nearly every event, and the replay's tests run a second time with it off (vitest
// project `trajectory-xstate-only`) and must give the same results.

let scope: ActorScope<TrajectoryState, TrajectoryInput> | undefined;

function inertScope(): ActorScope<TrajectoryState, TrajectoryInput> {
  const self = createActor(trajectoryMachine);
  const noop = () => {};
  return {
    self,
    defer: noop,
    id: "",
    logger: noop,
    sessionId: "",
    stopChild: noop,
    system: self.system,
    emit: noop,
    actionExecutor: noop,
  } as unknown as ActorScope<TrajectoryState, TrajectoryInput>;
}

/** The chart's next snapshot through XState's macrostep, with a reused inert scope. Pure. */
export function xstateNextSnapshot(
  state: TrajectoryState,
  event: TrajectoryInput,
): TrajectoryState {
  scope ??= inertScope();
  return trajectoryMachine.transition(state, event, scope);
}

/** Everything in a snapshot but the context: what the chart decides. */
type Configuration = Pick<
  TrajectoryState,
  "value" | "_nodes" | "historyValue" | "status" | "output" | "error" | "tags"
>;

/**
 * Where a trajectory is between two events: the chart's configuration (a snapshot, or a
 * configuration remembered below) and the context. {@link snapshotAt} makes the snapshot.
 */
export interface Position {
  readonly configuration: Configuration;
  readonly context: TrajectoryContext;
}

/** The position of a snapshot. Pure. */
export function positionOf(state: TrajectoryState): Position {
  return { configuration: state, context: state.context };
}

/** The snapshot at a position: the one XState's `transition()` gives (tested). Pure. */
export function snapshotAt(position: Position): TrajectoryState {
  const { configuration, context } = position;
  // A position that is still a snapshot's own (no event since) is that snapshot.
  if ("context" in configuration && configuration.context === context)
    return configuration as TrajectoryState;
  // Every snapshot of this chart has the same machine, children (none: the chart invokes
  // no actors) and methods; the configuration and the context are the rest.
  const { value, _nodes, historyValue, status, output, error, tags } = configuration;
  return {
    ...initialSnapshot(),
    value,
    _nodes,
    historyValue,
    status,
    output,
    error,
    tags,
    context,
  } as TrajectoryState;
}

/** What a kind of event does in a configuration. */
type Effect =
  | { readonly kind: "context-only" }
  | { readonly kind: "move"; readonly to: Configuration }
  | { readonly kind: "unknown" };

// Keyed by the state value object: snapshots share it as long as the configuration (and
// with it the history) does not change, and every configuration below comes from here.
const effectsByValue = new WeakMap<object, Map<string, Effect>>();
// The top-level atomic states ("new", "withdrawn", "closed") have a string value that
// does not tell their histories apart: the history object keys them instead.
const effectsByHistory = new WeakMap<object, Map<string, Map<string, Effect>>>();

function effectsOf(configuration: Configuration): Map<string, Effect> {
  const value = configuration.value as unknown;
  let effects: Map<string, Effect> | undefined;
  if (typeof value === "string") {
    let byName = effectsByHistory.get(configuration.historyValue);
    if (byName === undefined) {
      byName = new Map();
      effectsByHistory.set(configuration.historyValue, byName);
    }
    effects = byName.get(value);
    if (effects === undefined) {
      effects = new Map();
      byName.set(value, effects);
    }
    return effects;
  }
  effects = effectsByValue.get(value as object);
  if (effects === undefined) {
    effects = new Map();
    effectsByValue.set(value as object, effects);
  }
  return effects;
}

// The event data the chart's guards route on; other data never changes the target.
function kindOf(event: TrajectoryInput): string {
  switch (event.type) {
    case "measurement.recorded":
      return `${event.type}:${event.data.timepoint}`;
    case "consent.given":
    case "consent.withdrawn":
      return event.data.scopes.includes("processing") ? `${event.type}:processing` : event.type;
    case "trajectory.closed":
      return `${event.type}:${event.data.outcome}`;
    default:
      return event.type;
  }
}

const json = (value: unknown) => JSON.stringify(value);

function learn(
  configuration: Configuration,
  next: TrajectoryState,
  context: TrajectoryContext,
): Effect {
  // Only when the chart did nothing but run the event's recorder can the effect be
  // replayed without XState; anything else stays with XState every time.
  if (json(next.context) !== json(context)) return { kind: "unknown" };
  if (
    next.value === configuration.value ||
    (json(next.value) === json(configuration.value) &&
      next.historyValue === configuration.historyValue &&
      next.status === configuration.status)
  ) {
    return { kind: "context-only" };
  }
  return { kind: "move", to: canonical(next) };
}

// Equal configurations must be the same objects, or a cycle (pause, resume, pause...)
// would make a new table entry on every turn.
const configurations = new Map<string, Configuration>();

function canonical(next: TrajectoryState): Configuration {
  const history: Record<string, string[]> = {};
  for (const [id, nodes] of Object.entries(next.historyValue)) {
    history[id] = (nodes as { id: string }[]).map((node) => node.id);
  }
  const key = `${json(next.value)}|${json(history)}|${next.status}`;
  let configuration = configurations.get(key);
  if (configuration === undefined) {
    const { value, _nodes, historyValue, status, output, error, tags } = next;
    configuration = { value, _nodes, historyValue, status, output, error, tags };
    configurations.set(key, configuration);
  }
  return configuration;
}

// The switch and the counters are module state on purpose, and internal (not exported
// from `index.ts`): they are a test and bench hook, not a setting. A user has nothing to
// gain from turning the fast path off (the results are the same, only slower), and an
// environment variable would be read by library code in every program that imports it.
let fastPathOn = true;
let hits = 0;
let misses = 0;

/**
 * Turns the fast path on or off for this module instance: off, every transition goes
 * through XState's macrostep. For tests and benches.
 * @internal
 */
export function setFastPath(on: boolean): void {
  fastPathOn = on;
}

/** Whether the fast path is on. @internal */
export function fastPathIsOn(): boolean {
  return fastPathOn;
}

/**
 * How many accepted inputs took the fast path (`hits`) and how many went through XState
 * (`misses`) since the last {@link resetFastPathCounts}.
 * @internal
 */
export function fastPathCounts(): { readonly hits: number; readonly misses: number } {
  return { hits, misses };
}

/** Sets both counts of {@link fastPathCounts} back to zero. @internal */
export function resetFastPathCounts(): void {
  hits = 0;
  misses = 0;
}

/** The chart's next snapshot for an input, through XState, or an error if it has none. */
function nextSnapshot(state: TrajectoryState, event: TrajectoryInput): TrajectoryState {
  misses++;
  const next = xstateNextSnapshot(state, event);
  if (next === state) {
    // The rules allowed what the chart does not handle: a bug of the kit, never of the
    // data. The chart-agreement test exists to keep this line unreachable.
    throw new Error(
      `The MIRIAM statechart has no transition for ${event.type} in ${JSON.stringify(state.value)}, but no hard rule refuses it. Please report this.`,
    );
  }
  return next;
}

/**
 * The chart's next position for an input that the hard rules accepted. Same snapshot as
 * XState's `transition()` (tested), computed without it after the first time. Pure when
 * no `draft` is given; with one, the context is recorded into it (see `ContextDraft`):
 * the position given and its context must then be the draft's own, and are used up.
 */
export function nextPosition(
  position: Position,
  event: TrajectoryInput,
  draft?: ContextDraft,
): Position {
  if (!fastPathOn) return rebased(positionOf(nextSnapshot(snapshotAt(position), event)), draft);
  const effects = effectsOf(position.configuration);
  const kind = kindOf(event);
  const effect = effects.get(kind);
  if (effect !== undefined && effect.kind !== "unknown") {
    hits++;
    const to = effect.kind === "move" ? effect.to : position.configuration;
    if (draft === undefined)
      return { configuration: to, context: recorded(position.context, event) };
    draft.record(event);
    return { configuration: to, context: draft.context };
  }
  const next = nextSnapshot(snapshotAt(position), event);
  if (effect !== undefined) return rebased(positionOf(next), draft);
  const learnt = learn(position.configuration, next, recorded(position.context, event));
  effects.set(kind, learnt);
  // Later positions must share the remembered configuration objects, which key the
  // table: a context-only step keeps the old ones, a move takes the remembered ones.
  if (learnt.kind === "context-only")
    return rebased({ configuration: position.configuration, context: next.context }, draft);
  if (learnt.kind === "move")
    return rebased({ configuration: learnt.to, context: next.context }, draft);
  return rebased(positionOf(next), draft);
}

/** A position whose context XState made: the draft, if any, starts again from it. */
function rebased(position: Position, draft: ContextDraft | undefined): Position {
  draft?.rebase(position.context);
  return position;
}

let initial: TrajectoryState | undefined;

/** The chart's snapshot before any event (shared: snapshots are never mutated). Pure. */
export function initialSnapshot(): TrajectoryState {
  initial ??= initialTransition(trajectoryMachine)[0];
  return initial;
}
