import {
  type CurrentDropOutReason,
  dropOutReasons,
  type PositiveExitReason,
  positiveExitReasons,
} from "@miriam/schemas";
import { cellIds } from "./_cell-ids";
import {
  type Indicators,
  type PublishedCount,
  type PublishedIndicators,
  type PublishedRate,
  SUPPRESSED,
} from "./indicators";
import {
  type CountSystem,
  type SumConstraint,
  type SuppressionOptions,
  suppressCounts,
} from "./suppression";

/**
 * Every count of people in a set of indicators, by a key that is the same in every
 * scope, so that the programme's cell `k` is the sum of the projects' cells `k`.
 */
export function countsOf(indicators: Indicators): Record<string, number> {
  const p = indicators.participation;
  const cells: Record<string, number> = {
    referred: p.referred,
    declined: p.declined,
    notStarted: p.notStarted,
    started: p.started,
    completed: p.completed,
    positiveEarlyExit: p.positiveEarlyExit,
    droppedOut: p.droppedOut,
    otherClosed: p.otherClosed,
    active: p.active,
    ended: p.ended,
    "selfReliance.n": indicators.selfReliance.n,
    "improved.n": indicators.improvedInAnyDomain.n,
    "improved.yes": indicators.improvedInAnyDomain.yes,
    "improved.no": indicators.improvedInAnyDomain.no,
    "overall.n": indicators.overallImprovement.n,
    "overall.yes": indicators.overallImprovement.yes,
    "overall.no": indicators.overallImprovement.no,
  };
  for (const reason of dropOutReasons.codes)
    cells[`reason.${reason}`] = indicators.dropOutByReason[reason];
  for (const reason of positiveExitReasons.codes)
    cells[`positiveExit.${reason}`] = indicators.positiveExitByReason[reason];
  for (const d of indicators.domains) cells[`domain.${d.domain}.n`] = d.n;
  for (const i of indicators.outcomeIndicators) {
    cells[`indicator.${i.indicator}.n`] = i.n;
    cells[`indicator.${i.indicator}.yesT0`] = i.yesT0;
    cells[`indicator.${i.indicator}.noT0`] = i.noT0;
    cells[`indicator.${i.indicator}.yesT1`] = i.yesT1;
    cells[`indicator.${i.indicator}.noT1`] = i.noT1;
  }
  for (const f of indicators.fidelity) cells[`fidelity.${f.code}`] = f.count;
  return cells;
}

/** The relations a reader knows between the counts of one scope. */
export function relationsOf(indicators: Indicators): [string, string[]][] {
  const relations: [string, string[]][] = [
    ["referred", ["declined", "notStarted", "started"]],
    ["started", ["completed", "positiveEarlyExit", "droppedOut", "otherClosed", "active"]],
    ["ended", ["completed", "positiveEarlyExit", "droppedOut", "otherClosed"]],
    ["droppedOut", dropOutReasons.codes.map((reason) => `reason.${reason}`)],
    ["positiveEarlyExit", positiveExitReasons.codes.map((reason) => `positiveExit.${reason}`)],
    ["improved.n", ["improved.yes", "improved.no"]],
    ["overall.n", ["overall.yes", "overall.no"]],
  ];
  for (const { indicator } of indicators.outcomeIndicators) {
    const key = `indicator.${indicator}`;
    relations.push([`${key}.n`, [`${key}.yesT0`, `${key}.noT0`]]);
    relations.push([`${key}.n`, [`${key}.yesT1`, `${key}.noT1`]]);
  }
  return relations;
}

/**
 * Applies small-cell suppression to the indicators of the programme and its projects
 * at once: a project's hidden cell must not be recoverable from the programme's total
 * minus the other projects, so all scopes form one system.
 */
export function publish(
  programme: Indicators,
  projects: ReadonlyMap<string, Indicators>,
  options: SuppressionOptions,
): {
  programme: PublishedIndicators;
  projects: Map<string, PublishedIndicators>;
  system: CountSystem;
  hidden: ReadonlySet<string>;
} {
  const scopes = new Map<string, Indicators>([["programme", programme]]);
  for (const [id, indicators] of projects) scopes.set(`project:${id}`, indicators);

  const idOf = cellIds();
  const cells: Record<string, number> = {};
  const constraints: SumConstraint[] = [];
  const keys = new Set<string>();
  for (const [scope, indicators] of scopes) {
    const counts = countsOf(indicators);
    for (const key in counts) {
      cells[idOf(scope, key)] = counts[key]!;
      keys.add(key);
    }
    for (const [total, parts] of relationsOf(indicators))
      constraints.push({
        total: idOf(scope, total),
        parts: parts.map((part) => idOf(scope, part)),
      });
  }
  // A fidelity code raised in one project only has no cell elsewhere: count it as 0.
  for (const key of keys) for (const scope of scopes.keys()) cells[idOf(scope, key)] ??= 0;
  const projectScopes = [...scopes.keys()].filter((scope) => scope !== "programme");
  for (const key of keys)
    constraints.push({
      total: idOf("programme", key),
      parts: projectScopes.map((scope) => idOf(scope, key)),
    });

  // Hide the figures funders read first only when the alternatives are much larger.
  const weights: Record<string, number> = {};
  for (const scope of scopes.keys()) for (const key of HEADLINE) weights[idOf(scope, key)] = 3;
  const system: CountSystem = { cells, constraints, weights };
  const { hidden } = suppressCounts(system, options);
  const view = (scope: string, indicators: Indicators) =>
    publishedView(indicators, (key) => hidden.has(idOf(scope, key)));
  return {
    programme: view("programme", programme),
    projects: new Map([...projects].map(([id, ind]) => [id, view(`project:${id}`, ind)])),
    system,
    hidden,
  };
}

/** The figures funders read first: hiding them costs three times their count. */
export const HEADLINE = [
  "started",
  "completed",
  "positiveEarlyExit",
  "ended",
  "overall.n",
  "overall.yes",
];

/** The indicators with hidden counts, and every rate or mean computed from one, replaced. */
export function publishedView(
  indicators: Indicators,
  isHidden: (key: string) => boolean,
): PublishedIndicators {
  const count = (key: string, value: number): PublishedCount =>
    isHidden(key) ? SUPPRESSED : value;
  // NaN marks a figure nobody can compute (see `_programme.ts`): it is never shown.
  const rate = (value: number | null, ...from: string[]): PublishedRate =>
    from.some(isHidden) || Number.isNaN(value) ? SUPPRESSED : value;
  const p = indicators.participation;
  const share = (
    prefix: string,
    figures: { n: number; yes: number; no: number; share: number | null },
  ) => ({
    n: count(`${prefix}.n`, figures.n),
    yes: count(`${prefix}.yes`, figures.yes),
    no: count(`${prefix}.no`, figures.no),
    share: rate(figures.share, `${prefix}.n`, `${prefix}.yes`),
  });
  return {
    participation: {
      referred: count("referred", p.referred),
      declined: count("declined", p.declined),
      notStarted: count("notStarted", p.notStarted),
      started: count("started", p.started),
      completed: count("completed", p.completed),
      positiveEarlyExit: count("positiveEarlyExit", p.positiveEarlyExit),
      droppedOut: count("droppedOut", p.droppedOut),
      otherClosed: count("otherClosed", p.otherClosed),
      active: count("active", p.active),
      ended: count("ended", p.ended),
      completionRate: rate(p.completionRate, "completed", "ended"),
      resultRate: rate(p.resultRate, "completed", "positiveEarlyExit", "ended"),
    },
    positiveExitByReason: Object.fromEntries(
      positiveExitReasons.codes.map((reason) => [
        reason,
        count(`positiveExit.${reason}`, indicators.positiveExitByReason[reason]),
      ]),
    ) as Record<PositiveExitReason, PublishedCount>,
    dropOutByReason: Object.fromEntries(
      dropOutReasons.codes.map((reason) => [
        reason,
        count(`reason.${reason}`, indicators.dropOutByReason[reason]),
      ]),
    ) as Record<CurrentDropOutReason, PublishedCount>,
    sessions: indicators.sessions,
    contactsPerParticipantMonth: rate(indicators.contactsPerParticipantMonth, "started"),
    domains: indicators.domains.map((d) => {
      const n = `domain.${d.domain}.n`;
      return {
        domain: d.domain,
        n: count(n, d.n),
        meanT0: rate(d.meanT0, n),
        meanT1: rate(d.meanT1, n),
        meanChange: rate(d.meanChange, n),
      };
    }),
    selfReliance: {
      n: count("selfReliance.n", indicators.selfReliance.n),
      meanT0: rate(indicators.selfReliance.meanT0, "selfReliance.n"),
      meanT1: rate(indicators.selfReliance.meanT1, "selfReliance.n"),
      meanChange: rate(indicators.selfReliance.meanChange, "selfReliance.n"),
    },
    improvedInAnyDomain: share("improved", indicators.improvedInAnyDomain),
    overallImprovement: share("overall", indicators.overallImprovement),
    outcomeIndicators: indicators.outcomeIndicators.map((i) => {
      const key = `indicator.${i.indicator}`;
      return {
        indicator: i.indicator,
        n: count(`${key}.n`, i.n),
        yesT0: count(`${key}.yesT0`, i.yesT0),
        noT0: count(`${key}.noT0`, i.noT0),
        yesT1: count(`${key}.yesT1`, i.yesT1),
        noT1: count(`${key}.noT1`, i.noT1),
        shareT0: rate(i.shareT0, `${key}.n`, `${key}.yesT0`),
        shareT1: rate(i.shareT1, `${key}.n`, `${key}.yesT1`),
      };
    }),
    fidelity: indicators.fidelity.map((f) => ({
      code: f.code,
      count: count(`fidelity.${f.code}`, f.count),
    })),
  };
}
