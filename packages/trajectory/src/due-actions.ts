import type { Labels } from "@miriam/schemas";
import { addDays, addMonths, dateOf, daysBetween } from "@miriam/schemas";
import { afterActiveDays } from "./_clock";
import { isPausedContext } from "./context";
import { individualContactMoments } from "./fidelity";
import type { TrajectoryState } from "./machine";
import { resolveSettings, type TrajectorySettings } from "./settings";
import type { Step } from "./step";

/** What can be due in a trajectory. */
export type DueActionCode =
  | "baseline-measurement"
  | "personal-plan"
  | "individual-contact"
  | "end-measurement"
  | "evaluation"
  | "handover";

/** Something to do in a trajectory, with its due date. */
export interface DueAction {
  /** What is due. */
  readonly code: DueActionCode;
  /** What to do, in each language. */
  readonly label: Labels;
  /** The step that does it, e.g. for a button. */
  readonly step: Step;
  /** The date it is due (`YYYY-MM-DD`). */
  readonly due: string;
  /** Whether `now` is past the due date. */
  readonly overdue: boolean;
  /** Days from `now` to the due date; negative when overdue. */
  readonly daysLeft: number;
}

// The method gives deadlines for the plan (6 weeks), contacts (14 days) and the length of
// the trajectory; for the rest the kit chose these [decision], and says so in the README.
/** Days after the end measurement by which the evaluation talk is due. */
export const EVALUATION_WITHIN_DAYS = 28;
/** Days after the evaluation by which the handover is due. */
export const HANDOVER_WITHIN_DAYS = 28;
/** How many days ahead the end measurement and the research follow-up are announced. */
export const ANNOUNCE_DAYS_AHEAD = 28;

const LABELS: Record<DueActionCode, Labels> = {
  "baseline-measurement": {
    nl: "Beginmeting (t0) afnemen",
    fr: "Faire la mesure initiale (t0)",
    de: "Anfangsmessung (t0) durchführen",
    en: "Do the baseline measurement (t0)",
  },
  "personal-plan": {
    nl: "Plan van aanpak afspreken",
    fr: "Convenir du plan d'accompagnement",
    de: "Begleitplan vereinbaren",
    en: "Agree the personal plan",
  },
  "individual-contact": {
    nl: "Individueel contact",
    fr: "Contact individuel",
    de: "Einzelkontakt",
    en: "Individual contact",
  },
  "end-measurement": {
    nl: "Eindmeting (t1) afnemen",
    fr: "Faire la mesure finale (t1)",
    de: "Abschlussmessung (t1) durchführen",
    en: "Do the end measurement (t1)",
  },
  evaluation: {
    nl: "Evaluatiegesprek voeren",
    fr: "Tenir l'entretien d'évaluation",
    de: "Auswertungsgespräch führen",
    en: "Hold the evaluation talk",
  },
  handover: {
    nl: "Overdragen aan de maatschappelijk werker",
    fr: "Passer le relais à l'assistant·e social·e",
    de: "An die Sozialarbeiterin übergeben",
    en: "Hand over to the social worker",
  },
};

const STEPS: Record<DueActionCode, Step> = {
  "baseline-measurement": { type: "measurement.recorded", timepoint: "t0" },
  "personal-plan": { type: "plan.agreed" },
  "individual-contact": { type: "contact.held" },
  "end-measurement": { type: "measurement.recorded", timepoint: "t1" },
  evaluation: { type: "evaluation.held" },
  handover: { type: "handover.done" },
};

const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * What is due or overdue for the case manager in a trajectory on the date `now`
 * (`YYYY-MM-DD` or a timestamp: its date is used; `now` is a parameter, never the clock):
 * the baseline and the plan within N days of intake, an individual contact N days after
 * the last one, the end measurement near the planned end (announced four weeks ahead),
 * then evaluation and handover. The one-year follow-up is not here: researchers do it,
 * with her research consent (`researchFollowUp`). Nothing is due while she is paused (a pause stops the clocks,
 * and pushes deadlines back by its length), after consent is withdrawn, or once closed.
 * Sorted by due date. Pure.
 *
 * @example
 * ```ts
 * for (const action of dueActions(state, "2026-01-15")) {
 *   console.log(action.label.nl, action.due, action.overdue ? "te laat" : "");
 * }
 * ```
 */
export function dueActions(
  state: TrajectoryState,
  now: string,
  settings?: TrajectorySettings,
): DueAction[] {
  if (!DATE.test(now)) {
    throw new TypeError(`dueActions: "now" must be a date (YYYY-MM-DD) or a timestamp.`);
  }
  const today = dateOf(now);
  const { context } = state;
  const { milestones, consent, pauses } = context;
  if (
    consent.enrolledAt === null ||
    consent.withdrawnAt !== null ||
    milestones.closing !== null ||
    isPausedContext(context)
  ) {
    return [];
  }
  const { fidelity, trajectoryLengthMonths } = resolveSettings(settings);
  const actions: DueAction[] = [];
  const add = (code: DueActionCode, due: string | null, announceFrom?: string) => {
    if (due === null) return;
    if (announceFrom !== undefined && today < announceFrom) return;
    const daysLeft = daysBetween(today, due);
    actions.push({
      code,
      label: LABELS[code],
      step: STEPS[code],
      due,
      overdue: daysLeft < 0,
      daysLeft,
    });
  };

  if (milestones.intakeAt !== null && milestones.planAgreedAt === null) {
    const planDue = afterActiveDays(dateOf(milestones.intakeAt), fidelity.planWithinDays, pauses);
    if (milestones.baselineAt === null) add("baseline-measurement", planDue);
    add("personal-plan", planDue);
  }
  if (milestones.planAgreedAt !== null && milestones.endMeasurementAt === null) {
    const last = individualContactMoments(state).at(-1)!;
    add("individual-contact", afterActiveDays(last, fidelity.individualContactMaxGapDays, pauses));
    const plannedEnd = addMonths(dateOf(consent.enrolledAt), trajectoryLengthMonths);
    add("end-measurement", plannedEnd, addDays(plannedEnd, -ANNOUNCE_DAYS_AHEAD));
  }
  if (milestones.endMeasurementAt !== null && milestones.evaluationAt === null) {
    add("evaluation", addDays(dateOf(milestones.endMeasurementAt), EVALUATION_WITHIN_DAYS));
  }
  if (milestones.evaluationAt !== null && milestones.handover === null) {
    add("handover", addDays(dateOf(milestones.evaluationAt), HANDOVER_WITHIN_DAYS));
  }
  return actions.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
