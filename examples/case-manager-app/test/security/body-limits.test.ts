import { mkdtempSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMITS } from "../../src/security/request-limits";
import { type RunningServer, startServer } from "../../src/server";
import { type TestApp, targets, testApp } from "../harness";

/** A body that counts how many bytes the server pulled from it. */
function countingBody(total: number, chunk = 16 * 1024) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(97));
    },
  });
  return { stream, counter };
}

describe("request body limits", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(targets()[0]!.url!);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const post = (path: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) =>
    t.app.request(path, { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("refuses a declared oversized body with 413 without reading it, before the session", async () => {
    const { stream, counter } = countingBody(200 * 1024 * 1024);
    const response = await post("/login", stream, {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(200 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    // A ReadableStream pulls once ahead on its own; nothing more was read.
    expect(counter.pulled).toBeLessThanOrEqual(16 * 1024);
  });

  it("stops reading a chunked body at the route's limit, before authentication (413, not 401)", async () => {
    const { stream, counter } = countingBody(50 * 1024 * 1024);
    const response = await post("/api/trajectories/gent-2026-b-06/events", stream, {
      "content-type": "application/json",
      "transfer-encoding": "chunked",
    });
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(BODY_LIMITS.api + 2 * 16 * 1024);
  });

  it("gives forms a smaller limit than the API", async () => {
    const { stream } = countingBody(BODY_LIMITS.form * 2);
    const response = await post("/participants/gent-2026-b-06/events", stream, {
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(BODY_LIMITS.form * 2),
    });
    expect(response.status).toBe(413);
  });
});

describe("server timeouts", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      database: join(mkdtempSync(join(tmpdir(), "miriam-timeouts-")), "t.sqlite"),
      port: 0,
      seed: false,
      log: () => undefined,
      timeouts: { headersMs: 300, requestMs: 600, keepAliveMs: 300 },
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  it("closes a connection whose headers never finish (slowloris)", async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), "127.0.0.1");
    socket.write("POST /login HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString();
      });
      socket.on("close", () => resolve(text));
      // The test fails (rather than hangs) if the server never closes the connection.
      setTimeout(() => socket.destroy(), 10_000);
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
