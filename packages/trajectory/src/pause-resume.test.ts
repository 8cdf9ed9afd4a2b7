import { describe, expect, it } from "vitest";
import { attendance, TrajectoryBuilder } from "./_test-builders";
import { canAccept } from "./can-accept";
import { replay } from "./replay";

describe("pausing and resuming", () => {
  it("resumes where she was in the active phase, both tracks included", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("review.held");
    const sessions = [attendance("t-1", "2025-09-20")];
    b.add("contact.held", {}, "2025-09-25");
    b.add("trajectory.paused", { reason: "pregnancy-birth" }, "2025-10-01");
    const paused = replay(b.events, { groupSessions: sessions });
    expect(paused.state.value).toEqual({ enrolled: "paused" });

    b.add("trajectory.resumed", {}, "2025-12-01");
    const { state, refused } = replay(b.events, { groupSessions: sessions });
    expect(refused).toEqual([]);
    expect(state.value).toEqual({
      enrolled: {
        running: { withPlan: { active: { individual: "reviewed", collective: "attending" } } },
      },
    });
    expect(state.context.pauses).toEqual([
      {
        from: "2025-10-01T10:00:00+02:00",
        to: "2025-12-01T10:00:00+02:00",
        reason: "pregnancy-birth",
      },
    ]);
  });

  it("resumes an early phase too: paused before the baseline, back to the baseline", () => {
    const b = new TrajectoryBuilder().enrol();
    b.add("intake.held");
    b.add("trajectory.paused", { reason: "illness" });
    b.add("trajectory.resumed");
    const { state } = replay(b.events);
    expect(state.value).toEqual({ enrolled: { running: "baseline" } });
    expect(canAccept(state, { type: "measurement.recorded", timepoint: "t0" }).accepted).toBe(true);
  });

  it("can pause and resume more than once, each time back to the latest phase", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("trajectory.paused");
    b.add("trajectory.resumed");
    b.measure("t1");
    b.add("trajectory.paused");
    b.add("trajectory.resumed");
    const { state, refused } = replay(b.events);
    expect(refused).toEqual([]);
    expect(state.value).toEqual({ enrolled: { running: { withPlan: "evaluation" } } });
    expect(state.context.pauses).toHaveLength(2);
  });

  it("allows closing and withdrawing consent while paused, nothing else", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("trajectory.paused");
    const { state } = replay(b.events);
    expect(canAccept(state, { type: "trajectory.closed", outcome: "dropped-out" }).accepted).toBe(
      true,
    );
    expect(canAccept(state, { type: "consent.withdrawn", scopes: ["processing"] }).accepted).toBe(
      true,
    );
    expect(canAccept(state, { type: "trajectory.resumed" }).accepted).toBe(true);
    for (const type of [
      "contact.held",
      "goal.updated",
      "trajectory.paused",
      "signal.raised",
    ] as const) {
      expect(canAccept(state, { type }).refusals[0]?.rule).toBe("paused-only-resume-or-close");
    }
  });

  it("ends in withdrawn when consent to processing is withdrawn during a pause", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("trajectory.paused");
    b.add("consent.withdrawn");
    b.close("dropped-out");
    const { state, refused } = replay(b.events);
    expect(refused).toEqual([]);
    expect(state.value).toBe("closed");
    expect(state.context.milestones.closing).toMatchObject({
      outcome: "dropped-out",
      reason: "health",
    });
  });
});
