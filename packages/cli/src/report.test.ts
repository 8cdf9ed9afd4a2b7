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
    const result = await miriam(["report", "export", "--lang", "en"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# MIRIAM group report gent-2025-a/);
    expect(result.stdout).toContain("For use inside the OCMW only");
    expect(result.stderr).toContain("--funder");
  });

  it("hides small cells in the funder report, in every format", async () => {
    const json = JSON.parse(
      (await miriam(["report", "export", "--funder", "--format", "json"], { cwd: dir })).stdout,
    );
    expect(json.kind).toBe("miriam-funder-report");
    expect(json.programme.indicators.participation.referred).toBe("suppressed");
    const csv = await miriam(
      [
        "report",
        "export",
        "--funder",
        "--format",
        "csv",
        "--lang",
        "fr",
        "--csv-dialect",
        "rfc4180",
      ],
      { cwd: dir },
    );
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\r\n")[0]).toBe("scope,section,item,measure,label,value,status");
    expect(csv.stdout).toContain("programme,participation,referred,value,orientées,,suppressed");
    const md = await miriam(["report", "export", "--funder", "--lang", "en"], { cwd: dir });
    expect(md.stdout).toContain("| referred | hidden† |");
    expect(md.stdout).toMatch(/^† Hidden: counts from 1 to 4 are not shown/m);
    const html = await miriam(
      ["report", "export", "--funder", "--format", "html", "--lang", "de"],
      {
        cwd: dir,
      },
    );
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<td class="num suppressed"');
    // No per-participant figure leaves the OCMW.
    for (const text of [csv.stdout, md.stdout, html.stdout])
      expect(text).not.toContain("gent-2025-a-01");
  });

  it("speaks the reader's language in every heading, and writes CSV for a Belgian spreadsheet by default", async () => {
    // The project's first language (nl in the example) is the default.
    const md = await miriam(["report", "export"], { cwd: dir });
    expect(md.code).toBe(0);
    const headings = md.stdout.split("\n").filter((line) => /^(#|\| [^-])/.test(line));
    expect(headings.length).toBeGreaterThan(20);
    // Words of the English report's headings that must not stay in the Dutch one.
    const english =
      /\b(report|group|programme|participation|figure|value|count|sessions?|hidden|trajectory|participants?)\b/i;
    for (const heading of headings.filter((line) => !line.startsWith("| gent-")))
      expect(heading).not.toMatch(english);
    const csv = await miriam(["report", "export", "--funder", "--format", "csv", "--lang", "nl"], {
      cwd: dir,
    });
    expect(csv.stdout.startsWith("\uFEFFniveau;tabel;rij;kolom;waarde;opmerking\r\n")).toBe(true);
    expect(csv.stdout).toContain(
      "Programma;Deelname;toegeleid;waarde;;verborgen (kleine aantallen)",
    );
    expect(csv.stdout).toMatch(/;individuele contacten per deelneemster-maand;waarde;\d+,\d+;/);
    const refused = await miriam(["report", "export", "--format", "csv", "--csv-dialect", "tsv"], {
      cwd: dir,
    });
    expect(refused.code).toBe(2);
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
