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
  freshPage,
  login,
  overflowX,
  PHONE,
  SHOTS,
  startBrowserApp,
  TABLET,
} from "./fixtures/browser";

// WCAG 2.1 AA is a public-sector obligation: every page, as each role, in every language,
// has 0 axe-core violations of any impact. The pages are not listed by hand: each role's
// pages are found by following the links from her start page, so a page added to the app
// is checked as soon as a link leads to it. One page of each kind is checked (one
// participant's record form of each step, not every participant's).

/** The seeded accounts of the demo, one per role. */
const ROLES = [
  { role: "case-manager", username: "casemanager" },
  { role: "coordinator", username: "coordinator" },
  { role: "admin", username: "admin" },
] as const;

/** Addresses never followed: downloads, and what is not a page. */
const SKIP = [/\/logout$/, /\/export\.json$/, /\.jsonl$/, /^\/static\//, /\/healthz$/];

/**
 * The kind of a page: its address with the ids taken out, so one participant's page
 * stands for all (`/participants/:id/record/contact.held`).
 */
export function pageKind(path: string): string {
  return path
    .replace(/\/(participants|groups|sessions|users)\/(?!new(?:[/?]|$))[^/?]+/g, "/$1/:id")
    .replace(/[?&](lang|done|dup|erased)=[^&]*/g, "");
}

/** How many pages of a kind are opened to find the links on them (participants differ by phase). */
const VISITS_PER_KIND: Record<string, number> = { "/participants/:id": 40 };

/** The addresses a signed-in role reaches from `/`, one per kind (in the order found). */
async function discover(page: Page, origin: string): Promise<string[]> {
  const found: string[] = [];
  const visits = new Map<string, number>();
  const misses = new Map<string, number>();
  const queue = ["/"];
  const seen = new Set<string>(queue);
  while (queue.length > 0 && found.length < 120) {
    const path = queue.shift()!;
    const kind = pageKind(path);
    const visited = visits.get(kind) ?? 0;
    const refused = misses.get(kind) ?? 0;
    if (visited >= (VISITS_PER_KIND[kind] ?? 1) || refused >= 20) continue;
    const response = await page.goto(`${origin}${path}`);
    const landed = new URL(page.url());
    const here = `${landed.pathname}${landed.search}`;
    // A step refused in this participant's phase: another participant's may be open.
    if (!response || response.status() >= 400 || landed.origin !== origin) {
      misses.set(kind, refused + 1);
      continue;
    }
    visits.set(kind, visited + 1);
    if (visited === 0 && !found.some((p) => pageKind(p) === pageKind(here))) found.push(here);
    const links = await page.$$eval("a[href]:not([download])", (anchors) =>
      anchors.map((a) => (a as HTMLAnchorElement).href),
    );
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const next = `${url.pathname}${url.search}`;
      if (seen.has(next) || SKIP.some((skip) => skip.test(url.pathname))) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return found;
}

const format = (findings: readonly AxeFinding[]) =>
  findings.map((f) => `${f.impact} ${f.rule} on ${f.page} at ${f.target}`).join("\n");

describe.skipIf(!chromiumAvailable)("accessibility (WCAG 2.1 AA) of every page", () => {
  let app: BrowserApp;
  const sessions = new Map<string, { context: BrowserContext; page: Page; pages: string[] }>();

  beforeAll(async () => {
    app = await startBrowserApp();
    for (const { role, username } of ROLES) {
      const { context, page } = await freshPage(app.browser);
      await login(page, app.server.url, username);
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
    expect(kinds("coordinator")).toEqual(expect.arrayContaining(["/groups", "/project/report"]));
    expect(kinds("admin")).toEqual(expect.arrayContaining(["/admin/users", "/admin/audit"]));
  });

  for (const { role } of ROLES)
    for (const language of LANGUAGES)
      it(`has no axe-core violation as ${role} in ${language}`, async () => {
        const { page, pages } = sessions.get(role)!;
        await page.goto(`${app.server.url}${pages.find((p) => p.startsWith("/")) ?? "/"}`);
        await chooseLanguage(page, language);
        const findings: AxeFinding[] = [];
        for (const path of pages) {
          await page.goto(`${app.server.url}${path}`);
          expect(await page.getAttribute("html", "lang")).toBe(language);
          findings.push(...(await axeFindings(page, path)));
        }
        expect(format(findings)).toBe("");
      }, 300_000);

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
