import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, type TestApp, targets, testApp } from "../harness";

// Every route of the app, with ids that exist (so the handlers run) and ids that do not.
const ROUTES: [method: "GET" | "POST", path: string][] = [
  ["GET", "/"],
  ["GET", "/login"],
  ["POST", "/login"],
  ["POST", "/logout"],
  ["POST", "/preferences/language"],
  ["GET", "/healthz"],
  ["GET", "/groups"],
  ["GET", "/groups/:gid"],
  ["GET", "/groups/:gid/sessions/new"],
  ["POST", "/groups/:gid/sessions"],
  ["GET", "/groups/:gid/sessions/:sid"],
  ["GET", "/groups/:gid/report"],
  ["GET", "/project/report"],
  ["GET", "/project/annual-report"],
  ["GET", "/participants/:tid"],
  ["GET", "/participants/:tid/record/:type"],
  ["POST", "/participants/:tid/events"],
  ["GET", "/participants/:tid/profile"],
  ["POST", "/participants/:tid/profile"],
  ["GET", "/participants/:tid/documents/:doc"],
  ["GET", "/participants/:tid/export.json"],
  ["GET", "/participants/:tid/consent-form"],
  ["GET", "/groups/:gid/participants/new"],
  ["POST", "/groups/:gid/participants"],
  ["GET", "/admin/users"],
  ["POST", "/admin/users"],
  ["GET", "/admin/users/:id"],
  ["POST", "/admin/users/:id"],
  ["GET", "/admin/audit"],
  ["POST", "/api/session"],
  ["GET", "/api/groups/:gid/participants"],
  ["POST", "/api/groups/:gid/trajectories"],
  ["GET", "/api/trajectories/:tid"],
  ["POST", "/api/trajectories/:tid/events"],
  ["POST", "/api/groups/:gid/sessions"],
  ["GET", "/api/trajectories/:tid/export"],
  ["GET", "/search"],
  ["POST", "/search"],
  ["GET", "/calendar"],
  ["GET", "/settings/calendar"],
  ["POST", "/settings/calendar/feed"],
  ["POST", "/settings/calendar/feed/revoke"],
  ["GET", "/calendar/feed/:sid"],
  ["GET", "/participants/:tid/confirm/:type"],
];

const HOSTILE = [
  "__proto__",
  "constructor",
  "prototype",
  "abc",
  "-1",
  "1e309",
  "NaN",
  "",
  " ",
  "\u0000",
  "a\r\nSet-Cookie: x=1",
  "line\nINJECTED 200 0.1ms",
  "../../etc/passwd",
  "%00",
  "%ZZ",
  "2026-02-30",
  "2026-13-01T25:61",
  "9999-99-99",
  "<script>alert(1)</script>",
  "'; DROP TABLE events; --",
  "x".repeat(3000),
  "\uD800",
  "gent-2026-b-06",
  "gent-2026-b",
  "signal.raised",
  "contact.held",
];
const FIELDS = [
  "type",
  "expectedVersion",
  "when",
  "at",
  "id",
  "eventId",
  "data",
  "date",
  "minutes",
  "attendees",
  "username",
  "password",
  "language",
  "back",
  "confirm",
  "role",
  "givenName",
  "time",
  "groups",
  "projectId",
  "familyName",
  "observation",
  "domain",
  "__proto__",
  "constructor",
  "_csrf",
  "q",
  "names",
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }));
const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie("value"), { maxKeys: 4 }),
  ),
})).value;

const request = fc.record({
  route: fc.constantFrom(...ROUTES),
  params: fc.record({
    gid: fc.oneof(fc.constantFrom("gent-2026-b", "gent-2025-a", "gent-2026-c"), hostileString),
    tid: fc.oneof(fc.constantFrom("gent-2026-b-06", "gent-2026-b-04"), hostileString),
    type: fc.oneof(fc.constantFrom("signal.raised", "contact.held", "__proto__"), hostileString),
    sid: hostileString,
    doc: fc.oneof(fc.constantFrom("personal-plan", "__proto__"), hostileString),
    id: fc.oneof(fc.constantFrom("cm-01", "cm-02"), hostileString),
  }),
  query: fc.dictionary(
    fc.constantFrom("lang", "subject", "timepoint", "outcome", "problem", "view", "date"),
    hostileString,
    {
      maxKeys: 2,
    },
  ),
  body: fc.oneof(
    fc.record({
      kind: fc.constant("form" as const),
      fields: fc.dictionary(fc.constantFrom(...FIELDS), hostileString, { maxKeys: 6 }),
    }),
    fc.record({ kind: fc.constant("json" as const), value: hostileJson }),
    fc.record({ kind: fc.constant("raw" as const), text: hostileString, type: hostileString }),
  ),
  origin: fc.option(
    fc.oneof(
      fc.constantFrom("http://localhost", "null", "::::", "http://[", "evil"),
      hostileString,
    ),
  ),
  role: fc.constantFrom("anonymous", "casemanager", "coordinator", "admin"),
  csrf: fc.boolean(),
});

/** The rows a refused request must leave as they were (the audit log may grow). */
async function snapshot(t: TestApp) {
  const parts: unknown[] = [];
  for (const table of ["events", "streams", "profiles", "users", "group_staff", "erasures"])
    parts.push(await t.db.all(`SELECT * FROM ${table} ORDER BY 1`));
  return JSON.stringify(parts);
}

const encodeSegment = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "x";
  }
};

describe.each(targets())("hostile input on $name", ({ name, url }) => {
  const suite = url === undefined ? describe.skip : describe;
  suite(name, () => {
    let t: TestApp;
    const clients = new Map<string, Client>();
    beforeAll(async () => {
      t = await testApp(url!);
      for (const role of ["casemanager", "coordinator", "admin"]) {
        const client = new Client(t.app);
        expect((await client.login(role)).status).toBe(200);
        clients.set(role, client);
      }
    }, 120_000);
    afterAll(async () => {
      await t?.close();
    });

    const lotte = () => clients.get("casemanager")!;

    it("refuses each bad input the issue names with a 4xx and a message", async () => {
      const cases: [string, Response | Promise<Response>, number][] = [
        [
          "malformed Origin",
          t.app.request("/logout", { method: "POST", headers: { origin: "http://[" } }),
          403,
        ],
        [
          "JSON sent to a form route",
          lotte().request("/participants/gent-2026-b-06/events", {
            method: "POST",
            json: { type: "signal.raised" },
          }),
          415,
        ],
        [
          "type=__proto__",
          lotte().request("/participants/gent-2026-b-06/events", {
            method: "POST",
            form: { type: "__proto__", _csrf: lotte().csrf },
          }),
          404,
        ],
        [
          "expectedVersion=abc",
          lotte().request("/api/trajectories/gent-2026-b-06/events", {
            method: "POST",
            json: {
              type: "signal.raised",
              data: { domain: "housing", observation: "x" },
              expectedVersion: "abc",
            },
          }),
          400,
        ],
        [
          "a NUL character",
          lotte().request("/api/trajectories/gent-2026-b-06/events", {
            method: "POST",
            json: { type: "signal.raised", data: { domain: "housing", observation: "a\u0000b" } },
          }),
          400,
        ],
        [
          "a date that does not exist",
          lotte().request("/api/trajectories/gent-2026-b-06/events", {
            method: "POST",
            json: {
              type: "signal.raised",
              at: "2026-02-30T10:00:00+01:00",
              data: { domain: "housing", observation: "x" },
            },
          }),
          400,
        ],
      ];
      for (const [what, response, status] of cases) {
        const answer = await response;
        expect(answer.status, what).toBe(status);
      }
      const before = await snapshot(t);
      const form = await lotte().request("/participants/gent-2026-b-06/events", {
        method: "POST",
        form: { type: "signal.raised", when: "2026-02-30", domain: "housing", observation: "x" },
      });
      expect(form.status).toBeGreaterThanOrEqual(400);
      expect(form.status).toBeLessThan(500);
      expect(await snapshot(t)).toBe(before);
    });

    it("never writes a request's text into the log", async () => {
      t.logs.length = 0;
      await t.app.request("/login", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ username: "x\nGET /admin 200 1ms", password: "p" }).toString(),
      });
      expect(t.logs.every((line) => !line.includes("\n") && !line.includes("/admin"))).toBe(true);
    });

    it("answers every random or hostile request with a status below 500, and a refusal changes nothing", async () => {
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const [method, pattern] = r.route;
          const path = pattern.replace(/:(\w+)/g, (_, key: keyof typeof r.params) =>
            encodeSegment(r.params[key]),
          );
          const query = new URLSearchParams(r.query).toString();
          const client = clients.get(r.role);
          const headers: Record<string, string> = {};
          const cookie = (client as unknown as { cookie: string } | undefined)?.cookie;
          if (cookie) headers.cookie = cookie;
          if (client && r.csrf) headers["x-csrf-token"] = client.csrf;
          if (r.origin !== null) headers.origin = r.origin.replace(/[\r\n\0]/g, "");
          let body: string | undefined;
          if (method === "POST") {
            if (r.body.kind === "form") {
              headers["content-type"] = "application/x-www-form-urlencoded";
              body = new URLSearchParams(r.body.fields).toString();
            } else if (r.body.kind === "json") {
              headers["content-type"] = "application/json";
              body = JSON.stringify(r.body.value) ?? "";
            } else {
              headers["content-type"] = r.body.type.replace(/[\r\n\0]/g, "");
              body = r.body.text;
            }
          }
          const before = await snapshot(t);
          let response: Response;
          try {
            response = await t.app.request(`${path}${query ? `?${query}` : ""}`, {
              method,
              headers,
              ...(body === undefined ? {} : { body }),
            });
          } catch (error) {
            // A header the fetch API itself refuses never reaches a server.
            if (error instanceof TypeError) return;
            throw error;
          }
          expect(response.status, `${method} ${path} as ${r.role}`).toBeLessThan(500);
          if (response.status >= 400) expect(await snapshot(t)).toBe(before);
        }),
        {
          numRuns: Number(process.env.HOSTILE_RUNS ?? 400),
          seed: process.env.HOSTILE_SEED ? Number(process.env.HOSTILE_SEED) : undefined,
        },
      );
    }, 300_000);
  });
});
