import { LANGUAGES, languageName, ParticipantProfile, problemsFromIssues } from "@miriam/schemas";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { audit } from "../../db/accounts";
import { timestamp, today } from "../../domain/time";
import { type LoadedTrajectory, loadProfile, saveProfile } from "../../domain/trajectories";
import { type AppEnv, bodyOf, type Deps } from "../context";
import { Fields, type FormState, postForm } from "../form-fields";
import { problemErrors } from "../form-problems";
import { FormReader } from "../forms";
import { type Html, html } from "../html";
import { type PageContext, page } from "../layout";
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
      const errors = problemErrors(
        problemsFromIssues(parsed.error.issues, candidate),
        ([field]) => (typeof field === "string" ? field : undefined),
        ctx.t,
      );
      return c.html(
        page(
          ctx,
          ctx.t("profile"),
          await profileForm(ctx, trajectoryId, loaded, { values: bodyOf(c), errors }),
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
    state?: FormState,
  ): Promise<Html> {
    const { t, language } = ctx;
    const { profile } = await loadProfile(kit.db, trajectoryId);
    const consented = loaded.state.context.consent.enrolledAt !== null;
    const f = new Fields(t, language, state);
    const languages = LANGUAGES.map((code) => ({ code, label: languageName(code) }));
    const body = html`${f.text("givenName", t("givenName"), { required: true, value: profile?.givenName ?? "", autocomplete: "off" })}
${f.text("familyName", t("familyName"), { required: true, value: profile?.familyName ?? "", autocomplete: "off" })}
${f.select("preferredLanguage", t("preferredLanguage"), languages, { selected: profile?.preferredLanguage ?? language })}
${consented ? "" : html`<p class="muted">${t("referralNoName")}</p>`}
${f.date("birthDate", t("birthDate"), { value: profile?.birthDate ?? "", min: "1940-01-01", max: today(), required: false, disabled: !consented })}
${f.text("phone", t("phone"), { type: "tel", value: profile?.phone ?? "", autocomplete: "off", disabled: !consented })}
${f.text("email", t("email"), { type: "email", value: profile?.email ?? "", autocomplete: "off", disabled: !consented })}`;
    return postForm(ctx, f, {
      action: `/participants/${trajectoryId}/profile`,
      body,
      submit: t("save"),
      cancel: `/participants/${trajectoryId}`,
      card: true,
    });
  }

  // Documents, rendered by @miriam/documents, to print.
}
