import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendToStream, readStream } from "../../src/db/event-store";
import { stopDocumentWorker } from "../../src/web/off-thread";
import { Client, type TestApp, targets, testApp } from "../harness";

const ID = "gent-2026-b-06";

describe("slow work off the request path", () => {
  let t: TestApp;
  let lotte: Client;
  beforeAll(async () => {
    t = await testApp(targets()[0]!.url!);
    lotte = new Client(t.app);
    await lotte.login("casemanager");
    // A long log: a thousand contacts make the contact log take hundreds of milliseconds.
    const stream = (await t.kit.stream("trajectory", ID))!;
    const existing = await readStream(t.db, "trajectory", ID);
    const at = existing.at(-1)!.event.at;
    const contacts = Array.from({ length: 1000 }, (_, i) => ({
      id: `${ID}.long-${i}`,
      trajectoryId: ID,
      type: "contact.held" as const,
      at,
      by: "cm-01",
      data: {
        mode: "home" as const,
        domains: ["housing"],
        minutes: 30,
        note: "Notes. ".repeat(20),
      },
    }));
    await appendToStream(t.db, stream, existing.length, contacts);
    t.kit.forget();
    // Replay into the cache and start the worker: neither is what this test measures.
    expect((await lotte.request(`/participants/${ID}/documents/contact-log`)).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await stopDocumentWorker();
    await t?.close();
  });

  it("renders a long contact log without blocking the event loop", async () => {
    // A ticker every 5 ms: the longest gap between two ticks is the longest block.
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    for (let i = 0; i < 3; i++) {
      const response = await lotte.request(`/participants/${ID}/documents/contact-log`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(100_000);
    }
    clearInterval(ticker);
    longest = Math.max(longest, performance.now() - last);
    // The target is 50 ms; the bound is generous for a shared machine, and rendering on
    // the loop blocks it for 150-700 ms per request.
    expect(longest).toBeLessThan(120);
  }, 60_000);
});
