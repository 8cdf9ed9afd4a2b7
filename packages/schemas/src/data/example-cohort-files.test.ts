import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exampleCohortLines } from "../generated/example-cohort";
import { type ExportFileRole, exportFileOf } from "../interchange/export-layout";
import type { SchemaKind } from "../registry";
import { validate } from "../validation/validate";
import { exampleCohort } from "./example-cohort";

// The example cohort's source is the files in fixtures/example-cohort/; exampleCohort()
// reads the copy `pnpm generate` embeds. These tests read the files themselves.

const dir = fileURLToPath(new URL("../../fixtures/example-cohort/", import.meta.url));
const names = readdirSync(dir).sort();
const textOf = (name: string) => readFileSync(`${dir}${name}`, "utf8");
const recordsOf = (name: string): unknown[] =>
  textOf(name)
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));

// The schema a record of each kind of file must pass: stricter than the layout's `event`.
const KIND: Record<Exclude<ExportFileRole, "expected">, SchemaKind> = {
  settings: "project-settings",
  trajectories: "trajectory-event",
  "group-log": "group-event",
  profiles: "participant-profile",
};

describe("the example cohort's files", () => {
  it("are the files of an export: settings, trajectories, profiles and a group log", () => {
    const roles = names.map((name) => exportFileOf(name)?.role);
    expect(roles).not.toContain(undefined);
    expect(new Set(roles)).toEqual(new Set(["settings", "trajectories", "profiles", "group-log"]));
  });

  it("validate record by record, each against the schema of its file", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const name of names) {
      const file = exportFileOf(name)!;
      const kind = KIND[file.role as keyof typeof KIND];
      const values = file.jsonLines ? recordsOf(name) : [JSON.parse(textOf(name))];
      values.forEach((value, i) => {
        checked++;
        const result = validate(kind, value);
        if (!result.ok)
          for (const problem of result.problems)
            problems.push(`${name}:${i + 1}: ${problem.message}`);
      });
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(700);
  });

  it("are embedded as they are, line for line (pnpm generate)", () => {
    const linesOf = (role: ExportFileRole) =>
      names
        .filter((name) => exportFileOf(name)?.role === role)
        .flatMap((name) => textOf(name).slice(0, -1).split("\n"));
    expect(exampleCohortLines).toEqual({
      settings: linesOf("settings"),
      profiles: linesOf("profiles"),
      groupEvents: linesOf("group-log"),
      trajectoryEvents: linesOf("trajectories"),
    });
  });

  it("are exactly what exampleCohort() returns, in the same order", () => {
    const { $schema, ...settings } = JSON.parse(textOf("miriam.config.json"));
    expect($schema).toBe("../../json/project-settings.schema.json");
    const groupLogs = names.filter((name) => exportFileOf(name)?.role === "group-log");
    expect(exampleCohort()).toStrictEqual({
      settings,
      profiles: recordsOf("profiles.jsonl"),
      groupEvents: groupLogs.flatMap(recordsOf),
      trajectoryEvents: recordsOf("trajectories.jsonl"),
    });
  });
});
