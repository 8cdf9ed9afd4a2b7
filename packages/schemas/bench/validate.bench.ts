/**
 * Validating the example cohort's events: the kit's zod-based `validate()` against ajv
 * compiled from the exported JSON Schema, in one run on one machine. Target: within 2x.
 */
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { Bench } from "tinybench";
import { exampleCohort, MiriamEvent, toJsonSchema, validate } from "../src/index";

const cohort = exampleCohort();
const events: unknown[] = JSON.parse(
  JSON.stringify([...cohort.trajectoryEvents, ...cohort.groupEvents]),
);

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const ajvValidate = ajv.compile(toJsonSchema("event"));

// Both validators must agree on the data before their speed means anything.
for (const event of events) {
  if (!ajvValidate(event))
    throw new Error(`ajv rejects a cohort event: ${ajv.errorsText(ajvValidate.errors)}`);
  if (!validate("event", event).ok) throw new Error("validate() rejects a cohort event");
}

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add("ajv (compiled JSON Schema)", () => {
    for (const event of events) ajvValidate(event);
  })
  .add("zod MiriamEvent.safeParse", () => {
    for (const event of events) MiriamEvent.safeParse(event);
  })
  .add("validate('event') (zod + domain check)", () => {
    for (const event of events) validate("event", event);
  });
await bench.run();

const meanMs = (name: string): number => {
  const task = bench.getTask(name);
  if (task?.result.state !== "completed") throw new Error(`benchmark "${name}" did not complete`);
  return task.result.latency.mean;
};
const ajvMs = meanMs("ajv (compiled JSON Schema)");
console.log(
  `Validating ${events.length} example-cohort events per iteration (Node ${process.version}):`,
);
for (const task of bench.tasks) {
  const ms = meanMs(task.name);
  const perSecond = Math.round((events.length / ms) * 1000);
  console.log(
    `  ${task.name.padEnd(42)} ${ms.toFixed(3).padStart(8)} ms  ${perSecond.toLocaleString("en").padStart(12)} events/s  ${(ms / ajvMs).toFixed(2)}x ajv`,
  );
}
const ratio = meanMs("validate('event') (zod + domain check)") / ajvMs;
console.log(
  `validate() / ajv = ${ratio.toFixed(2)} (target: at most 2.00) ${ratio <= 2 ? "MET" : "NOT MET"}`,
);
