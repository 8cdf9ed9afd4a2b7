import { languages, type ParticipantProfile, projectDomains } from "@miriam/schemas";
import {
  type DueAction,
  fidelitySignals,
  nextSteps,
  type Step,
  type SuggestedStep,
  suggestedStep,
} from "@miriam/trajectory";
import type { Hono } from "hono";
import { auditView } from "../../db/accounts";
import { loadProfile } from "../../domain/trajectories";
import type { AppEnv, Deps } from "../context";
import { formatDay } from "../day/dates";
import { EVENT_FORMS } from "../forms";
import { herPageSection } from "../her-page/case-manager";
import { type Html, html } from "../html";
import { csrfField, type PageContext, page } from "../layout";
import { said } from "../terms";
import { beforeConsentSteps } from "./before-consent";
import { herDocuments } from "./documents";
import { loadParticipant } from "./load";
import { closingSection, isClosingStep, nextStepSection, sameStep } from "./next-step";
import { phaseBadge } from "./phase-badge";
import { refusedByReason, stepHref, stepLabel } from "./steps";
import { timelineSection } from "./timeline";

// The participant page: her phase, due actions, what can be recorded and what not (with
// the reasons), her timeline, fidelity signals, documents, and her data rights.

function dueSection(
  trajectoryId: string,
  due: readonly DueAction[],
  ctx: PageContext,
  before?: Html,
): Html {
  const { t, language } = ctx;
  return html`<section aria-labelledby="due-h"><h2 id="due-h">${t("dueActions")}</h2>
${before ?? ""}${
  before !== undefined && due.length === 0
    ? ""
    : due.length === 0
      ? html`<p class="muted">${t("nothingDue")}</p>`
      : html`<ul class="due">${due.map(
          (action) =>
            html`<li><a href="${stepHref(trajectoryId, action.step)}">${action.label[language]}</a> · <span class="${action.overdue ? "overdue" : ""}">${t("dueOn", { date: formatDay(action.due, language) })}${action.overdue ? ` (${t("overdue")})` : ""}</span></li>`,
        )}</ul>`
}</section>`;
}

function stepsSection(
  trajectoryId: string,
  groupId: string,
  steps: ReturnType<typeof nextSteps>,
  next: SuggestedStep | null,
  ctx: PageContext,
): Html {
  const { t, language } = ctx;
  // The next step has its own place above; the steps that end her trajectory their own below.
  // Only steps with a form of their own: answers to her proposals are given in the section
  // on her page, next to the proposal they answer.
  const routine = steps.allowed.filter(
    (step) =>
      !isClosingStep(step) &&
      !(next && sameStep(step, next.step)) &&
      (step.type === "group-session.attended" || EVENT_FORMS[step.type] !== undefined),
  );
  const button = (step: Step) =>
    step.type === "group-session.attended"
      ? html`<li><a class="button secondary" href="/groups/${groupId}" title="${t("attendanceViaSession")}">${stepLabel(step, language, t)}</a></li>`
      : html`<li><a class="button" href="${stepHref(trajectoryId, step)}">${stepLabel(step, language, t)}</a></li>`;
  return html`${nextStepSection(trajectoryId, next, ctx)}<section aria-labelledby="next-h"><h2 id="next-h">${t("otherActions")}</h2>
<ul class="steps">${routine.map(button)}</ul>
${closingSection(trajectoryId, steps.allowed.filter(isClosingStep), ctx)}
<h3>${t("notPossibleNow")}</h3>
<ul class="refused">${refusedByReason(steps.refused).map(
    ({ refusal, steps: grouped }, i) =>
      html`<li><span class="buttons">${grouped.map((step) => html`<button type="button" disabled aria-describedby="why-${i}">${stepLabel(step, language, t)}</button>`)}</span>
<span class="why" id="why-${i}"><strong>${said(refusal.message, language)}</strong> ${said(refusal.remedy, language)}</span></li>`,
  )}</ul></section>`;
}

function signalsSection(signals: ReturnType<typeof fidelitySignals>, ctx: PageContext): Html {
  const { t, language } = ctx;
  return html`<section aria-labelledby="fs-h"><h2 id="fs-h">${t("fidelitySignals")}</h2>
${signals.length === 0 ? html`<p class="muted">${t("noSignals")}</p>` : html`<ul>${signals.map((s) => html`<li>${said(s.message, language)}</li>`)}</ul>`}
</section>`;
}

function documentsSection(
  trajectoryId: string,
  profile: ParticipantProfile | undefined,
  documents: ReturnType<typeof herDocuments>,
  ctx: PageContext,
): Html {
  const { t, language } = ctx;
  return html`<section aria-labelledby="doc-h"><h2 id="doc-h">${t("documents")}</h2>
${
  profile
    ? html`<ul>${documents.map((entry) => html`<li><a href="/participants/${trajectoryId}/documents/${entry.id}">${entry.title[language]}</a></li>`)}</ul>`
    : html`<p class="muted">—</p>`
}</section>`;
}

/** Her personal details, and her rights to get her data and to have it erased. */
function profileSection(
  trajectoryId: string,
  profile: ParticipantProfile | undefined,
  erased: boolean,
  ctx: PageContext,
): Html {
  const { t, language } = ctx;
  return html`<section aria-labelledby="pd-h"><h2 id="pd-h">${t("profile")}</h2>
${
  profile
    ? html`<dl class="kv"><dt>${t("givenName")}</dt><dd>${profile.givenName}</dd><dt>${t("familyName")}</dt><dd>${profile.familyName}</dd>
<dt>${t("preferredLanguage")}</dt><dd>${languages.label(profile.preferredLanguage, language)}</dd>${profile.phone ? html`<dt>${t("phone")}</dt><dd>${profile.phone}</dd>` : ""}${profile.email ? html`<dt>${t("email")}</dt><dd>${profile.email}</dd>` : ""}</dl>
<p><a href="/participants/${trajectoryId}/profile">${t("profile")} ✎</a></p>`
    : html`<p class="muted">${erased ? t("erased") : "—"}</p>`
}
<p><a class="button secondary" href="/participants/${trajectoryId}/export.json">${t("exportData")}</a></p>
${
  erased
    ? ""
    : html`<details><summary>${t("eraseData")}</summary>
<form method="post" action="/participants/${trajectoryId}/erase" class="stack card">${csrfField(ctx)}
<p>${t("eraseExplain")}</p>
<label for="confirm">${t("confirmCode")}</label><input type="text" id="confirm" name="confirm" required autocomplete="off">
<div class="actions"><button type="submit" class="danger">${t("eraseData")}</button></div></form></details>`
}</section>`;
}

/** The participant page. */
export function registerParticipantPage(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;
  app.get("/participants/:tid", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded, settings } = await loadParticipant(deps, c, trajectoryId);
    const ctx = c.get("page");
    const { t, language } = ctx;
    const { profile, erased } = await loadProfile(kit.db, trajectoryId);
    const due = await kit.due(loaded);
    const steps = nextSteps(loaded.state);
    const next = suggestedStep(loaded.state, kit.todayOf(), settings);
    const signals = fidelitySignals(loaded.state, { settings, asOf: kit.todayOf() });
    const group = await kit.group(loaded.stream.groupId);
    auditView(kit.db, user.id, "participant.viewed", trajectoryId);

    const name = erased
      ? `${trajectoryId} (${t("erased")})`
      : profile
        ? `${profile.givenName} ${profile.familyName}`
        : trajectoryId;
    const present = new Set(loaded.events.map((e) => e.type));
    // Documents hold her name and what she said: only once she consented to processing.
    const documents = present.has("consent.given")
      ? herDocuments().filter((entry) => entry.ready(loaded.state))
      : [];
    const domains = projectDomains(settings);
    const herPage = await herPageSection(deps, trajectoryId, loaded, ctx);

    const body = html`<p>${phaseBadge(loaded.state, language, t)} <span class="muted">${trajectoryId}</span></p>
${loaded.refusedOnReplay > 0 ? html`<p class="error">${t("refusedOnReplay", { n: loaded.refusedOnReplay })}</p>` : ""}
${stepsSection(trajectoryId, loaded.stream.groupId, steps, next, ctx)}
${dueSection(trajectoryId, due, ctx, beforeConsentSteps(trajectoryId, loaded.state, ctx))}
${timelineSection(trajectoryId, loaded.events, group.events, { t, language, domains, user })}
${signalsSection(signals, ctx)}
${documentsSection(trajectoryId, profile, documents, ctx)}
${herPage}
${profileSection(trajectoryId, profile, erased, ctx)}
<p><a href="/groups/${loaded.stream.groupId}">← ${t("group")}</a></p>`;
    const flash = c.req.query("done")
      ? t("recorded")
      : c.req.query("dup")
        ? t("alreadyRecorded")
        : c.req.query("erased")
          ? t("erasedDone")
          : undefined;
    return c.html(page(ctx, name, body, flash ? { flash } : {}));
  });
}
