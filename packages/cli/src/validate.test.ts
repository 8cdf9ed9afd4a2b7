import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseEventLog } from "@miriam/schemas";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, exportDir, cleanup } = cohortDir();
afterAll(cleanup);
const log = join(exportDir, "trajectories.jsonl");
const lines = readFileSync(log, "utf8").trimEnd().split("\n");

describe("miriam validate", () => {
  it("says every file of a valid export is valid, and exits 0", async () => {
    const result = await miriam(["validate", "export"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("679 events: valid");
    expect(result.stdout).toContain("14 profiles: valid");
    expect(result.stdout).toContain("All 4 files are valid.");
  });

  it("lists each problem with file, line, path, expected and found, and exits 1", async () => {
    const bad = [...lines];
    const at = bad.findIndex(
      (line) => JSON.parse(line).type === "contact.held" && bad.indexOf(line) > 20,
    );
    const contact = JSON.parse(bad[at]!);
    bad[at] = JSON.stringify({ ...contact, data: { ...contact.data, mode: "visit" } });
    bad[30] = "{not json";
    bad.push(bad[5]!);
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, `${bad.join("\n")}\n`);
    const result = await miriam(["validate", "--json", "bad.jsonl"], { cwd: dir });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(false);
    const [report] = json.files;
    expect(report.file).toBe("bad.jsonl");
    // The same problems as parseEventLog of @miriam/schemas, line for line.
    expect(report.problems).toEqual(parseEventLog(readFileSync(file, "utf8")).problems);
    expect(report.problems.map((p: { line: number; path: string }) => [p.line, p.path])).toEqual(
      [
        [at + 1, "$.data.mode"],
        [31, "$"],
        [680, "$.id"],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    const human = await miriam(["validate", "bad.jsonl"], { cwd: dir });
    expect(human.stdout).toContain(`line ${at + 1}, $.data.mode: expected one of "home"`);
    expect(human.stdout).toContain('found "visit"');
    expect(human.stdout).toContain("3 problems in 1 of 1 files.");
  });

  it("reads stdin for -", async () => {
    const result = await miriam(["validate", "-"], { input: `${lines.slice(0, 50).join("\n")}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("<stdin>");
    expect(result.stdout).toContain("50 events: valid");
    const bad = await miriam(["validate", "--json", "-"], { input: "{}\n" });
    expect(bad.code).toBe(1);
  });

  it("checks life domains against the project's own set with --config", async () => {
    const settings = JSON.parse(readFileSync(join(exportDir, "miriam.config.json"), "utf8"));
    const labels = { nl: "wonen", fr: "logement", de: "Wohnen", en: "housing" };
    writeFileSync(
      join(dir, "own.config.json"),
      JSON.stringify({ ...settings, domains: [{ code: "housing", labels }] }),
    );
    const result = await miriam(
      ["validate", "--config", "own.config.json", "--json", "export/trajectories.jsonl"],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0].problems[0].expected).toBe(
      "a life domain of the project (housing)",
    );
  });

  it("validates a record by its $schema, and asks for --kind when it cannot tell", async () => {
    writeFileSync(
      join(dir, "settings.json"),
      JSON.stringify({
        $schema: "https://schemas.miriam-kit.org/v1/project-settings.schema.json",
        id: "x",
      }),
    );
    const record = await miriam(["validate", "settings.json"], { cwd: dir });
    expect(record.code).toBe(1);
    expect(record.stdout).toContain("project-settings");
    writeFileSync(join(dir, "what.json"), "{}");
    const unknown = await miriam(["validate", "what.json"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--kind");
  });

  it("never repeats personal data of a bad line", async () => {
    const name = "Fatima El Amrani";
    const contact = JSON.parse(lines.find((line) => JSON.parse(line).type === "contact.held")!);
    const text = [
      `{"givenName": "${name}", `,
      JSON.stringify({ ...contact, data: { ...contact.data, note: 42 }, by: name }),
      JSON.stringify({
        ...contact,
        id: "c-9",
        data: { ...contact.data, note: `Gesprek met ${name}`, mode: "x" },
      }),
    ].join("\n");
    for (const args of [
      ["validate", "-"],
      ["validate", "--json", "-"],
    ]) {
      const result = await miriam(args, { input: text });
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).not.toContain("Fatima");
      expect(result.stdout + result.stderr).not.toContain("Amrani");
    }
  });
});
