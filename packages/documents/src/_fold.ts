import type { ConsentScope, Goal, TrajectoryEvent, TrajectoryEventOf } from "@miriam/schemas";

/** Events in time order; events at the same instant keep their log order. */
export function inOrder(events: readonly TrajectoryEvent[]): TrajectoryEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at) || a.index - b.index)
    .map(({ event }) => event);
}

/** The events of one type, in time order. */
export function ofType<T extends TrajectoryEvent["type"]>(
  events: readonly TrajectoryEvent[],
  type: T,
): TrajectoryEventOf<T>[] {
  return inOrder(events).filter((event): event is TrajectoryEventOf<T> => event.type === type);
}

/** The calendar day of an event, in the offset it was recorded with. */
export function dayOf(event: { readonly at: string } | undefined): string | undefined {
  return event?.at.slice(0, 10);
}

/**
 * Her goals as the plan and its changes left them: `plan.agreed` sets them, `goal.added`
 * adds one, `goal.updated` moves one's status. Events after `until` are left out.
 */
export function currentGoals(events: readonly TrajectoryEvent[], until?: string): Goal[] {
  const limit = until === undefined ? Number.POSITIVE_INFINITY : Date.parse(until);
  let goals: Goal[] = [];
  for (const event of inOrder(events)) {
    if (Date.parse(event.at) > limit) break;
    if (event.type === "plan.agreed") goals = event.data.goals.map((goal) => ({ ...goal }));
    else if (event.type === "goal.added") goals = [...goals, { ...event.data.goal }];
    else if (event.type === "goal.updated") {
      const { goalId, status } = event.data;
      goals = goals.map((goal) => (goal.id === goalId ? { ...goal, status } : goal));
    }
  }
  return goals;
}

/** The latest `right.updated` of each right, with the day it was recorded. */
export function latestRights(
  events: readonly TrajectoryEvent[],
): (TrajectoryEventOf<"right.updated">["data"] & { updatedOn: string })[] {
  const latest = new Map<string, TrajectoryEventOf<"right.updated">>();
  for (const event of ofType(events, "right.updated")) latest.set(event.data.right, event);
  return [...latest.values()].map((event) => ({ ...event.data, updatedOn: dayOf(event)! }));
}

/** The scopes she consents to now: given, less any withdrawn since. */
export function currentConsent(events: readonly TrajectoryEvent[]): ConsentScope[] | undefined {
  let scopes: Set<ConsentScope> | undefined;
  for (const event of inOrder(events)) {
    if (event.type === "consent.given") scopes = new Set([...(scopes ?? []), ...event.data.scopes]);
    else if (event.type === "consent.withdrawn" && scopes)
      for (const scope of event.data.scopes) scopes.delete(scope);
  }
  return scopes === undefined ? undefined : [...scopes];
}
