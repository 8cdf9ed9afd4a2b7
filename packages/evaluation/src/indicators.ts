import type { CurrentDropOutReason, OutcomeIndicator, PositiveExitReason } from "@miriam/schemas";

/**
 * Who got how far, as counts of trajectories. The counts partition each other:
 * `referred = declined + notStarted + started`,
 * `started = completed + positiveEarlyExit + droppedOut + otherClosed + active`,
 * `ended = completed + positiveEarlyExit + droppedOut + otherClosed`.
 */
export interface Participation<C, R> {
  /** Every referred mother. */
  readonly referred: C;
  /** Declined after the information talk (not a failure: participation is voluntary). */
  readonly declined: C;
  /** Referred but not enrolled for another reason (not eligible, moved, not decided yet). */
  readonly notStarted: C;
  /** Enrolled: consent given at intake. */
  readonly started: C;
  /** Of the started: completed the trajectory. */
  readonly completed: C;
  /**
   * Of the started: left early for work, training or an internship (see
   * `positiveExitByReason`): a result of the method, not a drop-out.
   */
  readonly positiveEarlyExit: C;
  /** Of the started: dropped out (see `dropOutByReason`). */
  readonly droppedOut: C;
  /** Of the started: closed otherwise (moved away, found not eligible). */
  readonly otherClosed: C;
  /** Of the started: still in the trajectory. */
  readonly active: C;
  /** Of the started: closed, whatever the outcome. */
  readonly ended: C;
  /** `completed / ended` (0–1): trajectories still running do not count against it. */
  readonly completionRate: R;
  /**
   * `(completed + positiveEarlyExit) / ended` (0–1): the share of ended trajectories that
   * ended with a result, the trajectory completed or left early for work, training or an
   * internship.
   */
  readonly resultRate: R;
}

/**
 * The counts of {@link Participation} in the order a report lists them: from referral,
 * through who started, to how the started ended (the derived `ended` and the rates
 * aside).
 */
export const PARTICIPATION_COUNTS = [
  "referred",
  "declined",
  "notStarted",
  "started",
  "completed",
  "positiveEarlyExit",
  "droppedOut",
  "otherClosed",
  "active",
] as const satisfies readonly (keyof Participation<unknown, unknown>)[];

/** Group sessions (the collective track). Not counts of people, so never suppressed. */
export interface SessionFigures {
  /** Sessions held. */
  readonly held: number;
  /** Mothers present per session, on average; `null` without sessions. */
  readonly meanAttendance: number | null;
  /** Days between one session and the next of the same group, on average. */
  readonly meanDaysBetween: number | null;
  /** The longest gap between two sessions of a group, in days. */
  readonly maxDaysBetween: number | null;
}

/** t0 and t1 scores of one score (a life domain, or self-reliance), over paired measurements. */
export interface ScoreFigures<C, R> {
  /** Participants with a score at both t0 and t1 (same instrument version). */
  readonly n: C;
  /** Mean score at t0 of those participants. */
  readonly meanT0: R;
  /** Mean score at t1 of those participants. */
  readonly meanT1: R;
  /** Mean change t1 − t0 (negative when it went down). */
  readonly meanChange: R;
}

/** A life domain's {@link ScoreFigures}. */
export interface DomainFigures<C, R> extends ScoreFigures<C, R> {
  /** The domain's code. */
  readonly domain: string;
}

/** A yes/no figure: how many said yes among those who answered, and the share. */
export interface ShareFigures<C, R> {
  /** Participants counted. */
  readonly n: C;
  /** Of those, yes. */
  readonly yes: C;
  /** Of those, no (`n - yes`). */
  readonly no: C;
  /** `yes / n` (0–1). */
  readonly share: R;
}

/** An outcome indicator at t0 and t1, among participants for whom both were recorded. */
export interface IndicatorFigures<C, R> {
  /** The indicator's code. */
  readonly indicator: OutcomeIndicator;
  /** Participants with the indicator recorded (yes or no) at both t0 and t1. */
  readonly n: C;
  /** Yes at t0. */
  readonly yesT0: C;
  /** No at t0. */
  readonly noT0: C;
  /** Yes at t1. */
  readonly yesT1: C;
  /** No at t1. */
  readonly noT1: C;
  /** `yesT0 / n`. */
  readonly shareT0: R;
  /** `yesT1 / n`. */
  readonly shareT1: R;
}

/** How often one fidelity signal was raised. */
export interface FidelityFigure<C> {
  /** The signal's code (from `@miriam/trajectory`). */
  readonly code: string;
  /** Signals raised with that code. */
  readonly count: C;
}

/**
 * The indicators of a group, a project (OCMW) or the programme (METHODOLOGY.md §8).
 * `C` is the type of counts of people and `R` of rates and means derived from them:
 * plain numbers in a {@link GroupReport}, numbers or `"suppressed"` in a
 * {@link FunderReport}. A rate or mean is `null` when there is nothing to compute it on.
 */
export interface IndicatorSet<C, R> {
  /** Referred, declined, started, completed, left early with a result, dropped out, rates. */
  readonly participation: Participation<C, R>;
  /** Positive early exits by what she left for; they add up to `participation.positiveEarlyExit`. */
  readonly positiveExitByReason: Readonly<Record<PositiveExitReason, C>>;
  /** Drop-outs by reason; the reasons add up to `participation.droppedOut`. */
  readonly dropOutByReason: Readonly<Record<CurrentDropOutReason, C>>;
  /** Group sessions held, their cadence and attendance. */
  readonly sessions: SessionFigures;
  /** Individual contacts per participant-month (paused months left out). */
  readonly contactsPerParticipantMonth: R;
  /** Scores per life domain at t0 and t1, in the order of the options' domains. */
  readonly domains: readonly DomainFigures<C, R>[];
  /** Self-reliance at t0 and t1. */
  readonly selfReliance: ScoreFigures<C, R>;
  /** Participants whose score rose in at least one life domain, among those with paired scores. */
  readonly improvedInAnyDomain: ShareFigures<C, R>;
  /**
   * Participants who answered yes at t1 to "is your situation better than at the start?",
   * among those who answered: the programme's headline figure.
   */
  readonly overallImprovement: ShareFigures<C, R>;
  /** Each outcome indicator at t0 and t1. */
  readonly outcomeIndicators: readonly IndicatorFigures<C, R>[];
  /** Fidelity signals per code, most frequent first; empty when none were given. */
  readonly fidelity: readonly FidelityFigure<C>[];
}

/** Indicators with every figure shown: for the case manager and coordinator, inside the OCMW. */
export type Indicators = IndicatorSet<number, number | null>;

/** What a hidden figure shows instead of its value in a published report. */
export const SUPPRESSED = "suppressed";

/** A count in a published report: the count, or {@link SUPPRESSED}. */
export type PublishedCount = number | typeof SUPPRESSED;

/** A rate or mean in a published report: the value, `null` (nothing to compute on), or {@link SUPPRESSED}. */
export type PublishedRate = number | null | typeof SUPPRESSED;

/** Indicators after small-cell suppression: what may leave the OCMW. */
export type PublishedIndicators = IndicatorSet<PublishedCount, PublishedRate>;
