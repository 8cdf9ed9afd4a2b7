// A case manager's day in Chromium (issue #18): from her worklist to the form that settles a
// line, search, the next step and a confirmed closing, the calendar and her agenda feed, on
// a desktop and on a 360 px phone, in Dutch and French. Screenshots go to screenshots/ to be
// looked at by eye (not committed).
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server";
import { loginAndLand } from "./fixtures/browser";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it.`);
const SHOTS = join(import.meta.dirname, "../screenshots");

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 740 },
} as const;

describe.skipIf(!available)("her day in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  const logs: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), "miriam-e2e-day-"));
    server = await startServer({
      database: join(dir, "e2e.sqlite"),
      port: 0,
      log: (line) => logs.push(line),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(
    username: string,
    language: "nl" | "fr",
    viewport: keyof typeof VIEWPORTS,
  ): Promise<Page> {
    const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
    await loginAndLand(page, { origin: server.url, username });
    await page.selectOption("header select[name=language]", language);
    await page.click("header form.inline button[type=submit]");
    await page.waitForLoadState();
    return page;
  }

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SHOTS, `day-${name}.png`), fullPage: true });
  const noSideScroll = async (page: Page) =>
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(
      page.viewportSize()!.width,
    );

  it.each([
    ["nl", "desktop"],
    ["fr", "phone"],
  ] as const)(
    "opens her worklist (%s, %s) and goes from a line to the form that settles it",
    async (language, viewport) => {
      const page = await signedIn("casemanager", language, viewport);
      await page.goto(`${server.url}/`);
      await expect.poll(() => page.locator("#wl-due").count()).toBe(1);
      expect(await page.locator(".worklist li").count()).toBeGreaterThan(3);
      await noSideScroll(page);
      await shot(page, `worklist-${language}-${viewport}`);
      // The mother without recent contact: straight to the contact form.
      await page.click("section[aria-labelledby=wl-contact] li a");
      await page.waitForURL(/\/record\/contact\.held$/);
      expect(await page.locator("form.stack").count()).toBe(1);
      await page.goBack();
      // The next group session: straight to recording it with its register.
      await page.click("section[aria-labelledby=wl-sessions] li a");
      await page.waitForURL(/\/sessions\/new$/);
      await page.close();
    },
  );

  it.each([
    ["nl", "desktop"],
    ["fr", "desktop"],
    ["nl", "phone"],
  ] as const)(
    "finds a mother by name and shows her next step, closing only after confirming (%s, %s)",
    async (language, viewport) => {
      const page = await signedIn("casemanager", language, viewport);
      await page.click('header a[href="/search"]');
      await page.fill("#q", "sofie");
      await page.click("form[role=search] button[type=submit]");
      await page.click('main table a[href="/participants/gent-2026-b-05"]');
      await page.waitForURL(/gent-2026-b-05$/);
      const next = page.locator(".next-step");
      expect(await next.locator("strong").first().textContent()).toBeTruthy();
      expect(await next.locator("a.button").getAttribute("href")).toContain("/record/");
      // Closing steps are folded away and go through a confirmation first.
      expect(await page.locator("details.closing a").first().isVisible()).toBe(false);
      await noSideScroll(page);
      await shot(page, `participant-${language}-${viewport}`);
      await page.click("details.closing summary");
      await page.click('details.closing a[href*="outcome=dropped-out"]');
      await page.waitForURL(/\/confirm\/trajectory\.closed\?outcome=dropped-out$/);
      await page.click("a.button.danger");
      await page.waitForURL(/\/record\/trajectory\.closed\?outcome=dropped-out$/);
      expect(await page.locator("form.stack").count()).toBe(1);
      await page.close();
    },
  );

  it.each([
    ["nl", "desktop"],
    ["fr", "desktop"],
    ["nl", "phone"],
    ["fr", "phone"],
  ] as const)("shows her week and month (%s, %s)", async (language, viewport) => {
    const page = await signedIn("casemanager", language, viewport);
    await page.click('header a[href="/calendar"]');
    expect(await page.locator(".calendar.week .day").count()).toBe(7);
    await shot(page, `calendar-week-${language}-${viewport}`);
    await page.click('a[href*="view=month"]');
    await page.waitForURL(/view=month/);
    expect(await page.locator(".calendar.month .entry").count()).toBeGreaterThan(0);
    await noSideScroll(page);
    await shot(page, `calendar-month-${language}-${viewport}`);
    await page.close();
  });

  it("gives her an agenda address to subscribe to, with first names only if she asks, and revokes it", async () => {
    const page = await signedIn("casemanager", "nl", "desktop");
    await page.goto(`${server.url}/settings/calendar`);
    await page.check('input[name=names][value="first"]');
    await page.click('form[action="/settings/calendar/feed"] button[type=submit]');
    const address = (await page.textContent("#feed-url"))!.trim();
    await shot(page, "calendar-feed-nl-desktop");
    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("text/calendar");
    const ics = await feed.text();
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain("· Sofie");
    expect(ics).not.toContain("Peeters");
    // The secret address is never in the server's log.
    const token = address.slice(address.lastIndexOf("/") + 1, -".ics".length);
    expect(logs.join("\n")).not.toContain(token);
    await page.click('form[action="/settings/calendar/feed/revoke"] button');
    await page.waitForURL(/revoked=1/);
    expect((await page.request.get(address)).status()).toBe(404);
    await page.close();
  });
});
