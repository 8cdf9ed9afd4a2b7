import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enforceRetention, monthsBefore, pastRetention } from "../../src/domain/retention";
import { Trajectories } from "../../src/domain/trajectories";
import { createApp } from "../../src/web/app";
import { Client, type TestApp, TODAY, targets, testApp, tsxArgs } from "../harness";

describe("retention period arithmetic", () => {
  it("counts calendar months back, clamping to the month's end", () => {
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2026-11-20", 60)).toBe("2021-11-20");
    expect(monthsBefore("2026-01-15", 13)).toBe("2024-12-15");
  });
});

describe("retention", () => {
  const { url } = targets()[0]!;
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(url!);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("refuses to close a trajectory until the project has a retention period", async () => {
    const row = await t.db.get<{ id: string; settings: string }>(
      "SELECT id, settings FROM projects",
    );
    const { retention: _, ...without } = JSON.parse(row!.settings);
    await t.db.run("UPDATE projects SET settings = ? WHERE id = ?", [
      JSON.stringify(without),
      row!.id,
    ]);
    const kit = new Trajectories(t.db, () => TODAY);
    const client = new Client(createApp({ kit, log: () => undefined }));
    await client.login("casemanager");
    const closing = await client.json<{ error: string }>(
      "/api/trajectories/gent-2026-b-06/events",
      { method: "POST", json: { type: "trajectory.closed", data: { outcome: "moved" } } },
    );
    expect(closing.status).toBe(409);
    expect(closing.body.error).toBe("retention-not-set");
    await t.db.run("UPDATE projects SET settings = ? WHERE id = ?", [row!.settings, row!.id]);
  });

  it("lists what is past retention in a dry run, erases it for real, then finds nothing", async () => {
    expect(await pastRetention(t.kit, TODAY)).toEqual([]);
    const later = "2032-06-01";
    const listed = await enforceRetention(t.kit, later, { dryRun: true });
    expect(listed.length).toBeGreaterThan(0);
    const closed = await t.db.all<{ stream_id: string }>(
      "SELECT DISTINCT stream_id FROM events WHERE type = 'trajectory.closed' ORDER BY stream_id",
    );
    expect(listed.map((item) => `trajectory:${item.trajectoryId}`)).toEqual(
      closed.map((r) => r.stream_id),
    );
    expect(await t.db.all("SELECT * FROM erasures")).toEqual([]);

    const erased = await enforceRetention(t.kit, later, { dryRun: false });
    expect(erased.map((e) => e.trajectoryId)).toEqual(listed.map((e) => e.trajectoryId));
    const tombstones = await t.db.all<{ legal_basis: string; erased_by: string }>(
      "SELECT legal_basis, erased_by FROM erasures",
    );
    expect(tombstones).toHaveLength(listed.length);
    expect(new Set(tombstones.map((r) => r.legal_basis))).toEqual(new Set(["retention-ended"]));
    expect(await pastRetention(t.kit, later)).toEqual([]);
  });

  it("has a command with a dry run", () => {
    const run = spawnSync(
      process.execPath,
      tsxArgs(join(import.meta.dirname, "../../src/retention.ts"), "--dry-run"),
      {
        env: { ...process.env, DATABASE_URL: "", MIRIAM_DB_FILE: url!, MIRIAM_TODAY: "2040-01-01" },
        encoding: "utf8",
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("dry run: nothing erased");
  }, 30_000);
});
