import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, lateContact, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, exportDir, cleanup } = cohortDir();
afterAll(cleanup);

describe("miriam replay", () => {
  it("shows each trajectory's phase and exits 0 on a clean export", async () => {
    const result = await miriam(["replay", "export"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/gent-2025-a-01\s+closed: completed/);
    expect(result.stdout).toMatch(/gent-2025-a-06\s+closed: declined/);
    expect(result.stdout).toContain("Refused events (0)");
  });

  it("joins a phase and its outcome as French writes it, with a narrow space before the colon", async () => {
    const result = await miriam(["replay", "export", "--lang", "fr"], { cwd: dir });
    expect(result.stdout).toMatch(/gent-2025-a-01\s+clôturé\u202f: parcours terminé/);
  });

  it("replays the log as it stood on --now and lists what is due, in the chosen language", async () => {
    const result = await miriam(
      ["replay", "export", "--now", "2026-01-15", "--json", "--lang", "nl"],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.now).toBe("2026-01-15");
    expect(json.trajectories.find((t: { id: string }) => t.id === "gent-2025-a-10").paused).toBe(
      true,
    );
    expect(json.due.length).toBeGreaterThan(0);
    expect(json.due[0].label).toBe("Individueel contact");
    expect(json.signals.length).toBeGreaterThan(0);
  });

  it("takes attendance from the group log passed alongside", async () => {
    const alone = JSON.parse(
      (await miriam(["replay", "--json", "export/trajectories.jsonl"], { cwd: dir })).stdout,
    );
    const withGroup = JSON.parse(
      (
        await miriam(
          ["replay", "--json", "export/trajectories.jsonl", "export/group-gent-2025-a.jsonl"],
          { cwd: dir },
        )
      ).stdout,
    );
    const accepted = (json: { trajectories: { id: string; accepted: number }[] }) =>
      json.trajectories.find((t) => t.id === "gent-2025-a-01")!.accepted;
    expect(accepted(withGroup)).toBeGreaterThan(accepted(alone));
  });

  it("reports a refused event with its file, line, rule, reason and remedy, and exits 1", async () => {
    const log = readFileSync(join(exportDir, "trajectories.jsonl"), "utf8");
    const late = lateContact;
    writeFileSync(join(dir, "late.jsonl"), `${log}${JSON.stringify(late)}\n`);
    const result = await miriam(["replay", "late.jsonl", "--lang", "fr"], { cwd: dir });
    expect(result.code).toBe(1);
    // People read the event type's label and the rule's reason; the codes are in --json.
    expect(result.stdout).toContain("late.jsonl:680  gent-2025-a-06  contact individuel");
    expect(result.stdout).toContain("Ce parcours est clôturé.");
    expect(result.stdout).not.toContain("nothing-after-closed");
    const json = JSON.parse(
      (await miriam(["replay", "late.jsonl", "--json"], { cwd: dir })).stdout,
    );
    expect(json.refused).toEqual([
      expect.objectContaining({
        file: "late.jsonl",
        line: 680,
        eventId: "late-1",
        refusals: [expect.objectContaining({ rule: "nothing-after-closed" })],
      }),
    ]);
  });

  it("reads a log from stdin", async () => {
    const log = readFileSync(join(exportDir, "trajectories.jsonl"), "utf8");
    const result = await miriam(["replay", "-", "--json"], { input: log });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).trajectories).toHaveLength(15);
  });
});
