// Scripted scaffold time of `ocmw-project`, next to create-vite scaffolding its vanilla
// template, in one run on the same machine. Both are spawned as a user runs them (a fresh
// Node process, the published entry point: our built bundle, create-vite's bin), so the
// figures include start-up; the in-process figure of `scaffold()` shows the work alone.
//
//   pnpm --filter create-miriam bench      (builds first)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scaffold } from "../src/index";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const bin = fileURLToPath(new URL("../bin/create-miriam.js", import.meta.url));
const createVite = createRequire(import.meta.url).resolve("create-vite/index.js");
if (!existsSync(fileURLToPath(new URL("../dist/cli.js", import.meta.url))))
  throw new Error("Build first: pnpm --filter create-miriam build");

const work = mkdtempSync(join(tmpdir(), "create-miriam-bench-"));
const env = { ...process.env, CI: "", NO_COLOR: "1", npm_config_user_agent: "" };

function spawnRun(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: work, env, stdio: "ignore" });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}`);
  return elapsed;
}

function measure(name: string, once: (index: number) => number) {
  once(-1); // warm the file system cache
  const times = Array.from({ length: RUNS }, (_, index) => once(index)).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  return { name, median, mean, min: times[0]!, max: times.at(-1)! };
}

const ocmw = measure("create-miriam ocmw-project (2 groups, nl+fr)", (index) =>
  spawnRun([
    bin,
    `kit-${index}`,
    "--ocmw",
    "OCMW Gent",
    "--region",
    "brussels",
    "--languages",
    "nl,fr",
    "--groups",
    "2",
    "--start",
    "2025-09-15",
    "--skip-install",
    "--no-git",
  ]),
);
const vite = measure("create-vite vanilla", (index) =>
  spawnRun([
    createVite,
    `vite-${index}`,
    "--template",
    "vanilla",
    "--no-interactive",
    "--no-immediate",
  ]),
);
const inProcess = measure("scaffold() in process, same answers", (index) => {
  const start = performance.now();
  scaffold({
    targetDir: join(work, `lib-${index}`),
    template: "ocmw-project",
    project: {
      ocmwName: "OCMW Gent",
      region: "brussels",
      languages: ["nl", "fr"],
      groups: 2,
      startDate: "2025-09-15",
    },
  });
  return performance.now() - start;
});
rmSync(work, { recursive: true, force: true });

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
console.log(`\n${RUNS} runs each, Node ${process.version}, ${process.platform} ${process.arch}\n`);
console.log(
  `${"".padEnd(46)}${"median".padStart(10)}${"mean".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}`,
);
for (const row of [ocmw, vite, inProcess])
  console.log(`${row.name.padEnd(46)}${ms(row.median)}${ms(row.mean)}${ms(row.min)}${ms(row.max)}`);
console.log(
  `\nratio create-miriam / create-vite (median): ${(ocmw.median / vite.median).toFixed(2)}×`,
);
