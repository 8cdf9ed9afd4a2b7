import type { TrajectoryState } from "./machine";

/**
 * The statechart's active leaf states as sorted dotted paths, e.g.
 * `["enrolled.running.active.collective.attending", "enrolled.running.active.individual.contacting"]`,
 * or `["closed"]`: a stable, readable name for where a trajectory is, for reports,
 * logs and the conformance kit's `expected/trajectories.json`. Pure.
 *
 * @example
 * ```ts
 * const { state } = replay(events);
 * stateNames(state); // ["enrolled.running.active.collective.attending", ...]
 * ```
 */
export function stateNames(state: Pick<TrajectoryState, "value">): string[] {
  const names: string[] = [];
  const visit = (value: unknown, prefix: string) => {
    if (typeof value === "string") names.push(prefix === "" ? value : `${prefix}.${value}`);
    else if (value !== null && typeof value === "object")
      for (const [key, child] of Object.entries(value))
        visit(child, prefix === "" ? key : `${prefix}.${key}`);
  };
  visit(state.value, "");
  return names.sort();
}
