import { consent, consentFromEvents, safeRender } from "@miriam/documents";
import { problemMessage } from "@miriam/schemas";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { audit } from "../../db/accounts";
import { loadProfile } from "../../domain/trajectories";
import type { AppEnv, Deps } from "../context";
import { escapeHtml, html } from "../html";
import type { T } from "../i18n";
import { page } from "../layout";
import { renderDocumentOffThread } from "../off-thread";
import { loadParticipant } from "./load";
import { herDocuments, renderDocument } from "./render-document";

// What the document worker runs is in render-document.ts, which does not import the
// worker's client (off-thread.ts): no import cycle.
export { herDocuments, renderDocument };

/** A printable document page: the kit's standalone HTML with a print button added. */
export function printable(documentHtml: string, t: T, back: string): string {
  // The toolbar is a landmark of its own (every part of a page is in one), and on a phone
  // the A4 sheet narrows to the screen: a wide table scrolls inside itself, not the page.
  const toolbar = `<nav class="miriam-toolbar" aria-label="${escapeHtml(t("print"))}" style="font-family:sans-serif;padding:8px;background:#eef1f5;display:flex;gap:12px"><button id="miriam-print" type="button">${escapeHtml(t("print"))}</button><a href="${escapeHtml(back)}">${escapeHtml(t("back"))}</a></nav><style>@media print{.miriam-toolbar{display:none}}@media screen and (max-width:700px){.sheet{padding:4mm!important;min-height:0!important;overflow-x:auto;overflow-wrap:anywhere}.sheet *{min-width:0}table.grid{display:block;overflow-x:auto}dl.fields{grid-template-columns:1fr!important}.blank{white-space:normal!important}img{max-width:100%}}</style><script src="/static/print.js"></script>`;
  return documentHtml.replace(/<body([^>]*)>/, (m) => `${m}${toolbar}`);
}

// The kit's documents carry their own inline print stylesheet.
export const DOCUMENT_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Her documents, rendered by @miriam/documents, to print. */
export function registerDocumentRoute(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;
  app.get("/participants/:tid/documents/:doc", async (c) => {
    const trajectoryId = c.req.param("tid");
    const entry = herDocuments().find((document) => document.id === c.req.param("doc"));
    const { user, loaded, settings, stream } = await loadParticipant(deps, c, trajectoryId);
    const { t, language } = c.get("page");
    if (entry === undefined) throw new HTTPException(404, { message: "Not found." });
    const { profile } = await loadProfile(kit.db, trajectoryId);
    if (profile === undefined || loaded.state.context.consent.enrolledAt === null)
      throw new HTTPException(404, { message: "Not found." });
    const group = await kit.group(stream.groupId);
    let rendered: ReturnType<typeof renderDocument>;
    try {
      const groupName = await kit.groupName(stream.groupId);
      const { events } = loaded;
      const records = {
        settings,
        profile,
        events,
        groupEvents: group.events,
        groupName,
        today: kit.todayOf(),
      };
      rendered = await renderDocumentOffThread(entry.id, records, language);
    } catch {
      throw new HTTPException(404, { message: "Not found." });
    }
    await audit(kit.db, user.id, "document.printed", trajectoryId, entry.id);
    if (!rendered.ok)
      return c.html(
        page(
          c.get("page"),
          entry.title[language],
          html`<ul class="error">${rendered.problems.map((p) => html`<li>${p}</li>`)}</ul>`,
        ),
        422,
      );
    c.header("Content-Security-Policy", DOCUMENT_CSP);
    return c.html(printable(rendered.document.html, t, `/participants/${trajectoryId}`));
  });
}

/**
 * Her consent form with her name, to print and sign before her consent is recorded: the
 * kit's consent document, filled from her profile (her name is known from the referral)
 * with the boxes of the scopes left for her to tick.
 */
export function registerConsentFormRoute(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;
  app.get("/participants/:tid/consent-form", async (c) => {
    const trajectoryId = c.req.param("tid");
    const { user, loaded, settings } = await loadParticipant(deps, c, trajectoryId);
    const { t, language } = c.get("page");
    const { profile } = await loadProfile(kit.db, trajectoryId);
    if (profile === undefined) throw new HTTPException(404, { message: "Not found." });
    const { scopes: _given, ...data } = consentFromEvents({ profile, events: loaded.events });
    const months = settings.retention?.monthsAfterClosing;
    const result = safeRender(
      consent,
      { ...data, ...(months ? { retentionYears: Math.max(1, Math.ceil(months / 12)) } : {}) },
      { settings, language },
    );
    if (!result.ok)
      return c.html(
        page(
          c.get("page"),
          t("consentForm"),
          html`<ul class="error">${result.problems.map((p) => html`<li>${problemMessage(p, language)}</li>`)}</ul>`,
        ),
        422,
      );
    await audit(kit.db, user.id, "document.printed", trajectoryId, "consent-to-sign");
    c.header("Content-Security-Policy", DOCUMENT_CSP);
    return c.html(printable(result.document.html, t, `/participants/${trajectoryId}`));
  });
}
