import { exampleCohort } from "@miriam/schemas";
import { eventsByTrajectory } from "../src/events-by-trajectory";

const cohort = exampleCohort();

/** The example cohort as the input of a group or funder report (a fresh iterator each call). */
export const exampleInput = () => ({
  groupEvents: cohort.groupEvents,
  trajectories: eventsByTrajectory(cohort.trajectoryEvents).values(),
});
