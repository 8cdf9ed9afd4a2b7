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

const compileAjv = (allErrors: boolean) => {
  const ajv = new Ajv2020({ allErrors, strict: false });
  addFormats(ajv);
  return ajv.compile(toJsonSchema("event"));
};
// Every problem (as validate() reports) and first problem only (ajv's fastest mode).
const ajvValidate = compileAjv(true);
const ajvFirstError = compileAjv(false);

// Both validators must agree on the data before their speed means anything.
for (const event of events) {
  if (!ajvValidate(event))
    throw new Error(`ajv rejects a cohort event: ${JSON.stringify(ajvValidate.errors)}`);
  if (!validate("event", event).ok) throw new Error("validate() rejects a cohort event");
}

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench
  .add("ajv, all errors", () => {
    for (const event of events) ajvValidate(event);
  })
  .add("ajv, first error only", () => {
    for (const event of events) ajvFirstError(event);
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
// Compare with ajv's fastest mode, so the figure never flatters the kit.
const ajvMs = Math.min(meanMs("ajv, all errors"), meanMs("ajv, first error only"));
console.log(
  `Validating ${events.length} example-cohort events per iteration (Node ${process.version}):`,
);
for (const task of bench.tasks) {
  const ms = meanMs(task.name);
  const perSecond = Math.round((events.length / ms) * 1000);
  console.log(
    `  ${task.name.padEnd(42)} ${ms.toFixed(3).padStart(8)} ms  ${perSecond.toLocaleString("en").padStart(12)} events/s  ${(ms / ajvMs).toFixed(2)}x fastest ajv`,
  );
}
const ratio = meanMs("validate('event') (zod + domain check)") / ajvMs;
console.log(
  `validate() / fastest ajv = ${ratio.toFixed(2)} (target: at most 2.00) ${ratio <= 2 ? "MET" : "NOT MET"}`,
);
