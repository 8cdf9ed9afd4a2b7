import {
  closingOutcomes,
  type Language,
  labelAndValue,
  timepoints,
  trajectoryEventTypes,
} from "@miriam/schemas";
import type { nextSteps, Refusal, Step } from "@miriam/trajectory";
import { type Html, html } from "../html";
import type { T } from "../i18n";
import { capitalise, said } from "../terms";

// The steps a participant page offers: their names, their links, and why a step cannot be
// recorded now.

/** A step's name: its event type, with the timepoint or the closing outcome it records. */
export function stepLabel(step: Step, language: Language, t: T): string {
  if (step.type === "group-session.attended") return t("attended");
  const base = capitalise(trajectoryEventTypes.label(step.type, language));
  if (step.timepoint)
    return labelAndValue(base, timepoints.label(step.timepoint, language), language);
  if (step.outcome)
    return labelAndValue(base, closingOutcomes.label(step.outcome, language), language);
  return base;
}

/** The address of a step's form. */
export function stepHref(trajectoryId: string, step: Step): string {
  const query = step.timepoint
    ? `?timepoint=${step.timepoint}`
    : step.outcome
      ? `?outcome=${step.outcome}`
      : "";
  return `/participants/${encodeURIComponent(trajectoryId)}/record/${step.type}${query}`;
}

/** The address of the goal update's form with this goal already chosen. */
export function goalHref(trajectoryId: string, goalId: string): string {
  return `${stepHref(trajectoryId, { type: "goal.updated" })}?goal=${encodeURIComponent(goalId)}`;
}

/** Refused steps grouped by their main reason, so one reason is read once. */
export function refusedByReason(refused: ReturnType<typeof nextSteps>["refused"]) {
  const groups = new Map<string, { refusal: Refusal; steps: Step[] }>();
  for (const { step, refusals } of refused) {
    const refusal = refusals[0]!;
    const key = `${refusal.rule}|${refusal.message.en}`;
    const group = groups.get(key) ?? { refusal, steps: [] };
    group.steps.push(step);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The refusal reasons as the person reads them: message, and what would help. */
export function refusalList(refusals: readonly Refusal[], language: Language, t: T): Html {
  return html`<ul>${refusals.map(
    (r) =>
      html`<li><strong>${said(r.message, language)}</strong><br><span class="muted">${labelAndValue(t("whatWouldHelp"), said(r.remedy, language), language)}</span></li>`,
  )}</ul>`;
}
