import { z } from "zod";
import {
  closingOutcomes,
  consentScopes,
  contactModes,
  correctionReasons,
  dropOutReasons,
  type GroupEventType,
  goalStatuses,
  groupSessionKinds,
  helplines,
  informationTalkDecisions,
  intakeLocations,
  type OutcomeIndicator,
  outcomeIndicators,
  pauseReasons,
  positiveExitReasons,
  proposalChannels,
  retiredDropOutReasons,
  rightStatuses,
  rights,
  signalThemes,
  stepOwners,
  type TrajectoryEventType,
  timepoints,
} from "../vocabulary";
import { EligibilityException, EligibilityFacts } from "./eligibility";
import { DomainCode, Id, MethodDate, Note, Timestamp } from "./primitives";

/** One step towards a goal: what, who does it, by when. */
export const GoalStep = z
  .strictObject({
    description: Note.min(1),
    who: stepOwners.schema,
    due: MethodDate.optional(),
    done: z.boolean().optional(),
  })
  .meta({ id: "goal-step", title: "Goal step" });

/**
 * A goal of the personal plan. The mother sets it in her own words and owns it; it
 * belongs to one life domain (METHODOLOGY.md §3, phase 5).
 */
export const Goal = z
  .strictObject({
    id: Id,
    domain: DomainCode,
    description: Note.min(1).meta({ description: "The goal in her own words." }),
    owner: z.literal("participant").meta({ description: "Goals belong to the participant." }),
    status: goalStatuses.schema
      .optional()
      .meta({ description: "Status when agreed; default open." }),
    steps: z.array(GoalStep),
  })
  .meta({ id: "goal", title: "Goal", description: "A goal of the personal plan." });

const Answer = z
  .union([z.number(), z.null()])
  .meta({ description: "The answer on the item's scale, or null when she did not answer." });

// Her voice back (issue #20): what she proposes from her page or on paper, and the case
// manager's answer. A proposal changes nothing in her record until it is confirmed.
const ProposalRef = Id.meta({ description: "Id of the `proposal.made` event answered." });
const herVoiceData = {
  "proposal.made": z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("group-topic"),
      topic: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .meta({ description: "The topic she proposes for a group session, in her words." }),
      via: proposalChannels.schema,
    }),
    z.strictObject({
      kind: z.literal("step-done"),
      goalId: Id,
      step: z.int().min(0).meta({ description: "0-based index of the step in the goal." }),
      via: proposalChannels.schema,
    }),
  ]),
  "proposal.confirmed": z.strictObject({ proposalId: ProposalRef }),
  "proposal.declined": z.strictObject({
    proposalId: ProposalRef,
    note: Note.optional().meta({ description: "For the case manager; never shown on her page." }),
  }),
};

/** The data of each trajectory event type (DESIGN.md, event catalogue v1). */
export const trajectoryEventData = {
  "trajectory.referred": z.strictObject({
    projectId: Id,
    groupId: Id,
    referredBy: Id.meta({ description: "Pseudonymous id of the referring worker." }),
    eligibility: EligibilityFacts,
    eligibilityException: EligibilityException.optional(),
  }),
  "information-talk.held": z.strictObject({
    decision: informationTalkDecisions.schema,
  }),
  "consent.given": z.strictObject({
    scopes: z.array(consentScopes.schema).min(1),
    noticeVersion: z
      .string()
      .max(40)
      .optional()
      .meta({ description: "Version of the privacy notice she was given." }),
  }),
  "consent.withdrawn": z.strictObject({
    scopes: z.array(consentScopes.schema).min(1),
  }),
  "intake.held": z.strictObject({
    location: intakeLocations.schema,
    household: z.strictObject({
      childrenBirthYears: z
        .array(z.int().min(1980).max(2100))
        .meta({ description: "Birth year of each child living with her." }),
    }),
    situation: z
      .array(
        z.strictObject({
          domain: DomainCode,
          wantsToWorkOnIt: z.boolean(),
          note: Note.optional(),
        }),
      )
      .meta({ description: "Her situation per life domain, as she describes it." }),
    // Only whether the question was asked and whether she was referred: never her answer,
    // which a partner could read in any view or export (issue #16). Optional: older logs
    // have no safety question.
    safety: z
      .strictObject({
        asked: z.boolean().meta({
          description:
            "Whether the safety question on partner violence was asked, which is done only when she is alone; false when she was not alone.",
        }),
        referred: z.boolean().meta({
          description: "Whether she was given a helpline or referred to a service.",
        }),
        helplines: z
          .array(helplines.schema)
          .optional()
          .meta({ description: "The helplines she was given, by code." }),
      })
      .optional()
      .meta({
        description:
          "The intake's safety question on partner violence: recorded as asked and referred only, never the answer.",
      }),
  }),
  "measurement.recorded": z.strictObject({
    timepoint: timepoints.schema,
    instrument: z.strictObject({ id: Id, version: z.int().min(1) }),
    answers: z.record(Id, Answer).meta({ description: "Answers by item id." }),
    // An object with one optional yes/no per indicator (rather than a record) so the
    // JSON Schema lists every indicator by name for vendors.
    indicators: z
      .strictObject(
        Object.fromEntries(
          outcomeIndicators.codes.map((code) => [code, z.boolean().optional()]),
        ) as {
          [K in OutcomeIndicator]: z.ZodOptional<z.ZodBoolean>;
        },
      )
      .optional()
      .meta({ description: "Outcome indicators (yes/no) at this timepoint." }),
  }),
  "plan.agreed": z.strictObject({
    goals: z.array(Goal).min(1),
    integrationContractLinked: z.boolean().optional().meta({
      description: "The plan is linked to her integration contract (GPMI / PIIS / IPSE).",
    }),
  }),
  "goal.added": z.strictObject({ goal: Goal }),
  "goal.updated": z.strictObject({
    goalId: Id,
    status: goalStatuses.schema,
    note: Note.optional(),
  }),
  "contact.held": z.strictObject({
    mode: contactModes.schema,
    domains: z.array(DomainCode),
    minutes: z.int().min(1).max(600),
    note: Note.optional(),
  }),
  "referral.made": z.strictObject({
    partner: z
      .string()
      .min(1)
      .max(200)
      .meta({ description: "The partner organisation (not a person)." }),
    domain: DomainCode,
  }),
  "right.updated": z.strictObject({
    right: rights.schema,
    status: rightStatuses.schema,
    note: Note.optional(),
  }),
  "trajectory.paused": z.strictObject({
    reason: pauseReasons.schema,
    note: Note.optional(),
  }),
  "trajectory.resumed": z.strictObject({
    note: Note.optional(),
  }),
  "review.held": z.strictObject({
    note: Note.optional(),
  }),
  "evaluation.held": z.strictObject({
    certificateHandedOver: z.boolean(),
    note: Note.optional(),
  }),
  "handover.done": z.discriminatedUnion("to", [
    z.strictObject({
      to: z.literal("social-worker"),
      receivingWorkerId: Id,
      note: Note.optional().meta({
        description: "Open goals, agreements and rights still pending.",
      }),
    }),
    z.strictObject({
      to: z.literal("none-needed"),
      note: Note.optional(),
    }),
  ]),
  "follow-up.held": z.strictObject({
    monthsAfterEnd: z.int().min(1).max(60),
  }),
  "trajectory.closed": z.discriminatedUnion("outcome", [
    z.strictObject({
      outcome: z.literal("dropped-out"),
      // The retired codes stay valid input of format v1, so older logs stay valid;
      // reading upcasts them to a positive early exit (`upcastTrajectoryEvent`).
      reason: z.enum([...dropOutReasons.codes, ...retiredDropOutReasons]).meta({
        description: `A drop-out reason code. Retired, read as the outcome positive-early-exit: ${retiredDropOutReasons.join(", ")}.`,
      }),
      note: Note.optional(),
    }),
    z.strictObject({
      outcome: z.literal("positive-early-exit"),
      reason: positiveExitReasons.schema,
      note: Note.optional(),
    }),
    z.strictObject({
      outcome: closingOutcomes.schema.exclude(["dropped-out", "positive-early-exit"]),
      note: Note.optional(),
    }),
  ]),
  "signal.raised": z.strictObject({
    domain: DomainCode,
    observation: z
      .string()
      .min(1)
      .max(2000)
      .meta({ description: "Anonymised observation of a structural problem, for policy makers." }),
    theme: signalThemes.schema.optional().meta({
      description:
        "What kind of barrier it is (a rule, a waiting list, a missing service...); the programme's policy-signals annex counts signals by theme and region. Without it the signal counts as 'other'.",
    }),
    shareable: z.boolean().optional().meta({
      description:
        "True once the coordinator has reviewed the observation and found it free of personal detail: only then does its text leave the OCMW, in the policy-signals annex. Absent or false: only the count by theme, domain and region leaves.",
    }),
  }),
  ...herVoiceData,
} satisfies Record<TrajectoryEventType, z.ZodType>;

type EventData = typeof trajectoryEventData;

function trajectoryEvent<T extends TrajectoryEventType>(type: T) {
  return z
    .strictObject({
      id: Id.meta({ description: "Unique id of this event." }),
      trajectoryId: Id.meta({ description: "Pseudonymous id of the trajectory (one mother's)." }),
      type: z.literal(type),
      at: Timestamp.meta({ description: "When it happened, with offset." }),
      by: Id.meta({ description: "Pseudonymous id of the worker who recorded it." }),
      data: trajectoryEventData[type] as EventData[T],
    })
    .meta({ id: `event.${type}`, title: type });
}

/**
 * The data of `event.corrected` and `event.voided`: which earlier event of the same log
 * they amend, why, and (for a correction) the fields as they should have been. The
 * original stays in the log; replay reads it as corrected or leaves it out
 * (`effectiveEvents` of `@miriam/trajectory`). Which fields a correction may change is
 * checked against the original's own schema there, since only the log knows its type.
 */
export const correctionEventData = {
  "event.corrected": z.strictObject({
    eventId: Id.meta({ description: "Id of the event this corrects, in the same log." }),
    reason: correctionReasons.schema,
    note: Note.optional().meta({
      description: "Why, in the worker's words. Personal data: erased with her other notes.",
    }),
    corrected: z
      .strictObject({
        at: Timestamp.optional().meta({ description: "The time the event really happened." }),
        data: z
          .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.unknown())
          .optional()
          .meta({
            description:
              "Fields of the original's data as they should have been, each replacing the original's field whole; the result must be valid data of the original's type.",
          }),
      })
      .meta({
        description:
          "The corrected fields: the time, fields of the data, or both. Id, type, trajectory and author cannot be corrected.",
      }),
  }),
  "event.voided": z.strictObject({
    eventId: Id.meta({ description: "Id of the event this voids, in the same log." }),
    reason: correctionReasons.schema,
    note: Note.optional().meta({
      description: "Why, in the worker's words. Personal data: erased with her other notes.",
    }),
  }),
};

function correctionEvent<T extends keyof typeof correctionEventData>(type: T) {
  return z
    .strictObject({
      id: Id.meta({ description: "Unique id of this event." }),
      trajectoryId: Id.meta({ description: "Pseudonymous id of the trajectory (one mother's)." }),
      type: z.literal(type),
      at: Timestamp.meta({ description: "When the correction was made, with offset." }),
      by: Id.meta({ description: "Pseudonymous id of the worker who made the correction." }),
      data: correctionEventData[type] as (typeof correctionEventData)[T],
    })
    .meta({ id: `event.${type}`, title: type });
}

/**
 * One event of a trajectory's append-only log: `{ id, trajectoryId, type, at, by, data }`.
 * People are referred to by pseudonymous ids only.
 */
export const TrajectoryEvent = z
  .discriminatedUnion("type", [
    trajectoryEvent("trajectory.referred"),
    trajectoryEvent("information-talk.held"),
    trajectoryEvent("consent.given"),
    trajectoryEvent("consent.withdrawn"),
    trajectoryEvent("intake.held"),
    trajectoryEvent("measurement.recorded"),
    trajectoryEvent("plan.agreed"),
    trajectoryEvent("goal.added"),
    trajectoryEvent("goal.updated"),
    trajectoryEvent("contact.held"),
    trajectoryEvent("referral.made"),
    trajectoryEvent("right.updated"),
    trajectoryEvent("trajectory.paused"),
    trajectoryEvent("trajectory.resumed"),
    trajectoryEvent("review.held"),
    trajectoryEvent("evaluation.held"),
    trajectoryEvent("handover.done"),
    trajectoryEvent("follow-up.held"),
    trajectoryEvent("trajectory.closed"),
    trajectoryEvent("signal.raised"),
    trajectoryEvent("proposal.made"),
    trajectoryEvent("proposal.confirmed"),
    trajectoryEvent("proposal.declined"),
    correctionEvent("event.corrected"),
    correctionEvent("event.voided"),
  ])
  .meta({
    id: "trajectory-event",
    title: "Trajectory event",
    description: "One event of a MIRIAM trajectory's append-only log (interchange format v1).",
  });

/** The group's own events: attendance is recorded once, on the session. */
export const groupEventData = {
  "group.opened": z.strictObject({
    projectId: Id,
    caseManagerId: Id,
    capacity: z.int().min(1).max(40),
    name: z.string().max(100).optional(),
  }),
  "group-session.held": z.strictObject({
    date: MethodDate,
    minutes: z.int().min(1).max(720),
    topic: z.string().min(1).max(200),
    kind: groupSessionKinds.schema.optional(),
    partner: z
      .string()
      .max(200)
      .optional()
      .meta({ description: "Partner organisation or speaker's organisation." }),
    withChildren: z.boolean(),
    attendees: z.array(Id).meta({ description: "Trajectory ids of the mothers present." }),
  }),
  "group.closed": z.strictObject({
    note: Note.optional(),
  }),
  "group-topic.chosen": z.strictObject({
    topic: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .meta({ description: "A session topic the group chose (the women co-decide the content)." }),
  }),
} satisfies Record<GroupEventType, z.ZodType>;

function groupEvent<T extends keyof typeof groupEventData>(type: T) {
  return z
    .strictObject({
      id: Id,
      groupId: Id,
      type: z.literal(type),
      at: Timestamp,
      by: Id,
      data: groupEventData[type],
    })
    .meta({ id: `event.${type}`, title: type });
}

// A group's corrections carry the same data as a trajectory's, under a type of their own:
// the envelope has `groupId`, and one type name per envelope keeps the union discriminated
// (docs/decisions.md, "The event log").
const groupCorrectionData = {
  "group-event.corrected": correctionEventData["event.corrected"],
  "group-event.voided": correctionEventData["event.voided"],
};

function groupCorrectionEvent<T extends keyof typeof groupCorrectionData>(type: T) {
  return z
    .strictObject({
      id: Id.meta({ description: "Unique id of this event." }),
      groupId: Id.meta({ description: "The group whose log holds the event it amends." }),
      type: z.literal(type),
      at: Timestamp.meta({ description: "When the correction was made, with offset." }),
      by: Id.meta({ description: "Pseudonymous id of the worker who made the correction." }),
      data: groupCorrectionData[type] as (typeof groupCorrectionData)[T],
    })
    .meta({ id: `event.${type}`, title: type });
}

/** One event of a group's log: `{ id, groupId, type, at, by, data }`. */
export const GroupEvent = z
  .discriminatedUnion("type", [
    groupEvent("group.opened"),
    groupEvent("group-session.held"),
    groupEvent("group.closed"),
    groupEvent("group-topic.chosen"),
    groupCorrectionEvent("group-event.corrected"),
    groupCorrectionEvent("group-event.voided"),
  ])
  .meta({
    id: "group-event",
    title: "Group event",
    description: "One event of a MIRIAM group's log (interchange format v1).",
  });

/** A trajectory event. */
export type TrajectoryEvent = z.infer<typeof TrajectoryEvent>;
/** A correction or void of an earlier event of the same trajectory's log. */
export type CorrectionEvent = Extract<
  TrajectoryEvent,
  { type: "event.corrected" | "event.voided" }
>;
/**
 * A trajectory event that is a step of the method (every type but a correction or a void):
 * what the statechart takes, what replay applies after corrections are resolved.
 */
export type MethodTrajectoryEvent = Exclude<TrajectoryEvent, CorrectionEvent>;
/** A group event. */
export type GroupEvent = z.infer<typeof GroupEvent>;
/** A correction or void of an earlier event of the same group's log. */
export type GroupCorrectionEvent = Extract<
  GroupEvent,
  { type: "group-event.corrected" | "group-event.voided" }
>;
/**
 * A group event that is a step of the method (every type but a correction or a void): what
 * every view reads after the group's corrections are resolved (`effectiveGroupEvents` of
 * `@miriam/trajectory`).
 */
export type MethodGroupEvent = Exclude<GroupEvent, GroupCorrectionEvent>;
/** A trajectory event of one type. */
export type TrajectoryEventOf<T extends TrajectoryEvent["type"]> = Extract<
  TrajectoryEvent,
  { type: T }
>;
/** A group event of one type. */
export type GroupEventOf<T extends GroupEvent["type"]> = Extract<GroupEvent, { type: T }>;
/** A goal of the personal plan. */
export type Goal = z.infer<typeof Goal>;
