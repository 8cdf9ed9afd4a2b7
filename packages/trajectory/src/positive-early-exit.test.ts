import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { canAccept } from "./can-accept";
import { replay } from "./replay";

describe("leaving early for work, training or an internship", () => {
  it("closes an enrolled trajectory from the active phase, with what she left for", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("trajectory.closed", { outcome: "positive-early-exit", reason: "started-internship" });
    const { state, refused } = replay(b.events);
    expect(refused).toEqual([]);
    expect(state.status).toBe("done");
    expect(state.context.milestones.closing).toMatchObject({
      outcome: "positive-early-exit",
      reason: "started-internship",
    });
  });

  it("needs neither the end measurement nor a handover, unlike a completed trajectory", () => {
    const b = new TrajectoryBuilder().enrol();
    b.add("intake.held");
    const { state } = replay(b.events);
    expect(
      canAccept(state, { type: "trajectory.closed", outcome: "positive-early-exit" }).accepted,
    ).toBe(true);
    expect(canAccept(state, { type: "trajectory.closed", outcome: "completed" }).accepted).toBe(
      false,
    );
  });

  it("is refused before she enrolled: there is nothing to leave", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    const answer = canAccept(replay(b.events).state, {
      type: "trajectory.closed",
      outcome: "positive-early-exit",
    });
    expect(answer.accepted).toBe(false);
    if (!answer.accepted)
      expect(answer.refusals.map((r) => r.rule)).toContain(
        "positive-early-exit-only-after-enrolment",
      );
  });

  it("replays an older log's drop-out for work as a positive early exit", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("trajectory.closed", { outcome: "dropped-out", reason: "found-work", note: "Contract." });
    const { state, refused } = replay(b.events);
    expect(refused).toEqual([]);
    expect(state.context.milestones.closing).toMatchObject({
      outcome: "positive-early-exit",
      reason: "found-work",
    });
  });

  it("judges an older drop-out for training by today's rules: not before enrolment", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    b.add("trajectory.closed", { outcome: "dropped-out", reason: "started-training" });
    const { refused } = replay(b.events);
    expect(refused.flatMap((r) => r.refusals.map((x) => x.rule))).toContain(
      "positive-early-exit-only-after-enrolment",
    );
  });
});
