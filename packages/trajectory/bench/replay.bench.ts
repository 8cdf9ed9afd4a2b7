/**
 * Replay throughput for a programme-size log (1,200 trajectories, about 150 events each,
 * plus the groups' logs), measured in one run against `JSON.parse` of the same log alone.
 * Target: replaying costs at most 3x parsing.
 */
import { Bench } from "tinybench";
import { transition } from "xstate";
import { initialState, replay, replayProgramme, trajectoryMachine } from "../src/index";
import { programmeLog } from "./_programme-log";

const log = programmeLog(1200, 150);
const lines = [...log.trajectoryEvents, ...log.groupEvents].map((event) => JSON.stringify(event));
const eventCount = lines.length;
const parse = () => lines.map((line) => JSON.parse(line));
const parsed = parse();
const trajectoryEvents = parsed.filter((event) => "trajectoryId" in event);
const groupEvents = parsed.filter((event) => "groupId" in event && !("trajectoryId" in event));

// The replay must be clean before its speed means anything.
const check = replayProgramme({ trajectoryEvents, groupEvents });
if (check.refused.length > 0) {
  throw new Error(`the generated log has ${check.refused.length} refused events`);
}
const attended = [...check.trajectories.values()].reduce(
  (sum, t) => sum + t.state.context.collective.sessionDates.length,
  0,
);

// XState's own `transition()` on a tenth of the trajectories, to show what the replay's
// fast path saves; extrapolated per event.
const sample = trajectoryEvents.filter((event) => event.trajectoryId.endsWith("0"));
const viaTransition = () => {
  const states = new Map<string, ReturnType<typeof initialState>>();
  for (const event of sample) {
    const state = states.get(event.trajectoryId) ?? initialState();
    states.set(event.trajectoryId, transition(trajectoryMachine, state, event)[0]);
  }
};
const viaReplay = () => {
  const byId = new Map<string, typeof sample>();
  for (const event of sample) {
    const list = byId.get(event.trajectoryId) ?? [];
    list.push(event);
    byId.set(event.trajectoryId, list);
  }
  for (const events of byId.values()) replay(events);
};

const bench = new Bench({ time: 3000, warmupTime: 1000 });
bench
  .add("JSON.parse of the log", parse)
  .add("replayProgramme (states, refusals, signals)", () =>
    replayProgramme({ trajectoryEvents, groupEvents }),
  )
  .add("sample: replay()", viaReplay)
  .add("sample: xstate transition() per event", viaTransition);
await bench.run();

const meanMs = (name: string): number => {
  const task = bench.getTask(name);
  if (task?.result.state !== "completed") throw new Error(`benchmark "${name}" did not complete`);
  return task.result.latency.mean;
};
const perSecond = (events: number, ms: number) =>
  Math.round((events / ms) * 1000).toLocaleString("en");

const parseMs = meanMs("JSON.parse of the log");
const replayMs = meanMs("replayProgramme (states, refusals, signals)");
console.log(
  `Programme log: ${check.trajectories.size} trajectories, ${trajectoryEvents.length} trajectory events (${(trajectoryEvents.length / check.trajectories.size).toFixed(1)} each), ${groupEvents.length} group events with ${attended} attendances; ${(lines.join("\n").length / 1e6).toFixed(1)} MB of JSON Lines (Node ${process.version}).`,
);
console.log(
  `  JSON.parse          ${parseMs.toFixed(1).padStart(8)} ms  ${perSecond(eventCount, parseMs).padStart(12)} events/s`,
);
console.log(
  `  replayProgramme     ${replayMs.toFixed(1).padStart(8)} ms  ${perSecond(eventCount, replayMs).padStart(12)} events/s`,
);
const sampleReplay = meanMs("sample: replay()");
const sampleTransition = meanMs("sample: xstate transition() per event");
console.log(
  `  sample of ${sample.length} events: replay() ${((sampleReplay * 1000) / sample.length).toFixed(2)} µs/event, xstate transition() ${((sampleTransition * 1000) / sample.length).toFixed(2)} µs/event (${(sampleTransition / sampleReplay).toFixed(1)}x)`,
);
const ratio = replayMs / parseMs;
console.log(
  `replay / parse = ${ratio.toFixed(2)} (target: at most 3.00) ${ratio <= 3 ? "MET" : "NOT MET"}`,
);
