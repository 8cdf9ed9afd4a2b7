import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/server";
import { loginAndLand } from "./fixtures/browser";

// A case manager corrects a wrong date and voids an entry in her participant's timeline,
// in Debian's Chromium (see e2e.test.ts); screenshots in NL and FR, phone and desktop.
const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, "../screenshots");

describe.skipIf(!available)("corrections in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const participant = "gent-2026-b-05";

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({
      database: join(mkdtempSync(join(tmpdir(), "miriam-e2e-corr-")), "e2e.sqlite"),
      port: 0,
      log: () => undefined,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = async (name: string) => {
    await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  const entries = () => page.locator(".timeline li[id^=ev-]");

  it("corrects a wrong date, with a reason, confirmed", async () => {
    await loginAndLand(page, { origin: server.url, username: "casemanager" });
    await page.goto(`${server.url}/participants/${participant}`);
    const contact = entries().filter({ hasText: "Individueel contact" }).first();
    const id = (await contact.getAttribute("id"))!;
    await contact.getByRole("link", { name: "Corrigeren" }).click();
    const when = await page.inputValue("#f-when");
    // The day before, at 08:15: the date was typed wrong.
    const day = new Date(Date.parse(`${when.slice(0, 10)}T12:00:00Z`) - 86_400_000);
    const earlier = `${day.toISOString().slice(0, 10)}T08:15`;
    await page.fill("#f-when", earlier);
    await page.selectOption("#f-reason", "wrong-date");
    await page.fill("#f-note", "Uur verkeerd ingegeven");
    // Not recorded without the confirmation.
    await page.click("form.stack button[type=submit]");
    expect(page.url()).toContain("/correct/");
    await page.check('input[name="confirm"]');
    await page.click("form.stack button[type=submit]");
    await page.waitForSelector(".flash");
    const corrected = page.locator(`[id="${id}"]`);
    expect(await corrected.getAttribute("class")).toBe("corrected");
    // The day moved back by one, said in words (a Brussels date), the machine's date beside it.
    const time = corrected.locator("time").first();
    expect((await time.getAttribute("datetime"))?.slice(0, 10)).toBe(earlier.slice(0, 10));
    expect(await time.textContent()).toBe(
      new Intl.DateTimeFormat("nl-BE", {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "Europe/Brussels",
      }).format(day),
    );
    expect(await corrected.locator("del.original").count()).toBe(1);
    expect(await corrected.textContent()).toContain("verkeerde datum");
  });

  it("voids an entry, which stays struck through", async () => {
    const contact = entries().filter({ hasText: "Individueel contact" }).nth(1);
    const id = (await contact.getAttribute("id"))!;
    await contact.getByRole("link", { name: "Schrappen" }).click();
    await page.selectOption("#f-reason", "recorded-twice");
    await page.check('input[name="confirm"]');
    await page.click("form.stack button[type=submit]");
    await page.waitForSelector(".flash");
    const voided = page.locator(`[id="${id}"]`);
    expect(await voided.getAttribute("class")).toBe("voided");
    expect(await voided.locator("del").count()).toBe(1);
    expect(await voided.textContent()).toContain("dubbel ingevoerd");
    await shot("corrections-timeline-nl");
    await page.locator("section[aria-labelledby=tl-h]").screenshot({
      path: join(SHOTS, "corrections-timeline-nl-section.png"),
    });
    await page.selectOption("header select[name=language]", "fr");
    await page.click("header form.inline button[type=submit]");
    await page.goto(`${server.url}/participants/${participant}`);
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain("encodé deux fois");
    await shot("corrections-timeline-fr");
    await page.setViewportSize({ width: 360, height: 800 });
    await page.locator("section[aria-labelledby=tl-h]").screenshot({
      path: join(SHOTS, "corrections-timeline-fr-section-phone.png"),
    });
  });
});
