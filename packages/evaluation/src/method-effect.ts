import { type Labels, labels } from "@miriam/schemas";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { ParticipantSummary } from "./participant";
import type { MeasurementScores } from "./scoring";

/**
 * The paired change t0 → t1 of one score over the mothers measured at both timepoints
 * with the same instrument version. See {@link methodEffect} for the method.
 */
export interface PairedChange {
  /** Mothers with a score at both t0 and t1. */
  readonly n: number;
  /**
   * Mothers with a score at t0 but none at t1 (or at t1 but none at t0): left out, never
   * counted as "no change".
   */
  readonly leftOut: number;
  /** Mean of the differences t1 − t0, or `null` without pairs. */
  readonly meanChange: number | null;
  /** Sample standard deviation of the differences, or `null` with fewer than 2 pairs. */
  readonly sdChange: number | null;
  /**
   * Effect size d_z: the mean difference divided by the standard deviation of the
   * differences (Cohen's d for paired data), or `null` with fewer than 2 pairs or when
   * every difference is the same.
   */
  readonly effectSize: number | null;
  /**
   * 95% confidence interval of the mean difference (percentile bootstrap), or `null`
   * with fewer than {@link MIN_PAIRS_FOR_INTERVAL} pairs.
   */
  readonly ci95: readonly [low: number, high: number] | null;
}

/** The instrument a set of paired changes was measured with. */
export interface InstrumentVersion {
  /** Instrument id. */
  readonly id: string;
  /** Instrument version. */
  readonly version: number;
}

/** The effect of the method over a group, project or programme: see {@link methodEffect}. */
export interface MethodEffect {
  /** The instrument every pair was measured with; `null` when no one was measured twice. */
  readonly instrument: InstrumentVersion | null;
  /** How the interval is computed, for the report's methods note. */
  readonly method: typeof EFFECT_METHOD;
  /** Bootstrap resamples drawn. */
  readonly resamples: number;
  /** Seed of the resampling, so the same data always gives the same interval. */
  readonly seed: number;
  /** Paired change per life domain (the instrument's domains), by domain code. */
  readonly domains: Readonly<Record<string, PairedChange>>;
  /** Paired change of the instrument's self-reliance score: the kit's overall score. */
  readonly selfReliance: PairedChange;
}

/** A difference between two cohorts' mean changes: see {@link compareCohorts}. */
export interface CohortDifference {
  /** Mean change of the second cohort minus that of the first, or `null`. */
  readonly difference: number | null;
  /** 95% percentile-bootstrap interval of the difference, or `null`. */
  readonly ci95: readonly [low: number, high: number] | null;
  /** The pairs of each cohort. */
  readonly n: readonly [first: number, second: number];
}

/** A refusal to compute or compare an effect, with its reason for people. */
export interface EffectRefusal {
  /** Why, in NL/FR/DE/EN. */
  readonly reason: Labels;
  /** The instruments found. */
  readonly instruments: readonly InstrumentVersion[];
}

/** Options of {@link methodEffect} and {@link compareCohorts}. */
export interface EffectOptions {
  /** Bootstrap resamples (default 2,000). */
  readonly resamples?: number;
  /** Seed of the resampling (default 2015, the year of the pilots). */
  readonly seed?: number;
}

/**
 * The name of the method, as reports state it: the percentile bootstrap of the mean
 * paired difference, in its normal limit from {@link NORMAL_LIMIT_FROM_PAIRS} pairs.
 */
export const EFFECT_METHOD = "percentile-bootstrap-of-mean-paired-difference";

/** Fewer pairs than this give no interval: a bootstrap of 1–4 values says nothing. */
export const MIN_PAIRS_FOR_INTERVAL = 5;

/**
 * From this many pairs on, the interval is the normal limit of the bootstrap
 * distribution of the mean (mean ± 1.96 · s / √n, with s the differences' standard
 * deviation over n): by then the two differ by far less than the resampling's own noise,
 * and a programme of 10,000 mothers needs no billion random draws.
 */
export const NORMAL_LIMIT_FROM_PAIRS = 1_000;

const DEFAULT_RESAMPLES = 2_000;
const DEFAULT_SEED = 2015;

const MIXED_INSTRUMENTS = labels(
  "De metingen gebruiken verschillende instrumenten of versies: hun veranderingen zijn niet te vergelijken of samen te tellen.",
  "Les mesures utilisent des instruments ou des versions différents : leurs évolutions ne peuvent être ni comparées ni additionnées.",
  "Die Messungen verwenden verschiedene Instrumente oder Versionen: ihre Veränderungen lassen sich weder vergleichen noch zusammenzählen.",
  "The measurements use different instruments or versions: their changes cannot be compared or added up.",
);

/**
 * The effect of the method: for each life domain and for the self-reliance score, the
 * paired change t0 → t1 over the mothers measured at both timepoints with the same
 * instrument version, with an effect size (d_z) and a 95% confidence interval of the
 * mean difference by percentile bootstrap (resampling mothers with replacement, seeded,
 * so a report is reproducible). Mothers with only one of the two measurements are
 * counted in `leftOut` and never as "no change". Summaries measured with different
 * instruments are refused with a reason: their scores are not on one scale. Pure.
 *
 * @example
 * ```ts
 * const effect = methodEffect(summaries);
 * if ("domains" in effect) effect.domains.housing?.ci95; // e.g. [0.4, 1.3]
 * ```
 */
export function methodEffect(
  summaries: readonly ParticipantSummary[],
  options: EffectOptions = {},
): MethodEffect | EffectRefusal {
  const instruments = instrumentsOf(summaries);
  if (instruments.length > 1) return { reason: MIXED_INSTRUMENTS, instruments };
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  const codes = domainsOf(summaries);
  const differences = scoreDifferences(summaries, codes);
  const domains: Record<string, PairedChange> = {};
  codes.forEach((domain, i) => {
    domains[domain] = pairedChange(differences.domains[i]!, resamples, seed);
  });
  return {
    instrument: instruments[0] ?? null,
    method: EFFECT_METHOD,
    resamples,
    seed,
    domains,
    selfReliance: pairedChange(differences.selfReliance, resamples, seed),
  };
}

/**
 * Compares two cohorts (two years, or two groups) measured with the same instrument
 * version: for each domain and for self-reliance, the second cohort's mean paired change
 * minus the first's, with a 95% percentile-bootstrap interval (each cohort resampled on
 * its own). Cohorts measured with different instruments are refused with a reason. Pure.
 */
export function compareCohorts(
  first: readonly ParticipantSummary[],
  second: readonly ParticipantSummary[],
  options: EffectOptions = {},
):
  | {
      readonly domains: Readonly<Record<string, CohortDifference>>;
      readonly selfReliance: CohortDifference;
    }
  | EffectRefusal {
  const instruments = instrumentsOf([...first, ...second]);
  if (instruments.length > 1) return { reason: MIXED_INSTRUMENTS, instruments };
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  const codes = domainsOf([...first, ...second]);
  const inFirst = scoreDifferences(first, codes);
  const inSecond = scoreDifferences(second, codes);
  const compare = (a: readonly number[], b: readonly number[]): CohortDifference => {
    const enough = a.length >= MIN_PAIRS_FOR_INTERVAL && b.length >= MIN_PAIRS_FOR_INTERVAL;
    return {
      difference: a.length > 0 && b.length > 0 ? mean(b) - mean(a) : null,
      ci95: enough ? differenceInterval(a, b, resamples, seed) : null,
      n: [a.length, b.length],
    };
  };
  const domains: Record<string, CohortDifference> = {};
  codes.forEach((domain, i) => {
    domains[domain] = compare(inFirst.domains[i]!.differences, inSecond.domains[i]!.differences);
  });
  return {
    domains,
    selfReliance: compare(inFirst.selfReliance.differences, inSecond.selfReliance.differences),
  };
}

// ---------------------------------------------------------------------------------------

/** The differences t1 − t0 of one score, in the summaries' order, and the mothers left out. */
interface ScoreDifferences {
  readonly differences: number[];
  leftOut: number;
}

/**
 * The differences of every domain in `codes` (by index) and of self-reliance, in one pass
 * over the summaries and with no array per mother: a programme report runs this over every
 * mother, once for the programme and once per year.
 */
function scoreDifferences(
  summaries: readonly ParticipantSummary[],
  codes: readonly string[],
): { readonly domains: ScoreDifferences[]; readonly selfReliance: ScoreDifferences } {
  const domains = codes.map((): ScoreDifferences => ({ differences: [], leftOut: 0 }));
  const selfReliance: ScoreDifferences = { differences: [], leftOut: 0 };
  const add = (into: ScoreDifferences, before: number | null, after: number | null) => {
    if (before !== null && after !== null) into.differences.push(after - before);
    else if ((before === null) !== (after === null)) into.leftOut++;
  };
  for (const { scores } of summaries) {
    const { t0, t1 } = scores;
    // A pair only counts when both were measured with the same instrument version: the
    // summary computes no change otherwise, and neither does this.
    if (t0 !== undefined && t1 !== undefined && !sameInstrument(t0.instrument, t1.instrument))
      continue;
    for (let i = 0; i < codes.length; i++)
      add(
        domains[i]!,
        t0 === undefined ? null : (t0.domains[codes[i]!] ?? null),
        t1 === undefined ? null : (t1.domains[codes[i]!] ?? null),
      );
    add(
      selfReliance,
      t0 === undefined ? null : (t0.selfReliance ?? null),
      t1 === undefined ? null : (t1.selfReliance ?? null),
    );
  }
  return { domains, selfReliance };
}

function pairedChange(
  { differences, leftOut }: ScoreDifferences,
  resamples: number,
  seed: number,
): PairedChange {
  const n = differences.length;
  if (n === 0)
    return { n, leftOut, meanChange: null, sdChange: null, effectSize: null, ci95: null };
  const meanChange = mean(differences);
  const sdChange = n >= 2 ? sampleSd(differences, meanChange) : null;
  return {
    n,
    leftOut,
    meanChange,
    sdChange,
    effectSize: sdChange !== null && sdChange > 0 ? meanChange / sdChange : null,
    ci95: meanInterval(differences, meanChange, resamples, seed),
  };
}

function meanInterval(
  differences: readonly number[],
  m: number,
  resamples: number,
  seed: number,
): readonly [number, number] | null {
  const n = differences.length;
  if (n < MIN_PAIRS_FOR_INTERVAL) return null;
  if (n < NORMAL_LIMIT_FROM_PAIRS)
    return percentileInterval(bootstrapMeans(differences, resamples, seed));
  // The bootstrap resamples the n values as they are: its spread is the population
  // standard deviation (divisor n), not the sample one.
  const half = (Z_975 * (sampleSd(differences, m) * Math.sqrt((n - 1) / n))) / Math.sqrt(n);
  return [m - half, m + half];
}

/** The 97.5th percentile of the standard normal distribution. */
const Z_975 = 1.959963984540054;

/** Means of `resamples` resamples (with replacement) of `values`, in draw order. */
function bootstrapMeans(values: readonly number[], resamples: number, seed: number): number[] {
  const rng = xoroshiro128plus(seed);
  const n = values.length;
  const means = new Array<number>(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[uniformInt(rng, 0, n - 1)]!;
    means[r] = sum / n;
  }
  return means;
}

function differenceInterval(
  a: readonly number[],
  b: readonly number[],
  resamples: number,
  seed: number,
): readonly [number, number] {
  if (Math.min(a.length, b.length) < NORMAL_LIMIT_FROM_PAIRS)
    return percentileInterval(differenceOfMeans(a, b, resamples, seed));
  const spread = (values: readonly number[]) => {
    const m = mean(values);
    return (sampleSd(values, m) ** 2 * (values.length - 1)) / values.length ** 2;
  };
  const difference = mean(b) - mean(a);
  const half = Z_975 * Math.sqrt(spread(a) + spread(b));
  return [difference - half, difference + half];
}

// Each cohort is resampled on its own (its own stream of the seed); the r-th draws are
// paired only to subtract them, which is how two independent bootstraps combine.
function differenceOfMeans(
  first: readonly number[],
  second: readonly number[],
  resamples: number,
  seed: number,
): number[] {
  const a = bootstrapMeans(first, resamples, seed);
  const b = bootstrapMeans(second, resamples, seed + 1);
  return b.map((mean, r) => mean - a[r]!);
}

// The 2.5th and 97.5th percentiles, by linear interpolation between order statistics
// (Hyndman & Fan type 7, the default of R and NumPy).
function percentileInterval(draws: number[]): readonly [number, number] {
  const sorted = [...draws].sort((a, b) => a - b);
  return [quantile(sorted, 0.025), quantile(sorted, 0.975)];
}

function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function sampleSd(values: readonly number[], m: number): number {
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

function sameInstrument(a: InstrumentVersion, b: InstrumentVersion): boolean {
  return a.id === b.id && a.version === b.version;
}

function instrumentsOf(summaries: readonly ParticipantSummary[]): InstrumentVersion[] {
  const found = new Map<string, InstrumentVersion>();
  // Nearly every measurement uses the instrument of the one before: skip the key then.
  let last: InstrumentVersion | undefined;
  const note = (m: MeasurementScores | undefined) => {
    if (m === undefined || (last !== undefined && sameInstrument(last, m.instrument))) return;
    last = m.instrument;
    found.set(`${m.instrument.id}@${m.instrument.version}`, m.instrument);
  };
  // No array per mother: this runs over every mother of a programme, once per scope.
  for (const { scores } of summaries) {
    note(scores.t0);
    note(scores.t1);
  }
  return [...found.values()];
}

function domainsOf(summaries: readonly ParticipantSummary[]): string[] {
  const domains = new Set<string>();
  const note = (m: MeasurementScores | undefined) => {
    if (m !== undefined) for (const d in m.domains) domains.add(d);
  };
  for (const { scores } of summaries) {
    note(scores.t0);
    note(scores.t1);
  }
  return [...domains].sort();
}
