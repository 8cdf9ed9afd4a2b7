import { statSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../src/server";
import {
  type BrowserApp,
  chromiumAvailable,
  DESKTOP,
  loginAndLand,
  SHOTS,
  startBrowserApp,
} from "./fixtures/browser";

describe.skipIf(!chromiumAvailable)("the app in Chromium", () => {
  let app: BrowserApp;
  let server: RunningServer;
  let page: Page;
  let trajectoryUrl = "";

  beforeAll(async () => {
    app = await startBrowserApp();
    server = app.server;
    page = await app.browser.newPage({ viewport: DESKTOP });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const shot = (name: string) =>
    page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  async function login(username: string) {
    await loginAndLand(page, { origin: server.url, username });
  }

  async function recordStep(href: string, fill?: () => Promise<void>) {
    try {
      await page.click(`.steps a[href$="${href}"]`, { timeout: 15_000 });
      if (fill) await fill();
      await page.click("form.stack button[type=submit]", { timeout: 15_000 });
      await page.waitForSelector(".flash", { timeout: 15_000 });
    } catch (error) {
      await shot(`failed-${href.replace(/[^a-z0-9]+/gi, "-")}`);
      throw error;
    }
  }

  it("logs in and lists her group with phases and due actions", async () => {
    await login("casemanager");
    // Her home page is her worklist; the group list is one click away.
    await expect.poll(() => page.url()).toBe(`${server.url}/`);
    await page.goto(`${server.url}/groups`);
    await shot("01-groups-nl");
    await page.goto(`${server.url}/groups/gent-2026-b`);
    expect(await page.locator("table").first().textContent()).toContain("Fatou Diallo");
    await shot("02-group-b-nl");
    // Her language preference: English from now on.
    await page.selectOption("header select[name=language]", "en");
    await page.click("header form.inline button[type=submit]");
    await expect.poll(() => page.locator("h2").first().textContent()).toBe("Participants");
  });

  it("records a trajectory from referral to handover, with a refused step explained", async () => {
    await page.click('a[href="/groups/gent-2026-b/participants/new"]');
    await page.fill("#f-givenName", "Test");
    await page.fill("#f-familyName", "Mother");
    await page.fill("#f-referredBy", "mw-21");
    await page.click("form.stack button[type=submit]");
    await expect.poll(() => page.url()).toMatch(/\/participants\/gent-2026-b-[0-9a-f]+/);
    trajectoryUrl = page.url().split("?")[0]!;

    // The plan cannot come yet: the button is greyed and the reason is written beside it.
    const plan = page.locator(".refused li", { hasText: "personal plan" }).first();
    expect(await plan.getByRole("button", { name: "Personal plan agreed" }).isDisabled()).toBe(
      true,
    );
    expect((await plan.locator(".why").textContent())?.length).toBeGreaterThan(20);
    await shot("03-participant-referred-en");

    await recordStep("/record/information-talk.held", () =>
      page.selectOption("#f-decision", "interested").then(() => undefined),
    );
    await recordStep("/record/consent.given");
    await recordStep("/record/intake.held", async () => {
      await page.selectOption("#f-location", "home");
      await page.fill("#f-children", "2019, 2022");
      await page.check('input[name="want-housing"]');
    });
    await shot("04-participant-after-intake-en");
    await recordStep("/record/measurement.recorded?timepoint=t0", async () => {
      await page.selectOption('select[name="item-satisfaction-housing"]', "3");
      await page.selectOption('select[name="item-self-reliance"]', "4");
    });
    await page.click('.steps a[href$="/record/plan.agreed"]');
    await page.selectOption("#f-g1-domain", "housing");
    await page.fill("#f-g1-description", "A flat with two bedrooms");
    await page.fill("#f-g1-step", "Register for social housing");
    await shot("05-plan-form-en");
    await page.click("form.stack button[type=submit]");
    await expect.poll(() => page.locator(".flash").textContent()).toBeTruthy();
    await recordStep("/record/contact.held", async () => {
      await page.selectOption("#f-mode", "home");
      await page.check('input[name="domains"][value="housing"]');
    });
    await recordStep("/record/measurement.recorded?timepoint=t1", async () => {
      await page.selectOption('select[name="item-satisfaction-housing"]', "6");
      await page.selectOption('select[name="item-overall-improvement"]', "1");
    });
    await recordStep("/record/evaluation.held");
    await recordStep("/record/handover.done", async () => {
      await page.fill("#f-receivingWorkerId", "mw-21");
    });
    expect(await page.locator("main p .badge").first().textContent()).toBe("follow-up");
    await shot("06-participant-handed-over-en");
  });

  it("explains a refusal when a step is tried anyway", async () => {
    // Going straight to a form the rules refuse shows the reasons instead of the form.
    const response = await page.goto(`${trajectoryUrl}/record/intake.held`);
    expect(response?.status()).toBe(422);
    expect(await page.locator(".error").textContent()).toMatch(/\w{5,}/);
    await shot("07-refused-en");
  });

  it("prints a document", async () => {
    await page.goto(`${trajectoryUrl}/documents/personal-plan`);
    expect(await page.textContent("body")).toContain("A flat with two bedrooms");
    await shot("08-personal-plan-print");
    const pdf = join(SHOTS, "personal-plan.pdf");
    await page.pdf({ path: pdf, format: "A4" });
    expect(statSync(pdf).size).toBeGreaterThan(5_000);
  });

  it("shows the coordinator the group report with charts and the suppressed funder report", async () => {
    await page.goto(`${server.url}/groups`);
    await page.click("header form.inline:last-of-type button");
    await login("coordinator");
    await page.goto(`${server.url}/groups/gent-2025-a/report`);
    expect(await page.locator("img.chart").count()).toBe(2);
    await shot("09-group-report-nl");
    await page.goto(`${server.url}/project/report`);
    expect(await page.textContent("main")).toContain("verborgen");
    await shot("10-funder-report-nl");
  });
});
