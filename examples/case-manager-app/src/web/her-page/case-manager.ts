import { proposalsIn } from "@miriam/evaluation";
import { labelAndValue, proposalKinds } from "@miriam/schemas";
import { goalsIn, replayHistory } from "@miriam/trajectory";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { audit } from "../../db/accounts";
import type { LoadedTrajectory } from "../../domain/trajectories";
import type { AppEnv, Deps } from "../context";
import { formatDayOf } from "../day/dates";
import { type Html, html } from "../html";
import { csrfField, type PageContext, page } from "../layout";
import { loadParticipant } from "../participant/load";
import { term } from "../terms";
import { activeLink, createLink, LINK_DAYS, revokeLinks } from "./links";
import { stepWords } from "./step-choices";

// The case manager's side of her page (issue #20): create or revoke her link (only with
// her consent scope `her-page` in force), and confirm or decline her proposals.

/** The participant page's section on her page and her waiting proposals. */
export async function herPageSection(
  deps: Deps,
  trajectoryId: string,
  loaded: LoadedTrajectory,
  ctx: PageContext,
): Promise<Html> {
  const { t } = ctx;
  const consented = loaded.state.context.consent.scopes.includes("her-page");
  const link = consented ? await activeLink(deps.kit.db, trajectoryId) : undefined;
  const history = replayHistory(loaded.events);
  const goals = new Map(goalsIn(history).map((goal) => [goal.id, goal]));
  const waiting = proposalsIn(history).filter((p) => p.status === "waiting");
  // What she proposed, after its kind, so a step she did reads apart from a topic.
  const what = ({ proposal }: (typeof waiting)[number]) => {
    const goal = proposal.kind === "step-done" ? goals.get(proposal.goalId) : undefined;
    const words =
      proposal.kind === "group-topic"
        ? proposal.topic
        : goal === undefined
          ? proposal.goalId
          : stepWords(goal, goal.steps[proposal.step]?.description ?? String(proposal.step + 1));
    return labelAndValue(term(proposalKinds, proposal.kind, ctx.language), words, ctx.language);
  };
  const base = `/participants/${trajectoryId}`;
  return html`<section aria-labelledby="her-h"><h2 id="her-h">${t("herPage")}</h2>
${
  !consented
    ? html`<p class="muted">${t("herPageNeedsConsent")}</p>`
    : html`${link ? html`<p>${t("herLinkActive", { date: formatDayOf(link.expiresAt, ctx.language) })}</p>` : ""}
<form method="post" action="${base}/her-page/link" class="inline">${csrfField(ctx)}<button type="submit">${t("herLinkCreate", { n: LINK_DAYS })}</button></form>
${link ? html`<form method="post" action="${base}/her-page/revoke" class="inline">${csrfField(ctx)}<button type="submit" class="secondary">${t("herLinkRevoke")}</button></form>` : ""}`
}
<h3>${t("herProposals")}</h3>
${
  waiting.length === 0
    ? html`<p class="muted">${t("herNoProposals")}</p>`
    : html`<ul class="proposals">${waiting.map(
        (p) => html`<li><span>${what(p)}</span>
<form method="post" action="${base}/proposals/${p.id}/confirm" class="inline">${csrfField(ctx)}<button type="submit">${t("herConfirm")}</button></form>
<form method="post" action="${base}/proposals/${p.id}/decline" class="inline">${csrfField(ctx)}<button type="submit" class="secondary">${t("herDecline")}</button></form></li>`,
      )}</ul>`
}</section>`;
}

export function registerHerPageAdmin(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  app.post("/participants/:tid/her-page/link", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded } = await loadParticipant(deps, c, trajectoryId);
    if (!loaded.state.context.consent.scopes.includes("her-page"))
      throw new HTTPException(403, { message: "No consent for her page." });
    const { token, code, expiresAt } = await createLink(kit.db, trajectoryId, user.id);
    await audit(kit.db, user.id, "her-page.link-created", trajectoryId);
    const ctx = c.get("page");
    const { t } = ctx;
    const address = new URL(`/her/${token}`, c.req.url).toString();
    return c.html(
      page(
        ctx,
        t("herPage"),
        html`<p>${t("herLinkCreated")}</p>
<dl class="kv"><dt>${t("herLinkAddress")}</dt><dd><code id="her-link">${address}</code></dd>
<dt>${t("herCode")}</dt><dd><code id="her-code">${code}</code></dd></dl>
<p>${t("herLinkActive", { date: formatDayOf(expiresAt, ctx.language) })}</p>
<p><a href="/participants/${trajectoryId}">← ${t("back")}</a></p>`,
      ),
    );
  });

  app.post("/participants/:tid/her-page/revoke", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user } = await loadParticipant(deps, c, trajectoryId);
    await revokeLinks(kit.db, trajectoryId);
    await audit(kit.db, user.id, "her-page.link-revoked", trajectoryId);
    return c.redirect(`/participants/${trajectoryId}?done=1`, 303);
  });

  app.post("/participants/:tid/proposals/:pid/:answer{confirm|decline}", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded } = await loadParticipant(deps, c, trajectoryId);
    const answer = c.req.param("answer");
    const waiting = proposalsIn(replayHistory(loaded.events)).some(
      (p) => p.id === c.req.param("pid") && p.status === "waiting",
    );
    if (!waiting) throw new HTTPException(404, { message: "Not found." });
    const result = await kit.record(user, trajectoryId, {
      type: answer === "confirm" ? "proposal.confirmed" : "proposal.declined",
      data: { proposalId: c.req.param("pid") },
    });
    if (result.kind !== "recorded" && result.kind !== "duplicate")
      throw new HTTPException(409, { message: "Not recorded." });
    return c.redirect(`/participants/${trajectoryId}?done=1`, 303);
  });
}
