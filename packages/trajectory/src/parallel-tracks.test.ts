import { describe, expect, it } from "vitest";
import { attendance, TrajectoryBuilder } from "./_test-builders";
import { replay } from "./replay";

describe("the active phase's two tracks", () => {
  it("run in parallel: the individual track reviews while the collective track attends", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("contact.held", {}, "2025-09-10");
    b.add("review.held", {}, "2025-09-20");
    const { state, refused } = replay(b.events, {
      groupSessions: [attendance("t-1", "2025-09-08"), attendance("t-1", "2025-09-22")],
    });
    expect(refused).toEqual([]);
    expect(state.matches({ enrolled: { running: { withPlan: { active: "individual" } } } })).toBe(
      true,
    );
    expect(state.value).toEqual({
      enrolled: {
        running: { withPlan: { active: { individual: "reviewed", collective: "attending" } } },
      },
    });
    expect(state.context.collective.sessionDates).toEqual(["2025-09-08", "2025-09-22"]);
    expect(state.context.individual.reviewsAt).toHaveLength(1);
  });

  it("count group sessions before the plan in the collective track, from consent on", () => {
    const b = new TrajectoryBuilder().enrol();
    const { state, refused } = replay(b.events, {
      groupSessions: [attendance("t-1", "2025-09-05")],
    });
    expect(refused).toEqual([]);
    expect(state.context.collective.sessionDates).toEqual(["2025-09-05"]);
  });

  it("leave the tracks with the end measurement", () => {
    const b = new TrajectoryBuilder().toActive();
    b.measure("t1");
    const { state } = replay(b.events);
    expect(state.value).toEqual({ enrolled: { running: { withPlan: "evaluation" } } });
  });
});
