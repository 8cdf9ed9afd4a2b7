/**
 * Writes the conformance fixtures from the statechart, the schemas and the kit's own
 * runner, or with `--check` fails when a committed file is stale. Generated:
 *
 * - `fixtures/valid/programme/`: a valid export of every way a trajectory can go, with
 *   `expected/` (end states, refused events, fidelity signals, indicators) from the kit;
 * - `fixtures/rules/<rule-id>/`: for each hard rule, the shortest story that ends in an
 *   event the rule refuses (found by walking the statechart), with `expected/`;
 * - `fixtures/invalid/<name>/`: the valid programme broken in one way, with the
 *   requirements it fails and the findings in `expected/conformance.json`;
 * - `fixtures/index.json` and `src/generated/fixture-index.ts`: the list of fixtures, with the
 *   requirements each one exercises (the requirements link back to them).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { hardRules } from "@miriam/trajectory";
import { syncGeneratedFiles } from "../../../scripts/generated-files";
import { fixtureSettings, groupLog, TrajectoryBuilder } from "../src/_events";
import type { ConformanceReport } from "../src/conformance-report";
import { expectedResults } from "../src/expected-results";
import { exportFiles } from "../src/export-layout";
import type { KitResults } from "../src/kit-results";
import { ruleRequirementId } from "../src/requirements";
import { runConformance } from "../src/run-conformance";
import { breakages } from "./_breakages";
import { programme } from "./_programme";
import { rulePaths } from "./_rule-paths";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

type Kind = "valid" | "rule" | "invalid";
interface IndexEntry {
  readonly path: string;
  readonly kind: Kind;
  readonly description: string;
  readonly requirements: readonly string[];
  readonly conformant: boolean;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const sortedRecord = <T>(record: Readonly<Record<string, T>>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

// Each fixture is written to a scratch directory first, so the runner reads exactly what
// a vendor would.
const scratch = mkdtempSync(join(tmpdir(), "miriam-conformance-"));
let scratchCount = 0;

async function evaluate(files: ReadonlyMap<string, string>): Promise<{
  report: ConformanceReport;
  kit: KitResults;
}> {
  const dir = join(scratch, String(++scratchCount));
  mkdirSync(dir);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return { report: await runConformance(dir), kit: await expectedResults(dir) };
}

const failedIds = (report: ConformanceReport) =>
  report.requirements.filter((r) => r.status === "failed").map((r) => r.id);

function conformanceFile(report: ConformanceReport): string {
  return json({
    conformant: report.conformant,
    failed: failedIds(report),
    findings: report.requirements.flatMap((r) =>
      r.findings.map((finding) => ({ requirement: r.id, ...finding })),
    ),
  });
}

function kitFiles(kit: KitResults, sections: readonly (keyof KitResults)[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const section of sections) {
    const value = kit[section];
    files.set(
      `expected/${section}.json`,
      json(Array.isArray(value) ? value : sortedRecord(value as Record<string, unknown>)),
    );
  }
  return files;
}

async function expectedFiles(): Promise<{ files: Map<string, string>; index: IndexEntry[] }> {
  const files = new Map<string, string>();
  const index: IndexEntry[] = [];
  const put = (base: string, entries: ReadonlyMap<string, string>) => {
    for (const [name, text] of entries) files.set(`fixtures/${base}/${name}`, text);
  };

  // The valid programme.
  const base = exportFiles(programme());
  {
    const { report, kit } = await evaluate(base);
    if (!report.conformant)
      throw new Error(
        `The valid programme fails ${failedIds(report).join(", ")}: fix the generator.`,
      );
    put("valid/programme", base);
    put("valid/programme", kitFiles(kit, ["trajectories", "refused", "signals", "indicators"]));
    index.push({
      path: "valid/programme",
      kind: "valid",
      description:
        "One group and every way a trajectory can go: completed, paused and resumed, declined, dropped out, moved, not eligible, consent withdrawn, still running. Passes every requirement; expected/ holds the kit's results.",
      requirements: [
        "MIR-EXPORT-001",
        "MIR-EXPORT-002",
        "MIR-EXPORT-003",
        "MIR-SCHEMA-007",
        "MIR-PRIVACY-002",
        "MIR-CALCULATION-001",
        "MIR-CALCULATION-002",
        "MIR-CALCULATION-003",
        "MIR-CALCULATION-004",
      ],
      conformant: true,
    });
  }

  // One story per hard rule, from the statechart.
  const paths = rulePaths();
  for (const rule of hardRules) {
    const path = paths.get(rule.id);
    if (path === undefined) continue;
    const builder = new TrajectoryBuilder("conformance-a-01", "2025-09-01");
    for (const step of path.steps) builder.step(step);
    const content = exportFiles({
      settings: fixtureSettings,
      trajectoryEvents: builder.events,
      groupEvents: groupLog([]),
    });
    const { report, kit } = await evaluate(content);
    const failed = failedIds(report);
    const id = ruleRequirementId(rule.id);
    // A rule that an export cannot show (e.g. one trajectory per log: an export's events
    // are split by trajectory id) gets no fixture.
    if (!failed.includes(id)) continue;
    const dir = `rules/${rule.id}`;
    put(dir, content);
    put(dir, kitFiles(kit, ["trajectories", "refused"]));
    files.set(`fixtures/${dir}/expected/conformance.json`, conformanceFile(report));
    index.push({
      path: dir,
      kind: "rule",
      description: `The last event is refused by the rule "${rule.id}" (${rule.title.en}): ${rule.message.en}`,
      requirements: failed,
      conformant: false,
    });
  }

  // The valid programme, broken one way at a time.
  for (const breakage of breakages) {
    const broken = new Map(base);
    breakage.apply(broken);
    const { report } = await evaluate(broken);
    const failed = failedIds(report);
    if (JSON.stringify(failed) !== JSON.stringify([...breakage.fails].sort()))
      throw new Error(
        `The broken export "${breakage.name}" fails ${failed.join(", ") || "nothing"}, not ${breakage.fails.join(", ")}.`,
      );
    const dir = `invalid/${breakage.name}`;
    put(dir, broken);
    files.set(`fixtures/${dir}/expected/conformance.json`, conformanceFile(report));
    index.push({
      path: dir,
      kind: "invalid",
      description: breakage.description,
      requirements: breakage.fails,
      conformant: false,
    });
  }

  files.set("fixtures/index.json", json(index));
  files.set(
    "src/generated/fixture-index.ts",
    `/* Generated by scripts/generate.ts. Do not edit: run \`pnpm generate\`. */

/** @internal The generated fixtures, with the requirements each one exercises. */
export const FIXTURE_INDEX: readonly {
  readonly path: string;
  readonly kind: "valid" | "rule" | "invalid";
  readonly requirements: readonly string[];
}[] = ${JSON.stringify(
      index.map(({ path, kind, requirements }) => ({ path, kind, requirements })),
      null,
      2,
    )};
`,
  );
  return { files, index };
}

try {
  const { files, index } = await expectedFiles();
  syncGeneratedFiles({
    label: "@miriam/conformance",
    root,
    files,
    owned: ["fixtures", "src/generated"],
    check,
  });
  if (!check) {
    const count = (kind: Kind) => index.filter((entry) => entry.kind === kind).length;
    console.log(
      `  ${count("valid")} valid, ${count("rule")} rule and ${count("invalid")} invalid fixtures.`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
