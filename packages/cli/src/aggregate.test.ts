import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportToJson, syntheticProgrammeReports } from "@miriam/evaluation";
import { regions } from "@miriam/schemas";
import { afterAll, describe, expect, it } from "vitest";
import { miriam } from "./_test-cli";

const dir = mkdtempSync(join(tmpdir(), "miriam-aggregate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeReports(countsBeforeSuppression: boolean): string {
  const reportsDir = join(dir, countsBeforeSuppression ? "with-counts" : "suppressed");
  mkdirSync(reportsDir, { recursive: true });
  const { reports } = syntheticProgrammeReports({
    projects: 8,
    ocmws: 5,
    years: 2,
    countsBeforeSuppression,
  });
  reports.forEach((report, i) => {
    writeFileSync(join(reportsDir, `report-${i}.json`), reportToJson(report));
  });
  return reportsDir;
}

describe("miriam aggregate", () => {
  it("writes the programme report in NL, FR and EN, with charts, from funder reports", async () => {
    const reports = writeReports(true);
    const out = join(dir, "programme");
    const result = await miriam(["aggregate", reports, "--out-dir", out]);
    expect(result.stderr).toContain("figures from counts before suppression");
    expect(result.code).toBe(0);
    for (const language of ["nl", "fr", "en"] as const) {
      for (const ext of ["md", "html", "csv"])
        expect(existsSync(join(out, `programme-report.${language}.${ext}`))).toBe(true);
      const html = readFileSync(join(out, `programme-report.${language}.html`), "utf8");
      expect(html).toContain("<svg");
      expect(html).toContain(regions.label("flanders", language));
      const md = readFileSync(join(out, `programme-report.${language}.md`), "utf8");
      expect(md).toContain(`programme-change.${language}.svg`);
      expect(existsSync(join(out, `programme-change.${language}.svg`))).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(out, "programme-report.json"), "utf8"));
    expect(json.kind).toBe("miriam-programme-report");
    expect(json.regions.length).toBeGreaterThan(0);
  }, 120_000);

  it("leaves out a file that is not a funder report, says why, and exits 1", async () => {
    const reports = writeReports(false);
    writeFileSync(join(reports, "zz-not-a-report.json"), JSON.stringify({ kind: "other" }));
    const result = await miriam(["aggregate", reports, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("zz-not-a-report.json: not a funder report");
    expect(JSON.parse(result.stdout).basis).toBe("published-figures");
  }, 120_000);
});
