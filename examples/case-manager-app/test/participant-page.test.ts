// What a case manager reads on a participant's page (issue #18): her goals by her own
// words, never by the ids programs give them ("g1"), and no revision number of her log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readableHtml } from "../../../scripts/terminology";
import { Client, type TestApp, targets, testApp } from "./harness";

// In the example cohort, group B's sixth participant agreed a plan and updated a goal.
const PARTICIPANT = "/participants/gent-2026-b-06";

describe("a participant's page", () => {
  const sqlite = targets().find((target) => target.name === "sqlite")!;
  let t: TestApp;
  let text: string;
  beforeAll(async () => {
    t = await testApp(sqlite.url!);
    const client = new Client(t.app);
    expect((await client.login("casemanager")).status).toBe(200);
    const response = await client.request(PARTICIPANT);
    expect(response.status).toBe(200);
    text = readableHtml(await response.text());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("names her goals by her words in the timeline, the plan and each update", () => {
    expect(text).not.toMatch(/\bg\d+\s*:/);
    // The plan lists her goals, and the update names the goal it moved on.
    expect(text.match(/Ik wil mijn facturen op tijd betalen\./g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/\(Ik wil mijn facturen op tijd betalen\.\)/);
  });

  it("names her preferred language in the reader's language, as any other value", async () => {
    const client = new Client(t.app);
    expect((await client.login("casemanager")).status).toBe(200);
    await client.request("/preferences/language", {
      method: "POST",
      form: { language: "fr", back: "/groups" },
    });
    const french = readableHtml(await (await client.request(PARTICIPANT)).text());
    expect(french).toMatch(/Langue préférée\s+néerlandais/);
  });

  it("shows no revision number of her log", () => {
    expect(text).not.toMatch(/\bversie\b/i);
  });
});
