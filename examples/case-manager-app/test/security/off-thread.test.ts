import * as documents from "@miriam/documents";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
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

  // How long the loop stays free is a speed figure, measured by the app's bench; here the
  // test proves the cause: the main thread never renders a document itself.
  it("renders a long contact log in the worker, never on the thread that serves requests", async () => {
    const onThisThread = vi.spyOn(documents, "safeRender");
    try {
      for (let i = 0; i < 3; i++) {
        const response = await lotte.request(`/participants/${ID}/documents/contact-log`);
        expect(response.status).toBe(200);
        expect((await response.text()).length).toBeGreaterThan(100_000);
      }
      expect(onThisThread).not.toHaveBeenCalled();
    } finally {
      onThisThread.mockRestore();
    }
  }, 60_000);
});
