import type { Labels } from "@miriam/schemas";
import {
  endMeasurementOnce,
  midTermBeforeEndMeasurement,
  planBeforeActivePhase,
} from "./_rules/active";
import { baselineOnce, intakeBeforeBaseline } from "./_rules/baseline";
import {
  completedNeedsEndMeasurementAndHandover,
  declinedOnlyBeforeEnrolment,
  droppedOutOnlyAfterEnrolment,
  nothingAfterClosed,
  positiveEarlyExitOnlyAfterEnrolment,
} from "./_rules/closing";
import type { RuleBasis } from "./_rules/common";
import {
  consentBeforePersonalData,
  consentWithdrawnOnlyClosing,
  enrolmentNeedsProcessingConsent,
  informationTalkBeforeEnrolment,
  withdrawalNeedsConsent,
} from "./_rules/enrolment";
import { endMeasurementBeforeEvaluation, evaluationOnce } from "./_rules/evaluation";
import { evaluationBeforeHandover, handoverBeforeFollowUp, handoverOnce } from "./_rules/handover";
import { intakeOnce } from "./_rules/intake";
import { pausedOnlyResumeOrClose, resumeOnlyWhenPaused } from "./_rules/pause";
import { baselineBeforePlan, goalExists, goalIdUnique, planOnce } from "./_rules/plan";
import { oneTrajectoryPerLog, referralFirst, referralOnce } from "./_rules/referral";

export type { RuleBasis } from "./_rules/common";

import type { TrajectoryContext } from "./context";
import type { Step, StepType } from "./step";

/**
 * A hard rule of the method (METHODOLOGY.md §3): an invariant that refuses an event
 * which breaks it, with a reason a case manager can read. Rules are data: the rule table
 * in the docs, `canAccept`, `nextSteps` and the statechart's guards all read this list.
 */
export type HardRule = {
  /** Stable kebab-case id, used in refusals, logs and docs. */
  readonly id: RuleId;
  /** Short name of the rule, for tables. */
  readonly title: Labels;
  /** The step types the rule can refuse; `"*"` for every step. */
  readonly appliesTo: readonly StepType[] | "*";
  /** Why a step is refused, in plain language. */
  readonly message: Labels;
  /** What would make the step possible. */
  readonly remedy: Labels;
  /**
   * A gate rule stops the check: when it refuses, no later rule is looked at, because
   * their reasons would only add noise ("the trajectory is closed" says it all).
   */
  readonly gate: boolean;
  /** Whether the rule refuses `step` in a trajectory whose context is `context`. Pure. */
  readonly refuses: (context: TrajectoryContext, step: Step) => boolean;
} & RuleBasis;

/**
 * The hard rules, in the order they are checked: gates first, then the rest. The order
 * matters only for gates: the first gate that refuses is the only reason given.
 */
export const hardRules = [
  // Each rule is written in the module of its phase (`_rules/`); this list is the one
  // place that says in which order they are checked and shown in the rule table.
  // Gates first: the first that refuses is the only reason given.
  { id: "referral-first", ...referralFirst },
  { id: "nothing-after-closed", ...nothingAfterClosed },
  { id: "one-trajectory-per-log", ...oneTrajectoryPerLog },
  { id: "referral-once", ...referralOnce },
  { id: "consent-withdrawn-only-closing", ...consentWithdrawnOnlyClosing },
  { id: "consent-before-personal-data", ...consentBeforePersonalData },
  { id: "paused-only-resume-or-close", ...pausedOnlyResumeOrClose },
  // Then the rest, broadly in the order of the phases.
  { id: "resume-only-when-paused", ...resumeOnlyWhenPaused },
  { id: "enrolment-needs-processing-consent", ...enrolmentNeedsProcessingConsent },
  { id: "withdrawal-needs-consent", ...withdrawalNeedsConsent },
  { id: "information-talk-before-enrolment", ...informationTalkBeforeEnrolment },
  { id: "intake-once", ...intakeOnce },
  { id: "intake-before-baseline", ...intakeBeforeBaseline },
  { id: "baseline-once", ...baselineOnce },
  { id: "baseline-before-plan", ...baselineBeforePlan },
  { id: "plan-once", ...planOnce },
  { id: "plan-before-active-phase", ...planBeforeActivePhase },
  { id: "mid-term-before-end-measurement", ...midTermBeforeEndMeasurement },
  { id: "end-measurement-once", ...endMeasurementOnce },
  { id: "end-measurement-before-evaluation", ...endMeasurementBeforeEvaluation },
  { id: "evaluation-once", ...evaluationOnce },
  { id: "evaluation-before-handover", ...evaluationBeforeHandover },
  { id: "handover-once", ...handoverOnce },
  { id: "handover-before-follow-up", ...handoverBeforeFollowUp },
  { id: "goal-id-unique", ...goalIdUnique },
  { id: "goal-exists", ...goalExists },
  {
    id: "completed-needs-end-measurement-and-handover",
    ...completedNeedsEndMeasurementAndHandover,
  },
  { id: "declined-only-before-enrolment", ...declinedOnlyBeforeEnrolment },
  { id: "dropped-out-only-after-enrolment", ...droppedOutOnlyAfterEnrolment },
  { id: "positive-early-exit-only-after-enrolment", ...positiveEarlyExitOnlyAfterEnrolment },
] as const satisfies readonly (Omit<HardRule, "id"> & { id: string })[];

/** The id of a hard rule. */
export type RuleId = (typeof hardRules)[number]["id"];

/** The hard rule with this id. Pure. */
export function ruleById(id: RuleId): HardRule {
  return RULES_BY_ID.get(id)!;
}

const RULES_BY_ID = new Map<RuleId, HardRule>(hardRules.map((rule) => [rule.id, rule]));
