import { describe, expect, it } from "vitest";
import { compareCohorts, methodEffect, NORMAL_LIMIT_FROM_PAIRS } from "./method-effect";
import type { ParticipantSummary } from "./participant";
import type { MeasurementScores } from "./scoring";

const INSTRUMENT = { id: "miriam-self-evaluation", version: 1 };

function measured(
  timepoint: "t0" | "t1",
  housing: number,
  instrument = INSTRUMENT,
): MeasurementScores {
  return {
    instrument,
    timepoint,
    domains: { housing },
    selfReliance: null,
    other: null,
    overallImprovement: null,
    asked: 1,
    answered: 1,
    problems: [],
  };
}

// Only the scores matter to the effect; the rest of a summary is filled with neutral values.
function mother(t0?: number, t1?: number, instrument = INSTRUMENT): ParticipantSummary {
  return {
    trajectoryId: `t-${t0}-${t1}`,
    projectId: "p",
    groupId: "g",
    status: "completed",
    dropOutReason: undefined,
    positiveExitReason: undefined,
    enrolledAt: undefined,
    closedAt: undefined,
    participantMonths: 10,
    contacts: 0,
    scores: {
      ...(t0 === undefined ? {} : { t0: measured("t0", t0, instrument) }),
      ...(t1 === undefined ? {} : { t1: measured("t1", t1, instrument) }),
    },
    change: { domains: {}, selfReliance: null, other: null },
    overallImprovement: null,
    indicators: { t0: {}, t1: {} },
    problems: [],
  };
}

// Six mothers measured twice (differences 2.5, −0.5, 1.75, 0.25, 3, 1.25), one measured
// only at t0 (she left before t1) and one only at t1.
const T0 = [1, 4, 2.25, 3, 1.5, 2];
const DIFFERENCES = [2.5, -0.5, 1.75, 0.25, 3, 1.25];
const group = [
  ...T0.map((t0, i) => mother(t0, t0 + DIFFERENCES[i]!)),
  mother(3, undefined),
  mother(undefined, 4),
];

/**
 * The exact bootstrap distribution of the mean of `values`: every one of the n^n
 * resamples, enumerated. An implementation independent of the kit's random resampling.
 */
function exactBootstrapInterval(values: readonly number[]): [number, number] {
  const n = values.length;
  const means: number[] = [];
  const index = new Array<number>(n).fill(0);
  for (;;) {
    means.push(index.reduce((sum, i) => sum + values[i]!, 0) / n);
    let k = 0;
    while (k < n && ++index[k]! === n) index[k++] = 0;
    if (k === n) break;
  }
  means.sort((a, b) => a - b);
  const at = (p: number) => {
    const h = (means.length - 1) * p;
    const low = Math.floor(h);
    return means[low]! + (h - low) * (means[low + 1]! - means[low]!);
  };
  return [at(0.025), at(0.975)];
}

describe("methodEffect", () => {
  const effect = methodEffect(group);
  if (!("domains" in effect)) throw new Error("refused");
  const housing = effect.domains.housing!;

  it("counts only mothers measured at both timepoints, and shows how many were left out", () => {
    expect(housing.n).toBe(6);
    expect(housing.leftOut).toBe(2);
  });

  it("gives the mean paired difference and the effect size d_z as computed by hand", () => {
    // mean = 8.25 / 6; sd = sqrt(Σ(d − mean)² / 5) = 1.32994...; d_z = mean / sd.
    expect(housing.meanChange).toBeCloseTo(1.375, 12);
    expect(housing.sdChange).toBeCloseTo(1.3299436078270386, 12);
    expect(housing.effectSize).toBeCloseTo(1.0338784230457545, 12);
  });

  it("matches the exact bootstrap interval (all 6^6 resamples enumerated) within Monte Carlo error", () => {
    const [low, high] = exactBootstrapInterval(DIFFERENCES);
    // A resample's mean is a multiple of 0.25 / 6: the two may land on neighbouring
    // values of that grid, never further apart (the Monte Carlo error is about 0.013).
    const step = 0.25 / 6 + 1e-9;
    expect(Math.abs(housing.ci95![0] - low)).toBeLessThanOrEqual(step);
    expect(Math.abs(housing.ci95![1] - high)).toBeLessThanOrEqual(step);
    // The same enumeration in Python (itertools.product) gives 0.375 and 2.3333...
    expect(low).toBeCloseTo(0.375, 10);
    expect(high).toBeCloseTo(2.3333333333333335, 10);
  });

  it("is reproducible: the same data and seed give the same interval; another seed moves it slightly", () => {
    // Forty mothers with finely spread changes, so that the interval is not on a coarse grid.
    const many = Array.from({ length: 40 }, (_, i) => mother(2, 2 + ((i * 0.37) % 3) - 0.5));
    const first = methodEffect(many);
    const again = methodEffect(many);
    const other = methodEffect(many, { seed: 7 });
    if (!("domains" in first) || !("domains" in again) || !("domains" in other))
      throw new Error("refused");
    expect(again.domains.housing!.ci95).toEqual(first.domains.housing!.ci95);
    expect(other.domains.housing!.ci95).not.toEqual(first.domains.housing!.ci95);
    expect(
      Math.abs(other.domains.housing!.ci95![0] - first.domains.housing!.ci95![0]),
    ).toBeLessThan(0.05);
  });

  it("switches to the bootstrap's normal limit only where the two agree", () => {
    const spread = (count: number) =>
      Array.from({ length: count }, (_, i) => mother(2, 2 + ((i * 0.61) % 4) - 1.2));
    const below = methodEffect(spread(NORMAL_LIMIT_FROM_PAIRS - 1));
    const at = methodEffect(spread(NORMAL_LIMIT_FROM_PAIRS));
    if (!("domains" in below) || !("domains" in at)) throw new Error("refused");
    const boot = below.domains.housing!;
    const normal = at.domains.housing!;
    // The normal limit by hand for the 1,000 pairs: mean ± 1.96 · s · √((n−1)/n) / √n.
    const n = NORMAL_LIMIT_FROM_PAIRS;
    const half = (1.959963984540054 * normal.sdChange! * Math.sqrt((n - 1) / n)) / Math.sqrt(n);
    expect(normal.ci95![0]).toBeCloseTo(normal.meanChange! - half, 12);
    // One pair more or less changes nothing visible: the bootstrap of 999 pairs and the
    // normal limit of 1,000 differ by less than 5% of the interval's width.
    const width = normal.ci95![1] - normal.ci95![0];
    expect(Math.abs(boot.ci95![0] - normal.ci95![0])).toBeLessThan(0.05 * width);
    expect(Math.abs(boot.ci95![1] - normal.ci95![1])).toBeLessThan(0.05 * width);
  });

  it("gives no interval for fewer than five pairs, and nothing without pairs", () => {
    const few = methodEffect(group.slice(0, 4));
    if (!("domains" in few)) throw new Error("refused");
    expect(few.domains.housing).toMatchObject({ n: 4, ci95: null });
    expect(few.domains.housing!.meanChange).toBeCloseTo(1, 12);
    const none = methodEffect([mother(2, undefined)]);
    if (!("domains" in none)) throw new Error("refused");
    expect(none.domains.housing).toEqual({
      n: 0,
      leftOut: 1,
      meanChange: null,
      sdChange: null,
      effectSize: null,
      ci95: null,
    });
  });

  it("refuses to add up measurements of different instruments, with a reason", () => {
    const refused = methodEffect([
      ...group,
      mother(2, 3, { id: "miriam-self-evaluation", version: 2 }),
    ]);
    expect("reason" in refused && refused.reason.nl).toMatch(/verschillende instrumenten/);
    expect("instruments" in refused && refused.instruments).toHaveLength(2);
  });
});

describe("compareCohorts", () => {
  it("gives the second cohort's mean change minus the first's, with an interval around it", () => {
    const later = T0.map((t0, i) => mother(t0, t0 + DIFFERENCES[i]! + 1));
    const compared = compareCohorts(group, later);
    if (!("domains" in compared)) throw new Error("refused");
    const housing = compared.domains.housing!;
    expect(housing.n).toEqual([6, 6]);
    expect(housing.difference).toBeCloseTo(1, 12);
    expect(housing.ci95![0]).toBeLessThan(1);
    expect(housing.ci95![1]).toBeGreaterThan(1);
  });

  it("refuses cohorts measured with different instruments", () => {
    const other = T0.map((t0) => mother(t0, t0, { id: "project-scale", version: 1 }));
    expect("reason" in compareCohorts(group, other)).toBe(true);
  });
});
