import { validate } from "@miriam/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { derivableBySubtraction, linearlyDerivableModular } from "../test/disclosure-attack";
import { aggregate, aggregateWithDetail, programmeYear } from "./aggregate";
import { funderReport } from "./funder-report";
import { SUPPRESSED } from "./indicators";
import { reportToJson } from "./json";
import { methodEffect } from "./method-effect";
import { syntheticProgramme, syntheticProgrammeReports } from "./synthetic-programme";

const SMALL = { projects: 6, ocmws: 4, years: 2 } as const;

describe("the funder report as the programme's input", () => {
  it("validates against the published JSON Schema, with counts only when the settings allow them", () => {
    for (const countsBeforeSuppression of [false, true]) {
      const { reports } = syntheticProgrammeReports({ ...SMALL, countsBeforeSuppression });
      for (const report of reports.slice(0, 3)) {
        const json = JSON.parse(reportToJson(report));
        const result = validate("funder-report", json);
        expect(result.ok, JSON.stringify(result.ok ? "" : result.problems[0])).toBe(true);
        expect("countsBeforeSuppression" in json).toBe(countsBeforeSuppression);
        expect(json.projects[0].region).toMatch(/flanders|brussels|wallonia/);
      }
    }
  });

  it("lets no trajectory id, worker or unshared observation out in its signals", () => {
    const { reports } = syntheticProgrammeReports(SMALL);
    const text = reports.map((r) => JSON.stringify(r.signals)).join("\n");
    expect(text).not.toMatch(/\d{4}-a-\d{2}|cm-|"by"|trajectoryId/);
    const counted = reports.flatMap((r) => r.signals.counts).reduce((n, c) => n + c.count, 0);
    const shared = reports.flatMap((r) => r.signals.shareable).length;
    expect(counted).toBeGreaterThan(shared);
    expect(shared).toBeGreaterThan(0);
  });
});

describe("aggregate", () => {
  it("adds up to the figures of one funder report made over every trajectory at once", () => {
    const { reports } = syntheticProgrammeReports({ ...SMALL, countsBeforeSuppression: true });
    const groups = [...syntheticProgramme(SMALL)];
    const whole = funderReport(
      {
        groupEvents: groups.flatMap((g) => g.groupEvents),
        trajectories: groups.flatMap((g) => [...g.trajectories()]),
      },
      { countsBeforeSuppression: true },
    ).countsBeforeSuppression!.programme;
    const programme = aggregate(reports);
    expect(programme.basis).toBe("counts-before-suppression");
    const p = programme.programme.indicators.participation;
    for (const key of ["referred", "declined", "started", "completed", "ended"] as const)
      if (p[key] !== SUPPRESSED) expect(p[key]).toBe(whole.participation[key]);
    const domain = programme.programme.indicators.domains.find((d) => d.domain === "housing")!;
    const wholeDomain = whole.domains.find((d) => d.domain === "housing")!;
    if (domain.meanChange !== SUPPRESSED)
      expect(domain.meanChange).toBeCloseTo(wholeDomain.meanChange!, 10);
    expect(programme.programme.reports).toBe(reports.length);
    expect(programme.years.map((y) => y.id)).toEqual(["2022-2023", "2023-2024"]);
    expect(programme.regions.reduce((n, r) => n + r.projects, 0)).toBe(6);
  });

  it("shows the programme's headline figures for the full synthetic programme (45 OCMWs, 83 projects)", () => {
    const { reports } = syntheticProgrammeReports({ years: 1, countsBeforeSuppression: true });
    const programme = aggregate(reports);
    expect(programme.programme.projects).toBe(83);
    const { participation, overallImprovement } = programme.programme.indicators;
    for (const figure of [
      participation.referred,
      participation.started,
      participation.completed,
      participation.completionRate,
      overallImprovement.share,
    ])
      expect(typeof figure).toBe("number");
  }, 60_000);

  it("without counts, shows a total only when no report hid a part of it", () => {
    const { reports } = syntheticProgrammeReports(SMALL);
    const programme = aggregate(reports);
    expect(programme.basis).toBe("published-figures");
    const shown = programme.programme.indicators.participation.referred;
    const parts = reports.flatMap((r) =>
      r.projects.map((p) => p.indicators.participation.referred),
    );
    if (parts.includes(SUPPRESSED)) expect(shown).toBe(SUPPRESSED);
    else expect(shown).toBe(parts.reduce<number>((n, v) => n + (v as number), 0));
  });

  it("measures the change on the mothers when their summaries are given, and says so", () => {
    const { reports, participants } = syntheticProgrammeReports(SMALL);
    const programme = aggregate(reports, { participants, resamples: 200 });
    const direct = methodEffect(participants, { resamples: 200 });
    if (!("domains" in direct) || programme.effect === undefined) throw new Error("no effect");
    const effect = programme.effect.programme;
    if (!("domains" in effect)) throw new Error("refused");
    expect(effect.selfReliance).toEqual(direct.selfReliance);
    expect(programme.effect.years.map((y) => y.year)).toEqual(["2022-2023", "2023-2024"]);
    expect(aggregate(reports).effect).toBeUndefined();
  });

  it("places a report in the programme year (September to August) of its first day", () => {
    expect(programmeYear("2023-09-01")).toBe("2023-2024");
    expect(programmeYear("2024-06-30")).toBe("2023-2024");
    expect(programmeYear("2024-07-15")).toBe("2024-2025");
  });

  it("never lets a count an OCMW hid, or a small programme count, be worked out across levels", () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
          projects: fc.integer({ min: 2, max: 5 }),
          years: fc.integer({ min: 1, max: 2 }),
          countsBeforeSuppression: fc.boolean(),
          threshold: fc.integer({ min: 3, max: 6 }),
        }),
        ({ seed, projects, years, countsBeforeSuppression, threshold }) => {
          const { reports } = syntheticProgrammeReports({
            seed,
            projects,
            ocmws: Math.max(1, projects - 1),
            years,
            countsBeforeSuppression,
            threshold,
          });
          const { levels } = aggregateWithDetail(reports);
          const { system, hidden, published } = levels;
          const aggregateCell = (id: string) => !id.startsWith("report:");
          // The programme's own small counts are hidden.
          for (const [id, value] of Object.entries(system.cells))
            if (aggregateCell(id) && value >= 1 && value < threshold && !published.has(id))
              expect(hidden.has(id), `${id} = ${value} is small`).toBe(true);
          // What must stay unknown: the OCMWs' hidden small counts (or every hidden one
          // when the reports carried no counts), and the programme's small counts.
          const sensitive = (id: string) =>
            hidden.has(id) &&
            (!countsBeforeSuppression && !aggregateCell(id)
              ? true
              : system.cells[id]! >= 1 && system.cells[id]! < threshold);
          expect(derivableBySubtraction(system, hidden).filter(sensitive)).toEqual([]);
          expect(linearlyDerivableModular(system, hidden).filter(sensitive)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
