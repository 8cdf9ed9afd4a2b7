/**
 * The effect of the method (paired change, effect size and bootstrap interval per life
 * domain and for self-reliance) over 10,000 synthetic trajectories. Prints the time of
 * `methodEffect` alone (the summaries are made first, outside the clock) next to the
 * target of issue #21: under 2 s.
 *
 * `pnpm bench` (or `tsx --conditions=@miriam/source bench/method-effect.bench.ts [n]`).
 */
import { loadavg } from "node:os";
import { methodEffect, summariseParticipant, syntheticProgramme } from "../src/index";

const TRAJECTORIES = Number(process.argv[2] ?? 10_000);
const TARGET_MS = 2_000;

const summaries = [];
for (const group of syntheticProgramme({ trajectories: TRAJECTORIES, projects: 45 }))
  for (const events of group.trajectories()) summaries.push(summariseParticipant(events));

const started = performance.now();
const cpuAtStart = process.cpuUsage();
const effect = methodEffect(summaries);
const cpu = process.cpuUsage(cpuAtStart);
const ms = performance.now() - started;
if (!("domains" in effect)) throw new Error("the synthetic programme mixes instruments");

const pairs = Object.values(effect.domains).reduce((sum, d) => sum + d.n, 0);
console.log(`method effect over ${summaries.length.toLocaleString("en")} trajectories`);
console.log(
  `  ${Object.keys(effect.domains).length} domains + self-reliance, ${pairs.toLocaleString("en")} domain pairs, ${effect.resamples.toLocaleString("en")} resamples each`,
);
console.log(
  `  time    ${(ms / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s), target < ${TARGET_MS / 1000} s: ${(ms / TARGET_MS).toFixed(2)}x of the budget`,
);
console.log(`  load average ${loadavg()[0]!.toFixed(1)}`);
