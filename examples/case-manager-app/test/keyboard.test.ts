/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { join } from "node:path";
import { trajectoryPhases } from "@miriam/schemas";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserApp,
  chromiumAvailable,
  freshPage,
  loginAndLand,
  SHOTS,
  startBrowserApp,
} from "./fixtures/browser";

// A whole trajectory, from referral to handover, with the keyboard only: Tab to move,
// typing to fill in, arrows and space for choices, Enter to follow a link or send a form.
// No click, no page.fill, no address typed after the login page: what a person who cannot
// use a mouse does.

const GROUP = "gent-2026-b";

describe.skipIf(!chromiumAvailable)("the keyboard alone", () => {
  let app: BrowserApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ context, page } = await freshPage(app.browser));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
  });

  /** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
  async function tabTo(selector: string, limit = 400) {
    for (let i = 0; i < limit; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${selector} on ${page.url()}`);
  }

  /** Chooses an option of a select with the arrow keys. */
  async function choose(selector: string, value: string) {
    await tabTo(selector);
    await page.keyboard.press("Home");
    for (let i = 0; i < 40; i++) {
      if ((await page.$eval(selector, (s) => (s as HTMLSelectElement).value)) === value) return;
      await page.keyboard.press("ArrowDown");
    }
    throw new Error(`${selector} has no option ${value}`);
  }

  async function typeInto(selector: string, text: string) {
    await tabTo(selector);
    await page.keyboard.type(text);
  }

  /** Sends the form of the page with Enter on its button, and waits for the next page. */
  async function send() {
    await tabTo("main form.stack button[type=submit]");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  }

  /** Follows a link with Enter. */
  async function follow(selector: string) {
    await tabTo(selector);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  }

  /** Records one step: its link on her page, its fields, Enter; her page says it was recorded. */
  async function step(type: string, fill: () => Promise<void> = async () => undefined) {
    await follow(`a[href$="/record/${type}"]`);
    await fill();
    await send();
    expect(new URL(page.url()).searchParams.get("done"), `${type}: ${page.url()}`).toBe("1");
  }

  it("records a trajectory from referral to handover", async () => {
    await loginAndLand(page, { origin: app.server.url, username: "casemanager", keyboard: true });

    // The first Tab shows the skip link; it leads past the menus to the content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip");
    expect(await page.$eval(".skip", (a) => a.getBoundingClientRect().left)).toBeGreaterThan(0);

    // She lands on her worklist; the groups are one link of the menu away.
    await follow('nav a[href="/groups"]');
    await follow(`a[href="/groups/${GROUP}"]`);
    await follow(`a[href="/groups/${GROUP}/participants/new"]`);
    await typeInto("#f-givenName", "Kim");
    await typeInto("#f-familyName", "Toetsenbord");
    await typeInto("#f-referredBy", "mw-21");
    // Focus is visible on every control she reaches.
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).not.toBe("none");
    await send();
    expect(new URL(page.url()).pathname).toMatch(/^\/participants\//);

    await step("information-talk.held", () => choose("#f-decision", "interested"));
    await step("consent.given");
    await step("intake.held", async () => {
      await choose("#f-location", "home");
      await typeInto("#f-children", "2019, 2022");
      await tabTo('input[name="want-housing"]');
      await page.keyboard.press("Space");
    });
    await step("measurement.recorded?timepoint=t0", () =>
      choose('select[name="item-self-reliance"]', "4"),
    );
    await step("plan.agreed", async () => {
      await choose("#f-g1-domain", "housing");
      await typeInto("#f-g1-description", "Een woning met twee slaapkamers");
    });
    await step("contact.held", async () => {
      await choose("#f-mode", "home");
      await tabTo('input[name="domains"][value="housing"]');
      await page.keyboard.press("Space");
    });
    await step("measurement.recorded?timepoint=t1", () =>
      choose('select[name="item-overall-improvement"]', "1"),
    );
    await step("evaluation.held");
    await step("handover.done", () => typeInto("#f-receivingWorkerId", "mw-21"));

    expect(await page.locator("main p .badge").first().textContent()).toBe(
      trajectoryPhases.label("follow-up", "nl"),
    );
    await page.screenshot({ path: join(SHOTS, "keyboard-handed-over-nl.png"), fullPage: true });
  }, 180_000);
});
