import { closingOutcomes, timepoints, trajectoryEventTypes } from "@miriam/schemas";
import { type Refusal, refusalsOf } from "./_check";
import type { TrajectoryState } from "./machine";
import type { Step } from "./step";

/** A step that is not possible now, and why. */
export interface RefusedStep {
  /** The step. */
  readonly step: Step;
  /** Why it is refused, rule by rule. */
  readonly refusals: readonly Refusal[];
}

/** The answer of {@link nextSteps}: what can be recorded now, and what cannot and why. */
export interface NextSteps {
  /** Steps that would be accepted now. */
  readonly allowed: readonly Step[];
  /** Steps that would be refused now, each with its reasons. */
  readonly refused: readonly RefusedStep[];
}

/**
 * Every kind of step a user can take: each event type, with one step per measurement
 * timepoint and per closing outcome, since the rules treat those differently. Built from
 * the vocabularies, so a new timepoint or outcome shows up here by itself.
 */
export const stepKinds: readonly Step[] = [
  ...trajectoryEventTypes.codes.flatMap((type): Step[] => {
    switch (type) {
      case "measurement.recorded":
        return timepoints.codes.map((timepoint) => ({ type, timepoint }));
      case "trajectory.closed":
        return closingOutcomes.codes.map((outcome) => ({ type, outcome }));
      case "consent.given":
      case "consent.withdrawn":
        return [{ type, scopes: ["processing"] }];
      default:
        return [{ type }];
    }
  }),
  { type: "group-session.attended" },
];

/**
 * What can be recorded now and what cannot, with the reasons: a user interface greys out
 * the refused buttons and shows why. Attendance (`group-session.attended`) is listed too,
 * though it comes from the group's log. Pure.
 *
 * @example
 * ```ts
 * const { allowed, refused } = nextSteps(state);
 * for (const { step, refusals } of refused) tooltip(step.type, refusals[0].message.nl);
 * ```
 */
export function nextSteps(state: TrajectoryState): NextSteps {
  const allowed: Step[] = [];
  const refused: RefusedStep[] = [];
  for (const step of stepKinds) {
    const refusals = refusalsOf(state.context, step);
    if (refusals.length === 0) allowed.push(step);
    else refused.push({ step, refusals });
  }
  return { allowed, refused };
}
