import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERASED, erasePersonalFields } from "../src/domain/privacy";
import { mayCorrect } from "../src/web/participant/corrections";
import { Client, signedInCaseManager, type TestApp } from "./harness";

// Corrections and voids through the API: the original stays in her log, the replay shows
// the corrected state, and only the author or a coordinator may correct.

describe("corrections in the app", () => {
  let t: TestApp;
  let lotte: Client;
  const id = "gent-2026-b-05";

  beforeAll(async () => {
    ({ t, lotte } = await signedInCaseManager());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const correct = (client: Client, json: Record<string, unknown>) =>
    client.json<Record<string, unknown>>(`/api/trajectories/${id}/corrections`, {
      method: "POST",
      json,
    });
  const events = async () =>
    (
      await lotte.json<{ events: { id: string; type: string; at: string; by: string }[] }>(
        `/api/trajectories/${id}`,
      )
    ).body.events;

  it("corrects a date and voids an entry; the log keeps both originals", async () => {
    const contacts = (await events()).filter((e) => e.type === "contact.held");
    expect(contacts.length).toBeGreaterThanOrEqual(2);
    const [first, second] = contacts;
    const fixed = await correct(lotte, {
      type: "event.corrected",
      id: "fix-1",
      data: {
        eventId: first!.id,
        reason: "wrong-date",
        note: "Datum verkeerd overgetypt",
        corrected: { at: first!.at.replace(/T\d\d/, "T08") },
      },
    });
    expect(fixed.status).toBe(201);
    // Idempotent: the same correction again changes nothing; another one under its id is
    // refused.
    const again = await correct(lotte, {
      type: "event.corrected",
      id: "fix-1",
      data: {
        eventId: first!.id,
        reason: "wrong-date",
        note: "Datum verkeerd overgetypt",
        corrected: { at: first!.at.replace(/T\d\d/, "T08") },
      },
    });
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    const other = await correct(lotte, {
      type: "event.corrected",
      id: "fix-1",
      data: { eventId: first!.id, reason: "wrong-date", corrected: { at: first!.at } },
    });
    expect(other).toMatchObject({ status: 409, body: { error: "event-id-reused" } });
    const voided = await correct(lotte, {
      type: "event.voided",
      id: "void-1",
      data: { eventId: second!.id, reason: "recorded-twice" },
    });
    expect(voided.status).toBe(201);
    const log = await events();
    expect(log.map((e) => e.id)).toEqual(
      expect.arrayContaining([first!.id, second!.id, "fix-1", "void-1"]),
    );

    const page = await (await lotte.request(`/participants/${id}`)).text();
    expect(page).toContain(`id="ev-${second!.id}" class="voided"`);
    expect(page).toContain(`id="ev-${first!.id}" class="corrected"`);
    expect(page).toContain("<del");
  });

  it("refuses a double void, a correction of an unknown id, and a void that breaks her trajectory", async () => {
    const doubled = await correct(lotte, {
      type: "event.voided",
      data: {
        eventId: (await events()).find((e) => e.id !== "void-1" && e.type === "contact.held")!.id,
        reason: "other",
      },
    });
    expect(doubled.status).toBe(201);
    const twice = await correct(lotte, {
      type: "event.voided",
      data: {
        eventId:
          doubled.body.event && (doubled.body.event as { data: { eventId: string } }).data.eventId,
        reason: "other",
      },
    });
    expect(twice.status).toBe(422);
    expect((twice.body.refusals as { rule: string }[])[0]!.rule).toBe("not-voided");

    const unknown = await correct(lotte, {
      type: "event.corrected",
      data: { eventId: "no-such-event", reason: "typing-error", corrected: {} },
    });
    expect(unknown.status).toBe(422);
    expect((unknown.body.refusals as { rule: string }[])[0]!.rule).toBe("correction-target");

    const consent = (await events()).find((e) => e.type === "consent.given")!;
    const breaks = await correct(lotte, {
      type: "event.voided",
      data: { eventId: consent.id, reason: "did-not-happen" },
    });
    expect(breaks.status).toBe(422);
    expect((breaks.body.refusals as { rule: string }[])[0]!.rule).toBe("correction-consistent");
  });

  it("lets a coordinator of the project correct, and only the author otherwise", async () => {
    expect(mayCorrect({ id: "cm-01", role: "case-manager" }, { by: "cm-01" })).toBe(true);
    expect(mayCorrect({ id: "cm-02", role: "case-manager" }, { by: "cm-01" })).toBe(false);
    expect(mayCorrect({ id: "co-01", role: "coordinator" }, { by: "cm-01" })).toBe(true);
    const griet = new Client(t.app);
    expect((await griet.login("coordinator")).status).toBe(200);
    const contact = (await events()).filter((e) => e.type === "contact.held").at(-1)!;
    const fixed = await correct(griet, {
      type: "event.corrected",
      data: { eventId: contact.id, reason: "typing-error", corrected: { data: { minutes: 75 } } },
    });
    expect(fixed.status).toBe(201);
    expect((fixed.body.event as { by: string }).by).toBe("co-01");
    const camille = new Client(t.app);
    expect((await camille.login("casemanager2")).status).toBe(200);
    expect(
      (
        await correct(camille, {
          type: "event.voided",
          data: { eventId: contact.id, reason: "other" },
        })
      ).status,
    ).toBe(404);
  });

  it("erases the free text of corrections with her other notes", async () => {
    expect(
      (await lotte.json(`/api/trajectories/${id}/erase`, { method: "POST", json: {} })).status,
    ).toBe(200);
    const after = await lotte.json<{ events: unknown[] }>(`/api/trajectories/${id}/export`);
    expect(JSON.stringify(after.body.events)).not.toContain("Datum verkeerd overgetypt");
    expect(JSON.stringify(after.body.events)).toContain("fix-1");
  });

  it("erases personal values inside a correction's corrected fields", () => {
    const erased = erasePersonalFields({
      id: "fix-9",
      trajectoryId: id,
      type: "event.corrected",
      at: "2026-11-20T10:00:00+01:00",
      by: "cm-01",
      data: {
        eventId: "e-1",
        reason: "typing-error",
        note: "Zij heet eigenlijk anders",
        corrected: { data: { partner: "Vluchthuis Gent", minutes: 30 } },
      },
    });
    expect(erased.data).toEqual({
      eventId: "e-1",
      reason: "typing-error",
      corrected: { data: { partner: ERASED, minutes: 30 } },
    });
  });
});
