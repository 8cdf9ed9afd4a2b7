import { problemMessage, type TrajectoryEvent } from "@miriam/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { compareEventTimes, createEventOrderCheck, inEventOrder, isEarlier } from "./event-order";
import { applyEvent, initialState, replay } from "./replay";

describe("inEventOrder", () => {
  it("orders by the instant, across offsets, and keeps log order on equal instants", () => {
    const events = [
      { id: "a", at: "2025-10-27T10:00:00+01:00" },
      { id: "b", at: "2025-10-27T09:00:00Z" }, // 10:00 in Brussels: same instant as a
      { id: "c", at: "2025-10-26T10:00:00+01:00" },
    ];
    expect(inEventOrder(events).map((e) => e.id)).toEqual(["c", "a", "b"]);
  });

  it("returns the same array when it is already in order", () => {
    const events = [{ at: "2025-09-01T10:00:00+02:00" }, { at: "2025-09-02T10:00:00+02:00" }];
    expect(inEventOrder(events)).toBe(events);
  });

  it("is a stable sort by compareEventTimes, whatever the input", () => {
    const timed = fc.record({
      at: fc
        .integer({ min: 1_500_000_000, max: 1_800_000_000 })
        .map((s) => new Date(s * 1000).toISOString().replace(".000Z", "Z")),
      n: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(timed, { maxLength: 30 }), (events) => {
        const expected = [...events].sort(compareEventTimes);
        expect(inEventOrder(events)).toEqual(expected);
      }),
    );
  });

  // Timestamps of one offset and length are compared as text, the others as instants:
  // mixed offsets, "Z", and fractions of a second must all give the instants' order.
  const anyOffset = fc
    .record({
      seconds: fc.integer({ min: 1_700_000_000, max: 1_700_400_000 }),
      offset: fc.constantFrom("Z", "+01:00", "+02:00", "-05:00", "+00:00"),
      millis: fc.boolean(),
    })
    .map(({ seconds, offset, millis }) => {
      const minutes =
        offset === "Z" ? 0 : (offset[0] === "-" ? -1 : 1) * Number(offset.slice(1, 3)) * 60;
      const local = new Date((seconds + minutes * 60) * 1000)
        .toISOString()
        .slice(0, millis ? 23 : 19);
      return `${local}${offset}`;
    });

  it("orders timestamps of any offset by their instant", () => {
    fc.assert(
      fc.property(fc.array(anyOffset, { maxLength: 30 }), (times) => {
        const events = times.map((at, n) => ({ at, n }));
        expect(inEventOrder(events)).toEqual([...events].sort(compareEventTimes));
      }),
    );
  });

  it("tells which of two timestamps of any offset is earlier", () => {
    fc.assert(
      fc.property(anyOffset, anyOffset, (a, b) => {
        expect(isEarlier(a, b)).toBe(Date.parse(a) < Date.parse(b));
        expect(isEarlier(a, a)).toBe(false);
      }),
    );
  });
});

describe("createEventOrderCheck", () => {
  it("reports an event earlier than one before it in the same trajectory, naming both lines", () => {
    const check = createEventOrderCheck();
    expect(check({ trajectoryId: "t-1", at: "2025-09-10T10:00:00+02:00" }, 1)).toBeUndefined();
    expect(check({ trajectoryId: "t-2", at: "2025-09-01T10:00:00+02:00" }, 2)).toBeUndefined();
    const problem = check({ trajectoryId: "t-1", at: "2025-09-05T10:00:00+02:00" }, 3);
    expect(problem?.code).toBe("out-of-order");
    expect(problem?.line).toBe(3);
    expect(problem?.message).toBe(
      'line 3, $.at: expected a time no earlier than 2025-09-10T10:00:00+02:00, the time of an event before it (line 1), found "2025-09-05T10:00:00+02:00".',
    );
    expect(problemMessage(problem!, "nl")).toContain("regel 1");
  });

  it("checks each file on its own", () => {
    const check = createEventOrderCheck();
    check({ groupId: "g", at: "2025-09-10T10:00:00+02:00" }, 4, "a.jsonl");
    expect(check({ groupId: "g", at: "2025-09-09T10:00:00+02:00" }, 1, "b.jsonl")).toBeUndefined();
    expect(check({ groupId: "g", at: "2025-09-08T10:00:00+02:00" }, 5, "a.jsonl")?.line).toBe(5);
  });
});

describe("replay in the canonical order", () => {
  it("applies a backdated event at its time and blames no neighbour", () => {
    const b = new TrajectoryBuilder().toActive();
    b.add("contact.held", {}, "2025-10-20");
    b.add("contact.held", {}, "2025-10-10");
    const { refused, state } = replay(b.events);
    expect(refused).toEqual([]);
    expect(state.context.individual.contactsAt.slice(-2).map((at) => at.slice(0, 10))).toEqual([
      "2025-10-10",
      "2025-10-20",
    ]);
  });

  it("gives the same state in any log order (time order with distinct times)", () => {
    const b = new TrajectoryBuilder().toActive();
    const events = b.events;
    const reversed = [...events].reverse();
    expect(replay(reversed).state.context).toEqual(replay(events).state.context);
  });

  it("refuses an event timed before the referral, saying so", () => {
    const b = new TrajectoryBuilder().toActive();
    const early = { ...b.events[1]!, id: "early", at: "2015-03-01T10:00:00+01:00" };
    const { refused } = replay([...b.events, early as TrajectoryEvent]);
    expect(refused.map((r) => [r.eventId, r.refusals[0]!.rule])).toEqual([
      ["early", "after-referral"],
    ]);
  });

  it("refuses an event id applied twice instead of counting it twice", () => {
    const b = new TrajectoryBuilder().toActive();
    const contact = b.add("contact.held", {}, "2025-10-20");
    const { refused } = replay([...b.events, contact]);
    expect(refused.map((r) => r.refusals[0]!.rule)).toEqual(["event-id-unique"]);
  });

  it("applyEvent refuses an event timed before the referral", () => {
    const b = new TrajectoryBuilder().toActive();
    const state = replay(b.events).state;
    const early = { ...b.events[1]!, id: "early", at: "2016-03-01T10:00:00+01:00" };
    const outcome = applyEvent(state, early as TrajectoryEvent);
    expect(outcome.accepted).toBe(false);
    expect(outcome.refusals[0]!.rule).toBe("after-referral");
    expect(applyEvent(initialState(), b.events[0]!).accepted).toBe(true);
  });
});
