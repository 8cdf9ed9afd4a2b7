import { addDays } from "@miriam/schemas";
import fc from "fast-check";
import { refusalsOf } from "./_check";
import { probeInputs } from "./_test-builders";
import { applyEvent, initialState } from "./replay";
import { stepOf, type TrajectoryInput } from "./step";

// Random logs for property tests (test support, not shipped).

const probes = probeInputs("t-1");
// Steps that end or freeze a trajectory: picked less often, or few logs would get far.
const ENDINGS = new Set(["trajectory.closed", "consent.withdrawn", "trajectory.paused"]);

function dated(input: TrajectoryInput, n: number): TrajectoryInput {
  const date = addDays("2025-09-01", n);
  const at = `${date}T10:00:00+02:00`;
  return input.type === "group-session.attended"
    ? { ...input, sessionId: `s-${n}`, at, date }
    : { ...input, id: `e-${n}`, at };
}

/**
 * Random logs that get somewhere: most steps are picked among those the rules allow at
 * that point (so trajectories reach the later phases), the rest among every kind of
 * input, allowed or not (so refusals are exercised everywhere).
 */
export const randomLogs = fc.array(fc.nat(), { maxLength: 80, size: "large" }).map((choices) => {
  const events: TrajectoryInput[] = [];
  let state = initialState();
  choices.forEach((choice, n) => {
    const allowed = probes.filter((p) => refusalsOf(state.context, stepOf(p)).length === 0);
    const onward = allowed.filter((p) => !ENDINGS.has(p.type));
    const value = JSON.stringify(state.value);
    const forward = onward.filter(
      (p) => JSON.stringify(applyEvent(state, p).state.value) !== value,
    );
    const pools = [
      forward,
      forward,
      forward,
      forward,
      onward,
      onward,
      onward,
      allowed,
      probes,
      probes,
    ];
    const pick = pools[choice % 10]!;
    const pool = pick.length > 0 ? pick : probes;
    const input = dated(pool[Math.floor(choice / 10) % pool.length]!, n);
    events.push(input);
    state = applyEvent(state, input).state;
  });
  return events;
});
