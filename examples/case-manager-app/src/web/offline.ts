import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { localeOf } from "@miriam/schemas";
import type { Hono } from "hono";
import type { AppEnv } from "./context";
import { html } from "./html";
import { page } from "./layout";

// Forms without a connection (a home visit): a service worker built on Workbox keeps a
// step's form on the device and sends it when the connection returns; the form's event
// id makes a second send harmless. See `offline/service-worker.js` for what it caches
// (no page with personal data) and the README's security section.

const here = import.meta.dirname;
const require = createRequire(import.meta.url);
const SCRIPT = "text/javascript; charset=utf-8";

/** Workbox's own browser builds, served from its packages (no bundler, no CDN). */
const WORKBOX: Record<string, string> = Object.fromEntries(
  [
    ["workbox-sw.js", "workbox-sw", "workbox-sw.js"],
    ...["core", "routing", "strategies", "background-sync"].map((name) => [
      `workbox-${name}.prod.js`,
      `workbox-${name}`,
      `workbox-${name}.prod.js`,
    ]),
  ].map(([served, pkg, file]) => [
    served!,
    readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), "build", file!), "utf8"),
  ]),
);
const SERVICE_WORKER = readFileSync(join(here, "offline/service-worker.js"), "utf8");
const PAGE_SCRIPT = readFileSync(join(here, "offline/offline-page.js"), "utf8");

/** The script every page loads (registration, banner, sending when back online). */
export const OFFLINE_SCRIPT_PATH = "/static/offline.js";

/** The service worker, Workbox, the page script and the page of what waits on the device. */
export function registerOfflineRoutes(app: Hono<AppEnv>) {
  // At the root, so its scope is the whole app; never cached, so an update is seen at once.
  app.get("/sw.js", (c) =>
    c.body(SERVICE_WORKER, 200, { "Content-Type": SCRIPT, "Cache-Control": "no-cache" }),
  );
  app.get("/static/workbox/:file", (c) => {
    const body = WORKBOX[c.req.param("file")];
    if (body === undefined) return c.notFound();
    return c.body(body, 200, { "Content-Type": SCRIPT, "Cache-Control": "max-age=86400" });
  });
  app.get(OFFLINE_SCRIPT_PATH, (c) =>
    c.body(PAGE_SCRIPT, 200, { "Content-Type": SCRIPT, "Cache-Control": "no-cache" }),
  );
  // No data of hers: the lists are filled on the device from what the worker keeps there.
  app.get("/offline", (c) => {
    const ctx = c.get("page");
    const { t, language } = ctx;
    return c.html(
      page(
        ctx,
        t("offlineTitle"),
        html`<p>${t("offlineExplain")}</p>
<div id="miriam-offline" data-locale="${localeOf(language)}" data-none="${t("offlineNone")}" data-see-why="${t("offlineSeeWhy")}" data-dismiss="${t("offlineDismiss")}" data-why-server="${t("offlineWhyServer")}" data-why-access="${t("offlineWhyAccess")}" data-why-conflict="${t("conflictTitle")}" data-why-refused="${t("offlineWhyRefused")}">
<h2>${t("offlineQueued")}</h2><ul id="miriam-queued"><li>${t("offlineNeedsScript")}</li></ul>
<p><button type="button" id="miriam-send-now" class="secondary">${t("offlineSendNow")}</button></p>
<h2>${t("offlineRefused")}</h2><ul id="miriam-refused"><li>${t("offlineNeedsScript")}</li></ul>
</div>`,
      ),
    );
  });
}
