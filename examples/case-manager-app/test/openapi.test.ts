// The OpenAPI document is the API's contract: the one served, the one committed (and
// published on the docs site), and every answer the API gives validates against it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/domain/seed";
import { Client, type TestApp, TODAY, targets, testApp } from "./harness";

const committed = JSON.parse(readFileSync(join(import.meta.dirname, "../openapi.json"), "utf8"));

interface Operation {
  operationId: string;
  responses: Record<string, unknown>;
}
const operations = Object.entries(
  committed.paths as Record<string, Record<string, Operation>>,
).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
);

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ ...committed, $id: "openapi" });
const pointerPart = (part: string) =>
  encodeURIComponent(part.replaceAll("~", "~0").replaceAll("/", "~1"));

/** The path template of a concrete path, e.g. /api/trajectories/{tid}. */
function templateOf(method: string, path: string) {
  const found = operations.find(
    (candidate) =>
      candidate.method === method &&
      new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
  );
  if (found === undefined)
    throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return found;
}

describe("the JSON API's OpenAPI document", () => {
  const sqlite = targets().find((target) => target.name === "sqlite")!;
  let t: TestApp;
  let client: Client;
  const seen = new Set<string>();

  /** A request through the app whose answer must match the document. */
  async function call(method: string, path: string, json?: unknown, as = client) {
    const response = await as.request(path, { method: method.toUpperCase(), json });
    const body = await response.json();
    const { path: template, operation } = templateOf(method, path);
    const status = String(response.status);
    expect(Object.keys(operation.responses), `${method} ${template}`).toContain(status);
    const pointer = [
      "paths",
      template,
      method,
      "responses",
      status,
      "content",
      "application/json",
      "schema",
    ];
    const validate = ajv.compile({ $ref: `openapi#/${pointer.map(pointerPart).join("/")}` });
    expect(
      validate(body),
      `${method} ${template} ${status}: ${ajv.errorsText(validate.errors)}`,
    ).toBe(true);
    seen.add(`${operation.operationId} ${status}`);
    return { status: response.status, body };
  }

  beforeAll(async () => {
    t = await testApp(sqlite.url!);
    client = new Client(t.app);
    await client.login("casemanager");
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("is served at /api/openapi.json, as committed (pnpm generate writes it)", async () => {
    const response = await t.app.request("/api/openapi.json");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(committed);
    expect(committed.openapi).toBe("3.1.0");
  });

  it("describes every answer of a working session, success and failure alike", async () => {
    const stranger = new Client(t.app);
    await call("post", "/api/session", { username: "casemanager", password: "wrong" }, stranger);
    await call(
      "post",
      "/api/session",
      { username: "casemanager", password: DEMO_PASSWORD },
      stranger,
    );
    await call("get", "/api/groups/gent-2026-b/participants", undefined, stranger);
    expect((await call("get", "/api/groups/gent-2026-b/participants")).status).toBe(200);
    await call("get", "/api/groups/no-such-group/participants");

    const referral = {
      givenName: "Test",
      familyName: "Moeder",
      referredBy: "mw-09",
      eligibility: { singleMother: true, services: ["living-wage"] },
    };
    await call("post", "/api/groups/gent-2026-b/trajectories", { ...referral, eligibility: {} });
    const { body: created } = await call("post", "/api/groups/gent-2026-b/trajectories", referral);
    const id = (created as { trajectoryId: string }).trajectoryId;

    const events = `/api/trajectories/${id}/events`;
    const talk = {
      type: "information-talk.held",
      data: { decision: "interested" },
      id: `${id}.talk`,
    };
    expect((await call("post", events, talk)).status).toBe(201);
    expect((await call("post", events, talk)).status).toBe(200);
    await call("post", events, { type: "information-talk.held", data: { decision: "maybe" } });
    await call("post", events, { type: "no.such-type", data: {} });
    await call("post", events, {
      type: "plan.agreed",
      data: {
        goals: [{ id: "g1", domain: "housing", description: "x", owner: "participant", steps: [] }],
      },
    });
    await call("post", events, {
      type: "signal.raised",
      data: { domain: "housing", observation: "x" },
      expectedVersion: 0,
    });
    const trajectory = await call("get", `/api/trajectories/${id}`);
    expect((trajectory.body as { events: unknown[] }).events).toHaveLength(2);
    await call("get", "/api/trajectories/no-such-trajectory");

    const corrections = `/api/trajectories/${id}/corrections`;
    const fix = {
      type: "event.corrected",
      id: `${id}.fix`,
      data: {
        eventId: `${id}.talk`,
        reason: "typing-error",
        corrected: { data: { decision: "undecided" } },
      },
    };
    expect((await call("post", corrections, fix)).status).toBe(201);
    expect((await call("post", corrections, fix)).status).toBe(200);
    await call("post", corrections, {
      type: "event.voided",
      data: { eventId: "x", reason: "other" },
    });
    await call("post", corrections, {
      type: "event.voided",
      data: { eventId: `${id}.talk`, reason: "because" },
    });
    await call("post", corrections, {
      type: "event.voided",
      data: { eventId: `${id}.talk`, reason: "other" },
      expectedVersion: 0,
    });

    const sessions = "/api/groups/gent-2026-b/sessions";
    const session = { date: TODAY, minutes: 120, topic: "Wonen", withChildren: false };
    await call("post", sessions, { data: { ...session, attendees: ["gent-2026-b-01"] } });
    await call("post", sessions, { data: { ...session, minutes: 0, attendees: [] } });
    await call("post", sessions, { data: { ...session, attendees: [] }, expectedVersion: 0 });
    await call("post", sessions, { data: { ...session, attendees: ["gent-2026-b-05"] } });

    await call("get", `/api/trajectories/${id}/export`);
    await call("post", `/api/trajectories/${id}/erase`);
    await call("post", `/api/trajectories/${id}/erase`, undefined, stranger);
  });

  it("leaves no documented success answer untried by the test above", () => {
    const successes = operations.flatMap(({ operation }) =>
      Object.keys(operation.responses)
        .filter((status) => status.startsWith("2"))
        .map((status) => `${operation.operationId} ${status}`),
    );
    expect(successes.filter((answer) => !seen.has(answer))).toEqual([]);
  });
});
