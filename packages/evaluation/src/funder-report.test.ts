import {
  dropOutReasons,
  exampleCohort,
  type GroupEvent,
  positiveExitReasons,
  type TrajectoryEvent,
} from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { derivableBySubtraction, linearlyDerivable } from "../test/disclosure-attack";
import { eventsByTrajectory } from "./events-by-trajectory";
import { createFunderReport, type FunderReport, funderReport } from "./funder-report";
import { groupReport } from "./group-report";
import { type PublishedIndicators, SUPPRESSED } from "./indicators";
import type { CountSystem, SumConstraint } from "./suppression";

const cohort = exampleCohort();

/** The example group under other ids: a programme of several groups and OCMWs. */
function cloneGroup(
  groupId: string,
  projectId: string,
  edit?: (e: TrajectoryEvent) => TrajectoryEvent,
) {
  const rename = <T>(value: T): T =>
    JSON.parse(
      JSON.stringify(value)
        .replaceAll("gent-2025-a", groupId)
        .replaceAll("ocmw-gent-miriam", projectId),
    );
  const trajectoryEvents = rename(cohort.trajectoryEvents).map((e) => (edit ? edit(e) : e));
  return { groupEvents: rename(cohort.groupEvents) as GroupEvent[], trajectoryEvents };
}

// Project B has a second group where two more mothers dropped out, for other reasons.
const droppedInB2 = new Set(["b2-01", "b2-02"]);
const groups = [
  cloneGroup("a1", "ocmw-a"),
  cloneGroup("b1", "ocmw-b"),
  cloneGroup("b2", "ocmw-b", (e) =>
    e.type === "trajectory.closed" && droppedInB2.has(e.trajectoryId)
      ? { ...e, data: { outcome: "dropped-out", reason: "crisis" } }
      : e,
  ),
  cloneGroup("c1", "ocmw-c"),
];
const input = {
  groupEvents: groups.flatMap((g) => g.groupEvents),
  trajectories: eventsByTrajectory(groups.flatMap((g) => g.trajectoryEvents)).values(),
};
const projects = [
  { id: "ocmw-a", ocmw: { name: "OCMW A" } },
  { id: "ocmw-b", ocmw: { name: "CPAS B" } },
  { id: "ocmw-c", ocmw: { name: "ÖSHZ C" } },
];
const report = funderReport(input, { projects });

/**
 * What a reader of the published report sees, as cells and the relations she knows
 * (rows, columns, totals, and programme = sum of projects), written from the report's
 * documented shape rather than from the implementation.
 */
function readerView(r: FunderReport): { system: CountSystem; hidden: Set<string> } {
  const cells: Record<string, number> = {};
  const hidden = new Set<string>();
  const constraints: SumConstraint[] = [];
  const scopes: [string, PublishedIndicators][] = [
    ["programme", r.programme.indicators],
    ...r.projects.map((p): [string, PublishedIndicators] => [p.projectId, p.indicators]),
  ];
  const keys = new Set<string>();
  for (const [scope, ind] of scopes) {
    const put = (key: string, value: number | typeof SUPPRESSED) => {
      keys.add(key);
      if (value === SUPPRESSED) {
        hidden.add(`${scope}:${key}`);
        cells[`${scope}:${key}`] = 0;
      } else cells[`${scope}:${key}`] = value;
    };
    const sum = (total: string, parts: string[]) =>
      constraints.push({ total: `${scope}:${total}`, parts: parts.map((p) => `${scope}:${p}`) });
    for (const [key, value] of Object.entries(ind.participation))
      if (key !== "completionRate" && key !== "resultRate")
        put(key, value as number | typeof SUPPRESSED);
    sum("referred", ["declined", "notStarted", "started"]);
    sum("started", ["completed", "positiveEarlyExit", "droppedOut", "otherClosed", "active"]);
    sum("ended", ["completed", "positiveEarlyExit", "droppedOut", "otherClosed"]);
    for (const reason of positiveExitReasons.codes)
      put(`positiveExit:${reason}`, ind.positiveExitByReason[reason]);
    sum(
      "positiveEarlyExit",
      positiveExitReasons.codes.map((reason) => `positiveExit:${reason}`),
    );
    for (const reason of dropOutReasons.codes) put(`reason:${reason}`, ind.dropOutByReason[reason]);
    sum(
      "droppedOut",
      dropOutReasons.codes.map((reason) => `reason:${reason}`),
    );
    for (const [name, share] of [
      ["improved", ind.improvedInAnyDomain],
      ["overall", ind.overallImprovement],
    ] as const) {
      put(`${name}:n`, share.n);
      put(`${name}:yes`, share.yes);
      put(`${name}:no`, share.no);
      sum(`${name}:n`, [`${name}:yes`, `${name}:no`]);
    }
    for (const i of ind.outcomeIndicators) {
      const k = `indicator:${i.indicator}`;
      put(`${k}:n`, i.n);
      put(`${k}:yesT0`, i.yesT0);
      put(`${k}:noT0`, i.noT0);
      put(`${k}:yesT1`, i.yesT1);
      put(`${k}:noT1`, i.noT1);
      sum(`${k}:n`, [`${k}:yesT0`, `${k}:noT0`]);
      sum(`${k}:n`, [`${k}:yesT1`, `${k}:noT1`]);
    }
    for (const d of ind.domains) put(`domain:${d.domain}:n`, d.n);
    put("selfReliance:n", ind.selfReliance.n);
    for (const f of ind.fidelity) put(`fidelity:${f.code}`, f.count);
  }
  for (const key of keys) {
    for (const [scope] of scopes) if (!(`${scope}:${key}` in cells)) cells[`${scope}:${key}`] = 0;
    constraints.push({
      total: `programme:${key}`,
      parts: scopes.filter(([s]) => s !== "programme").map(([s]) => `${s}:${key}`),
    });
  }
  return { system: { cells, constraints }, hidden };
}

describe("the funder report", () => {
  it("aggregates across groups and OCMWs", () => {
    expect(report.kind).toBe("miriam-funder-report");
    expect(report.programme.projects).toBe(3);
    expect(report.programme.groups).toBe(4);
    expect(report.projects.map((p) => [p.projectId, p.name, p.groups])).toEqual([
      ["ocmw-a", "OCMW A", 1],
      ["ocmw-b", "CPAS B", 2],
      ["ocmw-c", "ÖSHZ C", 1],
    ]);
    const p = report.programme.indicators.participation;
    // 4 groups of 14 started, 1 declined each; 2 + 2 + 4 + 2 dropped out, 2 of them for a
    // crisis. What is shown is the true count; the rest is hidden.
    expect(p.started).toBe(56);
    expect(p.ended).toBe(56);
    expect([10, SUPPRESSED]).toContain(p.droppedOut);
    expect([46, SUPPRESSED]).toContain(p.completed);
    expect(report.programme.indicators.dropOutByReason.crisis).toBe(SUPPRESSED);
    expect(report.projects[1]!.indicators.participation.started).toBe(28);
  });

  it("hides every count from 1 to 4, and shows zeros", () => {
    const raw = groupReport({
      groupEvents: groups[0]!.groupEvents,
      trajectories: eventsByTrajectory(groups[0]!.trajectoryEvents).values(),
    }).indicators;
    const a = report.projects[0]!.indicators;
    expect(raw.participation.declined).toBe(1);
    expect(a.participation.declined).toBe(SUPPRESSED);
    expect(a.participation.otherClosed).toBe(0);
    const { system, hidden } = readerView(report);
    for (const [id, value] of Object.entries(system.cells))
      if (!hidden.has(id)) expect(value === 0 || value >= 5, `${id} = ${value}`).toBe(true);
  });

  it("leaves no hidden count that a reader can derive from totals and other cells", () => {
    const { system, hidden } = readerView(report);
    expect(hidden.size).toBeGreaterThan(0);
    expect(derivableBySubtraction(system, hidden)).toEqual([]);
    expect(linearlyDerivable(system, hidden)).toEqual([]);
  });

  it("hides every rate and mean computed from a hidden count", () => {
    for (const ind of [report.programme.indicators, ...report.projects.map((p) => p.indicators)]) {
      const p = ind.participation;
      if (p.completed === SUPPRESSED || p.ended === SUPPRESSED)
        expect(p.completionRate).toBe(SUPPRESSED);
      if (
        p.completed === SUPPRESSED ||
        p.positiveEarlyExit === SUPPRESSED ||
        p.ended === SUPPRESSED
      )
        expect(p.resultRate).toBe(SUPPRESSED);
      if (p.started === SUPPRESSED) expect(ind.contactsPerParticipantMonth).toBe(SUPPRESSED);
      for (const share of [ind.overallImprovement, ind.improvedInAnyDomain])
        if (share.yes === SUPPRESSED || share.n === SUPPRESSED)
          expect(share.share).toBe(SUPPRESSED);
      for (const i of ind.outcomeIndicators) {
        if (i.yesT0 === SUPPRESSED || i.n === SUPPRESSED) expect(i.shareT0).toBe(SUPPRESSED);
        if (i.yesT1 === SUPPRESSED || i.n === SUPPRESSED) expect(i.shareT1).toBe(SUPPRESSED);
      }
      for (const d of ind.domains)
        if (d.n === SUPPRESSED)
          expect([d.meanT0, d.meanT1, d.meanChange]).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED]);
    }
  });

  it("applies a configured threshold", () => {
    const strict = funderReport(
      {
        groupEvents: input.groupEvents,
        trajectories: eventsByTrajectory(groups.flatMap((g) => g.trajectoryEvents)).values(),
      },
      { threshold: 11 },
    );
    expect(strict.threshold).toBe(11);
    const { system, hidden } = readerView(strict);
    for (const [id, value] of Object.entries(system.cells))
      if (!hidden.has(id)) expect(value === 0 || value >= 11, `${id} = ${value}`).toBe(true);
    expect(linearlyDerivable(system, hidden)).toEqual([]);
  });

  it("is the same whether streamed one trajectory at a time or given at once", () => {
    const builder = createFunderReport({ projects });
    for (const g of groups) builder.addGroupEvents(g.groupEvents);
    for (const events of eventsByTrajectory(groups.flatMap((g) => g.trajectoryEvents)).values())
      builder.addTrajectory(events);
    expect(builder.build()).toEqual(report);
  });

  it("for one group alone, still hides the single declined referral, the drop-out reasons and the single positive early exit", () => {
    const single = funderReport({
      groupEvents: cohort.groupEvents,
      trajectories: eventsByTrajectory(cohort.trajectoryEvents).values(),
    });
    const ind = single.programme.indicators;
    expect(ind.participation.declined).toBe(SUPPRESSED);
    expect(ind.participation.completionRate).toBe(SUPPRESSED);
    expect(ind.dropOutByReason.health).toBe(SUPPRESSED);
    expect(ind.participation.positiveEarlyExit).toBe(SUPPRESSED);
    expect(ind.positiveExitByReason["found-work"]).toBe(SUPPRESSED);
    expect(ind.participation.resultRate).toBe(SUPPRESSED);
    const { system, hidden } = readerView(single);
    expect(linearlyDerivable(system, hidden)).toEqual([]);
  });
});
