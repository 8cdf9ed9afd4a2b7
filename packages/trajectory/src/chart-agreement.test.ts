import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { getShortestPaths } from "xstate/graph";
import { abstractKey, probeInputs } from "./_test-builders";
import { xstateNextSnapshot } from "./_transition";
import { canAccept } from "./can-accept";
import { type TrajectoryState, trajectoryMachine } from "./machine";
import { nextSteps, stepKinds } from "./next-steps";
import { applyEvent, initialState, replay } from "./replay";
import type { TrajectoryInput } from "./step";

// The chart decides where an accepted event leads; the rule table decides whether it is
// accepted. These tests walk every state the chart can reach with every kind of input and
// require both to give the same answer, so neither can drift from the other.

// `one-trajectory-per-log` guards the log, not the method: the chart never sees another
// trajectory's event because the rules refuse it first. It is checked on its own below.
const allInputs = probeInputs("t-1");
const inputs = allInputs.filter((input) => input.trajectoryId === "t-1");
const foreign = allInputs.filter((input) => input.trajectoryId !== "t-1");

/** Every abstract state the bare chart reaches from the start with the probe inputs. */
function reachableStates(): TrajectoryState[] {
  const seen = new Map<string, TrajectoryState>();
  const queue = [initialState()];
  seen.set(abstractKey(queue[0]!), queue[0]!);
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const input of inputs) {
      const [next] = transition(trajectoryMachine, state, input);
      if (next === state) continue;
      const key = abstractKey(next);
      if (!seen.has(key)) {
        seen.set(key, next);
        queue.push(next);
      }
    }
  }
  return [...seen.values()];
}

const states = reachableStates();

describe("the chart and the hard rules", () => {
  it("reach a good number of distinct states", () => {
    expect(states.length).toBeGreaterThan(40);
  });

  it("agree on every input in every reachable state", () => {
    const disagreements: string[] = [];
    for (const state of states) {
      for (const input of inputs) {
        const chart = transition(trajectoryMachine, state, input)[0] !== state;
        const rules = canAccept(state, input).accepted;
        if (chart !== rules) {
          disagreements.push(
            `${JSON.stringify(state.value)} + ${input.type}: chart ${chart ? "accepts" : "refuses"}, rules ${rules ? "accept" : "refuse"}`,
          );
        }
      }
    }
    expect(disagreements).toEqual([]);
    // Every input in every state, each also checked as a record (schema, referral time):
    // a few seconds on a busy machine.
  }, 30_000);

  it("refuse another trajectory's event in every state after the referral", () => {
    expect(foreign.length).toBeGreaterThan(0);
    for (const state of states) {
      if (state.context.referral === null) continue;
      for (const input of foreign) {
        const rules = canAccept(state, input).refusals.map((r) => r.rule);
        expect(rules.length).toBeGreaterThan(0);
        if (state.status !== "done") expect(rules).toEqual(["one-trajectory-per-log"]);
      }
    }
  });

  it("reach every state node of the chart", () => {
    const reached = new Set<string>();
    for (const state of states) for (const node of state._nodes) reached.add(node.id);
    const all = new Set<string>();
    const walk = (node: { id: string; type: string; states: Record<string, unknown> }) => {
      if (node.type !== "history") all.add(node.id);
      for (const child of Object.values(node.states)) walk(child as typeof node);
    };
    walk(trajectoryMachine.root);
    expect([...all].filter((id) => !reached.has(id))).toEqual([]);
  });

  it("run exactly one action, the event's recorder, on every transition", () => {
    const walk = (node: typeof trajectoryMachine.root): string[] => {
      const problems: string[] = [];
      if (node.entry.length > 0 || node.exit.length > 0)
        problems.push(`${node.id} has entry/exit actions`);
      for (const [type, transitions] of node.transitions) {
        for (const t of transitions) {
          if (t.actions.length !== 1)
            problems.push(`${node.id} ${type}: ${t.actions.length} actions`);
        }
      }
      for (const child of Object.values(node.states)) problems.push(...walk(child));
      return problems;
    };
    expect(walk(trajectoryMachine.root)).toEqual([]);
  });

  it("offer in nextSteps exactly the step kinds the rules accept", () => {
    for (const state of states) {
      const { allowed, refused } = nextSteps(state);
      expect(allowed.length + refused.length).toBe(stepKinds.length);
      for (const step of allowed) expect(canAccept(state, step).accepted).toBe(true);
      for (const { step, refusals } of refused) {
        expect(refusals.length).toBeGreaterThan(0);
        expect(canAccept(state, step).refusals).toEqual(refusals);
      }
    }
  });

  it("never offer a step in nextSteps that the chart cannot take", () => {
    for (const state of states) {
      const allowed = new Set(nextSteps(state).allowed.map((s) => JSON.stringify(s)));
      for (const input of inputs) {
        const kind = stepKinds.find(
          (k) =>
            k.type === input.type &&
            (k.timepoint === undefined ||
              ("data" in input &&
                "timepoint" in input.data &&
                input.data.timepoint === k.timepoint)) &&
            (k.outcome === undefined ||
              ("data" in input && "outcome" in input.data && input.data.outcome === k.outcome)),
        );
        if (kind === undefined || !allowed.has(JSON.stringify(kind))) continue;
        if (!canAccept(state, input).accepted) continue;
        expect(xstateNextSnapshot(state, input)).not.toBe(state);
      }
    }
  });
});

describe("model-based paths (xstate/graph)", () => {
  const paths = getShortestPaths(trajectoryMachine, {
    events: inputs as TrajectoryInput[],
    serializeState: (state) => abstractKey(state as TrajectoryState),
  });

  it("reach every state of the chart through shortest paths", () => {
    const reached = new Set(paths.flatMap((path) => path.state._nodes.map((node) => node.id)));
    for (const state of states) for (const node of state._nodes) expect(reached).toContain(node.id);
  });

  it("replay every path's events without a refusal, to the path's state", () => {
    const failures: string[] = [];
    let replayed = 0;
    for (const path of paths) {
      const events = path.steps
        .map((step) => step.event)
        .filter((e) => (e.type as string) !== "xstate.init");
      let state = initialState();
      for (const event of events) {
        const outcome = applyEvent(state, event);
        if (!outcome.accepted) {
          failures.push(`${events.map((e) => e.type).join(" → ")}: ${event.type} refused`);
          break;
        }
        state = outcome.state;
      }
      if (abstractKey(state) !== abstractKey(path.state as TrajectoryState)) {
        failures.push(`${events.map((e) => e.type).join(" → ")}: ends elsewhere`);
      }
      replayed++;
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(states.length);
  });

  it("replay a path's own events (without attendance) through replay() as a log", () => {
    const path = paths.find((p) => p.state.value === "closed" && p.steps.length > 8)!;
    const events = path.steps
      .map((step) => step.event)
      .filter((e) => (e.type as string) !== "xstate.init" && e.type !== "group-session.attended");
    const { state, refused } = replay(events as never);
    expect(refused).toEqual([]);
    expect(state.status).toBe("done");
  });
});
