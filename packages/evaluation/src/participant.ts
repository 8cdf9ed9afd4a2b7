import type {
  ClosingOutcome,
  DropOutReason,
  OutcomeIndicator,
  Timepoint,
  TrajectoryEvent,
  TrajectoryEventOf,
} from "@miriam/schemas";
import { replay, type TrajectoryReplay } from "@miriam/trajectory";
import { instrumentKey, type ResolvedOptions, resolveOptions } from "./_options";
import { byInstant, DAYS_PER_MONTH, daysBetween } from "./_time";
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
  readonly dropOutReason: DropOutReason | undefined;
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
  return summarise(events, resolveOptions(options), replayed ?? replay(byInstant(events)));
}

/** What the summary needs from the trajectory's life, whoever worked it out. */
interface Facts {
  trajectoryId: string;
  projectId: string | undefined;
  groupId: string | undefined;
  enrolledAt: string | undefined;
  closing: { at: string; outcome: ClosingOutcome; reason?: DropOutReason } | undefined;
  pauses: { from: string; to: string | null }[];
  contacts: number;
  lastEventAt: string | undefined;
}

/** The statechart's view: the source of truth whenever a replay is at hand. */
function factsOfReplay(replayed: TrajectoryReplay): Facts {
  const context = replayed.state.context;
  return {
    trajectoryId: context.referral?.trajectoryId ?? "",
    projectId: context.referral?.projectId,
    groupId: context.referral?.groupId,
    enrolledAt: context.consent.enrolledAt ?? undefined,
    closing: context.milestones.closing ?? undefined,
    pauses: [...context.pauses],
    contacts: context.individual.contactsAt.length,
    lastEventAt: context.lastEventAt ?? undefined,
  };
}

/**
 * The events' own account, for programme-size reports that skip the replay because the
 * logs were checked already (e.g. by `miriam check`). It reads data only: no rule of the
 * method is applied here.
 */
function factsOfEvents(ordered: readonly TrajectoryEvent[]): Facts {
  const facts: Facts = {
    trajectoryId: ordered[0]?.trajectoryId ?? "",
    projectId: undefined,
    groupId: undefined,
    enrolledAt: undefined,
    closing: undefined,
    pauses: [],
    contacts: 0,
    lastEventAt: ordered.at(-1)?.at,
  };
  for (const event of ordered) {
    switch (event.type) {
      case "trajectory.referred":
        facts.projectId = event.data.projectId;
        facts.groupId = event.data.groupId;
        break;
      case "consent.given":
        facts.enrolledAt ??= event.at;
        break;
      case "contact.held":
        facts.contacts++;
        break;
      case "trajectory.paused":
        facts.pauses.push({ from: event.at, to: null });
        break;
      case "trajectory.resumed": {
        const last = facts.pauses.at(-1);
        if (last !== undefined && last.to === null) last.to = event.at;
        break;
      }
      case "trajectory.closed":
        facts.closing ??= {
          at: event.at,
          outcome: event.data.outcome,
          ...(event.data.outcome === "dropped-out" ? { reason: event.data.reason } : {}),
        };
        break;
    }
  }
  return facts;
}

/**
 * {@link summariseParticipant} with options resolved once per report. Without a replay
 * the events are taken as they are (see `factsOfEvents`).
 */
export function summarise(
  events: readonly TrajectoryEvent[],
  options: ResolvedOptions,
  replayed?: TrajectoryReplay,
): ParticipantSummary {
  const refused = new Set(
    replayed?.refused.filter((r) => r.source === "trajectory").map((r) => r.eventId),
  );
  const ordered = byInstant(refused.size === 0 ? events : events.filter((e) => !refused.has(e.id)));
  const facts = replayed === undefined ? factsOfEvents(ordered) : factsOfReplay(replayed);
  const problems: string[] = [];
  if (refused.size > 0)
    problems.push(
      `${refused.size} event(s) were refused by the method's hard rules and are left out.`,
    );

  const measurements = new Map<Timepoint, TrajectoryEventOf<"measurement.recorded">>();
  for (const event of ordered)
    if (event.type === "measurement.recorded") measurements.set(event.data.timepoint, event);

  const end = facts.closing?.at ?? options.asOf ?? facts.lastEventAt;
  let participantMonths = 0;
  if (facts.enrolledAt !== undefined && end !== undefined) {
    let days = daysBetween(facts.enrolledAt, end);
    // Timestamps may carry different offsets: compare instants, never strings.
    const endTime = Date.parse(end);
    for (const pause of facts.pauses) {
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
    facts.closing?.outcome ?? (facts.enrolledAt !== undefined ? "active" : "pending");

  return {
    trajectoryId: facts.trajectoryId || (events[0]?.trajectoryId ?? ""),
    projectId: facts.projectId,
    groupId: facts.groupId,
    status,
    dropOutReason: facts.closing?.outcome === "dropped-out" ? facts.closing.reason : undefined,
    enrolledAt: facts.enrolledAt,
    closedAt: facts.closing?.at,
    participantMonths,
    contacts: facts.contacts,
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
  for (const [domain, after] of Object.entries(t1.domains)) {
    const before = t0.domains[domain];
    if (after !== null && before !== null && before !== undefined) domains[domain] = after - before;
  }
  const delta = (a: number | null, b: number | null) => (a !== null && b !== null ? b - a : null);
  return {
    domains,
    selfReliance: delta(t0.selfReliance, t1.selfReliance),
    other: delta(t0.other, t1.other),
  };
}
