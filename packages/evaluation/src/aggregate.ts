import type { Region, SignalTheme } from "@miriam/schemas";
import {
  fromPublished,
  type LevelsPublished,
  publishAcrossLevels,
  sumIndicators,
  type Unit,
} from "./_programme";
import type { FunderReport } from "./funder-report";
import type { Indicators, PublishedIndicators } from "./indicators";
import {
  type EffectOptions,
  type EffectRefusal,
  type MethodEffect,
  methodEffect,
  type PairedChange,
} from "./method-effect";
import type { ParticipantSummary } from "./participant";
import { DEFAULT_THRESHOLD } from "./suppression";

/** Where a programme report's figures come from. */
export type ProgrammeBasis =
  /** Every report carried its counts before suppression: programme figures are exact. */
  | "counts-before-suppression"
  /** No report carried counts: a programme figure is shown only when no report hid a part of it. */
  | "published-figures"
  /** Some reports carried counts, others did not. */
  | "mixed";

/** One scope of the programme report: the whole programme, a region or a programme year. */
export interface ProgrammeScope {
  /** `programme`, the region's code (`unknown` when a report did not say), or the year (`2024-2025`). */
  readonly id: string;
  /** Funder reports with figures in this scope. */
  readonly reports: number;
  /** Distinct projects. */
  readonly projects: number;
  /** Groups. */
  readonly groups: number;
  /** Indicators after suppression across levels. */
  readonly indicators: PublishedIndicators;
}

/** The change per life domain measured on the mothers themselves (per-mother data). */
export interface ProgrammeEffect {
  /** Over the whole programme; a refusal when instruments differ. */
  readonly programme: MethodEffect | EffectRefusal;
  /** Per programme year. */
  readonly years: readonly {
    readonly year: string;
    readonly effect: MethodEffect | EffectRefusal;
  }[];
}

/** The policy-signals annex: counts of `signal.raised` by theme, domain and region. */
export interface PolicySignalsAnnex {
  /** Signals per region and theme (every pair with at least one signal). */
  readonly byTheme: readonly {
    readonly region: Region | "unknown";
    readonly theme: SignalTheme;
    readonly count: number;
  }[];
  /** Signals per region and life domain. */
  readonly byDomain: readonly {
    readonly region: Region | "unknown";
    readonly domain: string;
    readonly count: number;
  }[];
  /** Observations reviewed and marked shareable by their OCMW, with region and month only. */
  readonly shareable: readonly {
    readonly region: Region | "unknown";
    readonly theme: SignalTheme;
    readonly domain: string;
    readonly month: string;
    readonly observation: string;
  }[];
}

/**
 * The programme report for the funder: the funder reports of many projects (OCMWs) and
 * years added up for the programme, per region and per programme year, suppressed so
 * that no figure an OCMW's own report hid can be worked out from it.
 */
export interface ProgrammeReport {
  /** What this document is. */
  readonly kind: "miriam-programme-report";
  /** Version of this report's shape. */
  readonly formatVersion: 1;
  /** Counts from 1 to `threshold - 1` are hidden (at least every input report's threshold). */
  readonly threshold: number;
  /** Where the figures come from. */
  readonly basis: ProgrammeBasis;
  /** The whole programme. */
  readonly programme: ProgrammeScope;
  /** Per region, in the order of the `regions` vocabulary, `unknown` last. */
  readonly regions: readonly ProgrammeScope[];
  /** Per programme year (September to August, named `2024-2025`), oldest first. */
  readonly years: readonly ProgrammeScope[];
  /**
   * Paired change per life domain with effect sizes and intervals, when per-mother data
   * was given (`participants`); `undefined` otherwise: the change per domain is then the
   * reports' means weighted by their numbers, without an interval.
   */
  readonly effect: ProgrammeEffect | undefined;
  /** The policy-signals annex. */
  readonly signals: PolicySignalsAnnex;
}

/** Options of {@link aggregate}. */
export interface AggregateOptions extends EffectOptions {
  /** Counts below it are hidden; never lower than an input report's. Default 5. */
  readonly threshold?: number;
  /**
   * Per-mother summaries (`summariseParticipant`) when raw exports are at hand: the
   * change per life domain is then `methodEffect`'s, with effect sizes and intervals.
   */
  readonly participants?: readonly ParticipantSummary[];
}

/** @internal The report with its suppression system, for the disclosure-attack tests. */
export interface AggregateDetail {
  readonly report: ProgrammeReport;
  readonly levels: LevelsPublished;
}

const REGION_ORDER: readonly (Region | "unknown")[] = [
  "flanders",
  "brussels",
  "wallonia",
  "german-speaking",
  "unknown",
];

/**
 * The programme year (September to August) a date falls in, as `2024-2025`. A report
 * starts in the year of its first day; referrals in July and August belong to the
 * groups that start in September. Pure.
 */
export function programmeYear(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/**
 * Adds up the funder reports of a programme (each a project's or an OCMW's, for one
 * year) into the {@link ProgrammeReport}: participants, completion and positive early
 * exits, change per life domain, outcome indicators and fidelity, for the programme,
 * per region and per programme year, and the policy-signals annex. Pure.
 *
 * Suppression is sound across levels: what each OCMW's report published is known to the
 * reader, and every programme, region and year figure is the sum of its OCMWs', so
 * programme and region figures are hidden where subtracting the other OCMWs (or the
 * other years, or the other regions) would give back a figure an OCMW hid. A report
 * that carries its counts before suppression (only under a data-protection agreement)
 * lets the programme show totals its OCMWs hid; without counts, a total is shown only
 * when no report hid a part of it.
 *
 * @example
 * ```ts
 * const reports = files.map((file) => readFunderReport(readFileSync(file, "utf8")));
 * const programme = aggregate(reports);
 * programme.programme.indicators.participation.started; // e.g. 1100
 * ```
 */
export function aggregate(
  reports: readonly FunderReport[],
  options: AggregateOptions = {},
): ProgrammeReport {
  return aggregateWithDetail(reports, options).report;
}

/** @internal {@link aggregate}, with the suppression system for the tests. */
export function aggregateWithDetail(
  reports: readonly FunderReport[],
  options: AggregateOptions = {},
): AggregateDetail {
  const threshold = Math.max(
    options.threshold ?? DEFAULT_THRESHOLD,
    ...reports.map((report) => report.threshold),
  );
  const units: (Unit & { projectId: string; groups: number })[] = [];
  const reportScopes = new Map<
    string,
    { indicators: Indicators; published: PublishedIndicators }
  >();
  const members = new Map<string, { reports: Set<number>; units: typeof units }>();
  const member = (scope: string) => {
    let m = members.get(scope);
    if (m === undefined) {
      m = { reports: new Set(), units: [] };
      members.set(scope, m);
    }
    return m;
  };
  const regionOfProject = new Map<string, Region | "unknown">();
  let withCounts = 0;
  reports.forEach((report, index) => {
    const reportScope = `report:${index}`;
    const counts = report.countsBeforeSuppression;
    if (counts !== undefined) withCounts++;
    reportScopes.set(reportScope, {
      indicators: counts?.programme ?? fromPublished(report.programme.indicators),
      published: report.programme.indicators,
    });
    const first = report.period?.from ?? report.dataPeriod?.from;
    const year = first === undefined ? "unknown" : programmeYear(first);
    for (const project of report.projects) {
      const region = project.region ?? "unknown";
      regionOfProject.set(`${index}/${project.projectId}`, region);
      const exact = counts?.projects.find((p) => p.projectId === project.projectId)?.indicators;
      const unit = {
        scope: `${reportScope}/project:${project.projectId}`,
        report: reportScope,
        aggregates: ["programme", `region:${region}`, `year:${year}`],
        indicators: exact ?? fromPublished(project.indicators),
        published: project.indicators,
        projectId: project.projectId,
        groups: project.groups,
      };
      units.push(unit);
      for (const scope of unit.aggregates) {
        member(scope).reports.add(index);
        member(scope).units.push(unit);
      }
    }
  });
  // The programme is there even without any report: its figures are then all zero.
  const aggregates = new Map<string, Indicators>([["programme", sumIndicators([])]]);
  for (const [scope, m] of members) aggregates.set(scope, sumIndicators(m.units));
  const below = (prefix: string) => [...aggregates.keys()].filter((s) => s.startsWith(prefix));
  const levels = publishAcrossLevels(
    units,
    reportScopes,
    aggregates,
    [
      ["programme", below("region:")],
      ["programme", below("year:")],
    ],
    threshold,
  );
  const scopeOf = (scope: string, id: string): ProgrammeScope => {
    const m = members.get(scope) ?? { reports: new Set<number>(), units: [] };
    return {
      id,
      reports: m.reports.size,
      projects: new Set(m.units.map((u) => u.projectId)).size,
      groups: m.units.reduce((total, u) => total + u.groups, 0),
      indicators: levels.aggregates.get(scope)!,
    };
  };
  const regions = REGION_ORDER.filter((region) => members.has(`region:${region}`)).map((region) =>
    scopeOf(`region:${region}`, region),
  );
  const years = [...members.keys()]
    .filter((scope) => scope.startsWith("year:"))
    .map((scope) => scope.slice("year:".length))
    .sort()
    .map((year) => scopeOf(`year:${year}`, year));
  const report: ProgrammeReport = {
    kind: "miriam-programme-report",
    formatVersion: 1,
    threshold,
    basis:
      withCounts === reports.length && reports.length > 0
        ? "counts-before-suppression"
        : withCounts === 0
          ? "published-figures"
          : "mixed",
    programme: scopeOf("programme", "programme"),
    regions,
    years,
    effect:
      options.participants === undefined
        ? undefined
        : programmeEffect(options.participants, threshold, options),
    signals: signalsAnnex(reports, regionOfProject),
  };
  return { report, levels };
}

/**
 * {@link methodEffect} over the programme and per year. A domain whose pairs or
 * left-out mothers are a small count (1 to threshold − 1) is left out: at programme level
 * that only happens for a domain few projects measure.
 */
function programmeEffect(
  participants: readonly ParticipantSummary[],
  threshold: number,
  options: EffectOptions,
): ProgrammeEffect {
  const effectOptions: EffectOptions = {
    ...(options.resamples === undefined ? {} : { resamples: options.resamples }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  };
  const safe = (effect: MethodEffect | EffectRefusal): MethodEffect | EffectRefusal => {
    if (!("domains" in effect)) return effect;
    const small = (change: PairedChange) =>
      (change.n > 0 && change.n < threshold) || (change.leftOut > 0 && change.leftOut < threshold);
    return {
      ...effect,
      domains: Object.fromEntries(Object.entries(effect.domains).filter(([, c]) => !small(c))),
    };
  };
  const byYear = new Map<string, ParticipantSummary[]>();
  for (const summary of participants) {
    if (summary.enrolledAt === undefined) continue;
    const year = programmeYear(summary.enrolledAt);
    const list = byYear.get(year) ?? [];
    list.push(summary);
    byYear.set(year, list);
  }
  return {
    programme: safe(methodEffect(participants, effectOptions)),
    years: [...byYear.keys()]
      .sort()
      .map((year) => ({ year, effect: safe(methodEffect(byYear.get(year)!, effectOptions)) })),
  };
}

function signalsAnnex(
  reports: readonly FunderReport[],
  regionOfProject: ReadonlyMap<string, Region | "unknown">,
): PolicySignalsAnnex {
  const byTheme = new Map<string, number>();
  const byDomain = new Map<string, number>();
  const shareable: PolicySignalsAnnex["shareable"][number][] = [];
  reports.forEach((report, index) => {
    // A report written before signals were counted has none.
    const signals = report.signals ?? { counts: [], shareable: [] };
    const regionOf = (projectId: string) =>
      regionOfProject.get(`${index}/${projectId}`) ?? "unknown";
    for (const { projectId, theme, domain, count } of signals.counts) {
      const region = regionOf(projectId);
      const t = JSON.stringify([region, theme]);
      byTheme.set(t, (byTheme.get(t) ?? 0) + count);
      const d = JSON.stringify([region, domain]);
      byDomain.set(d, (byDomain.get(d) ?? 0) + count);
    }
    for (const { projectId, theme, domain, month, observation } of signals.shareable)
      shareable.push({ region: regionOf(projectId), theme, domain, month, observation });
  });
  const rank = (region: string) => REGION_ORDER.indexOf(region as Region);
  const rows = <K extends string>(map: Map<string, number>, name: K) =>
    [...map]
      .map(([key, count]) => {
        const [region, code] = JSON.parse(key) as [Region | "unknown", string];
        return { region, [name]: code, count } as { region: Region | "unknown"; count: number } & {
          [P in K]: string;
        };
      })
      .sort(
        (a, b) =>
          rank(a.region) - rank(b.region) || (a[name] < b[name] ? -1 : a[name] > b[name] ? 1 : 0),
      );
  return {
    byTheme: rows(byTheme, "theme") as unknown as PolicySignalsAnnex["byTheme"],
    byDomain: rows(byDomain, "domain"),
    shareable: shareable.sort(
      (a, b) =>
        rank(a.region) - rank(b.region) ||
        (a.month < b.month ? -1 : a.month > b.month ? 1 : 0) ||
        (a.observation < b.observation ? -1 : 1),
    ),
  };
}
