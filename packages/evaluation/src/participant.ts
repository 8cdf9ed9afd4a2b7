import type {
  ClosingOutcome,
  CurrentDropOutReason,
  OutcomeIndicator,
  PositiveExitReason,
  Timepoint,
  TrajectoryEvent,
  TrajectoryEventOf,
} from "@miriam/schemas";
import { effectiveEvents, inEventOrder, replay, type TrajectoryReplay } from "@miriam/trajectory";
import { instrumentKey, type ResolvedOptions, resolveOptions } from "./_options";
import { DAYS_PER_MONTH, daysBetween } from "./_time";
import type { EvaluationOptions } from "./options";
import { type MeasurementScores, scoreMeasurement } from "./scoring";

/**
 * Where a participant stands for evaluation: not started yet (`pending`), in the
 * trajectory (`active`), or closed with its outcome.
 */
export type ParticipationStatus = "pending" | "active" | ClosingOutcome;

/** Outcome indicators as recorded at one timepoint (an indicator left out is unknown). */
export type IndicatorValues = Readonly<Partial<Record<OutcomeIndicator, boolean>>>;

/** Differences t1 − t0, only where both scores exist and the same instrument version was used. */
export interface ScoreChange {
  /** Change per life domain. */
  readonly domains: Readonly<Record<string, number>>;
  /** Change in self-reliance, or `null`. */
  readonly selfReliance: number | null;
  /** Change in the instrument's other score, or `null`. */
  readonly other: number | null;
}

/** What evaluation needs of one trajectory, computed from its events. */
export interface ParticipantSummary {
  /** Pseudonymous trajectory id. */
  readonly trajectoryId: string;
  /** Project (OCMW) and group from the referral, if recorded. */
  readonly projectId: string | undefined;
  /** The group she was referred to. */
  readonly groupId: string | undefined;
  /** Where she stands. */
  readonly status: ParticipationStatus;
  /** Why she stopped, when `status` is `dropped-out`. */
  readonly dropOutReason: CurrentDropOutReason | undefined;
  /** What she left early for, when `status` is `positive-early-exit`. */
  readonly positiveExitReason: PositiveExitReason | undefined;
  /** When consent was given: enrolment, the start of participation. */
  readonly enrolledAt: string | undefined;
  /** When the trajectory was closed. */
  readonly closedAt: string | undefined;
  /**
   * Months in the trajectory, from enrolment to closing (or `asOf`, or her last event),
   * leaving out paused periods. 0 when not enrolled.
   */
  readonly participantMonths: number;
  /** Individual contacts held (`contact.held`) after enrolment. */
  readonly contacts: number;
  /** Scores per timepoint; the last measurement of a timepoint wins (a correction). */
  readonly scores: Readonly<Partial<Record<Timepoint, MeasurementScores>>>;
  /** t1 − t0. */
  readonly change: ScoreChange;
  /** Her answer at t1 to "is your situation better than at the start?", or `null`. */
  readonly overallImprovement: boolean | null;
  /** Outcome indicators at t0 and t1 (from `measurement.recorded`). */
  readonly indicators: { readonly t0: IndicatorValues; readonly t1: IndicatorValues };
  /**
   * What could not be used, in plain words without personal data (e.g. a measurement
   * with an instrument the options do not know).
   */
  readonly problems: readonly string[];
}

/**
 * Summarises one trajectory's events for evaluation: status, enrolment, participant-
 * months, contacts, scores at t0 / t1 / follow-up, their change, the overall-improvement
 * answer and outcome indicators. The events are replayed with `@miriam/trajectory`, so
 * status and dates are the statechart's and events it refuses are left out; pass the
 * replay as `replayed` when you already have it. Pure.
 *
 * @example
 * ```ts
 * const summary = summariseParticipant(eventsOfOneTrajectory);
 * summary.change.domains.housing; // e.g. 2.5
 * ```
 */
export function summariseParticipant(
  events: readonly TrajectoryEvent[],
  options?: EvaluationOptions,
  replayed?: TrajectoryReplay,
): ParticipantSummary {
  return summarise(events, resolveOptions(options), replayed ?? replay(events));
}

/**
 * {@link summariseParticipant} with options resolved once per report and the replay at
 * hand. Status, dates, pauses and contacts are the statechart's (its context); the
 * measurements' answers, which the context does not keep, are read from the accepted
 * events.
 */
export function summarise(
  events: readonly TrajectoryEvent[],
  options: ResolvedOptions,
  replayed: TrajectoryReplay,
): ParticipantSummary {
  const { referral, consent, milestones, pauses, individual, lastEventAt } = replayed.state.context;
  const refused = refusedEventIds(replayed);
  // Her events as corrected (voided ones left out): what the replay applied.
  const effective = replayed.corrections.length === 0 ? events : effectiveEvents(events).events;
  const ordered = inEventOrder(
    refused.size === 0 ? effective : effective.filter((e) => !refused.has(e.id)),
  );
  const problems: string[] = [];
  if (refused.size > 0)
    problems.push(
      `${refused.size} event(s) were refused by the method's hard rules and are left out.`,
    );

  const measurements = new Map<Timepoint, TrajectoryEventOf<"measurement.recorded">>();
  for (const event of ordered)
    if (event.type === "measurement.recorded") measurements.set(event.data.timepoint, event);

  const closing = milestones.closing;
  const enrolledAt = consent.enrolledAt ?? undefined;
  const end = closing?.at ?? options.asOf ?? lastEventAt ?? undefined;
  let participantMonths = 0;
  if (enrolledAt !== undefined && end !== undefined) {
    let days = daysBetween(enrolledAt, end);
    // Timestamps may carry different offsets: compare instants, never strings.
    const endTime = Date.parse(end);
    for (const pause of pauses) {
      const to = Math.min(pause.to === null ? endTime : Date.parse(pause.to), endTime);
      days -= Math.max(0, (to - Date.parse(pause.from)) / 86_400_000);
    }
    participantMonths = Math.max(0, days) / DAYS_PER_MONTH;
  }

  const scores: Partial<Record<Timepoint, MeasurementScores>> = {};
  for (const [timepoint, event] of measurements) {
    const { id, version } = event.data.instrument;
    const instrument = options.instruments.get(instrumentKey(id, version));
    if (instrument === undefined) {
      problems.push(
        `The ${timepoint} measurement uses instrument "${id}" version ${version}, which the report was not given: it is left out.`,
      );
      continue;
    }
    scores[timepoint] = scoreMeasurement(instrument, timepoint, event.data.answers);
  }

  const t0 = scores.t0;
  const t1 = scores.t1;
  let change: ScoreChange = { domains: {}, selfReliance: null, other: null };
  if (t0 !== undefined && t1 !== undefined) {
    if (t0.instrument.id === t1.instrument.id && t0.instrument.version === t1.instrument.version) {
      change = difference(t0, t1);
    } else {
      problems.push(
        "t0 and t1 were measured with different instruments or versions: no change is computed.",
      );
    }
  }

  const status: ParticipationStatus =
    closing?.outcome ?? (enrolledAt !== undefined ? "active" : "pending");

  return {
    trajectoryId: referral?.trajectoryId ?? events[0]?.trajectoryId ?? "",
    projectId: referral?.projectId,
    groupId: referral?.groupId,
    status,
    // The replay records an older log's drop-out for work or training as the positive early
    // exit it means, so these casts only narrow what the closing's outcome already says.
    dropOutReason:
      closing?.outcome === "dropped-out" ? (closing.reason as CurrentDropOutReason) : undefined,
    positiveExitReason:
      closing?.outcome === "positive-early-exit"
        ? (closing.reason as PositiveExitReason)
        : undefined,
    enrolledAt,
    closedAt: closing?.at,
    participantMonths,
    contacts: individual.contactsAt.length,
    scores,
    change,
    overallImprovement: t1?.overallImprovement ?? null,
    indicators: {
      t0: measurements.get("t0")?.data.indicators ?? {},
      t1: measurements.get("t1")?.data.indicators ?? {},
    },
    problems,
  };
}

function difference(t0: MeasurementScores, t1: MeasurementScores): ScoreChange {
  const domains: Record<string, number> = {};
  for (const domain in t1.domains) {
    const after = t1.domains[domain] ?? null;
    const before = t0.domains[domain];
    if (after !== null && before !== null && before !== undefined) domains[domain] = after - before;
  }
  return {
    domains,
    selfReliance: delta(t0.selfReliance, t1.selfReliance),
    other: delta(t0.other, t1.other),
  };
}

function delta(before: number | null, after: number | null): number | null {
  return before !== null && after !== null ? after - before : null;
}

/** Ids of the trajectory's own events that the statechart refused (not attendance). */
function refusedEventIds(replayed: TrajectoryReplay): ReadonlySet<string> {
  if (replayed.refused.length === 0) return NO_IDS;
  const ids = new Set<string>();
  for (const r of replayed.refused) if (r.source === "trajectory") ids.add(r.eventId);
  return ids;
}

const NO_IDS: ReadonlySet<string> = new Set();
