import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Route,
} from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUser } from "../src/db/accounts";
import { type RunningServer, startServer } from "../src/server";
import { loginAndLand } from "./fixtures/browser";

// A home visit without a connection: the forms she opened stay usable; what she records
// is kept on the device by the service worker and sent when the connection returns,
// once; a refusal is shown then, with the app's own reason.

// Playwright reports a service worker's requests (to cut them off below) only with this.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it.`);

const ID = "gent-2026-b-06";
// Screenshots to look at by eye; not committed (.gitignore).
const SHOTS = join(import.meta.dirname, "../screenshots");

describe.skipIf(!available)("offline forms in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), "miriam-offline-"));
    server = await startServer({
      database: join(dir, "offline.sqlite"),
      port: 0,
      log: () => undefined,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    page = await context.newPage();
    await loginAndLand(page, { origin: server.url, username: "casemanager" });
    // The worker installs on the first page and takes control of the next ones.
    await page.evaluate("navigator.serviceWorker.ready.then(() => true)");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // `setOffline` cuts the pages off but not the service worker's own fetches: those are
  // aborted as a lost connection would abort them.
  const cutWorker = (route: Route) =>
    route.request().serviceWorker() ? route.abort("internetdisconnected") : route.continue();
  async function goOffline() {
    await context.setOffline(true);
    await context.route("**", cutWorker);
  }
  async function goOnline() {
    await context.unroute("**", cutWorker);
    await context.setOffline(false);
  }

  const count = async (type: string) =>
    Number(
      (
        await server.db.get<{ n: number }>(
          "SELECT COUNT(*) AS n FROM events WHERE stream_id = ? AND type = ?",
          [`trajectory:${ID}`, type],
        )
      )?.n,
    );

  async function openForm(type: string) {
    await page.goto(`${server.url}/participants/${ID}/record/${type}`);
    expect(await page.evaluate("navigator.serviceWorker.controller !== null")).toBe(true);
  }

  it("keeps a contact filled in offline and records it once when the connection returns", async () => {
    const before = await count("contact.held");
    await openForm("contact.held");
    await goOffline();
    await page.selectOption("#f-mode", "home");
    await page.check('input[name="domains"][value="housing"]');
    await page.click("form.stack button[type=submit]");
    await page.waitForURL(/\/offline\?queued=1/);
    await expect.poll(() => page.locator("#miriam-queued li").count()).toBe(1);
    expect(await page.locator("#miriam-queued li").textContent()).toContain(ID);
    expect(await count("contact.held")).toBe(before);
    await page.screenshot({ path: join(SHOTS, "offline-queued-phone-nl.png"), fullPage: true });

    await goOnline();
    await expect.poll(() => count("contact.held"), { timeout: 15_000 }).toBe(before + 1);
    await expect.poll(() => page.locator("#miriam-queued li").textContent()).not.toContain(ID);
    // Sending again what was sent (a lost answer, a second sync) records nothing more.
    await page.evaluate(
      'navigator.serviceWorker.controller.postMessage({ type: "miriam-send-now" })',
    );
    await page.reload();
    expect(await count("contact.held")).toBe(before + 1);
    expect(await page.locator("#miriam-refused li").textContent()).not.toContain(ID);
  });

  it("shows a form refused once sent with the app's reason", async () => {
    await openForm("trajectory.paused");
    await goOffline();
    await page.selectOption("#f-reason", "illness");
    await page.click("form.stack button[type=submit]");
    await page.waitForURL(/\/offline\?queued=1/);
    await expect.poll(() => page.locator("#miriam-queued li").count()).toBe(1);
    // Meanwhile, at the office, the pause was recorded already: hers is refused when sent.
    const lotte = await findUser(server.db, "cm-01");
    const paused = await server.kit.record(lotte!, ID, {
      type: "trajectory.paused",
      data: { reason: "illness" },
    });
    expect(paused.kind).toBe("recorded");
    await goOnline();
    await page.goto(`${server.url}/offline`);
    await expect.poll(() => page.locator("#miriam-refused a").count(), { timeout: 15_000 }).toBe(1);
    // Refused because her log moved on since the form was opened (409, the page offers to
    // record it again with what she typed), not by the session (403).
    // Said in words (the app's answer: someone recorded meanwhile), never as "409".
    const refusal = await page.locator("#miriam-refused li").textContent();
    expect(refusal).toContain("Iemand anders registreerde intussen iets");
    expect(refusal).not.toMatch(/\b409\b/);
    await page.screenshot({ path: join(SHOTS, "offline-refused-phone-nl.png"), fullPage: true });
    await page.click("#miriam-refused a");
    await expect.poll(() => page.locator("[role=alert]").first().textContent()).toBeTruthy();
    expect(await page.locator('[name="reason"]').inputValue()).toBe("illness");
    expect(await count("trajectory.paused")).toBe(1);
  });

  it("empties the worker's caches at logout: no refusal and no list page of hers remain", async () => {
    await page.goto(`${server.url}/groups`);
    await page.goto(`${server.url}/offline`);
    expect(await page.evaluate("caches.keys()")).toContain("miriam-refused");
    expect(await page.evaluate("caches.match('/offline').then(Boolean)")).toBe(true);
    await page.click("header form[action='/logout'] button");
    await page.waitForURL(/\/login/);
    // The login page may put the stylesheet back in the worker's cache: nothing of hers.
    expect(await page.evaluate("caches.keys()")).not.toContain("miriam-refused");
    expect(await page.evaluate("caches.match('/offline').then(Boolean)")).toBe(false);
  });
});
