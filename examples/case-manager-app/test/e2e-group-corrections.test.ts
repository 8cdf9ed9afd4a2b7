/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../src/domain/time";
import { formatDay } from "../src/web/day/dates";
import {
  axeFindings,
  type BrowserApp,
  chooseLanguage,
  chromiumAvailable,
  DESKTOP,
  freshPage,
  loginAndLand,
  overflowX,
  PHONE,
  SHOTS,
  startBrowserApp,
  wordsBrokenInHeadings,
} from "./fixtures/browser";

// A case manager corrects a group session's date and voids another session from the group
// page, on a desktop and on a 360 px phone: the page and the attendance register show the
// corrected group, the history keeps the original struck through with the reason.

const GROUP = "gent-2026-b";
// The seeded sessions of her group: .002 six weeks ago, .003 four weeks ago, .004 two.
const CORRECTED = `${GROUP}.002`;
const VOIDED = `${GROUP}.003`;

describe.skipIf(!chromiumAvailable)("correcting and voiding a group session", () => {
  let app: BrowserApp;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    app = await startBrowserApp();
    ({ context, page } = await freshPage(app.browser, DESKTOP));
    await loginAndLand(page, { origin: app.server.url, username: "casemanager" });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
  });

  const row = (id: string) => page.locator(`tr[id="ev-${id}"]`);
  const groupPage = () => page.goto(`${app.server.url}/groups/${GROUP}`);
  const send = () =>
    Promise.all([page.waitForNavigation(), page.click("main form.stack button[type=submit]")]);
  const noViolations = async (label: string) =>
    expect(await axeFindings(page, label), label).toEqual([]);

  it("corrects a session's date, keeping what she typed when the form is refused", async () => {
    await groupPage();
    const before = await row(CORRECTED).locator("td.num").textContent();
    await row(CORRECTED).getByRole("link", { name: "Corrigeren" }).click();
    await page.waitForSelector("#f-date");
    // The form starts from the session as recorded.
    const date = await page.inputValue("#f-date");
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.inputValue("#f-topic")).not.toBe("");
    expect(await page.locator("input[name=attendees]:checked").count()).toBe(Number(before));
    await noViolations("group correction form");

    // The day after: the date was typed wrong. Sent without a reason or the confirmation.
    const next = addDays(date, 1);
    await page.fill("#f-date", next);
    await page.fill("#f-note", "Datum verkeerd overgenomen");
    const [refused] = await send();
    expect(refused?.status()).toBe(422);
    expect(await page.inputValue("#f-date")).toBe(next);
    expect(await page.inputValue("#f-note")).toBe("Datum verkeerd overgenomen");
    expect(await page.locator("#e-reason").textContent()).toContain("Vul dit in");
    expect(await page.locator("#e-confirm").textContent()).toContain("Vink aan");
    await noViolations("group correction form with errors");
    await page.screenshot({ path: join(SHOTS, "group-correction-errors-nl.png"), fullPage: true });

    await page.selectOption("#f-reason", "wrong-date");
    await page.check("#f-confirm");
    await send();
    expect(new URL(page.url()).searchParams.get("done")).toBe("1");
    const corrected = row(CORRECTED);
    expect(await corrected.getAttribute("class")).toBe("corrected");
    expect(await corrected.locator("td").first().textContent()).toBe(
      formatDay(next, "nl", "medium"),
    );
    // The history: the original struck through under it, with the reason and the note.
    expect(await corrected.locator("del.original").textContent()).toContain(
      formatDay(date, "nl", "medium"),
    );
    expect(await corrected.textContent()).toContain("verkeerde datum");
    expect(await corrected.textContent()).toContain("Datum verkeerd overgenomen");
    expect(await corrected.locator("td.num").textContent()).toBe(before);

    // The attendance register prints the corrected date and the same mothers.
    await corrected.getByRole("link", { name: "Aanwezigheidslijst" }).click();
    await page.waitForLoadState("load");
    const register = (await page.textContent("body")) ?? "";
    const printed = (day: string) =>
      new Intl.DateTimeFormat("nl-BE", { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${day}T12:00:00Z`),
      );
    expect(register).toContain(printed(next));
    expect(register).not.toContain(printed(date));
    expect(register).toContain(`Aanwezig: ${before} van`);
  });

  it("voids a session, which stays struck through and leaves the register", async () => {
    await groupPage();
    const sessions = await page.locator("table.sessions tbody tr:not(.voided)").count();
    await row(VOIDED).getByRole("link", { name: "Schrappen" }).click();
    await page.waitForSelector("#f-reason");
    await noViolations("group void form");
    await page.selectOption("#f-reason", "recorded-twice");
    await page.check("#f-confirm");
    await send();
    const voided = row(VOIDED);
    expect(await voided.getAttribute("class")).toBe("voided");
    expect(await voided.locator("del").count()).toBeGreaterThan(0);
    expect(await voided.textContent()).toContain("dubbel ingevoerd");
    // No link to correct it again or to its register.
    expect(await voided.locator("a").count()).toBe(0);
    expect(await page.locator("table.sessions tbody tr:not(.voided)").count()).toBe(sessions - 1);
    await noViolations("group page with corrections");
    const gone = await page.goto(`${app.server.url}/groups/${GROUP}/sessions/${VOIDED}`);
    expect(gone?.status()).toBe(404);
    const again = await page.goto(`${app.server.url}/groups/${GROUP}/void/${VOIDED}`);
    expect(again?.status()).toBe(404);
  });

  it("fits a 360 px phone, in French too", async () => {
    await page.setViewportSize(PHONE);
    await groupPage();
    expect(await overflowX(page)).toBe(0);
    await page.screenshot({ path: join(SHOTS, "group-corrections-nl-phone.png"), fullPage: true });
    await chooseLanguage(page, "fr");
    await page.goto(`${app.server.url}/groups/${GROUP}/correct/${GROUP}.004`);
    await page.waitForSelector("#f-date");
    expect(await page.textContent("main form")).toContain("Motif de la correction");
    expect(await overflowX(page)).toBe(0);
    await noViolations("group correction form on a phone");
    await page.screenshot({ path: join(SHOTS, "group-correction-fr-phone.png"), fullPage: true });
    await chooseLanguage(page, "nl");
    await page.setViewportSize(DESKTOP);
  });

  it("never breaks a column's name inside a word, at any width, in French", async () => {
    await chooseLanguage(page, "fr");
    try {
      // A phone, a small tablet, a tablet just above the phone layout, a small laptop.
      for (const width of [360, 480, 640, 720, 800, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await groupPage();
        expect(await wordsBrokenInHeadings(page), `${width} px`).toEqual([]);
        expect(await overflowX(page), `${width} px`).toBe(0);
      }
    } finally {
      await chooseLanguage(page, "nl");
      await page.setViewportSize(DESKTOP);
    }
  });
});
