import {
  eligibilityCriteria,
  LANGUAGES,
  type Language,
  languageName,
  ocmwServices,
  roles,
  trajectoryEventTypes,
} from "@miriam/schemas";
import type { Hono } from "hono";
import { listUsers, type User } from "../../db/accounts";
import { fromLocalInput, timestamp, toLocalInput } from "../../domain/time";
import { type AppEnv, bodyOf, type Deps, requireGroup, requireUser } from "../context";
import { Fields, type FormState, postForm } from "../form-fields";
import { type FieldOf, type FormError, problemErrors } from "../form-problems";
import { FormReader } from "../forms";
import { type Html, html } from "../html";
import { type PageContext, page } from "../layout";
import { capitalise, term } from "../terms";
import { whenLimits } from "./record";

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
    // The form again, with what she sent and what is wrong.
    const again = async (errors: FormError[], title?: string) =>
      c.html(
        page(
          ctx,
          ctx.t("newReferral"),
          referralForm(ctx, groupId, await coordinatorsOf(groupId), {
            values: bodyOf(c),
            errors,
            ...(title === undefined ? {} : { title }),
          }),
        ),
        422,
      );
    const when = form.str("when");
    const at = fromLocalInput(when);
    if (at === undefined)
      return again([{ field: "when", message: ctx.t(when === "" ? "errRequired" : "errDate") }]);
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
        at,
      },
      {
        givenName: form.str("givenName"),
        familyName: form.str("familyName"),
        preferredLanguage: (form.str("preferredLanguage") || ctx.language) as Language,
      },
    );
    if (result.kind === "recorded")
      return c.redirect(`/participants/${result.trajectoryId}?done=1`, 303);
    if (result.kind === "invalid")
      return again(problemErrors(result.problems, referralFieldOf, ctx.t));
    return again(
      [
        ...result.reasons.map((reason) => ({ message: reason[ctx.language] })),
        { field: "exceptionApprovedBy", message: result.remedy[ctx.language] },
      ],
      ctx.t("ineligibleTitle"),
    );
  });
}

/** The referral form's field of a problem: of her name (profile) or of the referral. */
const referralFieldOf: FieldOf = (segments) => {
  const [first, second] = segments;
  if (first === "at") return "when";
  if (first !== "data") return typeof first === "string" ? first : undefined;
  if (second === "eligibility") return typeof segments[2] === "string" ? segments[2] : undefined;
  if (second === "eligibilityException")
    return segments[2] === "reason" ? "exceptionReason" : "exceptionApprovedBy";
  return typeof second === "string" ? second : undefined;
};

function referralForm(
  ctx: PageContext,
  groupId: string,
  coordinators: readonly User[],
  state?: FormState,
): Html {
  const { t, language } = ctx;
  const f = new Fields(t, language, state);
  const languages = LANGUAGES.map((code) => ({ code, label: languageName(code) }));
  const body = html`<fieldset><legend>${term(roles, "participant", language)}</legend><p class="muted">${t("referralNoName")}</p>
<div class="grid2"><div>${f.text("givenName", t("givenName"), { required: true, autocomplete: "off" })}</div>
<div>${f.text("familyName", t("familyName"), { required: true, autocomplete: "off" })}</div></div>
${f.select("preferredLanguage", t("preferredLanguage"), languages, { selected: language })}
</fieldset>
<fieldset><legend>${capitalise(trajectoryEventTypes.label("trajectory.referred", language))}</legend>
${f.date("when", t("when"), { type: "datetime-local", value: toLocalInput(timestamp()), ...whenLimits(undefined, 1) })}
${f.text("referredBy", t("referredBy"), { required: true, pattern: "[A-Za-z0-9][A-Za-z0-9._:-]*", hint: t("referredByHint") })}
${f.checkbox("singleMother", t("singleMother"), true)}
${f.checks("services", t("services"), ocmwServices, ["living-wage"])}
<div class="grid2"><div>${f.number("age", t("age"), 14, 80)}</div>
<div>${f.number("youngestChildAge", t("youngestChildAge"), 0, 25)}</div></div>
${f.text("neighbourhood", term(eligibilityCriteria, "neighbourhood", language), { maxlength: 100 })}
${f.checkbox("speaksGroupLanguage", t("speaksGroupLanguage"))}
</fieldset>
<details ${f.value("exceptionApprovedBy") || f.errorsOf("exceptionApprovedBy").length ? "open" : ""}><summary>${t("eligibilityException")}</summary><p class="muted">${t("eligibilityExceptionHint")}</p>
${f.select(
  "exceptionApprovedBy",
  t("approvedBy"),
  coordinators.map((u) => ({ code: u.id, label: u.displayName })),
  { empty: t("noException"), required: false },
)}
${f.textarea("exceptionReason", t("exceptionReason"), { maxlength: 500, rows: 2 })}
</details>`;
  return postForm(ctx, f, {
    action: `/groups/${groupId}/participants`,
    body,
    submit: t("record"),
    cancel: `/groups/${groupId}`,
  });
}
