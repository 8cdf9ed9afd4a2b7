import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, signedInCaseManager, type TestApp } from "./harness";

// A form sent twice (a double click, or a form queued on a device without connection and
// sent again when it returns) records its event once; an id reused for another event is
// refused and changes nothing.

const ID = "gent-2026-b-06";

describe("appending with a client-made event id", () => {
  let t: TestApp;
  let lotte: Client;
  beforeAll(async () => {
    ({ t, lotte } = await signedInCaseManager());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const count = async (eventId: string) =>
    Number(
      (
        await t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM events WHERE event_id = ?", [
          eventId,
        ])
      )?.n,
    );
  const contact = (id: string, minutes: number, at = "2026-11-19T14:00:00+01:00") =>
    lotte.json(`/api/trajectories/${ID}/events`, {
      method: "POST",
      json: {
        id,
        at,
        type: "contact.held",
        data: { mode: "home", domains: ["finances"], minutes },
      },
    });

  it("records the same event sent twice once", async () => {
    expect((await contact(`${ID}.offline-1`, 30)).status).toBe(201);
    const again = await contact(`${ID}.offline-1`, 30);
    expect(again).toEqual({ status: 200, body: { duplicate: true, eventId: `${ID}.offline-1` } });
    expect(await count(`${ID}.offline-1`)).toBe(1);
  });

  it("refuses an id already used by another event, and keeps the first", async () => {
    expect((await contact(`${ID}.offline-2`, 30)).status).toBe(201);
    const other = await contact(`${ID}.offline-2`, 45);
    expect(other).toEqual({
      status: 409,
      body: { error: "event-id-reused", eventId: `${ID}.offline-2` },
    });
    const row = await t.db.get<{ data: string }>("SELECT data FROM events WHERE event_id = ?", [
      `${ID}.offline-2`,
    ]);
    expect(JSON.parse(row!.data).minutes).toBe(30);
  });

  it("answers a form page sent again after the log moved on as already recorded", async () => {
    const form = {
      _csrf: lotte.csrf,
      type: "contact.held",
      eventId: `${ID}.offline-3`,
      expectedVersion: String(
        (await lotte.json<{ version: number }>(`/api/trajectories/${ID}`)).body.version,
      ),
      when: "2026-11-19T15:00",
      mode: "home",
      minutes: "20",
    };
    const first = await lotte.request(`/participants/${ID}/events`, { method: "POST", form });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`/participants/${ID}?done=1`);
    // The version in the form is stale now: still "already recorded", not a conflict.
    const second = await lotte.request(`/participants/${ID}/events`, { method: "POST", form });
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe(`/participants/${ID}?dup=1`);
    expect(await count(`${ID}.offline-3`)).toBe(1);
  });
});
