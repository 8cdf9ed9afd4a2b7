import { describe, expect, it } from "vitest";
import { attendance, TrajectoryBuilder } from "./_test-builders";
import { MACHINE_ID, MACHINE_VERSION } from "./machine";
import { replay } from "./replay";
import { persist, restore, SnapshotError } from "./snapshot";
import { snapshotMigrations } from "./snapshot-migrations";

const paused = () => {
  const b = new TrajectoryBuilder().toActive();
  b.add("contact.held", {}, "2025-09-10");
  b.add("trajectory.paused", { reason: "crisis" }, "2025-09-12");
  return b;
};

describe("snapshots", () => {
  it("carry the machine id and version, and survive JSON", () => {
    const { state } = replay(paused().events, { groupSessions: [attendance("t-1", "2025-09-08")] });
    const snapshot = persist(state);
    expect(snapshot.machine).toBe(MACHINE_ID);
    expect(snapshot.version).toBe(MACHINE_VERSION);
    expect(snapshot.history).toEqual({
      "miriam-trajectory.enrolled.running.history": [
        "miriam-trajectory.enrolled.running.withPlan.active.collective.attending",
        "miriam-trajectory.enrolled.running.withPlan.active.individual.beforeReview",
      ],
    });
    const restored = restore(JSON.stringify(snapshot));
    expect(persist(restored)).toEqual(snapshot);
  });

  it("restore a paused trajectory so that it resumes where she was", () => {
    const b = paused();
    const restored = restore(persist(replay(b.events).state));
    const resumed = replay([b.make("trajectory.resumed", {}, "2025-10-01")], { from: restored });
    expect(resumed.refused).toEqual([]);
    expect(resumed.state.value).toEqual({
      enrolled: {
        running: {
          withPlan: { active: { individual: "beforeReview", collective: "awaitingFirstSession" } },
        },
      },
    });
  });

  it("restore a closed trajectory as done", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    b.close("not-eligible");
    const restored = restore(persist(replay(b.events).state));
    expect(restored.status).toBe("done");
    expect(restored.value).toBe("closed");
  });

  it("refuse a snapshot of an unknown version, and say how to rebuild", () => {
    const snapshot = { ...persist(replay(paused().events).state), version: MACHINE_VERSION + 1 };
    expect(() => restore(snapshot)).toThrow(SnapshotError);
    expect(() => restore(snapshot)).toThrow(
      `its version ${MACHINE_VERSION + 1} is unknown to this kit, which reads versions 0 to ${MACHINE_VERSION}`,
    );
    expect(() => restore(snapshot)).toThrow(/replay\(events\)/);
    expect(() => restore({ ...snapshot, version: "1" })).toThrow(/version "1" is unknown/);
  });

  it("refuse what is not a snapshot of this chart", () => {
    const good = persist(replay(paused().events).state);
    expect(() => restore("{not json")).toThrow(/not valid JSON/);
    expect(() => restore(null)).toThrow(/not an object/);
    expect(() => restore({ ...good, machine: "other" })).toThrow(/machine "other"/);
    expect(() => restore({ ...good, value: { enrolled: "sleeping" } })).toThrow(
      /not a state of the chart/,
    );
    expect(() => restore({ ...good, history: { nowhere: ["x"] } })).toThrow(/history "nowhere"/);
    expect(() => restore({ ...good, status: "stopped" })).toThrow(/status "stopped"/);
  });
});

describe("snapshot migrations", () => {
  it("form a chain from the oldest version to the current one", () => {
    snapshotMigrations.forEach((migration, i) => {
      expect(migration.to).toBe(migration.from + 1);
      if (i > 0) expect(migration.from).toBe(snapshotMigrations[i - 1]!.to);
      expect(migration.description.length).toBeGreaterThan(10);
    });
    expect(snapshotMigrations.at(-1)?.to).toBe(MACHINE_VERSION);
  });

  // A snapshot as version 0 (the flat context of the development draft) stored it.
  const v0 = {
    machine: "miriam-trajectory",
    version: 0,
    status: "active",
    value: { enrolled: "paused" },
    history: {
      "miriam-trajectory.enrolled.running.history": [
        "miriam-trajectory.enrolled.running.withPlan.active.collective.awaitingFirstSession",
        "miriam-trajectory.enrolled.running.withPlan.active.individual.beforeReview",
      ],
    },
    context: {
      trajectoryId: "t-1",
      projectId: "p-1",
      groupId: "g-1",
      referredAt: "2025-09-01T10:00:00+02:00",
      informationTalkAt: "2025-09-02T10:00:00+02:00",
      decision: "interested",
      enrolledAt: "2025-09-03T10:00:00+02:00",
      consentScopes: ["processing"],
      consentWithdrawnAt: null,
      intakeAt: "2025-09-04T10:00:00+02:00",
      baselineAt: "2025-09-05T10:00:00+02:00",
      midMeasurementsAt: [],
      endMeasurementAt: null,
      followUpMeasurementsAt: [],
      planAgreedAt: "2025-09-06T10:00:00+02:00",
      goals: { "goal-1": { domain: "housing", status: "open" } },
      contactsAt: ["2025-09-10T10:00:00+02:00"],
      partnerReferrals: 0,
      rights: {},
      pauses: [{ from: "2025-09-12T10:00:00+02:00", to: null, reason: "crisis" }],
      reviewsAt: [],
      evaluationAt: null,
      certificateHandedOver: null,
      handover: null,
      followUpsAt: [],
      groupSessionDates: [],
      signalsRaised: 0,
      closing: null,
      lastEventAt: "2025-09-12T10:00:00+02:00",
    },
  };

  it("upgrade a version 0 snapshot to what replaying its events gives today", () => {
    const migrated = snapshotMigrations[0]!.migrate(v0);
    expect(migrated.version).toBe(1);
    expect(persist(restore(v0))).toEqual(persist(replay(paused().events).state));
  });

  it("leave the snapshot it reads untouched", () => {
    const copy = structuredClone(v0);
    snapshotMigrations[0]!.migrate(v0);
    expect(v0).toEqual(copy);
  });
});
