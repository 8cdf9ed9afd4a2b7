import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), "miriam-demo-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("miriam demo", () => {
  it("writes the example cohort, runs every command on it, and exits 0", async () => {
    const result = await miriam(["demo", "demo"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    for (const command of ["validate", "replay", "report", "render", "diagram", "conformance"])
      expect(result.stdout).toContain(`$ miriam ${command}`);
    expect(result.stdout).toContain("Ce parcours est clôturé.");
    expect(result.stdout).toContain("Conformant");
    for (const file of [
      "export/trajectories.jsonl",
      "out/funder-report.json",
      "out/personal-plan.html",
      "out/trajectory.mmd",
      "out/conformance-report.md",
    ])
      expect(existsSync(join(dir, "demo", file)), file).toBe(true);
  });

  it("refuses a directory that is not empty", async () => {
    const result = await miriam(["demo", "demo"], { cwd: dir });
    expect(result.code).toBe(2);
  });
});
