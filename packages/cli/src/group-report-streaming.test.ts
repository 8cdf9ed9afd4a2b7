import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { groupReport, reportToJson } from "@miriam/evaluation";
import { type GroupEvent, parseEventLog, type TrajectoryEvent } from "@miriam/schemas";
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
