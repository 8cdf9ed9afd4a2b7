/**
 * The funder report of a programme of 100,000 trajectories (about 7,000 groups in 45
 * OCMWs), synthetic and seeded, streamed one trajectory at a time. Prints the time and the
 * peak memory. Target: under 5 s and under 1 GiB.
 *
 * `pnpm bench` (or `tsx --conditions=@miriam/source bench/funder-report.bench.ts [n]`).
 * The report is made twice: reading the events as they are (`replay: false`, for logs
 * checked already) and with the statechart's replay of every trajectory (the default).
 * The generator's own time is left out of the report's time.
 */
import { replay } from "@miriam/trajectory";
import { createFunderReport, type FunderReport } from "../src/index";
import { syntheticProgramme } from "./_synthetic-programme";

const TRAJECTORIES = Number(process.argv[2] ?? 100_000);
const PROJECTS = 45;
const MIB = 1024 * 1024;

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

// The generator must make a log the statechart accepts, or the figures mean nothing.
for (const group of syntheticProgramme(200, 5))
  for (const events of group.trajectories()) {
    const { refused } = replay(events);
    if (refused.length > 0)
      throw new Error(
        `the synthetic log has a refused event: ${refused[0]!.type}, ${refused[0]!.refusals[0]?.message.en}`,
      );
  }

/**
 * One pass over the synthetic programme. The report's own time is the time spent inside
 * the builder's calls; the rest of the pass is the generator making the events.
 */
function run(replay: boolean): { passMs: number; reportMs: number; report: FunderReport } {
  const started = performance.now();
  let reportMs = 0;
  const timed = <T>(work: () => T): T => {
    const t = performance.now();
    const result = work();
    reportMs += performance.now() - t;
    return result;
  };
  const builder = timed(() => createFunderReport({ replay }));
  let count = 0;
  for (const group of syntheticProgramme(TRAJECTORIES, PROJECTS)) {
    timed(() => builder.addGroupEvents(group.groupEvents));
    for (const events of group.trajectories()) {
      timed(() => builder.addTrajectory(events));
      if (++count % 2000 === 0) sampleMemory();
    }
  }
  const report = timed(() => builder.build());
  sampleMemory();
  return { passMs: performance.now() - started, reportMs, report };
}

const line = (label: string, ms: number) =>
  console.log(`  ${label.padEnd(46)} ${(ms / 1000).toFixed(2).padStart(7)} s`);

console.log(
  `Funder report of ${TRAJECTORIES.toLocaleString("en")} synthetic trajectories in ${PROJECTS} projects (Node ${process.version}):`,
);
for (const replay of [false, true]) {
  peakRss = 0;
  const { passMs, reportMs, report } = run(replay);
  const p = report.programme;
  console.log(
    replay ? "With the statechart's replay (default):" : "Without replay (`replay: false`):",
  );
  line("the funder report (time inside the builder)", reportMs);
  line("whole pass, generating the events included", passMs);
  console.log(
    `  ${"peak RSS during the pass".padEnd(46)} ${(peakRss / MIB).toFixed(0).padStart(7)} MiB`,
  );
  console.log(
    `  ${p.groups} groups, started ${p.indicators.participation.started}, completion rate ${p.indicators.participation.completionRate}, overall improvement ${p.indicators.overallImprovement.share}`,
  );
  console.log(
    `  target (under 5 s, under 1 GiB): ${reportMs < 5000 && peakRss < 1024 * MIB ? "MET" : "NOT MET"}`,
  );
}
console.log(
  `  process peak RSS (getrusage maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
