// The audit log as a coordinator reads it (issue #18): times in her language on Brussels
// clocks, what an entry is about and its detail in words, never the codes the log keeps;
// and the group report she opened, with its figures as French writes them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readableHtml } from "../../../scripts/terminology";
import { Client, type TestApp, targets, testApp } from "./harness";

describe("the audit log page", () => {
  const sqlite = targets().find((target) => target.name === "sqlite")!;
  let t: TestApp;
  let text: string;
  let report: string;
  beforeAll(async () => {
    t = await testApp(sqlite.url!);
    const client = new Client(t.app);
    expect((await client.login("coordinator")).status).toBe(200);
    await client.request("/preferences/language", {
      method: "POST",
      form: { language: "fr", back: "/groups" },
    });
    // Entries to read: her sign-in, and a group report opened.
    const opened = await client.request("/groups/gent-2025-a/report");
    expect(opened.status).toBe(200);
    report = readableHtml(await opened.text());
    const response = await client.request("/admin/audit");
    expect(response.status).toBe(200);
    text = readableHtml(await response.text());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("says what each entry is about in words", () => {
    expect(text).toContain("Groupe gent-2025-a");
    expect(text).toContain("Rapport du groupe");
    expect(text).not.toMatch(/\b(user|group|project):|group-report/);
  });

  it("gives each time in French words, to the second", () => {
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/\d{1,2} [a-zéû]+\.? \d{4}[ ,]+\d{2}:\d{2}:\d{2}/);
  });

  it("leads to a group report whose figures are written the French way", () => {
    // "2,4" and "86 %" (a no-break space), never "2.4" or "86%".
    expect(report).toMatch(/\d,\d/);
    expect(report).not.toMatch(/\d\.\d/);
    expect(report).toMatch(/\d[\u00a0\u202f]%/);
  });
});
