import { LANGUAGES, ParticipantProfile } from "@miriam/schemas";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { audit } from "../../db/accounts";
import { timestamp } from "../../domain/time";
import { type LoadedTrajectory, loadProfile, saveProfile } from "../../domain/trajectories";
import { type AppEnv, bodyOf, type Deps } from "../context";
import { FormReader } from "../forms";
import { type Html, html } from "../html";
import type { MessageKey } from "../i18n";
import { csrfField, type PageContext, page } from "../layout";
import { loadParticipant } from "./load";

/** Her profile: name at referral; other details only after consent (METHODOLOGY.md §3). */
export function registerProfileRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  app.get("/participants/:tid/profile", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { loaded } = await loadParticipant(deps, c, trajectoryId);
    const ctx = c.get("page");
    return c.html(page(ctx, ctx.t("profile"), await profileForm(ctx, trajectoryId, loaded)));
  });

  app.post("/participants/:tid/profile", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded } = await loadParticipant(deps, c, trajectoryId);
    const ctx = c.get("page");
    const form = new FormReader(bodyOf(c));
    const { profile: old, erased } = await loadProfile(kit.db, trajectoryId);
    if (erased) throw new HTTPException(403, { message: "No access." });
    const consented = loaded.state.context.consent.enrolledAt !== null;
    const candidate = {
      trajectoryId,
      givenName: form.str("givenName"),
      familyName: form.str("familyName"),
      preferredLanguage: form.str("preferredLanguage"),
      recordedAt: old?.recordedAt ?? timestamp(),
      ...(consented
        ? {
            ...(form.opt("birthDate") ? { birthDate: form.str("birthDate") } : {}),
            ...(form.opt("phone") ? { phone: form.str("phone") } : {}),
            ...(form.opt("email") ? { email: form.str("email") } : {}),
          }
        : {}),
    };
    const parsed = ParticipantProfile.safeParse(candidate);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `$.${i.path.join(".")}: ${i.message}`);
      return c.html(
        page(
          ctx,
          ctx.t("profile"),
          html`<div class="error"><p>${ctx.t("invalidTitle")}</p><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>${await profileForm(ctx, trajectoryId, loaded)}`,
        ),
        422,
      );
    }
    await saveProfile(kit.db, parsed.data);
    await audit(kit.db, user.id, "profile.changed", trajectoryId);
    return c.redirect(`/participants/${trajectoryId}?done=1`, 303);
  });

  async function profileForm(
    ctx: PageContext,
    trajectoryId: string,
    loaded: LoadedTrajectory,
  ): Promise<Html> {
    const { t } = ctx;
    const { profile } = await loadProfile(kit.db, trajectoryId);
    const consented = loaded.state.context.consent.enrolledAt !== null;
    const field = (name: "birthDate" | "phone" | "email", label: MessageKey, type = "text") =>
      html`<label for="p-${name}">${t(label)}</label><input type="${type}" id="p-${name}" name="${name}" value="${profile?.[name] ?? ""}" ${consented ? "" : "disabled"}>`;
    return html`<form method="post" action="/participants/${trajectoryId}/profile" class="stack card">${csrfField(ctx)}
<label for="p-given">${t("givenName")}</label><input type="text" id="p-given" name="givenName" value="${profile?.givenName ?? ""}" required>
<label for="p-family">${t("familyName")}</label><input type="text" id="p-family" name="familyName" value="${profile?.familyName ?? ""}" required>
<label for="p-lang">${t("preferredLanguage")}</label><select id="p-lang" name="preferredLanguage">${LANGUAGES.map((l) => html`<option ${profile?.preferredLanguage === l ? "selected" : ""}>${l}</option>`)}</select>
${consented ? "" : html`<p class="muted">${t("referralNoName")}</p>`}
${field("birthDate", "birthDate", "date")}${field("phone", "phone")}${field("email", "email", "email")}
<div class="actions"><button type="submit">${t("save")}</button><a href="/participants/${trajectoryId}">${t("cancel")}</a></div></form>`;
  }

  // Documents, rendered by @miriam/documents, to print.
}
