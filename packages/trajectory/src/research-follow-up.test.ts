import type { ConsentScope } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { dueActions } from "./due-actions";
import { replay } from "./replay";
import { researchFollowUp } from "./research-follow-up";

/** A trajectory handed over on 2026-06-20, with these consent scopes. */
function handedOver(scopes: ConsentScope[]) {
  const b = new TrajectoryBuilder();
  b.add("trajectory.referred");
  b.add("information-talk.held", { decision: "interested" });
  b.add("consent.given", { scopes });
  b.add("intake.held");
  b.measure("t0");
  b.add("plan.agreed");
  b.measure("t1", "2026-06-01");
  b.add("evaluation.held", {}, "2026-06-10");
  b.add("handover.done", {}, "2026-06-20");
  return b;
}

describe("the one-year follow-up", () => {
  it("is a research contact, due a year after the handover, when she consented to research", () => {
    const b = handedOver(["processing", "research"]);
    const { state } = replay(b.events);
    expect(researchFollowUp(state, "2026-07-01")).toBeNull();
    expect(researchFollowUp(state, "2027-06-01")).toMatchObject({
      due: "2027-06-20",
      overdue: false,
      daysLeft: 19,
      step: { type: "follow-up.held" },
    });
    expect(researchFollowUp(state, "2027-07-01")).toMatchObject({ overdue: true });
  });

  it("is never the case manager's due action", () => {
    const { state } = replay(handedOver(["processing", "research"]).events);
    expect(dueActions(state, "2027-06-01").map((a) => a.step.type)).not.toContain("follow-up.held");
  });

  it("is not due without her consent to research", () => {
    const { state } = replay(handedOver(["processing"]).events);
    expect(researchFollowUp(state, "2027-06-19")).toBeNull();
  });

  it("is no longer due once it is recorded, and still due after the trajectory is closed", () => {
    const b = handedOver(["processing", "research"]);
    b.add("trajectory.closed", { outcome: "completed" }, "2026-06-30");
    expect(researchFollowUp(replay(b.events).state, "2027-06-19")).not.toBeNull();
    const c = handedOver(["processing", "research"]);
    c.add("follow-up.held", { monthsAfterEnd: 12 }, "2027-06-15");
    expect(researchFollowUp(replay(c.events).state, "2027-06-19")).toBeNull();
  });
});
