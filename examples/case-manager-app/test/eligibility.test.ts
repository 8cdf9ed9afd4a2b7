import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, type TestApp, targets, testApp } from "./harness";

// The demo project takes mothers under the 2023 call's rules (any OCMW service). A
// referral outside them is refused with the rule she does not meet, in the user's
// language, unless a coordinator of the project allowed an exception.
describe("referral under the project's eligibility rules", () => {
  const sqlite = targets().find((target) => target.name === "sqlite")!;
  let t: TestApp;
  let lotte: Client;

  beforeAll(async () => {
    t = await testApp(sqlite.url!);
    lotte = new Client(t.app);
    expect((await lotte.login("casemanager")).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const refer = (extra: Record<string, unknown> = {}) =>
    lotte.json<Record<string, unknown>>("/api/groups/gent-2026-b/trajectories", {
      method: "POST",
      json: {
        givenName: "Test",
        familyName: "Moeder",
        referredBy: "mw-09",
        eligibility: { singleMother: true, services: [] },
        ...extra,
      },
    });

  it("refuses a mother who uses no OCMW service, saying which rule in the user's language", async () => {
    const refused = await refer();
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({
      error: "ineligible",
      reasons: [
        "Dit project neemt moeders op met leefloon, equivalent leefloon, aanvullende steun, schuldbemiddeling of andere dienst.",
      ],
      remedy:
        "Verwijs haar naar een andere dienst, of vraag de coördinator van het project om een uitzondering en noteer die met de reden.",
    });
  });

  it("accepts her with an exception a coordinator of the project allowed, and records it", async () => {
    const exception = { approvedBy: "co-01", reason: "Aanvraag leefloon loopt" };
    const created = await refer({ eligibilityException: exception });
    expect(created.status).toBe(201);
    const id = created.body.trajectoryId as string;
    const trajectory = await lotte.json<{ events: { data: Record<string, unknown> }[] }>(
      `/api/trajectories/${id}`,
    );
    expect(trajectory.body.events[0]?.data.eligibilityException).toEqual(exception);

    // The reason is free text about her: erasure removes it, and keeps who allowed it.
    expect(
      (await lotte.request(`/api/trajectories/${id}/erase`, { method: "POST", json: {} })).status,
    ).toBe(200);
    const rows = await t.db.all<{ data: string }>(
      "SELECT data FROM events WHERE stream_id = ? ORDER BY version",
      [`trajectory:${id}`],
    );
    expect(JSON.parse(rows[0]!.data).eligibilityException).toEqual({
      approvedBy: "co-01",
      reason: "[erased]",
    });
  });

  it("refuses an exception allowed by someone who is not the project's coordinator", async () => {
    const refused = await refer({ eligibilityException: { approvedBy: "cm-01", reason: "x" } });
    expect(refused.status).toBe(422);
    expect((refused.body.reasons as string[])[0]).toBe(
      "Wie de uitzondering toestaat, moet een actieve coördinator van dit project zijn.",
    );
  });

  it("refuses an exception without a reason as invalid", async () => {
    const invalid = await refer({ eligibilityException: { approvedBy: "co-01", reason: " " } });
    expect(invalid.status).toBe(400);
  });

  it("in the referral form: offers the project's coordinator for an exception, refuses with the rule, admits with the exception", async () => {
    const form = await (await lotte.request("/groups/gent-2026-b/participants/new")).text();
    expect(form).toContain('<option value="co-01">Griet</option>');
    const fields = {
      givenName: "Test",
      familyName: "Moeder",
      when: "2026-11-20T10:00",
      referredBy: "mw-09",
      singleMother: "on",
    };
    const refused = await lotte.request("/groups/gent-2026-b/participants", {
      method: "POST",
      form: fields,
    });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain("Ze voldoet niet aan de toelatingsvoorwaarden van het project");
    expect(page).toContain("Dit project neemt moeders op met leefloon");
    const admitted = await lotte.request("/groups/gent-2026-b/participants", {
      method: "POST",
      form: { ...fields, exceptionApprovedBy: "co-01", exceptionReason: "Aanvraag loopt" },
    });
    expect(admitted.status).toBe(303);
  });
});
