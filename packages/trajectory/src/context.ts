import type {
  ClosingOutcome,
  ConsentScope,
  DropOutReason,
  GoalStatus,
  InformationTalkDecision,
  PauseReason,
  PositiveExitReason,
  Right,
  RightStatus,
} from "@miriam/schemas";

/** A goal of the personal plan as the trajectory knows it: its life domain and status. */
export interface GoalRecord {
  /** Life-domain code of the goal. */
  readonly domain: string;
  /** Where the goal stands now. */
  readonly status: GoalStatus;
}

/** One pause of the trajectory; `to` is null while she is still paused. */
export interface PausePeriod {
  /** When the pause started (timestamp of `trajectory.paused`). */
  readonly from: string;
  /** When she resumed (timestamp of `trajectory.resumed`), or null while paused. */
  readonly to: string | null;
  /** Why the trajectory was paused. */
  readonly reason: PauseReason;
}

/** How the trajectory was closed. */
export interface ClosingRecord {
  /** When it was closed. */
  readonly at: string;
  /** The outcome. */
  readonly outcome: ClosingOutcome;
  /**
   * The reason code: why she dropped out (`dropped-out`) or what she left early for
   * (`positive-early-exit`). An older log's drop-out for work or training is recorded as
   * the positive early exit it means, so a retired drop-out reason never appears here.
   */
  readonly reason?: DropOutReason | PositiveExitReason;
}

/** The handover to the regular social worker, or the record that none was needed. */
export interface HandoverRecord {
  /** When it was done. */
  readonly at: string;
  /** To a social worker, or none needed. */
  readonly to: "social-worker" | "none-needed";
}

/** The referral that opened the trajectory. */
export interface ReferralRecord {
  /** Pseudonymous id of the trajectory. */
  readonly trajectoryId: string;
  /** Project of the referral. */
  readonly projectId: string;
  /** Group she was referred to. */
  readonly groupId: string;
  /** When she was referred. */
  readonly at: string;
}

/** Consent to processing and the scopes in force. */
export interface ConsentRecord {
  /** When she first consented to processing: her enrolment. */
  readonly enrolledAt: string | null;
  /** The consent scopes in force now. */
  readonly scopes: readonly ConsentScope[];
  /** When she withdrew consent to processing; after that only closing is possible. */
  readonly withdrawnAt: string | null;
}

/** The one-off steps of the trajectory and when they happened (null: not yet). */
export interface Milestones {
  /** When the first information talk was held. */
  readonly informationTalkAt: string | null;
  /** Her decision at the latest information talk. */
  readonly decision: InformationTalkDecision | null;
  /** When the intake talk was held. */
  readonly intakeAt: string | null;
  /** When the baseline measurement (t0) was recorded. */
  readonly baselineAt: string | null;
  /** When the personal plan was agreed. */
  readonly planAgreedAt: string | null;
  /** When the end measurement (t1) was recorded. */
  readonly endMeasurementAt: string | null;
  /** When the evaluation talk was held. */
  readonly evaluationAt: string | null;
  /** Whether the certificate was handed over at the evaluation. */
  readonly certificateHandedOver: boolean | null;
  /** The handover record. */
  readonly handover: HandoverRecord | null;
  /** How the trajectory was closed; null while open. */
  readonly closing: ClosingRecord | null;
}

/** The individual track: what happened between her and the case manager. */
export interface IndividualTrack {
  /** When individual contacts (`contact.held`) took place, in the canonical order (by time). */
  readonly contactsAt: readonly string[];
  /** Number of referrals to partners. */
  readonly partnerReferrals: number;
  /** The rights check: status per right code. */
  readonly rights: Readonly<Partial<Record<Right, RightStatus>>>;
  /** When mid-term reviews were held. */
  readonly reviewsAt: readonly string[];
  /** When mid-term measurements were recorded. */
  readonly midMeasurementsAt: readonly string[];
}

/** The collective track: the group sessions she attended (from the group's log). */
export interface CollectiveTrack {
  /** Dates (YYYY-MM-DD) of the sessions she attended, in the order folded in. */
  readonly sessionDates: readonly string[];
  /** Ids of those sessions (the `group-session.held` events). */
  readonly sessionIds: readonly string[];
}

/** What happened after the handover. */
export interface FollowUpRecord {
  /** When follow-up talks were held. */
  readonly talksAt: readonly string[];
  /** When follow-up measurements were recorded. */
  readonly measurementsAt: readonly string[];
}

/**
 * What a trajectory's accepted events established: the statechart's context. Every field
 * is derived from the events; nothing here is entered directly. Timestamps are the
 * events' own `at` values (ISO 8601 with offset).
 *
 * The hard rules read only this context, never the chart's state value, so a rule can be
 * checked without the machine. The fields are grouped on purpose: XState copies the
 * top level of the context on every update, and a wide object is much slower to copy.
 */
export interface TrajectoryContext {
  /** The referral; null before it. */
  readonly referral: ReferralRecord | null;
  /** Consent to processing. */
  readonly consent: ConsentRecord;
  /** One-off steps. */
  readonly milestones: Milestones;
  /** The goals of the personal plan by goal id. */
  readonly goals: Readonly<Record<string, GoalRecord>>;
  /** The individual track. */
  readonly individual: IndividualTrack;
  /** The collective track. */
  readonly collective: CollectiveTrack;
  /** Pauses, oldest first; the last one is open while she is paused. */
  readonly pauses: readonly PausePeriod[];
  /** After the handover. */
  readonly followUp: FollowUpRecord;
  /** Number of policy signals raised from this trajectory. */
  readonly signalsRaised: number;
  /** Timestamp of the last accepted event. */
  readonly lastEventAt: string | null;
}

/** The context before any event. */
export const emptyContext: TrajectoryContext = {
  referral: null,
  consent: { enrolledAt: null, scopes: [], withdrawnAt: null },
  milestones: {
    informationTalkAt: null,
    decision: null,
    intakeAt: null,
    baselineAt: null,
    planAgreedAt: null,
    endMeasurementAt: null,
    evaluationAt: null,
    certificateHandedOver: null,
    handover: null,
    closing: null,
  },
  goals: {},
  individual: {
    contactsAt: [],
    partnerReferrals: 0,
    rights: {},
    reviewsAt: [],
    midMeasurementsAt: [],
  },
  collective: { sessionDates: [], sessionIds: [] },
  pauses: [],
  followUp: { talksAt: [], measurementsAt: [] },
  signalsRaised: 0,
  lastEventAt: null,
};

/** Whether she is paused now. Pure. */
export function isPausedContext(context: TrajectoryContext): boolean {
  // Checked on every replayed event: `pauses[-1]` of an empty list would be a slow lookup
  // of the property "-1", so the length is checked first.
  const { pauses } = context;
  return pauses.length > 0 && pauses[pauses.length - 1]!.to === null;
}
