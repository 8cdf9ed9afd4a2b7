import {
  closingOutcomes,
  dropOutReasons,
  groupSessionKinds,
  LANGUAGES,
  lifeDomains,
  outcomeIndicators,
} from "@miriam/schemas";
import { fidelitySignalDefinitions } from "@miriam/trajectory";
import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/example-input";
import { funderReport } from "./funder-report";
import { groupReport } from "./group-report";
import { SUPPRESSED } from "./indicators";
import { type ReportCell, type ReportTable, reportTables } from "./report-tables";

const input = exampleInput;
const group = groupReport(input());
const funder = funderReport(input(), {
  projects: [{ id: "ocmw-gent-miriam", ocmw: { name: "OCMW Gent" } }],
  period: { from: "2025-09-01", to: "2026-08-31" },
});

const table = (tables: readonly ReportTable[], scope: string, id: string) => {
  const found = tables.find((t) => t.scope.id === scope && t.id === id);
  if (found === undefined) throw new Error(`no table ${scope}/${id}`);
  return found;
};
const cellAt = (t: ReportTable, row: string, column: string): ReportCell | undefined =>
  t.rows.find((r) => r.id === row)?.cells[t.columns.findIndex((c) => c.id === column)];

describe("reportTables", () => {
  it("names a session's kind and day as the vocabulary and the reader's language say", () => {
    const sessions = table(reportTables(group).tables, group.groupId, "session-attendance");
    const kind = sessions.columns.findIndex((c) => c.id === "kind");
    const first = group.sessions[0]!;
    const row = sessions.rows[0]!;
    expect(row.id).toBe(first.date);
    expect(row.cells[kind]).toEqual({
      kind: "term",
      code: first.kind,
      label: groupSessionKinds.labelsOf(first.kind ?? "session"),
    });
    for (const language of LANGUAGES) {
      const label = typeof row.label === "string" ? row.label : row.label[language];
      expect(label).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(label).toContain(first.date.slice(0, 4));
    }
  });

  it("makes the group report's tables in order, every row with one cell per column", () => {
    const model = reportTables(group);
    expect(model.report).toBe("group");
    expect(model.tables.map((t) => t.id)).toEqual([
      "overview",
      "participation",
      "positive-exit-by-reason",
      "drop-out-by-reason",
      "sessions",
      "contacts",
      "scores",
      "improvement",
      "outcome-indicators",
      "fidelity",
      "session-attendance",
      "participants",
      "participant-scores",
      "participant-indicators",
    ]);
    for (const t of model.tables)
      for (const row of t.rows) expect(row.cells).toHaveLength(t.columns.length);
    const participation = table(model.tables, group.groupId, "participation");
    expect(cellAt(participation, "completed", "value")).toEqual({ kind: "count", value: 12 });
    expect(cellAt(participation, "positive-early-exit", "value")).toEqual({
      kind: "count",
      value: 1,
    });
    expect(cellAt(participation, "result-rate", "value")).toEqual({
      kind: "share",
      value: group.indicators.participation.resultRate,
    });
    expect(cellAt(participation, "completion-rate", "value")).toEqual({
      kind: "share",
      value: group.indicators.participation.completionRate,
    });
    const participants = table(model.tables, group.groupId, "participants");
    expect(participants.rows).toHaveLength(group.participants.length);
    expect(cellAt(participants, "gent-2025-a-06", "status")).toMatchObject({
      kind: "term",
      code: "declined",
    });
  });

  it("takes the method's words from the vocabularies, in all four languages", () => {
    const model = reportTables(group);
    const participation = table(model.tables, group.groupId, "participation");
    expect(participation.rows.find((r) => r.id === "dropped-out")?.label).toEqual(
      closingOutcomes.terms.find((t) => t.code === "dropped-out")!.labels,
    );
    const reasons = table(model.tables, group.groupId, "drop-out-by-reason");
    expect(reasons.rows.map((r) => r.id)).toEqual(dropOutReasons.codes);
    expect(reasons.rowHeading).toEqual(dropOutReasons.title);
    const scores = table(model.tables, group.groupId, "scores");
    expect(scores.rows[0]!.label).toEqual(lifeDomains.terms[0]!.labels);
    const indicators = table(model.tables, group.groupId, "outcome-indicators");
    expect(indicators.rows[0]!.label).toEqual(
      outcomeIndicators.terms.find((t) => t.code === indicators.rows[0]!.id)!.labels,
    );
    const fidelity = table(model.tables, group.groupId, "fidelity");
    for (const row of fidelity.rows)
      expect(row.label).toEqual(fidelitySignalDefinitions.find((d) => d.code === row.id)!.title);
  });

  it("labels the project's own life domains from its settings", () => {
    const domains = lifeDomains.terms.map((term) => ({
      code: term.code,
      labels: { ...term.labels, nl: `eigen ${term.labels.nl}` },
    }));
    const scores = table(reportTables(group, { domains }).tables, group.groupId, "scores");
    expect((scores.rows[0]!.label as { nl: string }).nl).toBe(
      `eigen ${lifeDomains.terms[0]!.labels.nl}`,
    );
  });

  it("turns every hidden figure of the funder report into a suppressed cell without a value", () => {
    const model = reportTables(funder);
    expect(model.report).toBe("funder");
    expect(model.notes).toHaveLength(1);
    expect(model.footnotes.find((n) => n.id === "small-cell")?.text).toMatchObject({
      en: expect.stringContaining(`from 1 to ${funder.threshold - 1}`),
    });
    const hiddenInReport = JSON.stringify(funder).split(`"${SUPPRESSED}"`).length - 1;
    const cells = model.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
    const suppressed = cells.filter((c) => c.kind === "suppressed");
    expect(hiddenInReport).toBeGreaterThan(0);
    expect(suppressed).toHaveLength(hiddenInReport);
    for (const c of suppressed) expect(Object.keys(c).sort()).toEqual(["kind", "reason"]);
    const participation = table(model.tables, "programme", "participation");
    expect(cellAt(participation, "declined", "value")).toEqual({
      kind: "suppressed",
      reason: "small-cell",
    });
    const projects = table(model.tables, "programme", "projects");
    expect(projects.rows[0]!.cells[0]).toEqual({ kind: "text", text: "OCMW Gent" });
    // The funder's tables have no participant in them.
    expect(model.tables.some((t) => t.id.startsWith("participant"))).toBe(false);
  });
});
