import {
  type CurrentDropOutReason,
  dropOutReasons,
  type OutcomeIndicator,
  outcomeIndicators,
  type PositiveExitReason,
  positiveExitReasons,
} from "@miriam/schemas";
import type { ResolvedOptions } from "./_options";
import { daysBetween } from "./_time";
import { type Indicators, PARTICIPATION_COUNTS } from "./indicators";
import type { ParticipantSummary } from "./participant";

interface Paired {
  n: number;
  sumT0: number;
  sumT1: number;
}

/** A group's sessions, reduced to what indicators need: their dates and attendance. */
export interface SessionRecord {
  readonly date: string;
  readonly attendees: number;
}

/**
 * Running totals of everything the indicators need. Only sums and counts are kept, never
 * participants, so a programme of any size is tallied in constant memory per scope.
 * Tallies of groups merge into projects and projects into the programme.
 */
export class Tally {
  referred = 0;
  declined = 0;
  notStarted = 0;
  started = 0;
  completed = 0;
  positiveEarlyExit = 0;
  droppedOut = 0;
  otherClosed = 0;
  active = 0;
  readonly reasons = new Map<CurrentDropOutReason, number>();
  readonly positiveExits = new Map<PositiveExitReason, number>();
  contacts = 0;
  participantMonths = 0;
  readonly domains = new Map<string, Paired>();
  readonly selfReliance: Paired = { n: 0, sumT0: 0, sumT1: 0 };
  improvedN = 0;
  improvedYes = 0;
  overallN = 0;
  overallYes = 0;
  readonly indicators = new Map<OutcomeIndicator, { n: number; yesT0: number; yesT1: number }>();
  readonly fidelity = new Map<string, number>();
  sessionsHeld = 0;
  attendees = 0;
  gapSum = 0;
  gapCount = 0;
  gapMax: number | null = null;

  addParticipant(p: ParticipantSummary): void {
    this.referred++;
    if (p.enrolledAt === undefined) {
      if (p.status === "declined") this.declined++;
      else this.notStarted++;
      return;
    }
    this.started++;
    this.contacts += p.contacts;
    this.participantMonths += p.participantMonths;
    switch (p.status) {
      case "completed":
        this.completed++;
        break;
      case "positive-early-exit":
        this.positiveEarlyExit++;
        // The schema requires a reason, so a replayed summary always has one; a summary
        // made by hand without one is counted as an exit but under no reason (none is guessed).
        if (p.positiveExitReason !== undefined) increment(this.positiveExits, p.positiveExitReason);
        break;
      case "dropped-out":
        this.droppedOut++;
        if (p.dropOutReason !== undefined) increment(this.reasons, p.dropOutReason);
        else increment(this.reasons, "other");
        break;
      case "active":
      case "pending":
        this.active++;
        break;
      default:
        this.otherClosed++;
    }
    const t0 = p.scores.t0;
    const t1 = p.scores.t1;
    let paired = false;
    let improved = false;
    if (t0 !== undefined && t1 !== undefined) {
      // `for...in` rather than `Object.entries`: no array of pairs per mother.
      for (const domain in p.change.domains) {
        const change = p.change.domains[domain]!;
        paired = true;
        if (change > 0) improved = true;
        addPaired(this.domains, domain, t0.domains[domain] ?? 0, t1.domains[domain] ?? 0);
      }
      if (p.change.selfReliance !== null && t0.selfReliance !== null && t1.selfReliance !== null) {
        this.selfReliance.n++;
        this.selfReliance.sumT0 += t0.selfReliance;
        this.selfReliance.sumT1 += t1.selfReliance;
      }
    }
    if (paired) {
      this.improvedN++;
      if (improved) this.improvedYes++;
    }
    if (p.overallImprovement !== null) {
      this.overallN++;
      if (p.overallImprovement) this.overallYes++;
    }
    for (const code of outcomeIndicators.codes) {
      const before = p.indicators.t0[code];
      const after = p.indicators.t1[code];
      if (before === undefined || after === undefined) continue;
      let figure = this.indicators.get(code);
      if (figure === undefined) {
        figure = { n: 0, yesT0: 0, yesT1: 0 };
        this.indicators.set(code, figure);
      }
      figure.n++;
      if (before) figure.yesT0++;
      if (after) figure.yesT1++;
    }
  }

  addFidelity(codes: Iterable<string>): void {
    for (const code of codes) increment(this.fidelity, code);
  }

  /** One group's sessions: cadence is only meaningful between sessions of the same group. */
  addGroupSessions(sessions: readonly SessionRecord[]): void {
    const ordered = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const [index, session] of ordered.entries()) {
      this.sessionsHeld++;
      this.attendees += session.attendees;
      const previous = ordered[index - 1];
      if (previous === undefined) continue;
      const gap = daysBetween(previous.date, session.date);
      this.gapSum += gap;
      this.gapCount++;
      this.gapMax = this.gapMax === null ? gap : Math.max(this.gapMax, gap);
    }
  }

  merge(other: Tally): void {
    for (const key of COUNTERS) this[key] += other[key];
    for (const [reason, n] of other.reasons) increment(this.reasons, reason, n);
    for (const [reason, n] of other.positiveExits) increment(this.positiveExits, reason, n);
    for (const [domain, paired] of other.domains) {
      const mine = this.domains.get(domain);
      if (mine === undefined) this.domains.set(domain, { ...paired });
      else {
        mine.n += paired.n;
        mine.sumT0 += paired.sumT0;
        mine.sumT1 += paired.sumT1;
      }
    }
    this.selfReliance.n += other.selfReliance.n;
    this.selfReliance.sumT0 += other.selfReliance.sumT0;
    this.selfReliance.sumT1 += other.selfReliance.sumT1;
    for (const [code, figure] of other.indicators) {
      const mine = this.indicators.get(code);
      if (mine === undefined) this.indicators.set(code, { ...figure });
      else {
        mine.n += figure.n;
        mine.yesT0 += figure.yesT0;
        mine.yesT1 += figure.yesT1;
      }
    }
    for (const [code, n] of other.fidelity) increment(this.fidelity, code, n);
    if (other.gapMax !== null)
      this.gapMax = this.gapMax === null ? other.gapMax : Math.max(this.gapMax, other.gapMax);
  }

  /** The indicators with every figure shown. */
  indicatorsOf(options: ResolvedOptions): Indicators {
    const ended = this.completed + this.positiveEarlyExit + this.droppedOut + this.otherClosed;
    return {
      participation: {
        referred: this.referred,
        declined: this.declined,
        notStarted: this.notStarted,
        started: this.started,
        completed: this.completed,
        positiveEarlyExit: this.positiveEarlyExit,
        droppedOut: this.droppedOut,
        otherClosed: this.otherClosed,
        active: this.active,
        ended,
        completionRate: ratio(this.completed, ended),
        resultRate: ratio(this.completed + this.positiveEarlyExit, ended),
      },
      positiveExitByReason: Object.fromEntries(
        positiveExitReasons.codes.map((code) => [code, this.positiveExits.get(code) ?? 0]),
      ) as Record<PositiveExitReason, number>,
      dropOutByReason: Object.fromEntries(
        dropOutReasons.codes.map((code) => [code, this.reasons.get(code) ?? 0]),
      ) as Record<CurrentDropOutReason, number>,
      sessions: {
        held: this.sessionsHeld,
        meanAttendance: ratio(this.attendees, this.sessionsHeld),
        meanDaysBetween: ratio(this.gapSum, this.gapCount),
        maxDaysBetween: this.gapMax,
      },
      contactsPerParticipantMonth: ratio(this.contacts, this.participantMonths),
      domains: options.domains.map(({ code }) => ({
        domain: code,
        ...scoreFigures(this.domains.get(code)),
      })),
      selfReliance: scoreFigures(this.selfReliance),
      improvedInAnyDomain: share(this.improvedYes, this.improvedN),
      overallImprovement: share(this.overallYes, this.overallN),
      outcomeIndicators: outcomeIndicators.codes.map((indicator) => {
        const figure = this.indicators.get(indicator) ?? { n: 0, yesT0: 0, yesT1: 0 };
        return {
          indicator,
          n: figure.n,
          yesT0: figure.yesT0,
          noT0: figure.n - figure.yesT0,
          yesT1: figure.yesT1,
          noT1: figure.n - figure.yesT1,
          shareT0: ratio(figure.yesT0, figure.n),
          shareT1: ratio(figure.yesT1, figure.n),
        };
      }),
      fidelity: [...this.fidelity]
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
        .map(([code, count]) => ({ code, count })),
    };
  }
}

const COUNTERS = [
  ...PARTICIPATION_COUNTS,
  "contacts",
  "participantMonths",
  "improvedN",
  "improvedYes",
  "overallN",
  "overallYes",
  "sessionsHeld",
  "attendees",
  "gapSum",
  "gapCount",
] as const satisfies readonly (keyof Tally)[];

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function addPaired(map: Map<string, Paired>, key: string, t0: number, t1: number): void {
  let paired = map.get(key);
  if (paired === undefined) {
    paired = { n: 0, sumT0: 0, sumT1: 0 };
    map.set(key, paired);
  }
  paired.n++;
  paired.sumT0 += t0;
  paired.sumT1 += t1;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function share(yes: number, n: number) {
  return { n, yes, no: n - yes, share: ratio(yes, n) };
}

function scoreFigures(paired: Paired | undefined) {
  const { n, sumT0, sumT1 } = paired ?? { n: 0, sumT0: 0, sumT1: 0 };
  const meanT0 = ratio(sumT0, n);
  const meanT1 = ratio(sumT1, n);
  return {
    n,
    meanT0,
    meanT1,
    meanChange: meanT0 === null || meanT1 === null ? null : meanT1 - meanT0,
  };
}
