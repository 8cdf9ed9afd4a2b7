import { trajectoryPhases } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { currentPhase, isPaused } from "./phase";
import { initialState, replay } from "./replay";

describe("the current phase", () => {
  it("follows the method's phases as the events come", () => {
    const b = new TrajectoryBuilder();
    const phases: (string | null)[] = [currentPhase(initialState())];
    const step = (add: () => void) => {
      add();
      phases.push(currentPhase(replay(b.events).state));
    };
    step(() => b.add("trajectory.referred"));
    step(() => b.add("information-talk.held"));
    step(() => b.add("consent.given"));
    step(() => b.add("intake.held"));
    step(() => b.measure("t0"));
    step(() => b.add("plan.agreed"));
    step(() => b.measure("t1"));
    step(() => b.add("evaluation.held"));
    step(() => b.add("handover.done"));
    step(() => b.close("completed"));
    expect(phases).toEqual([
      null,
      "referral",
      "information-talk",
      "intake",
      "baseline",
      "personal-plan",
      "active",
      "evaluation",
      "handover",
      "follow-up",
      "closed",
    ]);
    for (const phase of phases) if (phase !== null) expect(trajectoryPhases.has(phase)).toBe(true);
  });

  it("stays the same during a pause", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("trajectory.paused");
    const { state } = replay(b.events);
    expect(isPaused(state)).toBe(true);
    expect(currentPhase(state)).toBe("active");
  });
});
