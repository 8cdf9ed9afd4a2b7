/**
 * The programme report (issue #21), two ways, on the seeded synthetic programme of 45
 * OCMWs and 83 projects. Prints each time next to its budget, as a ratio:
 *
 * 1. from 83 project reports (one programme year, 10,000 trajectories) with the effect
 *    sizes over those 10,000 mothers: `aggregate(reports, { participants })`, the reports
 *    made beforehand, outside the clock. Budget 2 s.
 * 2. from raw exports of 100,000 trajectories: every trajectory replayed into its
 *    project's funder report (counts before suppression) and her summary kept for the
 *    effect sizes, then aggregated. Budget: the 100k funder report's, 5 s and 1 GiB.
 *
 * `pnpm bench` (or `tsx --conditions=@miriam/source bench/programme-report.bench.ts`).
 */
import { loadavg } from "node:os";
import {
  aggregate,
  createFunderReport,
  type FunderReportBuilder,
  type ParticipantSummary,
  reportTables,
  syntheticProgramme,
  syntheticProgrammeReports,
  toHtml,
} from "../src/index";

const MIB = 1024 * 1024;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (ms: number, budget: number) => `${(ms / budget).toFixed(2)}× the budget`;

// 1. 83 reports and 10,000 mothers.
{
  const { reports, participants } = syntheticProgrammeReports({
    years: 1,
    trajectories: 10_000,
    countsBeforeSuppression: true,
  });
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const report = aggregate(reports, { participants });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  console.log(
    `Programme report from ${reports.length} project reports, effect sizes over ${participants.length.toLocaleString("en")} trajectories:`,
  );
  console.log(
    `  time ${seconds(ms)}, budget 2 s: ${ratio(ms, 2000)} (CPU ${seconds((cpu.user + cpu.system) / 1000)}: ${ratio((cpu.user + cpu.system) / 1000, 2000)}; on a loaded machine the CPU time is the fairer figure)`,
  );
  console.log(
    `  started ${report.programme.indicators.participation.started}, completion rate ${report.programme.indicators.participation.completionRate}`,
  );
}

// 2. 100,000 trajectories from raw exports.
{
  const trajectories = Number(process.argv[2] ?? 100_000);
  let peakRss = 0;
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
  const builders = new Map<string, FunderReportBuilder>();
  const participants: ParticipantSummary[] = [];
  const passStarted = performance.now();
  for (const group of syntheticProgramme({ trajectories })) {
    const made = [...group.trajectories()];
    timed(() => {
      const key = `${group.project.id}/${group.year}`;
      let builder = builders.get(key);
      if (builder === undefined) {
        builder = createFunderReport({ projects: [group.project], countsBeforeSuppression: true });
        builders.set(key, builder);
      }
      builder.addGroupEvents(group.groupEvents);
      for (const events of made) participants.push(builder.addTrajectory(events));
    });
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const report = timed(() =>
    aggregate(
      [...builders.values()].map((b) => b.build()),
      { participants },
    ),
  );
  const tables = timed(() => toHtml(reportTables(report), { language: "nl" }));
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  console.log(
    `Programme report from raw exports of ${participants.length.toLocaleString("en")} trajectories (${builders.size} project-years):`,
  );
  console.log(
    `  time inside the reports ${seconds(reportMs)} (whole pass with the generator ${seconds(performance.now() - passStarted)}), budget 5 s: ${ratio(reportMs, 5000)} (CPU ${seconds(reportCpuMs)}: ${ratio(reportCpuMs, 5000)})`,
  );
  console.log(
    `  peak RSS ${(peakRss / MIB).toFixed(0)} MiB, budget 1024 MiB: ${(peakRss / (1024 * MIB)).toFixed(2)}× the budget`,
  );
  console.log(
    `  HTML ${(tables.length / 1024).toFixed(0)} KiB; load average ${loadavg()[0]!.toFixed(1)}`,
  );
}
