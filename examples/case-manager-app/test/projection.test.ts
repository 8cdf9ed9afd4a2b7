import type { GroupEvent, TrajectoryEvent } from "@miriam/schemas";
import { goalsIn, groupSessionAttendance, persist, replayHistory } from "@miriam/trajectory";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendToStream, readStream, streamVersion } from "../src/db/event-store";
import {
  goalsOf,
  PROJECTION_VERSION,
  parseWords,
  readProjection,
  rebuildStaleProjections,
} from "../src/db/projection";
import { eraseParticipant } from "../src/domain/privacy";
import { RETENTION_WORKER } from "../src/domain/retention";
import { type TestApp, targets, testApp } from "./harness";

// The projection is a cache of the log: whatever was appended, in whatever order of time,
// her row must hold exactly what a fresh replay of her log (with her group's attendance)
// gives.

const GROUP = "gent-2026-b";
const PROJECT = "ocmw-gent-miriam";
const BASE = Date.parse("2026-03-02T09:00:00Z");
const atDay = (day: number, minute: number) =>
  new Date(BASE + day * 86_400_000 + minute * 60_000).toISOString().replace(".000Z", "Z");

/** Her own events, by kind: each valid against its schema, refused or not by the rules. */
const OWN: Record<string, (day: number) => Pick<TrajectoryEvent, "type" | "data">> = {
  talk: () => ({ type: "information-talk.held", data: { decision: "interested" } }),
  consent: () => ({ type: "consent.given", data: { scopes: ["processing"] } }),
  intake: () => ({
    type: "intake.held",
    data: { location: "home", household: { childrenBirthYears: [2020] }, situation: [] },
  }),
  t0: () => ({
    type: "measurement.recorded",
    data: {
      timepoint: "t0",
      instrument: { id: "miriam-self-evaluation", version: 1 },
      answers: {},
    },
  }),
  plan: () => ({
    type: "plan.agreed",
    data: {
      goals: [
        { id: "g1", domain: "housing", description: "Een woning", owner: "participant", steps: [] },
      ],
    },
  }),
  contact: () => ({
    type: "contact.held",
    data: { mode: "home", domains: ["housing"], minutes: 30 },
  }),
  goal: (day) => ({
    type: "goal.added",
    data: {
      goal: {
        id: `g-${day}`,
        domain: "income",
        description: `Doel van dag ${day}`,
        owner: "participant",
        steps: [{ description: "Een stap", who: "participant", due: "2026-04-01" }],
      },
    },
  }),
  goalDone: () => ({ type: "goal.updated", data: { goalId: "g1", status: "achieved" } }),
  pause: () => ({ type: "trajectory.paused", data: { reason: "illness" } }),
  resume: () => ({ type: "trajectory.resumed", data: {} }),
  close: () => ({ type: "trajectory.closed", data: { outcome: "moved" } }),
} as Record<string, (day: number) => Pick<TrajectoryEvent, "type" | "data">>;

type Step =
  | { kind: "own"; what: string; day: number; minute: number; batch: number }
  | { kind: "session"; day: number; minute: number; present: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("own" as const),
      what: fc.constantFrom(...Object.keys(OWN)),
      day: fc.integer({ min: 0, max: 120 }),
      minute: fc.integer({ min: 0, max: 3 }),
      batch: fc.integer({ min: 1, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("session" as const),
      day: fc.integer({ min: 0, max: 120 }),
      minute: fc.integer({ min: 0, max: 3 }),
      present: fc.boolean(),
    }),
  },
);

describe.each(targets())("the projection on $name", ({ name, url }) => {
  const suite = url === undefined ? describe.skip : describe;
  suite(name, () => {
    let t: TestApp;
    let n = 0;
    beforeAll(async () => {
      t = await testApp(url!);
    }, 60_000);
    afterAll(async () => {
      await t?.close();
    });

    /** Her row against a fresh replay of the log as it stands. */
    async function expectFreshReplay(trajectoryId: string) {
      const events = (await readStream<TrajectoryEvent>(t.db, "trajectory", trajectoryId)).map(
        (s) => s.event,
      );
      const groupEvents = (await readStream<GroupEvent>(t.db, "group", GROUP)).map((s) => s.event);
      const fresh = replayHistory(events, {
        groupSessions: groupSessionAttendance(groupEvents).get(trajectoryId) ?? [],
      });
      // Through the app first: a stale row is rebuilt when read.
      const loaded = await t.kit.load(trajectoryId);
      expect(persist(loaded!.state)).toEqual(persist(fresh.state));
      const row = await readProjection(t.db, trajectoryId);
      expect(row?.kitVersion).toBe(PROJECTION_VERSION);
      expect(JSON.parse(row!.snapshot)).toEqual(JSON.parse(JSON.stringify(persist(fresh.state))));
      expect(row!.version).toBe(events.length);
      expect(row!.refusedOnReplay).toBe(fresh.refused.length);
      // The words the lists read beside the state: her goals as a fresh history gives them.
      expect(goalsOf(parseWords(row!.words), fresh.state)).toEqual(goalsIn(fresh));
    }

    /** A new trajectory in the group, then the steps appended one by one. */
    async function run(steps: readonly Step[]) {
      const trajectoryId = `${GROUP}-p${++n}`;
      const stream = {
        kind: "trajectory" as const,
        id: trajectoryId,
        groupId: GROUP,
        projectId: PROJECT,
      };
      let seq = 0;
      const own = (type: string, data: unknown, at: string) =>
        ({
          id: `${trajectoryId}.${++seq}`,
          trajectoryId,
          type,
          at,
          by: "cm-01",
          data,
        }) as TrajectoryEvent;
      await appendToStream(t.db, stream, 0, [
        own(
          "trajectory.referred",
          {
            projectId: PROJECT,
            groupId: GROUP,
            referredBy: "mw-01",
            eligibility: { singleMother: true, services: ["living-wage"] },
          },
          atDay(0, 0),
        ),
      ]);
      for (const s of steps) {
        if (s.kind === "own") {
          const events = Array.from({ length: s.batch }, (_, i) => {
            const { type, data } = OWN[s.what]!(s.day);
            return own(type, data, atDay(s.day, s.minute + i));
          });
          await appendToStream(t.db, stream, seq - events.length, events);
        } else {
          const group = { kind: "group" as const, id: GROUP, groupId: GROUP, projectId: PROJECT };
          const version = await streamVersion(t.db, `group:${GROUP}`);
          const at = atDay(s.day, s.minute);
          await appendToStream(t.db, group, version, [
            {
              id: `${GROUP}.s${trajectoryId}.${version}`,
              groupId: GROUP,
              type: "group-session.held",
              at,
              by: "cm-01",
              data: {
                date: at.slice(0, 10),
                minutes: 120,
                topic: "Budget",
                withChildren: false,
                attendees: s.present ? [trajectoryId] : [],
              },
            },
          ]);
        }
      }
      return trajectoryId;
    }

    it("equals a fresh replay after any sequence of appends, backdated ones and sessions included", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
          await expectFreshReplay(await run(steps));
        }),
        { numRuns: name === "sqlite" ? 60 : 25 },
      );
    });

    it("is rebuilt from the log when the kit's version changed", async () => {
      const ids = [
        await run([
          { kind: "own", what: "talk", day: 2, minute: 0, batch: 1 },
          { kind: "session", day: 3, minute: 0, present: true },
        ]),
        await run([{ kind: "own", what: "consent", day: 1, minute: 0, batch: 2 }]),
      ];
      await t.db.run("UPDATE projections SET kit_version = ?, state = ?", ["0/old/0", "{}"]);
      // Read before the rebuild at start: the row is rebuilt on the spot.
      await expectFreshReplay(ids[0]!);
      expect(await rebuildStaleProjections(t.db)).toBeGreaterThan(1);
      expect(await rebuildStaleProjections(t.db)).toBe(0);
      for (const id of ids) await expectFreshReplay(id);
      const rows = await t.db.all<{ kit_version: string }>("SELECT kit_version FROM projections");
      expect(new Set(rows.map((r) => r.kit_version))).toEqual(new Set([PROJECTION_VERSION]));
    });

    it("follows a session's corrected time and a voided session of hers", async () => {
      const id = await run([
        { kind: "own", what: "talk", day: 2, minute: 0, batch: 1 },
        { kind: "own", what: "consent", day: 3, minute: 0, batch: 1 },
        { kind: "own", what: "intake", day: 4, minute: 0, batch: 1 },
        { kind: "session", day: 7, minute: 0, present: true },
        { kind: "session", day: 8, minute: 0, present: true },
      ]);
      const group = { kind: "group" as const, id: GROUP, groupId: GROUP, projectId: PROJECT };
      const sessions = (await readStream<GroupEvent>(t.db, "group", GROUP))
        .map((s) => s.event)
        .filter((e) => e.type === "group-session.held" && e.data.attendees.includes(id));
      const amend = async (type: GroupEvent["type"], data: unknown) => {
        const version = await streamVersion(t.db, `group:${GROUP}`);
        await appendToStream(t.db, group, version, [
          {
            id: `${GROUP}.c${version}`,
            groupId: GROUP,
            type,
            at: atDay(20, 0),
            by: "cm-01",
            data,
          } as GroupEvent,
        ]);
      };
      // The first session was a day later than recorded: her state follows the new time.
      await amend("group-event.corrected", {
        eventId: sessions[0]!.id,
        reason: "wrong-date",
        corrected: { at: atDay(9, 0), data: { date: atDay(9, 0).slice(0, 10) } },
      });
      await expectFreshReplay(id);
      // The second did not happen: her attendance at it is taken away.
      await amend("group-event.voided", { eventId: sessions[1]!.id, reason: "did-not-happen" });
      await expectFreshReplay(id);
    });

    it("is rebuilt from the erased events by an erasure", async () => {
      const id = await run([
        { kind: "own", what: "talk", day: 2, minute: 0, batch: 1 },
        { kind: "own", what: "consent", day: 3, minute: 0, batch: 1 },
        { kind: "own", what: "intake", day: 4, minute: 0, batch: 1 },
        { kind: "own", what: "plan", day: 6, minute: 0, batch: 1 },
        { kind: "session", day: 7, minute: 0, present: true },
      ]);
      const before = await readProjection(t.db, id);
      await eraseParticipant(t.kit, RETENTION_WORKER, id);
      const after = await readProjection(t.db, id);
      expect(after!.revision).toBeGreaterThan(before!.revision);
      await expectFreshReplay(id);
    });
  });
});
