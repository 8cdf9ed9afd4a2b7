import { documentCatalogue } from "@miriam/documents";
import { canAccept, type Step, stepKinds, type TrajectoryState } from "@miriam/trajectory";
import { formatDayOf } from "../day/dates";
import { type Html, html } from "../html";
import type { PageContext } from "../layout";
import { stepHref, stepLabel } from "./steps";

// Before her consent nothing of the method is due yet (the clocks start at enrolment), but
// the case manager still has steps to take: the information talk, her consent form with
// her name to print and sign, and recording the consent. The to-do list shows them.

/** The steps before consent, done or to do, or nothing once she consented or closed. */
export function beforeConsentSteps(
  trajectoryId: string,
  state: TrajectoryState,
  ctx: PageContext,
): Html | undefined {
  const { context } = state;
  if (context.consent.enrolledAt !== null || context.milestones.closing !== null) return undefined;
  const { t, language } = ctx;
  // The steps as the participant page offers them (consent carries its scope).
  const kind = (type: Step["type"]): Step => stepKinds.find((k) => k.type === type) ?? { type };
  const talk = kind("information-talk.held");
  const consent = kind("consent.given");
  const talkAt = context.milestones.informationTalkAt;
  const consentTitle =
    documentCatalogue.find((entry) => entry.id === "consent")?.title[language] ?? "";
  const item = (done: boolean, content: Html) =>
    html`<li class="${done ? "done" : ""}">${done ? html`<span class="visually-hidden">${t("done")}: </span>✓ ` : ""}${content}</li>`;
  const link = (step: Step) =>
    canAccept(state, step).accepted
      ? html`<a href="${stepHref(trajectoryId, step)}">${stepLabel(step, language, t)}</a>`
      : html`${stepLabel(step, language, t)}`;
  return html`<h3>${t("beforeConsent")}</h3><ol class="todo">
${item(talkAt !== null, talkAt === null ? link(talk) : html`${stepLabel(talk, language, t)} · ${formatDayOf(talkAt, language)}`)}
${item(false, html`<a href="/participants/${encodeURIComponent(trajectoryId)}/consent-form">${t("printToSign", { title: consentTitle })}</a>`)}
${item(false, link(consent))}
</ol>`;
}
