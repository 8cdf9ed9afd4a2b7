import { type TrajectoryEventOf, upcastTrajectoryEvent } from "@miriam/schemas";
import type { GoalRecord, IndividualTrack, TrajectoryContext } from "./context";
import type { TrajectoryInput } from "./step";

/** An input of one type. */
export type InputOf<T extends TrajectoryInput["type"]> = T extends "group-session.attended"
  ? Extract<TrajectoryInput, { type: T }>
  : TrajectoryEventOf<Exclude<T, "group-session.attended">>;

type Recorders = {
  readonly [T in TrajectoryInput["type"]]: (
    context: TrajectoryContext,
    event: InputOf<T>,
  ) => Partial<TrajectoryContext>;
};

// What each accepted event adds to the context, as a partial update (XState's `assign`
// semantics: top-level fields are replaced). One function per event type: the chart's
// actions and the replay's fast path (see `_transition.ts`) both use these, so the context
// is defined once. Each returns a fresh object, never touching the old context.
export const recorders: Recorders = {
  "trajectory.referred": (_, event) => ({
    referral: {
      trajectoryId: event.trajectoryId,
      projectId: event.data.projectId,
      groupId: event.data.groupId,
      at: event.at,
    },
    lastEventAt: event.at,
  }),
  "information-talk.held": (context, event) => ({
    milestones: {
      ...context.milestones,
      informationTalkAt: context.milestones.informationTalkAt ?? event.at,
      decision: event.data.decision,
    },
    lastEventAt: event.at,
  }),
  "consent.given": (context, event) => ({
    consent: {
      ...context.consent,
      enrolledAt:
        context.consent.enrolledAt ?? (event.data.scopes.includes("processing") ? event.at : null),
      scopes: [
        ...context.consent.scopes,
        ...event.data.scopes.filter((scope) => !context.consent.scopes.includes(scope)),
      ],
    },
    lastEventAt: event.at,
  }),
  "consent.withdrawn": (context, event) => ({
    consent: {
      ...context.consent,
      scopes: context.consent.scopes.filter((scope) => !event.data.scopes.includes(scope)),
      withdrawnAt: event.data.scopes.includes("processing")
        ? event.at
        : context.consent.withdrawnAt,
    },
    lastEventAt: event.at,
  }),
  "intake.held": (context, event) => ({
    milestones: { ...context.milestones, intakeAt: event.at },
    lastEventAt: event.at,
  }),
  "measurement.recorded": (context, event) => {
    switch (event.data.timepoint) {
      case "t0":
        return {
          milestones: { ...context.milestones, baselineAt: event.at },
          lastEventAt: event.at,
        };
      case "t1":
        return {
          milestones: { ...context.milestones, endMeasurementAt: event.at },
          lastEventAt: event.at,
        };
      case "mid":
        return {
          individual: individualWith(context.individual, {
            midMeasurementsAt: [...context.individual.midMeasurementsAt, event.at],
          }),
          lastEventAt: event.at,
        };
      case "follow-up":
        return {
          followUp: {
            ...context.followUp,
            measurementsAt: [...context.followUp.measurementsAt, event.at],
          },
          lastEventAt: event.at,
        };
    }
  },
  "plan.agreed": (context, event) => {
    const goals: Record<string, GoalRecord> = {};
    for (const goal of event.data.goals) {
      goals[goal.id] = { domain: goal.domain, status: goal.status ?? "open" };
    }
    return {
      milestones: { ...context.milestones, planAgreedAt: event.at },
      goals,
      lastEventAt: event.at,
    };
  },
  "goal.added": (context, event) => ({
    goals: {
      ...context.goals,
      [event.data.goal.id]: {
        domain: event.data.goal.domain,
        status: event.data.goal.status ?? "open",
      },
    },
    lastEventAt: event.at,
  }),
  "goal.updated": (context, event) => {
    const goal = context.goals[event.data.goalId]!;
    return {
      goals: { ...context.goals, [event.data.goalId]: { ...goal, status: event.data.status } },
      lastEventAt: event.at,
    };
  },
  "contact.held": (context, event) => ({
    individual: individualWith(context.individual, {
      contactsAt: [...context.individual.contactsAt, event.at],
    }),
    lastEventAt: event.at,
  }),
  "referral.made": (context, event) => ({
    individual: individualWith(context.individual, {
      partnerReferrals: context.individual.partnerReferrals + 1,
    }),
    lastEventAt: event.at,
  }),
  "right.updated": (context, event) => ({
    individual: individualWith(context.individual, {
      rights: { ...context.individual.rights, [event.data.right]: event.data.status },
    }),
    lastEventAt: event.at,
  }),
  "trajectory.paused": (context, event) => ({
    pauses: [...context.pauses, { from: event.at, to: null, reason: event.data.reason }],
    lastEventAt: event.at,
  }),
  "trajectory.resumed": (context, event) => {
    const pauses = context.pauses.slice();
    const last = pauses[pauses.length - 1]!;
    pauses[pauses.length - 1] = { ...last, to: event.at };
    return { pauses, lastEventAt: event.at };
  },
  "review.held": (context, event) => ({
    individual: individualWith(context.individual, {
      reviewsAt: [...context.individual.reviewsAt, event.at],
    }),
    lastEventAt: event.at,
  }),
  "evaluation.held": (context, event) => ({
    milestones: {
      ...context.milestones,
      evaluationAt: event.at,
      certificateHandedOver: event.data.certificateHandedOver,
    },
    lastEventAt: event.at,
  }),
  "handover.done": (context, event) => ({
    milestones: { ...context.milestones, handover: { at: event.at, to: event.data.to } },
    lastEventAt: event.at,
  }),
  "follow-up.held": (context, event) => ({
    followUp: { ...context.followUp, talksAt: [...context.followUp.talksAt, event.at] },
    lastEventAt: event.at,
  }),
  "trajectory.closed": (context, older) => {
    // An older log's closing is recorded as what it means today (issue #16).
    const { data } = upcastTrajectoryEvent(older);
    return {
      milestones: {
        ...context.milestones,
        closing:
          data.outcome === "dropped-out" || data.outcome === "positive-early-exit"
            ? { at: older.at, outcome: data.outcome, reason: data.reason }
            : { at: older.at, outcome: data.outcome },
      },
      lastEventAt: older.at,
    };
  },
  "signal.raised": (context, event) => ({
    signalsRaised: context.signalsRaised + 1,
    lastEventAt: event.at,
  }),
  // Her proposals change nothing in the record until confirmed: what a confirmation
  // means (a step done, a topic on the group's list) is read from the history.
  "proposal.made": (_, event) => ({ lastEventAt: event.at }),
  "proposal.confirmed": (_, event) => ({ lastEventAt: event.at }),
  "proposal.declined": (_, event) => ({ lastEventAt: event.at }),
  "group-session.attended": (context, event) => ({
    collective: {
      sessionDates: [...context.collective.sessionDates, event.date],
      sessionIds: [...context.collective.sessionIds, event.sessionId],
    },
    lastEventAt: event.at,
  }),
};

// The individual track changes with every contact, the most frequent event of a
// programme: it is copied field by field, which V8 does several times faster than a
// spread with an override (`{ ...track, contactsAt }`).
function individualWith(
  track: IndividualTrack,
  changes: Partial<IndividualTrack>,
): IndividualTrack {
  return {
    contactsAt: changes.contactsAt ?? track.contactsAt,
    partnerReferrals: changes.partnerReferrals ?? track.partnerReferrals,
    rights: changes.rights ?? track.rights,
    reviewsAt: changes.reviewsAt ?? track.reviewsAt,
    midMeasurementsAt: changes.midMeasurementsAt ?? track.midMeasurementsAt,
  };
}

/**
 * The context after an accepted input: the recorder's update over the old context, with
 * XState's `assign` semantics (top-level fields replaced). Written out field by field,
 * in the context's own order, rather than spread: every context then has the same shape,
 * which keeps the rules that read it fast, and the type checker lists a new field here.
 * Pure.
 */
export function recorded(context: TrajectoryContext, event: TrajectoryInput): TrajectoryContext {
  const update = (
    recorders[event.type] as (
      c: TrajectoryContext,
      e: TrajectoryInput,
    ) => Partial<TrajectoryContext>
  )(context, event);
  return {
    referral: update.referral === undefined ? context.referral : update.referral,
    consent: update.consent ?? context.consent,
    milestones: update.milestones ?? context.milestones,
    goals: update.goals ?? context.goals,
    individual: update.individual ?? context.individual,
    collective: update.collective ?? context.collective,
    pauses: update.pauses ?? context.pauses,
    followUp: update.followUp ?? context.followUp,
    signalsRaised: update.signalsRaised ?? context.signalsRaised,
    lastEventAt: update.lastEventAt === undefined ? context.lastEventAt : update.lastEventAt,
  };
}
