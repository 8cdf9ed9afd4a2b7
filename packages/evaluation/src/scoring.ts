import type { InstrumentDefinition, InstrumentItem, Timepoint } from "@miriam/schemas";

/** The answers of one `measurement.recorded` event: a number, or `null` when not answered. */
export type Answers = Readonly<Record<string, number | null>>;

/** Why an answer was left out of the scores. */
export interface AnswerProblem {
  /** The item id as recorded. */
  readonly item: string;
  /** What is wrong with it, for the person who recorded it. */
  readonly problem: "unknown-item" | "not-asked-at-timepoint" | "out-of-scale" | "not-yes-no";
}

/** The scores of one measurement, computed from the instrument's definition. */
export interface MeasurementScores {
  /** The instrument it was scored with. */
  readonly instrument: { readonly id: string; readonly version: number };
  /** When it was taken. */
  readonly timepoint: Timepoint;
  /**
   * Score per life domain that has items asked at this timepoint; `null` when fewer than
   * `minAnswered` of the domain's items were answered.
   */
  readonly domains: Readonly<Record<string, number | null>>;
  /** Self-reliance score, or `null` (no such item, or too few answered). */
  readonly selfReliance: number | null;
  /**
   * Score of the items that measure something else (e.g. a project's own empowerment
   * scale), or `null`.
   */
  readonly other: number | null;
  /** Her answer to "is your situation better than at the start?", or `null` when not asked or not answered. */
  readonly overallImprovement: boolean | null;
  /** Items asked at this timepoint. */
  readonly asked: number;
  /** Of those, items answered with a usable value. */
  readonly answered: number;
  /** Answers that were left out, and why. */
  readonly problems: readonly AnswerProblem[];
}

/** Whether an item is asked at a timepoint (items without `timepoints` are asked at every one). Pure. */
export function isAskedAt(item: InstrumentItem, timepoint: Timepoint): boolean {
  return item.timepoints === undefined || item.timepoints.includes(timepoint);
}

/**
 * Scores one measurement from the instrument's definition. Pure.
 *
 * - Reverse-coded items count as `min + max - answer`, so a high score is always better.
 * - A yes/no item that belongs to a score counts yes as the scale's maximum and no as its
 *   minimum, so it weighs like a scale item.
 * - A score is the mean or sum (`scoring.method`) of the answered items; it is `null` when
 *   the answered share of its items asked at this timepoint is below `scoring.minAnswered`.
 *   A sum over fewer items than asked is scaled up to all of them, so that sums stay
 *   comparable between t0 and t1.
 * - Items not asked at the timepoint (their `timepoints`) are ignored, answered or not.
 * - Answers off the scale (or other than 0/1 on a yes/no item) and unknown item ids are
 *   left out and listed in `problems`.
 *
 * @example
 * ```ts
 * const scores = scoreMeasurement(selfEvaluationInstrument, "t1", { "satisfaction-housing": 7 });
 * scores.domains.housing; // 7
 * ```
 */
export function scoreMeasurement(
  instrument: InstrumentDefinition,
  timepoint: Timepoint,
  answers: Answers,
): MeasurementScores {
  const { min, max } = instrument.scale;
  const plan = planOf(instrument, timepoint);
  const problems: AnswerProblem[] = [];
  for (const id in answers) {
    const asked = plan.askedById.get(id);
    if (asked === undefined) problems.push({ item: id, problem: "unknown-item" });
    else if (!asked && answers[id] !== null)
      problems.push({ item: id, problem: "not-asked-at-timepoint" });
  }

  // Plain arrays: a typed array costs more to make than these few additions save.
  const sums: number[] = new Array<number>(plan.scores.length).fill(0);
  const counts: number[] = new Array<number>(plan.scores.length).fill(0);
  let answered = 0;
  let overallImprovement: boolean | null = null;
  for (const { item, score } of plan.asked) {
    const raw = answers[item.id];
    if (raw === undefined || raw === null) continue;
    const answer = usable(item, raw, min, max);
    if (answer === "invalid") {
      problems.push({
        item: item.id,
        problem: item.response === "yes-no" ? "not-yes-no" : "out-of-scale",
      });
      continue;
    }
    answered++;
    if (score === -1) {
      // A scale-type overall item counts as "better" above the scale's midpoint.
      overallImprovement ??= item.response === "yes-no" ? answer === 1 : answer > (min + max) / 2;
      continue;
    }
    let scaled = item.response === "yes-no" ? (answer === 1 ? max : min) : answer;
    if (item.reverse === true) scaled = min + max - scaled;
    sums[score] = (sums[score] ?? 0) + scaled;
    counts[score] = (counts[score] ?? 0) + 1;
  }

  const domains: Record<string, number | null> = {};
  let selfReliance: number | null = null;
  let other: number | null = null;
  for (let index = 0; index < plan.scores.length; index++) {
    const score = plan.scores[index]!;
    const value = scoreOf(instrument, score.asked, sums[index] ?? 0, counts[index] ?? 0);
    if (score.key === SELF_RELIANCE) selfReliance = value;
    else if (score.key === OTHER) other = value;
    else if (typeof score.key === "string") domains[score.key] = value;
  }

  return {
    instrument: { id: instrument.id, version: instrument.version },
    timepoint,
    domains,
    selfReliance,
    other,
    overallImprovement,
    asked: plan.asked.length,
    answered,
    problems,
  };
}

/** A score from the sum and count of its answered items, or `null` when too few were. */
function scoreOf(
  instrument: InstrumentDefinition,
  asked: number,
  sum: number,
  count: number,
): number | null {
  if (count === 0 || count / asked < instrument.scoring.minAnswered) return null;
  return instrument.scoring.method === "mean" ? sum / count : (sum * asked) / count;
}

const SELF_RELIANCE = Symbol("self-reliance");
const OTHER = Symbol("other");

/** How an instrument is scored at one timepoint: worked out once, used for every answer sheet. */
interface ScoringPlan {
  /** Every item of the instrument by id: whether it is asked at this timepoint. */
  readonly askedById: ReadonlyMap<string, boolean>;
  /** Items asked, each with the index of the score it counts for (-1: overall improvement). */
  readonly asked: readonly { readonly item: InstrumentItem; readonly score: number }[];
  /** Scores: a domain code, self-reliance or other, and how many items were asked for it. */
  readonly scores: readonly { readonly key: string | symbol; readonly asked: number }[];
}

// Instruments are immutable data: plans are cached per definition object, so a report of
// 100,000 trajectories plans each instrument once per timepoint.
const plans = new WeakMap<InstrumentDefinition, Map<Timepoint, ScoringPlan>>();

function planOf(instrument: InstrumentDefinition, timepoint: Timepoint): ScoringPlan {
  let byTimepoint = plans.get(instrument);
  if (byTimepoint === undefined) {
    byTimepoint = new Map();
    plans.set(instrument, byTimepoint);
  }
  const cached = byTimepoint.get(timepoint);
  if (cached !== undefined) return cached;
  const scores: { key: string | symbol; asked: number }[] = [];
  const indexOf = new Map<string | symbol, number>();
  const asked: { item: InstrumentItem; score: number }[] = [];
  for (const item of instrument.items) {
    if (!isAskedAt(item, timepoint)) continue;
    if (item.measures === "overall-improvement") {
      asked.push({ item, score: -1 });
      continue;
    }
    const key =
      item.measures === "domain-satisfaction" && item.domain !== undefined
        ? item.domain
        : item.measures === "self-reliance"
          ? SELF_RELIANCE
          : OTHER;
    let index = indexOf.get(key);
    if (index === undefined) {
      index = scores.length;
      indexOf.set(key, index);
      scores.push({ key, asked: 0 });
    }
    scores[index]!.asked++;
    asked.push({ item, score: index });
  }
  const askedById = new Map(
    instrument.items.map((item) => [item.id, isAskedAt(item, timepoint)] as const),
  );
  const plan = { askedById, asked, scores };
  byTimepoint.set(timepoint, plan);
  return plan;
}

function usable(
  item: InstrumentItem,
  answer: number,
  min: number,
  max: number,
): number | "invalid" {
  if (!Number.isFinite(answer)) return "invalid";
  if (item.response === "yes-no") return answer === 0 || answer === 1 ? answer : "invalid";
  return answer >= min && answer <= max ? answer : "invalid";
}
