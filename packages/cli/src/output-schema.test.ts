import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cliOutputJsonSchema } from "./_output";
import { cohortDir, lateContact, miriamInProcess } from "./_test-cli";

vi.setConfig({ testTimeout: 60_000 });

const { dir, exportDir, cleanup } = cohortDir();
afterAll(cleanup);

const published = JSON.parse(
  readFileSync(new URL("../json/cli-output.schema.json", import.meta.url), "utf8"),
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const valid = ajv.compile(published);

// A broken copy of the export's trajectories: an invalid line, a duplicate id, and an
// event after her trajectory was closed (refused on replay).
const lines = readFileSync(join(exportDir, "trajectories.jsonl"), "utf8").trimEnd().split("\n");
const late = lateContact;
const broken = [...lines, "{not json", lines[3]!, JSON.stringify(late)];
writeFileSync(join(dir, "broken.jsonl"), `${broken.join("\n")}\n`);

const runs: [string, string[]][] = [
  ["validate", ["validate", "--json", "export", "broken.jsonl"]],
  ["replay", ["replay", "--json", "broken.jsonl", "export/group-gent-2025-a.jsonl"]],
  ["report", ["report", "--json", "--funder", "broken.jsonl", "export/group-gent-2025-a.jsonl"]],
  ["report", ["report", "--json", "export"]],
  ["conformance", ["conformance", "--json", "export"]],
];

describe("the CLI output's JSON Schema", () => {
  it("is the one generated from the source (run `pnpm generate` after a change)", () => {
    expect(published).toEqual(cliOutputJsonSchema());
  });

  it.each(runs)("describes what `%s --json` writes, problems included", async (command, args) => {
    for (const language of ["nl", "en"]) {
      const result = await miriamInProcess([...args, "--lang", language], { cwd: dir });
      expect(result.code, result.stderr).toBeLessThan(2);
      const output = JSON.parse(result.stdout);
      expect(output.command).toBe(command);
      expect(output.language).toBe(language);
      expect(valid(output), ajv.errorsText(valid.errors)).toBe(true);
      expect(output.ok).toBe(result.code === 0);
    }
  });

  it("gives each problem its file, and its texts in the chosen language", async () => {
    const run = async (language: string) =>
      JSON.parse(
        (
          await miriamInProcess(["validate", "--json", "--lang", language, "broken.jsonl"], {
            cwd: dir,
          })
        ).stdout,
      ).problems as {
        code: string;
        file: string;
        line: number;
        expected: string;
        message: string;
      }[];
    const [en, nl] = [await run("en"), await run("nl")];
    expect(en.map((p) => [p.code, p.file, p.line])).toEqual([
      ["invalid-json", "broken.jsonl", lines.length + 1],
      ["duplicate-id", "broken.jsonl", lines.length + 2],
    ]);
    expect(nl.map((p) => [p.code, p.file, p.line])).toEqual(
      en.map((p) => [p.code, p.file, p.line]),
    );
    expect(en[0]!.message).toContain("line");
    expect(nl[0]!.message).toContain("regel");
    expect(nl[0]!.expected).not.toBe(en[0]!.expected);
  });

  it("gives conformance findings as problems, with the failed requirement's id as code", async () => {
    const result = await miriamInProcess(
      ["conformance", "--json", "--lang", "fr", join(dir, "export")],
      { cwd: dir },
    );
    expect(JSON.parse(result.stdout).problems).toEqual([]);
    const bad = join(dir, "bad-export");
    cpSync(exportDir, bad, { recursive: true });
    writeFileSync(join(bad, "trajectories.jsonl"), `${broken.join("\n")}\n`);
    const failed = await miriamInProcess(["conformance", "--json", "--lang", "fr", bad], {
      cwd: dir,
    });
    expect(failed.code).toBe(1);
    const output = JSON.parse(failed.stdout);
    expect(valid(output), ajv.errorsText(valid.errors)).toBe(true);
    expect(output.problems.length).toBeGreaterThan(0);
    for (const problem of output.problems) expect(problem.code).toMatch(/^MIR-[A-Z]+-\d{3}$/);
    expect(output.problems.map((p: { file: string }) => p.file)).toContain("trajectories.jsonl");
    // Its requirement's title in the chosen language.
    expect(output.problems.map((p: { expected: string }) => p.expected)).toContain(
      "Identifiants d'événement uniques",
    );
  });
});
