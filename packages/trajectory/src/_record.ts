import {
  type Right,
  type RightStatus,
  type TrajectoryEventOf,
  upcastTrajectoryEvent,
} from "@miriam/schemas";
import type {
  CollectiveTrack,
  ConsentRecord,
  FollowUpRecord,
  GoalRecord,
  IndividualTrack,
  Milestones,
  PausePeriod,
  TrajectoryContext,
} from "./context";
import type { TrajectoryInput } from "./step";

/** An input of one type. */
export type InputOf<T extends TrajectoryInput["type"]> = T extends "group-session.attended"
  ? Extract<TrajectoryInput, { type: T }>
  : TrajectoryEventOf<Exclude<T, "group-session.attended">>;

type Recorders = {
  readonly [T in TrajectoryInput["type"]]: (draft: ContextDraft, event: InputOf<T>) => void;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// What a draft has copied and may therefore change in place, one bit per part.
const CONTEXT = 1;
const CONSENT = 1 << 1;
const MILESTONES = 1 << 2;
const GOALS = 1 << 3;
const INDIVIDUAL = 1 << 4;
const RIGHTS = 1 << 5;
const COLLECTIVE = 1 << 6;
const PAUSES = 1 << 7;
const FOLLOW_UP = 1 << 8;
const LISTS = {
  contactsAt: 1 << 9,
  reviewsAt: 1 << 10,
  midMeasurementsAt: 1 << 11,
  sessionDates: 1 << 12,
  sessionIds: 1 << 13,
  talksAt: 1 << 14,
  measurementsAt: 1 << 15,
} as const;

/**
 * A context being written, copy on first write: a part of the context it started from
 * (or was last {@link ContextDraft.rebase | rebased} on) is copied the first time it
 * changes, and changed in place after that. Contexts are immutable values everywhere
 * else; a draft lets one replay record thousands of events without copying the context,
 * its groups and its lists of dates on every one (an append was a copy of the whole
 * list). What the draft started from is never changed, and neither is an event.
 * @internal
 */
export class ContextDraft {
  private current: Mutable<TrajectoryContext>;
  private owned = 0;

  constructor(context: TrajectoryContext) {
    this.current = context;
  }

  /** The context as recorded so far (changes as the draft records more). */
  get context(): TrajectoryContext {
    return this.current;
  }

  /** Starts again from `context`, owning none of it (e.g. a context XState made). */
  rebase(context: TrajectoryContext): void {
    this.current = context;
    this.owned = 0;
  }

  /** Records an accepted input. */
  record(event: TrajectoryInput): void {
    (recorders[event.type] as (draft: ContextDraft, event: TrajectoryInput) => void)(this, event);
    this.top().lastEventAt = event.at;
  }

  /** The context itself, to replace a field of it. */
  top(): Mutable<TrajectoryContext> {
    if ((this.owned & CONTEXT) === 0) {
      this.current = copyContext(this.current);
      this.owned |= CONTEXT;
    }
    return this.current;
  }

  consent(): Mutable<ConsentRecord> {
    return this.part("consent", CONSENT) as Mutable<ConsentRecord>;
  }

  milestones(): Mutable<Milestones> {
    return this.part("milestones", MILESTONES) as Mutable<Milestones>;
  }

  goals(): Record<string, GoalRecord> {
    return this.part("goals", GOALS) as Record<string, GoalRecord>;
  }

  /** A group of the context, copied (one level deep) the first time. */
  private part(key: "consent" | "milestones" | "goals" | "collective" | "followUp", bit: number) {
    const context = this.top();
    if ((this.owned & bit) === 0) {
      (context as Record<typeof key, object>)[key] = { ...context[key] };
      this.owned |= bit;
    }
    return context[key];
  }

  individual(): Mutable<IndividualTrack> {
    const context = this.top();
    if ((this.owned & INDIVIDUAL) === 0) {
      const track = context.individual;
      // Field by field, in the context's order: V8 copies this several times faster than
      // a spread, and the individual track changes with every contact.
      context.individual = {
        contactsAt: track.contactsAt,
        partnerReferrals: track.partnerReferrals,
        rights: track.rights,
        reviewsAt: track.reviewsAt,
        midMeasurementsAt: track.midMeasurementsAt,
      };
      this.owned |= INDIVIDUAL;
    }
    return context.individual;
  }

  rights(): Partial<Record<Right, RightStatus>> {
    const track = this.individual();
    if ((this.owned & RIGHTS) === 0) {
      track.rights = { ...track.rights };
      this.owned |= RIGHTS;
    }
    return track.rights as Partial<Record<Right, RightStatus>>;
  }

  collective(): Mutable<CollectiveTrack> {
    return this.part("collective", COLLECTIVE) as Mutable<CollectiveTrack>;
  }

  pauses(): PausePeriod[] {
    const context = this.top();
    if ((this.owned & PAUSES) === 0) {
      context.pauses = context.pauses.slice();
      this.owned |= PAUSES;
    }
    return context.pauses as PausePeriod[];
  }

  followUp(): Mutable<FollowUpRecord> {
    return this.part("followUp", FOLLOW_UP) as Mutable<FollowUpRecord>;
  }

  /** A list of dates of a track, to append to. */
  list(name: keyof typeof LISTS): string[] {
    const track = (name === "sessionDates" || name === "sessionIds"
      ? this.collective()
      : name === "talksAt" || name === "measurementsAt"
        ? this.followUp()
        : this.individual()) as unknown as Record<keyof typeof LISTS, string[]>;
    const bit = LISTS[name];
    if ((this.owned & bit) === 0) {
      track[name] = track[name].slice();
      this.owned |= bit;
    }
    return track[name];
  }
}

/**
 * The context's fields in the context's own order, rather than spread: every context
 * then has the same shape, which keeps the rules that read it fast, and the type checker
 * lists a new field here.
 */
function copyContext(context: TrajectoryContext): Mutable<TrajectoryContext> {
  return {
    referral: context.referral,
    consent: context.consent,
    milestones: context.milestones,
    goals: context.goals,
    individual: context.individual,
    collective: context.collective,
    pauses: context.pauses,
    followUp: context.followUp,
    signalsRaised: context.signalsRaised,
    lastEventAt: context.lastEventAt,
  };
}

// What each accepted event adds to the context, written into a draft (which also sets
// `lastEventAt` for every input). One function per event type: the chart's actions
// (through `recorded`) and the replay's fast path (see `_transition.ts`) both use these,
// so the context is defined once.
export const recorders: Recorders = {
  "trajectory.referred": (draft, event) => {
    draft.top().referral = {
      trajectoryId: event.trajectoryId,
      projectId: event.data.projectId,
      groupId: event.data.groupId,
      at: event.at,
    };
  },
  "information-talk.held": (draft, event) => {
    const milestones = draft.milestones();
    milestones.informationTalkAt ??= event.at;
    milestones.decision = event.data.decision;
  },
  "consent.given": (draft, event) => {
    const consent = draft.consent();
    consent.enrolledAt ??= event.data.scopes.includes("processing") ? event.at : null;
    const before = consent.scopes;
    consent.scopes = [...before, ...event.data.scopes.filter((scope) => !before.includes(scope))];
  },
  "consent.withdrawn": (draft, event) => {
    const consent = draft.consent();
    consent.scopes = consent.scopes.filter((scope) => !event.data.scopes.includes(scope));
    if (event.data.scopes.includes("processing")) consent.withdrawnAt = event.at;
  },
  "intake.held": (draft, event) => {
    draft.milestones().intakeAt = event.at;
  },
  "measurement.recorded": (draft, event) => {
    switch (event.data.timepoint) {
      case "t0":
        draft.milestones().baselineAt = event.at;
        return;
      case "t1":
        draft.milestones().endMeasurementAt = event.at;
        return;
      case "mid":
        draft.list("midMeasurementsAt").push(event.at);
        return;
      case "follow-up":
        draft.list("measurementsAt").push(event.at);
        return;
    }
  },
  "plan.agreed": (draft, event) => {
    const goals: Record<string, GoalRecord> = {};
    for (const goal of event.data.goals) {
      goals[goal.id] = { domain: goal.domain, status: goal.status ?? "open" };
    }
    draft.milestones().planAgreedAt = event.at;
    draft.top().goals = goals;
  },
  "goal.added": (draft, event) => {
    draft.goals()[event.data.goal.id] = {
      domain: event.data.goal.domain,
      status: event.data.goal.status ?? "open",
    };
  },
  "goal.updated": (draft, event) => {
    const goals = draft.goals();
    goals[event.data.goalId] = { ...goals[event.data.goalId]!, status: event.data.status };
  },
  "contact.held": (draft, event) => {
    draft.list("contactsAt").push(event.at);
  },
  "referral.made": (draft) => {
    draft.individual().partnerReferrals++;
  },
  "right.updated": (draft, event) => {
    draft.rights()[event.data.right] = event.data.status;
  },
  "trajectory.paused": (draft, event) => {
    draft.pauses().push({ from: event.at, to: null, reason: event.data.reason });
  },
  "trajectory.resumed": (draft, event) => {
    const pauses = draft.pauses();
    const last = pauses[pauses.length - 1]!;
    pauses[pauses.length - 1] = { ...last, to: event.at };
  },
  "review.held": (draft, event) => {
    draft.list("reviewsAt").push(event.at);
  },
  "evaluation.held": (draft, event) => {
    const milestones = draft.milestones();
    milestones.evaluationAt = event.at;
    milestones.certificateHandedOver = event.data.certificateHandedOver;
  },
  "handover.done": (draft, event) => {
    draft.milestones().handover = { at: event.at, to: event.data.to };
  },
  "follow-up.held": (draft, event) => {
    draft.list("talksAt").push(event.at);
  },
  "trajectory.closed": (draft, older) => {
    // An older log's closing is recorded as what it means today (issue #16).
    const { data } = upcastTrajectoryEvent(older);
    draft.milestones().closing =
      data.outcome === "dropped-out" || data.outcome === "positive-early-exit"
        ? { at: older.at, outcome: data.outcome, reason: data.reason }
        : { at: older.at, outcome: data.outcome };
  },
  "signal.raised": (draft) => {
    draft.top().signalsRaised++;
  },
  // Her proposals change nothing in the record until confirmed: what a confirmation
  // means (a step done, a topic on the group's list) is read from the history.
  "proposal.made": () => {},
  "proposal.confirmed": () => {},
  "proposal.declined": () => {},
  "group-session.attended": (draft, event) => {
    draft.list("sessionDates").push(event.date);
    draft.list("sessionIds").push(event.sessionId);
  },
};

/**
 * The context after an accepted input, as a new context: `context` is left as it was.
 * Pure.
 */
export function recorded(context: TrajectoryContext, event: TrajectoryInput): TrajectoryContext {
  const draft = new ContextDraft(context);
  draft.record(event);
  return draft.context;
}
