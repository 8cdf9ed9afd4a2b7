/**
 * `miriam replay` and `miriam report --funder` on a generated export, end to end (child
 * processes running the built `dist/bin.js`, as a user runs them), against `JSON.parse` of every line of the same files,
 * in one run on one machine; the library's `replayProgramme` against the same parse; and
 * `validateJsonLines` on one 50 MB line against `JSON.parse` of that line.
 *
 * `pnpm bench` runs about 1M events; `miriam conformance` is measured beside them (it has
 * no time target of its own, only the memory one). `MIRIAM_BENCH_GB=1 pnpm bench` also writes a 1 GB
 * export and prints the commands' peak RSS on it (minutes, and 1 GB of disk in the
 * temporary directory). Generated files are removed at the end.
 *
 * Targets: peak RSS under 300 MB on 1 GB; replay and report within 1.5x of JSON.parse at
 * 1M events; the library's replay at most 1x; one 50 MB line within 3x. CPU times are
 * compared: on a shared machine wall clocks say more about the neighbours.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type GroupEvent, type TrajectoryEvent, validateJsonLines } from "@miriam/schemas";
import { replayProgramme } from "@miriam/trajectory";
import { writeTestExport } from "../src/_test-export";

const COHORT_BYTES = 174_247; // one copy of the example cohort, trajectories and group log
const dir = mkdtempSync(join(tmpdir(), "miriam-bench-"));
// The built command, as users run it (`pnpm bench` builds it and the packages it uses
// first): running the sources through tsx cost about 1 s of CPU and 150 MB before a line
// was read, which no user pays.
const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
if (!existsSync(bin))
  throw new Error(`${bin} is missing: run \`pnpm --filter @miriam/cli... build\`.`);
const probe = join(dir, "probe.mjs");
writeFileSync(
  probe,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const cpu = process.cpuUsage();
  writeFileSync(process.env.MIRIAM_BENCH_FILE, JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }));
});
`,
);

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRss: number;
}

/** Runs the built command, its startup included. */
function miriam(args: readonly string[]): Promise<Run> {
  const file = join(dir, "run.json");
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", pathToFileURL(probe).href, bin, ...args], {
      env: { ...process.env, MIRIAM_BENCH_FILE: file },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0 && code !== 1)
        return reject(new Error(`miriam ${args.join(" ")}: exit ${code}`));
      const { cpuMs, maxRss } = JSON.parse(readFileSync(file, "utf8"));
      resolve({ wallMs: performance.now() - started, cpuMs, maxRss });
    });
  });
}

const cpuOf = (work: () => void): { wallMs: number; cpuMs: number } => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
};

/** Reads every log of an export and parses each line: the floor any reader pays. */
function parseExport(path: string): unknown[] {
  const events: unknown[] = [];
  for (const name of readdirSync(path).sort()) {
    if (!name.endsWith(".jsonl")) continue;
    const text = readFileSync(join(path, name), "utf8");
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      if (end > start) events.push(JSON.parse(text.slice(start, end)));
      start = end + 1;
    }
  }
  return events;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? "MET" : "NOT MET");
const say = (line: string) => console.log(line);

try {
  say(
    `Streaming benchmarks (Node ${process.version}, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(", ")}); the commands run from packages/cli/dist, built before the run`,
  );

  // ---- 1M events: end to end against JSON.parse ----
  const million = join(dir, "export-1m");
  const written = await writeTestExport(million, 1430);
  say(
    `Export of ${(written.trajectoryEvents + written.groupEvents).toLocaleString("en")} events, ${written.trajectories.toLocaleString("en")} trajectories, ${mb(written.bytes)}:`,
  );
  let parsed: unknown[] = [];
  const parse = cpuOf(() => {
    parsed = parseExport(million);
  });
  say(`  JSON.parse of every line        ${s(parse.cpuMs).padStart(9)} CPU`);
  const trajectoryEvents = parsed.filter(
    (e) => "trajectoryId" in (e as object),
  ) as TrajectoryEvent[];
  const groupEvents = parsed.filter((e) => !("trajectoryId" in (e as object))) as GroupEvent[];
  const library = cpuOf(() => replayProgramme({ trajectoryEvents, groupEvents }));
  parsed = [];
  say(
    `  replayProgramme (library)       ${s(library.cpuMs).padStart(9)} CPU  ${(library.cpuMs / parse.cpuMs).toFixed(2)}x parse (target at most 1.00: ${verdict(library.cpuMs <= parse.cpuMs)})`,
  );
  for (const args of [
    ["replay", "--json", million],
    ["report", "--funder", "--format", "json", million],
    // Every group's report: one group at a time (it used to replay the whole log per group).
    ["report", "--format", "json", million],
    // The conformance runner reads through the same two passes (it used to load the export).
    ["conformance", "--json", million],
  ]) {
    const run = await miriam(args);
    const ratio = run.cpuMs / parse.cpuMs;
    say(
      `  miriam ${args.slice(0, -1).join(" ").padEnd(24)} ${s(run.cpuMs).padStart(9)} CPU (${s(run.wallMs)} wall)  ${ratio.toFixed(2)}x parse (target at most 1.50: ${verdict(ratio <= 1.5)}), peak RSS ${mb(run.maxRss)}`,
    );
  }
  rmSync(million, { recursive: true, force: true });

  // ---- one 50 MB line ----
  const long = JSON.stringify({
    id: "e-long",
    trajectoryId: "t-long",
    type: "contact.held",
    at: "2025-10-01T10:00:00+02:00",
    by: "cm-01",
    data: { mode: "home", domains: ["income"], minutes: 60, note: "x".repeat(50_000_000) },
  });
  const bytes = Buffer.from(`${long}\n`);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 65_536) chunks.push(bytes.subarray(i, i + 65_536));
  // Best of seven of each: the first run of either pays for allocating 50 MB pages, and
  // the parse takes only 40 to 80 ms, so one busy moment on a shared machine moved the
  // ratio from 1.6x to 3.7x between runs of one build with the best of three.
  const best = async (work: () => Promise<unknown>) => {
    let fastest = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 7; run++) {
      const started = process.cpuUsage();
      await work();
      const used = process.cpuUsage(started);
      fastest = Math.min(fastest, (used.user + used.system) / 1000);
    }
    return fastest;
  };
  let validated = 0;
  const parseLine = { cpuMs: await best(async () => JSON.parse(long)) };
  const lineMs = await best(async () => {
    for await (const line of validateJsonLines(Readable.from(chunks))) validated = line.line;
  });
  say(
    `One line of ${mb(bytes.length)} in 64 KiB chunks (${validated} line, best of 7): JSON.parse ${s(parseLine.cpuMs)}, validateJsonLines ${s(lineMs)} CPU, ${(lineMs / parseLine.cpuMs).toFixed(2)}x (target at most 3.00: ${verdict(lineMs <= 3 * parseLine.cpuMs)})`,
  );

  // ---- 1 GB, opt-in ----
  if (process.env.MIRIAM_BENCH_GB === "1") {
    const gigabyte = join(dir, "export-1gb");
    const big = await writeTestExport(gigabyte, Math.ceil(1e9 / COHORT_BYTES));
    say(
      `Export of ${mb(big.bytes)} (${(big.trajectoryEvents + big.groupEvents).toLocaleString("en")} events, ${big.trajectories.toLocaleString("en")} trajectories):`,
    );
    for (const args of [
      ["replay", "--json", gigabyte],
      ["report", "--funder", "--format", "json", gigabyte],
      ["report", "--format", "json", gigabyte],
      ["conformance", "--json", gigabyte],
    ]) {
      const run = await miriam(args);
      say(
        `  miriam ${args.slice(0, -1).join(" ").padEnd(24)} peak RSS ${mb(run.maxRss)} (target under 300 MB: ${verdict(run.maxRss < 300e6)}), ${s(run.cpuMs)} CPU, ${s(run.wallMs)} wall`,
      );
    }
  } else say("1 GB export: skipped (set MIRIAM_BENCH_GB=1).");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
