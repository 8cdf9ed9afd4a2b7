import { exampleCohort, TrajectoryEvent, validate } from "@miriam/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TrajectoryBuilder } from "./_test-builders";
import { canAccept } from "./can-accept";
import type { TrajectoryState } from "./machine";
import { applyEvent, initialState, replay } from "./replay";

// Every trajectory of the example cohort, event by event, with the state before each one:
// the places where a vendor's event can arrive.
const cohort = exampleCohort();
const moments: { state: TrajectoryState; event: TrajectoryEvent }[] = [];
{
  const states = new Map<string, TrajectoryState>();
  for (const event of cohort.trajectoryEvents) {
    const state = states.get(event.trajectoryId) ?? initialState();
    moments.push({ state, event });
    states.set(event.trajectoryId, applyEvent(state, event).state);
  }
}

describe("one rule source: the schema, canAccept and applyEvent agree", () => {
  it("refuses a drop-out without a reason, as the schema does", () => {
    const b = new TrajectoryBuilder().toActive();
    const { state } = replay(b.events);
    const event = {
      ...b.make("trajectory.closed", { outcome: "dropped-out" }),
      data: { outcome: "dropped-out" },
    } as unknown as TrajectoryEvent;
    expect(validate("trajectory-event", event).ok).toBe(false);
    const outcome = applyEvent(state, event);
    expect(outcome.accepted).toBe(false);
    expect(outcome.refusals[0]!.rule).toBe("event-schema");
    expect(outcome.refusals[0]!.message.nl).toContain("$.data");
    expect(canAccept(state, event).accepted).toBe(false);
  });

  it("leaves life domains to the project's settings: a domain of its own set is accepted", () => {
    const b = new TrajectoryBuilder().toActive();
    const { state } = replay(b.events);
    const contact = b.make("contact.held", { domains: ["garden"] });
    expect(applyEvent(state, contact).accepted).toBe(true);
  });

  it("refuses every event the schema refuses, for any change to any field, and answers as canAccept", () => {
    const change = fc.record({
      at: fc.nat({ max: moments.length - 1 }),
      inData: fc.boolean(),
      field: fc.nat(),
      value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(change, ({ at, inData, field, value }) => {
        const moment = moments[at]!;
        const changed = structuredClone(moment.event) as unknown as Record<string, unknown> & {
          data: Record<string, unknown>;
        };
        const target: Record<string, unknown> = inData ? changed.data : changed;
        const keys = Object.keys(target);
        if (keys.length > 0) {
          const key = keys[field % keys.length]!;
          if (value === undefined) delete target[key];
          else target[key] = value;
        }
        const event = changed as unknown as TrajectoryEvent;
        const schemaOk = TrajectoryEvent.safeParse(event).success;
        const applied = applyEvent(moment.state, event);
        const asked = canAccept(moment.state, event);
        if (!schemaOk) expect(applied.accepted).toBe(false);
        expect({ accepted: asked.accepted, rules: asked.refusals.map((r) => r.rule) }).toEqual({
          accepted: applied.accepted,
          rules: applied.refusals.map((r) => r.rule),
        });
      }),
      { numRuns: 400 },
    );
  });
});
