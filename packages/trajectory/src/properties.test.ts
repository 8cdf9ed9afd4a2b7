import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { randomLogs } from "./_test-logs";
import { canAccept } from "./can-accept";
import type { GroupSessionAttendance } from "./group-sessions";
import { acceptedEvents, contextAfter, goalsIn, replayHistory } from "./history";
import { type TrajectoryState, trajectoryMachine } from "./machine";
import { nextSteps } from "./next-steps";
import { applyEvent, initialState, replay } from "./replay";
import { persist, restore } from "./snapshot";
import { stepOf, type TrajectoryInput } from "./step";

const logs = randomLogs;

const json = (state: TrajectoryState) => JSON.stringify(persist(state));

function run(events: readonly TrajectoryInput[], from = initialState()) {
  let state = from;
  for (const event of events) state = applyEvent(state, event).state;
  return state;
}

const allNodeIds = (() => {
  const ids = new Set<string>();
  const walk = (node: typeof trajectoryMachine.root) => {
    ids.add(node.id);
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(trajectoryMachine.root);
  return ids;
})();

describe("random event logs", () => {
  it("never lead to a state outside the chart", () => {
    fc.assert(
      fc.property(logs, (events) => {
        let state = initialState();
        for (const event of events) {
          state = applyEvent(state, event).state;
          for (const node of state._nodes) expect(allNodeIds.has(node.id)).toBe(true);
          const resolved = trajectoryMachine.resolveState({
            value: state.value,
            context: state.context,
          });
          expect(resolved.value).toEqual(state.value);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("leave the state unchanged when an event is refused", () => {
    fc.assert(
      fc.property(logs, (events) => {
        let state = initialState();
        for (const event of events) {
          const before = json(state);
          const outcome = applyEvent(state, event);
          if (!outcome.accepted) {
            expect(outcome.state).toBe(state);
            expect(json(outcome.state)).toBe(before);
            expect(outcome.refusals.length).toBeGreaterThan(0);
          }
          state = outcome.state;
        }
      }),
      { numRuns: 200 },
    );
  });

  it("replay deterministically, and report exactly the refused events", () => {
    fc.assert(
      fc.property(logs, (events) => {
        const trajectoryEvents = events.filter((e) => e.type !== "group-session.attended");
        const a = replay(trajectoryEvents as never);
        const b = replay(trajectoryEvents as never);
        expect(json(a.state)).toBe(json(b.state));
        expect(a.refused).toEqual(b.refused);
        expect(a.accepted + a.refused.length).toBe(trajectoryEvents.length);
        expect(json(a.state)).toBe(json(run(trajectoryEvents)));
      }),
      { numRuns: 200 },
    );
  });

  it("give the same snapshots as XState's own transition()", () => {
    fc.assert(
      fc.property(logs, (events) => {
        let fast = initialState();
        let reference = initialState();
        for (const event of events) {
          fast = applyEvent(fast, event).state;
          if (canAccept(reference, event).accepted) {
            reference = transition(trajectoryMachine, reference, event)[0];
          }
          expect(json(fast)).toBe(json(reference));
          expect(fast.status).toBe(reference.status);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("replay without changing their events or the state they start from", () => {
    // Replay writes one context in place (copy on first write, `ContextDraft`): the events,
    // the attendance and the state it started from must read the same afterwards, and
    // carrying on from a replayed state must match the one-event-at-a-time path.
    fc.assert(
      fc.property(logs, fc.nat(), (inputs, cut) => {
        const own = inputs.filter((e) => e.type !== "group-session.attended");
        const sessions = inputs.filter(
          (e): e is GroupSessionAttendance => e.type === "group-session.attended",
        );
        const at = own.length === 0 ? 0 : cut % (own.length + 1);
        const written = JSON.stringify(inputs);
        const first = replay(own.slice(0, at) as never, { groupSessions: sessions });
        const start = json(first.state);
        const rest = own.slice(at);
        const second = replay(rest as never, { from: first.state });
        expect(json(first.state)).toBe(start);
        expect(json(second.state)).toBe(json(run(rest, first.state)));
        expect(JSON.stringify(inputs)).toBe(written);
      }),
      { numRuns: 200 },
    );
  });

  it("round-trip through persist and restore, and carry on from there", () => {
    fc.assert(
      fc.property(logs, fc.nat(), (events, cut) => {
        const at = events.length === 0 ? 0 : cut % (events.length + 1);
        const middle = run(events.slice(0, at));
        const restored = restore(JSON.stringify(persist(middle)));
        expect(json(restored)).toBe(json(middle));
        expect(restored.status).toBe(middle.status);
        expect(json(run(events.slice(at), restored))).toBe(json(run(events)));
      }),
      { numRuns: 200 },
    );
  });

  it("have canAccept and nextSteps agree with what applyEvent does", () => {
    fc.assert(
      fc.property(logs, (events) => {
        let state = initialState();
        for (const event of events) {
          const answer = canAccept(state, event);
          const outcome = applyEvent(state, event);
          expect(outcome.accepted).toBe(answer.accepted);
          const steps = nextSteps(state);
          const step = stepOf(event);
          const listed = steps.allowed.some((s) => s.type === step.type);
          if (answer.accepted) expect(listed).toBe(true);
          state = outcome.state;
        }
      }),
      { numRuns: 100 },
    );
  });
  it("keep in their history exactly what the replay applied, in its order", () => {
    fc.assert(
      fc.property(logs, (inputs) => {
        const own = inputs.filter((e) => e.type !== "group-session.attended");
        const sessions = inputs.filter(
          (e): e is GroupSessionAttendance => e.type === "group-session.attended",
        );
        const history = replayHistory(own as never, { groupSessions: sessions });
        const replayed = replay(own as never, { groupSessions: sessions });
        expect(json(history.state)).toBe(json(replayed.state));
        expect(history.inputs).toHaveLength(replayed.accepted);
        // Applying only the kept inputs, one by one, passes the same states.
        let state = initialState();
        for (const input of history.inputs) {
          const outcome = applyEvent(state, input);
          expect(outcome.accepted).toBe(true);
          state = outcome.state;
          if ("id" in input) expect(contextAfter(history, input.id)).toEqual(state.context);
        }
        expect(json(state)).toBe(json(history.state));
        const goals = goalsIn(history);
        expect(Object.fromEntries(goals.map((g) => [g.id, g.status]))).toEqual(
          Object.fromEntries(
            Object.entries(history.state.context.goals).map(([id, g]) => [id, g.status]),
          ),
        );
        expect(acceptedEvents(history, "contact.held").map((e) => e.at)).toEqual(
          history.state.context.individual.contactsAt,
        );
      }),
      { numRuns: 150 },
    );
  });
});
