import { describe, expect, it } from "vitest";
import { attendance, TrajectoryBuilder } from "./_test-builders";
import {
  acceptedEvents,
  contextAfter,
  goalsIn,
  latestRightUpdates,
  replayHistory,
} from "./history";
import { replay } from "./replay";

describe("replayHistory", () => {
  it("keeps the accepted events and leaves the refused ones out", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred");
    const early = b.add("intake.held"); // before consent: refused
    b.add("consent.given");
    const intake = b.add("intake.held");
    const history = replayHistory(b.events);
    expect(history.refused.map((r) => r.eventId)).toEqual([early.id]);
    expect(acceptedEvents(history, "intake.held")).toEqual([intake]);
    expect(history.state).toEqual(replay(b.events).state);
  });

  it("keeps group attendance where the replay folded it in", () => {
    const b = new TrajectoryBuilder();
    b.add("trajectory.referred", {}, "2025-09-01");
    b.add("consent.given", {}, "2025-09-10");
    b.add("contact.held", {}, "2025-09-20");
    const session = attendance("t-1", "2025-09-15");
    const history = replayHistory(b.events, { groupSessions: [session] });
    expect(history.inputs.map((input) => input.type)).toEqual([
      "trajectory.referred",
      "consent.given",
      "group-session.attended",
      "contact.held",
    ]);
  });

  it("goes by the canonical order, as the replay does: a backdated right.updated takes its place in time", () => {
    const b = new TrajectoryBuilder().toActive();
    const later = b.add("right.updated", { status: "granted" }, "2025-10-20");
    const backdated = b.add("right.updated", { status: "refused" }, "2025-10-10");
    const history = replayHistory(b.events);
    expect(history.state.context.individual.rights["maintenance-advance"]).toBe("granted");
    expect(latestRightUpdates(history)).toEqual([later]);
    expect(latestRightUpdates(history)).not.toContain(backdated);
  });

  it("gives her goals with their words and the replayed status", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("goal.added");
    b.add("goal.updated", { goalId: "goal-1", status: "achieved" });
    b.add("goal.updated", { goalId: "goal-9", status: "achieved" }); // no such goal: refused
    const history = replayHistory(b.events);
    expect(history.refused).toHaveLength(1);
    expect(goalsIn(history).map((g) => [g.id, g.description, g.status])).toEqual([
      ["goal-1", "Find a flat", "achieved"],
      ["goal-2", "Budget", "open"],
    ]);
  });

  it("tells the context as it stood after an event, e.g. at her mid-term review", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("contact.held");
    const review = b.add("review.held");
    b.add("contact.held");
    b.add("goal.updated", { goalId: "goal-1", status: "achieved" });
    const history = replayHistory(b.events);
    const atReview = contextAfter(history, review.id);
    expect(atReview.individual.contactsAt).toHaveLength(1);
    expect(goalsIn(history, atReview).map((g) => g.status)).toEqual(["open"]);
    expect(goalsIn(history).map((g) => g.status)).toEqual(["achieved"]);
    expect(() => contextAfter(history, "no-such-event")).toThrow(
      /no event with id "no-such-event"/,
    );
  });

  it("carries on from a snapshot, with that snapshot's context as its start", () => {
    const b = new TrajectoryBuilder().toActive();
    const first = replay(b.events.slice(0, 3));
    const history = replayHistory(b.events.slice(3), { from: first.state });
    expect(history.startContext).toBe(first.state.context);
    expect(history.state).toEqual(replay(b.events).state);
  });
});
