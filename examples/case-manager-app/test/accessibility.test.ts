/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { join } from "node:path";
import { LANGUAGES } from "@miriam/schemas";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AxeFinding,
  axeFindings,
  type BrowserApp,
  chooseLanguage,
  chromiumAvailable,
  discover,
  freshPage,
  loginAndLand,
  overflowX,
  PHONE,
  pageKind,
  SHOTS,
  startBrowserApp,
  TABLET,
  WORD_RULES,
} from "./fixtures/browser";

// WCAG 2.1 AA is a public-sector obligation: every page, as each role, in every language,
// has 0 axe-core violations of any impact. The pages are not listed by hand: each role's
// pages are found by following the links from her start page, so a page added to the app
// is checked as soon as a link leads to it. One page of each kind is checked (one
// participant's record form of each step, not every participant's).
//
// Every rule runs on every page in one language per role, and each language has its turn
// (case manager: nl and en, coordinator: fr, admin: de); in the other languages only the
// rules whose outcome words can change run (WORD_RULES). Every rule in every language took
// 16 minutes of CI for checks that colours and structure, which no language changes, had
// already passed.

/** The seeded accounts of the demo, one per role. */
const ROLES = [
  { role: "case-manager", username: "casemanager" },
  { role: "coordinator", username: "coordinator" },
  { role: "admin", username: "admin" },
] as const;

const format = (findings: readonly AxeFinding[]) =>
  findings.map((f) => `${f.impact} ${f.rule} on ${f.page} at ${f.target}`).join("\n");

describe.skipIf(!chromiumAvailable)("accessibility (WCAG 2.1 AA) of every page", () => {
  let app: BrowserApp;
  const sessions = new Map<string, { context: BrowserContext; page: Page; pages: string[] }>();

  beforeAll(async () => {
    app = await startBrowserApp();
    for (const { role, username } of ROLES) {
      const { context, page } = await freshPage(app.browser);
      await loginAndLand(page, { origin: app.server.url, username });
      const pages = await discover(page, app.server.url);
      sessions.set(role, { context, page, pages });
    }
  }, 300_000);

  afterAll(async () => {
    for (const { context } of sessions.values()) await context.close();
    await app?.close();
  });

  it("finds each role's pages by following links", () => {
    const kinds = (role: string) => sessions.get(role)!.pages.map(pageKind);
    expect(kinds("case-manager")).toEqual(
      expect.arrayContaining([
        "/groups",
        "/groups/:id",
        "/participants/:id",
        "/participants/:id/record/contact.held",
        "/groups/:id/participants/new",
        "/groups/:id/sessions/new",
      ]),
    );
    expect(kinds("coordinator")).toEqual(
      expect.arrayContaining([
        "/groups",
        "/project/report",
        "/calendar?view=week",
        "/project/annual-report",
      ]),
    );
    // A coordinator sees who is in which group, not the records (only her case manager opens those).
    expect(kinds("coordinator").some((kind) => kind.startsWith("/participants"))).toBe(false);
    expect(kinds("case-manager")).toEqual(
      expect.arrayContaining([
        "/participants/:id/correct/:event",
        "/groups/:id/correct/:event",
        "/groups/:id/void/:event",
        "/participants/:id/documents/handover",
        "/participants/:id/consent-form",
      ]),
    );
    expect(kinds("admin")).toEqual(expect.arrayContaining(["/admin/users", "/admin/audit"]));
  });

  /** Whether every rule runs for this role in this language: each language and each role has its turn. */
  const everyRule = (roleIndex: number, languageIndex: number) =>
    languageIndex % ROLES.length === roleIndex;

  ROLES.forEach(({ role }, roleIndex) => {
    LANGUAGES.forEach((language, languageIndex) => {
      const rules = everyRule(roleIndex, languageIndex) ? undefined : WORD_RULES;
      it(`has no axe-core violation as ${role} in ${language} (${rules ? "rules on words" : "every rule"})`, async () => {
        const { page, pages } = sessions.get(role)!;
        await page.goto(`${app.server.url}${pages.find((p) => p.startsWith("/")) ?? "/"}`);
        await chooseLanguage(page, language);
        const findings: AxeFinding[] = [];
        for (const path of pages) {
          await page.goto(`${app.server.url}${path}`);
          expect(await page.getAttribute("html", "lang")).toBe(language);
          findings.push(...(await axeFindings(page, path, rules)));
        }
        // The search's answer is a POST (a name never lands in an address), so no link
        // leads to it: search as she would.
        if (pages.includes("/search")) {
          await page.goto(`${app.server.url}/search`);
          await page.fill("#q", "gent");
          await Promise.all([page.waitForURL("**/search"), page.click("form[role=search] button")]);
          await page.waitForSelector("main [role=status]:not([hidden])");
          findings.push(...(await axeFindings(page, "search results", rules)));
        }
        expect(format(findings)).toBe("");
      }, 300_000);
    });
  });

  it("gives every language and every role a turn with every rule", () => {
    const full = ROLES.flatMap((_, r) =>
      LANGUAGES.filter((_, l) => everyRule(r, l)).map((language) => ({ r, language })),
    );
    expect(new Set(full.map((f) => f.language))).toEqual(new Set(LANGUAGES));
    expect(new Set(full.map((f) => f.r))).toEqual(new Set(ROLES.map((_, r) => r)));
  });

  it("fits a phone (360 px) and a tablet without sideways scrolling, on every page of the case manager", async () => {
    const { context, pages } = sessions.get("case-manager")!;
    const page = await context.newPage();
    const wide: string[] = [];
    for (const viewport of [PHONE, TABLET]) {
      await page.setViewportSize(viewport);
      for (const path of pages) {
        await page.goto(`${app.server.url}${path}`);
        const over = await overflowX(page);
        if (over > 0) wide.push(`${path} at ${viewport.width} px: ${over} px too wide`);
      }
    }
    await page.setViewportSize(PHONE);
    await page.goto(`${app.server.url}${pages.find((p) => pageKind(p) === "/participants/:id")}`);
    await page.screenshot({ path: join(SHOTS, "a11y-participant-phone.png"), fullPage: true });
    await page.close();
    expect(wide).toEqual([]);
  }, 300_000);
});
