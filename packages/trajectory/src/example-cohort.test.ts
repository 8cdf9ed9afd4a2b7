import { exampleCohort, ProjectSettings, upcastTrajectoryEvent } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { dueActions } from "./due-actions";
import { replayProgramme } from "./programme";
import { persist, restore } from "./snapshot";

const cohort = exampleCohort();
const settings = ProjectSettings.parse(cohort.settings);
const programme = replayProgramme({
  trajectoryEvents: cohort.trajectoryEvents,
  groupEvents: cohort.groupEvents,
  settings,
});

// What the cohort's own events say, read straight from them and not from the replay (an
// older closing read as what it means today, as every reader of the format does).
const closings = new Map(
  cohort.trajectoryEvents
    .filter((event) => event.type === "trajectory.closed")
    .map((event) => [event.trajectoryId, upcastTrajectoryEvent(event).data]),
);
const count = (outcome: string, outcomes: Iterable<string | undefined>) =>
  [...outcomes].filter((o) => o === outcome).length;

describe("the example cohort", () => {
  it("replays without a single refused event", () => {
    expect(programme.refused).toEqual([]);
  });

  it("ends every trajectory as its log says: 12 completed, 1 left early for work, 1 dropped out, 1 declined", () => {
    const trajectoryIds = new Set(cohort.trajectoryEvents.map((e) => e.trajectoryId));
    expect(programme.trajectories.size).toBe(trajectoryIds.size);
    for (const [id, { state }] of programme.trajectories) {
      expect(state.status).toBe("done");
      const { outcome, reason } = closings.get(id) as { outcome: string; reason?: string };
      expect(state.context.milestones.closing).toMatchObject(
        reason ? { outcome, reason } : { outcome },
      );
    }
    const expected = [...closings.values()].map((c) => c.outcome);
    const replayed = [...programme.trajectories.values()].map(
      (t) => t.state.context.milestones.closing?.outcome,
    );
    for (const outcome of ["completed", "positive-early-exit", "dropped-out", "declined"]) {
      expect(count(outcome, replayed)).toBe(count(outcome, expected));
    }
    expect([
      count("completed", replayed),
      count("positive-early-exit", replayed),
      count("dropped-out", replayed),
      count("declined", replayed),
    ]).toEqual([12, 1, 1, 1]);
  });

  it("gives each drop-out and each positive early exit its reason code", () => {
    for (const { state } of programme.trajectories.values()) {
      const closing = state.context.milestones.closing!;
      if (closing.outcome === "dropped-out" || closing.outcome === "positive-early-exit")
        expect(closing.reason).toBeDefined();
    }
  });

  it("counts each mother's group sessions as the group log records them", () => {
    for (const [id, { state }] of programme.trajectories) {
      const attended = cohort.groupEvents.filter(
        (e) => e.type === "group-session.held" && e.data.attendees.includes(id),
      );
      expect(state.context.collective.sessionIds).toEqual(attended.map((e) => e.id));
    }
  });

  it("keeps to the method's group size and number of groups", () => {
    const codes = new Set(programme.signals.map((s) => s.code));
    expect(codes.has("group-size")).toBe(false);
    expect(codes.has("groups-per-project")).toBe(false);
    for (const signal of programme.signals) expect(signal.difference).not.toBe(0);
  });

  it("has nothing due once every trajectory is closed, and survives persist and restore", () => {
    for (const { state } of programme.trajectories.values()) {
      expect(dueActions(state, "2026-07-01", settings)).toEqual([]);
      expect(persist(restore(JSON.stringify(persist(state))))).toEqual(persist(state));
    }
  });
});
