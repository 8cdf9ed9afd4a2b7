// The terminology test of the app's pages (issue #17), as docs/test/terminology.test.ts
// does for the docs site and the printed documents: in each language, a case manager's
// and a coordinator's pages contain no term the kit chose against, no English interface
// word in Dutch, French or German, and no code meant for programs.
import { LANGUAGES, type Language, vocabularies } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isoDateProblems,
  rawCodesOf,
  readableHtml,
  terminologyProblems,
} from "../../../scripts/terminology";
import { Client, type TestApp, targets, testApp } from "./harness";

const RAW_CODES = rawCodesOf(vocabularies);

// Pages a case manager and a coordinator open in a working day (the example cohort's
// group A is closed, group B is at every stage).
const PAGES = {
  casemanager: [
    "/groups",
    "/groups/gent-2026-b",
    "/groups/gent-2026-b/participants/new",
    "/participants/gent-2026-b-01",
    "/participants/gent-2026-b-05",
    "/participants/gent-2025-a-01",
    "/participants/gent-2025-a-11",
    "/groups/gent-2025-a/report",
    "/",
    "/search",
    "/calendar",
    "/calendar?view=month",
    "/settings/calendar",
    "/participants/gent-2026-b-05/confirm/trajectory.closed?outcome=dropped-out",
  ],
  coordinator: [
    "/groups",
    "/groups/gent-2025-a/report",
    "/project/report",
    "/search",
    "/calendar?view=month",
    "/admin/audit",
  ],
} as const;

describe("terminology of the app's pages", () => {
  const sqlite = targets().find((target) => target.name === "sqlite")!;
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(sqlite.url!);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it.each(LANGUAGES)("in %s", async (language: Language) => {
    const found: string[] = [];
    for (const [user, pages] of Object.entries(PAGES)) {
      const client = new Client(t.app);
      expect((await client.login(user)).status).toBe(200);
      await client.request("/preferences/language", {
        method: "POST",
        form: { language, back: "/groups" },
      });
      for (const path of pages) {
        const response = await client.request(path);
        if (response.status !== 200) {
          found.push(`${user} ${path}: status ${response.status}`);
          continue;
        }
        const html = await response.text();
        // The page is in the language asked for, or the check would prove nothing.
        expect(html, path).toContain(`<html lang="${language}"`);
        const text = readableHtml(html);
        for (const p of [
          ...terminologyProblems(text, language, RAW_CODES),
          ...isoDateProblems(text),
        ])
          found.push(`${user} ${path}: ${p.kind} "${p.found}" → ${p.hint}`);
      }
    }
    expect(found).toEqual([]);
  });
});
