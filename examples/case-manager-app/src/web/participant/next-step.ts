import type { Step, SuggestedStep } from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv, Deps } from "../context";
import { formatDay } from "../day/dates";
import { type Html, html } from "../html";
import { type PageContext, page } from "../layout";
import { loadParticipant, stepQuery } from "./load";
import { stepHref, stepLabel } from "./steps";

// The top of her page: the one next step in words (the kit's `suggestedStep`: a due
// action's words, or the event type's name), and the steps that end her trajectory kept
// apart from routine ones, each behind a confirmation page.

/** Steps that end her trajectory or the processing of her data. */
export const isClosingStep = (step: Step) =>
  step.type === "trajectory.closed" || step.type === "consent.withdrawn";

/** Whether two steps are the same kind of step (type, timepoint, outcome). */
export const sameStep = (a: Step, b: Step) =>
  a.type === b.type && a.timepoint === b.timepoint && a.outcome === b.outcome;

/** The next step, in words, with its button. */
export function nextStepSection(
  trajectoryId: string,
  next: SuggestedStep | null,
  ctx: PageContext,
): Html {
  const { t, language } = ctx;
  if (next === null)
    return html`<section aria-labelledby="ns-h" class="card next-step"><h2 id="ns-h">${t("nextStep")}</h2><p class="lead">${t("noNextStep")}</p></section>`;
  const words = next.due ? next.due.label[language] : stepLabel(next.step, language, t);
  const href = isClosingStep(next.step)
    ? confirmHref(trajectoryId, next.step)
    : stepHref(trajectoryId, next.step);
  return html`<section aria-labelledby="ns-h" class="card next-step"><h2 id="ns-h">${t("nextStep")}</h2>
<p class="lead"><strong>${words}</strong>${
    next.due
      ? html` · <span class="${next.due.overdue ? "overdue" : "muted"}">${formatDay(next.due.due, language)}${next.due.overdue ? ` (${t("overdue")})` : ""}</span>`
      : ""
  }</p>
<ul class="steps"><li><a class="button" href="${href}">${stepLabel(next.step, language, t)}</a></li></ul></section>`;
}

/** The address of the confirmation page before a closing step's form. */
function confirmHref(trajectoryId: string, step: Step): string {
  return stepHref(trajectoryId, step).replace("/record/", "/confirm/");
}

/** The steps that end her trajectory, apart and collapsed, each via a confirmation. */
export function closingSection(trajectoryId: string, steps: readonly Step[], ctx: PageContext) {
  const { t, language } = ctx;
  if (steps.length === 0) return html``;
  return html`<details class="closing"><summary>${t("closingActions")}</summary>
<p>${t("closingWarning")}</p>
<ul class="steps">${steps.map((step) => html`<li><a class="button secondary" href="${confirmHref(trajectoryId, step)}">${stepLabel(step, language, t)}</a></li>`)}</ul>
<p class="muted"><a href="#pd-h">${t("eraseData")}</a></p></details>`;
}

/** The confirmation page before the form of a step that ends her trajectory. */
export function registerClosingConfirm(app: Hono<AppEnv>, deps: Deps) {
  app.get("/participants/:tid/confirm/:type", async (c) => {
    const trajectoryId = c.req.param("tid");
    await loadParticipant(deps, c, trajectoryId);
    const { timepoint, outcome } = stepQuery(c);
    const step = { type: c.req.param("type"), timepoint, outcome } as Step;
    if (!isClosingStep(step)) throw new HTTPException(404, { message: "Not found." });
    const ctx = c.get("page");
    const { t, language } = ctx;
    const body = html`<div class="card"><p><strong>${t("closingWarning")}</strong></p>
<div class="actions"><a class="button danger" href="${stepHref(trajectoryId, step)}">${t("confirmClosing")}</a><a href="/participants/${trajectoryId}">${t("cancel")}</a></div></div>`;
    return c.html(page(ctx, stepLabel(step, language, t), body));
  });
}
