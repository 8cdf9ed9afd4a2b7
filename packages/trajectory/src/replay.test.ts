import { parseEventLog, type TrajectoryEvent } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { attendance, TrajectoryBuilder } from "./_test-builders";
import { applyEvent, initialState, replay } from "./replay";

describe("replay", () => {
  it("folds a clean log into the state it leads to", () => {
    const b = new TrajectoryBuilder().toHandedOver();
    b.close("completed");
    const { state, refused, accepted } = replay(b.events);
    expect(refused).toEqual([]);
    expect(accepted).toBe(b.events.length);
    expect(state.value).toBe("closed");
    expect(state.status).toBe("done");
    expect(state.context.milestones.closing?.outcome).toBe("completed");
  });

  it("reports each refused event with its index and rule, and carries on", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    b.add("intake.held"); // index 1: before consent
    b.add("consent.given");
    b.add("plan.agreed"); // index 3: no baseline
    b.add("intake.held");
    const { state, refused } = replay(b.events);
    expect(refused.map((r) => [r.index, r.type, r.refusals[0]?.rule])).toEqual([
      [1, "intake.held", "consent-before-personal-data"],
      [3, "plan.agreed", "baseline-before-plan"],
    ]);
    expect(refused[0]).toMatchObject({ source: "trajectory", eventId: b.events[1]!.id });
    expect(state.value).toEqual({ enrolled: { running: "baseline" } });
  });

  it("gives line numbers for a parsed JSON Lines log", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    b.add("contact.held");
    const text = `${b.events.map((e) => JSON.stringify(e)).join("\n\n")}\n`;
    const { entries } = parseEventLog(text);
    const { refused } = replay(entries as { line: number; event: TrajectoryEvent }[]);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ line: 3, index: 1, type: "contact.held" });
  });

  it("folds group attendance in by time, before the first later event of her own", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred", {}, "2025-09-01");
    b.add("consent.given", {}, "2025-09-10");
    b.add("trajectory.closed", { outcome: "moved" }, "2025-10-01");
    const { refused, state } = replay(b.events, {
      groupSessions: [
        attendance("t-1", "2025-09-08"), // before consent: refused
        attendance("t-1", "2025-09-15"), // accepted
        attendance("t-1", "2025-10-06"), // after closing: refused
      ],
    });
    expect(refused.map((r) => [r.source, r.index, r.refusals[0]?.rule])).toEqual([
      ["group", 0, "consent-before-personal-data"],
      ["group", 2, "nothing-after-closed"],
    ]);
    expect(refused[0]?.eventId).toBe("s-2025-09-08");
    expect(state.context.collective.sessionDates).toEqual(["2025-09-15"]);
  });

  it("continues from a given state", () => {
    const b = new TrajectoryBuilder().toActive();
    const first = replay(b.events.slice(0, 3));
    const rest = replay(b.events.slice(3), { from: first.state });
    expect(rest.state).toEqual(replay(b.events).state);
  });

  it("applyEvent returns the very same state object on a refusal", () => {
    const state = initialState();
    const outcome = applyEvent(state, new TrajectoryBuilder().make("contact.held"));
    expect(outcome.accepted).toBe(false);
    expect(outcome.state).toBe(state);
  });
});
