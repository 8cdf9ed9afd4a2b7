/**
 * The funder report of a programme of 100,000 trajectories (about 7,000 groups in 45
 * OCMWs), synthetic and seeded, made one group at a time and added one trajectory at a
 * time. Prints the time and the peak memory. Target: under 5 s and under 1 GiB.
 *
 * `pnpm bench` (or `tsx --conditions=@miriam/source bench/funder-report.bench.ts [n]`).
 * Every trajectory is replayed through the statechart, with its fidelity signals. The
 * generator's own time is left out of the report's time. The machine's load average is
 * printed too: on a shared machine the wall-clock time grows with it, the CPU time of
 * the pass much less.
 */
import { availableParallelism, loadavg } from "node:os";
import { replay } from "@miriam/trajectory";
import {
  createFunderReport,
  reportTables,
  syntheticProgramme,
  toCsv,
  toHtml,
  toMarkdown,
} from "../src/index";

const TRAJECTORIES = Number(process.argv[2] ?? 100_000);
const PROJECTS = 45;
const MIB = 1024 * 1024;
const availableCores = availableParallelism();

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

// The generator must make a log the statechart accepts, or the figures mean nothing.
for (const group of syntheticProgramme({ trajectories: 200, projects: 5, ocmws: 5 }))
  for (const events of group.trajectories()) {
    const { refused } = replay(events);
    if (refused.length > 0)
      throw new Error(
        `the synthetic log has a refused event: ${refused[0]!.type}, ${refused[0]!.refusals[0]?.message.en}`,
      );
  }

/**
 * One pass over the synthetic programme. The report's own time (wall clock and CPU) is
 * the time spent inside the builder's calls; the rest of the pass is the generator making
 * the events. A group's trajectories are made before they are added, so that the clocks
 * are read once per group rather than per trajectory.
 */
function run() {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let reportMs = 0;
  let reportCpuMs = 0;
  const timed = <T>(work: () => T): T => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(cpu);
    reportCpuMs += (used.user + used.system) / 1000;
    reportMs += performance.now() - t;
    return result;
  };
  const builder = timed(() => createFunderReport());
  for (const group of syntheticProgramme({
    trajectories: TRAJECTORIES,
    projects: PROJECTS,
    ocmws: PROJECTS,
  })) {
    const trajectories = [...group.trajectories()];
    timed(() => {
      builder.addGroupEvents(group.groupEvents);
      for (const events of trajectories) builder.addTrajectory(events);
    });
    sampleMemory();
  }
  const report = timed(() => builder.build());
  sampleMemory();
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    passMs: performance.now() - started,
    passCpuMs: (cpu.user + cpu.system) / 1000,
    reportMs,
    reportCpuMs,
    report,
  };
}

const line = (label: string, ms: number) =>
  console.log(`  ${label.padEnd(46)} ${(ms / 1000).toFixed(2).padStart(7)} s`);

console.log(
  `Funder report of ${TRAJECTORIES.toLocaleString("en")} synthetic trajectories in ${PROJECTS} projects (Node ${process.version}):`,
);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(", ");
const loadBefore = load();
const { passMs, passCpuMs, reportMs, reportCpuMs, report } = run();
const p = report.programme;
line("the funder report (time inside the builder)", reportMs);
line("  its CPU time (all threads, GC included)", reportCpuMs);
line("whole pass, generating the events included", passMs);
line("  its CPU time", passCpuMs);
console.log(
  `  ${"peak RSS during the pass".padEnd(46)} ${(peakRss / MIB).toFixed(0).padStart(7)} MiB`,
);
console.log(
  `  load average before, after (1, 5, 15 min): ${loadBefore}; ${load()} on ${availableCores} cores`,
);
console.log(
  `  ${p.groups} groups, started ${p.indicators.participation.started}, completion rate ${p.indicators.participation.completionRate}, overall improvement ${p.indicators.overallImprovement.share}`,
);
console.log(
  `  target (under 5 s, under 1 GiB): ${reportMs < 5000 && peakRss < 1024 * MIB ? "MET" : "NOT MET"}`,
);
// The report's tables and their renderings: small next to the report (45 projects).
const renderStarted = performance.now();
const tables = reportTables(report);
const written = [
  toCsv(tables, { language: "nl", dialect: "excel-be" }),
  toCsv(tables),
  toMarkdown(tables, { language: "fr" }),
  toHtml(tables, { language: "de" }),
];
line(
  `tables: CSV ×2, Markdown, HTML (${(written.join("").length / 1024).toFixed(0)} KiB)`,
  performance.now() - renderStarted,
);
console.log(
  `  process peak RSS (getrusage maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
