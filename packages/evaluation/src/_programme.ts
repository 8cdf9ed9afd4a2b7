import {
  type CurrentDropOutReason,
  dropOutReasons,
  type PositiveExitReason,
  positiveExitReasons,
} from "@miriam/schemas";
import { cellIds } from "./_cell-ids";
import { countsOf, HEADLINE, publishedView, relationsOf } from "./_publish";
import {
  type Indicators,
  type PublishedCount,
  type PublishedIndicators,
  type PublishedRate,
  SUPPRESSED,
} from "./indicators";
import { type CountSystem, type SumConstraint, suppressCounts } from "./suppression";

// The programme report's arithmetic: each project of each funder report is a unit; units
// add up to the programme, to each region and to each programme year. A figure nobody
// can know (hidden in a report that carries no counts before suppression) is NaN here,
// and so is every sum and mean it enters: such a figure is never shown.

/** A unit: one project's figures in one funder report, and what its report published. */
export interface Unit {
  /** `report:<n>/project:<id>`: unique across the input. */
  readonly scope: string;
  /** Its report's scope (`report:<n>`), whose own totals were published too. */
  readonly report: string;
  /** The aggregate scopes it adds up to, e.g. `programme`, `region:flanders`, `year:2024-2025`. */
  readonly aggregates: readonly string[];
  /** Its figures: exact when the report carried counts, NaN where its report hid them. */
  readonly indicators: Indicators;
  /** What its report published (after its own suppression). */
  readonly published: PublishedIndicators;
}

/** A published figure as a number: NaN when it was hidden and no count came with it. */
const known = (value: PublishedCount | PublishedRate): number | null =>
  value === SUPPRESSED ? Number.NaN : value;

/** Published indicators as indicators, hidden figures unknown (NaN). */
export function fromPublished(published: PublishedIndicators): Indicators {
  const count = (value: PublishedCount) => known(value) as number;
  const rate = known;
  const p = published.participation;
  return {
    participation: {
      referred: count(p.referred),
      declined: count(p.declined),
      notStarted: count(p.notStarted),
      started: count(p.started),
      completed: count(p.completed),
      positiveEarlyExit: count(p.positiveEarlyExit),
      droppedOut: count(p.droppedOut),
      otherClosed: count(p.otherClosed),
      active: count(p.active),
      ended: count(p.ended),
      completionRate: rate(p.completionRate),
      resultRate: rate(p.resultRate),
    },
    positiveExitByReason: mapValues(published.positiveExitByReason, count),
    dropOutByReason: mapValues(published.dropOutByReason, count),
    sessions: published.sessions,
    contactsPerParticipantMonth: rate(published.contactsPerParticipantMonth),
    domains: published.domains.map((d) => ({
      domain: d.domain,
      n: count(d.n),
      meanT0: rate(d.meanT0),
      meanT1: rate(d.meanT1),
      meanChange: rate(d.meanChange),
    })),
    selfReliance: {
      n: count(published.selfReliance.n),
      meanT0: rate(published.selfReliance.meanT0),
      meanT1: rate(published.selfReliance.meanT1),
      meanChange: rate(published.selfReliance.meanChange),
    },
    improvedInAnyDomain: shareOf(published.improvedInAnyDomain),
    overallImprovement: shareOf(published.overallImprovement),
    outcomeIndicators: published.outcomeIndicators.map((i) => ({
      indicator: i.indicator,
      n: count(i.n),
      yesT0: count(i.yesT0),
      noT0: count(i.noT0),
      yesT1: count(i.yesT1),
      noT1: count(i.noT1),
      shareT0: rate(i.shareT0),
      shareT1: rate(i.shareT1),
    })),
    fidelity: published.fidelity.map((f) => ({ code: f.code, count: count(f.count) })),
  };
}

function shareOf(s: PublishedIndicators["overallImprovement"]) {
  return {
    n: known(s.n) as number,
    yes: known(s.yes) as number,
    no: known(s.no) as number,
    share: known(s.share),
  };
}

function mapValues<K extends string, A, B>(
  record: Readonly<Record<K, A>>,
  f: (value: A) => B,
): Record<K, B> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, f(value as A)]),
  ) as Record<K, B>;
}

const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

/** Σ weight · value / Σ weight, over the parts that have a value (NaN when one is unknown). */
function weightedMean(parts: readonly [value: number | null, weight: number][]): number | null {
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of parts) {
    if (weight === 0) continue;
    if (value === null || Number.isNaN(value) || Number.isNaN(weight)) return Number.NaN;
    sum += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : sum / weights;
}

/**
 * The indicators of several units together. Counts add up; rates are computed again
 * from the summed counts; means are weighted by the number they are computed on;
 * contacts per participant-month are weighted by participants started (the reports do
 * not carry participant-months); session cadence is weighted by the gaps between
 * sessions (sessions held less groups).
 */
export function sumIndicators(
  parts: readonly { readonly indicators: Indicators; readonly groups: number }[],
): Indicators {
  const all = parts.map((p) => p.indicators);
  const sum = (get: (i: Indicators) => number) => all.reduce((total, i) => total + get(i), 0);
  const p = (key: keyof Indicators["participation"]) => sum((i) => i.participation[key] as number);
  const completed = p("completed");
  const positiveEarlyExit = p("positiveEarlyExit");
  const ended = p("ended");
  const domainCodes = [...new Set(all.flatMap((i) => i.domains.map((d) => d.domain)))];
  const fidelityCodes = [...new Set(all.flatMap((i) => i.fidelity.map((f) => f.code)))];
  const score = (get: (i: Indicators) => Indicators["selfReliance"] | undefined) => {
    const n = sum((i) => get(i)?.n ?? 0);
    const meanT0 = weightedMean(all.map((i) => [get(i)?.meanT0 ?? null, get(i)?.n ?? 0]));
    const meanT1 = weightedMean(all.map((i) => [get(i)?.meanT1 ?? null, get(i)?.n ?? 0]));
    return {
      n,
      meanT0,
      meanT1,
      meanChange: meanT0 === null || meanT1 === null ? null : meanT1 - meanT0,
    };
  };
  const share = (get: (i: Indicators) => Indicators["overallImprovement"]) => {
    const n = sum((i) => get(i).n);
    const yes = sum((i) => get(i).yes);
    return { n, yes, no: sum((i) => get(i).no), share: ratio(yes, n) };
  };
  const held = sum((i) => i.sessions.held);
  const gaps = parts.map(
    ({ indicators, groups }) => Math.max(0, indicators.sessions.held - groups) as number,
  );
  const maxGap = all.reduce<number | null>(
    (max, i) =>
      i.sessions.maxDaysBetween === null
        ? max
        : max === null
          ? i.sessions.maxDaysBetween
          : Math.max(max, i.sessions.maxDaysBetween),
    null,
  );
  const indicatorCodes = all[0]?.outcomeIndicators.map((i) => i.indicator) ?? [];
  return {
    participation: {
      referred: p("referred"),
      declined: p("declined"),
      notStarted: p("notStarted"),
      started: p("started"),
      completed,
      positiveEarlyExit,
      droppedOut: p("droppedOut"),
      otherClosed: p("otherClosed"),
      active: p("active"),
      ended,
      completionRate: ratio(completed, ended),
      resultRate: ratio(completed + positiveEarlyExit, ended),
    },
    positiveExitByReason: Object.fromEntries(
      positiveExitReasons.codes.map((code) => [code, sum((i) => i.positiveExitByReason[code])]),
    ) as Record<PositiveExitReason, number>,
    dropOutByReason: Object.fromEntries(
      dropOutReasons.codes.map((code) => [code, sum((i) => i.dropOutByReason[code])]),
    ) as Record<CurrentDropOutReason, number>,
    sessions: {
      held,
      meanAttendance: weightedMean(all.map((i) => [i.sessions.meanAttendance, i.sessions.held])),
      meanDaysBetween: weightedMean(all.map((i, k) => [i.sessions.meanDaysBetween, gaps[k]!])),
      maxDaysBetween: maxGap,
    },
    contactsPerParticipantMonth: weightedMean(
      all.map((i) => [i.contactsPerParticipantMonth, i.participation.started]),
    ),
    domains: domainCodes.map((domain) => ({
      domain,
      ...score((i) => i.domains.find((d) => d.domain === domain)),
    })),
    selfReliance: score((i) => i.selfReliance),
    improvedInAnyDomain: share((i) => i.improvedInAnyDomain),
    overallImprovement: share((i) => i.overallImprovement),
    outcomeIndicators: indicatorCodes.map((indicator) => {
      const of = (i: Indicators) => i.outcomeIndicators.find((o) => o.indicator === indicator);
      const n = sum((i) => of(i)?.n ?? 0);
      const yesT0 = sum((i) => of(i)?.yesT0 ?? 0);
      const yesT1 = sum((i) => of(i)?.yesT1 ?? 0);
      return {
        indicator,
        n,
        yesT0,
        noT0: sum((i) => of(i)?.noT0 ?? 0),
        yesT1,
        noT1: sum((i) => of(i)?.noT1 ?? 0),
        shareT0: ratio(yesT0, n),
        shareT1: ratio(yesT1, n),
      };
    }),
    fidelity: fidelityCodes
      .map((code) => ({
        code,
        count: sum((i) => i.fidelity.find((f) => f.code === code)?.count ?? 0),
      }))
      .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1)),
  };
}

/** What {@link publishAcrossLevels} returns. */
export interface LevelsPublished {
  /** Each aggregate scope's published indicators. */
  readonly aggregates: ReadonlyMap<string, PublishedIndicators>;
  /** The whole system of counts, with every relation a reader knows. */
  readonly system: CountSystem;
  /** Cells already published by the units' and reports' own suppression. */
  readonly published: ReadonlySet<string>;
  /** Every hidden cell: the units' own, and the aggregates' small and complementary cells. */
  readonly hidden: ReadonlySet<string>;
}

/**
 * Small-cell suppression of the aggregates, sound across levels: the units' and their
 * reports' own published figures are taken as known to every reader (visible ones stay
 * visible, hidden ones stay hidden), every aggregate is the sum of its units, and cells
 * of the aggregates are hidden until no hidden cell of any level can be worked out.
 */
export function publishAcrossLevels(
  units: readonly Unit[],
  reports: ReadonlyMap<string, { readonly indicators: Indicators; published: PublishedIndicators }>,
  aggregates: ReadonlyMap<string, Indicators>,
  levelSums: readonly (readonly [total: string, parts: readonly string[]])[],
  threshold: number,
): LevelsPublished {
  const scopes = new Map<string, Indicators>();
  const publishedOf = new Map<string, PublishedIndicators>();
  for (const unit of units) {
    scopes.set(unit.scope, unit.indicators);
    publishedOf.set(unit.scope, unit.published);
  }
  for (const [scope, report] of reports) {
    scopes.set(scope, report.indicators);
    publishedOf.set(scope, report.published);
  }
  for (const [scope, indicators] of aggregates) scopes.set(scope, indicators);

  const idOf = cellIds();
  const cells: Record<string, number> = {};
  const constraints: SumConstraint[] = [];
  const withheld = new Set<string>();
  const unknown = new Set<string>();
  const published = new Set<string>();
  const keys = new Set<string>();
  const countsByScope = new Map<string, Record<string, number>>();
  for (const [scope, indicators] of scopes) {
    const counts = countsOf(indicators);
    countsByScope.set(scope, counts);
    for (const key of Object.keys(counts)) keys.add(key);
    for (const [total, parts] of relationsOf(indicators))
      constraints.push({
        total: idOf(scope, total),
        parts: parts.map((part) => idOf(scope, part)),
      });
  }
  for (const [scope, counts] of countsByScope) {
    const shown = publishedOf.get(scope);
    const shownCounts = shown === undefined ? undefined : countsOf(fromPublished(shown));
    for (const key of keys) {
      const id = idOf(scope, key);
      const value = counts[key] ?? 0;
      // Unknown (NaN): a placeholder count, never shown, never checked.
      cells[id] = Number.isNaN(value) ? 1 : value;
      if (Number.isNaN(value)) {
        withheld.add(id);
        unknown.add(id);
      }
      if (shownCounts === undefined) continue;
      // A key the report does not have (a fidelity code it never raised) is a shown 0.
      const shownValue = shownCounts[key] ?? 0;
      if (Number.isNaN(shownValue)) withheld.add(id);
      else published.add(id);
    }
  }
  const addsUp = (total: string, parts: readonly string[]) => {
    for (const key of keys)
      constraints.push({
        total: idOf(total, key),
        parts: parts.map((part) => idOf(part, key)),
      });
  };
  const unitsOfReport = new Map<string, string[]>();
  const unitsOfAggregate = new Map<string, string[]>();
  for (const unit of units) {
    unitsOfReport.set(unit.report, [...(unitsOfReport.get(unit.report) ?? []), unit.scope]);
    for (const aggregate of unit.aggregates)
      unitsOfAggregate.set(aggregate, [...(unitsOfAggregate.get(aggregate) ?? []), unit.scope]);
  }
  for (const [report, parts] of unitsOfReport) addsUp(report, parts);
  for (const [aggregate, parts] of unitsOfAggregate) addsUp(aggregate, parts);
  // The levels' own sums (the programme is the sum of its regions, and of its years) follow
  // from the above, so they tell a reader nothing new; written out, they let a small
  // region's cell be protected by another region's rather than by its other figures.
  for (const [total, parts] of levelSums) addsUp(total, parts);

  const weights: Record<string, number> = {};
  for (const scope of aggregates.keys()) for (const key of HEADLINE) weights[idOf(scope, key)] = 3;
  const system: CountSystem = { cells, constraints, weights };
  // The small counts the OCMWs hid (and any count nobody knows) must stay unknown; an
  // OCMW's complementary cell, or the programme's own, may be worked out as long as no
  // small count follows from it, which the check over the whole system sees.
  const sensitive = new Set(
    [...withheld].filter(
      (id) =>
        !aggregates.has(id.slice(0, id.indexOf("/"))) &&
        (unknown.has(id) || (cells[id]! >= 1 && cells[id]! < threshold)),
    ),
  );
  const { hidden } = suppressCounts(system, { threshold, published, withheld, sensitive });
  return {
    aggregates: new Map(
      [...aggregates].map(([scope, indicators]) => [
        scope,
        publishedView(indicators, (key) => hidden.has(idOf(scope, key))),
      ]),
    ),
    system,
    published,
    hidden,
  };
}
