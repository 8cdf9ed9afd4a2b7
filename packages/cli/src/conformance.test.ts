import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, exportDir, cleanup } = cohortDir();
afterAll(cleanup);

describe("miriam conformance", () => {
  it("passes the example cohort, writes the reports with -o, and exits 0", async () => {
    const result = await miriam(["conformance", "export", "-o", "reports"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Conformant");
    const json = JSON.parse(readFileSync(join(dir, "reports", "conformance-report.json"), "utf8"));
    expect(json.conformant).toBe(true);
    expect(json.kit.name).toBe("@miriam/conformance");
    expect(readFileSync(join(dir, "reports", "conformance-report.md"), "utf8")).toContain(
      "| MIR-RULE-006 |",
    );
  });

  it("fails a broken export with the right requirement, and exits 1", async () => {
    const log = join(exportDir, "trajectories.jsonl");
    const lines = readFileSync(log, "utf8").trimEnd().split("\n");
    const event = JSON.parse(lines[3]!);
    lines[3] = JSON.stringify({ ...event, at: event.at.slice(0, 19) });
    writeFileSync(log, `${lines.join("\n")}\n`);
    const result = await miriam(["conformance", "export", "--json"], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(
      report.requirements
        .filter((r: { status: string }) => r.status === "failed")
        .map((r: { id: string }) => r.id),
    ).toContain("MIR-SCHEMA-003");
  });

  it("prints the conformance matrix", async () => {
    const result = await miriam(["conformance", "--matrix"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| MIR-SCHEMA-001 |");
  });
});
