import { builtInDocuments, safeRender, trajectorySource } from "@miriam/documents";
import { herView, openSteps } from "@miriam/evaluation";
import type { Language } from "@miriam/schemas";
import { replayHistory } from "@miriam/trajectory";
import type { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { audit, auditView, type User } from "../../db/accounts";
import { loadProfile } from "../../domain/trajectories";
import type { AppContext, AppEnv, Deps } from "../context";
import { type Html, html } from "../html";
import { translator } from "../i18n";
import { enterCode, formToken, linkState, openSession } from "./links";
import { readStepChoice, stepChoice } from "./step-choices";

// Her personal page (issue #20): `/her/<token>`. No account: the link and a short code
// she got on paper. Read-only but for her two proposals, each recorded as an event the
// case manager confirms. Small pages without a client framework; never indexed. The
// request log holds only the route pattern (`/her/:token`), never the token.

const COOKIE = "miriam_her";
const CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

// Her page is the printed "My plan" on a screen: on a phone the A4 margins go, a table's
// columns take the width of their words (never cut inside one) and a table wider than
// the phone scrolls on its own. Her steps are radio buttons, whose words wrap on a phone
// (a select's would be cut off).
const SCREEN_CSS = `<style>
@media screen { body { background: #fff; } .sheet { box-shadow: none; min-height: 0; } }
@media screen and (max-width: 640px) { .sheet { padding: 12px; } body.large-type table.grid { font-size: 0.8em; table-layout: auto; display: block; overflow-x: auto; max-width: 100%; } body.large-type table.grid th, body.large-type table.grid td { width: auto; padding: 4px; overflow-wrap: normal; hyphens: auto; } .blank { letter-spacing: -0.2em; } }
.her-forms form { display: grid; gap: 8px; margin: 0 0 6mm; max-width: 36em; }
.her-forms input, .her-forms select, .her-forms button { font: inherit; padding: 10px; min-height: 44px; }
.her-forms fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 4px; }
.her-forms legend { padding: 0; margin-bottom: 4px; }
.her-choice { display: flex; gap: 12px; align-items: flex-start; padding: 8px 0; }
.her-choice input { width: 24px; height: 24px; min-height: 0; margin: 2px 0 0; flex: none; accent-color: #6b2d5c; }
.her-goal { color: #555; font-size: 0.9em; }
.her-forms button { background: #6b2d5c; color: #fff; border: 0; border-radius: 4px; }
.her-note { border-left: 4px solid #6b2d5c; padding: 8px 12px; background: #f6eff4; }
</style>`;

function secure(c: AppContext, deps: Deps) {
  return deps.secureCookies(c);
}

function shell(language: Language, title: string, body: Html): string {
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;color:#1b1b1b;margin:0}main{max-width:36em;margin:0 auto;padding:16px}
input,button{font:inherit;padding:10px;min-height:44px}button{background:#6b2d5c;color:#fff;border:0;border-radius:4px}
form{display:grid;gap:8px}.error{color:#9b1c1c;font-weight:600}</style>
</head>
<body><main>${body}</main></body>
</html>`.value;
}

/** The kind message of a link that no longer works, and nothing else. */
function gone(c: AppContext) {
  const t = translator(c.get("language"));
  return c.html(
    shell(
      c.get("language"),
      t("herLinkGoneTitle"),
      html`<h1>${t("herLinkGoneTitle")}</h1><p>${t("herLinkGone")}</p>`,
    ),
    410,
  );
}

function codeForm(c: AppContext, token: string, language: Language, wrong: boolean) {
  const t = translator(language);
  return c.html(
    shell(
      language,
      t("herCode"),
      html`<h1>${t("herCode")}</h1>
${wrong ? html`<p class="error" role="alert">${t("herCodeWrong")}</p>` : ""}
<form method="post" action="/her/${token}/code">
<label for="code">${t("herCodePrompt")}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required maxlength="12">
<button type="submit">${t("herOpen")}</button>
</form>`,
    ),
    wrong ? 401 : 200,
  );
}

/** The page's author of her proposals: her own pseudonymous id, never a worker's. */
const herself = (trajectoryId: string) => ({ id: trajectoryId }) as User;

export function registerHerRoutes(app: Hono<AppEnv>, deps: Deps) {
  const { kit } = deps;

  app.use("/her/*", async (c, next) => {
    await next();
    c.header("X-Robots-Tag", "noindex, nofollow");
    c.header("Content-Security-Policy", CSP);
  });

  app.get("/her/:token", async (c) => {
    const token = c.req.param("token");
    const link = await linkState(kit.db, token);
    if (link.kind === "gone") return gone(c);
    const { profile } = await loadProfile(kit.db, link.trajectoryId);
    const language = profile?.preferredLanguage ?? c.get("language");
    const session = getCookie(c, COOKIE);
    const trajectoryId = await openSession(kit.db, token, session);
    if (trajectoryId === undefined || profile === undefined)
      return codeForm(c, token, language, false);

    const loaded = await kit.load(trajectoryId, true);
    if (loaded === undefined) return gone(c);
    const settings = (await kit.projectSettings(loaded.stream.projectId))!;
    const group = await kit.group(loaded.stream.groupId);
    const showChart = c.req.query("chart") === "1";
    const base = trajectorySource({
      settings,
      profile,
      events: loaded.events,
      groupEvents: group.events,
      today: kit.todayOf(),
    });
    const source = { ...base, myPlan: { ...base.myPlan, showSelfEvaluation: showChart } };
    const entry = builtInDocuments["my-plan"];
    const rendered = safeRender(entry.template, entry.data(source), { settings, language });
    auditView(kit.db, trajectoryId, "her-page.viewed", trajectoryId);
    if (!rendered.ok) return gone(c);
    const t = translator(language);
    const steps = openSteps(herView(replayHistory(loaded.events)));
    const form = formToken(session!);
    const forms = html`<section class="her-forms" aria-labelledby="her-topic-h">
${c.req.query("sent") ? html`<p class="her-note" role="status">${t("herSent")}</p>` : ""}
<h2 id="her-topic-h">${t("herTopicHeading")}</h2>
<form method="post" action="/her/${token}/topic">
<input type="hidden" name="_form" value="${form}">
<label for="topic">${t("herTopicLabel")}</label>
<input id="topic" name="topic" required maxlength="200">
<button type="submit">${t("herSend")}</button>
</form>
${
  steps.length === 0
    ? ""
    : html`<h2 id="her-step-h">${t("herStepHeading")}</h2>
<form method="post" action="/her/${token}/step">
<input type="hidden" name="_form" value="${form}">
<fieldset><legend>${t("herStepLabel")}</legend>
${steps.map(
  (open, i) =>
    html`<label class="her-choice"><input type="radio" name="step" value="${stepChoice(open)}"${i === 0 ? " required" : ""}><span>${open.step.description}<br><span class="her-goal">${open.goal.description}</span></span></label>`,
)}</fieldset>
<button type="submit">${t("herSend")}</button>
</form>`
}
${showChart ? "" : html`<p><a href="/her/${token}?chart=1">${t("herShowChart")}</a></p>`}
</section>`;
    const page = rendered.document.html
      .replace(
        "</head>",
        `<meta name="robots" content="noindex, nofollow">\n${SCREEN_CSS}\n</head>`,
      )
      .replace("</main>", `${forms.value}\n</main>`)
      // A table wider than her phone scrolls on its own; the keyboard must reach it too.
      .replaceAll('<table class="grid">', '<table class="grid" tabindex="0">');
    return c.html(page);
  });

  app.post("/her/:token/code", async (c) => {
    const token = c.req.param("token");
    const body = c.get("body") ?? {};
    const outcome = await enterCode(kit.db, token, String(body.code ?? ""));
    if (outcome.kind === "gone") return gone(c);
    const link = await linkState(kit.db, token);
    if (outcome.kind === "wrong") {
      if (link.kind === "gone") return gone(c);
      await audit(kit.db, link.trajectoryId, "her-page.code-wrong", link.trajectoryId);
      const { profile } = await loadProfile(kit.db, link.trajectoryId);
      return codeForm(c, token, profile?.preferredLanguage ?? c.get("language"), true);
    }
    setCookie(c, COOKIE, outcome.session, {
      path: `/her/${token}`,
      httpOnly: true,
      sameSite: "Strict",
      secure: secure(c, deps),
    });
    return c.redirect(`/her/${token}`, 303);
  });

  // Her two proposals: each becomes a `proposal.made` event for the case manager to
  // confirm; nothing else on the page writes.
  const propose =
    (kind: "topic" | "step") =>
    async (c: AppContext): Promise<Response> => {
      const token = c.req.param("token")!;
      const session = getCookie(c, COOKIE);
      const trajectoryId = await openSession(kit.db, token, session);
      const body = c.get("body") ?? {};
      if (trajectoryId === undefined || body._form !== formToken(session!)) return gone(c);
      let data: unknown;
      if (kind === "topic") {
        data = { kind: "group-topic", topic: String(body.topic ?? "").trim(), via: "her-page" };
      } else {
        data = { kind: "step-done", ...readStepChoice(String(body.step ?? "")), via: "her-page" };
      }
      const result = await kit.record(herself(trajectoryId), trajectoryId, {
        type: "proposal.made",
        data,
      });
      return c.redirect(`/her/${token}${result.kind === "recorded" ? "?sent=1" : ""}`, 303);
    };
  app.post("/her/:token/topic", propose("topic"));
  app.post("/her/:token/step", propose("step"));
}
