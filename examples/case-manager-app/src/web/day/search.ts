import { roles, trajectoryPhases } from "@miriam/schemas";
import type { Hono } from "hono";
import { auditView } from "../../db/accounts";
import { type CaseloadEntry, searchCaseload } from "../../domain/caseload";
import { type AppEnv, bodyOf, type Deps, requireUser } from "../context";
import { type Html, html } from "../html";
import { csrfField, type PageContext, page } from "../layout";
import { term } from "../terms";
import { caseloadGroups, displayName } from "./caseload";

// Finding a mother by name or file number, only among those the worker may see (a case
// manager her own groups, a coordinator her project's). The query is a name: it is sent by
// POST, so it never lands in an address, a browser history, a proxy's or this server's
// log, and it is not written in the audit log either (only that a search was made).

const MAX_QUERY = 100;

function form(ctx: PageContext, query: string, hint: string): Html {
  const { t } = ctx;
  return html`<form method="post" action="/search" class="stack card" role="search">${csrfField(ctx)}
<label for="q">${t("searchLabel")}</label>
<input type="search" id="q" name="q" value="${query}" minlength="2" maxlength="${MAX_QUERY}" required autocomplete="off" autofocus aria-describedby="q-hint">
<p id="q-hint" class="muted">${hint}</p>
<div class="actions"><button type="submit">${t("search")}</button></div></form>`;
}

export function registerSearch(app: Hono<AppEnv>, deps: Deps) {
  const hintOf = (role: string, ctx: PageContext) =>
    ctx.t(role === "coordinator" ? "searchHintProject" : "searchHint");

  app.get("/search", (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const ctx = c.get("page");
    return c.html(page(ctx, ctx.t("search"), form(ctx, "", hintOf(user.role, ctx))));
  });

  app.post("/search", async (c) => {
    const user = requireUser(c, "case-manager", "coordinator");
    const ctx = c.get("page");
    const { t, language } = ctx;
    const raw = bodyOf(c).q;
    const query = (typeof raw === "string" ? raw : "").slice(0, MAX_QUERY);
    const hint = hintOf(user.role, ctx);
    if (query.trim().length < 2) return c.html(page(ctx, t("search"), form(ctx, query, hint)), 422);
    const groups = await caseloadGroups(deps, user);
    const groupName = new Map(groups.map((group) => [group.groupId, group.name]));
    const found = searchCaseload(
      await deps.kit.caseload(groups.map((group) => group.groupId)),
      query,
    );
    auditView(deps.kit.db, user.id, "participants.searched", `user:${user.id}`);
    // A coordinator sees who is in which group; only her case manager opens her record.
    const nameCell = (member: CaseloadEntry) =>
      user.role === "case-manager"
        ? html`<a href="/participants/${member.trajectoryId}">${displayName(member)}</a>`
        : displayName(member);
    const body = html`${form(ctx, query, hint)}
<p role="status">${found.length === 0 ? t("noResults") : t("results", { n: found.length })}</p>
${
  found.length === 0
    ? ""
    : html`<table><thead><tr><th>${term(roles, "participant", language)}</th><th>${t("fileNumber")}</th><th>${t("group")}</th><th>${t("statusLabel")}</th></tr></thead><tbody>
${found.map(
  (member) =>
    html`<tr><td>${nameCell(member)}</td><td>${member.trajectoryId}</td><td>${groupName.get(member.groupId) ?? ""}</td><td>${member.phase ? trajectoryPhases.label(member.phase, language) : ""}</td></tr>`,
)}</tbody></table>`
}`;
    return c.html(page(ctx, t("search"), body));
  });
}
