import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, cleanup } = cohortDir();
afterAll(cleanup);

describe("miriam report", () => {
  it("writes the group report in Markdown by default, and warns that it stays inside the OCMW", async () => {
    const result = await miriam(["report", "export"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# MIRIAM group report gent-2025-a/);
    expect(result.stdout).toContain("Inside the OCMW only");
    expect(result.stderr).toContain("--funder");
  });

  it("hides small cells in the funder report, in every format", async () => {
    const json = JSON.parse(
      (await miriam(["report", "export", "--funder", "--format", "json"], { cwd: dir })).stdout,
    );
    expect(json.kind).toBe("miriam-funder-report");
    expect(json.programme.indicators.participation.referred).toBe("suppressed");
    const csv = await miriam(["report", "export", "--funder", "--format", "csv", "--lang", "fr"], {
      cwd: dir,
    });
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\r\n")[0]).toBe("scope,section,item,measure,label,value,status");
    expect(csv.stdout).toContain("programme,participation,referred,count,");
    expect(csv.stdout).toContain(",suppressed");
    const md = await miriam(["report", "export", "--funder"], { cwd: dir });
    expect(md.stdout).toContain("*hidden*");
    // No per-participant figure leaves the OCMW.
    expect(csv.stdout + md.stdout).not.toContain("gent-2025-a-01");
  });

  it("writes to a file with -o, in the chosen language", async () => {
    const result = await miriam(
      [
        "report",
        "export",
        "--group",
        "gent-2025-a",
        "--format",
        "csv",
        "--lang",
        "nl",
        "-o",
        "group.csv",
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(readFileSync(join(dir, "group.csv"), "utf8")).toContain("toegeleid");
  });

  it("refuses an unknown group, or both --group and --funder, with exit code 2", async () => {
    expect((await miriam(["report", "export", "--group", "nope"], { cwd: dir })).code).toBe(2);
    expect((await miriam(["report", "export", "--group", "--funder"], { cwd: dir })).code).toBe(2);
  });
});
