import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfile, saveProfile } from "../../src/domain/trajectories";
import { Client, type TestApp, targets, testApp } from "../harness";

// A value that appears nowhere else: if any byte sequence of it survives erasure, the
// erasure did not erase.
const CANARY = "Qwzyxandra Canaryfield";
const ID = "gent-2026-b-06";

describe.each(targets())("erasure on $name", ({ name, url }) => {
  const suite = url === undefined ? describe.skip : describe;
  suite(name, () => {
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

    const record = (type: string, data: unknown) =>
      lotte.request(`/api/trajectories/${ID}/events`, { method: "POST", json: { type, data } });

    it("removes her name and every free text from every table, cache and file, and refuses new writes", async () => {
      const { profile } = await loadProfile(t.db, ID);
      await saveProfile(t.db, { ...profile!, givenName: CANARY });
      for (const [type, data] of [
        ["signal.raised", { domain: "housing", observation: `${CANARY} sleeps in her car` }],
        ["referral.made", { partner: `Shelter of ${CANARY}`, domain: "housing" }],
        ["contact.held", { mode: "home", domains: ["housing"], minutes: 30, note: CANARY }],
      ] as const)
        expect((await record(type, data)).status).toBe(201);
      // The app's cache holds her replayed state too.
      expect((await lotte.request(`/api/trajectories/${ID}`)).status).toBe(200);
      // Her projection row holds no free text today; a kit whose state did would keep it
      // there, so the row is given some, and must lose it with the erasure.
      const row = await t.db.get<{ state: string }>(
        "SELECT state FROM projections WHERE trajectory_id = ?",
        [ID],
      );
      await t.db.run("UPDATE projections SET state = ? WHERE trajectory_id = ?", [
        JSON.stringify({ ...JSON.parse(row!.state), note: CANARY }),
        ID,
      ]);

      const erased = await lotte.json(`/api/trajectories/${ID}/erase`, {
        method: "POST",
        json: {},
      });
      expect(erased.body).toEqual({ erased: true });

      // Every table, every column.
      for (const table of [
        "events",
        "profiles",
        "projections",
        "audit_log",
        "streams",
        "erasures",
        "sessions",
      ]) {
        const rows = await t.db.all(`SELECT * FROM ${table}`);
        expect(JSON.stringify(rows), table).not.toContain("Canaryfield");
      }
      // What the app serves from its cache and exports.
      const after = await lotte.request(`/api/trajectories/${ID}`);
      expect(await after.text()).not.toContain("Canaryfield");
      const exported = await lotte.json<{ erasure: { erasedBy: string; legalBasis: string } }>(
        `/api/trajectories/${ID}/export`,
      );
      expect(JSON.stringify(exported.body)).not.toContain("Canaryfield");
      // The tombstone: who, when, on which basis.
      expect(exported.body.erasure).toMatchObject({
        erasedBy: "cm-01",
        legalBasis: "erasure-request",
      });

      // Nothing more can be recorded about her, nor her attendance.
      const refused = await record("contact.held", { mode: "home", domains: [], minutes: 5 });
      expect(refused.status).toBe(410);
      const session = await lotte.request("/api/groups/gent-2026-b/sessions", {
        method: "POST",
        json: {
          data: {
            date: "2026-11-19",
            minutes: 60,
            topic: "Budget",
            withChildren: false,
            attendees: [ID],
          },
        },
      });
      expect(session.status).toBe(410);

      if (t.db.dialect === "sqlite") {
        // The raw files: the database, its WAL and its shared-memory index.
        for (const suffix of ["", "-wal", "-shm"]) {
          let bytes: Buffer;
          try {
            bytes = readFileSync(`${url}${suffix}`);
          } catch {
            continue;
          }
          expect(bytes.includes(Buffer.from("Canaryfield")), `file${suffix}`).toBe(false);
        }
      }
    });
  });
});
