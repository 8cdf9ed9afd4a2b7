import { addDays, addMonths, dateOf, daysBetween, type Labels } from "@miriam/schemas";
import { ANNOUNCE_DAYS_AHEAD } from "./due-actions";
import type { TrajectoryState } from "./machine";
import type { Step } from "./step";

/**
 * Months after the handover when the research follow-up is due. Sources: researchers do a
 * one-year follow-up of participants (METHODOLOGY.md §1, §3 phase 10).
 */
export const FOLLOW_UP_AFTER_MONTHS = 12;

/** The research follow-up of a trajectory: a research contact, not a case-manager task. */
export interface ResearchFollowUp {
  /** What it is, in each language. */
  readonly label: Labels;
  /** The step that records it. */
  readonly step: Step;
  /** The date it is due (`YYYY-MM-DD`). */
  readonly due: string;
  /** Whether `now` is past the due date. */
  readonly overdue: boolean;
  /** Days from `now` to the due date; negative when overdue. */
  readonly daysLeft: number;
}

const LABEL: Labels = {
  nl: "Opvolging door de onderzoekers, een jaar na het traject",
  fr: "Suivi par les chercheur·es, un an après le parcours",
  de: "Nachbefragung durch die Forschenden, ein Jahr nach der Begleitung",
  en: "Researchers' follow-up, a year after the trajectory",
};

/**
 * When the researchers' one-year follow-up of this mother is due on the date `now`, or
 * `null` when there is none to do: the sources say researchers do it, not the case manager,
 * so it is a research contact and needs her consent to research (`research` scope, still
 * in force). Due {@link FOLLOW_UP_AFTER_MONTHS} months after the handover, announced four
 * weeks ahead; `null` before then, once a follow-up is recorded, or without that consent.
 * It stays due after the trajectory is closed: the follow-up comes after the end. Pure.
 *
 * @example
 * ```ts
 * const followUp = researchFollowUp(state, "2027-06-01");
 * if (followUp) console.log(followUp.label.nl, followUp.due);
 * ```
 */
export function researchFollowUp(state: TrajectoryState, now: string): ResearchFollowUp | null {
  const { consent, milestones, followUp } = state.context;
  if (
    milestones.handover === null ||
    followUp.talksAt.length > 0 ||
    consent.withdrawnAt !== null ||
    !consent.scopes.includes("research")
  ) {
    return null;
  }
  const today = dateOf(now);
  const due = addMonths(dateOf(milestones.handover.at), FOLLOW_UP_AFTER_MONTHS);
  if (today < addDays(due, -ANNOUNCE_DAYS_AHEAD)) return null;
  const daysLeft = daysBetween(today, due);
  return {
    label: LABEL,
    step: { type: "follow-up.held" },
    due,
    overdue: daysLeft < 0,
    daysLeft,
  };
}
