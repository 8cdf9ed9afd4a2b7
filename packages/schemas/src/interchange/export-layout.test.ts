import { describe, expect, it } from "vitest";
import { exampleCohort } from "../data/example-cohort";
import { FORMAT_VERSION, schemaId } from "../registry";
import {
  EXPORT_FORMAT_VERSION,
  exportFileOf,
  exportFiles,
  exportLayout,
  planExport,
} from "./export-layout";
import { type ExportDirectory, exportPlanOf, readExportLines } from "./export-reader";

const cohort = exampleCohort();
const written = exportFiles(cohort);
const directory: ExportDirectory = {
  names: [...written.keys()],
  async *open(name) {
    yield written.get(name) ?? "";
  },
};

describe("the export layout", () => {
  it("belongs to the interchange format version of the JSON Schemas", () => {
    expect(EXPORT_FORMAT_VERSION).toBe(FORMAT_VERSION);
    expect(JSON.parse(written.get(exportLayout.settings) ?? "").$schema).toBe(
      schemaId("project-settings"),
    );
  });

  it("names each file by its role, and group logs by their group", () => {
    expect(exportFileOf("miriam.config.json")?.role).toBe("settings");
    expect(exportFileOf("profiles.jsonl")?.kind).toBe("participant-profile");
    expect(exportFileOf(exportLayout.groupLog("leuven-a"))).toMatchObject({
      role: "group-log",
      groupId: "leuven-a",
      kind: "event",
    });
    expect(exportFileOf("notes.txt")).toBeUndefined();
  });

  it("plans the reading: settings, profiles, trajectories, then group logs; others ignored", () => {
    const plan = planExport([
      "group-b.jsonl",
      "trajectories.jsonl",
      "x.csv",
      "profiles.jsonl",
      "group-a.jsonl",
    ]);
    expect(plan.files.map((file) => file.name)).toEqual([
      "profiles.jsonl",
      "trajectories.jsonl",
      "group-a.jsonl",
      "group-b.jsonl",
    ]);
    expect(plan.ignored).toEqual(["x.csv"]);
    expect(plan.missing).toEqual(["settings"]);
  });

  it("writes what it reads back: every event of the example cohort, in its file", async () => {
    const plan = exportPlanOf(directory);
    expect(plan.missing).toEqual([]);
    const events: string[] = [];
    for (const file of plan.files.filter((f) => f.jsonLines && f.role !== "profiles"))
      for await (const line of readExportLines(directory, file)) {
        expect(line.ok).toBe(true);
        if (line.ok && "id" in line.value) events.push(line.value.id);
      }
    expect(events.sort()).toEqual(
      [...cohort.trajectoryEvents, ...cohort.groupEvents].map((event) => event.id).sort(),
    );
  });

  it("reports a bad line with its file, line and code", async () => {
    const bad: ExportDirectory = {
      names: ["trajectories.jsonl"],
      async *open() {
        yield `${JSON.stringify(cohort.trajectoryEvents[0])}\n{not json\n`;
      },
    };
    const file = exportFileOf("trajectories.jsonl");
    if (file === undefined) throw new Error("unreachable");
    const lines = [];
    for await (const line of readExportLines(bad, file)) lines.push(line);
    expect(lines[1]).toMatchObject({ ok: false, line: 2, file: { name: "trajectories.jsonl" } });
    expect(lines[1]?.ok === false && lines[1].problems[0]?.code).toBe("invalid-json");
  });
});
