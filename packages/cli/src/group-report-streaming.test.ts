import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { groupReport, reportToJson } from "@miriam/evaluation";
import {
  type GroupEvent,
  type ProjectSettings,
  parseEventLog,
  type TrajectoryEvent,
} from "@miriam/schemas";
import { afterAll, describe, expect, it, vi } from "vitest";
import { miriamInProcess } from "./_test-cli";
import { writeTestExport } from "./_test-export";

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), "miriam-group-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the group reports of an export of several groups", () => {
  it("read one group's trajectories at a time, and equal the library's report of the whole log", async () => {
    await writeTestExport(dir, 3);
    const result = await miriamInProcess(["report", dir, "--format", "json", "--lang", "en"]);
    expect(result.code, result.stderr).toBe(0);
    const written = JSON.parse(result.stdout) as { groupId: string }[];
    expect(written.map((r) => r.groupId)).toEqual(["g1", "g2", "gent-2025-a"]);

    const events = (name: string) =>
      parseEventLog(readFileSync(join(dir, name), "utf8")).entries.map((e) => e.event);
    const trajectoryEvents = events("trajectories.jsonl") as TrajectoryEvent[];
    const byTrajectory = new Map<string, TrajectoryEvent[]>();
    for (const event of trajectoryEvents)
      byTrajectory.set(event.trajectoryId, [
        ...(byTrajectory.get(event.trajectoryId) ?? []),
        event,
      ]);
    for (const name of readdirSync(dir).filter((n) => n.startsWith("group-"))) {
      const groupEvents = events(name) as GroupEvent[];
      const whole = JSON.parse(
        reportToJson(groupReport({ groupEvents, trajectories: byTrajectory.values() })),
      );
      expect(written.find((r) => r.groupId === whole.groupId)).toEqual(whole);
    }
  });
});

describe("a group report of a project with more groups than its norm", () => {
  // Of the other groups, a report takes only as many referrals as tell whether the project
  // has too many groups: below, at and above the norm, it equals the whole log's report.
  it.each([1, 2, 5, 6])(
    "with at most %i groups per project, equals the library's report of the whole log",
    async (maxGroupsPerProject) => {
      const at = join(dir, `norm-${maxGroupsPerProject}`);
      await writeTestExport(at, 6);
      const config = JSON.parse(readFileSync(join(at, "miriam.config.json"), "utf8"));
      config.fidelity = { ...config.fidelity, maxGroupsPerProject };
      writeFileSync(join(at, "miriam.config.json"), JSON.stringify(config));
      const result = await miriamInProcess(["report", at, "--format", "json", "--lang", "en"]);
      expect(result.code, result.stderr).toBe(0);
      const written = JSON.parse(result.stdout) as {
        groupId: string;
        indicators: { fidelity: { code: string }[] };
      }[];
      expect(written).toHaveLength(6);

      const events = (name: string) =>
        parseEventLog(readFileSync(join(at, name), "utf8")).entries.map((e) => e.event);
      const trajectoryEvents = events("trajectories.jsonl") as TrajectoryEvent[];
      for (const name of readdirSync(at).filter((n) => n.startsWith("group-"))) {
        const groupEvents = events(name) as GroupEvent[];
        const whole = JSON.parse(
          reportToJson(
            groupReport(
              { groupEvents, trajectories: [trajectoryEvents] },
              { settings: config as ProjectSettings },
            ),
          ),
        );
        expect(written.find((r) => r.groupId === whole.groupId)).toEqual(whole);
      }
      // Six groups: the signal is raised up to a norm of five, not at six.
      const raised = written[0]!.indicators.fidelity.some((f) => f.code === "groups-per-project");
      expect(raised).toBe(maxGroupsPerProject < 6);
    },
  );
});

describe("the group reports in JSON, written one report at a time", () => {
  it("are the text of the reports as one array, on stdout and with -o, and one object for one group", async () => {
    const at = join(dir, "json-text");
    await writeTestExport(at, 3);
    const all = await miriamInProcess(["report", at, "--format", "json", "--lang", "en"]);
    expect(all.code, all.stderr).toBe(0);
    const reports = JSON.parse(all.stdout) as { groupId: string }[];
    expect(reports).toHaveLength(3);
    expect(all.stdout).toBe(`${JSON.stringify(reports, null, 2)}\n`);

    const file = join(at, "reports.json");
    const written = await miriamInProcess(["report", at, "--format", "json", "-o", file]);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(all.stdout);

    const one = await miriamInProcess(["report", at, "--format", "json", "--group", "g2"]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toBe(reportToJson(reports[1] as never));
  });

  it("leave no file behind when the group is unknown", async () => {
    const at = join(dir, "json-unknown");
    await writeTestExport(at, 2);
    const file = join(at, "reports.json");
    const result = await miriamInProcess([
      "report",
      at,
      "--format",
      "json",
      "--group",
      "g9",
      "-o",
      file,
    ]);
    expect(result.code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });
});
