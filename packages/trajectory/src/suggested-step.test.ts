import type { Goal } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { goalsIn, replayHistory } from "./history";
import { replay } from "./replay";
import { lateGoalSteps, suggestedStep } from "./suggested-step";

const stateOf = (b: TrajectoryBuilder) => replay(b.events).state;

describe("suggestedStep", () => {
  it("follows the method's order before enrolment: information talk, then consent, then intake", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    expect(suggestedStep(stateOf(b), b.today)?.step.type).toBe("information-talk.held");
    b.add("information-talk.held");
    expect(suggestedStep(stateOf(b), b.today)?.step.type).toBe("consent.given");
    b.add("consent.given");
    expect(suggestedStep(stateOf(b), b.today)).toEqual({ step: { type: "intake.held" } });
  });

  it("is the most urgent due action once one applies, with its deadline", () => {
    const b = new TrajectoryBuilder().enrol();
    b.add("intake.held", {}, "2025-09-10");
    const next = suggestedStep(stateOf(b), "2025-11-01");
    expect(next?.step).toEqual({ type: "measurement.recorded", timepoint: "t0" });
    expect(next?.due).toMatchObject({ code: "baseline-measurement", overdue: true });
  });

  it("is resuming while paused, closing as completed after the handover, and nothing once closed", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("trajectory.paused");
    expect(suggestedStep(stateOf(b), b.today)?.step.type).toBe("trajectory.resumed");
    const h = new TrajectoryBuilder().toHandedOver();
    expect(suggestedStep(stateOf(h), h.today)?.step).toEqual({
      type: "trajectory.closed",
      outcome: "completed",
    });
    h.close("completed");
    expect(suggestedStep(stateOf(h), h.today)).toBeNull();
  });
});

describe("lateGoalSteps", () => {
  const goal = (status: Goal["status"], steps: Goal["steps"]): Goal => ({
    id: `g-${status}`,
    domain: "housing",
    description: "Find a flat",
    owner: "participant",
    status,
    steps,
  });

  it("lists steps of open goals whose date passed and that are not done, oldest first", () => {
    const late = lateGoalSteps(
      [
        goal("in-progress", [
          { description: "visit", who: "together", due: "2026-01-20" },
          { description: "call", who: "participant", due: "2026-01-05" },
          { description: "done", who: "participant", due: "2026-01-01", done: true },
          { description: "later", who: "participant", due: "2026-03-01" },
        ]),
        goal("achieved", [{ description: "old", who: "participant", due: "2025-12-01" }]),
        goal("dropped", [{ description: "old", who: "participant", due: "2025-12-01" }]),
      ],
      "2026-02-01T10:00:00+01:00",
    );
    expect(late.map((l) => [l.step.description, l.due])).toEqual([
      ["call", "2026-01-05"],
      ["visit", "2026-01-20"],
    ]);
  });

  it("reads the replayed status: a goal marked achieved has no late step", () => {
    const b = new TrajectoryBuilder().enrol();
    b.add("intake.held");
    b.measure("t0");
    b.add("plan.agreed", {
      goals: [goal(undefined, [{ description: "call", who: "participant", due: "2025-09-20" }])]
        .map((g) => ({ ...g, id: "goal-1", status: undefined }))
        .map(({ status: _, ...g }) => g),
    });
    expect(lateGoalSteps(goalsIn(replayHistory(b.events)), "2025-10-01")).toHaveLength(1);
    b.add("goal.updated", { goalId: "goal-1", status: "achieved" });
    expect(lateGoalSteps(goalsIn(replayHistory(b.events)), "2025-10-01")).toHaveLength(0);
  });
});
