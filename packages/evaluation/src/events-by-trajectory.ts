import type { TrajectoryEvent } from "@miriam/schemas";

/**
 * Splits a log of many trajectories into one list of events per trajectory, in log
 * order, keyed by trajectory id: the shape the reports take. Pure.
 *
 * @example
 * ```ts
 * const report = groupReport({ groupEvents, trajectories: eventsByTrajectory(log).values() });
 * ```
 */
export function eventsByTrajectory(
  events: Iterable<TrajectoryEvent>,
): Map<string, TrajectoryEvent[]> {
  const byTrajectory = new Map<string, TrajectoryEvent[]>();
  for (const event of events) {
    const list = byTrajectory.get(event.trajectoryId);
    if (list === undefined) byTrajectory.set(event.trajectoryId, [event]);
    else list.push(event);
  }
  return byTrajectory;
}
