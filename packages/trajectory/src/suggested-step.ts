import { dateOf, type Goal, type GoalStatus } from "@miriam/schemas";
import { refusalsOf } from "./_check";
import type { TrajectoryContext } from "./context";
import { type DueAction, dueActions } from "./due-actions";
import type { TrajectoryState } from "./machine";
import type { TrajectorySettings } from "./settings";
import type { Step } from "./step";

/** The one step to take next in a trajectory, with its deadline when one applies. */
export interface SuggestedStep {
  /** The step, for a button and for its words (the event type's label). */
  readonly step: Step;
  /** The due action it settles, when the method sets a deadline (its label and due date). */
  readonly due?: DueAction;
}

// The steps that move a trajectory on, in the method's order (METHODOLOGY.md §3), each
// with whether it is still to do. Routine steps (contacts, rights, referrals, signals) and
// other closings are never "the" next step.
const MILESTONES: readonly { step: Step; toDo: (context: TrajectoryContext) => boolean }[] = [
  { step: { type: "trajectory.resumed" }, toDo: () => true },
  { step: { type: "information-talk.held" }, toDo: (c) => c.milestones.informationTalkAt === null },
  {
    step: { type: "consent.given", scopes: ["processing"] },
    toDo: (c) => c.consent.enrolledAt === null,
  },
  { step: { type: "intake.held" }, toDo: (c) => c.milestones.intakeAt === null },
  {
    step: { type: "measurement.recorded", timepoint: "t0" },
    toDo: (c) => c.milestones.baselineAt === null,
  },
  { step: { type: "plan.agreed" }, toDo: (c) => c.milestones.planAgreedAt === null },
  {
    step: { type: "measurement.recorded", timepoint: "t1" },
    toDo: (c) => c.milestones.endMeasurementAt === null,
  },
  { step: { type: "evaluation.held" }, toDo: (c) => c.milestones.evaluationAt === null },
  { step: { type: "handover.done" }, toDo: (c) => c.milestones.handover === null },
  {
    step: { type: "trajectory.closed", outcome: "completed" },
    toDo: (c) => c.milestones.closing === null,
  },
];

/**
 * The one step a case manager should take next in a trajectory on the date `now`: the most
 * urgent due action (see `dueActions`) when there is one, else the first step of the
 * method's order that the hard rules accept now (resume after a pause, information talk,
 * consent, intake, t0, plan, t1, evaluation, handover, closing as completed). `null` when
 * nothing moves the trajectory on (closed, or consent withdrawn). Pure.
 *
 * @example
 * ```ts
 * const next = suggestedStep(state, "2026-01-15", settings);
 * if (next?.due) console.log(next.due.label.nl, next.due.due);
 * else if (next) console.log(trajectoryEventTypes.label(next.step.type, "nl"));
 * ```
 */
export function suggestedStep(
  state: TrajectoryState,
  now: string,
  settings?: TrajectorySettings,
): SuggestedStep | null {
  const [first] = dueActions(state, now, settings);
  if (first !== undefined) return { step: first.step, due: first };
  const { context } = state;
  const next = MILESTONES.find(
    ({ step, toDo }) => toDo(context) && refusalsOf(context, step).length === 0,
  );
  return next === undefined ? null : { step: next.step };
}

/** A step of an open goal whose date has passed and that is not done. */
export interface LateGoalStep {
  /** The goal, with its words and current status. */
  readonly goal: Goal;
  /** The step: what, who does it (a step owner), by when. */
  readonly step: Goal["steps"][number];
  /** Its date, `YYYY-MM-DD`. */
  readonly due: string;
}

const OPEN: ReadonlySet<GoalStatus | undefined> = new Set([undefined, "open", "in-progress"]);

/**
 * The steps of her open goals (open or in progress) whose date lies before `now` and that
 * are not marked done, oldest date first. Pass her goals from `goalsIn(replayHistory(...))`:
 * their status is the replayed one. Achieved and dropped goals are never late. Pure.
 *
 * @example
 * ```ts
 * for (const late of lateGoalSteps(goalsIn(history), "2026-02-01"))
 *   console.log(late.goal.description, late.step.description, late.due);
 * ```
 */
export function lateGoalSteps(goals: readonly Goal[], now: string): LateGoalStep[] {
  const today = dateOf(now);
  const late: LateGoalStep[] = [];
  for (const goal of goals) {
    if (!OPEN.has(goal.status)) continue;
    for (const step of goal.steps)
      if (step.due !== undefined && step.done !== true && step.due < today)
        late.push({ goal, step, due: step.due });
  }
  return late.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
