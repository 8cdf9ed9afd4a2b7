import { type ActorScope, createActor, initialTransition } from "xstate";
import { recordOf } from "./_record";
import { type TrajectoryState, trajectoryMachine } from "./machine";
import type { TrajectoryInput } from "./step";

// Replaying a programme's log runs ~180,000 events through the chart, so this module
// keeps the per-event cost low. What the bench showed, and what was done about it:
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
//
// A property test replays random logs both ways and requires identical snapshots.

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

function effectsOf(state: TrajectoryState): Map<string, Effect> {
  const value = state.value as unknown;
  let effects: Map<string, Effect> | undefined;
  if (typeof value === "string") {
    let byName = effectsByHistory.get(state.historyValue);
    if (byName === undefined) {
      byName = new Map();
      effectsByHistory.set(state.historyValue, byName);
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
  state: TrajectoryState,
  next: TrajectoryState,
  context: TrajectoryState["context"],
): Effect {
  // Only when the chart did nothing but run the event's recorder can the effect be
  // replayed without XState; anything else stays with XState every time.
  if (json(next.context) !== json(context)) return { kind: "unknown" };
  if (
    next.value === state.value ||
    (json(next.value) === json(state.value) &&
      next.historyValue === state.historyValue &&
      next.status === state.status)
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

/**
 * The chart's next snapshot for an input that the hard rules accepted. Same snapshot as
 * XState's `transition()` (tested), computed without it after the first time. Pure.
 */
export function nextSnapshot(state: TrajectoryState, event: TrajectoryInput): TrajectoryState {
  const effects = effectsOf(state);
  const kind = kindOf(event);
  let effect = effects.get(kind);
  if (effect === undefined) {
    const next = xstateNextSnapshot(state, event);
    if (next === state) return next;
    const context = { ...state.context, ...recordOf(state.context, event) };
    effect = learn(state, next, context);
    effects.set(kind, effect);
    // Later snapshots must share the remembered configuration objects, which key the
    // table: a context-only step keeps the old ones, a move takes the remembered ones.
    if (effect.kind === "context-only") return { ...state, context: next.context };
    if (effect.kind === "move") return { ...next, ...effect.to } as TrajectoryState;
    return next;
  }
  switch (effect.kind) {
    case "context-only":
      return { ...state, context: { ...state.context, ...recordOf(state.context, event) } };
    case "move": {
      const to = effect.to;
      return {
        ...state,
        value: to.value,
        _nodes: to._nodes,
        historyValue: to.historyValue,
        status: to.status,
        output: to.output,
        error: to.error,
        tags: to.tags,
        context: { ...state.context, ...recordOf(state.context, event) },
      } as TrajectoryState;
    }
    case "unknown":
      return xstateNextSnapshot(state, event);
  }
}

let initial: TrajectoryState | undefined;

/** The chart's snapshot before any event (shared: snapshots are never mutated). Pure. */
export function initialSnapshot(): TrajectoryState {
  initial ??= initialTransition(trajectoryMachine)[0];
  return initial;
}
