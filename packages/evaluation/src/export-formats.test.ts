import { exampleCohort } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { readCsv } from "../test/rendered-tables";
import { reportToCsv } from "./csv";
import { eventsByTrajectory } from "./events-by-trajectory";
import { funderReport } from "./funder-report";
import { groupReport } from "./group-report";
import { reportToJson } from "./json";
import { toCsv } from "./render-csv";
import { reportTables } from "./report-tables";

const cohort = exampleCohort();
const input = () => ({
  groupEvents: cohort.groupEvents,
  trajectories: eventsByTrajectory(cohort.trajectoryEvents).values(),
});
const group = groupReport(input());
const funder = funderReport(input(), {
  projects: [{ id: "ocmw-gent-miriam", ocmw: { name: '=HYPERLINK("x"), "Gent"' } }],
});

describe("reportToCsv", () => {
  it("is the table model rendered as CSV, in the chosen language and dialect", () => {
    expect(reportToCsv(group, { language: "nl" })).toBe(
      toCsv(reportTables(group), { language: "nl" }),
    );
    const domains = [
      { code: "finances", labels: { nl: "geld", fr: "argent", de: "Geld", en: "money" } },
    ];
    expect(reportToCsv(funder, { language: "fr", dialect: "excel-be", domains })).toBe(
      toCsv(reportTables(funder, { domains }), { language: "fr", dialect: "excel-be" }),
    );
    const rows = readCsv(reportToCsv(group, { language: "nl" }));
    expect(rows[0]).toEqual(["scope", "section", "item", "measure", "label", "value", "status"]);
    expect(rows.find((r) => r[2] === "health" && r[1] === "drop-out-by-reason")?.[4]).toBe(
      "gezondheid",
    );
    expect(reportToCsv(funder)).toContain(`,"'=HYPERLINK(""x""), ""Gent""",`);
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
