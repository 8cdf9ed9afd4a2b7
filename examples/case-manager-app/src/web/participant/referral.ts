import {
  eligibilityCriteria,
  LANGUAGES,
  type Language,
  ocmwServices,
  problemMessage,
  roles,
  trajectoryEventTypes,
} from "@miriam/schemas";
import type { Hono } from "hono";
import { listUsers, type User } from "../../db/accounts";
import { fromLocalInput, timestamp, toLocalInput } from "../../domain/time";
import { type AppEnv, bodyOf, type Deps, requireGroup, requireUser } from "../context";
import { FormReader } from "../forms";
import { type Html, html } from "../html";
import { csrfField, type PageContext, page } from "../layout";
import { term } from "../terms";

/** A new referral: opens a trajectory in the group. */
export function registerReferralRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;
  app.get("/groups/:gid/participants/new", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    const form = referralForm(ctx, groupId, await coordinatorsOf(groupId));
    return c.html(page(ctx, ctx.t("newReferral"), form));
  });

  // The coordinators who can allow an exception: active, of the group's project.
  const coordinatorsOf = async (groupId: string): Promise<User[]> => {
    const stream = await kit.stream("group", groupId);
    return (await listUsers(kit.db)).filter(
      (u) => u.role === "coordinator" && u.active && u.projectId === stream?.projectId,
    );
  };

  app.post("/groups/:gid/participants", async (c) => {
    const user = requireUser(c, "case-manager");
    const groupId = c.req.param("gid");
    await requireGroup(deps, user, groupId);
    const ctx = c.get("page");
    const form = new FormReader(bodyOf(c));
    const age = form.int("age");
    const child = form.int("youngestChildAge");
    const neighbourhood = form.str("neighbourhood").trim();
    const approvedBy = form.str("exceptionApprovedBy");
    const at = fromLocalInput(form.str("when"));
    const result = await kit.refer(
      user,
      groupId,
      {
        referredBy: form.str("referredBy"),
        eligibility: {
          singleMother: form.bool("singleMother"),
          services: form.all("services"),
          ...(age === undefined ? {} : { age }),
          ...(child === undefined ? {} : { youngestChildAge: child }),
          ...(neighbourhood === "" ? {} : { neighbourhood }),
          ...(form.bool("speaksGroupLanguage") ? { speaksGroupLanguage: true } : {}),
        },
        ...(approvedBy === ""
          ? {}
          : { eligibilityException: { approvedBy, reason: form.str("exceptionReason") } }),
        ...(at ? { at } : {}),
      },
      {
        givenName: form.str("givenName"),
        familyName: form.str("familyName"),
        preferredLanguage: (form.str("preferredLanguage") || ctx.language) as Language,
      },
    );
    if (result.kind === "invalid")
      return c.html(
        page(
          ctx,
          ctx.t("newReferral"),
          html`<div class="error"><p>${ctx.t("invalidTitle")}</p><ul>${result.problems.map((p) => html`<li>${problemMessage(p, ctx.language)}</li>`)}</ul></div>${referralForm(ctx, groupId, await coordinatorsOf(groupId))}`,
        ),
        422,
      );
    if (result.kind === "ineligible")
      return c.html(
        page(
          ctx,
          ctx.t("newReferral"),
          html`<div class="error" role="alert"><p>${ctx.t("ineligibleTitle")}</p><ul>${result.reasons.map((reason) => html`<li>${reason[ctx.language]}</li>`)}</ul><p>${result.remedy[ctx.language]}</p></div>${referralForm(ctx, groupId, await coordinatorsOf(groupId))}`,
        ),
        422,
      );
    return c.redirect(`/participants/${result.trajectoryId}?done=1`, 303);
  });
}

function referralForm(ctx: PageContext, groupId: string, coordinators: readonly User[]): Html {
  const { t } = ctx;
  return html`<form method="post" action="/groups/${groupId}/participants" class="stack">${csrfField(ctx)}
<fieldset><legend>${term(roles, "participant", ctx.language)}</legend><p class="muted">${t("referralNoName")}</p>
<div class="grid2"><div><label for="r-given">${t("givenName")}</label><input type="text" id="r-given" name="givenName" required></div>
<div><label for="r-family">${t("familyName")}</label><input type="text" id="r-family" name="familyName" required></div></div>
<label for="r-lang">${t("preferredLanguage")}</label><select id="r-lang" name="preferredLanguage">${LANGUAGES.map((l) => html`<option ${l === ctx.language ? "selected" : ""}>${l}</option>`)}</select>
</fieldset>
<fieldset><legend>${trajectoryEventTypes.label("trajectory.referred", ctx.language)}</legend>
<label for="r-when">${t("when")}</label><input type="datetime-local" id="r-when" name="when" value="${toLocalInput(timestamp())}" required>
<label for="r-by">${t("referredBy")}</label><input type="text" id="r-by" name="referredBy" required pattern="[A-Za-z0-9][A-Za-z0-9._:-]*">
<label class="check"><input type="checkbox" name="singleMother" checked> ${t("singleMother")}</label>
<fieldset><legend>${t("services")}</legend>${ocmwServices.terms.map((s) => html`<label class="check"><input type="checkbox" name="services" value="${s.code}" ${s.code === "living-wage" ? "checked" : ""}> ${s.labels[ctx.language]}</label>`)}</fieldset>
<div class="grid2"><div><label for="r-age">${t("age")}</label><input type="number" id="r-age" name="age" min="14" max="80"></div>
<div><label for="r-child">${t("youngestChildAge")}</label><input type="number" id="r-child" name="youngestChildAge" min="0" max="25"></div></div>
<label for="r-where">${term(eligibilityCriteria, "neighbourhood", ctx.language)}</label><input type="text" id="r-where" name="neighbourhood" maxlength="100">
<label class="check"><input type="checkbox" name="speaksGroupLanguage"> ${t("speaksGroupLanguage")}</label>
</fieldset>
<details><summary>${t("eligibilityException")}</summary><p class="muted">${t("eligibilityExceptionHint")}</p>
<label for="r-approver">${t("approvedBy")}</label><select id="r-approver" name="exceptionApprovedBy"><option value="">${t("noException")}</option>${coordinators.map((u) => html`<option value="${u.id}">${u.displayName}</option>`)}</select>
<label for="r-reason">${t("exceptionReason")}</label><textarea id="r-reason" name="exceptionReason" maxlength="500" rows="2"></textarea>
</details>
<div class="actions"><button type="submit">${t("record")}</button><a href="/groups/${groupId}">${t("cancel")}</a></div></form>`;
}
