/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { statSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../src/domain/time";
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
} from "./fixtures/browser";

// The forms as a case manager meets them in Chromium: what she typed survives a refusal,
// each error stands beside its field in her language, dates have limits, her consent form
// prints before consent, a session on the day of her consent counts her, the
// administrator chooses from lists, and pages print without the app's chrome.

const GROUP = "gent-2026-b";

describe.skipIf(!chromiumAvailable)("forms in Chromium", () => {
  let app: BrowserApp;
  let context: BrowserContext;
  let page: Page;
  let origin = "";
  let participant = "";

  beforeAll(async () => {
    app = await startBrowserApp();
    origin = app.server.url;
    ({ context, page } = await freshPage(app.browser));
    await loginAndLand(page, { origin, username: "casemanager" });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await app?.close();
  });

  const submit = async () => {
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.click("main form.stack button[type=submit]"),
    ]);
    return response?.status();
  };

  it("keeps everything she typed and shows each error beside its field, in words, in NL and FR, on a phone and a desktop", async () => {
    const required = { nl: "Vul dit in.", fr: "Ce champ est obligatoire." };
    for (const language of ["nl", "fr"] as const) {
      await page.goto(`${origin}/groups/${GROUP}`);
      await chooseLanguage(page, language);
      for (const [device, viewport] of [
        ["phone", PHONE],
        ["desktop", DESKTOP],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.goto(`${origin}/groups/${GROUP}/participants/new`);
        await page.fill("#f-givenName", "Amina");
        await page.fill("#f-referredBy", "Jan Peeters"); // a name where a code belongs
        await page.fill("#f-age", "12");
        await page.fill("#f-neighbourhood", "Rabot");
        expect(await submit()).toBe(422);

        // Nothing she typed is lost.
        expect(await page.inputValue("#f-givenName")).toBe("Amina");
        expect(await page.inputValue("#f-referredBy")).toBe("Jan Peeters");
        expect(await page.inputValue("#f-age")).toBe("12");
        expect(await page.inputValue("#f-neighbourhood")).toBe("Rabot");
        expect(await page.isChecked('input[name=services][value="living-wage"]')).toBe(true);
        // Each error beside its field, tied to it for a screen reader.
        for (const field of ["familyName", "referredBy", "age"]) {
          expect(await page.getAttribute(`#f-${field}`, "aria-invalid")).toBe("true");
          expect(await page.getAttribute(`#f-${field}`, "aria-describedby")).toBe(`e-${field}`);
        }
        expect(await page.textContent("#e-familyName")).toContain(required[language]);
        expect(await page.textContent("#e-age")).toContain("14");
        // The list at the top links to each field and has the focus.
        const links = await page.$$eval(".error-summary a", (anchors) =>
          anchors.map((a) => a.getAttribute("href")),
        );
        expect(links).toEqual(expect.arrayContaining(["#f-familyName", "#f-referredBy", "#f-age"]));
        // Autofocus lands in a task after load: wait for it (fails after 5 s if it never does).
        await page.waitForFunction(
          () => document.activeElement?.className === "error-summary",
          null,
          {
            timeout: 5_000,
          },
        );
        // In words and in her language: no JSON path, no kit wording for files, no English.
        const words = (await page.textContent("main")) ?? "";
        expect(words).not.toMatch(/\$\.|expected|found|verwacht|attendu|required|Please/);
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: join(SHOTS, `form-errors-${language}-${device}.png`),
          fullPage: true,
        });
        expect(await axeFindings(page, "referral with errors")).toEqual([]);
        // Following a link of the list puts her in the field.
        await page.click('.error-summary a[href="#f-age"]');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-age");
      }
    }
    await chooseLanguage(page, "nl");
    await page.setViewportSize(DESKTOP);
  });

  it("shows the steps before consent, prints her consent form with her name, and counts her at a session on the day of her consent", async () => {
    await page.goto(`${origin}/groups/${GROUP}/participants/new`);
    await page.fill("#f-givenName", "Nadia");
    await page.fill("#f-familyName", "Testmoeder");
    await page.fill("#f-referredBy", "mw-21");
    await submit();
    participant = new URL(page.url()).pathname;
    expect(participant).toMatch(/^\/participants\/gent-2026-b-[0-9a-f]+$/);

    // The to-do list: information talk, consent form to print and sign, consent.
    expect(await page.locator("#due-h ~ h3").first().textContent()).toBe("Vóór haar toestemming");
    expect(await page.locator("ol.todo li").count()).toBe(3);
    await page.click('ol.todo a[href$="/consent-form"]');
    expect(await page.textContent(".sheet")).toContain("Nadia Testmoeder");
    await page.screenshot({ path: join(SHOTS, "consent-form-to-sign-nl.png"), fullPage: true });
    const pdf = join(SHOTS, "consent-form-to-sign.pdf");
    await page.pdf({ path: pdf, format: "A4" });
    expect(statSync(pdf).size).toBeGreaterThan(5_000);

    await page.goto(`${origin}${participant}`);
    await page.click('ol.todo a[href$="/record/information-talk.held"]');
    await page.selectOption("#f-decision", "interested");
    await submit();
    expect(await page.locator("ol.todo li.done").count()).toBe(1);
    await page.click('ol.todo a[href$="/record/consent.given"]');
    await submit();
    expect(await page.locator("ol.todo").count()).toBe(0);

    // A session today, recorded after her consent: she can be ticked, and she counts.
    await page.goto(`${origin}/groups/${GROUP}/sessions/new`);
    expect(await page.inputValue("#f-date")).toBe(today());
    await page.fill("#f-topic", "Kennismaking");
    const tid = participant.split("/").at(-1)!;
    await page.check(`input[name=attendees][value="${tid}"]`);
    const ticked = await page.locator("input[name=attendees]:checked").count();
    await submit();
    expect(new URL(page.url()).pathname).toBe(`/groups/${GROUP}`);
    const newest = page.locator("main table").nth(1).locator("tbody tr").first();
    expect(await newest.locator("td.num").textContent()).toBe(String(ticked));
    await newest.getByRole("link", { name: "Aanwezigheidslijst" }).click();
    expect(await page.textContent("body")).toContain("Nadia Testmoeder");
    await page.goto(`${origin}${participant}`);
    expect(await page.locator(".timeline li.attendance").count()).toBe(1);
    expect(await page.locator("main > p.error").count()).toBe(0);
  });

  it("limits the date pickers and refuses a future, an impossible or a too early date with the reason beside it", async () => {
    await page.goto(`${origin}${participant}/record/contact.held`);
    const min = await page.getAttribute("#f-when", "min");
    const max = await page.getAttribute("#f-when", "max");
    expect(min?.slice(0, 10)).toBe(today());
    expect(max! > `${today()}T23:59`).toBe(true);
    await page.check('input[name="domains"][value="housing"]');
    await page.fill("#f-note", "Huisbezoek");
    const tryDate = async (when: string) => {
      await page.fill("#f-when", when);
      expect(await submit()).toBe(422);
      expect(await page.inputValue("#f-note")).toBe("Huisbezoek");
      expect(await page.isChecked('input[name="domains"][value="housing"]')).toBe(true);
      return (await page.textContent("#e-when")) ?? "";
    };
    expect(await tryDate("2099-03-01T10:00")).toContain("in de toekomst");
    expect(await tryDate("2014-03-01T10:00")).toContain("Kijk het jaar na");
    expect(await tryDate(`${today().slice(0, 4)}-01-01T00:01`)).toContain("vóór haar toeleiding");
    await page.screenshot({ path: join(SHOTS, "form-date-refused-nl.png"), fullPage: true });
    expect(await axeFindings(page, "contact with a refused date")).toEqual([]);

    // The session's date: from the group's start to today (Brussels) plus the tolerance.
    await page.goto(`${origin}/groups/${GROUP}/sessions/new`);
    expect(await page.getAttribute("#f-date", "max")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await page.getAttribute("#f-date", "min"))! <= today()).toBe(true);
    await page.fill("#f-topic", "Te vroeg gepland");
    await page.fill("#f-date", "2099-01-05");
    expect(await submit()).toBe(422);
    expect(await page.textContent("#e-date")).toContain("in de toekomst");
    expect(await axeFindings(page, "session with errors")).toEqual([]);
    expect(await page.inputValue("#f-topic")).toBe("Te vroeg gepland");
  });

  it("prints a participant page and her group without the app's chrome", async () => {
    await page.goto(`${origin}${participant}`);
    await page.emulateMedia({ media: "print" });
    expect(await page.$eval("header", (h) => getComputedStyle(h).display)).toBe("none");
    expect(await page.$eval("main h1", (h) => getComputedStyle(h).display)).not.toBe("none");
    await page.screenshot({ path: join(SHOTS, "print-participant.png"), fullPage: true });
    const pdf = join(SHOTS, "participant-page.pdf");
    await page.pdf({ path: pdf, format: "A4" });
    expect(statSync(pdf).size).toBeGreaterThan(5_000);
    await page.goto(`${origin}/groups/${GROUP}`);
    expect(await page.$eval("header", (h) => getComputedStyle(h).display)).toBe("none");
    await page.pdf({ path: join(SHOTS, "group-page.pdf"), format: "A4" });
    await page.emulateMedia({ media: "screen" });
  });

  it("lets the administrator choose projects, groups, roles and languages from lists", async () => {
    const admin = await freshPage(app.browser);
    const p = admin.page;
    await loginAndLand(p, { origin, username: "admin" });
    await p.goto(`${origin}/admin/users`);
    for (const name of ["projectId", "role", "language"])
      expect(await p.$eval(`[name=${name}]`, (e) => e.tagName)).toBe("SELECT");
    expect(await p.locator("input[type=checkbox][name=groups]").count()).toBeGreaterThan(1);
    expect(await p.locator("input[type=text][name=groups]").count()).toBe(0);

    await p.fill("#f-id", "cm 09");
    await p.fill("#f-username", "sofie");
    await p.check(`input[name=groups][value="${GROUP}"]`);
    await Promise.all([p.waitForNavigation(), p.click("main form.stack button[type=submit]")]);
    expect(await p.inputValue("#f-username")).toBe("sofie");
    expect(await p.isChecked(`input[name=groups][value="${GROUP}"]`)).toBe(true);
    expect(await p.getAttribute("#f-id", "aria-invalid")).toBe("true");
    expect(await p.getAttribute("#f-displayName", "aria-invalid")).toBe("true");
    expect(await p.getAttribute("#f-password", "aria-invalid")).toBe("true");
    expect(await p.inputValue("#f-password")).toBe("");
    expect(await axeFindings(p, "new user with errors")).toEqual([]);

    await p.fill("#f-id", "cm-09");
    await p.fill("#f-displayName", "Sofie");
    await p.fill("#f-password", "een lange zin als wachtwoord 2026");
    await Promise.all([p.waitForNavigation(), p.click("main form.stack button[type=submit]")]);
    await p.click('a[href="/admin/users/cm-09"]');
    expect(await p.isChecked(`input[name=groups][value="${GROUP}"]`)).toBe(true);
    await admin.context.close();
  });

  it("speaks the language she chose at login, and keeps it for her on another device", async () => {
    const first = await freshPage(app.browser);
    await loginAndLand(first.page, { origin, username: "casemanager2", language: "de" });
    expect(await first.page.getAttribute("html", "lang")).toBe("de");
    await first.context.close();
    const second = await freshPage(app.browser);
    await loginAndLand(second.page, { origin, username: "casemanager2" });
    expect(await second.page.getAttribute("html", "lang")).toBe("de");
    expect(await second.page.textContent("h1")).toBe("Meine Arbeitsliste");
    await second.context.close();
  });
});
