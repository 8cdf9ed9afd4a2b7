import { exampleCohort } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUser } from "../src/db/accounts";
import { isUniqueViolation } from "../src/db/database";
import { appendToStream, ConcurrencyError, streamVersion } from "../src/db/event-store";
import { Trajectories } from "../src/domain/trajectories";
import { Client, type TestApp, TODAY, targets, testApp } from "./harness";

const T0_ANSWERS = { "satisfaction-finances": 3, "self-reliance": 4 };
const INSTRUMENT = { id: "miriam-self-evaluation", version: 1 };

describe.each(targets())("API on $name", ({ name, url }) => {
  const suite = url === undefined ? describe.skip : describe;
  suite(`${name}`, () => {
    let t: TestApp;
    let lotte: Client;

    beforeAll(async () => {
      t = await testApp(url!);
      lotte = new Client(t.app);
      expect((await lotte.login("casemanager")).status).toBe(200);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
    });

    const record = (
      client: Client,
      trajectoryId: string,
      type: string,
      data: unknown,
      extra: Record<string, unknown> = {},
    ) =>
      client.json<Record<string, unknown>>(`/api/trajectories/${trajectoryId}/events`, {
        method: "POST",
        json: { type, data, ...extra },
      });

    it("seeds the example cohort once, in its own logs", async () => {
      const cohort = exampleCohort();
      const row = await t.db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM events WHERE stream_id LIKE 'trajectory:gent-2025-a-%'",
      );
      expect(Number(row?.n)).toBe(cohort.trajectoryEvents.length);
      const { body } = await lotte.json<{ trajectoryId: string; phase: string }[]>(
        "/api/groups/gent-2025-a/participants",
      );
      expect(body).toHaveLength(new Set(cohort.trajectoryEvents.map((e) => e.trajectoryId)).size);
      expect(body.every((p) => p.phase === "closed")).toBe(true);
    });

    it("refuses a wrong password and requests without a session", async () => {
      const stranger = new Client(t.app);
      expect((await stranger.login("casemanager", "wrong-password")).status).toBe(401);
      expect((await stranger.request("/api/groups/gent-2026-b/participants")).status).toBe(401);
    });

    it("refuses a state change without the session's CSRF token", async () => {
      const noToken = await lotte.request("/api/trajectories/gent-2026-b-06/events", {
        method: "POST",
        json: { type: "signal.raised", data: { domain: "housing", observation: "x" } },
        csrf: null,
      });
      expect(noToken.status).toBe(403);
      const wrongToken = await lotte.request("/api/trajectories/gent-2026-b-06/events", {
        method: "POST",
        json: { type: "signal.raised", data: { domain: "housing", observation: "x" } },
        csrf: "forged",
      });
      expect(wrongToken.status).toBe(403);
      const crossSite = await t.app.request("/logout", {
        method: "POST",
        headers: { origin: "https://evil.example", cookie: "" },
      });
      expect(crossSite.status).toBe(403);
    });

    it("shows a case manager only her groups; the coordinator aggregates; the admin neither", async () => {
      const camille = new Client(t.app);
      await camille.login("casemanager2");
      expect((await camille.request("/api/trajectories/gent-2026-b-05")).status).toBe(404);
      expect((await camille.request("/api/groups/gent-2026-b/participants")).status).toBe(404);
      expect((await camille.request("/participants/gent-2026-b-05")).status).toBe(404);
      expect((await camille.request("/api/groups/gent-2026-c/participants")).status).toBe(200);

      const griet = new Client(t.app);
      await griet.login("coordinator");
      expect((await griet.request("/participants/gent-2026-b-05")).status).toBe(403);
      expect((await griet.request("/groups/gent-2025-a/report")).status).toBe(200);
      const funder = await griet.request("/project/report");
      expect(funder.status).toBe(200);
      expect(await funder.text()).toContain("verborgen"); // suppressed cells, in her language (nl)

      const admin = new Client(t.app);
      await admin.login("admin");
      expect((await admin.request("/participants/gent-2026-b-05")).status).toBe(403);
      expect((await admin.request("/groups/gent-2025-a/report")).status).toBe(403);
      expect((await admin.request("/admin/users")).status).toBe(200);
    });

    it("records a trajectory from referral to handover, refusing what breaks a rule", async () => {
      const created = await lotte.json<{ trajectoryId: string }>(
        "/api/groups/gent-2026-b/trajectories",
        {
          method: "POST",
          json: {
            givenName: "Test",
            familyName: "Moeder",
            preferredLanguage: "nl",
            referredBy: "mw-09",
            eligibility: { singleMother: true, services: ["living-wage"] },
          },
        },
      );
      expect(created.status).toBe(201);
      const id = created.body.trajectoryId;
      const phase = async () =>
        (await lotte.json<{ phase: string }>(`/api/trajectories/${id}`)).body.phase;
      expect(await phase()).toBe("referral");

      // A plan before the baseline measurement breaks a hard rule: refused, with a reason.
      const refused = await record(lotte, id, "plan.agreed", {
        goals: [
          {
            id: "g1",
            domain: "housing",
            description: "Een woning",
            owner: "participant",
            steps: [],
          },
        ],
      });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toBe("refused");
      const reasons = refused.body.refusals as { rule: string; message: string; remedy: string }[];
      expect(reasons[0]!.message.length).toBeGreaterThan(10);
      expect(reasons[0]!.remedy.length).toBeGreaterThan(5);

      const steps: [string, unknown, string][] = [
        ["information-talk.held", { decision: "interested" }, "information-talk"],
        ["consent.given", { scopes: ["processing"] }, "intake"],
        [
          "intake.held",
          { location: "home", household: { childrenBirthYears: [2020] }, situation: [] },
          "baseline",
        ],
        [
          "measurement.recorded",
          { timepoint: "t0", instrument: INSTRUMENT, answers: T0_ANSWERS },
          "personal-plan",
        ],
        [
          "plan.agreed",
          {
            goals: [
              {
                id: "g1",
                domain: "housing",
                description: "Een woning",
                owner: "participant",
                steps: [],
              },
            ],
          },
          "active",
        ],
        [
          "contact.held",
          { mode: "home", domains: ["housing"], minutes: 45, note: "Geheime notitie" },
          "active",
        ],
        ["right.updated", { right: "increased-reimbursement", status: "applied" }, "active"],
        [
          "measurement.recorded",
          { timepoint: "t1", instrument: INSTRUMENT, answers: T0_ANSWERS },
          "evaluation",
        ],
        ["evaluation.held", { certificateHandedOver: true }, "handover"],
        ["handover.done", { to: "social-worker", receivingWorkerId: "mw-09" }, "follow-up"],
      ];
      for (const [type, data, expected] of steps) {
        const result = await record(lotte, id, type, data);
        expect(result.status, `${type}: ${JSON.stringify(result.body)}`).toBe(201);
        expect(await phase()).toBe(expected);
      }
      // Closing as completed is possible now; after closing, nothing more.
      expect((await record(lotte, id, "trajectory.closed", { outcome: "completed" })).status).toBe(
        201,
      );
      const after = await record(lotte, id, "contact.held", {
        mode: "phone",
        domains: [],
        minutes: 10,
      });
      expect(after.status).toBe(422);
    });

    it("validates events against the schema before the rules", async () => {
      const result = await record(lotte, "gent-2026-b-06", "contact.held", {
        mode: "visit",
        domains: [],
        minutes: 0,
      });
      expect(result.status).toBe(400);
      expect((result.body.problems as string[]).join(" ")).toContain("$.data.mode");
    });

    it("lets exactly one of two writers with the same expected version win: the other gets 409", async () => {
      const id = "gent-2026-b-06";
      const before = (await lotte.json<{ version: number }>(`/api/trajectories/${id}`)).body
        .version;
      const signal = { domain: "housing", observation: "Te weinig sociale woningen." };
      const [a, b] = await Promise.all([
        record(lotte, id, "signal.raised", signal, { expectedVersion: before }),
        record(lotte, id, "signal.raised", signal, { expectedVersion: before }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body).toMatchObject({ error: "conflict", version: before + 1 });
      // The loser retries against the new version and is recorded: nothing lost.
      const retry = await record(lotte, id, "signal.raised", signal, {
        expectedVersion: before + 1,
      });
      expect(retry.status).toBe(201);
      expect((await lotte.json<{ version: number }>(`/api/trajectories/${id}`)).body.version).toBe(
        before + 2,
      );
    });

    it("loses no event when many write at once without an expected version", async () => {
      const id = "gent-2026-b-06";
      const before = await streamVersion(t.db, `trajectory:${id}`);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          record(lotte, id, "contact.held", {
            mode: "phone",
            domains: ["finances"],
            minutes: 5 + i,
          }),
        ),
      );
      expect(results.map((r) => r.status).filter((s) => s === 201)).toHaveLength(20);
      expect(await streamVersion(t.db, `trajectory:${id}`)).toBe(before + 20);
    });

    it("loses no event when two app servers share the database (retry on conflict)", async () => {
      // Two Trajectories instances: separate caches and queues, like two processes.
      const id = "gent-2026-b-06";
      const user = (await findUser(t.db, "cm-01"))!;
      const other = new Trajectories(t.db, () => TODAY);
      const before = await streamVersion(t.db, `trajectory:${id}`);
      const contact = {
        type: "contact.held" as const,
        data: { mode: "phone", domains: [], minutes: 10 },
      };
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? t.kit : other).record(user, id, contact),
        ),
      );
      expect(results.map((r) => r.kind)).toEqual(Array(10).fill("recorded"));
      expect(await streamVersion(t.db, `trajectory:${id}`)).toBe(before + 10);
    });

    it("records a resubmitted event once (same event id)", async () => {
      const id = "gent-2026-b-06";
      const event = {
        type: "signal.raised",
        data: { domain: "mobility", observation: "Geen bus 's avonds." },
        id: `${id}.resubmitted`,
      };
      const first = await lotte.json(`/api/trajectories/${id}/events`, {
        method: "POST",
        json: event,
      });
      const second = await lotte.json(`/api/trajectories/${id}/events`, {
        method: "POST",
        json: event,
      });
      expect(first.status).toBe(201);
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ duplicate: true });
    });

    it("enforces the (stream, version) constraint in the database itself", async () => {
      const stream = {
        kind: "trajectory" as const,
        id: "gent-2026-b-06",
        groupId: "gent-2026-b",
        projectId: "ocmw-gent-miriam",
      };
      const event = {
        id: "gent-2026-b-06.stale",
        trajectoryId: "gent-2026-b-06",
        type: "signal.raised" as const,
        at: `${TODAY}T10:00:00+01:00`,
        by: "cm-01",
        data: { domain: "housing", observation: "x" },
      };
      await expect(appendToStream(t.db, stream, 1, [event])).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      const error = await t.db
        .run(
          "INSERT INTO events (stream_id, version, event_id, type, at, recorded_by, recorded_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          [
            "trajectory:gent-2026-b-06",
            1,
            "x.1",
            "signal.raised",
            event.at,
            "cm-01",
            event.at,
            "{}",
          ],
        )
        .catch((e: unknown) => e);
      expect(isUniqueViolation(error)).toBe(true);
    });

    it("records a group session with attendance, refusing mothers who cannot attend yet", async () => {
      const refused = await lotte.json("/api/groups/gent-2026-b/sessions", {
        method: "POST",
        json: {
          data: {
            date: TODAY,
            minutes: 120,
            topic: "Wonen",
            withChildren: false,
            attendees: ["gent-2026-b-01"],
          },
        },
      });
      expect(refused.status).toBe(422);
      const ok = await lotte.json("/api/groups/gent-2026-b/sessions", {
        method: "POST",
        json: {
          data: {
            date: TODAY,
            minutes: 120,
            topic: "Wonen",
            withChildren: false,
            attendees: ["gent-2026-b-05", "gent-2026-b-06"],
          },
        },
      });
      expect(ok.status).toBe(201);
      const events = (await lotte.json<{ events: unknown[] }>("/api/trajectories/gent-2026-b-05"))
        .body;
      expect(events).toBeDefined();
    });

    it("lists due actions by today's date", async () => {
      const { body } = await lotte.json<
        { trajectoryId: string; due: { code: string; overdue: boolean }[] }[]
      >("/api/groups/gent-2026-b/participants");
      const fatou = body.find((p) => p.trajectoryId === "gent-2026-b-04")!;
      expect(fatou.due.map((d) => d.code)).toContain("personal-plan");
      expect(fatou.due.some((d) => d.overdue)).toBe(true);
    });

    it("exports one participant's data and erases it on request", async () => {
      const id = "gent-2026-b-05";
      const exported = await lotte.json<{
        profile: { givenName: string } | null;
        events: { data: { note?: string } }[];
        accessLog: unknown[];
      }>(`/api/trajectories/${id}/export`);
      expect(exported.status).toBe(200);
      expect(exported.body.profile?.givenName).toBe("Sofie");
      expect(exported.body.events.length).toBeGreaterThan(5);
      expect(exported.body.accessLog.length).toBeGreaterThan(0);

      const erased = await lotte.json(`/api/trajectories/${id}/erase`, {
        method: "POST",
        json: {},
      });
      expect(erased.body).toEqual({ erased: true });
      const after = await lotte.json<{
        profile: unknown;
        events: { type: string; data: Record<string, unknown> }[];
      }>(`/api/trajectories/${id}/export`);
      expect(after.body.profile).toBeNull();
      const text = JSON.stringify(after.body.events);
      expect(text).not.toContain("Schulden bij de energieleverancier");
      expect(text).not.toContain("Ik wil mijn facturen");
      // Codes, dates and scores stay, so the group's figures do not change.
      expect(
        after.body.events.find((e) => e.type === "measurement.recorded")?.data.answers,
      ).toBeDefined();
      expect((await lotte.request("/groups/gent-2026-b/report")).status).toBe(200);
    });

    it("keeps an audit log of who viewed and changed what, by pseudonymous ids", async () => {
      await t.db.flush();
      const rows = await t.db.all<{ user_id: string; action: string; subject: string }>(
        "SELECT user_id, action, subject FROM audit_log",
      );
      const actions = new Set(rows.map((r) => r.action));
      for (const action of [
        "login",
        "participant.viewed",
        "event.recorded",
        "participant.exported",
        "participant.erased",
      ])
        expect(actions).toContain(action);
      const names = exampleCohort().profiles.flatMap((p) => [p.givenName, p.familyName]);
      const text = JSON.stringify(rows);
      for (const name of names) expect(text).not.toContain(name);
    });

    it("writes no participant data to the server log", async () => {
      await lotte.request("/participants/gent-2025-a-01");
      await lotte.request("/participants/gent-2025-a-01/documents/personal-plan");
      expect(t.logs.length).toBeGreaterThan(10);
      const text = t.logs.join("\n");
      const names = exampleCohort().profiles.flatMap((p) => [p.givenName, p.familyName]);
      for (const name of [...names, "Sofie", "Peeters", "Geheime notitie", "Test", "Moeder"])
        expect(text).not.toContain(name);
    });
  });
});
