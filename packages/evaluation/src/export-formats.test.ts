import { exampleCohort } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { reportToCsv } from "./csv";
import { eventsByTrajectory } from "./events-by-trajectory";
import { funderReport } from "./funder-report";
import { groupReport } from "./group-report";
import { reportToJson } from "./json";

const cohort = exampleCohort();
const input = () => ({
  groupEvents: cohort.groupEvents,
  trajectories: eventsByTrajectory(cohort.trajectoryEvents).values(),
});
const group = groupReport(input());
const funder = funderReport(input(), {
  projects: [{ id: "ocmw-gent-miriam", ocmw: { name: '=HYPERLINK("x"), "Gent"' } }],
});

/** A strict RFC 4180 reader, to check the writer. */
function parseCsv(text: string): string[][] {
  expect(text.endsWith("\r\n")).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe("reportToCsv", () => {
  it("writes one figure per line with stable codes and labels in the chosen language", () => {
    const rows = parseCsv(reportToCsv(group, { language: "nl" }));
    expect(rows[0]).toEqual(["scope", "section", "item", "measure", "label", "value", "status"]);
    for (const row of rows) expect(row).toHaveLength(7);
    const find = (section: string, item: string, measure: string, scope = group.groupId) =>
      rows.find((r) => r[0] === scope && r[1] === section && r[2] === item && r[3] === measure);
    expect(find("participation", "completed", "count")).toEqual([
      group.groupId,
      "participation",
      "completed",
      "count",
      "volledig doorlopen",
      "12",
      "",
    ]);
    expect(find("drop-out-by-reason", "health", "count")?.[4]).toBe("gezondheid");
    expect(Number(find("participation", "completion-rate", "rate")?.[5])).toBeCloseTo(12 / 14, 12);
    // Per participant, by pseudonymous id only.
    expect(find("participant", "status", "code", "gent-2025-a-06")?.[5]).toBe("declined");
    expect(find("domain", "finances", "t0", "gent-2025-a-01")?.[4]).toBe(
      "financiën en schulden (beginmeting (t0))",
    );
    expect(rows.filter((r) => r[1] === "session")).toHaveLength(group.sessions.length);
  });

  it("marks hidden figures as suppressed and leaves their value empty", () => {
    const rows = parseCsv(reportToCsv(funder, { language: "fr" }));
    const declined = rows.find((r) => r[0] === "programme" && r[2] === "declined")!;
    expect(declined.slice(4)).toEqual(["a décliné", "", "suppressed"]);
    const noData = rows.find((r) => r[0] === "programme" && r[2] === "active")!;
    expect(noData[5]).toBe("0");
    expect(rows.some((r) => r[6] === "no-data")).toBe(false);
    // The funder's CSV has no per-participant lines.
    expect(rows.some((r) => r[1] === "participant")).toBe(false);
  });

  it("never lets a spreadsheet run text as a formula, and keeps negative numbers", () => {
    const csv = reportToCsv(funder);
    expect(csv).not.toMatch(/(^|,)"?=/m);
    const name = parseCsv(csv).find((r) => r[1] === "project" && r[2] === "name")!;
    expect(name[5]).toBe(`'=HYPERLINK("x"), "Gent"`);
    const change = parseCsv(reportToCsv(group)).filter(
      (r) => r[3] === "mean-change" || r[3] === "change",
    );
    expect(change.length).toBeGreaterThan(0);
    for (const row of change) expect(Number.isNaN(Number(row[5]))).toBe(false);
  });
});

describe("reportToJson", () => {
  it("round-trips the typed report, suppressed figures included", () => {
    const parsed = JSON.parse(reportToJson(funder));
    expect(parsed.kind).toBe("miriam-funder-report");
    expect(parsed.programme.indicators.participation.declined).toBe("suppressed");
    expect(parsed.projects[0].name).toBe('=HYPERLINK("x"), "Gent"');
    expect(JSON.parse(reportToJson(group)).indicators).toEqual(group.indicators);
  });
});
