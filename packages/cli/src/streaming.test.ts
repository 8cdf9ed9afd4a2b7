import {
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { exampleCohort } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { miriam } from "./_test-cli";
import { writeTestExport } from "./_test-export";

const LINES = 400_000;
const dir = mkdtempSync(join(tmpdir(), "miriam-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Test-only instrumentation, loaded into the child before the command. V8 collects
// garbage lazily, so the raw heap says more about the collector than about the command:
// every 250 ms the probe collects and samples what is still alive, and writes the peaks of
// both when the process exits.
const probe = join(dir, "heap-probe.mjs");
writeFileSync(
  probe,
  `import { writeFileSync } from "node:fs";
let live = 0;
let raw = 0;
const sample = () => {
  raw = Math.max(raw, process.memoryUsage().heapUsed);
  globalThis.gc();
  live = Math.max(live, process.memoryUsage().heapUsed);
};
setInterval(sample, 250).unref();
process.on("exit", () => {
  writeFileSync(process.env.MIRIAM_HEAP_FILE, JSON.stringify({ live, raw, rss: process.memoryUsage().rss }));
});
`,
);

async function writeLog(path: string, lines: number, bad: ReadonlySet<number>): Promise<void> {
  const events = exampleCohort().trajectoryEvents;
  const out = createWriteStream(path);
  for (let i = 0; i < lines; i++) {
    // Each round of the cohort is a new set of trajectories, so every trajectory's events
    // stay in time order (validate checks it).
    const round = Math.floor(i / events.length);
    const source = events[i % events.length]!;
    const event = { ...source, trajectoryId: `${source.trajectoryId}.${round}` };
    const line = bad.has(i + 1)
      ? JSON.stringify({ ...event, id: `e${i}`, at: "yesterday" })
      : JSON.stringify({ ...event, id: `e${i}` });
    if (!out.write(`${line}\n`))
      await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

describe("a large log", () => {
  it(`is validated line by line: ${LINES.toLocaleString("en")} lines, heap growing far slower than the file`, async () => {
    // Two logs, one four times the other, so the modules' own memory cancels out (an
    // absolute bound on the live heap included them and sat within 3% of them).
    const validated = async (lines: number, bad: ReadonlySet<number>) => {
      const log = join(dir, `large-${lines}.jsonl`);
      await writeLog(log, lines, bad);
      const heapFile = join(dir, "heap.txt");
      const result = await miriam(["validate", "--json", "--progress", log], {
        nodeOptions: ["--expose-gc", "--import", pathToFileURL(probe).href],
        env: { MIRIAM_HEAP_FILE: heapFile },
      });
      const heap: { live: number; raw: number; rss: number } = JSON.parse(
        readFileSync(heapFile, "utf8"),
      );
      return { result, heap, size: statSync(log).size };
    };
    const small = await validated(LINES / 4, new Set());
    const { result, heap, size } = await validated(LINES, new Set([7, 223_457, LINES]));
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    console.info(
      `validate: ${mb(small.size)} → ${mb(size)}; live heap at most ${mb(small.heap.live)} → ${mb(heap.live)}, raw heap at most ${mb(heap.raw)}, rss at exit ${mb(heap.rss)}`,
    );
    expect(small.result.code, small.result.stderr).toBe(0);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.files[0].records).toBe(LINES);
    expect(json.problems.map((p: { line: number }) => p.line)).toEqual([7, 223_457, LINES]);
    // Progress went to stderr, as lines (stderr is not a terminal here).
    expect(result.stderr).toContain("reading ");
    // In the reader's Belgian locale (en-BE groups thousands with a point).
    expect(result.stderr).toContain("400.000 lines");
    // What grows is one id per event (for the duplicate check), never the file: holding
    // the lines would grow the heap by several times the file's growth.
    expect(heap.live - small.heap.live).toBeLessThan((size - small.size) / 8);
  }, 180_000);
});

// What `replay` and `report` keep alive after a collection: the heap and the log index
// (array buffers). Measured on two exports, one four times the other, so the modules'
// own memory cancels out: the growth must stay far below the growth of the files.
const kept = join(dir, "kept-probe.mjs");
writeFileSync(
  kept,
  `import { writeFileSync } from "node:fs";
let kept = 0;
const sample = () => {
  // Twice: array buffers found dead by one collection are freed by the next.
  globalThis.gc();
  globalThis.gc();
  const usage = process.memoryUsage();
  kept = Math.max(kept, usage.heapUsed + usage.arrayBuffers);
};
setInterval(sample, 100).unref();
process.on("exit", () => {
  sample();
  writeFileSync(process.env.MIRIAM_HEAP_FILE, JSON.stringify({ kept }));
});
`,
);

describe("a large export", () => {
  const exports = [60, 240].map((copies) => ({ copies, path: join(dir, `export-${copies}`) }));
  const sizes = new Map<string, number>();
  const trajectoriesOf = new Map<string, number>();
  beforeAll(async () => {
    for (const { copies, path } of exports) {
      const written = await writeTestExport(path, copies);
      sizes.set(path, written.bytes);
      trajectoriesOf.set(path, written.trajectories);
    }
  }, 120_000);

  const keptBy = async (args: readonly string[], path: string) => {
    const heapFile = join(dir, "kept.txt");
    const result = await miriam([...args, path], {
      nodeOptions: ["--expose-gc", "--import", pathToFileURL(kept).href],
      env: { MIRIAM_HEAP_FILE: heapFile },
    });
    expect(result.code, result.stderr).toBe(0);
    return { result, kept: (JSON.parse(readFileSync(heapFile, "utf8")) as { kept: number }).kept };
  };

  for (const args of [
    ["replay", "--json"],
    ["report", "--funder", "--format", "json"],
  ])
    it(`is read one trajectory at a time by \`miriam ${args.join(" ")}\`: memory grows far slower than the file`, async () => {
      const [small, large] = exports as [(typeof exports)[0], (typeof exports)[0]];
      const a = await keptBy(args, small.path);
      const b = await keptBy(args, large.path);
      const grown = b.kept - a.kept;
      const fileGrown = sizes.get(large.path)! - sizes.get(small.path)!;
      const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
      console.info(
        `${args.join(" ")}: files ${mb(sizes.get(small.path)!)} → ${mb(sizes.get(large.path)!)}, kept alive ${mb(a.kept)} → ${mb(b.kept)}`,
      );
      // Every trajectory was replayed: the output names all of them.
      if (args[0] === "replay")
        expect(JSON.parse(b.result.stdout).replayed).toBe(trajectoriesOf.get(large.path));
      else expect(JSON.parse(b.result.stdout).programme.groups).toBe(large.copies);
      // Holding the events costs about nine times the file. What does grow is the index
      // (8 bytes an event, and 11 to 21 an id while the first pass runs) and the figures kept per trajectory.
      expect(grown).toBeLessThan(fileGrown / 1.5);
    }, 240_000);
});
