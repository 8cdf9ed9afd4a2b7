import type {
  Goal,
  LogEntry,
  TrajectoryEvent,
  TrajectoryEventOf,
  TrajectoryEventType,
} from "@miriam/schemas";
import { recorded } from "./_record";
import { emptyContext, type TrajectoryContext } from "./context";
import { type ReplayOptions, replayInto, type TrajectoryReplay } from "./replay";
import type { TrajectoryInput } from "./step";

/**
 * A replay that keeps what it accepted: the view of the replayed state for what prints
 * the content of her events (documents, timelines). Everything in it is what
 * {@link replay} applied, in the order it applied it, so a document and the state can
 * never tell two stories: a refused event is in neither, and "the latest" means the
 * latest the replay applied.
 */
export interface TrajectoryHistory extends TrajectoryReplay {
  /**
   * Every input the replay accepted, her events and her attendance at group sessions,
   * in the order it applied them.
   */
  readonly inputs: readonly TrajectoryInput[];
  /** The context the replay started from: the empty one, or that of `options.from`. */
  readonly startContext: TrajectoryContext;
}

/**
 * Replays a trajectory like {@link replay} (same order, same rules, same state) and keeps
 * the inputs it accepted. Pure.
 *
 * @example
 * ```ts
 * const history = replayHistory(events, { groupSessions: groupSessionAttendance(groupEvents).get(id) });
 * const plan = acceptedEvents(history, "plan.agreed")[0];
 * const goals = goalsIn(history); // her goals as the replay left them, with their words
 * ```
 */
export function replayHistory(
  events: Iterable<TrajectoryEvent | LogEntry<TrajectoryEvent>>,
  options: ReplayOptions = {},
): TrajectoryHistory {
  const inputs: TrajectoryInput[] = [];
  const replayed = replayInto(events, options, inputs);
  return {
    ...replayed,
    inputs,
    startContext: options.from?.context ?? emptyContext,
  };
}

/** Her accepted events of one type, in the order the replay applied them. Pure. */
export function acceptedEvents<T extends TrajectoryEventType>(
  history: Pick<TrajectoryHistory, "inputs">,
  type: T,
): TrajectoryEventOf<T>[] {
  return history.inputs.filter(
    (input): input is TrajectoryEventOf<T> => input.type === type && "data" in input,
  );
}

/**
 * The context as it stood right after the accepted event with this id: the statechart's
 * own recorders folded over the accepted inputs up to it. E.g. her goals and contacts at
 * her mid-term review. Pure.
 *
 * @throws {Error} when the replay accepted no event with this id.
 */
export function contextAfter(history: TrajectoryHistory, eventId: string): TrajectoryContext {
  const end = history.inputs.findIndex((input) => "id" in input && input.id === eventId);
  if (end < 0) throw new Error(`The replay accepted no event with id "${eventId}".`);
  let context = history.startContext;
  for (let index = 0; index <= end; index++) context = recorded(context, history.inputs[index]!);
  return context;
}

/**
 * Her goals with their words, as `context` has them (default: the replay's final
 * context): what each says (domain, description, owner, steps) comes from the accepted
 * `plan.agreed` or `goal.added` that set it, its status from the replayed state. In plan
 * order, added goals after. Goals set before the replay's start (`options.from`) are left
 * out: their words are not in the history. Pure.
 */
export function goalsIn(
  history: TrajectoryHistory,
  context: TrajectoryContext = history.state.context,
): Goal[] {
  // By id: a goal's words are those of the event that set it (the rules refuse a second).
  const words = new Map<string, Goal>();
  for (const input of history.inputs) {
    if (input.type === "plan.agreed") for (const goal of input.data.goals) words.set(goal.id, goal);
    else if (input.type === "goal.added") words.set(input.data.goal.id, input.data.goal);
  }
  const goals: Goal[] = [];
  for (const [id, goal] of words) {
    const record = context.goals[id];
    if (record !== undefined) goals.push({ ...goal, status: record.status });
  }
  return goals;
}

/**
 * The latest accepted `right.updated` of each right, in the order the rights were first
 * updated. Its status is the replayed state's (`individual.rights`). Pure.
 */
export function latestRightUpdates(
  history: Pick<TrajectoryHistory, "inputs">,
): TrajectoryEventOf<"right.updated">[] {
  const latest = new Map<string, TrajectoryEventOf<"right.updated">>();
  for (const event of acceptedEvents(history, "right.updated")) latest.set(event.data.right, event);
  return [...latest.values()];
}
